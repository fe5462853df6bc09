// A plugin for the test server (@web/dev-server): `/__ssr/<tag>` answers a whole page with
// that widget rendered on Node by packages/elements/src/ssr.ts, as a host's server would
// send it: its loading skeleton, or, with `?data=<key>`, its ready state from the entry of
// test/ssr/data.json (for the theme, the page's root also carries the theme). The page has
// no script: the hydration test loads the widgets into it when it is ready to watch.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadSsrModule } from './ssr-module.mjs';

const dataFile = fileURLToPath(new URL('../../test/ssr/data.json', import.meta.url));
const prefix = '/__ssr/';

export function ssrPagesPlugin() {
  return {
    name: 'prefcenter-ssr-pages',
    async serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const { renderWidget, themeRootAttributes } = await loadSsrModule();
      const tag = context.path.slice(prefix.length);
      const key = context.URL.searchParams.get('data');
      const data = new Map(Object.entries(JSON.parse(await readFile(dataFile, 'utf8'))));
      if (key !== null && !data.has(key)) return { status: 404, body: `No entry "${key}" in test/ssr/data.json.` };
      const initial = key === null ? undefined : data.get(key);
      const widget = await renderWidget(tag, { initial });
      const root = initial && tag === 'theme-picker' ? themeRootAttributes(initial) : {};
      const attributes = Object.entries(root)
        .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
        .join('');
      return {
        type: 'html',
        body:
          `<!doctype html><html lang="en"${attributes}><head><meta charset="utf-8">` +
          `<style>body { margin: 0; padding: 8px; font-family: sans-serif; }</style></head>` +
          `<body>${widget}</body></html>`,
      };
    },
  };
}
