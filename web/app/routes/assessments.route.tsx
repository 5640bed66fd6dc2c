import { useParams } from "react-router";
import { administersNetwork, useMe } from "../../features/accounts/api/get-me.ts";
import { AssessmentsHome } from "../../features/assessments/components/assessments-home.tsx";

/** `/networks/:slug/assessments`: a network's criteria frameworks and rounds; administrators open rounds here. */
export function AssessmentsRoute() {
  const { slug = "hanoi" } = useParams();
  const me = useMe();
  return <AssessmentsHome network={slug} me={me.data ?? null} isAdmin={administersNetwork(me.data, slug)} />;
}
