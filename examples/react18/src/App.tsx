// React 18 sets every prop of a custom element as an attribute and cannot hear its events,
// so it uses the @lit/react wrappers from @prefcenter/react: `adapter` is set as a property
// and `onPrefsChange` listens to `prefs-change`. Importing a wrapper registers its tag.
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { ThemePicker } from '@prefcenter/react';
import { useState } from 'react';

// The embedded adapter keeps the choices in localStorage, so they survive a reload.
const adapter = createLocalAdapter({ storageKey: 'prefcenter-example-react18' });

export function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (event: Event) => setHeard((list) => [...list, event.type]);
  return (
    <main>
      <h1>Appearance</h1>
      <ThemePicker adapter={adapter} onPrefsChange={hear} onPrefsSaved={hear} />
      <h2>Events heard</h2>
      <ol id="events">
        {heard.map((type, i) => (
          <li key={i}>{type}</li>
        ))}
      </ol>
    </main>
  );
}
