import { describe, expect, it } from "vitest";
import {
  applicationTone,
  canDecideNow,
  canTakeIntoReview,
  currentApplicationFor,
  isEditableByApplicant,
} from "./application-status.ts";

describe("application status rules", () => {
  it.each([
    { status: "draft", editable: true, review: false, decide: false, tone: "neutral" },
    { status: "submitted", editable: false, review: true, decide: true, tone: "info" },
    { status: "in_review", editable: false, review: false, decide: true, tone: "info" },
    { status: "changes_requested", editable: true, review: false, decide: false, tone: "warning" },
    { status: "accepted", editable: false, review: false, decide: false, tone: "success" },
    { status: "rejected", editable: false, review: false, decide: false, tone: "danger" },
  ] as const)("$status: applicant edits $editable, review $review, decide $decide", (row) => {
    expect(isEditableByApplicant(row.status)).toBe(row.editable);
    expect(canTakeIntoReview(row.status)).toBe(row.review);
    expect(canDecideNow(row.status)).toBe(row.decide);
    expect(applicationTone(row.status)).toBe(row.tone);
  });
});

describe("currentApplicationFor", () => {
  const items = [
    { id: "old", hub: { id: "h1" }, status: "rejected" as const, updatedAt: "2025-01-01T00:00:00Z" },
    { id: "other", hub: { id: "h2" }, status: "draft" as const, updatedAt: "2025-03-01T00:00:00Z" },
    { id: "newer", hub: { id: "h1" }, status: "rejected" as const, updatedAt: "2025-02-01T00:00:00Z" },
  ];

  it("prefers the hub's open application, else its latest decided one", () => {
    expect(currentApplicationFor(items, "h1")?.id).toBe("newer");
    const withOpen = [
      ...items,
      { id: "open", hub: { id: "h1" }, status: "submitted" as const, updatedAt: "2024-12-01" },
    ];
    expect(currentApplicationFor(withOpen, "h1")?.id).toBe("open");
    expect(currentApplicationFor(items, "h3")).toBeUndefined();
  });
});
