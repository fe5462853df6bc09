// What counts as a widget, for every script that lists them (the generated define-all and
// index, the size budgets): a folder of packages/elements/src with a define.ts and an
// index.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const widgetsDir = fileURLToPath(new URL('../../packages/elements/src', import.meta.url));

/** The widget folder names, in name order so that output is stable. */
export function widgetFolders() {
  return readdirSync(widgetsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => existsSync(join(widgetsDir, name, 'define.ts')) && existsSync(join(widgetsDir, name, 'index.ts')))
    .sort();
}
