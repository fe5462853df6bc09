/** The payments domain's fixed vocabularies, with no zod import (see notifications/values.ts). */
export const paymentMethodTypes = ['card', 'bank-account', 'wallet'] as const;
export const verificationStatuses = ['verified', 'pending', 'required', 'failed'] as const;
