import { useQueries } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { getHubQueryOptions } from "../api/get-hub.ts";
import { hubName } from "../utils/hub-names.ts";
import { HubStatusBadge } from "./hub-status-badge.tsx";

/** Props of ManagedHubList. */
export interface ManagedHubListProps {
  /** Ids of the hubs the signed-in person manages (from their account). */
  hubIds: string[];
  /** More for each hub, composed by the page: the membership application's state and actions. */
  renderExtra?: (hub: HubView) => ReactNode;
  /** Shown when the person manages no hub yet. */
  empty?: ReactNode;
}

/** The hubs a person manages, each with its status and the ways to edit it and see its public page. */
export function ManagedHubList({ hubIds, renderExtra, empty }: ManagedHubListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hubs = useQueries({ queries: hubIds.map((id) => getHubQueryOptions(id)) });

  if (hubIds.length === 0) return <EmptyState title={t("hubs.managed.empty")}>{empty}</EmptyState>;
  return (
    <ul className="managed-hubs">
      {hubs.map((hub, index) => {
        const id = hubIds[index];
        if (hub.isPending)
          return (
            <li key={id} className="managed-hub">
              <LoadingState compact label={t("hubs.managed.loading")} />
            </li>
          );
        if (hub.isError)
          return (
            <li key={id} className="managed-hub">
              <ErrorState error={hub.error} title={t("hubs.managed.error")} onRetry={() => void hub.refetch()} />
            </li>
          );
        const data = hub.data;
        const name = hubName(data.name, language) || data.publicId;
        return (
          <li key={id} className="managed-hub panel">
            <div className="managed-hub__head">
              <h3 className="managed-hub__name">{name}</h3>
              <HubStatusBadge status={data.status} />
            </div>
            <p className="managed-hub__meta">
              <code>{data.publicId}</code>
              <span aria-hidden="true"> · </span>
              {t("hubs.managed.updated", { date: formatDateTime(data.updatedAt, language) })}
            </p>
            <p className="managed-hub__links">
              <Link to={paths.myHubs.manage(data.id)} className="button">
                {t("hubs.managed.edit")}
                <span className="visually-hidden">: {name}</span>
              </Link>
              <Link to={paths.hubs.detail(data.slug)}>
                {data.status === "member" ? t("hubs.managed.publicPage") : t("hubs.managed.preview")}
                <span className="visually-hidden">: {name}</span>
              </Link>
            </p>
            {renderExtra?.(data)}
          </li>
        );
      })}
    </ul>
  );
}
