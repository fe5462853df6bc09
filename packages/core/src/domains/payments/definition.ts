import { domainAction, requiredMethods, type DefinitionOf, type DomainSpec } from '../../controller/domain-resource.js';
import { payments } from '../../generated/checkers.js';
import { checkAdapterResponse } from '../../validate.js';
import type { PaymentToken, Payments, RemovalOptions, VerificationProof } from './schema.js';

const action = domainAction<'payments'>();

/**
 * What a payments widget asks of the adapter besides saving the document: each answers
 * with the new document, which becomes the confirmed state.
 */
const paymentActions = {
  /** Input: the token the host's payment provider handed back (never card data). */
  addMethod: action({
    method: 'addPaymentMethod',
    run: (adapter, token: PaymentToken, meta) => adapter.addPaymentMethod(token, meta),
    returnsDocument: true,
  }),
  /** Input: the method, and the one that takes over its subscriptions and defaults. */
  removeMethod: action({
    method: 'removePaymentMethod',
    run: (adapter, input: { methodId: string } & RemovalOptions, meta) =>
      adapter.removePaymentMethod(input.methodId, meta, input.replaceWith ? { replaceWith: input.replaceWith } : {}),
    returnsDocument: true,
  }),
  /** Input: the bank account and the amounts or code the customer entered. */
  verifyMethod: action({
    method: 'verifyPaymentMethod',
    run: (adapter, input: { methodId: string; proof: VerificationProof }, meta) =>
      adapter.verifyPaymentMethod(input.methodId, input.proof, meta),
    returnsDocument: true,
  }),
};

/** The payments domain's action names, for `ResourceActions`. */
export type PaymentActionName = keyof typeof paymentActions;

export const paymentsDomain: DefinitionOf<'payments'> = {
  domain: 'payments',
  readMethod: 'getPayments',
  writeMethod: 'updatePayments',
  parsers: {
    parseDocument: (value) => checkAdapterResponse<Payments>(payments, value, 'payment methods'),
  },
  actions: paymentActions,
} satisfies DomainSpec<'payments'>;

/**
 * What a payments widget cannot work without: reading and saving, and adding and removing a
 * method (every payments adapter has them). Verifying is offered when the adapter has it.
 */
export const paymentsMethods = [...requiredMethods(paymentsDomain), 'addPaymentMethod', 'removePaymentMethod'] as const;
