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
  /** The audit log could not be written, so no department data is returned. */
  AUDIT_UNAVAILABLE = 'AUDIT_UNAVAILABLE',
  /** graphql-js could not parse or validate the request. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
