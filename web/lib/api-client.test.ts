import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiSend, apiUrl, toApiError } from "./api-client.ts";
import { shouldRetry } from "./query-client.ts";

describe("apiUrl", () => {
  it("drops empty parameters and keeps the given order", () => {
    expect(apiUrl("/cities", { q: "ha noi", field: undefined, country: "", page: 2, region: null })).toBe(
      "/api/cities?q=ha+noi&page=2",
    );
  });

  it("has no question mark without parameters", () => {
    expect(apiUrl("/fields")).toBe("/api/fields");
  });
});

describe("toApiError", () => {
  it("carries the API's code, message and details", async () => {
    const body = {
      error: {
        code: "validation_failed",
        message: "The query is not valid",
        details: [{ path: "yearTo", message: "must not be before yearFrom" }],
      },
    };
    const error = await toApiError(new Response(JSON.stringify(body), { status: 400 }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "validation_failed", message: "The query is not valid" });
    expect(error.details).toEqual([{ path: "yearTo", message: "must not be before yearFrom" }]);
  });

  it("reports a body that is not the API's error shape, with the status", async () => {
    const error = await toApiError(
      new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    );
    expect(error).toMatchObject({
      status: 502,
      code: "invalid_response",
      message: "HTTP 502 Bad Gateway",
      details: [],
    });
  });
});

describe("shouldRetry", () => {
  it.each([
    { error: new ApiError(404, "not_found", "No member city"), failures: 0, expected: false },
    { error: new ApiError(400, "validation_failed", "Bad"), failures: 0, expected: false },
    { error: new ApiError(503, "internal", "Restarting"), failures: 0, expected: true },
    { error: new ApiError(503, "internal", "Restarting"), failures: 1, expected: false },
    { error: new ApiError(0, "network_error", "Failed to fetch"), failures: 0, expected: true },
  ])("retries $error.code ($error.status) after $failures failures: $expected", ({ error, failures, expected }) => {
    expect(shouldRetry(failures, error)).toBe(expected);
  });
});

describe("apiSend", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function stubFetch(response: Response) {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    });
    return calls;
  }

  it("sends JSON with the session cookie of this site only", async () => {
    const calls = stubFetch(new Response(JSON.stringify({ id: "h1" }), { status: 201 }));
    expect(await apiSend("POST", "/hubs", { network: "hanoi", nameVi: "Xưởng gốm" })).toEqual({ id: "h1" });
    expect(calls[0].url).toBe("/api/hubs");
    expect(calls[0].init).toMatchObject({
      method: "POST",
      credentials: "same-origin",
      body: JSON.stringify({ network: "hanoi", nameVi: "Xưởng gốm" }),
      headers: { "content-type": "application/json" },
    });
  });

  it("sends a bodiless action without a JSON content type, and reads 204 as nothing", async () => {
    const calls = stubFetch(new Response(null, { status: 204 }));
    expect(await apiSend("POST", "/auth/logout")).toBeUndefined();
    expect(calls[0].init.body).toBeUndefined();
    expect(calls[0].init.headers).toEqual({ accept: "application/json" });
  });

  it("throws the API's conflict with its details", async () => {
    const body = {
      error: { code: "conflict", message: "changed", details: [{ path: "body.version", message: "is 1" }] },
    };
    stubFetch(new Response(JSON.stringify(body), { status: 409 }));
    await expect(apiSend("PATCH", "/hubs/h1", { version: 1 })).rejects.toMatchObject({
      status: 409,
      code: "conflict",
      details: [{ path: "body.version", message: "is 1" }],
    });
  });

  it("reports an unreachable server as a network error", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(apiSend("POST", "/auth/login", {})).rejects.toMatchObject({ status: 0, code: "network_error" });
  });
});
