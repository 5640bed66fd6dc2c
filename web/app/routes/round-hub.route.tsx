import { useParams } from "react-router";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { RoundHubPage } from "../../features/assessments/components/round-hub-page.tsx";

/** `/rounds/:id/hubs/:hubId`: the self-assessment and scoring forms, and the hub's submissions. */
export function RoundHubRoute() {
  const { id = "", hubId = "" } = useParams();
  return <RequireSession>{(me) => <RoundHubPage roundId={id} hubId={hubId} me={me} />}</RequireSession>;
}
