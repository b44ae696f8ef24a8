import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import type { Logger } from '../common/logger';

/** Codes graphql-js and Apollo Server give to malformed requests; their messages are safe to show. */
const PASS_THROUGH_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/**
 * The one place errors become client responses. A HubError shows its code, message and
 * extensions; a malformed request keeps graphql-js's message; anything else (SQL, host
 * names, stack traces) is logged and answered with a bare INTERNAL_SERVER_ERROR.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof HubError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions, code: original.code },
      };
    }
    if (original instanceof ArgumentValidationError) {
      const problems = flattenValidationErrors(original.extensions.validationErrors);
      return {
        message: `Invalid input: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, problems },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
      return {
        // Apollo prefixes errors thrown while building the context (token checks); the reason is enough.
        message: formatted.message.replace(/^Context creation failed: /, ''),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: code === 'BAD_REQUEST' ? ErrorCode.BAD_USER_INPUT : code },
      };
    }
    if (isConnectionFailure(original)) {
      log.error({ err: original, path: formatted.path }, 'hub database unreachable');
      return {
        message: 'The hub is unavailable right now; try again shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.HUB_UNAVAILABLE },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while answering a request');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** class-validator's nested errors as flat `field path → problem` pairs (parties.0.residentId). */
function flattenValidationErrors(errors: ValidationError[], prefix = ''): Array<{ field: string; problem: string }> {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({
      field,
      problem: problem.replace(new RegExp(`^${error.property} `), ''),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/**
 * Postgres and socket codes meaning "could not talk to the database (in time)", not "the
 * statement was wrong": refused or broken connections, a server shutting down, too many
 * connections, a refused login (28000, 28P01) or a missing database (3D000), and the hub's
 * own bounds on waiting (statement_timeout cancels with 57014, lock_timeout with 55P03).
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
  '28000',
  '28P01',
  '3D000',
  '57014',
  '55P03',
]);
const CONNECTION_MESSAGES =
  /Connection terminated|not currently accepting connections|the database system is (starting up|shutting down)|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly|Query read timeout|connection timeout/;

/**
 * Department reads are already answered as SOURCE_UNAVAILABLE by their loaders, so a
 * connection failure that reaches the edge is the hub's own database.
 */
export function isConnectionFailure(error: unknown): boolean {
  const candidate = error as {
    code?: unknown;
    driverError?: { code?: unknown; message?: unknown };
    message?: unknown;
  } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  const codes = [candidate.code, candidate.driverError?.code].filter((c): c is string => typeof c === 'string');
  const messages = [candidate.message, candidate.driverError?.message].filter(
    (m): m is string => typeof m === 'string',
  );
  return codes.some((c) => CONNECTION_CODES.has(c)) || messages.some((m) => CONNECTION_MESSAGES.test(m));
}

/**
 * HUB_UNAVAILABLE is answered with HTTP 503 (so load balancers and clients retry) when the
 * response holds no data: a null `data`, or only null top-level fields. A response with other
 * fields answered keeps 200, as partial results do.
 */
export function hubUnavailableStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          if (holdsNoDataForHubUnavailable(response.body.singleResult)) response.http.status = 503;
        },
      };
    },
  };
}

/** Whether an answer is HUB_UNAVAILABLE with no data (null, or only null top-level fields): HTTP 503. */
export function holdsNoDataForHubUnavailable(result: {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
}): boolean {
  const { data, errors } = result;
  if (!errors?.some((e) => e.extensions?.code === ErrorCode.HUB_UNAVAILABLE)) return false;
  return data == null || Object.values(data).every((value) => value === null);
}
