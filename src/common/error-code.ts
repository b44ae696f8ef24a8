/**
 * The one list of stable error codes a client can rely on (`extensions.code`).
 * Codes are part of the public contract: add, never rename.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  FORBIDDEN_BY_AGREEMENT = 'FORBIDDEN_BY_AGREEMENT',
  NOT_FOUND_OR_NO_ACCESS = 'NOT_FOUND_OR_NO_ACCESS',
  SOURCE_UNAVAILABLE = 'SOURCE_UNAVAILABLE',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The object is not in a state that allows this change; `extensions.allowed` lists what is. */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** Someone else changed the same object at the same time; read it again and retry. */
  CONFLICT = 'CONFLICT',
  /** An Idempotency-Key was used before for a different request (another operation or input). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** The audit log could not be written, so no department data is returned. */
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  /** The hub's own database cannot be reached; retry later (HTTP 503). */
  HUB_UNAVAILABLE = 'HUB_UNAVAILABLE',
  /** graphql-js could not parse or validate the request. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /**
   * The query is refused before it runs: too deep, too many aliases, tokens or directives, or
   * too costly (see src/graphql/query-limits.ts). The message names which; it never gives limits.
   */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The caller or their body used up its fair-use budget of query cost; retry after `Retry-After` seconds. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The request body is larger than the hub accepts (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /**
   * Automatic persisted queries (Apollo's protocol, HTTP 200): in production the hub keeps no
   * query texts by hash (replicas would not share them), so the client sends the query text.
   */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** Development only: the hash is not registered in this process yet; send the text with it. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /**
   * The hub runs only trusted documents (TRUSTED_DOCUMENTS=only, a persisted-operation
   * allow-list) and the request's document is not one of them (HTTP 400).
   */
  TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
