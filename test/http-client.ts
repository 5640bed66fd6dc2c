import type { FastifyInstance } from "fastify";

/** What a test request returns. */
export type TestResponse = { status: number; body: any; text: string; headers: Record<string, unknown> };

/**
 * Calls the app the way the web app does: with the session cookie, and with an Origin header of the platform's
 * own host on writes (the CSRF check refuses writes without it).
 */
export function client(app: FastifyInstance, cookie?: string) {
  const call = async (
    method: string,
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse> => {
    const res = await app.inject({
      method: method as "GET",
      url,
      payload: payload === undefined ? undefined : (payload as object),
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method === "GET" ? {} : { origin: "http://localhost:80" }),
        ...headers,
      },
    });
    const json = String(res.headers["content-type"] ?? "").includes("json");
    return {
      status: res.statusCode,
      body: json && res.body ? res.json() : undefined,
      text: res.body,
      headers: res.headers,
    };
  };
  return {
    cookie,
    get: (url: string, headers?: Record<string, string>) => call("GET", url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => call("POST", url, body ?? {}, headers),
    patch: (url: string, body: unknown, headers?: Record<string, string>) => call("PATCH", url, body, headers),
    put: (url: string, body: unknown, headers?: Record<string, string>) => call("PUT", url, body, headers),
  };
}

/** The `cn_session=…` pair from a response's Set-Cookie header. */
export function sessionCookieOf(headers: Record<string, unknown>): string {
  const raw = headers["set-cookie"];
  const list = Array.isArray(raw) ? raw : [String(raw)];
  const c = list.find((s) => s.startsWith("cn_session="));
  if (!c) throw new Error("no session cookie in response");
  return c.split(";")[0];
}

/** A multipart/form-data body with text fields and one file, for upload tests. */
export function multipart(
  fields: Record<string, string>,
  file: { field: string; filename: string; type: string; data: Buffer },
) {
  const boundary = `----cn${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    ),
    file.data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
