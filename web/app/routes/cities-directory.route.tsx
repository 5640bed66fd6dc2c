import { CityDirectory } from "../../features/cities/components/city-directory.tsx";

/** `/cities`: the Creative Cities directory. */
export function CitiesDirectoryRoute() {
  return <CityDirectory />;
}
