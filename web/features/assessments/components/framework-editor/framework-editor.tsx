import "./framework-editor.css";
import { useMemo, useState } from "react";
import type { FrameworkView } from "../../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../../lib/api-client.ts";
import { useUpdateFramework } from "../../api/update-framework.ts";
import { useAssessmentsT } from "../../hooks/use-assessments-t.ts";
import { weightShares } from "../../utils/effective-weights.ts";
import {
  addElement,
  checkDraft,
  type DraftElement,
  fromElements,
  hasIssues,
  moveElement,
  removeElement,
  serverIssues,
  toElements,
  updateElement,
} from "../../utils/framework-draft.ts";
import { parseLocaleNumber } from "../../utils/labels.ts";
import { EditorField } from "./editor-field.tsx";
import { ElementList, type TreeContext } from "./element-editor.tsx";

/** Props of FrameworkEditor. */
export interface FrameworkEditorProps {
  framework: FrameworkView;
  /** Refetches the framework and starts the editor again from it (after a 409). */
  onReload: () => void;
}

type Meta = { nameVi: string; nameEn: string; descriptionVi: string; descriptionEn: string };

/**
 * The editor of an unlocked framework version: its names, and its tree (add, remove, reorder dimensions and
 * indicators; every field of each). Problems show beside their field as the administrator types, the effective
 * weights follow every keystroke, and on save the server's 400 details land on the element they name; a stale
 * version (409) offers to reload.
 */
export function FrameworkEditor({ framework, onReload }: FrameworkEditorProps) {
  const t = useAssessmentsT();
  const update = useUpdateFramework();
  const [draft, setDraft] = useState<DraftElement[]>(() => fromElements(framework.elements));
  const [meta, setMeta] = useState<Meta>({
    nameVi: framework.nameVi,
    nameEn: framework.nameEn,
    descriptionVi: framework.descriptionVi ?? "",
    descriptionEn: framework.descriptionEn ?? "",
  });
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [saved, setSaved] = useState(false);

  const issues = useMemo(() => checkDraft(draft), [draft]);
  const metaIssues = {
    nameVi: meta.nameVi.trim() === "" ? [t("editor.check.nameViRequired")] : [],
    nameEn: meta.nameEn.trim() === "" ? [t("editor.check.nameEnRequired")] : [],
  };
  const invalid = hasIssues(issues) || metaIssues.nameVi.length > 0 || metaIssues.nameEn.length > 0;
  const stale = update.error instanceof ApiError && update.error.status === 409;
  const server = useMemo(
    () =>
      update.error instanceof ApiError && update.error.status === 400
        ? serverIssues(update.error.details, draft)
        : new Map<string, { field: string; message: string }[]>(),
    [update.error, draft],
  );
  const shares = useMemo(
    () =>
      new Map(
        weightShares(
          draft.map((d) => ({ code: d.key, parent: d.parentKey, weight: parseLocaleNumber(d.weight) ?? Number.NaN })),
        ).map((s) => [s.code, s]),
      ),
    [draft],
  );

  /** Any edit makes the server's earlier 400 details and the "saved" note out of date. */
  const edit = (next: (d: DraftElement[]) => DraftElement[]) => {
    setSaved(false);
    if (update.error instanceof ApiError && update.error.status === 400) update.reset();
    setDraft(next);
  };
  const messages = (key: string, field: string) => [
    ...(issues.get(key) ?? []).filter((i) => i.field === field).map((i) => t(i.key, i.params)),
    ...(server.get(key) ?? []).filter((i) => i.field === field).map((i) => i.message),
  ];
  const ctx: TreeContext = {
    draft,
    messages,
    invalidFields: (key) => [
      ...(issues.get(key) ?? []).map((i) => i.field),
      ...(server.get(key) ?? []).map((i) => i.field),
    ],
    shares,
    open,
    toggle: (key, isOpen) =>
      setOpen((s) => {
        const n = new Set(s);
        if (isOpen) n.add(key);
        else n.delete(key);
        return n;
      }),
    change: (key, patch) => edit((d) => updateElement(d, key, patch)),
    add: (kind, parentKey) => {
      const added = addElement(draft, kind, parentKey);
      edit(() => added.draft);
      setOpen((s) => new Set(s).add(added.key));
    },
    remove: (key) => edit((d) => removeElement(d, key)),
    move: (key, by) => edit((d) => moveElement(d, key, by)),
  };

  const save = () => {
    setSaved(false);
    update.mutate(
      {
        id: framework.id,
        body: {
          nameVi: meta.nameVi.trim(),
          nameEn: meta.nameEn.trim(),
          descriptionVi: meta.descriptionVi.trim() || null,
          descriptionEn: meta.descriptionEn.trim() || null,
          elements: toElements(draft),
          version: framework.version,
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const general = [
    ...(issues.get("") ?? []).map((i) => t(i.key, i.params)),
    ...(server.get("") ?? []).map((i) => i.message),
  ];
  const problemCount =
    [...issues.values()].reduce((n, l) => n + l.length, 0) + metaIssues.nameVi.length + metaIssues.nameEn.length;
  const setMetaField = (field: keyof Meta, value: string) => {
    setSaved(false);
    setMeta((m) => ({ ...m, [field]: value }));
  };
  const metaField = (field: keyof Meta, label: string, long: boolean) => (
    <EditorField
      id={`fw-meta-${field}`}
      label={label}
      name={t("editor.thisFramework")}
      messages={[
        ...(field === "nameVi" || field === "nameEn" ? metaIssues[field] : []),
        ...(server.get("") ?? []).filter((i) => i.field === field).map((i) => i.message),
      ]}
    >
      {(p) =>
        long ? (
          <textarea
            {...p}
            className="textarea"
            rows={2}
            lang={field.endsWith("Vi") ? "vi" : "en"}
            value={meta[field]}
            onChange={(ev) => setMetaField(field, ev.target.value)}
          />
        ) : (
          <input
            {...p}
            className="input"
            lang={field.endsWith("Vi") ? "vi" : "en"}
            value={meta[field]}
            onChange={(ev) => setMetaField(field, ev.target.value)}
          />
        )
      }
    </EditorField>
  );

  return (
    <div className="framework-editor">
      {stale && (
        <div className="notice notice--error" role="alert">
          <p>
            {t("editor.stale")} {update.error?.message}
          </p>
          <button type="button" className="button" onClick={onReload}>
            {t("framework.reload")}
          </button>
        </div>
      )}
      {update.isError && !stale && (
        <div className="notice notice--error" role="alert">
          <p>{update.error.message}</p>
          {general.length > 0 && (
            <ul>
              {general.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <section className="panel" aria-labelledby="framework-meta-title">
        <h2 id="framework-meta-title" className="section-title">
          {t("editor.about")}
        </h2>
        <div className="form-grid">
          {metaField("nameVi", t("editor.frameworkNameVi"), false)}
          {metaField("nameEn", t("editor.frameworkNameEn"), false)}
          {metaField("descriptionVi", t("editor.descriptionVi"), true)}
          {metaField("descriptionEn", t("editor.descriptionEn"), true)}
        </div>
      </section>

      <section aria-labelledby="tree-title">
        <h2 id="tree-title" className="section-title">
          {t("framework.tree")}
        </h2>
        <p className="hub-detail__muted">{t("framework.editHint")}</p>
        {general.length > 0 && !update.isError && (
          <ul className="framework-element__errors" role="alert">
            {general.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        <ElementList ctx={ctx} parentKey={null} depth={0} />
      </section>

      <div className="form-actions form-actions--sticky">
        <button type="button" className="button button--primary" disabled={invalid || update.isPending} onClick={save}>
          {t("framework.save")}
        </button>
        {invalid && (
          <span className="framework-editor__count" role="status">
            {t("editor.problems", { count: problemCount })}
          </span>
        )}
        {saved && (
          <span className="notice notice--success" role="status">
            {t("framework.saved")}
          </span>
        )}
      </div>
    </div>
  );
}
