import { describe, expect, it } from "vitest";
import { ApiError } from "./api-client.ts";
import { fieldErrors, isConflict, mergeFieldErrors, writeProblem } from "./form-errors.ts";

describe("fieldErrors", () => {
  it("keys the API's body details by the form's field path", () => {
    const error = new ApiError(400, "validation_failed", "Invalid", [
      { path: "body.nameVi", message: "a Vietnamese or English name is required" },
      { path: "body.contacts.0.email", message: "must be an e-mail address" },
      { path: "body.answers.4b69fca1-4888-4b12-88aa-9e72a8780d0f", message: "is required" },
    ]);
    expect(fieldErrors(error)).toEqual({
      nameVi: "a Vietnamese or English name is required",
      "contacts.0.email": "must be an e-mail address",
      "answers.4b69fca1-4888-4b12-88aa-9e72a8780d0f": "is required",
    });
  });

  it("joins several problems of one field", () => {
    const error = new ApiError(400, "validation_failed", "Invalid", [
      { path: "body.lat", message: "must be a number" },
      { path: "body.lat", message: "must be between -90 and 90" },
    ]);
    expect(fieldErrors(error)).toEqual({ lat: "must be a number; must be between -90 and 90" });
  });

  it("leaves out details that name no body field, and anything that is not an ApiError", () => {
    const error = new ApiError(400, "validation_failed", "Invalid", [
      { path: "body", message: "must be JSON" },
      { path: "pageSize", message: "must be 100 or less" },
    ]);
    expect(fieldErrors(error)).toEqual({});
    expect(fieldErrors(new Error("boom"))).toEqual({});
  });
});

describe("isConflict", () => {
  it("recognises a stale-version refusal", () => {
    expect(isConflict(new ApiError(409, "conflict", "changed meanwhile"))).toBe(true);
    expect(isConflict(new ApiError(400, "validation_failed", "bad"))).toBe(false);
    expect(isConflict(new Error("409"))).toBe(false);
  });
});

describe("mergeFieldErrors", () => {
  it("prefers the browser's translated message on the same field", () => {
    expect(mergeFieldErrors({ lat: "phải từ -90 đến 90" }, { lat: "must be between -90 and 90", lon: "x" })).toEqual({
      lat: "phải từ -90 đến 90",
      lon: "x",
    });
  });
});

describe("writeProblem", () => {
  const t = ((key: string) => `t:${key}`) as unknown as Parameters<typeof writeProblem>[1];

  it("names the case the form knows by its status first", () => {
    const error = new ApiError(409, "conflict", "changed meanwhile");
    expect(writeProblem(error, t, { 409: "Someone changed it", 404: "It is gone" })).toBe("Someone changed it");
  });

  it("says the network failed when no answer arrived, and gives the server's message otherwise", () => {
    expect(writeProblem(new ApiError(0, "network_error", "Failed to fetch"), t)).toBe("t:ui.error.network");
    expect(writeProblem(new ApiError(400, "validation_failed", "Invalid"), t, { 409: "x" })).toBe("Invalid");
  });

  it("is undefined when there is no failed API call", () => {
    expect(writeProblem(null, t)).toBeUndefined();
    expect(writeProblem(new Error("boom"), t)).toBeUndefined();
  });
});
