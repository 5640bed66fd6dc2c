import type { ApplicationStatus } from "../../../../contract/api/membership.schema.ts";
import { REVIEW_STATUSES } from "./application-status.ts";

/** What the reviewer queue's URL says. */
export interface ReviewFilters {
  /** Only applications in this state; all (but drafts) when absent. */
  status?: ApplicationStatus;
  page: number;
}

/** Applications per page of the queue (the API allows up to 100). */
export const REVIEW_PAGE_SIZE = 20;

/**
 * Reads the queue's filters from its URL; unknown values are dropped.
 * @example parseReviewFilters(new URLSearchParams("status=submitted&page=2")) // { status: "submitted", page: 2 }
 */
export function parseReviewFilters(params: URLSearchParams): ReviewFilters {
  const filters: ReviewFilters = { page: 1 };
  const status = params.get("status");
  if (status && (REVIEW_STATUSES as readonly string[]).includes(status)) filters.status = status as ApplicationStatus;
  const page = params.get("page");
  if (page && /^\d+$/.test(page) && Number(page) >= 1) filters.page = Math.min(Number(page), 100_000);
  return filters;
}

/**
 * Writes the queue's filters as a query string, without page 1; a new status starts at page 1.
 * @example serializeReviewFilters({ status: "in_review", page: 1 }) // "status=in_review"
 */
export function serializeReviewFilters(filters: ReviewFilters): string {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.page > 1) params.set("page", String(filters.page));
  return params.toString();
}
