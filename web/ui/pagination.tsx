import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { paginationItems } from "./pagination-items.ts";

/** Props of Pagination. */
export interface PaginationProps {
  page: number;
  pageCount: number;
  /** Query string (`?…` or empty) of the view showing `page`; pages are links, so they can be opened in new tabs. */
  searchFor: (page: number) => string;
  /** Names the navigation landmark, e.g. "Pages of results". */
  label: string;
}

/** Numbered page links with previous/next, as a labelled navigation landmark. Renders nothing for one page. */
export function Pagination({ page, pageCount, searchFor, label }: PaginationProps) {
  const { t } = useTranslation();
  if (pageCount <= 1) return null;
  const items = paginationItems(page, pageCount);

  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={{ search: searchFor(page - 1) }} rel="prev">
              <span aria-hidden="true">‹ </span>
              {t("ui.pagination.previous")}
            </Link>
          ) : (
            <span className="pagination__disabled" aria-disabled="true">
              <span aria-hidden="true">‹ </span>
              {t("ui.pagination.previous")}
            </span>
          )}
        </li>
        {items.map((item, index) =>
          item === "gap" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: at most two gaps, told apart by position only.
            <li key={`gap-${index}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={{ search: searchFor(item) }}
                aria-current={item === page ? "page" : undefined}
                aria-label={t("ui.pagination.page", { page: item })}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link to={{ search: searchFor(page + 1) }} rel="next">
              {t("ui.pagination.next")}
              <span aria-hidden="true"> ›</span>
            </Link>
          ) : (
            <span className="pagination__disabled" aria-disabled="true">
              {t("ui.pagination.next")}
              <span aria-hidden="true"> ›</span>
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
