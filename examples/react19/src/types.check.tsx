// Compiled by `tsc` only: proves the generated JSX types are real, not `any`. Each line
// marked @ts-expect-error must be an error, or tsc fails on the unused directive.
import type {} from '@prefcenter/elements/react';

export const checks = [
  // @ts-expect-error `mode` is 'auto' | 'manual'
  <theme-picker key="mode" mode="sometimes" />,
  // @ts-expect-error the event handler receives the event class core declares
  <theme-picker key="event" onprefs-change={(event: { detail: number }) => event} />,
  // @ts-expect-error an unknown property
  <notification-prefs key="unknown" colour="red" />,
  <notification-prefs key="ok" disabled mode="manual" onprefs-saved={(event) => event.detail.domain} />,
];

// Importing only a define entry brings the tag into HTMLElementTagNameMap.
export const picker: import('@prefcenter/elements/theme-picker').ThemePicker | null =
  document.querySelector('theme-picker');
