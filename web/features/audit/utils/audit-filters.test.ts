import { describe, expect, it } from "vitest";
import { auditChanges, parseAuditFilters, rangeIsReversed, serializeAuditFilters } from "./audit-filters.ts";

describe("audit filters in the URL", () => {
  it("reads the filters and drops malformed dates and pages", () => {
    expect(
      parseAuditFilters(
        new URLSearchParams("tab=audit&entityType=hub&actorEmail= lan@example.vn &from=2026-11-01&to=11/30&page=x"),
      ),
    ).toEqual({ entityType: "hub", actorEmail: "lan@example.vn", from: "2026-11-01", page: 1 });
    expect(parseAuditFilters(new URLSearchParams("page=3&from=2026-02-30x"))).toEqual({ page: 3 });
  });

  it("writes them after the fixed parameters, leaving page 1 out, and reads back what it wrote", () => {
    const filters = { action: "network.role.", to: "2026-11-23", page: 2 };
    const search = serializeAuditFilters(filters, { tab: "audit" });
    expect(search).toBe("tab=audit&action=network.role.&to=2026-11-23&page=2");
    expect(parseAuditFilters(new URLSearchParams(search))).toEqual(filters);
    expect(serializeAuditFilters({ page: 1 })).toBe("");
  });

  it("notices a range that ends before it starts", () => {
    expect(rangeIsReversed({ from: "2026-11-02", to: "2026-11-01" })).toBe(true);
    expect(rangeIsReversed({ from: "2026-11-01", to: "2026-11-01" })).toBe(false);
    expect(rangeIsReversed({ to: "2026-11-01" })).toBe(false);
  });
});

describe("auditChanges", () => {
  it("pairs each changed field's before and after values", () => {
    expect(auditChanges({ roles: [], email: "a@b.vn" }, { roles: ["assessor"], email: "a@b.vn" }, ["roles"])).toEqual([
      { field: "roles", before: "[]", after: '[\n  "assessor"\n]' },
    ]);
  });

  it("shows a side that did not exist (a creation or a deletion) as undefined", () => {
    expect(auditChanges(null, { slug: "makerspace" }, ["slug"])).toEqual([
      { field: "slug", before: undefined, after: '"makerspace"' },
    ]);
  });
});
