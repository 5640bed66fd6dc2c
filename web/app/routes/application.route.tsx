import { useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router";
import { NOTIFICATIONS_QUERY_KEY } from "../../features/accounts/api/get-notifications.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { hubKeys } from "../../features/hubs/api/get-hub.ts";
import { ApplicationForm } from "../../features/membership/components/application-form.tsx";

/** `/applications/:id`: an application as its applicant sees and edits it. */
export function ApplicationRoute() {
  const { id = "" } = useParams();
  const queryClient = useQueryClient();
  return (
    <RequireSession>
      {() => (
        <ApplicationForm
          key={id}
          id={id}
          onChanged={() => {
            void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_QUERY_KEY });
            void queryClient.invalidateQueries({ queryKey: hubKeys.all });
          }}
        />
      )}
    </RequireSession>
  );
}
