import {
  ownValue,
  setOwn,
  type ConsentRecord,
  type ConsentSource,
  type PreferencesPatch,
  type PrivacyCatalog,
  type PrivacyPreferences,
  type PrivacyPreset,
  type PrivacyPurpose,
} from '@prefcenter/core';

/**
 * What the widget works out from a catalog and a document, with no rendering: which preset
 * the purposes match, what a preset or the browser's signal would switch, which changed
 * terms are still to be answered, and the records as a download. Pure functions, so each
 * rule is tested on its own and the element only draws their answers.
 */

type Patch = PreferencesPatch<PrivacyPreferences>;

/** Whether `purpose` is on: an essential one always is, whatever the document says. */
export function granted(view: PrivacyPreferences, purpose: PrivacyPurpose): boolean {
  return purpose.essential || ownValue(view.purposes, purpose.id) === true;
}

/** The preset whose purposes are exactly those on, or `custom` when none is. */
export function matchingPreset(
  view: PrivacyPreferences,
  catalog: PrivacyCatalog,
  overrides: ReadonlyMap<string, boolean> = new Map(),
): PrivacyPreset | 'custom' {
  const isOn = (purpose: PrivacyPurpose) => overrides.get(purpose.id) ?? granted(view, purpose);
  for (const preset of catalog.presets) {
    const chosen = new Set(preset.purposes);
    if (catalog.purposes.every((p) => p.essential || isOn(p) === chosen.has(p.id))) return preset.id;
  }
  return 'custom';
}

/** One purpose a step would switch, and to what. */
export interface PurposeChange {
  purpose: PrivacyPurpose;
  on: boolean;
}

/** The patch of switching `changes` from `source`, with the preset the result matches. */
export function switchPatch(
  view: PrivacyPreferences,
  catalog: PrivacyCatalog,
  changes: readonly PurposeChange[],
  source: ConsentSource,
): Patch {
  const purposes: Record<string, boolean> = {};
  const sources: Record<string, ConsentSource> = {};
  for (const { purpose, on } of changes) {
    setOwn(purposes, purpose.id, on);
    setOwn(sources, purpose.id, source);
  }
  const after = new Map(changes.map(({ purpose, on }) => [purpose.id, on]));
  const patch: Patch = { purposes, sources, preset: matchingPreset(view, catalog, after) };
  // "Do not sell or share" stays true only while every purpose the signal covers is off.
  if (view.doNotSellOrShare && changes.some(({ purpose, on }) => on && catalog.gpcPurposes.includes(purpose.id))) {
    patch.doNotSellOrShare = false;
  }
  return patch;
}

/** What applying `presetId` would switch: the purposes it names go on, every other one but essential goes off. */
export function presetChanges(view: PrivacyPreferences, catalog: PrivacyCatalog, presetId: string): PurposeChange[] {
  const preset = catalog.presets.find((p) => p.id === presetId);
  if (!preset) return [];
  const chosen = new Set(preset.purposes);
  return catalog.purposes
    .filter((p) => !p.essential && granted(view, p) !== chosen.has(p.id))
    .map((purpose) => ({ purpose, on: chosen.has(purpose.id) }));
}

/** The purposes Global Privacy Control (and "do not sell or share") covers; never an essential one. */
export function coveredBySignal(catalog: PrivacyCatalog): PrivacyPurpose[] {
  const covered = new Set(catalog.gpcPurposes);
  return catalog.purposes.filter((p) => covered.has(p.id) && !p.essential);
}

/** The purposes Global Privacy Control covers that are still on: what the signal switches off. */
export function signalChanges(view: PrivacyPreferences, catalog: PrivacyCatalog): PurposeChange[] {
  return coveredBySignal(catalog)
    .filter((p) => granted(view, p))
    .map((purpose) => ({ purpose, on: false }));
}

/**
 * The purposes the signal covers that are on by the customer's own later choice: there the
 * customer's choice wins, since they made it here, for this institution, after the signal.
 */
export function choicesOverSignal(view: PrivacyPreferences, catalog: PrivacyCatalog): PrivacyPurpose[] {
  if (view.globalPrivacyControl !== true) return [];
  return coveredBySignal(catalog).filter((p) => granted(view, p));
}

/** The purposes `purposes` (a patch's) takes back that the catalog wants confirmed first. */
export function withdrawalsToConfirm(
  view: PrivacyPreferences,
  catalog: PrivacyCatalog,
  purposes: PreferencesPatch<PrivacyPreferences>['purposes'],
): PrivacyPurpose[] {
  return catalog.purposes.filter((p) => p.confirmWithdrawal && granted(view, p) && ownValue(purposes, p.id) === false);
}

/**
 * The purposes of a patch as switched here, by the customer (an Undo's, whatever source
 * they had before): one dropped from the document (`null`, from an Undo of a purpose it did
 * not have) is off, so that the adapter records its withdrawal; and only a purpose that
 * really switches is named in `sources`, since only it is a decision to record.
 */
export function ownSwitches(
  patched: NonNullable<Patch['purposes']>,
  view: PrivacyPreferences,
): Pick<Patch, 'purposes' | 'sources'> {
  const purposes: Record<string, boolean> = {};
  const sources: Record<string, 'widget'> = {};
  for (const id of Object.keys(patched)) {
    const on = ownValue(patched, id) === true;
    setOwn(purposes, id, on);
    if (on !== (ownValue(view.purposes, id) === true)) setOwn(sources, id, 'widget');
  }
  return { purposes, sources };
}

/**
 * Whether the customer is to be told of a new notice: they reviewed an older version, or
 * (a backend that keeps no reviewed version) a changed purpose was last decided under one.
 */
export function noticeChanged(view: PrivacyPreferences, catalog: PrivacyCatalog): boolean {
  if (view.noticeVersion !== undefined) return view.noticeVersion !== catalog.noticeVersion;
  return changedTerms(view, catalog).length > 0;
}

/**
 * The purposes whose terms changed since the customer last decided: all the changed ones
 * when the document says an older notice was reviewed; without a reviewed version, each
 * changed purpose whose own latest record is under an older notice (a switch of another
 * purpose, recorded under the new one, says nothing of this one's terms).
 */
export function changedTerms(view: PrivacyPreferences, catalog: PrivacyCatalog): PrivacyPurpose[] {
  const changed = catalog.purposes.filter((p) => p.changed && !p.essential);
  if (view.noticeVersion !== undefined) return view.noticeVersion === catalog.noticeVersion ? [] : changed;
  const decidedUnder = new Map(view.consents.map((r) => [r.purpose, r.noticeVersion]));
  return changed.filter((p) => {
    const version = decidedUnder.get(p.id);
    return version !== undefined && version !== catalog.noticeVersion;
  });
}

/** The document's records, newest first, for the history table. */
export function newestFirst(view: PrivacyPreferences): ConsentRecord[] {
  return [...view.consents].reverse();
}

/**
 * The customer's consent records as a JSON download: ISO/IEC TS 27560's field names where
 * they fit, with the notice and the purposes' names, so another tool can read it.
 */
export function consentRecordsJson(view: PrivacyPreferences, catalog: PrivacyCatalog, exportedAt: Date): string {
  const label = new Map(catalog.purposes.map((p) => [p.id, p.label]));
  return JSON.stringify(
    {
      schema: 'ISO/IEC TS 27560 consent records (fields where they fit)',
      exportedAt: exportedAt.toISOString(),
      notice: {
        id: catalog.noticeId,
        version: catalog.noticeVersion,
        textHash: catalog.noticeTextHash,
        url: catalog.noticeUrl,
        language: catalog.language,
      },
      reviewedNoticeVersion: view.noticeVersion,
      globalPrivacyControl: view.globalPrivacyControl ?? false,
      doNotSellOrShare: view.doNotSellOrShare,
      records: view.consents.map((record) => ({
        recordId: record.id,
        purposeId: record.purpose,
        purpose: label.get(record.purpose),
        consentStatus: record.decision,
        timestamp: record.time,
        noticeId: record.noticeId,
        noticeVersion: record.noticeVersion,
        noticeTextHash: record.textHash,
        language: record.language,
        source: record.source,
        method: record.method,
        actor: record.actor,
        jurisdiction: record.jurisdiction,
        previousRecordId: record.previous,
      })),
    },
    null,
    2,
  );
}
