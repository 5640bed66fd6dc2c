import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import type { EvidenceFile, FrameworkElement } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useFramework } from "../api/get-framework.ts";
import { useRound } from "../api/get-round.ts";
import { type RoundHub, useRoundHub } from "../api/get-round-hub.ts";
import { type SubmissionKind, useSaveSubmission } from "../api/save-submission.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { deadlinePassed, deadlineRefusal } from "../utils/deadlines.ts";
import { bilingual, parseLocaleNumber } from "../utils/labels.ts";
import { submissionErrors } from "../utils/submission-errors.ts";
import { EvidenceEditor, EvidenceLinks } from "./evidence-files.tsx";
import { MeasuredFiguresForm } from "./measured-figures-form.tsx";

/** Props of RoundHubPage. */
export interface RoundHubPageProps {
  roundId: string;
  hubId: string;
  me: MeView;
}

/**
 * A hub in a round. Its managers fill in the self-assessment (values with evidence and links); an assigned
 * assessor scores with comments; everyone allowed sees the submissions, the consolidated values and the flags.
 */
export function RoundHubPage({ roundId, hubId, me }: RoundHubPageProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const round = useRound(roundId);
  const hub = useRoundHub(roundId, hubId);
  const framework = useFramework(round.data?.framework.id);

  if (round.isPending || hub.isPending || (round.data && framework.isPending))
    return <LoadingState label={t("hub.loading")} />;
  if (round.isError) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  if (hub.isError) return <ErrorState error={hub.error} onRetry={() => void hub.refetch()} />;
  if (framework.isError) return <ErrorState error={framework.error} onRetry={() => void framework.refetch()} />;
  if (!framework.data) return <LoadingState />;

  const r = round.data;
  const info = r.hubs.find((h) => h.id === hubId);
  const name = bilingual(info?.nameVi, info?.nameEn, language);
  const open = r.status === "open";
  const manages = me.managedHubIds.includes(hubId);
  const assessor = info?.assessors.some((a) => a.id === me.id) ?? false;
  const indicators = framework.data.elements.filter((e) => e.kind === "indicator");
  const byCode = new Map(framework.data.elements.map((e) => [e.code, e]));

  return (
    <div className="round-hub-page">
      <header className="page-header">
        <p className="breadcrumbs">
          <Link to={paths.assessments.round(r.id)}>{bilingual(r.nameVi, r.nameEn, language)}</Link>
        </p>
        <h1 className="page-title" tabIndex={-1}>
          {name}
        </h1>
      </header>

      {hub.data.flagged.length > 0 && (
        <div className="notice notice--warning">
          <p>{t("hub.flaggedLead")}</p>
          <ul>
            {hub.data.flagged.map((f) => (
              <li key={f.code}>
                {bilingual(byCode.get(f.code)?.nameVi, byCode.get(f.code)?.nameEn, language)} ({f.code}):{" "}
                {t("hub.spread", { percent: Math.round(f.spread * 100) })}
              </li>
            ))}
          </ul>
        </div>
      )}

      {open && manages && (
        <SubmissionForm
          kind="self-assessment"
          roundId={roundId}
          hubId={hubId}
          indicators={indicators.filter((e) => e.supplier === "self")}
          existing={hub.data.submissions.find((s) => s.source === "self")}
          evidence={hub.data.evidence}
          deadline={r.selfDeadline}
        />
      )}
      {open && assessor && (
        <SubmissionForm
          kind="scores"
          roundId={roundId}
          hubId={hubId}
          indicators={indicators.filter((e) => e.supplier === "assessor")}
          existing={hub.data.submissions.find((s) => s.source === "assessor" && s.authorId === me.id)}
          deadline={r.assessorDeadline}
        />
      )}

      <MeasuredFiguresForm
        round={r}
        hubId={hubId}
        me={me}
        elements={framework.data.elements}
        submissions={hub.data.submissions}
      />

      <section aria-labelledby="submissions-title">
        <h2 id="submissions-title" className="section-title">
          {t("hub.submissions")}
        </h2>
        {hub.data.submissions.length === 0 ? (
          <p className="hub-detail__muted">{t("hub.noSubmissions")}</p>
        ) : (
          <div className="table-scroll">
            <table className="assess-table">
              <caption className="visually-hidden">{t("hub.submissionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("hub.indicator")}</th>
                  {hub.data.submissions.map((s) => (
                    <th key={`${s.source}-${s.authorName}`} scope="col">
                      {s.source === "self" ? t("hub.selfColumn") : s.authorName}
                    </th>
                  ))}
                  <th scope="col">{t("hub.consolidated")}</th>
                </tr>
              </thead>
              <tbody>
                {indicators.map((e) => (
                  <tr key={e.code}>
                    <th scope="row">{bilingual(e.nameVi, e.nameEn, language)}</th>
                    {hub.data.submissions.map((s) => {
                      const v = s.values[e.code];
                      return (
                        <td key={`${s.source}-${s.authorName}`}>
                          {v ? v.value : "—"}
                          {(v?.evidence || v?.comment) && (
                            <span className="submission-note">{v.evidence ?? v.comment}</span>
                          )}
                          {v?.links.map((link) => (
                            <a key={link} className="submission-note" href={link} rel="noopener noreferrer">
                              {link}
                            </a>
                          ))}
                          {s.source === "self" && (
                            <EvidenceLinks
                              roundId={roundId}
                              hubId={hubId}
                              files={hub.data.evidence.filter((f) => f.indicator === e.code)}
                            />
                          )}
                        </td>
                      );
                    })}
                    <td>
                      {hub.data.consolidated[e.code] ?? "—"}{" "}
                      {hub.data.flagged.some((f) => f.code === e.code) && (
                        <Badge tone="danger">{t("hub.disagreement")}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

interface SubmissionFormProps {
  kind: SubmissionKind;
  roundId: string;
  hubId: string;
  indicators: FrameworkElement[];
  existing: RoundHub["submissions"][number] | undefined;
  /** Self-assessment: the hub's evidence files, attached per indicator. */
  evidence?: EvidenceFile[];
  /** The deadline for this kind of submission (a date in the network's time zone), if any. */
  deadline: string | null;
}

interface Draft {
  value: string;
  note: string;
  links: string;
}

/** The self-assessment or scoring form: one control per indicator, chosen by its type, with evidence or comment. */
function SubmissionForm({ kind, roundId, hubId, indicators, existing, evidence, deadline }: SubmissionFormProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const save = useSaveSubmission();
  const self = kind === "self-assessment";
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(
      indicators.map((e) => {
        const v = existing?.values[e.code];
        return [
          e.code,
          {
            value: v ? String(v.value) : "",
            note: (self ? v?.evidence : v?.comment) ?? "",
            links: v?.links.join("\n") ?? "",
          },
        ];
      }),
    ),
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const serverErrors =
    save.error instanceof ApiError ? submissionErrors(save.error.details) : new Map<string, string>();
  const errorOf = (code: string) => localErrors[code] ?? serverErrors.get(code);
  const late = save.error instanceof ApiError ? deadlineRefusal(save.error.details) : undefined;
  const lateMessage = late ? t("deadlines.refused", { date: deadline ?? "" }) : undefined;
  const set = (code: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [code]: { ...d[code], ...patch } }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    const values: Record<
      string,
      { value: number; evidence?: string | null; comment?: string | null; links?: string[] }
    > = {};
    for (const e of indicators) {
      const d = drafts[e.code];
      if (d.value.trim() === "") continue;
      const n = parseLocaleNumber(d.value);
      if (n === null) {
        problems[e.code] = t("hub.needsNumber");
        continue;
      }
      const links = d.links
        .split(/\s+/)
        .map((l) => l.trim())
        .filter(Boolean);
      values[e.code] = self
        ? { value: n, evidence: d.note.trim() || null, links }
        : { value: n, comment: d.note.trim() || null };
    }
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate(
      { roundId, hubId, kind, body: { values, version: existing?.version } },
      { onSuccess: () => setSaved(true) },
    );
  };

  const title = self ? t("hub.selfTitle") : t("hub.scoreTitle");
  const allErrors = indicators
    .filter((e) => errorOf(e.code))
    .map((e) => ({
      id: `value-${e.code}`,
      label: bilingual(e.nameVi, e.nameEn, language),
      message: errorOf(e.code) as string,
    }));

  return (
    <section className="panel submission-form" aria-labelledby={`${kind}-title`}>
      <h2 id={`${kind}-title`} className="section-title">
        {title}
      </h2>
      {indicators.length === 0 ? (
        <p className="hub-detail__muted">{t("hub.nothingToSupply")}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          {(allErrors.length > 0 || (save.isError && serverErrors.size === 0)) && (
            <FormErrorSummary
              title={t("hub.problems")}
              message={lateMessage ?? save.error?.message}
              items={allErrors}
            />
          )}
          {deadline && !late && (
            <p className={deadlinePassed(deadline, new Date()) ? "notice notice--warning" : "form-field__hint"}>
              {deadlinePassed(deadline, new Date())
                ? t("deadlines.passedLead", { date: deadline })
                : t("deadlines.until", { date: deadline })}
            </p>
          )}
          {indicators.map((e) => {
            const d = drafts[e.code];
            const name = bilingual(e.nameVi, e.nameEn, language);
            const error = errorOf(e.code);
            const controlId = `value-${e.code}`;
            const hintId = `${controlId}-hint`;
            const errorId = `${controlId}-error`;
            const describedBy = [hintId, error ? errorId : ""].filter(Boolean).join(" ");
            const guidance = bilingual(e.guidanceVi, e.guidanceEn, language);
            return (
              <fieldset key={e.code} className="form-fieldset indicator-field" data-invalid={error ? true : undefined}>
                <legend className="form-fieldset__legend">
                  {name} {e.unit && <span className="hub-detail__muted">({e.unit})</span>}
                </legend>
                <p id={hintId} className="form-field__hint">
                  {guidance}
                  {e.type === "number" && e.range && ` ${t("hub.range", { min: e.range[0], max: e.range[1] })}`}
                </p>
                <div className="form-field">
                  <label htmlFor={controlId} className="form-field__label">
                    {self ? t("hub.value", { name }) : t("hub.score", { name })}
                  </label>
                  {e.type === "rubric" ? (
                    <select
                      id={controlId}
                      className="select"
                      aria-describedby={describedBy}
                      aria-invalid={error ? true : undefined}
                      value={d.value}
                      onChange={(ev) => set(e.code, { value: ev.target.value })}
                    >
                      <option value="">{t("hub.choose")}</option>
                      {(e.levels ?? []).map((l) => (
                        <option key={l.level} value={String(l.level)}>
                          {l.level} — {bilingual(l.labelVi, l.labelEn, language)}
                        </option>
                      ))}
                    </select>
                  ) : e.type === "yesno" ? (
                    <select
                      id={controlId}
                      className="select"
                      aria-describedby={describedBy}
                      aria-invalid={error ? true : undefined}
                      value={d.value}
                      onChange={(ev) => set(e.code, { value: ev.target.value })}
                    >
                      <option value="">{t("hub.choose")}</option>
                      <option value="1">{t("hub.yes")}</option>
                      <option value="0">{t("hub.no")}</option>
                    </select>
                  ) : (
                    <input
                      id={controlId}
                      className="input input--short"
                      inputMode="decimal"
                      aria-describedby={describedBy}
                      aria-invalid={error ? true : undefined}
                      value={d.value}
                      onChange={(ev) => set(e.code, { value: ev.target.value })}
                    />
                  )}
                  {error && (
                    <p id={errorId} className="form-field__error">
                      {error}
                    </p>
                  )}
                </div>
                <div className="form-field">
                  <label htmlFor={`note-${e.code}`} className="form-field__label">
                    {self ? t("hub.evidence", { name }) : t("hub.comment", { name })}
                  </label>
                  <textarea
                    id={`note-${e.code}`}
                    className="textarea"
                    rows={2}
                    value={d.note}
                    onChange={(ev) => set(e.code, { note: ev.target.value })}
                  />
                </div>
                {self && (
                  <div className="form-field">
                    <label htmlFor={`links-${e.code}`} className="form-field__label">
                      {t("hub.links", { name })}
                    </label>
                    <textarea
                      id={`links-${e.code}`}
                      className="textarea"
                      rows={1}
                      value={d.links}
                      onChange={(ev) => set(e.code, { links: ev.target.value })}
                    />
                  </div>
                )}
                {self && evidence && (
                  <EvidenceEditor
                    roundId={roundId}
                    hubId={hubId}
                    indicator={e.code}
                    indicatorName={name}
                    files={evidence.filter((f) => f.indicator === e.code)}
                  />
                )}
              </fieldset>
            );
          })}
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {self ? t("hub.saveSelf") : t("hub.saveScores")}
            </button>
          </div>
          {saved && (
            <p className="notice notice--success" role="status">
              {t("hub.saved")}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
