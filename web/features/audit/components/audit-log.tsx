import { type FormEvent, Fragment, type ReactNode, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { DataTable } from "../../../ui/data-table.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { Pagination } from "../../../ui/pagination.tsx";
import { type AuditEntry, useAudit } from "../api/get-audit.ts";
import {
  AUDIT_ACTION_FAMILIES,
  AUDIT_ENTITY_TYPES,
  AUDIT_PAGE_SIZE,
  type AuditFilters,
  auditChanges,
  parseAuditFilters,
  rangeIsReversed,
  serializeAuditFilters,
} from "../utils/audit-filters.ts";

/** Props of AuditLog. */
export interface AuditLogProps {
  /** Only this network's entries (network administrators never see other networks' anyway). */
  networkId?: string;
  /** Query parameters the page keeps beside the filters, e.g. its tab. */
  fixedParams?: Record<string, string>;
}

/**
 * The audit log: who did what, when, to which record. Filters (kind of record, record id, action, the person by
 * e-mail, a range of days) live in the URL, so a query can be shared; the table is paginated and each row opens to
 * show the changed fields before and after.
 */
export function AuditLog({ networkId, fixedParams = {} }: AuditLogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = parseAuditFilters(searchParams);
  const audit = useAudit({ ...filters, networkId, pageSize: AUDIT_PAGE_SIZE }, !rangeIsReversed(filters));
  const [open, setOpen] = useState<Set<number>>(new Set());
  const headingId = useId();

  const apply = (next: AuditFilters) => {
    setOpen(new Set());
    setSearchParams(serializeAuditFilters(next, fixedParams));
  };

  let body: ReactNode;
  if (rangeIsReversed(filters)) body = null;
  else if (audit.isPending) body = <LoadingState compact label={t("audit.loading")} />;
  else if (audit.isError)
    body = <ErrorState error={audit.error} title={t("audit.error")} onRetry={() => void audit.refetch()} />;
  else if (audit.data.items.length === 0) body = <EmptyState title={t("audit.empty")} />;
  else {
    const { items, total, page, pageSize } = audit.data;
    body = (
      <>
        <p className="hub-detail__muted" role="status">
          {t("audit.total", { count: total })}
        </p>
        <DataTable
          className="queue-table audit-table"
          caption={t("audit.caption")}
          busy={audit.isPlaceholderData}
          columns={[t("audit.at"), t("audit.actor"), t("audit.action"), t("audit.entity"), t("audit.changed")]}
        >
          {items.map((entry) => {
            const expanded = open.has(entry.id);
            const detailId = `${headingId}-entry-${entry.id}`;
            return (
              <Fragment key={entry.id}>
                <tr>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                  </td>
                  <td>{entry.actorName ?? t("audit.system")}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="button button--link"
                      aria-expanded={expanded}
                      aria-controls={detailId}
                      onClick={() =>
                        setOpen((current) => {
                          const next = new Set(current);
                          if (next.has(entry.id)) next.delete(entry.id);
                          else next.add(entry.id);
                          return next;
                        })
                      }
                    >
                      <code>{entry.action}</code>
                      <span className="visually-hidden">
                        {" "}
                        {expanded ? t("audit.hideDetails") : t("audit.showDetails")}
                      </span>
                    </button>
                  </th>
                  <td>
                    {entry.entityType} <code className="audit-table__id">{entry.entityId}</code>
                  </td>
                  <td>{entry.changed.join(", ") || "—"}</td>
                </tr>
                <tr id={detailId} hidden={!expanded} className="audit-table__detail">
                  <td colSpan={5}>{expanded && <EntryDetail entry={entry} />}</td>
                </tr>
              </Fragment>
            );
          })}
        </DataTable>
        <Pagination
          page={page}
          pageCount={Math.ceil(total / pageSize)}
          searchFor={(p) => `?${serializeAuditFilters({ ...filters, page: p }, fixedParams)}`}
          label={t("audit.pages")}
        />
      </>
    );
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("audit.title")}
      </h2>
      <p className="hub-detail__muted">{t("audit.lead")}</p>
      <AuditFilterForm key={searchParams.toString()} filters={filters} onApply={apply} />
      {body}
    </section>
  );
}

function EntryDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const changes = auditChanges(entry.before, entry.after, entry.changed);
  return (
    <div className="audit-detail">
      {changes.length === 0 ? (
        <p>{t("audit.noChanges")}</p>
      ) : (
        <table className="queue-table">
          <caption className="visually-hidden">{t("audit.changesCaption", { action: entry.action })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audit.field")}</th>
              <th scope="col">{t("audit.before")}</th>
              <th scope="col">{t("audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <th scope="row">
                  <code>{change.field}</code>
                </th>
                <td>
                  <pre className="audit-detail__value">{change.before ?? "—"}</pre>
                </td>
                <td>
                  <pre className="audit-detail__value">{change.after ?? "—"}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>{t("audit.raw")}</summary>
        <pre className="audit-detail__value">
          {JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}
        </pre>
      </details>
    </div>
  );
}

function AuditFilterForm({ filters, onApply }: { filters: AuditFilters; onApply: (filters: AuditFilters) => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(filters);
  const [reversed, setReversed] = useState(rangeIsReversed(filters));
  useEffect(() => setReversed(rangeIsReversed(filters)), [filters]);
  const set = (key: keyof Omit<AuditFilters, "page">, value: string) =>
    setValues((current) => ({ ...current, [key]: value || undefined }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (rangeIsReversed(values)) {
      setReversed(true);
      return;
    }
    onApply({ ...values, page: 1 });
  };

  return (
    <form className="admin-form audit-filters" noValidate onSubmit={submit} aria-label={t("audit.filters")}>
      <div className="audit-filters__grid">
        <FormField label={t("audit.entityType")}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={values.entityType ?? ""}
              onChange={(event) => set("entityType", event.target.value)}
            >
              <option value="">{t("audit.any")}</option>
              {AUDIT_ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {type}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("audit.entityId")} hint={t("audit.entityIdHint")}>
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={100}
              value={values.entityId ?? ""}
              onChange={(event) => set("entityId", event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("audit.actionFilter")}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={values.action ?? ""}
              onChange={(event) => set("action", event.target.value)}
            >
              <option value="">{t("audit.any")}</option>
              {values.action && !(AUDIT_ACTION_FAMILIES as readonly string[]).includes(values.action) && (
                <option value={values.action}>{values.action}</option>
              )}
              {AUDIT_ACTION_FAMILIES.map((family) => (
                <option key={family} value={family}>
                  {family}*
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("audit.actorEmail")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              maxLength={254}
              value={values.actorEmail ?? ""}
              onChange={(event) => set("actorEmail", event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("audit.from")}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={values.from ?? ""}
              onChange={(event) => {
                set("from", event.target.value);
                setReversed(false);
              }}
            />
          )}
        </FormField>
        <FormField label={t("audit.to")} error={reversed ? t("audit.reversed") : undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="date"
              value={values.to ?? ""}
              onChange={(event) => {
                set("to", event.target.value);
                setReversed(false);
              }}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t("audit.apply")}
        </button>
        <button type="button" className="button" onClick={() => onApply({ page: 1 })}>
          {t("audit.clear")}
        </button>
      </div>
    </form>
  );
}
