import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { ME_QUERY_KEY } from "../../features/accounts/api/get-me.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { HubCreator } from "../../features/hubs/components/hub-creator.tsx";
import { paths } from "../../lib/paths.ts";

/** `/me/hubs/new`: registering a hub; its creator manages it and goes on to its page to apply. */
export function HubCreateRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <RequireSession>
      {() => (
        <HubCreator
          onCreated={async (hub) => {
            // The account now manages one more hub.
            await queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
            navigate(paths.myHubs.manage(hub.id));
          }}
        />
      )}
    </RequireSession>
  );
}
