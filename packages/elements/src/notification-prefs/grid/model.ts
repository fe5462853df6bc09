import {
  ownValue,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationChannel,
  type NotificationPreferences,
  type NotificationSection,
} from '@prefcenter/core';

/** One line of the grid below its header: a section heading or a category. */
export type GridRow =
  | { kind: 'section'; section: NotificationSection; categories: readonly NotificationCategory[] }
  | { kind: 'category'; category: NotificationCategory };

/** Why a cell cannot be switched, or `undefined` when it can. */
export type Lock = 'required' | 'setup' | 'marketing' | undefined;

const haystacks = new WeakMap<NotificationCategory, string>();

function haystack(category: NotificationCategory): string {
  let text = haystacks.get(category);
  if (text === undefined) {
    text = `${category.label}\n${category.description ?? ''}`.toLocaleLowerCase();
    haystacks.set(category, text);
  }
  return text;
}

/**
 * The rows in order: each section's heading, then its categories unless it is
 * collapsed. A filter shows the matching categories of every section (collapsed or
 * not) and hides sections without a match. Categories whose section is not in the
 * catalog come last, without a heading.
 */
export function buildRows(
  catalog: NotificationCatalog,
  collapsed: ReadonlySet<string>,
  filter: string,
): { rows: GridRow[]; matches: number } {
  const query = filter.trim().toLocaleLowerCase();
  const bySection = new Map<string, NotificationCategory[]>(catalog.sections.map((s) => [s.id, []]));
  const orphans: NotificationCategory[] = [];
  let matches = 0;
  for (const category of catalog.categories) {
    if (query && !haystack(category).includes(query)) continue;
    matches++;
    (bySection.get(category.sectionId) ?? orphans).push(category);
  }
  const rows: GridRow[] = [];
  for (const section of catalog.sections) {
    const categories = bySection.get(section.id)!;
    if (!categories.length) continue;
    rows.push({ kind: 'section', section, categories });
    if (query || !collapsed.has(section.id)) {
      for (const category of categories) rows.push({ kind: 'category', category });
    }
  }
  for (const category of orphans) rows.push({ kind: 'category', category });
  return { rows, matches };
}

export function supports(category: NotificationCategory, channel: NotificationChannel): boolean {
  return category.channels.includes(channel.id);
}

/** Why a supported cell is locked: required categories are on, unready channels and opted-out marketing off. */
export function lockOf(
  category: NotificationCategory,
  channel: NotificationChannel,
  view: NotificationPreferences,
): Lock {
  if (category.required) return 'required';
  if (!channel.ready) return 'setup';
  if (category.marketing && view.marketingConsent?.granted === false) return 'marketing';
  return undefined;
}

export function isOn(
  category: NotificationCategory,
  channel: NotificationChannel,
  view: NotificationPreferences,
): boolean {
  const lock = lockOf(category, channel, view);
  if (lock === 'required') return true;
  if (lock === 'marketing') return false;
  return subscribed(category, channel, view);
}

/** The stored choice for a cell; ids are the catalog's, so only own values count. */
function subscribed(
  category: NotificationCategory,
  channel: NotificationChannel,
  view: NotificationPreferences,
): boolean {
  return ownValue(ownValue(view.subscriptions, category.id), channel.id) === true;
}

/** How many of `categories` reach the customer on at least one channel: what a section's heading counts
 * (the grid reads it from its tally; this is the definition the tally is tested against). */
export function countOn(
  categories: readonly NotificationCategory[],
  channels: readonly NotificationChannel[],
  view: NotificationPreferences,
): number {
  return categories.filter((category) =>
    channels.some((channel) => supports(category, channel) && isOn(category, channel, view)),
  ).length;
}

export type Checked = 'true' | 'false' | 'mixed';

/**
 * The state of a group of cells (a row or a column): the switchable ones decide;
 * when none can be switched, the locked ones show what they are.
 */
export function groupState(
  pairs: Iterable<[NotificationCategory, NotificationChannel]>,
  view: NotificationPreferences,
): { checked: Checked; switchable: Array<[NotificationCategory, NotificationChannel]>; locked: Lock } {
  const switchable: Array<[NotificationCategory, NotificationChannel]> = [];
  let on = 0;
  let lockedOn = 0;
  let lockedCount = 0;
  let locked: Lock;
  for (const [category, channel] of pairs) {
    const lock = lockOf(category, channel, view);
    if (lock) {
      lockedCount++;
      locked ??= lock;
      if (lock === 'required') lockedOn++;
      continue;
    }
    switchable.push([category, channel]);
    if (subscribed(category, channel, view)) on++;
  }
  const checked = groupChecked(switchable.length, on, lockedCount, lockedOn);
  return { checked, switchable, locked: switchable.length ? undefined : locked };
}

/**
 * A group's switch from its counts: the switchable cells decide; when none can be
 * switched, the locked ones show (a locked cell counts as on only when required). Shared
 * with the grid tally, which keeps the counts instead of the cells.
 */
export function groupChecked(switchable: number, switchableOn: number, locked: number, lockedOn: number): Checked {
  const [count, onCount] = switchable ? [switchable, switchableOn] : [locked, lockedOn];
  return onCount === 0 ? 'false' : onCount === count ? 'true' : 'mixed';
}
