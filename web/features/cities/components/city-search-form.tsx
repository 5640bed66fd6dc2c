import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** Props of CitySearchForm. */
export interface CitySearchFormProps {
  /** The query in the URL. */
  query: string | undefined;
  /** Applies a new query; `undefined` clears it. */
  onSearch: (query: string | undefined) => void;
}

/**
 * The directory's search box. It searches on submit (Enter or the button) rather than on every keystroke, so
 * each search is one entry in the browser history and screen readers are not flooded with result updates.
 */
export function CitySearchForm({ query, onSearch }: CitySearchFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query ?? "");

  // Back/forward and shared links change the query from outside; the box shows what is being searched.
  useEffect(() => setText(query ?? ""), [query]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    onSearch(trimmed === "" ? undefined : trimmed);
  };

  return (
    <search className="city-search">
      <form onSubmit={submit}>
        <label htmlFor="city-search-input" className="city-search__label">
          {t("cities.search.label")}
        </label>
        <div className="city-search__row">
          <input
            id="city-search-input"
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t("cities.search.placeholder")}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby="city-search-hint"
          />
          <button type="submit" className="button button--primary">
            {t("cities.search.submit")}
          </button>
        </div>
        <p id="city-search-hint" className="city-search__hint">
          {t("cities.search.hint")}
        </p>
      </form>
    </search>
  );
}
