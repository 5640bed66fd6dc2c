import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { slugify } from "../../../../contract/text.ts";
import { fieldErrors, isConflict, writeProblem } from "../../../lib/form-errors.ts";
import { DataTable } from "../../../ui/data-table.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorNotice } from "../../../ui/error-notice.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { type HubType, useCreateHubType } from "../api/create-hub-type.ts";
import { getHubTaxonomies, useHubTaxonomies } from "../api/get-hub-taxonomies.ts";
import { useUpdateHubType } from "../api/update-hub-type.ts";

/** Props of HubTypesEditor. */
export interface HubTypesEditorProps {
  /** The network whose forms use the taxonomy (the taxonomy itself is shared by every network). */
  network: string;
  /** Only platform administrators add and rename types; network administrators see the list. */
  canEdit: boolean;
}

/** A failed write's message for people: translated for the cases a form can meet, the server's otherwise. */
function problemOf(error: unknown, t: ReturnType<typeof useTranslation>["t"]): string | undefined {
  return writeProblem(error, t, { 409: t("admin.hubTypes.conflict"), 404: t("admin.hubTypes.gone") });
}

/**
 * The hub-type taxonomy in both languages: every type with its Vietnamese and English names, a form to add one and
 * a rename form per row. The slug never changes once created: links and exports use it.
 */
export function HubTypesEditor({ network, canEdit }: HubTypesEditorProps) {
  const { t } = useTranslation();
  const taxonomies = useHubTaxonomies(network);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const headingId = useId();

  let list: ReactNode;
  if (taxonomies.isPending) list = <LoadingState compact label={t("admin.hubTypes.loading")} />;
  else if (taxonomies.isError)
    list = (
      <ErrorState
        error={taxonomies.error}
        title={t("admin.hubTypes.error")}
        onRetry={() => void taxonomies.refetch()}
      />
    );
  else if (taxonomies.data.types.length === 0) list = <EmptyState title={t("admin.hubTypes.empty")} />;
  else
    list = (
      <DataTable
        className="queue-table"
        caption={t("admin.hubTypes.caption")}
        columns={[
          t("admin.hubTypes.nameVi"),
          t("admin.hubTypes.nameEn"),
          t("admin.hubTypes.slug"),
          canEdit && { label: t("admin.hubTypes.actions"), hidden: true },
        ]}
      >
        {taxonomies.data.types.map((type) =>
          editing === type.slug ? (
            <tr key={type.slug}>
              <td colSpan={4}>
                <RenameForm
                  type={type}
                  network={network}
                  onClose={(message) => {
                    setEditing(undefined);
                    if (message) setNotice(message);
                  }}
                />
              </td>
            </tr>
          ) : (
            <tr key={type.slug}>
              <th scope="row" lang="vi">
                {type.nameVi}
              </th>
              <td lang="en">{type.nameEn}</td>
              <td>
                <code>{type.slug}</code>
              </td>
              {canEdit && (
                <td>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => {
                      setNotice(undefined);
                      setEditing(type.slug);
                    }}
                  >
                    {t("admin.hubTypes.rename")}
                    <span className="visually-hidden"> {type.nameVi}</span>
                  </button>
                </td>
              )}
            </tr>
          ),
        )}
      </DataTable>
    );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("admin.hubTypes.title")}
      </h2>
      <p className="hub-detail__muted">{canEdit ? t("admin.hubTypes.lead") : t("admin.hubTypes.readOnly")}</p>
      {list}
      <p role="status">{notice ?? ""}</p>
      {canEdit && <AddForm onDone={setNotice} />}
    </section>
  );
}

/** The problems of a type's two names: each is required. */
function nameProblems(nameVi: string, nameEn: string, t: ReturnType<typeof useTranslation>["t"]) {
  return {
    nameVi: nameVi.trim() ? undefined : t("admin.hubTypes.nameRequired"),
    nameEn: nameEn.trim() ? undefined : t("admin.hubTypes.nameRequired"),
  };
}

/** A type's Vietnamese and English names, both required. */
function NameFields({
  names,
  setNameVi,
  setNameEn,
  errors,
  autoFocus = false,
}: {
  names: { nameVi: string; nameEn: string };
  setNameVi: (value: string) => void;
  setNameEn: (value: string) => void;
  errors: { nameVi?: string; nameEn?: string };
  /** Whether the first field takes the focus (the rename form replaces the row whose button was pressed). */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t("admin.hubTypes.nameVi")} error={errors.nameVi} required>
        {(control) => (
          <input
            {...control}
            className="input"
            lang="vi"
            maxLength={120}
            value={names.nameVi}
            // biome-ignore lint/a11y/noAutofocus: only the rename form asks for it, see the prop.
            autoFocus={autoFocus}
            onChange={(event) => setNameVi(event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t("admin.hubTypes.nameEn")} error={errors.nameEn} required>
        {(control) => (
          <input
            {...control}
            className="input"
            lang="en"
            maxLength={120}
            value={names.nameEn}
            onChange={(event) => setNameEn(event.target.value)}
          />
        )}
      </FormField>
    </>
  );
}

function RenameForm({
  type,
  network,
  onClose,
}: {
  type: HubType;
  network: string;
  onClose: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateHubType();
  const [checking, setChecking] = useState(false);
  const [stale, setStale] = useState<HubType>();
  const [nameVi, setNameVi] = useState(type.nameVi);
  const [nameEn, setNameEn] = useState(type.nameEn);
  const [problems, setProblems] = useState<{ nameVi?: string; nameEn?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const found = nameProblems(nameVi, nameEn, t);
    setProblems(found);
    if (found.nameVi || found.nameEn || checking) return;
    // The rename carries the version this form started from; if someone renamed the type meanwhile the server
    // answers 409, nothing changes, and the person sees the names now saved (the list refetches on settle).
    update.mutate(
      {
        slug: type.slug,
        body: { version: stale?.version ?? type.version, nameVi: nameVi.trim(), nameEn: nameEn.trim() },
      },
      {
        onSuccess: (saved) => {
          setStale(undefined);
          onClose(t("admin.hubTypes.renamed", { name: saved.nameVi }));
        },
        onError: (error) => {
          if (!isConflict(error)) return;
          setChecking(true);
          void getHubTaxonomies(network)
            .then((fresh) => setStale(fresh.types.find((x) => x.slug === type.slug) ?? type))
            .catch(() => setStale(type))
            .finally(() => setChecking(false));
        },
      },
    );
  };
  const server = fieldErrors(update.error);
  const problem = stale
    ? t("admin.hubTypes.renamedMeanwhile", { nameVi: stale.nameVi, nameEn: stale.nameEn })
    : problemOf(update.error, t);

  return (
    <form
      className="admin-form admin-form--inline"
      noValidate
      onSubmit={submit}
      aria-busy={update.isPending || undefined}
    >
      <NameFields
        names={{ nameVi, nameEn }}
        setNameVi={setNameVi}
        setNameEn={setNameEn}
        errors={{ nameVi: problems.nameVi ?? server.nameVi, nameEn: problems.nameEn ?? server.nameEn }}
        autoFocus
      />
      <ErrorNotice message={problem} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={update.isPending || checking || undefined}
        >
          {update.isPending || checking ? t("admin.saving") : t("admin.hubTypes.saveName")}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>
          {t("admin.cancel")}
        </button>
      </div>
    </form>
  );
}

function AddForm({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateHubType();
  const [nameVi, setNameVi] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [slug, setSlug] = useState("");
  const [slugTouched, setSlugTouched] = useState(false);
  const [problems, setProblems] = useState<{ nameVi?: string; nameEn?: string; slug?: string }>({});
  const effectiveSlug = slugTouched ? slug : slugify(nameEn || nameVi);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const found = {
      ...nameProblems(nameVi, nameEn, t),
      slug: /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(effectiveSlug) ? undefined : t("admin.hubTypes.slugInvalid"),
    };
    setProblems(found);
    if (found.nameVi || found.nameEn || found.slug) return;
    create.mutate(
      { slug: effectiveSlug, nameVi: nameVi.trim(), nameEn: nameEn.trim() },
      {
        onSuccess: (saved) => {
          onDone(t("admin.hubTypes.added", { name: saved.nameVi }));
          setNameVi("");
          setNameEn("");
          setSlug("");
          setSlugTouched(false);
        },
      },
    );
  };
  const server = fieldErrors(create.error);
  const slugTaken = isConflict(create.error) && server.slug ? t("admin.hubTypes.slugTaken") : undefined;
  const problem = slugTaken ? undefined : problemOf(create.error, t);

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-busy={create.isPending || undefined}>
      <h3 className="admin-form__title">{t("admin.hubTypes.addTitle")}</h3>
      <NameFields
        names={{ nameVi, nameEn }}
        setNameVi={setNameVi}
        setNameEn={setNameEn}
        errors={{ nameVi: problems.nameVi ?? server.nameVi, nameEn: problems.nameEn ?? server.nameEn }}
      />
      <FormField
        label={t("admin.hubTypes.slug")}
        hint={t("admin.hubTypes.slugHint")}
        error={problems.slug ?? slugTaken ?? server.slug}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            maxLength={100}
            value={effectiveSlug}
            onChange={(event) => {
              setSlugTouched(true);
              setSlug(event.target.value);
            }}
          />
        )}
      </FormField>
      <ErrorNotice message={problem} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-disabled={create.isPending || undefined}>
          {create.isPending ? t("admin.saving") : t("admin.hubTypes.add")}
        </button>
      </div>
    </form>
  );
}
