import { useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { isReviewer } from "../../features/accounts/api/get-me.ts";
import { NOTIFICATIONS_QUERY_KEY } from "../../features/accounts/api/get-notifications.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { hubKeys } from "../../features/hubs/api/get-hub.ts";
import { ReviewDecision } from "../../features/membership/components/review-decision.tsx";
import { ReviewersOnly } from "../reviewers-only.tsx";

/** `/review/:id`: a reviewer's decision screen. */
export function ReviewDecisionRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  return (
    <RequireSession>
      {(me) =>
        isReviewer(me) ? (
          <ReviewDecision
            key={id}
            id={id}
            onChanged={() => {
              // An accepted hub joins the public list and map; a decision also sends notifications.
              void queryClient.invalidateQueries({ queryKey: hubKeys.all });
              void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
            }}
          />
        ) : (
          <ReviewersOnly />
        )
      }
    </RequireSession>
  );
}
