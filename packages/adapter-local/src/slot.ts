import type { parseAdapterResponse } from '@prefcenter/core';

/** A core schema; typed through core so that this package needs no zod of its own. */
export type Schema = Parameters<typeof parseAdapterResponse>[0];

/** Where a piece of data lives in the stored state (which mirrors `LocalSeed`), and its schema. */
export interface Slot<T> {
  location: readonly string[];
  schema: Schema;
  what: string;
  /** What to serve when neither storage nor the seed has it. */
  fallback?: T;
  /** Never set: it carries the type the schema parses to. */
  type?: T;
}
