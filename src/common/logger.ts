import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Fields that hold personal data wherever they appear in a logged object (one level down,
 * and at the top): replaced by REDACTED. The scrubbing below catches the values themselves
 * in any other place (messages, SQL errors, nested objects).
 */
const PERSONAL_FIELDS = [
  'residentId',
  'residentIds',
  'resident_id',
  'idCardNo',
  'id_card_no',
  'mobile',
  'phone',
  'phoneNo',
  'phone_no',
  'name',
  'address',
  'variables',
  'parameters',
  'params',
  'detail',
];
export const REDACT_PATHS = [
  ...PERSONAL_FIELDS,
  ...PERSONAL_FIELDS.map((field) => `*.${field}`),
  'authorization',
  'headers.authorization',
  'headers.cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
];
export const REDACTED = '[REDACTED]';

/**
 * A digit run that is, or contains, a resident ID number (18 characters, the last may be X)
 * or a mainland mobile number (1[3-9] and 9 more digits), e.g. 8613812345678. Runs inside a
 * longer hex string with letters (keyed hashes, chain hashes) are left alone.
 */
const DIGIT_RUN = /\d[\dXx]{10,}/g;
const RESIDENT_ID = /\d{17}[\dXx]/;
const MOBILE = /1[3-9]\d{9}/;
const HEX = /[0-9a-fA-F]/;

/** The text with every resident ID and mobile number in it masked. */
export function scrubText(text: string): string {
  if (!/\d{11}/.test(text)) return text;
  return text.replace(DIGIT_RUN, (run: string, offset: number) => {
    if (!RESIDENT_ID.test(run) && !MOBILE.test(run)) return run;
    if (!/[Xx]/.test(run)) {
      // Inside a hex string with letters (a keyed hash, a chain hash) it is no number at all.
      let start = offset;
      let end = offset + run.length;
      while (start > 0 && HEX.test(text[start - 1])) start--;
      while (end < text.length && HEX.test(text[end])) end++;
      if (end - start >= 32 && /[a-fA-F]/.test(text.slice(start, end))) return run;
    }
    return '*'.repeat(run.length);
  });
}

/** pg error fields that carry row values (`Key (id_card_no)=(…)`, `Failing row contains (…)`). */
const ERROR_FIELDS_WITH_VALUES = new Set([
  'detail',
  'where',
  'parameters',
  'params',
  'values',
  'variables',
  'internalQuery',
  'source',
  'nodes',
]);
const MAX_DEPTH = 8;

/**
 * Errors as JSON without the values a statement carried: TypeORM's `parameters`, pg's
 * `detail`/`where`, GraphQL's query source; messages and stacks scrubbed; causes and
 * driver errors treated the same way.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return scrub(error, depth);
  const out: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message: scrubText(error.message),
  };
  if (error.stack) out.stack = scrubText(error.stack);
  if (depth >= MAX_DEPTH) return out;
  for (const [key, value] of Object.entries(error)) {
    if (key === 'message' || key === 'stack' || ERROR_FIELDS_WITH_VALUES.has(key) || PERSONAL_FIELDS.includes(key))
      continue;
    out[key] = value instanceof Error ? serializeError(value, depth + 1) : scrub(value, depth + 1);
  }
  const cause = (error as { cause?: unknown }).cause;
  if (cause !== undefined && !('cause' in out)) out.cause = serializeError(cause, depth + 1);
  if (error instanceof AggregateError) out.errors = error.errors.map((e) => serializeError(e, depth + 1));
  return out;
}

/** A copy with personal fields redacted, errors serialized and every string and long number scrubbed. */
function scrub(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const text = String(value);
    return scrubText(text) === text ? value : REDACTED;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return serializeError(value, depth);
  if (value instanceof Date || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Object]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = PERSONAL_FIELDS.includes(key) && item != null ? REDACTED : scrub(item, depth + 1, seen);
  }
  return out;
}

/**
 * JSON logs (stdout unless a destination is given); details of failures go here (with the
 * request id), never to clients. They never carry a resident ID number, a mobile number or a
 * bearer token: personal fields are redacted by name, errors lose the values of their
 * statements, and every string is scrubbed of ID and mobile numbers. Times are ISO 8601.
 */
export function createLogger(level = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'mediation-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      err: serializeError,
      error: serializeError,
      msg: (msg: unknown) => (typeof msg === 'string' ? scrubText(msg) : msg),
    },
    formatters: {
      log: (object) => scrub(object) as Record<string, unknown>,
      bindings: (bindings) => scrub(bindings) as pino.Bindings,
    },
    // Last line of defence, for what no formatter sees (a child logger's bindings): a line with
    // a long digit run is parsed, scrubbed and written again.
    hooks: { streamWrite: scrubLine },
  };
  return destination ? pino(options, destination) : pino(options);
}

function scrubLine(line: string): string {
  if (!/\d{11}/.test(line)) return line;
  try {
    return `${JSON.stringify(scrub(JSON.parse(line)))}\n`;
  } catch {
    return scrubText(line);
  }
}
