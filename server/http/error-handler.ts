import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import type { ErrorBody, ErrorDetail } from "../../contract/api/errors.schema.ts";
import { AppError, InternalError } from "./errors.ts";

/** Which part of the request a schema error is about, spelt the way callers send it. */
function pathOf(context: string | undefined, instancePath: string): string {
  const inner = instancePath.replace(/^\//, "").split("/").filter(Boolean);
  // Query and path parameters are named bare (`pageSize`), body fields with their place (`body.name`).
  if (context === "querystring" || context === "params") return inner.join(".") || context;
  return [context ?? "body", ...inner].join(".");
}

/** Turns any thrown error into the one error shape; unknown errors are logged and become a bare 500. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody; reportable: boolean } {
  if (err instanceof AppError) {
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message, details: err.details } },
      reportable: false,
    };
  }
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const details: ErrorDetail[] = fe.validation.map((v) => ({
      path: pathOf(fe.validationContext, v.instancePath),
      message: v.message ?? "is not valid",
    }));
    const names = [...new Set(details.map((d) => d.path))].join(", ");
    return {
      status: 400,
      body: { error: { code: "validation_failed", message: `Invalid ${names}`, details } },
      reportable: false,
    };
  }
  if (fe && typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.statusCode === 404
        ? "not_found"
        : fe.statusCode === 413
          ? "payload_too_large"
          : fe.statusCode === 415
            ? "unsupported_media_type"
            : fe.statusCode === 429
              ? "rate_limited"
              : "validation_failed";
    const path = fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" ? "content-type" : "body";
    return {
      status: fe.statusCode,
      body: {
        error: {
          code,
          message: fe.message,
          details: code === "validation_failed" ? [{ path, message: fe.message }] : [],
        },
      },
      reportable: false,
    };
  }
  const internal = InternalError();
  return {
    status: 500,
    body: { error: { code: internal.code, message: internal.message, details: [] } },
    reportable: true,
  };
}

/** Installs the error and not-found handlers: one shape everywhere, no internals in a 500. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err, req, reply) => {
    const { status, body, reportable } = toErrorBody(err);
    if (reportable) req.log.error({ err }, "unhandled error");
    else req.log.info({ code: body.error.code, status }, "request refused");
    return reply.code(status).send(body);
  });
}
