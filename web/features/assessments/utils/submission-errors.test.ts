import { describe, expect, it } from "vitest";
import { submissionErrors } from "./submission-errors.ts";

describe("submissionErrors", () => {
  it("keys the server's messages by indicator code, first message first", () => {
    const out = submissionErrors([
      { path: "body.values.Events.value", message: '"Events" must be between 0 and 500 (got 900)' },
      { path: "body.values.Access", message: '"Access" is supplied by assessor, not self' },
      { path: "body.values.Events.links.0", message: "must be a URL" },
      { path: "body.version", message: "is 1, current is 2" },
    ]);
    expect(out.get("Events")).toBe('"Events" must be between 0 and 500 (got 900)');
    expect(out.get("Access")).toBe('"Access" is supplied by assessor, not self');
    expect(out.size).toBe(2);
  });
});
