import { AdapterError, adapterErrorKinds, type AdapterErrorKind } from '@prefcenter/core';
import {
  mediaTypes,
  problemTypeBase,
  statusOfKind,
  type ProblemDocument,
} from '@prefcenter/adapter-rest/http-contract';

const titles: { readonly [K in AdapterErrorKind]: string } = {
  network: 'Network failure',
  timeout: 'The request took too long',
  conflict: 'The document changed elsewhere',
  validation: 'The request is invalid',
  unauthorized: 'Not signed in',
  'reauth-required': 'Sign in again to make this change',
  'rate-limited': 'Too many requests',
  'not-found': 'Not found',
  unavailable: 'The service is unavailable',
  'invalid-response': 'Invalid response',
};

/**
 * An RFC 9457 problem document for an error: one `type` per AdapterError kind, the
 * kind itself, and for a `validation` the fields; `status` overrides the kind's own
 * (415 for a content type, 413 for a size, 428 for a missing If-Match).
 */
export function problem(error: AdapterError, status?: number): Response {
  status ??= statusOfKind[error.kind] ?? 500;
  const body: ProblemDocument = {
    type: problemTypeBase + error.kind,
    title: titles[error.kind],
    status,
    detail: error.message,
    kind: error.kind,
    ...(error.fields && { fields: error.fields }),
    ...(error.retryAfter !== undefined && { retryAfter: error.retryAfter }),
  };
  const headers = new Headers({ 'Content-Type': mediaTypes.problem });
  if (error.retryAfter !== undefined) headers.set('Retry-After', String(error.retryAfter));
  return new Response(JSON.stringify(body), { status, headers });
}

/** Anything thrown while answering: an AdapterError as it is, a database failure as `unavailable`. */
export function asAdapterError(error: unknown): AdapterError {
  if (error instanceof AdapterError && (adapterErrorKinds as readonly string[]).includes(error.kind)) return error;
  console.error('[prefcenter-server]', error);
  return new AdapterError('unavailable', 'The service failed; try again in a moment.', { retryAfter: 1 });
}

/** An AdapterError answered with a status of its own rather than its kind's (400, 413, 415, 428). */
export function httpError(
  status: number,
  kind: AdapterErrorKind,
  message: string,
  options?: ConstructorParameters<typeof AdapterError>[2],
): AdapterError {
  return Object.assign(new AdapterError(kind, message, options), { status });
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return error instanceof AdapterError && typeof status === 'number' ? status : undefined;
}
