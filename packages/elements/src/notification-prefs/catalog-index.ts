import type { NotificationCatalog, NotificationCategory } from '@prefcenter/core';

/**
 * `derive(catalog)`, worked out once per catalog (which is replaced, never changed): what a
 * switch or a render would otherwise find by reading every category of thousands, in code
 * that on a customer's first click has not yet been compiled.
 */
export function perCatalog<T>(derive: (catalog: NotificationCatalog) => T): (catalog: NotificationCatalog) => T {
  const derived = new WeakMap<NotificationCatalog, T>();
  return (catalog) => {
    if (!derived.has(catalog)) derived.set(catalog, derive(catalog));
    return derived.get(catalog)!;
  };
}

const categoriesById = perCatalog((catalog) => new Map(catalog.categories.map((category) => [category.id, category])));

/** The catalog's category with `id` (unique in a catalog), if there is one. */
export const categoryOf = (catalog: NotificationCatalog, id: string): NotificationCategory | undefined =>
  categoriesById(catalog).get(id);
