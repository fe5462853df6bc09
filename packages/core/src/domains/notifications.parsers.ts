import { parseAdapterResponse } from '../parse.js';
import { notificationCatalogSchema, notificationPreferencesSchema } from '../schemas/notifications.js';

export const parseCatalog = (value: unknown) =>
  parseAdapterResponse(notificationCatalogSchema, value, 'notification catalog');
export const parseDocument = (value: unknown) =>
  parseAdapterResponse(notificationPreferencesSchema, value, 'notification preferences');
