import { useParams } from "react-router";
import { administersNetworkId, useMe } from "../../features/accounts/api/get-me.ts";
import { RoundPage } from "../../features/assessments/components/round-page.tsx";

/** `/rounds/:id`: a round's hubs, assessors and progress; administrators assign and publish. */
export function RoundRoute() {
  const { id = "" } = useParams();
  const me = useMe();
  return <RoundPage id={id} isAdmin={(networkId) => administersNetworkId(me.data, networkId)} />;
}
