/**
 * A page of its own, in an iframe: its own realm, so every node and module is made under
 * the page's Content-Security-Policy (a `<meta>` one, as strict as the test wants), and
 * what the page's script reports comes back as the result.
 */
export interface IsolatedPage {
  /** The policy, given the nonce the page's own scripts carry. */
  csp: (nonce: string) => string;
  /** More of `<head>`: stylesheets, an import map (`<script type="importmap" nonce=…>`). */
  head?: (nonce: string) => string;
  body: string;
  /**
   * The body of the page's one module script, which carries the nonce. It calls
   * `report(value)` once; a throw is reported as `{ error }`. Import with `import()`.
   */
  script: string;
}

declare global {
  interface Window {
    __isolatedPages?: Map<string, (value: unknown) => void>;
  }
}

/** Runs the page and resolves with what its script reported; the iframe is removed after. */
export async function runIsolatedPage<T>(page: IsolatedPage): Promise<T> {
  const id = crypto.randomUUID();
  const nonce = crypto.randomUUID().replaceAll('-', '');
  const reports = (window.__isolatedPages ??= new Map());
  const result = new Promise<T>((resolve) => reports.set(id, resolve as (value: unknown) => void));
  const iframe = document.createElement('iframe');
  iframe.style.width = '900px';
  iframe.style.height = '700px';
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp(nonce)}">
${page.head?.(nonce) ?? ''}
</head><body>
${page.body}
<script type="module" nonce="${nonce}">
const report = (value) => parent.__isolatedPages.get(${JSON.stringify(id)})(value);
try {
${page.script}
} catch (error) {
  report({ error: String(error && error.stack || error) });
}
</script>
</body></html>`;
  document.body.append(iframe);
  try {
    return await result;
  } finally {
    iframe.remove();
    reports.delete(id);
  }
}

/** The page's script: resolves once `predicate()` holds, polling; rejects after 30 s, naming `what`. */
export const pageWaitUntil = `const waitUntil = async (predicate, what) => {
  const end = performance.now() + 30000;
  while (!predicate()) {
    if (performance.now() > end) throw new Error('timed out waiting for ' + what);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};`;
