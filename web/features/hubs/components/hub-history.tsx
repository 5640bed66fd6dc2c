import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
import { type HubHistoryEntry, useHubHistory } from "../api/get-hub-history.ts";
import { historyChanges } from "../utils/history-values.ts";

/** Props of HubHistory. */
export interface HubHistoryProps {
  id: string;
  page: number;
  /** Query string of the page showing history page `page`. */
  searchFor: (page: number) => string;
}

// Fields of a hub snapshot with a translated name; others show as the API names them.
const FIELD_KEYS = new Set([
  "name",
  "description",
  "type",
  "typeNote",
  "fields",
  "district",
  "ward",
  "address",
  "location",
  "openingHours",
  "accessibility",
  "website",
  "socialLinks",
  "foundingYear",
  "ownership",
  "status",
  "memberSince",
  "source",
  "contacts",
  "slug",
  "publicId",
  "network",
]);

// Status and ownership values are codes with translated names.
const HUB_STATUSES = new Set(["applicant", "member", "suspended", "closed"]);
const OWNERSHIPS = new Set(["public", "private", "non-profit"]);

function HistoryEntry({ entry }: { entry: HubHistoryEntry }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fieldName = (field: string) => (FIELD_KEYS.has(field) ? t(`hubs.history.fields.${field as "name"}`) : field);
  const status = /^hub\.status\.(\w+)$/.exec(entry.action)?.[1];
  const action =
    entry.action === "hub.create"
      ? t("hubs.history.actions.create")
      : entry.action === "hub.update"
        ? t("hubs.history.actions.update")
        : status && HUB_STATUSES.has(status)
          ? t("hubs.history.actions.status", { status: t(`hubs.status.${status as "member"}`) })
          : entry.action;
  const changes = historyChanges(entry.before, entry.after, entry.changed, language, (field, value) => {
    if (typeof value !== "string") return undefined;
    if (field === "status" && HUB_STATUSES.has(value)) return t(`hubs.status.${value as "member"}`);
    if (field === "ownership" && OWNERSHIPS.has(value)) return t(`hubs.ownership.${value as "public"}`);
    return undefined;
  });

  return (
    <li className="history-entry">
      <p className="history-entry__head">
        <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
        <span aria-hidden="true"> · </span>
        <strong>{entry.actorName ?? t("hubs.history.system")}</strong>
        <span aria-hidden="true"> · </span>
        {action}
      </p>
      {/* A creation sets every field; naming them all says nothing, the details table has them. */}
      {entry.action !== "hub.create" && changes.length > 0 && (
        <p className="history-entry__fields">
          {t("hubs.history.changed", { fields: changes.map((change) => fieldName(change.field)).join(", ") })}
        </p>
      )}
      {changes.length > 0 && (
        <details className="history-entry__details">
          <summary>{t("hubs.history.details")}</summary>
          <div className="table-scroll">
            <table className="history-table">
              <thead>
                <tr>
                  <th scope="col">{t("hubs.history.field")}</th>
                  <th scope="col">{t("hubs.history.before")}</th>
                  <th scope="col">{t("hubs.history.after")}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((change) => (
                  <tr key={change.field}>
                    <th scope="row">{fieldName(change.field)}</th>
                    <td>{change.before}</td>
                    <td>{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </li>
  );
}

/**
 * A hub's change history, newest first: who changed what and when, with the values before and after. Only
 * the hub's managers and the network's administrators see it (it includes the private contacts).
 */
export function HubHistory({ id, page, searchFor }: HubHistoryProps) {
  const { t } = useTranslation();
  const history = useHubHistory(id, page);

  if (history.isPending) return <LoadingState compact label={t("hubs.history.loading")} />;
  if (history.isError)
    return <ErrorState error={history.error} title={t("hubs.history.error")} onRetry={() => void history.refetch()} />;
  if (history.data.items.length === 0) return <EmptyState title={t("hubs.history.empty")} />;
  return (
    <>
      <ol className="history" aria-busy={history.isPlaceholderData || undefined}>
        {history.data.items.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} />
        ))}
      </ol>
      <Pagination
        page={history.data.page}
        pageCount={Math.ceil(history.data.total / history.data.pageSize)}
        searchFor={searchFor}
        label={t("hubs.history.pages")}
      />
    </>
  );
}
