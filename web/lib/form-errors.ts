import type { useTranslation } from "react-i18next";
import { ApiError } from "./api-client.ts";

/** Problems of a form, keyed by the form's field path (`nameVi`, `contacts.0.email`, `answers.<question id>`). */
export type FieldErrors = Record<string, string>;

const BODY_PREFIX = "body.";

/**
 * The API's per-field problems of a failed write, keyed by the form's own field path: `body.nameVi` → `nameVi`,
 * `body.contacts.0.email` → `contacts.0.email`. Several problems of one field are joined. Details that name no
 * body field (the bare `body`, a query parameter) are left out: the form shows the error's message for those.
 * @example fieldErrors(new ApiError(400, "validation_failed", "Invalid", [{ path: "body.lat", message: "must be between -90 and 90" }]))
 * // { lat: "must be between -90 and 90" }
 */
export function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const result: FieldErrors = {};
  for (const { path, message } of error.details) {
    if (!path.startsWith(BODY_PREFIX)) continue;
    const field = path.slice(BODY_PREFIX.length);
    result[field] = result[field] ? `${result[field]}; ${message}` : message;
  }
  return result;
}

/** Whether a failed write was refused because the record changed since it was loaded (HTTP 409 `conflict`). */
export function isConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === "conflict";
}

/** Merges field problems found in the browser with the server's; the browser's (translated) win on the same field. */
export function mergeFieldErrors(local: FieldErrors, server: FieldErrors): FieldErrors {
  return { ...server, ...local };
}

/**
 * A failed write's message for people: the text `byStatus` gives for the error's HTTP status (a conflict, a record
 * gone, a file too large: the cases a form knows how to explain), the network message when no answer arrived, the
 * server's own message otherwise. Undefined when `error` is not a failed API call.
 * @example writeProblem(removeError, t, { 409: t("hubs.photos.deleteConflict"), 404: t("hubs.photos.deleteGone") })
 */
export function writeProblem(
  error: unknown,
  t: ReturnType<typeof useTranslation>["t"],
  byStatus: Partial<Record<number, string>> = {},
): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const known = byStatus[error.status];
  if (known !== undefined) return known;
  if (error.code === "network_error") return t("ui.error.network");
  return error.message;
}
