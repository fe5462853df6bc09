import { createContext } from '@lit/context';
import type { PrefsAdapter } from '../adapter.js';

/** A unique key, so that another library's context can never collide with ours. */
export const adapterContext = createContext<PrefsAdapter | undefined>(Symbol('prefcenter-adapter'));
