import { Fragment, type ReactNode, useId } from "react";

/** One page of a paginated list, as the API answers it. */
export interface ResultsPage {
  items: readonly unknown[];
  total: number;
  page: number;
  pageSize: number;
}

/** Props of ResultsSection. */
export interface ResultsSectionProps<S extends string> {
  /** Id of the section, the target of "skip to results" links. */
  id: string;
  /** The section's class names. */
  className: string;
  /** The BEM block its parts are named after: `<block>__header`, `<block>__count`, `<block>__toolbar`, … */
  block: string;
  /** The page shown, and whether it is still a previous one shown while the next loads (no count then). */
  data: ResultsPage | undefined;
  stale: boolean;
  /** The texts, translated by the caller. */
  texts: {
    title: string;
    /** The count on a page with no items (past the end, or none at all). */
    total: (count: number) => string;
    /** The count on a page with items: `from`–`to` of `count`. */
    count: (range: { count: number; from: number; to: number }) => string;
    sort: string;
    exports: string;
  };
  /** The sort menu. */
  sort: { value: S; options: readonly { value: S; label: string }[]; onChange: (value: S) => void };
  /** Download links of the whole selection (CSV, GeoJSON…). */
  exports: readonly { href: string; label: string }[];
  /** The list, or its loading, error and empty states. */
  children: ReactNode;
}

/** A result list's section: a title with a live count, a sort menu, download links, then the list. */
export function ResultsSection<S extends string>({
  id,
  className,
  block,
  data,
  stale,
  texts,
  sort,
  exports,
  children,
}: ResultsSectionProps<S>) {
  const sortId = useId();
  const headingId = useId();
  return (
    <section className={className} id={id} tabIndex={-1} aria-labelledby={headingId}>
      <div className={`${block}__header`}>
        <h2 id={headingId} className="section-title">
          {texts.title}
        </h2>
        <p className={`${block}__count`} aria-live="polite">
          {!data || stale
            ? "\u00a0"
            : data.items.length === 0
              ? texts.total(data.total)
              : texts.count({
                  count: data.total,
                  from: (data.page - 1) * data.pageSize + 1,
                  to: (data.page - 1) * data.pageSize + data.items.length,
                })}
        </p>
      </div>
      <div className={`${block}__toolbar`}>
        <div className={`${block}__sort`}>
          <label htmlFor={sortId}>{texts.sort}</label>
          <select
            id={sortId}
            className="select"
            value={sort.value}
            onChange={(event) => sort.onChange(event.target.value as S)}
          >
            {sort.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <p className={`${block}__exports`}>
          <span>{texts.exports}</span>{" "}
          {exports.map((link, index) => (
            <Fragment key={link.label}>
              {index > 0 && <span aria-hidden="true"> · </span>}
              <a href={link.href} download>
                {link.label}
              </a>
            </Fragment>
          ))}
        </p>
      </div>
      {children}
    </section>
  );
}
