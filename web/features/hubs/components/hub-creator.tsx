import { type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HubManagerView } from "../../../../contract/api/hubs.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useCreateHub } from "../api/create-hub.ts";
import { useFields } from "../api/get-fields.ts";
import { useHubTaxonomies } from "../api/get-hub-taxonomies.ts";
import { useNetworks } from "../api/get-networks.ts";
import { type HubFormValues, hubFormBody, hubFormValues } from "../utils/hub-form.ts";
import { HubForm } from "./hub-form.tsx";

/** Props of HubCreator. */
export interface HubCreatorProps {
  /** Called with the new hub; the page moves on to managing it and applying. */
  onCreated: (hub: HubManagerView) => void;
}

/**
 * Registering a new hub profile in a network. The hub starts as an applicant, visible only to the person who
 * created it (its manager) and the network's administrators, until the network accepts its application.
 */
export function HubCreator({ onCreated }: HubCreatorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const networks = useNetworks();
  const [chosen, setChosen] = useState<string>();
  const network = chosen ?? networks.data?.items[0]?.slug;
  const taxonomies = useHubTaxonomies(network);
  const fields = useFields();
  const create = useCreateHub();
  const networkId = useId();
  // One set of starting values for the page's life: the form keeps what was typed across network changes.
  const [initial] = useState(() => hubFormValues());

  const submit = (values: HubFormValues) => {
    if (!network) return;
    create.mutate({ network, ...hubFormBody(values) }, { onSuccess: onCreated });
  };

  let body: ReactNode;
  if (networks.isPending || taxonomies.isPending || fields.isPending)
    body = <LoadingState label={t("hubs.creator.loading")} />;
  else if (networks.isError || taxonomies.isError || fields.isError)
    body = (
      <ErrorState
        error={networks.error ?? taxonomies.error ?? fields.error}
        title={t("hubs.creator.error")}
        onRetry={() => {
          void networks.refetch();
          void taxonomies.refetch();
          void fields.refetch();
        }}
      />
    );
  else if (!network) body = <ErrorState error={t("hubs.directory.noNetwork")} />;
  else
    body = (
      <HubForm
        initial={initial}
        taxonomies={taxonomies.data}
        fields={fields.data.items}
        network={network}
        canChangeStatus={false}
        showStatus={false}
        submitLabel={t("hubs.creator.submit")}
        pendingLabel={t("hubs.creator.submitting")}
        errorTitle={t("hubs.creator.failed")}
        pending={create.isPending}
        error={create.error}
        onSubmit={submit}
        before={
          networks.data.items.length > 1 ? (
            <div className="form-field">
              <label htmlFor={networkId} className="form-field__label">
                {t("hubs.form.network")}
              </label>
              <select
                id={networkId}
                className="select"
                value={network}
                onChange={(event) => setChosen(event.target.value)}
              >
                {networks.data.items.map((item) => (
                  <option key={item.slug} value={item.slug}>
                    {language === "vi" ? item.nameVi : item.nameEn}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <p className="form-section__hint">
              {t("hubs.creator.network", {
                network: language === "vi" ? networks.data.items[0].nameVi : networks.data.items[0].nameEn,
              })}
            </p>
          )
        }
      />
    );

  return (
    <div className="hub-creator">
      <title>{t("hubs.creator.documentTitle")}</title>
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {t("hubs.creator.title")}
        </h1>
        <p className="page-lead">{t("hubs.creator.lead")}</p>
      </header>
      {body}
    </div>
  );
}
