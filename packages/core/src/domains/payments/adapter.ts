import type { ChangeMeta, PreferencesPatch, ReadOptions } from '../../adapter.js';
import type { PaymentToken, Payments } from './schema.js';

/** What an adapter serves for the payments domain. */
export interface PaymentsAdapter {
  getPayments(options: ReadOptions): Promise<Payments>;
  /** Default method, nicknames and billing-address links; never card data. */
  updatePayments(patch: PreferencesPatch<Payments>, meta: ChangeMeta): Promise<Payments>;
  /** Adds a method from a token the host's payment provider produced. */
  addPaymentMethod(token: PaymentToken, meta: ChangeMeta): Promise<Payments>;
  removePaymentMethod(methodId: string, meta: ChangeMeta): Promise<Payments>;
}
