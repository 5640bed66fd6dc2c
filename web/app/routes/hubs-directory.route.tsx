import { HubDirectory } from "../../features/hubs/components/hub-directory.tsx";

/** `/hubs`: the public map and list of a network's member hubs. */
export function HubsDirectoryRoute() {
  return <HubDirectory />;
}
