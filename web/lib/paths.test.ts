import { describe, expect, it } from "vitest";
import { paths, safeNextPath } from "./paths.ts";

describe("paths", () => {
  it("adds a query string with or without its question mark", () => {
    expect(paths.hubs.directory("q=gom")).toBe("/hubs?q=gom");
    expect(paths.hubs.directory("?q=gom")).toBe("/hubs?q=gom");
    expect(paths.hubs.directory()).toBe("/hubs");
    expect(paths.membership.queue("status=submitted")).toBe("/review?status=submitted");
  });

  it("encodes the place to return to after signing in", () => {
    expect(paths.accounts.login("/applications/1?x=2")).toBe("/login?next=%2Fapplications%2F1%3Fx%3D2");
    expect(paths.accounts.login()).toBe("/login");
  });
});

describe("safeNextPath", () => {
  it.each([
    { next: "/applications/42", expected: "/applications/42" },
    { next: "/hubs?q=gom", expected: "/hubs?q=gom" },
    { next: "//evil.example/", expected: "/me" },
    { next: "/\\evil.example", expected: "/me" },
    { next: "https://evil.example/", expected: "/me" },
    { next: "javascript:alert(1)", expected: "/me" },
    { next: "", expected: "/me" },
    { next: null, expected: "/me" },
  ])("turns $next into $expected", ({ next, expected }) => {
    expect(safeNextPath(next, "/me")).toBe(expected);
  });
});
