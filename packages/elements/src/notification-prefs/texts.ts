import { isolate, type Text } from '@prefcenter/core';

/**
 * The widget's own sentences (the features keep theirs), each through the element's
 * `text(id, english, values)`, so the instance's `strings` can reword any of them by the id
 * without `notification-prefs.` (listed in strings.md). Functions, so each is read in the
 * active locale at render time. Adapter text (channel, category, reason) is isolated
 * (FSI…PDI) in our sentences, so its direction cannot spill over.
 */
export function widgetTexts(text: Text) {
  return {
    gridLabel: () => text('notification-prefs.grid.label', 'Notification settings'),
    columnCategory: () => text('notification-prefs.column.category', 'Notification'),
    columnAll: () => text('notification-prefs.column.all', 'All channels'),
    cell: (channel: string, category: string) =>
      /* l10n: e.g. "SMS for Large transactions" */
      text('notification-prefs.cell.name', '{channel} for {category}', {
        channel: isolate(channel),
        category: isolate(category),
      }),
    row: (category: string) =>
      text('notification-prefs.row.name', 'All channels for {category}', { category: isolate(category) }),
    column: (channel: string) =>
      text('notification-prefs.column.name', '{channel} for all notifications', { channel: isolate(channel) }),
    notAvailable: () => text('notification-prefs.cell.not-available', 'Not available'),
    required: (reason: string) =>
      text('notification-prefs.required', 'Always on: {reason}', { reason: isolate(reason) }),
    marketingOff: () => text('notification-prefs.marketing-locked', 'Off because you said no to marketing messages.'),
    needs: (requirement: string | undefined, channel: string) => {
      switch (requirement) {
        case 'verified-phone':
          return text('notification-prefs.needs.phone', '{channel} needs a verified phone number.', {
            channel: isolate(channel),
          });
        case 'registered-device':
          return text('notification-prefs.needs.device', '{channel} needs a registered device.', {
            channel: isolate(channel),
          });
        case 'verified-email':
          return text('notification-prefs.needs.email', '{channel} needs a verified email address.', {
            channel: isolate(channel),
          });
        case 'postal-address':
          return text('notification-prefs.needs.postal', '{channel} needs a postal address.', {
            channel: isolate(channel),
          });
        default:
          return text('notification-prefs.needs.other', '{channel} is not set up yet.', { channel: isolate(channel) });
      }
    },
    verify: (requirement: string | undefined) => {
      switch (requirement) {
        case 'verified-phone':
          return text('notification-prefs.verify.phone', 'Verify phone number');
        case 'registered-device':
          return text('notification-prefs.verify.device', 'Register a device');
        case 'verified-email':
          return text('notification-prefs.verify.email', 'Verify email address');
        case 'postal-address':
          return text('notification-prefs.verify.postal', 'Add a postal address');
        default:
          return text('notification-prefs.verify.other', 'Set up');
      }
    },
    needsSetup: () => text('notification-prefs.needs-setup', 'Needs setup'),
    verifyPending: () => text('notification-prefs.verify.pending', 'Finish the step, then come back here.'),
    verifyUnavailable: () =>
      text('notification-prefs.verify.unavailable', 'This step cannot be started from here. Contact us to set it up.'),
    verified: (channel: string) =>
      text('notification-prefs.verify.done', '{channel} is ready to use.', { channel: isolate(channel) }),
    filterLabel: () => text('notification-prefs.filter.label', 'Filter notifications'),
    matches: (shown: string, total: string) =>
      text('notification-prefs.filter.matches', '{shown} of {total} notifications match', { shown, total }),
    sectionCount: (on: string, total: string) =>
      /* l10n: Beside a section heading: how many of its notifications are on, e.g. "2 of 5 on" */
      text('notification-prefs.section.count', '{on} of {total} on', { on, total }),
    noMatches: () => text('notification-prefs.filter.none', 'No notifications match your filter.'),
    emptyTitle: () => text('notification-prefs.empty.title', 'No notifications to set'),
    emptyText: () => text('notification-prefs.empty.text', 'There are no notification settings for your account yet.'),
    options: () => text('notification-prefs.options', 'Options'),
    optionsFor: (category: string) =>
      text('notification-prefs.options.name', 'Options for {category}', { category: isolate(category) }),
    done: () => text('notification-prefs.done', 'Done'),
    confirmTitle: (category: string) =>
      text('notification-prefs.confirm.title', 'Turn off {category}?', { category: isolate(category) }),
    confirmManyTitle: () => text('notification-prefs.confirm.title-many', 'Turn off security alerts?'),
    confirmText: () =>
      text(
        'notification-prefs.confirm.text',
        'These alerts help protect your account. Without them you may not hear about activity you did not make.',
      ),
    confirmOk: () => text('notification-prefs.confirm.ok', 'Turn off'),
    keep: () => text('notification-prefs.confirm.keep', 'Keep them on'),
  };
}

export type WidgetTexts = ReturnType<typeof widgetTexts>;
