import {
  applyMergePatch,
  filterMergePatch,
  ownOrSet,
  ownValue,
  setOwn,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type PreferencesPatch,
} from '@prefcenter/core';
import { securityCategories } from '../catalog-index.js';
import { groupState, isOn, lockOf, supports, type Lock } from './model.js';

type Pair = [NotificationCategory, NotificationChannel];
type Patch = PreferencesPatch<NotificationPreferences>;

/**
 * What switching a group of cells together means: on unless all are on. Locked cells stay
 * as they are; when nothing can be switched the answer is why (`locked`). A cell already
 * showing the new value is left out, unless a refused change or a held conflict (`pending`)
 * would set it: the choice speaks for it too, so a Retry cannot put the older one back.
 */
export function groupPatch(
  pairs: readonly Pair[],
  view: NotificationPreferences,
  pending: readonly (Patch | undefined)[],
): { patch: Patch } | { locked: Lock; category: NotificationCategory; channel: NotificationChannel } | undefined {
  const { checked, switchable, locked } = groupState(pairs, view);
  if (!switchable.length) {
    const [category, channel] = pairs[0] ?? [];
    return category && channel ? { locked: locked ?? lockOf(category, channel, view), category, channel } : undefined;
  }
  const next = checked !== 'true';
  const subscriptions: Record<string, Record<string, boolean>> = {};
  const held = pending.map((p) => p?.subscriptions);
  const isHeld = (category: NotificationCategory, channel: NotificationChannel) =>
    held.some((s) => ownValue(ownValue(s, category.id), channel.id) !== undefined);
  for (const [category, channel] of switchable) {
    if (isOn(category, channel, view) === next && !isHeld(category, channel)) continue;
    setOwn(
      ownOrSet(subscriptions, category.id, () => ({})),
      channel.id,
      next,
    );
  }
  return { patch: { subscriptions } };
}

/** The security categories that `patch` would switch off on some channel. */
export function securityTurnedOff(
  patch: Patch,
  view: NotificationPreferences,
  catalog: NotificationCatalog,
): NotificationCategory[] {
  if (!('subscriptions' in patch)) return [];
  const changed: unknown = patch.subscriptions;
  const { channels } = catalog;
  // Only the categories the patch names can be turned off by it; a patch that drops every
  // subscription (`subscriptions: null`, through the public change()) names them all.
  const namesSome = typeof changed === 'object' && changed !== null;
  const named = (id: string) => !namesSome || Object.hasOwn(changed, id);
  // What the named categories become: the patch applied to their subscriptions alone, since
  // copying ten thousand categories' to look at one cost more than the rest of a switch.
  const before: NotificationPreferences = namesSome
    ? {
        ...view,
        subscriptions: Object.fromEntries(
          Object.keys(changed)
            .filter((id) => Object.hasOwn(view.subscriptions, id))
            .map((id) => [id, ownValue(view.subscriptions, id)!]),
        ),
      }
    : view;
  const after = applyMergePatch(before, patch);
  return securityCategories(catalog).filter(
    (category) =>
      named(category.id) &&
      channels.some(
        (channel) => supports(category, channel) && isOn(category, channel, view) && !isOn(category, channel, after),
      ),
  );
}

/** A whole row or column's patch with the categories the customer kept on left out, or `undefined` if nothing is left. */
export function withoutKept(patch: Patch, kept: readonly NotificationCategory[]): Patch | undefined {
  const ids = new Set(kept.map((category) => category.id));
  const rest = filterMergePatch(patch, ([field, categoryId]) => field !== 'subscriptions' || !ids.has(categoryId!));
  return rest && Object.keys(rest.subscriptions ?? {}).length ? rest : undefined;
}
