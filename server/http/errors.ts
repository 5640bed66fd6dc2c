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
