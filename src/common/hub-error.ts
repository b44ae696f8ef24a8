import { ErrorCode } from './error-code';

/**
 * An error meant for the client: its message and extensions are safe to show.
 * Anything else thrown inside the hub is logged and answered as INTERNAL_SERVER_ERROR.
 */
export class HubError extends Error {
  readonly code: ErrorCode;
  readonly extensions: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    // An answer, not a fault: its stack is never shown or logged, and capturing and formatting
    // one for every denied field of every record would cost more than reading the record.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    this.name = 'HubError';
    this.code = code;
    this.extensions = extensions;
  }

  static badInput(reason: string, extensions: Record<string, unknown> = {}): HubError {
    return new HubError(ErrorCode.BAD_USER_INPUT, reason, extensions);
  }

  /** One answer for "does not exist" and "you may not see it", so ids cannot be probed. */
  static notFoundOrNoAccess(what: string): HubError {
    return new HubError(ErrorCode.NOT_FOUND_OR_NO_ACCESS, `${what} not found or not accessible`);
  }

  static unauthenticated(reason: string): HubError {
    return new HubError(ErrorCode.UNAUTHENTICATED, reason);
  }

  static forbiddenByAgreement(department: string, reason: string): HubError {
    return new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, reason, { department });
  }

  static sourceUnavailable(department: string): HubError {
    return new HubError(ErrorCode.SOURCE_UNAVAILABLE, `The records of ${department} are unavailable right now`, {
      department,
    });
  }
}
