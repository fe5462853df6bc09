import { expect } from '@open-wc/testing';
import { createLocalAdapter } from '@prefcenter/adapter-local';
import { captureWarnings, meta, read } from './helpers.js';

/** Where the browser defines `localStorage`: on the window itself or on its prototype chain. */
function ownerOf(name: string): object {
  let owner: object | null = window;
  while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
  return owner ?? window;
}

describe('local adapter: storage blocked by the browser', () => {
  const owner = ownerOf('localStorage');
  const original = Object.getOwnPropertyDescriptor(owner, 'localStorage')!;

  beforeEach(() => {
    // What a sandboxed frame or "block all cookies" does: reading the property throws.
    Object.defineProperty(owner, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  afterEach(() => Object.defineProperty(owner, 'localStorage', original));

  it('falls back to memory shared by the page, with one warning', async () => {
    let first!: ReturnType<typeof createLocalAdapter>;
    let second!: ReturnType<typeof createLocalAdapter>;
    const warnings = await captureWarnings(() => {
      first = createLocalAdapter();
      second = createLocalAdapter();
    });
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('localStorage is not available');
    await first.updateThemePreferences({ scheme: 'dark' }, meta(1));
    expect((await second.getThemePreferences(read())).scheme).to.equal('dark');
  });
});
