import { AdapterError } from './errors.js';

/**
 * Runs an adapter call with a deadline. The call gets its own signal, aborted when the
 * deadline passes (the promise then rejects with a `timeout` AdapterError) or when
 * `parent` aborts (it rejects with the parent's reason). Every adapter call a widget
 * makes goes through this, so a hanging backend never leaves a spinner forever.
 */
export async function withTimeout<T>(
  call: (signal: AbortSignal) => Promise<T>,
  milliseconds: number,
  parent?: AbortSignal,
): Promise<T> {
  if (parent?.aborted) throw parent.reason;
  const abort = new AbortController();
  const onParentAbort = () => abort.abort(parent?.reason);
  parent?.addEventListener('abort', onParentAbort, { once: true });
  const aborted = new Promise<never>((_, reject) => {
    abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true });
  });
  const timer = setTimeout(() => {
    abort.abort(new AdapterError('timeout', `The adapter did not answer within ${milliseconds} ms.`));
  }, milliseconds);
  try {
    return await Promise.race([call(abort.signal), aborted]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}

/** How long a widget waits for its adapter by default. */
export const defaultAdapterTimeout = 15_000;
