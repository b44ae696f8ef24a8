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
  /** graphql-js could not parse or validate the request. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
