import {
  isolate,
  type ConsentActor,
  type ConsentDecision,
  type ConsentSource,
  type PrivacyPreset,
  type ProfileVisibility,
  type Text,
} from '@prefcenter/core';

/**
 * The widget's sentences, each through the element's `text(id, english, values)`, so the
 * instance's `strings` can reword any of them by the id without `privacy-levels.` (listed
 * in strings.md). Functions, so each is read in the active locale at render time. Adapter
 * text (a purpose's name, a version) is isolated (FSI…PDI) in our sentences.
 */
export function widgetTexts(text: Text) {
  return {
    presetsTitle: () => text('privacy-levels.presets.title', 'Privacy level'),
    preset: (id: PrivacyPreset | 'custom') => {
      switch (id) {
        case 'strict':
          return text('privacy-levels.preset.strict', 'Strict');
        case 'balanced':
          return text('privacy-levels.preset.balanced', 'Balanced');
        case 'open':
          return text('privacy-levels.preset.open', 'Open');
        case 'custom':
          return text('privacy-levels.preset.custom', 'Custom');
      }
    },
    presetHint: (id: PrivacyPreset | 'custom') => {
      switch (id) {
        case 'strict':
          return text('privacy-levels.preset.strict.hint', 'Only what we need to run your account.');
        case 'balanced':
          return text('privacy-levels.preset.balanced.hint', 'What we need, and what makes the service better.');
        case 'open':
          return text('privacy-levels.preset.open.hint', 'Everything, offers and partners included.');
        case 'custom':
          return text('privacy-levels.preset.custom.hint', 'Your own choice for each purpose below.');
      }
    },
    previewOn: (preset: string) =>
      text('privacy-levels.preview.on', '{preset} switches on:', { preset: isolate(preset) }),
    previewOff: (preset: string) =>
      text('privacy-levels.preview.off', '{preset} switches off:', { preset: isolate(preset) }),
    apply: (preset: string) => text('privacy-levels.preview.apply', 'Apply {preset}', { preset: isolate(preset) }),
    keep: () => text('privacy-levels.preview.keep', 'Keep my settings'),
    purposesTitle: () => text('privacy-levels.purposes.title', 'What we may do with your data'),
    uses: (data: string) =>
      /* l10n: Followed by a list of the data a purpose uses, e.g. "Uses: your transactions and the products you hold" */
      text('privacy-levels.purpose.uses', 'Uses: {data}', { data }),
    lasts: (duration: string) =>
      /* l10n: How long a consent lasts, e.g. "Consent lasts 365 days" */
      text('privacy-levels.purpose.lasts', 'Consent lasts {duration}', { duration }),
    untilWithdrawn: () => text('privacy-levels.purpose.until-withdrawn', 'Consent lasts until you withdraw it'),
    alwaysOn: () => text('privacy-levels.purpose.always-on', 'Always on'),
    essentialReason: () => text('privacy-levels.purpose.essential-reason', 'We need it to run your account.'),
    essentialWasOff: (purpose: string) =>
      text('privacy-levels.purpose.essential-was-off', 'Our records showed {purpose} as off. It is always on.', {
        purpose: isolate(purpose),
      }),
    sensitive: () => text('privacy-levels.purpose.sensitive', 'We may ask you to confirm it is you.'),
    confirmTitle: (purpose: string) =>
      text('privacy-levels.confirm.title', 'Withdraw consent for {purpose}?', { purpose: isolate(purpose) }),
    confirmManyTitle: () => text('privacy-levels.confirm.title-many', 'Withdraw these consents?'),
    confirmText: () => text('privacy-levels.confirm.text', 'You can give it again here at any time.'),
    confirmOk: () => text('privacy-levels.confirm.ok', 'Withdraw'),
    confirmKeep: () => text('privacy-levels.confirm.keep', 'Keep it on'),
    gpcHonoured: () =>
      text(
        'privacy-levels.gpc.honoured',
        'Your browser sends Global Privacy Control, and we honour it: we do not sell or share your personal information.',
      ),
    gpcSellAllowed: () =>
      text(
        'privacy-levels.gpc.sell-allowed',
        'Your browser sends Global Privacy Control, but you allowed selling or sharing here yourself, after the signal: your own choice for this account wins over the signal.',
      ),
    gpcCovers: (purposes: string) =>
      /* l10n: A list of purpose names follows, e.g. "It keeps these off: Marketing and Sharing with partners" */
      text('privacy-levels.gpc.covers', 'It keeps these off: {purposes}', { purposes }),
    gpcYourChoice: (purposes: string) =>
      text(
        'privacy-levels.gpc.your-choice',
        'You switched on {purposes} here yourself, after the signal: your own choice for this account wins over the signal from your browser. Switch them off to follow the signal again.',
        { purposes },
      ),
    gpcApplied: (purposes: string) =>
      text('privacy-levels.gpc.applied', 'Global Privacy Control honoured: {purposes} switched off.', { purposes }),
    sellTitle: () => text('privacy-levels.sell.title', 'Selling and sharing'),
    sellSwitch: () => text('privacy-levels.sell.switch', 'Do not sell or share my personal information'),
    sellHint: (purposes: string) =>
      text('privacy-levels.sell.hint', 'On, it keeps these off: {purposes}', { purposes }),
    visibilityTitle: () => text('privacy-levels.visibility.title', 'Who can see your profile'),
    visibility: (value: ProfileVisibility) => {
      switch (value) {
        case 'private':
          return text('privacy-levels.visibility.private', 'Only me');
        case 'contacts':
          return text('privacy-levels.visibility.contacts', 'My contacts');
        case 'public':
          return text('privacy-levels.visibility.public', 'Everyone');
      }
    },
    noticeTitle: () => text('privacy-levels.notice.title', 'Our privacy notice has changed'),
    noticeAsk: (version: string) =>
      text(
        'privacy-levels.notice.ask',
        'In version {version}, the terms of these purposes changed. Tell us again for each:',
        { version: isolate(version) },
      ),
    noticeNothing: (version: string) =>
      text('privacy-levels.notice.nothing', 'Version {version} changes nothing you decided.', {
        version: isolate(version),
      }),
    noticeRead: () => text('privacy-levels.notice.read', 'Read the notice'),
    noticeOk: () => text('privacy-levels.notice.ok', 'OK'),
    allow: () => text('privacy-levels.notice.allow', 'Allow'),
    refuse: () => text('privacy-levels.notice.refuse', 'Do not allow'),
    allowFor: (purpose: string) =>
      text('privacy-levels.notice.allow-for', 'Allow {purpose}', { purpose: isolate(purpose) }),
    refuseFor: (purpose: string) =>
      text('privacy-levels.notice.refuse-for', 'Do not allow {purpose}', { purpose: isolate(purpose) }),
    historyTitle: () => text('privacy-levels.history.title', 'History of your decisions'),
    historyEmpty: () => text('privacy-levels.history.empty', 'No decisions recorded yet.'),
    columnWhen: () => text('privacy-levels.history.when', 'When'),
    columnPurpose: () => text('privacy-levels.history.purpose', 'Purpose'),
    columnDecision: () => text('privacy-levels.history.decision', 'Decision'),
    columnNotice: () => text('privacy-levels.history.notice', 'Notice version'),
    columnSource: () => text('privacy-levels.history.source', 'From'),
    columnActor: () => text('privacy-levels.history.actor', 'By'),
    decision: (value: ConsentDecision) => {
      switch (value) {
        case 'given':
          return text('privacy-levels.decision.given', 'Given');
        case 'refused':
          return text('privacy-levels.decision.refused', 'Refused');
        case 'withdrawn':
          return text('privacy-levels.decision.withdrawn', 'Withdrawn');
      }
    },
    source: (value: ConsentSource) => {
      switch (value) {
        case 'widget':
          return text('privacy-levels.source.widget', 'This page');
        case 'preset':
          return text('privacy-levels.source.preset', 'A privacy level');
        case 'gpc':
          return text('privacy-levels.source.gpc', 'Global Privacy Control');
        case 'import':
          return text('privacy-levels.source.import', 'Imported');
      }
    },
    actor: (value: ConsentActor) =>
      value === 'delegate'
        ? text('privacy-levels.actor.delegate', 'Someone acting for you')
        : text('privacy-levels.actor.customer', 'You'),
    download: () => text('privacy-levels.history.download', 'Download my consent records'),
    emptyTitle: () => text('privacy-levels.empty.title', 'No privacy settings'),
    emptyText: () => text('privacy-levels.empty.text', 'There are no privacy settings for your account yet.'),
    undo: () => text('privacy-levels.undo.undo', 'Undo'),
    undone: () => text('privacy-levels.undo.undone', 'Change undone'),
    undoAnnounce: (message: string, seconds: string) =>
      text('privacy-levels.undo.announce', '{message}. Undo available for {seconds} seconds.', { message, seconds }),
    changedOn: (purpose: string) => text('privacy-levels.undo.on', '{purpose}: on', { purpose: isolate(purpose) }),
    changedOff: (purpose: string) => text('privacy-levels.undo.off', '{purpose}: off', { purpose: isolate(purpose) }),
    changedPreset: (preset: string) =>
      text('privacy-levels.undo.preset', 'Privacy level: {preset}', { preset: isolate(preset) }),
    changedSell: (on: boolean) =>
      on
        ? text('privacy-levels.undo.sell-on', 'Do not sell or share: on')
        : text('privacy-levels.undo.sell-off', 'Do not sell or share: off'),
    changedVisibility: (value: string) =>
      text('privacy-levels.undo.visibility', 'Profile visibility: {visibility}', { visibility: isolate(value) }),
    changedNotice: () => text('privacy-levels.undo.notice', 'Answers to the new notice saved'),
    changeMade: () => text('privacy-levels.undo.made', 'Change made'),
  };
}

export type WidgetTexts = ReturnType<typeof widgetTexts>;
