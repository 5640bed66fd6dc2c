import { describe, expect, it } from "vitest";
import { ApiError, apiUrl, toApiError } from "./api-client.ts";
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
