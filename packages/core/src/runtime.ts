/**
 * Everything core does at run time, without the zod schemas: what the CDN bundle
 * exposes to pages. Widgets check adapter answers with the checkers generated from the
 * zod schemas (`checkers`), so no page pays for zod unless it imports the schemas itself.
 */
export * from './adapter.js';
export * from './errors.js';
export * from './events.js';
export * from './define.js';
export * from './ids.js';
export * from './merge-patch.js';
export * from './safe-record.js';
export * from './timeout.js';
// What checks an answer, and what it says; the helpers the generated checkers are written
// out of stay inside core.
export {
  checkAdapterResponse,
  formatNames,
  problems,
  SchemaMismatch,
  type At,
  type Check,
  type JsonSchema,
  type Output,
} from './validate.js';
/** One checker per domain schema (`checkAdapterResponse(checkers.themeCatalog, value, 'theme')`). */
export * as checkers from './generated/checkers.js';
export * from './controller/resource-controller.js';
export * from './controller/action-runner.js';
export * from './controller/resource-actions.js';
export * from './controller/domain-resource.js';
export * from './domains/index.js';
export * from './element/prefs-element.js';
export * from './element/cssom-style.js';
export * from './provider/context.js';
export * from './styles/tokens.js';
export * from './styles/base-styles.js';
export * from './l10n/locales.js';
export * from './l10n/localization.js';
export * from './l10n/intl.js';
export * from './l10n/messages.js';
export * from './l10n/text.js';
export * from './theme/index.js';
