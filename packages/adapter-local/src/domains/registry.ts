import type { PrefsDomain } from '@prefcenter/core';
import type { LocalDomain } from './domain.js';
import { notifications } from './notifications.js';
import { payments } from './payments.js';
import { privacy } from './privacy.js';
import { theme } from './theme.js';

/** Every domain the local adapter serves, one line each; the compiler holds it to core's registry. */
export const localDomains: { readonly [P in PrefsDomain]: LocalDomain<P> } = {
  notifications,
  theme,
  privacy,
  payments,
};

export const domains = Object.keys(localDomains) as PrefsDomain[];
