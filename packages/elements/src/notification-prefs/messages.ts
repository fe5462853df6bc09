import { msg, str } from '@lit/localize';

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
  gridLabel: () => msg('Notification settings', { id: 'notification-prefs.grid.label' }),
  columnCategory: () => msg('Notification', { id: 'notification-prefs.column.category' }),
  columnAll: () => msg('All channels', { id: 'notification-prefs.column.all' }),
  cell: (channel: string, category: string) =>
    msg(str`${channel} for ${category}`, {
      id: 'notification-prefs.cell.name',
      desc: 'e.g. "SMS for Large transactions"',
    }),
  row: (category: string) => msg(str`All channels for ${category}`, { id: 'notification-prefs.row.name' }),
  column: (channel: string) => msg(str`${channel} for all notifications`, { id: 'notification-prefs.column.name' }),
  notAvailable: () => msg('Not available', { id: 'notification-prefs.cell.not-available' }),
  required: (reason: string) => msg(str`Always on: ${reason}`, { id: 'notification-prefs.required' }),
  marketingOff: () =>
    msg('Off because you said no to marketing messages.', { id: 'notification-prefs.marketing-locked' }),
  needs: (requirement: string | undefined, channel: string) => {
    switch (requirement) {
      case 'verified-phone':
        return msg(str`${channel} needs a verified phone number.`, { id: 'notification-prefs.needs.phone' });
      case 'registered-device':
        return msg(str`${channel} needs a registered device.`, { id: 'notification-prefs.needs.device' });
      case 'verified-email':
        return msg(str`${channel} needs a verified email address.`, { id: 'notification-prefs.needs.email' });
      case 'postal-address':
        return msg(str`${channel} needs a postal address.`, { id: 'notification-prefs.needs.postal' });
      default:
        return msg(str`${channel} is not set up yet.`, { id: 'notification-prefs.needs.other' });
    }
  },
  verify: (requirement: string | undefined) => {
    switch (requirement) {
      case 'verified-phone':
        return msg('Verify phone number', { id: 'notification-prefs.verify.phone' });
      case 'registered-device':
        return msg('Register a device', { id: 'notification-prefs.verify.device' });
      case 'verified-email':
        return msg('Verify email address', { id: 'notification-prefs.verify.email' });
      case 'postal-address':
        return msg('Add a postal address', { id: 'notification-prefs.verify.postal' });
      default:
        return msg('Set up', { id: 'notification-prefs.verify.other' });
    }
  },
  needsSetup: () => msg('Needs setup', { id: 'notification-prefs.needs-setup' }),
  verifyPending: () => msg('Finish the step, then come back here.', { id: 'notification-prefs.verify.pending' }),
  verifyUnavailable: () =>
    msg('This step cannot be started from here. Contact us to set it up.', {
      id: 'notification-prefs.verify.unavailable',
    }),
  verified: (channel: string) => msg(str`${channel} is ready to use.`, { id: 'notification-prefs.verify.done' }),
  filterLabel: () => msg('Filter notifications', { id: 'notification-prefs.filter.label' }),
  matches: (shown: string, total: string) =>
    msg(str`${shown} of ${total} notifications match`, { id: 'notification-prefs.filter.matches' }),
  sectionCount: (on: string, total: string) =>
    msg(str`${on} of ${total} on`, {
      id: 'notification-prefs.section.count',
      desc: 'Beside a section heading: how many of its notifications are on, e.g. "2 of 5 on"',
    }),
  noMatches: () => msg('No notifications match your filter.', { id: 'notification-prefs.filter.none' }),
  emptyTitle: () => msg('No notifications to set', { id: 'notification-prefs.empty.title' }),
  emptyText: () =>
    msg('There are no notification settings for your account yet.', { id: 'notification-prefs.empty.text' }),
  options: () => msg('Options', { id: 'notification-prefs.options' }),
  optionsFor: (category: string) => msg(str`Options for ${category}`, { id: 'notification-prefs.options.name' }),
  done: () => msg('Done', { id: 'notification-prefs.done' }),
  confirmTitle: (category: string) => msg(str`Turn off ${category}?`, { id: 'notification-prefs.confirm.title' }),
  confirmManyTitle: () => msg('Turn off security alerts?', { id: 'notification-prefs.confirm.title-many' }),
  confirmText: () =>
    msg('These alerts help protect your account. Without them you may not hear about activity you did not make.', {
      id: 'notification-prefs.confirm.text',
    }),
  confirmOk: () => msg('Turn off', { id: 'notification-prefs.confirm.ok' }),
  keep: () => msg('Keep them on', { id: 'notification-prefs.confirm.keep' }),
};
