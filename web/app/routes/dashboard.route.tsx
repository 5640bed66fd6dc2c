import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MeView } from "../../../contract/api/accounts.schema.ts";
import { isReviewer } from "../../features/accounts/api/get-me.ts";
import { useNotifications } from "../../features/accounts/api/get-notifications.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { ManagedHubList } from "../../features/hubs/components/managed-hub-list.tsx";
import { HubApplicationPanel } from "../../features/membership/components/hub-application-panel.tsx";
import { paths } from "../../lib/paths.ts";

function Dashboard({ me }: { me: MeView }) {
  const { t } = useTranslation();
  const notifications = useNotifications(true);
  const unread = notifications.data?.unread ?? 0;

  return (
    <div className="dashboard">
      <title>{t("dashboard.documentTitle")}</title>
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {t("dashboard.title")}
        </h1>
        <p className="page-lead">{t("dashboard.lead", { name: me.name, email: me.email })}</p>
      </header>

      <div className="dashboard__links">
        <Link to={paths.accounts.notifications()} className="dashboard__link panel">
          <span className="dashboard__link-title">{t("dashboard.notifications")}</span>
          <span>{t("dashboard.unread", { count: unread })}</span>
        </Link>
        {isReviewer(me) && (
          <Link to={paths.membership.queue()} className="dashboard__link panel">
            <span className="dashboard__link-title">{t("dashboard.review")}</span>
            <span>{t("dashboard.reviewHint")}</span>
          </Link>
        )}
      </div>

      <section aria-labelledby="my-hubs-heading" className="dashboard__hubs">
        <div className="section-header">
          <h2 id="my-hubs-heading" className="section-title">
            {t("dashboard.hubs")}
          </h2>
          <Link to={paths.myHubs.create()} className="button button--primary">
            {t("dashboard.newHub")}
          </Link>
        </div>
        <p className="page-lead">{t("dashboard.hubsLead")}</p>
        <ManagedHubList
          hubIds={me.managedHubIds}
          renderExtra={(hub) => <HubApplicationPanel hubId={hub.id} hubStatus={hub.status} />}
          empty={<p>{t("dashboard.noHubs")}</p>}
        />
      </section>
    </div>
  );
}

/** `/me`: the signed-in person's hubs, each with its membership application, and their inbox and queue links. */
export function DashboardRoute() {
  return <RequireSession>{(me) => <Dashboard me={me} />}</RequireSession>;
}
