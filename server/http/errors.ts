import type { ErrorCode, ErrorDetail } from "../../contract/api/errors.schema.ts";

/** An error the platform means to show: HTTP status, stable code, message for people, details naming fields. */
export class AppError extends Error {
  override name = "AppError";
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** 400: the request is malformed; `details` name each bad parameter or field. */
export const ValidationError = (details: ErrorDetail[], message = "The request is not valid") =>
  new AppError(400, "validation_failed", message, details);

/** 404: the same answer for "missing" and "not yours", so ids reveal nothing. */
export const NotFoundError = (message = "No such record, or not visible to you") =>
  new AppError(404, "not_found", message);

/** 409: a conflicting write (stale version, duplicate key). */
export const ConflictError = (message: string, details: ErrorDetail[] = []) =>
  new AppError(409, "conflict", message, details);

/** 500: never carries internals; the cause is logged, not sent. */
export const InternalError = () => new AppError(500, "internal", "Unexpected error. It has been logged.");

/** 401: the request needs a signed-in person. */
export const UnauthorizedError = (message = "Sign in first") => new AppError(401, "unauthorized", message);

/** 403: signed in, but not allowed; also a cross-site request refused. */
export const ForbiddenError = (message = "You are not allowed to do this") => new AppError(403, "forbidden", message);

/** 429: too many attempts. */
export const RateLimitedError = (message: string) => new AppError(429, "rate_limited", message);

/** 413: a file or body larger than allowed. */
export const PayloadTooLargeError = (message: string, path: string) =>
  new AppError(413, "payload_too_large", message, [{ path, message }]);

/** 415: a file of a type that is not accepted. */
export const UnsupportedMediaTypeError = (message: string, path: string) =>
  new AppError(415, "unsupported_media_type", message, [{ path, message }]);
