import { useTranslation } from "react-i18next";
import { SearchBox } from "../../../ui/search-box.tsx";

/** Props of CitySearchForm. */
export interface CitySearchFormProps {
  /** The query in the URL. */
  query: string | undefined;
  /** Applies a new query; `undefined` clears it. */
  onSearch: (query: string | undefined) => void;
}

/** The directory's search box (searches on submit, see SearchBox). */
export function CitySearchForm({ query, onSearch }: CitySearchFormProps) {
  const { t } = useTranslation();
  return (
    <SearchBox
      query={query}
      onSearch={onSearch}
      className="city-search"
      block="city-search"
      ids={{ input: "city-search-input", hint: "city-search-hint" }}
      texts={{
        label: t("cities.search.label"),
        placeholder: t("cities.search.placeholder"),
        submit: t("cities.search.submit"),
        hint: t("cities.search.hint"),
      }}
    />
  );
}
