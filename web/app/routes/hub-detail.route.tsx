import { useParams } from "react-router";
import { HubDetail } from "../../features/hubs/components/hub-detail.tsx";

/** `/hubs/:slug`: a hub's public page. */
export function HubDetailRoute() {
  const { slug = "" } = useParams();
  // Keyed by slug so that moving to another hub starts from a fresh page (scroll, map, focus).
  return <HubDetail key={slug} slug={slug} />;
}
