import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { administersNetwork } from "../../features/accounts/api/get-me.ts";
import { RequireSession } from "../../features/accounts/components/require-session.tsx";
import { HubEditor } from "../../features/hubs/components/hub-editor.tsx";
import { HubHistory } from "../../features/hubs/components/hub-history.tsx";
import { HubApplicationPanel } from "../../features/membership/components/hub-application-panel.tsx";

/** `/me/hubs/:id?history=N`: managing a hub: its membership application, the profile editor and its history. */
export function HubManageRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [searchParams] = useSearchParams();
  const raw = Number(searchParams.get("history") ?? "1");
  const historyPage = Number.isInteger(raw) && raw >= 1 ? raw : 1;

  return (
    <RequireSession>
      {(me) => (
        <div className="hub-manage" key={id}>
          <HubEditor
            id={id}
            canChangeStatus={(network) => administersNetwork(me, network)}
            renderAside={(hub) => (
              <div className="panel hub-manage__membership">
                <HubApplicationPanel hubId={hub.id} hubStatus={hub.status} headingLevel={2} />
              </div>
            )}
          />
          <section className="panel hub-manage__history" aria-labelledby="hub-history-heading" id="history">
            <h2 id="hub-history-heading" className="section-title">
              {t("hubs.history.title")}
            </h2>
            <HubHistory id={id} page={historyPage} searchFor={(page) => (page > 1 ? `?history=${page}` : "")} />
          </section>
        </div>
      )}
    </RequireSession>
  );
}
