import { z } from "zod";

/** Error ids the SPA and CLI switch on; messages are for people and may change. */
export const ErrorCode = z.enum([
  "validation_failed",
  "not_found",
  "conflict",
  "unauthorized",
  "forbidden",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** One problem with the request: `path` names the parameter or field (`pageSize`, `body.name`, `rows[3].year`). */
export const ErrorDetail = z.object({ path: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The one error shape of every endpoint. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    details: z.array(ErrorDetail),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
