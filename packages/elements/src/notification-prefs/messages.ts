import { translate } from '@prefcenter/core';

/** The part of a string key that names what a channel needs: `needsPhone`, `verifyPhone`… */
export function requirementKey(requirement: string | undefined): 'Phone' | 'Device' | 'Email' | 'Postal' | 'Other' {
  switch (requirement) {
    case 'verified-phone':
      return 'Phone';
    case 'registered-device':
      return 'Device';
    case 'verified-email':
      return 'Email';
    case 'postal-address':
      return 'Postal';
    default:
      return 'Other';
  }
}

/**
 * The widget's own sentences (the features keep theirs). Functions, so each is read in the
 * active locale at render time; stable ids, so translations survive rewording.
 */
export const messages = {
  gridLabel: () => translate('notification-prefs.grid.label', 'Notification settings'),
  columnCategory: () => translate('notification-prefs.column.category', 'Notification'),
  columnAll: () => translate('notification-prefs.column.all', 'All channels'),
  cell: (channel: string, category: string) =>
    translate('notification-prefs.cell.name', '{channel} for {category}', { channel, category }),
  row: (category: string) => translate('notification-prefs.row.name', 'All channels for {category}', { category }),
  column: (channel: string) =>
    translate('notification-prefs.column.name', '{channel} for all notifications', { channel }),
  notAvailable: () => translate('notification-prefs.cell.not-available', 'Not available'),
  required: (reason: string) => translate('notification-prefs.required', 'Always on: {reason}', { reason }),
  marketingOff: () =>
    translate('notification-prefs.marketing-locked', 'Off because you said no to marketing messages.'),
  needs: (requirement: string | undefined, channel: string) => {
    switch (requirement) {
      case 'verified-phone':
        return translate('notification-prefs.needs.phone', '{channel} needs a verified phone number.', { channel });
      case 'registered-device':
        return translate('notification-prefs.needs.device', '{channel} needs a registered device.', { channel });
      case 'verified-email':
        return translate('notification-prefs.needs.email', '{channel} needs a verified email address.', { channel });
      case 'postal-address':
        return translate('notification-prefs.needs.postal', '{channel} needs a postal address.', { channel });
      default:
        return translate('notification-prefs.needs.other', '{channel} is not set up yet.', { channel });
    }
  },
  verify: (requirement: string | undefined) => {
    switch (requirement) {
      case 'verified-phone':
        return translate('notification-prefs.verify.phone', 'Verify phone number');
      case 'registered-device':
        return translate('notification-prefs.verify.device', 'Register a device');
      case 'verified-email':
        return translate('notification-prefs.verify.email', 'Verify email address');
      case 'postal-address':
        return translate('notification-prefs.verify.postal', 'Add a postal address');
      default:
        return translate('notification-prefs.verify.other', 'Set up');
    }
  },
  needsSetup: () => translate('notification-prefs.needs-setup', 'Needs setup'),
  verifyPending: () => translate('notification-prefs.verify.pending', 'Finish the step, then come back here.'),
  verifyUnavailable: () =>
    translate(
      'notification-prefs.verify.unavailable',
      'This step cannot be started from here. Contact us to set it up.',
    ),
  verified: (channel: string) => translate('notification-prefs.verify.done', '{channel} is ready to use.', { channel }),
  filterLabel: () => translate('notification-prefs.filter.label', 'Filter notifications'),
  matches: (shown: string, total: string) =>
    translate('notification-prefs.filter.matches', '{shown} of {total} notifications match', { shown, total }),
  sectionCount: (on: string, total: string) =>
    translate('notification-prefs.section.count', '{on} of {total} on', { on, total }),
  noMatches: () => translate('notification-prefs.filter.none', 'No notifications match your filter.'),
  emptyTitle: () => translate('notification-prefs.empty.title', 'No notifications to set'),
  emptyText: () =>
    translate('notification-prefs.empty.text', 'There are no notification settings for your account yet.'),
  options: () => translate('notification-prefs.options', 'Options'),
  optionsFor: (category: string) =>
    translate('notification-prefs.options.name', 'Options for {category}', { category }),
  done: () => translate('notification-prefs.done', 'Done'),
  confirmTitle: (category: string) =>
    translate('notification-prefs.confirm.title', 'Turn off {category}?', { category }),
  confirmManyTitle: () => translate('notification-prefs.confirm.title-many', 'Turn off security alerts?'),
  confirmText: () =>
    translate(
      'notification-prefs.confirm.text',
      'These alerts help protect your account. Without them you may not hear about activity you did not make.',
    ),
  confirmOk: () => translate('notification-prefs.confirm.ok', 'Turn off'),
  keep: () => translate('notification-prefs.confirm.keep', 'Keep them on'),
};
