import type { ChangeMeta, PreferencesPatch, ReadOptions } from '../../adapter.js';
import type { PaymentToken, Payments, RemovalOptions, VerificationProof } from './schema.js';

/** What an adapter serves for the payments domain. */
export interface PaymentsAdapter {
  getPayments(options: ReadOptions): Promise<Payments>;
  /** Defaults, nicknames, billing addresses and a method's address; never card data. */
  updatePayments(patch: PreferencesPatch<Payments>, meta: ChangeMeta): Promise<Payments>;
  /** Adds a method from a token the host's payment provider produced. */
  addPaymentMethod(token: PaymentToken, meta: ChangeMeta): Promise<Payments>;
  /**
   * Removes a method. One that a subscription uses or that is a default is refused
   * (`validation`) unless `replaceWith` names the method that takes its place.
   */
  removePaymentMethod(methodId: string, meta: ChangeMeta, options?: RemovalOptions): Promise<Payments>;
  /** Checks the micro-deposit amounts or the code a bank account was sent; a wrong proof uses a try. */
  verifyPaymentMethod?(methodId: string, proof: VerificationProof, meta: ChangeMeta): Promise<Payments>;
}
