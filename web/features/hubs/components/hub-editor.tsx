import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HubManagerView, HubView } from "../../../../contract/api/hubs.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { isConflict } from "../../../lib/form-errors.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFields } from "../api/get-fields.ts";
import { isManagerView, useHub } from "../api/get-hub.ts";
import { type HubTaxonomies, useHubTaxonomies } from "../api/get-hub-taxonomies.ts";
import { useUpdateHub } from "../api/update-hub.ts";
import { changedHubFields, type HubFormValues, hubFormBody, hubFormValues } from "../utils/hub-form.ts";
import { hubName } from "../utils/hub-names.ts";
import { HubForm } from "./hub-form.tsx";
import { HubPhotoUploader } from "./hub-photo-uploader.tsx";
import { HubStatusBadge } from "./hub-status-badge.tsx";

/** Props of HubEditor. */
export interface HubEditorProps {
  /** The hub's id. */
  id: string;
  /** Whether the signed-in person administers the hub's network (may change its status). */
  canChangeStatus: (networkSlug: string) => boolean;
  /** Shown between the header and the form, composed by the page: the hub's membership application. */
  renderAside?: (hub: HubView) => ReactNode;
}

type Outcome = { kind: "saved"; version: number } | { kind: "unchanged" } | undefined;

function Announcement({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  // The form is rebuilt after a save, which drops focus; the confirmation takes it, so it is heard and seen.
  useEffect(() => {
    if (outcome) ref.current?.focus();
  }, [outcome]);
  if (!outcome) return null;
  return (
    <p ref={ref} className="notice notice--success" role="status" tabIndex={-1}>
      {outcome.kind === "saved" ? t("hubs.editor.saved", { version: outcome.version }) : t("hubs.editor.unchanged")}
    </p>
  );
}

function EditorForm({
  hub,
  taxonomies,
  fields,
  canChangeStatus,
  reload,
}: {
  hub: HubManagerView;
  taxonomies: HubTaxonomies;
  fields: Parameters<typeof HubForm>[0]["fields"];
  canChangeStatus: boolean;
  reload: () => Promise<HubManagerView | undefined>;
}) {
  const { t } = useTranslation();
  const update = useUpdateHub();
  // The version the form edits. Background refetches must not move it: an edit based on an older version has to
  // reach the server as such and get its 409, instead of silently overwriting someone else's change.
  const [base, setBase] = useState(hub);
  const [outcome, setOutcome] = useState<Outcome>();
  const [reloading, setReloading] = useState(false);
  const conflictRef = useRef<HTMLDivElement>(null);
  const conflict = isConflict(update.error);

  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);

  const submit = (values: HubFormValues) => {
    setOutcome(undefined);
    const changes = changedHubFields(hubFormBody(hubFormValues(base)), hubFormBody(values));
    const statusChanged = canChangeStatus && values.status !== base.status;
    if (Object.keys(changes).length === 0 && !statusChanged) {
      setOutcome({ kind: "unchanged" });
      return;
    }
    update.mutate(
      { id: base.id, body: { version: base.version, ...changes, ...(statusChanged ? { status: values.status } : {}) } },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setOutcome({ kind: "saved", version: saved.version });
        },
      },
    );
  };

  const reloadLatest = async () => {
    setReloading(true);
    try {
      const latest = await reload();
      if (latest) {
        update.reset();
        setOutcome(undefined);
        setBase(latest);
      }
    } finally {
      setReloading(false);
    }
  };

  return (
    <>
      <Announcement outcome={outcome} />
      {conflict && (
        <div ref={conflictRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p className="notice__title">{t("hubs.editor.conflictTitle")}</p>
          <p>{t("hubs.editor.conflictMessage")}</p>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={reloading || undefined}
            onClick={() => void (reloading ? undefined : reloadLatest())}
          >
            {reloading ? t("hubs.editor.reloading") : t("hubs.editor.reload")}
          </button>
        </div>
      )}
      <HubForm
        key={`${base.id}:${base.version}`}
        initial={hubFormValues(base)}
        taxonomies={taxonomies}
        fields={fields}
        network={base.network.slug}
        canChangeStatus={canChangeStatus}
        showStatus
        submitLabel={t("hubs.editor.submit")}
        pendingLabel={t("hubs.editor.submitting")}
        errorTitle={t("hubs.editor.failed")}
        pending={update.isPending}
        error={conflict ? undefined : update.error}
        onSubmit={submit}
      />
    </>
  );
}

/**
 * Editing a hub the signed-in person manages (or administers): the whole profile and its private contacts in
 * one form. Each save carries the version it edits; when someone else saved in between, the server refuses
 * (409) and the page says so, offering to load their version. Nothing is overwritten silently.
 */
export function HubEditor({ id, canChangeStatus, renderAside }: HubEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const hub = useHub(id);
  const network = hub.data?.network.slug;
  const taxonomies = useHubTaxonomies(network);
  const fields = useFields();

  if (hub.isPending) return <LoadingState label={t("hubs.editor.loading")} />;
  if (hub.isError) {
    if (hub.error instanceof ApiError && hub.error.code === "not_found")
      return (
        <EmptyState title={t("hubs.editor.notFound")}>
          <Link to={paths.accounts.dashboard()}>{t("hubs.editor.backToDashboard")}</Link>
        </EmptyState>
      );
    return <ErrorState error={hub.error} title={t("hubs.editor.error")} onRetry={() => void hub.refetch()} />;
  }
  const data = hub.data;
  const name = hubName(data.name, language) || data.publicId;

  const header = (
    <header className="page-header hub-editor__header">
      <h1 className="page-title" tabIndex={-1}>
        {t("hubs.editor.title", { name })}
      </h1>
      <p className="page-lead">
        <HubStatusBadge status={data.status} /> <code>{data.publicId}</code> ·{" "}
        {t("hubs.editor.updated", { date: formatDateTime(data.updatedAt, language) })}
        {" · "}
        <Link to={paths.hubs.detail(data.slug)}>{t("hubs.editor.publicPage")}</Link>
      </p>
    </header>
  );

  if (!isManagerView(data) || !data.canEdit)
    return (
      <div className="hub-editor">
        <title>{t("hubs.editor.documentTitle", { name })}</title>
        {header}
        {renderAside?.(data)}
        <EmptyState title={t("hubs.editor.readOnly")} />
      </div>
    );

  return (
    <div className="hub-editor">
      <title>{t("hubs.editor.documentTitle", { name })}</title>
      {header}
      {renderAside?.(data)}
      <h2 className="section-title hub-editor__form-title">{t("hubs.editor.formTitle")}</h2>
      {taxonomies.isPending || fields.isPending ? (
        <LoadingState label={t("hubs.editor.loading")} />
      ) : taxonomies.isError || fields.isError ? (
        <ErrorState
          error={taxonomies.error ?? fields.error}
          title={t("hubs.editor.error")}
          onRetry={() => {
            void taxonomies.refetch();
            void fields.refetch();
          }}
        />
      ) : (
        <EditorForm
          hub={data}
          taxonomies={taxonomies.data}
          fields={fields.data.items}
          canChangeStatus={canChangeStatus(data.network.slug)}
          reload={async () => {
            const result = await hub.refetch();
            return result.data && isManagerView(result.data) ? result.data : undefined;
          }}
        />
      )}
      <section className="panel hub-editor__photos" aria-labelledby="hub-photos-heading">
        <h2 id="hub-photos-heading" className="section-title">
          {t("hubs.photos.title")}
        </h2>
        <HubPhotoUploader hubId={data.id} name={name} />
      </section>
    </div>
  );
}
