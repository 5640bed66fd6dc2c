import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { administersNetwork } from "../../features/accounts/api/get-me.ts";
import { NetworkRoles } from "../../features/accounts/components/network-roles.tsx";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { AuditLog } from "../../features/audit/components/audit-log.tsx";
import { useNetworks } from "../../features/hubs/api/get-networks.ts";
import { HubTypesEditor } from "../../features/hubs/components/hub-types-editor.tsx";
import { QuestionsEditor } from "../../features/membership/components/questions-editor.tsx";
import { useLanguage } from "../../lib/i18n.ts";
import { paths } from "../../lib/paths.ts";
import { EmptyState } from "../../ui/empty-state.tsx";
import { ErrorState } from "../../ui/error-state.tsx";
import { LoadingState } from "../../ui/loading-state.tsx";
import { ADMIN_TABS, adminTabOf, networkAdminPath } from "../admin-paths.ts";

/**
 * `/networks/:slug/admin?tab=roles|questions|hub-types|audit`: a network's administration, for its administrators
 * and platform administrators. The tabs are links (each section has its own URL, and the keyboard moves through
 * them like any links); everyone else is told the page is for administrators.
 */
export function NetworkAdminRoute() {
  return <RequireSession>{(me) => <NetworkAdminPage me={me} />}</RequireSession>;
}

function NetworkAdminPage({ me }: { me: Parameters<typeof NetworkRoles>[0]["me"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { slug = "hanoi" } = useParams();
  const [searchParams] = useSearchParams();
  const tab = adminTabOf(searchParams.get("tab"));
  const networks = useNetworks();

  if (!administersNetwork(me, slug)) {
    return (
      <div>
        <title>{t("admin.page.documentTitle", { network: slug })}</title>
        <h1 className="page-title" tabIndex={-1}>
          {t("admin.page.title")}
        </h1>
        <EmptyState title={t("admin.page.adminsOnly")}>
          <Link to={paths.accounts.dashboard()}>{t("admin.page.backToDashboard")}</Link>
        </EmptyState>
      </div>
    );
  }
  if (networks.isPending) return <LoadingState label={t("admin.page.loading")} />;
  if (networks.isError)
    return <ErrorState error={networks.error} title={t("admin.page.error")} onRetry={() => void networks.refetch()} />;
  const network = networks.data.items.find((n) => n.slug === slug);
  if (!network) {
    return (
      <div>
        <h1 className="page-title" tabIndex={-1}>
          {t("admin.page.title")}
        </h1>
        <EmptyState title={t("admin.page.noNetwork", { network: slug })} />
      </div>
    );
  }
  const name = language === "vi" ? network.nameVi : network.nameEn;

  let section: ReactNode;
  if (tab === "roles") section = <NetworkRoles network={slug} me={me} />;
  else if (tab === "questions") section = <QuestionsEditor network={slug} />;
  else if (tab === "hub-types") section = <HubTypesEditor network={slug} canEdit={me.isPlatformAdmin} />;
  else section = <AuditLog networkId={me.isPlatformAdmin ? undefined : network.id} fixedParams={{ tab: "audit" }} />;

  return (
    <div className="network-admin">
      <title>{`${t(`admin.tabs.${tab}`)} · ${t("admin.page.documentTitle", { network: name })}`}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("admin.page.title")}
        <span className="page-title__sub"> · {name}</span>
      </h1>
      <nav className="admin-tabs" aria-label={t("admin.tabs.label")}>
        <ul>
          {ADMIN_TABS.map((item) => (
            <li key={item}>
              <Link to={networkAdminPath(slug, item)} aria-current={item === tab ? "page" : undefined}>
                {t(`admin.tabs.${item}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section}
    </div>
  );
}
