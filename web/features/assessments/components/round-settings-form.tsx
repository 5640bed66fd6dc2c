import { type FormEvent, useId, useState } from "react";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { useUpdateRound } from "../api/update-round.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { parseRoundTerms, type RoundTermsDraft, termsDraftOf } from "../utils/round-terms.ts";
import { RoundTermsFields } from "./round-terms-fields.tsx";

/** Props of RoundSettingsForm. */
export interface RoundSettingsFormProps {
  round: RoundView;
}

const fieldOf = (path: string) => path.replace(/^body\./, "").split(".")[0];

/**
 * The administrator's form to change an open round: its names, its deadlines (e.g. to extend them; whole days in the
 * network's time zone, an empty date removes one), the disagreement spread and the tiers. It saves with the round's
 * version, so a change someone made meanwhile is a 409 and nothing is overwritten.
 */
export function RoundSettingsForm({ round }: RoundSettingsFormProps) {
  const t = useAssessmentsT();
  const id = useId();
  const update = useUpdateRound();
  const [nameVi, setNameVi] = useState(round.nameVi);
  const [nameEn, setNameEn] = useState(round.nameEn);
  const [selfDeadline, setSelf] = useState(round.selfDeadline ?? "");
  const [assessorDeadline, setAssessor] = useState(round.assessorDeadline ?? "");
  const [terms, setTerms] = useState<RoundTermsDraft>(() => termsDraftOf(round.spreadThreshold, round.tiers));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const serverErrors: Record<string, string> = {};
  if (update.error instanceof ApiError)
    for (const d of update.error.details) serverErrors[fieldOf(d.path)] ??= d.message;
  const errors = { ...serverErrors, ...localErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const problems: Record<string, string> = {};
    if (!nameVi.trim()) problems.nameVi = t("open.required");
    if (!nameEn.trim()) problems.nameEn = t("open.required");
    const parsed = parseRoundTerms(terms);
    if (!parsed.ok) {
      if (parsed.problems.spreadThreshold) problems.spreadThreshold = t(`open.${parsed.problems.spreadThreshold}`);
      if (parsed.problems.tiers) problems.tiers = t(`open.${parsed.problems.tiers}`);
    }
    setLocalErrors(problems);
    if (!parsed.ok || Object.keys(problems).length > 0) return;
    update.mutate(
      {
        id: round.id,
        body: {
          version: round.version,
          nameVi: nameVi.trim(),
          nameEn: nameEn.trim(),
          selfDeadline: selfDeadline || null,
          assessorDeadline: assessorDeadline || null,
          ...parsed.value,
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  const labels: Record<string, string> = {
    nameVi: t("open.nameVi"),
    nameEn: t("open.nameEn"),
    selfDeadline: t("open.selfDeadline"),
    assessorDeadline: t("open.assessorDeadline"),
    spreadThreshold: t("open.spread"),
    tiers: t("open.tiers"),
  };
  const summaryItems = Object.entries(errors)
    .filter(([field]) => field in labels)
    .map(([field, message]) => ({ id: `${id}-${field}`, label: labels[field], message }));

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t("settings.title")}
      </h2>
      <p className="hub-detail__muted">{t("settings.lead")}</p>
      <form className="form-grid round-settings-form" onSubmit={submit} noValidate>
        {(summaryItems.length > 0 || update.isError) && (
          <FormErrorSummary title={t("open.problems")} message={update.error?.message} items={summaryItems} />
        )}
        <FormField label={t("open.nameVi")} id={`${id}-nameVi`} error={errors.nameVi} required>
          {(control) => (
            <input
              className="input"
              lang="vi"
              {...control}
              value={nameVi}
              onChange={(e) => setNameVi(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("open.nameEn")} id={`${id}-nameEn`} error={errors.nameEn} required>
          {(control) => (
            <input
              className="input"
              lang="en"
              {...control}
              value={nameEn}
              onChange={(e) => setNameEn(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("open.selfDeadline")} id={`${id}-selfDeadline`} error={errors.selfDeadline}>
          {(control) => (
            <input
              className="input input--short"
              type="date"
              {...control}
              value={selfDeadline}
              onChange={(e) => setSelf(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("open.assessorDeadline")} id={`${id}-assessorDeadline`} error={errors.assessorDeadline}>
          {(control) => (
            <input
              className="input input--short"
              type="date"
              {...control}
              value={assessorDeadline}
              onChange={(e) => setAssessor(e.target.value)}
            />
          )}
        </FormField>
        <RoundTermsFields id={id} value={terms} onChange={setTerms} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? t("settings.saving") : t("settings.save")}
          </button>
        </div>
        {saved && !update.isError && (
          <p className="notice notice--success" role="status">
            {t("settings.saved")}
          </p>
        )}
      </form>
    </section>
  );
}
