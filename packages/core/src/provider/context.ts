import { createContext } from '@lit/context';
import type { PrefsAdapter } from '../adapter.js';

/**
 * The key of the adapter's context. Two copies of core can meet on one page (the CDN
 * bundle and a host's bundler), and a widget of one must find the adapter of the other's
 * `<prefs-provider>`, so the key comes from the global symbol registry, which every copy
 * shares. Its name is ours, so another library's context cannot collide with it, and it
 * carries the version of what is provided (an adapter of this contract): a change of shape
 * gets a new key.
 */
export const adapterContext = createContext<PrefsAdapter | undefined>(Symbol.for('@prefcenter/adapter-context@1'));
