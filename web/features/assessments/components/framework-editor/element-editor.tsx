import { useLanguage } from "../../../../lib/i18n.ts";
import { Badge } from "../../../../ui/badge.tsx";
import { useAssessmentsT } from "../../hooks/use-assessments-t.ts";
import type { WeightShare } from "../../utils/effective-weights.ts";
import { childrenOf, type DraftElement } from "../../utils/framework-draft.ts";
import { bilingual, percent } from "../../utils/labels.ts";
import { EditorField } from "./editor-field.tsx";
import { IndicatorFields } from "./indicator-fields.tsx";

/** What the tree's elements share: the draft, its checks, the preview and the edit operations. */
export interface TreeContext {
  draft: DraftElement[];
  /** Messages of one element's field (`element` for the element as a whole). */
  messages: (key: string, field: string) => string[];
  /** The fields of an element that have a problem. */
  invalidFields: (key: string) => string[];
  shares: Map<string, WeightShare>;
  open: Set<string>;
  toggle: (key: string, open: boolean) => void;
  change: (key: string, patch: Partial<DraftElement>) => void;
  add: (kind: DraftElement["kind"], parentKey: string | null) => void;
  remove: (key: string) => void;
  move: (key: string, by: -1 | 1) => void;
}

/** Fields inside an element's details; any problem in them opens the details. */
const DETAIL_FIELDS =
  /^(code|nameVi|nameEn|guidanceVi|guidanceEn|type|supplier|direction|unit|goalposts|target|range|levels)/;

/** The list of children of `parentKey`, each with its editor, and buttons to add more. */
export function ElementList({ ctx, parentKey, depth }: { ctx: TreeContext; parentKey: string | null; depth: number }) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const children = childrenOf(ctx.draft, parentKey);
  const parent = ctx.draft.find((d) => d.key === parentKey);
  const parentName = parent ? bilingual(parent.nameVi, parent.nameEn, language) || parent.code : "";
  return (
    <>
      {children.length > 0 && (
        <ul className={depth === 0 ? "framework-tree" : "framework-tree__children"}>
          {children.map((e, i) => (
            <ElementEditor key={e.key} ctx={ctx} element={e} first={i === 0} last={i === children.length - 1} />
          ))}
        </ul>
      )}
      <div className="framework-editor__add">
        <button
          type="button"
          className="button framework-editor__small"
          onClick={() => ctx.add("dimension", parentKey)}
          aria-label={parent ? `${t("editor.addSubDimension")}: ${parentName}` : undefined}
        >
          {parent ? t("editor.addSubDimension") : t("editor.addDimension")}
        </button>
        {parent && (
          <button
            type="button"
            className="button framework-editor__small"
            onClick={() => ctx.add("indicator", parentKey)}
            aria-label={`${t("editor.addIndicator")}: ${parentName}`}
          >
            {t("editor.addIndicator")}
          </button>
        )}
      </div>
    </>
  );
}

interface ElementEditorProps {
  ctx: TreeContext;
  element: DraftElement;
  first: boolean;
  last: boolean;
}

/** One dimension or indicator: weight and shares always visible; names, guidance and type in its details. */
function ElementEditor({ ctx, element: e, first, last }: ElementEditorProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const name = bilingual(e.nameVi, e.nameEn, language) || e.code || t("editor.unnamed");
  const share = ctx.shares.get(e.key);
  const messages = (field: string) => ctx.messages(e.key, field);
  // Problems of the weight, of the element as a whole, and any the server names on a field not edited here
  // (its parent: a cycle, a depth) are listed under the head; the others beside their field in the details.
  const headFields = [...new Set(["weight", "element", ...ctx.invalidFields(e.key)])].filter(
    (f) => !DETAIL_FIELDS.test(f),
  );
  const headMessages = headFields.flatMap(messages);
  const detailInvalid = ctx.invalidFields(e.key).some((f) => DETAIL_FIELDS.test(f));
  const isOpen = ctx.open.has(e.key) || detailInvalid;
  const id = (field: string) => `fw-${e.key}-${field}`;
  const change = (patch: Partial<DraftElement>) => ctx.change(e.key, patch);

  return (
    <li className={`framework-element framework-element--${e.kind}`} data-code={e.code} data-key={e.key}>
      <div className="framework-element__body">
        <div className="framework-element__head framework-editor__head">
          <span className="framework-element__name">{name}</span>{" "}
          <code className="framework-element__code">{e.code}</code>{" "}
          <Badge tone={e.kind === "dimension" ? "info" : "neutral"}>{t(`framework.kind.${e.kind}`)}</Badge>
          <span className="framework-editor__tools">
            <button
              type="button"
              className="button framework-editor__small"
              disabled={first}
              onClick={() => ctx.move(e.key, -1)}
              aria-label={`${t("editor.moveUp")}: ${name}`}
            >
              <span aria-hidden="true">↑</span>
            </button>
            <button
              type="button"
              className="button framework-editor__small"
              disabled={last}
              onClick={() => ctx.move(e.key, 1)}
              aria-label={`${t("editor.moveDown")}: ${name}`}
            >
              <span aria-hidden="true">↓</span>
            </button>
            <button
              type="button"
              className="button button--danger framework-editor__small"
              aria-label={`${t("editor.remove")}: ${name}`}
              onClick={() => {
                const below = e.kind === "dimension" && ctx.draft.some((d) => d.parentKey === e.key);
                if (!below || window.confirm(t("editor.removeConfirm", { name }))) ctx.remove(e.key);
              }}
            >
              {t("editor.remove")}
            </button>
          </span>
        </div>
        <div className="framework-editor__weights">
          <EditorField
            id={id("weight")}
            label={t("framework.weight")}
            name={name}
            messages={[]}
            className="framework-editor__weight"
          >
            {(p) => (
              <input
                {...p}
                className="input input--short"
                inputMode="decimal"
                aria-invalid={messages("weight").length > 0 || undefined}
                aria-describedby={headMessages.length > 0 ? `${id("head")}-errors` : undefined}
                value={e.weight}
                onChange={(ev) => change({ weight: ev.target.value })}
              />
            )}
          </EditorField>
          <dl className="framework-element__facts">
            <div>
              <dt>{t("framework.relative")}</dt>
              <dd>{share?.relative == null ? "—" : percent(share.relative, language)}</dd>
            </div>
            <div>
              <dt>{t("framework.effective")}</dt>
              <dd data-effective={e.code}>
                {share?.effective == null ? "—" : percent(share.effective, language)}
                {share?.effective != null && (
                  <span className="framework-editor__bar" aria-hidden="true">
                    <span style={{ width: `${Math.min(100, share.effective * 100)}%` }} />
                  </span>
                )}
              </dd>
            </div>
          </dl>
        </div>
        {headMessages.length > 0 && (
          <ul id={`${id("head")}-errors`} className="framework-element__errors" role="alert">
            {headMessages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        <details
          className="framework-editor__details"
          open={isOpen}
          onToggle={(ev) => {
            const nowOpen = (ev.currentTarget as HTMLDetailsElement).open;
            if (nowOpen !== ctx.open.has(e.key)) ctx.toggle(e.key, nowOpen);
          }}
        >
          <summary aria-label={`${t("editor.details")}: ${name}`}>{t("editor.details")}</summary>
          <div className="form-grid">
            <EditorField id={id("code")} label={t("editor.code")} name={name} messages={messages("code")}>
              {(p) => (
                <input {...p} className="input" value={e.code} onChange={(ev) => change({ code: ev.target.value })} />
              )}
            </EditorField>
            <div />
            <EditorField id={id("nameVi")} label={t("editor.nameVi")} name={name} messages={messages("nameVi")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  lang="vi"
                  value={e.nameVi}
                  onChange={(ev) => change({ nameVi: ev.target.value })}
                />
              )}
            </EditorField>
            <EditorField id={id("nameEn")} label={t("editor.nameEn")} name={name} messages={messages("nameEn")}>
              {(p) => (
                <input
                  {...p}
                  className="input"
                  lang="en"
                  value={e.nameEn}
                  onChange={(ev) => change({ nameEn: ev.target.value })}
                />
              )}
            </EditorField>
            <EditorField
              id={id("guidanceVi")}
              label={t("editor.guidanceVi")}
              name={name}
              messages={messages("guidanceVi")}
            >
              {(p) => (
                <textarea
                  {...p}
                  className="textarea"
                  rows={2}
                  lang="vi"
                  value={e.guidanceVi}
                  onChange={(ev) => change({ guidanceVi: ev.target.value })}
                />
              )}
            </EditorField>
            <EditorField
              id={id("guidanceEn")}
              label={t("editor.guidanceEn")}
              name={name}
              messages={messages("guidanceEn")}
            >
              {(p) => (
                <textarea
                  {...p}
                  className="textarea"
                  rows={2}
                  lang="en"
                  value={e.guidanceEn}
                  onChange={(ev) => change({ guidanceEn: ev.target.value })}
                />
              )}
            </EditorField>
          </div>
          {e.kind === "indicator" && <IndicatorFields element={e} name={name} messages={messages} onChange={change} />}
        </details>
      </div>
      {e.kind === "dimension" && <ElementList ctx={ctx} parentKey={e.key} depth={1} />}
    </li>
  );
}
