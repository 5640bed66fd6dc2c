import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";

/** Props of HubSearchForm. */
export interface HubSearchFormProps {
  /** The query in the URL. */
  query: string | undefined;
  /** Applies a new query; `undefined` clears it. */
  onSearch: (query: string | undefined) => void;
}

/**
 * The hub directory's search box. It searches on submit, so each search is one history entry; the server folds
 * diacritics, so "hoa lo" finds "Hỏa Lò".
 */
export function HubSearchForm({ query, onSearch }: HubSearchFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query ?? "");
  const inputId = useId();
  const hintId = useId();

  // Back/forward and shared links change the query from outside; the box shows what is being searched.
  useEffect(() => setText(query ?? ""), [query]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    onSearch(trimmed === "" ? undefined : trimmed);
  };

  return (
    <search className="city-search hub-search">
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="city-search__label">
          {t("hubs.search.label")}
        </label>
        <div className="city-search__row">
          <input
            id={inputId}
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={t("hubs.search.placeholder")}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby={hintId}
          />
          <button type="submit" className="button button--primary">
            {t("hubs.search.submit")}
          </button>
        </div>
        <p id={hintId} className="city-search__hint">
          {t("hubs.search.hint")}
        </p>
      </form>
    </search>
  );
}
