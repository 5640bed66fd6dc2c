import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { DataTable } from "../../../ui/data-table.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
import { useApplications } from "../api/get-applications.ts";
import { applicationHubName } from "../utils/application-names.ts";
import { REVIEW_STATUSES } from "../utils/application-status.ts";
import { parseReviewFilters, REVIEW_PAGE_SIZE, serializeReviewFilters } from "../utils/review-filters.ts";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";

/** What the decision screen hands back to the queue after a decision, to confirm it there. */
export interface ReviewQueueState {
  decided?: { hub: string; status: string };
}

/**
 * The reviewers' queue: the applications to the networks the person administers (never drafts), newest
 * submissions first, filtered by state in the URL, each leading to its decision screen.
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseReviewFilters(searchParams);
  const statusId = useId();
  const applications = useApplications({ status: filters.status, page: filters.page, pageSize: REVIEW_PAGE_SIZE });
  const decided = (location.state as ReviewQueueState | null)?.decided;

  let body: ReactNode;
  if (applications.isPending) body = <LoadingState label={t("membership.queue.loading")} />;
  else if (applications.isError)
    body = (
      <ErrorState
        error={applications.error}
        title={t("membership.queue.error")}
        onRetry={() => void applications.refetch()}
      />
    );
  else if (applications.data.items.length === 0)
    body = (
      <EmptyState title={filters.status ? t("membership.queue.emptyStatus") : t("membership.queue.empty")}>
        {filters.status && <Link to={paths.membership.queue()}>{t("membership.queue.showAll")}</Link>}
      </EmptyState>
    );
  else {
    const { items, total, page, pageSize } = applications.data;
    body = (
      <>
        <DataTable
          className="queue-table"
          caption={t("membership.queue.caption")}
          busy={applications.isPlaceholderData}
          columns={[
            t("membership.queue.hub"),
            t("membership.queue.applicant"),
            t("membership.queue.submitted"),
            t("membership.queue.status"),
          ]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={paths.membership.decision(item.id)}>{applicationHubName(item, language)}</Link>
                <span className="queue-table__network">
                  {language === "vi" ? item.network.nameVi : item.network.nameEn}
                </span>
              </th>
              <td>{item.applicant.name}</td>
              <td>
                {item.submittedAt ? (
                  <time dateTime={item.submittedAt}>{formatDateTime(item.submittedAt, language)}</time>
                ) : (
                  <span className="hub-detail__muted">{t("membership.queue.notSubmitted")}</span>
                )}
              </td>
              <td>
                <ApplicationStatusBadge status={item.status} />
              </td>
            </tr>
          ))}
        </DataTable>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
          searchFor={(target) => {
            const search = serializeReviewFilters({ ...filters, page: target });
            return search ? `?${search}` : "";
          }}
          label={t("membership.queue.pages")}
        />
      </>
    );
  }

  return (
    <div className="review-queue">
      <title>{t("membership.queue.documentTitle")}</title>
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {t("membership.queue.title")}
        </h1>
        <p className="page-lead">{t("membership.queue.lead")}</p>
      </header>
      {decided && (
        <p className="notice notice--success" role="status">
          {t("membership.queue.decided", {
            hub: decided.hub,
            status: t(`membership.status.${decided.status as "accepted"}`),
          })}
        </p>
      )}
      <div className="queue-toolbar">
        <label htmlFor={statusId}>{t("membership.queue.filter")}</label>
        <select
          id={statusId}
          className="select"
          value={filters.status ?? ""}
          onChange={(event) =>
            setSearchParams(
              serializeReviewFilters({
                status: (event.target.value || undefined) as typeof filters.status,
                page: 1,
              }),
              { flushSync: true },
            )
          }
        >
          <option value="">{t("membership.queue.allStatuses")}</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`membership.status.${status}`)}
            </option>
          ))}
        </select>
        <p className="queue-toolbar__count" aria-live="polite">
          {applications.data && !applications.isPlaceholderData
            ? t("membership.queue.count", { count: applications.data.total })
            : "\u00a0"}
        </p>
      </div>
      {body}
    </div>
  );
}
