import { describe, expect, it } from "vitest";
import { parseReviewFilters, serializeReviewFilters } from "./review-filters.ts";

describe("review filters", () => {
  it("reads and writes the queue's URL", () => {
    expect(parseReviewFilters(new URLSearchParams("status=in_review&page=3"))).toEqual({
      status: "in_review",
      page: 3,
    });
    expect(serializeReviewFilters({ status: "submitted", page: 1 })).toBe("status=submitted");
    expect(serializeReviewFilters({ page: 2 })).toBe("page=2");
  });

  it("drops drafts and unknown states, which the queue never shows", () => {
    expect(parseReviewFilters(new URLSearchParams("status=draft&page=0"))).toEqual({ page: 1 });
    expect(parseReviewFilters(new URLSearchParams("status=approved"))).toEqual({ page: 1 });
  });
});
