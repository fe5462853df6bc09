/**
 * Registration that is safe for an embedded library. Two copies of a widget can end
 * up on one page (a host bundle and a CDN script); the second `define` must not throw.
 * A host may also register a widget under its own tag name, for example to avoid a
 * clash or to follow its own prefix.
 */
export function define(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server rendering or a worker: nothing to register
  const existing = registry.get(tagName);
  if (existing) {
    if (existing === elementClass || classByTag.get(tagName) === elementClass) return;
    console.warn(
      `[prefcenter] <${tagName}> is already defined by another class, so this one was not registered. ` +
        `Two copies of @prefcenter may be on the page; register this one under another tag name.`,
    );
    return;
  }
  // The platform lets a class back one tag name only, so a second name gets a subclass.
  const toRegister = registeredClasses.has(elementClass)
    ? class extends (elementClass as typeof HTMLElement) {}
    : elementClass;
  registry.define(tagName, toRegister);
  registeredClasses.add(elementClass);
  classByTag.set(tagName, elementClass);
}

const registeredClasses = new WeakSet<CustomElementConstructor>();
const classByTag = new Map<string, CustomElementConstructor>();
