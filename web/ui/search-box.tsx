import { type FormEvent, useEffect, useId, useState } from "react";

/** Props of SearchBox. */
export interface SearchBoxProps {
  /** The query in the URL. */
  query: string | undefined;
  /** Applies a new query; `undefined` clears it. */
  onSearch: (query: string | undefined) => void;
  /** The `<search>` element's class names. */
  className: string;
  /** The BEM block its parts are named after: `<block>__label`, `<block>__row`, `<block>__hint`. */
  block: string;
  /** The texts, translated by the caller. */
  texts: { label: string; placeholder: string; submit: string; hint: string };
  /** Fixed ids for the input and the hint; generated ones otherwise. */
  ids?: { input: string; hint: string };
}

/**
 * A search box that searches on submit (Enter or the button) rather than on every keystroke, so each search is one
 * entry in the browser history and screen readers are not flooded with result updates.
 */
export function SearchBox({ query, onSearch, className, block, texts, ids }: SearchBoxProps) {
  const [text, setText] = useState(query ?? "");
  const inputId = useId();
  const hintId = useId();
  const input = ids?.input ?? inputId;
  const hint = ids?.hint ?? hintId;

  // Back/forward and shared links change the query from outside; the box shows what is being searched.
  useEffect(() => setText(query ?? ""), [query]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    onSearch(trimmed === "" ? undefined : trimmed);
  };

  return (
    <search className={className}>
      <form onSubmit={submit}>
        <label htmlFor={input} className={`${block}__label`}>
          {texts.label}
        </label>
        <div className={`${block}__row`}>
          <input
            id={input}
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            placeholder={texts.placeholder}
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            aria-describedby={hint}
          />
          <button type="submit" className="button button--primary">
            {texts.submit}
          </button>
        </div>
        <p id={hint} className={`${block}__hint`}>
          {texts.hint}
        </p>
      </form>
    </search>
  );
}
