import type { ChangeMeta, PreferencesPatch, ReadOptions } from '../../adapter.js';
import type { PrivacyCatalog, PrivacyPreferences } from './schema.js';

/** What an adapter serves for the privacy domain. */
export interface PrivacyAdapter {
  getPrivacyCatalog(options: ReadOptions): Promise<PrivacyCatalog>;
  getPrivacyPreferences(options: ReadOptions): Promise<PrivacyPreferences>;
  updatePrivacyPreferences(patch: PreferencesPatch<PrivacyPreferences>, meta: ChangeMeta): Promise<PrivacyPreferences>;
}
