import type { ErrorCode, ErrorDetail } from "../../contract/api/errors.schema.ts";

/**
 * Codes the SPA can meet: the API's own error ids, plus two for failures that never produced an API error body
 * (the request did not reach the server, or the server answered with something that is not our JSON).
 */
export type ApiErrorCode = ErrorCode | "network_error" | "invalid_response";

/** A failed API call, carrying the server's error id, its message for people and the per-parameter details. */
export class ApiError extends Error {
  override readonly name = "ApiError";

  /**
   * @param status HTTP status, or 0 when no response arrived.
   * @param code the API's error id (`not_found`, `validation_failed`, …) or a client-side one.
   * @param message the API's message, shown to people as is.
   * @param details per-parameter problems, e.g. `{ path: "yearTo", message: "must not be before yearFrom" }`.
   */
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

/** Query-string values; `undefined`, `null` and empty strings are left out, so defaults stay out of URLs. */
export type QueryParams = Record<string, string | number | undefined | null>;

/**
 * Builds `/api/<path>?<params>` with parameters in the given order and empty ones dropped.
 * @example apiUrl("/cities", { q: "ha noi", page: 2, field: undefined }) // "/api/cities?q=ha+noi&page=2"
 */
export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    search.set(key, String(value));
  }
  const query = search.toString();
  return `/api${path}${query ? `?${query}` : ""}`;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: ErrorCode; message: string; details?: ErrorDetail[] } } {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

/**
 * Turns a non-2xx response into an ApiError, reading the API's `{ error: { code, message, details } }` body.
 * A proxy or a crashed server may answer with HTML or nothing; that becomes `invalid_response` with the status.
 */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) {
    const details = Array.isArray(body.error.details) ? body.error.details : [];
    return new ApiError(response.status, body.error.code, body.error.message, details);
  }
  return new ApiError(
    response.status,
    "invalid_response",
    `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
  );
}

/**
 * GETs JSON from the API. Throws an ApiError on a non-2xx answer or when the server cannot be reached.
 * @param path path under `/api`, e.g. `/cities/hanoi`.
 * @param params query parameters; empty ones are dropped.
 * @param signal aborts the request (React Query passes one, so abandoned queries do not keep the connection busy).
 */
export async function apiGet<T>(path: string, params?: QueryParams, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    // same-origin: the session cookie goes with every call to our own API and never anywhere else.
    response = await fetch(apiUrl(path, params), {
      headers: { accept: "application/json" },
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, "invalid_response", `HTTP ${response.status}: the body is not JSON`);
  }
}

/** HTTP methods that change something; each is checked by the server's same-origin (CSRF) rule. */
export type ApiWriteMethod = "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Sends a write to the API and returns its JSON answer (`undefined` for 204 No Content). The browser adds the
 * `Origin` header to these requests by itself, which is what the server's CSRF check reads; the session cookie
 * goes along because the request is same-origin.
 * @param body serialised as JSON; leave it out for bodiless actions (`POST /auth/logout`), since Fastify refuses
 * an empty body declared as JSON.
 * @throws ApiError on a non-2xx answer (with the API's code and field details) or when the server cannot be reached.
 * @example await apiSend<MeView>("POST", "/auth/login", { email, password })
 */
export async function apiSend<T>(method: ApiWriteMethod, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method,
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch (error) {
    throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, "invalid_response", `HTTP ${response.status}: the body is not JSON`);
  }
}

/**
 * Uploads a file as `multipart/form-data` (the browser writes the boundary) and returns the API's JSON answer.
 * The server checks the file by its content, so the name and declared type are only hints.
 * @param form the fields and the file, e.g. `photo` and `caption`.
 * @throws ApiError: 413 `payload_too_large`, 415 `unsupported_media_type`, or any other refusal.
 */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), {
      method: "POST",
      headers: { accept: "application/json" },
      body: form,
      credentials: "same-origin",
    });
  } catch (error) {
    throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await toApiError(response);
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(response.status, "invalid_response", `HTTP ${response.status}: the body is not JSON`);
  }
}
