/**
 * The notification domain's fixed vocabularies, with no zod import, so a widget that needs
 * a list of options does not pull the schemas (and zod) into its define entry. The schema
 * beside this file is built from these lists.
 */
export const notificationFrequencies = ['immediate', 'daily', 'weekly'] as const;
export type NotificationFrequency = (typeof notificationFrequencies)[number];

export const thresholdKinds = ['balance-below', 'transaction-over', 'payment-due-days'] as const;
export type ThresholdKind = (typeof thresholdKinds)[number];

/** What a channel needs before it can deliver: SMS a verified phone, push a registered device. */
export const channelRequirements = ['verified-phone', 'registered-device', 'verified-email', 'postal-address'] as const;
