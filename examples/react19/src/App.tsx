// React 19 renders custom elements natively: `adapter={…}` is set as a property (the
// element has one) and `onprefs-change={…}` listens to the `prefs-change` event. The types
// come from the manifest, shipped as `@prefcenter/elements/react`.
import { createLocalAdapter } from '@prefcenter/adapter-local';
import '@prefcenter/elements/theme-picker/define';
import type {} from '@prefcenter/elements/react';
import { useState } from 'react';

// The embedded adapter keeps the choices in localStorage, so they survive a reload.
const adapter = createLocalAdapter({ storageKey: 'prefcenter-example-react19' });

export function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (event: Event) => setHeard((list) => [...list, event.type]);
  return (
    <main>
      <h1>Appearance</h1>
      <theme-picker adapter={adapter} onprefs-change={hear} onprefs-saved={hear} />
      <h2>Events heard</h2>
      <ol id="events">
        {heard.map((type, i) => (
          <li key={i}>{type}</li>
        ))}
      </ol>
    </main>
  );
}
