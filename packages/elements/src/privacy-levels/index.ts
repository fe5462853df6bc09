export { PrivacyLevels } from './privacy-levels.js';
export type {
  ConsentRecord,
  PrivacyCatalog,
  PrivacyPreferences,
  PrivacyPreset,
  PrivacyPurpose,
  ProfileVisibility,
} from '@prefcenter/core';
