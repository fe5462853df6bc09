// Compiled by `tsc` only: proves the wrappers' props are typed from the element classes.
// Each line marked @ts-expect-error must be an error, or tsc fails on the unused directive.
import { NotificationPrefs, ThemePicker } from '@prefcenter/react';

export const checks = [
  // @ts-expect-error `mode` is 'auto' | 'manual'
  <ThemePicker key="mode" mode="sometimes" />,
  // @ts-expect-error the handler receives the event class core declares
  <ThemePicker key="event" onPrefsChange={(event: { detail: number }) => event} />,
  <NotificationPrefs key="ok" disabled mode="manual" onPrefsSaved={(event) => event.detail.domain} />,
];
