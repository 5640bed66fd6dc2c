import { useTranslation } from "react-i18next";
import { SearchBox } from "../../../ui/search-box.tsx";

/** Props of HubSearchForm. */
export interface HubSearchFormProps {
  /** The query in the URL. */
  query: string | undefined;
  /** Applies a new query; `undefined` clears it. */
  onSearch: (query: string | undefined) => void;
}

/**
 * The hub directory's search box (searches on submit, see SearchBox); the server folds diacritics, so "hoa lo"
 * finds "Hỏa Lò".
 */
export function HubSearchForm({ query, onSearch }: HubSearchFormProps) {
  const { t } = useTranslation();
  return (
    <SearchBox
      query={query}
      onSearch={onSearch}
      className="city-search hub-search"
      block="city-search"
      texts={{
        label: t("hubs.search.label"),
        placeholder: t("hubs.search.placeholder"),
        submit: t("hubs.search.submit"),
        hint: t("hubs.search.hint"),
      }}
    />
  );
}
