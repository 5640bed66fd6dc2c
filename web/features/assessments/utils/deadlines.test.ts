import { describe, expect, it } from "vitest";
import { deadlinePassed, deadlineRefusal } from "./deadlines.ts";

describe("deadlines", () => {
  it("keep a deadline date open until 23:59:59 in Hanoi", () => {
    expect(deadlinePassed("2026-12-01", new Date("2026-12-01T16:59:59Z"))).toBe(false);
    expect(deadlinePassed("2026-12-01", new Date("2026-12-01T17:00:00Z"))).toBe(true);
    expect(deadlinePassed(null, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });

  it("recognise a refusal naming a deadline", () => {
    expect(deadlineRefusal([{ path: "selfDeadline", message: "passed" }])).toBe("selfDeadline");
    expect(deadlineRefusal([{ path: "body.values.Events", message: "bad" }])).toBeUndefined();
  });
});
