import { isReviewer } from "../../features/accounts/api/get-me.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { ReviewQueue } from "../../features/membership/components/review-queue.tsx";
import { ReviewersOnly } from "../reviewers-only.tsx";

/** `/review?status=…&page=…`: the queue of applications for the networks the person administers. */
export function ReviewQueueRoute() {
  return <RequireSession>{(me) => (isReviewer(me) ? <ReviewQueue /> : <ReviewersOnly />)}</RequireSession>;
}
