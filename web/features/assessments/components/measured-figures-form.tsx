import { type FormEvent, useState } from "react";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import type { FrameworkElement, RoundView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import type { RoundHub } from "../api/get-round-hub.ts";
import { useSaveMeasured } from "../api/save-measured.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual } from "../utils/labels.ts";
import { type MeasuredDraft, measuredValues } from "../utils/measured-values.ts";
import { submissionErrors } from "../utils/submission-errors.ts";

/** Props of MeasuredFiguresForm. */
export interface MeasuredFiguresFormProps {
  round: RoundView;
  hubId: string;
  me: MeView;
  /** The framework's elements; the form shows the indicators supplied by a measured figure. */
  elements: FrameworkElement[];
  /** The hub's submissions in the round (the measured one, if any, fills the form). */
  submissions: RoundHub["submissions"];
}

/**
 * Measured figures of one hub in an open round, entered by the network's administrators (official statistics,
 * counts from ticketing, …): one value per measured indicator with its source. Nothing shows for anyone else, nor
 * when the framework has no measured indicator.
 */
export function MeasuredFiguresForm({ round, hubId, me, elements, submissions }: MeasuredFiguresFormProps) {
  const isAdmin =
    me.isPlatformAdmin || me.networkRoles.some((r) => r.role === "admin" && r.networkId === round.networkId);
  const indicators = elements.filter((e) => e.kind === "indicator" && e.supplier === "measured");
  if (!isAdmin || round.status !== "open" || indicators.length === 0) return null;
  const existing = submissions.find((s) => s.source === "measured");
  return <MeasuredForm roundId={round.id} hubId={hubId} indicators={indicators} existing={existing} />;
}

interface MeasuredFormProps {
  roundId: string;
  hubId: string;
  indicators: FrameworkElement[];
  existing: RoundHub["submissions"][number] | undefined;
}

function MeasuredForm({ roundId, hubId, indicators, existing }: MeasuredFormProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const save = useSaveMeasured();
  const [drafts, setDrafts] = useState<Record<string, MeasuredDraft>>(() =>
    Object.fromEntries(
      indicators.map((e) => {
        const v = existing?.values[e.code];
        return [e.code, { value: v ? String(v.value) : "", source: v?.comment ?? "" }];
      }),
    ),
  );
  const [local, setLocal] = useState<Map<string, string>>(new Map());
  const [saved, setSaved] = useState(false);
  const server = save.error instanceof ApiError ? submissionErrors(save.error.details) : new Map<string, string>();
  const errorOf = (code: string) => local.get(code) ?? server.get(code);
  const set = (code: string, patch: Partial<MeasuredDraft>) =>
    setDrafts((d) => ({ ...d, [code]: { ...d[code], ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { values, problems } = measuredValues(indicators, drafts);
    setLocal(new Map(problems.map((p) => [p.code, t(p.key, p.params)])));
    if (problems.length > 0) return;
    save.mutate({ roundId, hubId, values, version: existing?.version }, { onSuccess: () => setSaved(true) });
  };

  const summary = indicators
    .filter((e) => errorOf(e.code))
    .map((e) => ({
      id: `measured-${e.code}`,
      label: bilingual(e.nameVi, e.nameEn, language),
      message: errorOf(e.code) as string,
    }));

  return (
    <section className="panel submission-form measured-figures" aria-labelledby="measured-title">
      <h2 id="measured-title" className="section-title">
        {t("measured.title")}
      </h2>
      <p className="hub-detail__muted">{t("measured.lead")}</p>
      <form onSubmit={submit} noValidate>
        {(summary.length > 0 || (save.isError && server.size === 0)) && (
          <FormErrorSummary title={t("hub.problems")} message={save.error?.message} items={summary} />
        )}
        {indicators.map((e) => {
          const name = bilingual(e.nameVi, e.nameEn, language);
          const d = drafts[e.code];
          const error = errorOf(e.code);
          const controlId = `measured-${e.code}`;
          const hintId = `${controlId}-hint`;
          const errorId = `${controlId}-error`;
          const describedBy = [hintId, error ? errorId : ""].filter(Boolean).join(" ");
          const control = {
            id: controlId,
            "aria-describedby": describedBy,
            "aria-invalid": error ? (true as const) : undefined,
            value: d.value,
          };
          return (
            <fieldset key={e.code} className="form-fieldset indicator-field" data-invalid={error ? true : undefined}>
              <legend className="form-fieldset__legend">
                {name} {e.unit && <span className="hub-detail__muted">({e.unit})</span>}
              </legend>
              <p id={hintId} className="form-field__hint">
                {bilingual(e.guidanceVi, e.guidanceEn, language)}
                {e.type === "number" && e.range && ` ${t("hub.range", { min: e.range[0], max: e.range[1] })}`}
              </p>
              <div className="form-field">
                <label htmlFor={controlId} className="form-field__label">
                  {t("measured.value", { name })}
                </label>
                {e.type === "number" ? (
                  <input
                    {...control}
                    className="input input--short"
                    inputMode="decimal"
                    onChange={(ev) => set(e.code, { value: ev.target.value })}
                  />
                ) : (
                  <select {...control} className="select" onChange={(ev) => set(e.code, { value: ev.target.value })}>
                    <option value="">{t("hub.choose")}</option>
                    {e.type === "yesno" ? (
                      <>
                        <option value="1">{t("hub.yes")}</option>
                        <option value="0">{t("hub.no")}</option>
                      </>
                    ) : (
                      (e.levels ?? []).map((l) => (
                        <option key={l.level} value={String(l.level)}>
                          {l.level} — {bilingual(l.labelVi, l.labelEn, language)}
                        </option>
                      ))
                    )}
                  </select>
                )}
                {error && (
                  <p id={errorId} className="form-field__error">
                    {error}
                  </p>
                )}
              </div>
              <div className="form-field">
                <label htmlFor={`measured-source-${e.code}`} className="form-field__label">
                  {t("measured.source", { name })}
                </label>
                <input
                  id={`measured-source-${e.code}`}
                  className="input"
                  value={d.source}
                  onChange={(ev) => set(e.code, { source: ev.target.value })}
                />
              </div>
            </fieldset>
          );
        })}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t("measured.save")}
          </button>
          {saved && (
            <span className="notice notice--success" role="status">
              {t("hub.saved")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
