import { isolate } from '@prefcenter/core';
import { overridable } from '@prefcenter/core/kit/feature-host';
import { messages, requirementKey } from './messages.js';

/**
 * The widget's own sentences, each through `t(key, …)` so that the instance's `strings`
 * can replace it (keys in the class docs). An override may name the values with `{name}`
 * placeholders; they are filled only in overrides, so labels with braces are left alone.
 * Adapter text is isolated (FSI…PDI) in our sentences, so its direction cannot spill over.
 */
export function widgetTexts(t: (key: string, fallback: string) => string) {
  const text = (key: string, fallback: string, values?: Record<string, string>) =>
    overridable(t, key, fallback, values);
  return {
    gridLabel: () => text('gridLabel', messages.gridLabel()),
    columnCategory: () => text('columnCategory', messages.columnCategory()),
    columnAll: () => text('columnAll', messages.columnAll()),
    cell: (channel: string, category: string) =>
      text('cell', messages.cell((channel = isolate(channel)), (category = isolate(category))), {
        channel,
        category,
      }),
    row: (category: string) => text('row', messages.row((category = isolate(category))), { category }),
    column: (channel: string) => text('column', messages.column((channel = isolate(channel))), { channel }),
    notAvailable: () => text('notAvailable', messages.notAvailable()),
    required: (reason: string) => text('required', messages.required((reason = isolate(reason))), { reason }),
    marketingOff: () => text('marketingOff', messages.marketingOff()),
    needs: (requirement: string | undefined, channel: string) =>
      text(`needs${requirementKey(requirement)}`, messages.needs(requirement, (channel = isolate(channel))), {
        channel,
      }),
    verify: (requirement: string | undefined) =>
      text(`verify${requirementKey(requirement)}`, messages.verify(requirement)),
    needsSetup: () => text('needsSetup', messages.needsSetup()),
    verifyPending: () => text('verifyPending', messages.verifyPending()),
    verifyUnavailable: () => text('verifyUnavailable', messages.verifyUnavailable()),
    verified: (channel: string) => text('verified', messages.verified((channel = isolate(channel))), { channel }),
    filterLabel: () => text('filterLabel', messages.filterLabel()),
    matches: (shown: string, total: string) => text('matches', messages.matches(shown, total), { shown, total }),
    noMatches: () => text('noMatches', messages.noMatches()),
    sectionCount: (on: string, total: string) => text('sectionCount', messages.sectionCount(on, total), { on, total }),
    emptyTitle: () => text('emptyTitle', messages.emptyTitle()),
    emptyText: () => text('emptyText', messages.emptyText()),
    options: () => text('options', messages.options()),
    optionsFor: (category: string) =>
      text('optionsFor', messages.optionsFor((category = isolate(category))), { category }),
    done: () => text('done', messages.done()),
    confirmTitle: (category: string) =>
      text('confirmTitle', messages.confirmTitle((category = isolate(category))), { category }),
    confirmManyTitle: () => text('confirmManyTitle', messages.confirmManyTitle()),
    confirmText: () => text('confirmText', messages.confirmText()),
    confirmOk: () => text('confirmOk', messages.confirmOk()),
    keep: () => text('keep', messages.keep()),
  };
}

export type WidgetTexts = ReturnType<typeof widgetTexts>;
