import { describe, expect, it } from "vitest";
import { conflictsByHub, conflictWith } from "./conflicts.ts";

const c = (hubId: string, userId: string, reason: string | null = null) => ({
  hubId,
  userId,
  name: userId,
  reason,
  createdAt: "2026-01-01T00:00:00.000Z",
});

describe("declared conflicts", () => {
  it("finds the conflict of one person with one hub only", () => {
    const items = [c("h1", "u1", "advises"), c("h2", "u2")];
    expect(conflictWith(items, "h1", "u1")?.reason).toBe("advises");
    expect(conflictWith(items, "h2", "u1")).toBeUndefined();
    expect(conflictWith(undefined, "h1", "u1")).toBeUndefined();
  });

  it("groups conflicts by hub in the round's order and leaves out hubs without any", () => {
    const hubs = [{ id: "h2" }, { id: "h1" }, { id: "h3" }];
    const groups = conflictsByHub([c("h1", "u1"), c("h2", "u2"), c("h1", "u3")], hubs);
    expect(groups.map((g) => [g.hub.id, g.conflicts.map((x) => x.userId)])).toEqual([
      ["h2", ["u2"]],
      ["h1", ["u1", "u3"]],
    ]);
  });
});
