import { AdapterError } from '../../errors.js';
import type { PrivacyCatalog, PrivacyPreferences } from './schema.js';

/**
 * What the privacy schemas cannot say (JSON Schema, and so the compiled checker, relate no
 * two fields): a preset or the GPC list that names a purpose the catalog lacks, and a
 * record dated after its document. Each is an `invalid-response` naming the field, as the
 * checker's own are. The widgets run them on what they read; the local adapter and the
 * reference server do not yet check their own catalogs with them.
 */

/** The service that stamps records and the one that stamps the document may differ a little: five minutes pass. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The first catalog problem, as `[path, message]`, or undefined. */
export function privacyCatalogProblem(catalog: PrivacyCatalog): [PropertyKey[], string] | undefined {
  const known = new Set(catalog.purposes.map((p) => p.id));
  for (const [i, preset] of catalog.presets.entries()) {
    for (const [j, purpose] of preset.purposes.entries()) {
      if (!known.has(purpose)) {
        return [['presets', i, 'purposes', j], `the preset "${preset.id}" names an unknown purpose "${purpose}"`];
      }
    }
  }
  for (const [i, purpose] of catalog.gpcPurposes.entries()) {
    if (!known.has(purpose))
      return [['gpcPurposes', i], `Global Privacy Control names an unknown purpose "${purpose}"`];
  }
  return undefined;
}

/**
 * The first document problem on its own (without the catalog), or undefined. A record is
 * "in the future" against its own document's `updatedAt`, never the device's clock: a
 * customer whose clock is slow must still be able to load their settings.
 */
export function privacyDocumentProblem(document: PrivacyPreferences): [PropertyKey[], string] | undefined {
  const updatedAt = Date.parse(document.updatedAt);
  for (const [i, record] of document.consents.entries()) {
    if (Date.parse(record.time) > updatedAt + CLOCK_SKEW_MS) {
      return [
        ['consents', i, 'time'],
        `the consent record "${record.id}" is dated in the future of its document (${record.time}, after ${document.updatedAt})`,
      ];
    }
  }
  return undefined;
}

/** The essential purposes a document has off: the widget shows them on and says so, and never saves them off. */
export function essentialPurposesOff(document: PrivacyPreferences, catalog: PrivacyCatalog): string[] {
  return catalog.purposes
    .filter((p) => p.essential && Object.hasOwn(document.purposes, p.id) && document.purposes[p.id] === false)
    .map((p) => p.id);
}

/** Throws the problem `check` finds as an `invalid-response` AdapterError, as the checker would. */
export function refuseProblem<T>(value: T, what: string, check: (value: T) => [PropertyKey[], string] | undefined): T {
  const problem = check(value);
  if (!problem) return value;
  const [path, message] = problem;
  throw new AdapterError('invalid-response', `Malformed ${what} from the adapter at ${path.join('.')}: ${message}.`, {
    path,
  });
}
