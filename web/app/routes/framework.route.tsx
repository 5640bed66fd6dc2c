import { useParams } from "react-router";
import { administersNetworkId, useMe } from "../../features/accounts/api/get-me.ts";
import { FrameworkPage } from "../../features/assessments/components/framework-page.tsx";

/** `/frameworks/:id`: a framework version's tree; its editor for the network's administrators. */
export function FrameworkRoute() {
  const { id = "" } = useParams();
  const me = useMe();
  return <FrameworkPage id={id} canEdit={(networkId) => administersNetworkId(me.data, networkId)} />;
}
