import { defineConfig } from 'vite';

export default defineConfig({
  // In this repository @prefcenter/react is a linked workspace whose own `react` would be
  // the React 19 of the other example; an app has one React, so resolve it from the app.
  resolve: { dedupe: ['react', 'react-dom'] },
});
