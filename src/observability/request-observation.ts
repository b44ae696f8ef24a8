import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Span, Tracer } from '@opentelemetry/api';
import { scrubText } from '../common/logger';

/**
 * What the hub notes about one HTTP request while answering it, for its access-log line, its
 * metrics and its trace: who (body and role, never the user), which operation, which error
 * codes, and how many statements went to each database. Never query text, variables or
 * record values. Carried through the request's asynchronous work by AsyncLocalStorage, so a
 * body's read or a hub statement is counted against the request that caused it.
 */
export interface RequestObservation {
  requestId: string;
  method: string;
  path: string;
  startedAt: bigint;
  /** GraphQL operation name, `(anonymous)`, or unset before the document is resolved. */
  operation?: string;
  operationType?: string;
  department?: string;
  role?: string;
  /** `extensions.code` of every error in the response, in order, each once (set when it is sent). */
  codes?: string[];
  /** The GraphQL response's errors, once Apollo has built it. */
  finalErrors?: () => ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined;
  /** Statements per database: a body's code, or `hub`. */
  statements: Record<string, number>;
  /** The request's span when tracing is on. */
  span?: Span;
  tracer?: Tracer;
}

const storage = new AsyncLocalStorage<RequestObservation>();

export function newObservation(
  fields: Pick<RequestObservation, 'requestId' | 'method' | 'path' | 'tracer'>,
): RequestObservation {
  return { ...fields, startedAt: process.hrtime.bigint(), statements: {} };
}

/** Runs `work` (and everything it starts) as part of the observed request. */
export function withObservation<T>(observation: RequestObservation, work: () => T): T {
  return storage.run(observation, work);
}

/**
 * Makes `observation` the current one for the rest of the calling asynchronous context: the
 * HTTP server calls it first thing in each request's handler, which node runs in that
 * request's own context.
 */
export function enterObservation(observation: RequestObservation): void {
  storage.enterWith(observation);
}

/** The request being answered, if any (none in start-up work, the audit writer's own batches, tests). */
export function currentObservation(): RequestObservation | undefined {
  return storage.getStore();
}

/** One more statement to `database` on behalf of the current request. */
export function countStatement(database: string): void {
  const observation = storage.getStore();
  if (observation) observation.statements[database] = (observation.statements[database] ?? 0) + 1;
}

export function elapsedSeconds(observation: RequestObservation): number {
  return Number(process.hrtime.bigint() - observation.startedAt) / 1e9;
}

/**
 * The request id the hub uses, echoes, logs and stores in the audit: the client's
 * `x-request-id` when it is a plain token (8–64 characters of A–Z a–z 0–9 . _ -) that does not
 * hold a resident ID number or a mobile number; otherwise a new UUID, so no personal data
 * travels in an id into logs and the audit log, and the id logged is the id audited.
 */
export function safeRequestId(given: string | string[] | undefined): string {
  if (typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) && !looksPersonal(given)) return given;
  return randomUUID();
}

/**
 * The logs' own test for personal data (src/common/logger.ts): a resident ID number or a
 * mainland mobile number anywhere in a run of 11+ digits (8613812345678 and 13-digit
 * millisecond timestamps included, which the logs would mask), keyed hashes aside.
 */
function looksPersonal(text: string): boolean {
  return scrubText(text) !== text;
}
