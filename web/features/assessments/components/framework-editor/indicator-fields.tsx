import { useAssessmentsT } from "../../hooks/use-assessments-t.ts";
import { type DraftElement, type DraftLevel, newKey } from "../../utils/framework-draft.ts";
import { EditorField, type FieldMessages } from "./editor-field.tsx";

/** Props of IndicatorFields. */
export interface IndicatorFieldsProps {
  element: DraftElement;
  /** The element's name for labels, e.g. "Direction: Events". */
  name: string;
  messages: FieldMessages;
  onChange: (patch: Partial<DraftElement>) => void;
}

/**
 * An indicator's own settings: direction, unit, supplier, type, and the type's parameters (goalposts or a target
 * with an optional range for numbers; numbered levels with Vietnamese and English descriptions for rubrics).
 */
export function IndicatorFields({ element: e, name, messages, onChange }: IndicatorFieldsProps) {
  const t = useAssessmentsT();
  const id = (field: string) => `fw-${e.key}-${field}`;
  const setLevel = (key: string, patch: Partial<DraftLevel>) =>
    onChange({ levels: e.levels.map((l) => (l.key === key ? { ...l, ...patch } : l)) });
  const nextLevel = () => {
    const numbers = e.levels.map((l) => Number.parseInt(l.level, 10)).filter(Number.isFinite);
    return String(numbers.length ? Math.max(...numbers) + 1 : 0);
  };

  return (
    <>
      <div className="form-grid">
        <EditorField id={id("type")} label={t("framework.type")} name={name} messages={messages("type")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={e.type ?? ""}
              onChange={(ev) => onChange({ type: (ev.target.value || null) as DraftElement["type"] })}
            >
              <option value="">{t("editor.choose")}</option>
              <option value="number">{t("framework.types.number")}</option>
              <option value="rubric">{t("framework.types.rubric")}</option>
              <option value="yesno">{t("framework.types.yesno")}</option>
            </select>
          )}
        </EditorField>
        <EditorField id={id("supplier")} label={t("framework.supplier")} name={name} messages={messages("supplier")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={e.supplier ?? ""}
              onChange={(ev) => onChange({ supplier: (ev.target.value || null) as DraftElement["supplier"] })}
            >
              <option value="">{t("editor.choose")}</option>
              <option value="self">{t("framework.suppliers.self")}</option>
              <option value="assessor">{t("framework.suppliers.assessor")}</option>
              <option value="measured">{t("framework.suppliers.measured")}</option>
            </select>
          )}
        </EditorField>
        <EditorField id={id("direction")} label={t("framework.direction")} name={name} messages={messages("direction")}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={String(e.direction)}
              onChange={(ev) => onChange({ direction: ev.target.value === "-1" ? -1 : 1 })}
            >
              <option value="1">{t("framework.higherBetter")}</option>
              <option value="-1">{t("framework.lowerBetter")}</option>
            </select>
          )}
        </EditorField>
        <EditorField id={id("unit")} label={t("framework.unit")} name={name} messages={messages("unit")}>
          {(p) => (
            <input {...p} className="input" value={e.unit} onChange={(ev) => onChange({ unit: ev.target.value })} />
          )}
        </EditorField>
      </div>

      {e.type === "number" && (
        <fieldset className="form-fieldset framework-editor__params">
          <legend className="form-fieldset__legend">{t("editor.scoring")}</legend>
          <div className="framework-editor__modes" role="radiogroup" aria-label={`${t("editor.scoring")}: ${name}`}>
            {(["goalposts", "target"] as const).map((mode) => (
              <label key={mode} className="framework-editor__mode">
                <input
                  type="radio"
                  name={id("mode")}
                  value={mode}
                  checked={e.numberMode === mode}
                  onChange={() => onChange({ numberMode: mode })}
                />{" "}
                {t(`editor.mode.${mode}`)}
              </label>
            ))}
          </div>
          {e.numberMode === "goalposts" ? (
            <div className="form-grid">
              <EditorField id={id("goalLow")} label={t("editor.goalLow")} name={name} messages={messages("goalposts")}>
                {(p) => (
                  <input
                    {...p}
                    className="input input--short"
                    inputMode="decimal"
                    value={e.goalLow}
                    onChange={(ev) => onChange({ goalLow: ev.target.value })}
                  />
                )}
              </EditorField>
              <EditorField id={id("goalHigh")} label={t("editor.goalHigh")} name={name} messages={[]}>
                {(p) => (
                  <input
                    {...p}
                    className="input input--short"
                    inputMode="decimal"
                    value={e.goalHigh}
                    onChange={(ev) => onChange({ goalHigh: ev.target.value })}
                  />
                )}
              </EditorField>
            </div>
          ) : (
            <EditorField id={id("target")} label={t("editor.targetValue")} name={name} messages={messages("target")}>
              {(p) => (
                <input
                  {...p}
                  className="input input--short"
                  inputMode="decimal"
                  value={e.target}
                  onChange={(ev) => onChange({ target: ev.target.value })}
                />
              )}
            </EditorField>
          )}
          <p className="form-field__hint">{t("editor.rangeHint")}</p>
          <div className="form-grid">
            <EditorField id={id("rangeMin")} label={t("editor.rangeMin")} name={name} messages={messages("range")}>
              {(p) => (
                <input
                  {...p}
                  className="input input--short"
                  inputMode="decimal"
                  value={e.rangeMin}
                  onChange={(ev) => onChange({ rangeMin: ev.target.value })}
                />
              )}
            </EditorField>
            <EditorField id={id("rangeMax")} label={t("editor.rangeMax")} name={name} messages={[]}>
              {(p) => (
                <input
                  {...p}
                  className="input input--short"
                  inputMode="decimal"
                  value={e.rangeMax}
                  onChange={(ev) => onChange({ rangeMax: ev.target.value })}
                />
              )}
            </EditorField>
          </div>
        </fieldset>
      )}

      {e.type === "rubric" && (
        <fieldset
          className="form-fieldset framework-editor__params"
          data-invalid={messages("levels").length > 0 || undefined}
        >
          <legend className="form-fieldset__legend">{t("framework.levels")}</legend>
          {messages("levels").length > 0 && (
            <ul className="framework-element__errors">
              {messages("levels").map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
          <ol className="framework-editor__levels">
            {e.levels.map((l, i) => {
              const levelName = `${name} · ${t("editor.level")} ${l.level || i + 1}`;
              return (
                <li key={l.key} className="framework-editor__level">
                  <EditorField
                    id={id(`level-${l.key}`)}
                    label={t("editor.level")}
                    name={levelName}
                    messages={messages(`levels.${i}.level`)}
                  >
                    {(p) => (
                      <input
                        {...p}
                        className="input input--short"
                        inputMode="numeric"
                        value={l.level}
                        onChange={(ev) => setLevel(l.key, { level: ev.target.value })}
                      />
                    )}
                  </EditorField>
                  <EditorField
                    id={id(`level-${l.key}-vi`)}
                    label={t("editor.levelVi")}
                    name={levelName}
                    messages={messages(`levels.${i}.labelVi`)}
                  >
                    {(p) => (
                      <input
                        {...p}
                        className="input"
                        lang="vi"
                        value={l.labelVi}
                        onChange={(ev) => setLevel(l.key, { labelVi: ev.target.value })}
                      />
                    )}
                  </EditorField>
                  <EditorField
                    id={id(`level-${l.key}-en`)}
                    label={t("editor.levelEn")}
                    name={levelName}
                    messages={messages(`levels.${i}.labelEn`)}
                  >
                    {(p) => (
                      <input
                        {...p}
                        className="input"
                        lang="en"
                        value={l.labelEn}
                        onChange={(ev) => setLevel(l.key, { labelEn: ev.target.value })}
                      />
                    )}
                  </EditorField>
                  <button
                    type="button"
                    className="button framework-editor__small"
                    onClick={() => onChange({ levels: e.levels.filter((x) => x.key !== l.key) })}
                    aria-label={`${t("editor.removeLevel")}: ${levelName}`}
                  >
                    {t("editor.removeLevel")}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button framework-editor__small"
            onClick={() =>
              onChange({ levels: [...e.levels, { key: newKey(), level: nextLevel(), labelVi: "", labelEn: "" }] })
            }
            aria-label={`${t("editor.addLevel")}: ${name}`}
          >
            {t("editor.addLevel")}
          </button>
        </fieldset>
      )}
    </>
  );
}
