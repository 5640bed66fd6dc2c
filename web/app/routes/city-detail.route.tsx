import { useParams } from "react-router";
import { CityDetail } from "../../features/cities/components/city-detail.tsx";

/** `/cities/:slug`: one city's page. */
export function CityDetailRoute() {
  const { slug = "" } = useParams();
  // Keyed by slug so that moving to a nearby city starts from a fresh page (scroll, map, focus).
  return <CityDetail key={slug} slug={slug} />;
}
