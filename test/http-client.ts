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
