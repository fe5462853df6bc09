import { formatDateTime, isolate, type NotificationCatalog, type NotificationPreferences } from '@prefcenter/core';
import { bidi, h } from './dom.js';

/**
 * The settings above the grid in the bench's state: not paused, quiet hours off, marketing
 * consent as the document has it. Mirrors features/pause.ts, quiet-hours.ts and marketing.ts
 * of <notification-prefs> (English, no overrides).
 */
export function settings(catalog: NotificationCatalog, view: NotificationPreferences): HTMLElement {
  return h('div', { class: 'settings' }, pause(catalog), quietHours(view), marketing(catalog, view));
}

const list = new Intl.ListFormat('en', { type: 'conjunction' });

function pause(catalog: NotificationCatalog): HTMLElement {
  // Each name isolated, the first ten written out and the rest counted, as core's `listOf`.
  const names = catalog.categories.filter((c) => c.required || c.critical).map((c) => isolate(c.label));
  const essentials =
    names.length > 11 ? [...names.slice(0, 10), `${(names.length - 10).toLocaleString('en')} more`] : names;
  const tomorrow = new Date();
  tomorrow.setDate(tomorrow.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  const min = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}`;
  return h(
    'section',
    { class: 'pc-group pc-pause', 'aria-labelledby': 'pc-pause-title' },
    h('h3', { class: 'pc-group-title', id: 'pc-pause-title' }, 'Pause notifications'),
    h('p', { class: 'pc-hint' }, 'Pause everything that is not essential.'),
    essentials.length > 0 &&
      h(
        'p',
        { class: 'pc-hint', id: 'pc-pause-essentials' },
        ...bidi(`Still sent while paused: ${list.format(essentials)}.`),
      ),
    h('div', { class: 'pc-actions' }, h('button', null, 'Pause for a day'), h('button', null, 'Pause for a week')),
    h(
      'form',
      { class: 'pc-pause-until', novalidate: '' },
      h(
        'div',
        { class: 'pc-field' },
        h('label', { for: 'pc-pause-date' }, 'Until a date'),
        h('input', { id: 'pc-pause-date', type: 'date', min, 'aria-invalid': 'false' }),
      ),
      h('button', { type: 'submit' }, 'Pause until this date'),
    ),
  );
}

function quietHours(view: NotificationPreferences): HTMLElement {
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    class: 'pc-switch',
    'aria-describedby': 'pc-quiet-description',
  });
  (input as HTMLInputElement).checked = view.quietHours?.enabled ?? false;
  return h(
    'section',
    { class: 'pc-group pc-quiet-hours', 'aria-labelledby': 'pc-quiet-title' },
    h('h3', { class: 'pc-group-title', id: 'pc-quiet-title' }, 'Quiet hours'),
    h(
      'p',
      { class: 'pc-hint', id: 'pc-quiet-description' },
      'During quiet hours, notifications wait and arrive when quiet hours end.',
    ),
    h('label', { class: 'pc-check' }, input, 'Use quiet hours'),
  );
}

function marketing(catalog: NotificationCatalog, view: NotificationPreferences): HTMLElement | undefined {
  if (!catalog.categories.some((c) => c.marketing && !c.required)) return undefined;
  const consent = view.marketingConsent;
  const granted = consent?.granted === true;
  const input = h('input', {
    type: 'checkbox',
    role: 'switch',
    class: 'pc-switch',
    'aria-describedby': 'pc-marketing-hint pc-marketing-status',
  });
  (input as HTMLInputElement).checked = granted;
  const status = !consent
    ? 'No choice recorded yet.'
    : consent.granted
      ? `You agreed on ${formatDateTime(consent.at)}.`
      : `You withdrew your consent on ${formatDateTime(consent.at)}.`;
  return h(
    'section',
    { class: 'pc-group pc-marketing', 'aria-labelledby': 'pc-marketing-title' },
    h('h3', { class: 'pc-group-title', id: 'pc-marketing-title' }, 'Marketing'),
    h('label', { class: 'pc-check' }, input, 'Receive marketing messages'),
    h(
      'p',
      { class: 'pc-hint', id: 'pc-marketing-hint' },
      granted
        ? 'Turning this off stops marketing on every channel at once.'
        : 'Turning this on does not switch any marketing channel on: you choose the ones you want.',
    ),
    h('p', { class: 'pc-hint', id: 'pc-marketing-status' }, status),
  );
}
