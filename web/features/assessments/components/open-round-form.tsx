import { type FormEvent, useId, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField, FormFieldset } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import type { Frameworks } from "../api/get-frameworks.ts";
import { useNetworkHubs } from "../api/get-network-hubs.ts";
import { useOpenRound } from "../api/open-round.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { bilingual } from "../utils/labels.ts";
import { parseRoundTerms, type RoundTermsDraft } from "../utils/round-terms.ts";
import { RoundTermsFields } from "./round-terms-fields.tsx";

/** Props of OpenRoundForm. */
export interface OpenRoundFormProps {
  network: string;
  frameworks: Frameworks["items"];
}

const fieldOf = (path: string) => path.replace(/^body\./, "").split(".")[0];

/**
 * Opens an assessment round: framework version, participating hubs, deadlines, tier thresholds, the assessors'
 * spread that flags a disagreement and how assessors' scores are consolidated. Server errors appear next to the
 * field they name and in a summary.
 */
export function OpenRoundForm({ network, frameworks }: OpenRoundFormProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const id = useId();
  const hubs = useNetworkHubs(network, true);
  const open = useOpenRound();
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? "");
  const [nameVi, setNameVi] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [hubIds, setHubIds] = useState<string[]>([]);
  const [selfDeadline, setSelfDeadline] = useState("");
  const [assessorDeadline, setAssessorDeadline] = useState("");
  const [consolidation, setConsolidation] = useState<"median" | "mean">("median");
  const [terms, setTerms] = useState<RoundTermsDraft>(() => ({
    spread: "25",
    tiers: [
      { name: t("open.tierGold"), min: "70" },
      { name: t("open.tierSilver"), min: "50" },
      { name: t("open.tierBronze"), min: "0" },
    ],
  }));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const serverErrors: Record<string, string> = {};
  if (open.error instanceof ApiError) for (const d of open.error.details) serverErrors[fieldOf(d.path)] ??= d.message;
  const errors = { ...serverErrors, ...localErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!nameVi.trim()) problems.nameVi = t("open.required");
    if (!nameEn.trim()) problems.nameEn = t("open.required");
    if (hubIds.length === 0) problems.hubIds = t("open.pickHubs");
    const parsedTerms = parseRoundTerms(terms);
    if (!parsedTerms.ok) {
      if (parsedTerms.problems.spreadThreshold)
        problems.spreadThreshold = t(`open.${parsedTerms.problems.spreadThreshold}`);
      if (parsedTerms.problems.tiers) problems.tiers = t(`open.${parsedTerms.problems.tiers}`);
    }
    setLocalErrors(problems);
    if (!parsedTerms.ok || Object.keys(problems).length > 0) return;
    open.mutate(
      {
        network,
        body: {
          frameworkId,
          nameVi,
          nameEn,
          hubIds,
          selfDeadline: selfDeadline || null,
          assessorDeadline: assessorDeadline || null,
          consolidation,
          ...parsedTerms.value,
        },
      },
      { onSuccess: (round) => navigate(paths.assessments.round(round.id)) },
    );
  };

  const labels: Record<string, string> = {
    frameworkId: t("open.framework"),
    nameVi: t("open.nameVi"),
    nameEn: t("open.nameEn"),
    hubIds: t("open.hubs"),
    selfDeadline: t("open.selfDeadline"),
    assessorDeadline: t("open.assessorDeadline"),
    consolidation: t("open.consolidation"),
    spreadThreshold: t("open.spread"),
    tiers: t("open.tiers"),
  };
  const summaryItems = Object.entries(errors).map(([field, message]) => ({
    id: `${id}-${field}`,
    label: labels[field] ?? field,
    message,
  }));

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        {t("open.title")}
      </h2>
      <form className="form-grid open-round-form" onSubmit={submit} noValidate>
        {(summaryItems.length > 0 || open.isError) && (
          <FormErrorSummary title={t("open.problems")} message={open.error?.message} items={summaryItems} />
        )}
        <FormField label={t("open.framework")} id={`${id}-frameworkId`} error={errors.frameworkId} required>
          {(control) => (
            <select
              className="select"
              {...control}
              value={frameworkId}
              onChange={(e) => setFrameworkId(e.target.value)}
            >
              {frameworks.map((f) => (
                <option key={f.id} value={f.id}>
                  {bilingual(f.nameVi, f.nameEn, language)} · {t("framework.version", { version: f.frameworkVersion })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("open.nameVi")} id={`${id}-nameVi`} error={errors.nameVi} required>
          {(control) => (
            <input className="input" {...control} value={nameVi} onChange={(e) => setNameVi(e.target.value)} />
          )}
        </FormField>
        <FormField label={t("open.nameEn")} id={`${id}-nameEn`} error={errors.nameEn} required>
          {(control) => (
            <input className="input" {...control} value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
          )}
        </FormField>
        <FormFieldset legend={t("open.hubs")} id={`${id}-hubIds`} error={errors.hubIds}>
          {hubs.isPending ? (
            <LoadingState compact />
          ) : hubs.isError ? (
            <p className="notice notice--error">{hubs.error.message}</p>
          ) : (
            <div className="checkbox-grid open-round-form__hubs">
              {hubs.data.items.map((hub) => (
                <label key={hub.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={hubIds.includes(hub.id)}
                    onChange={(e) =>
                      setHubIds((ids) => (e.target.checked ? [...ids, hub.id] : ids.filter((x) => x !== hub.id)))
                    }
                  />
                  {bilingual(hub.name.vi, hub.name.en, language)}
                </label>
              ))}
            </div>
          )}
        </FormFieldset>
        <FormField label={t("open.selfDeadline")} id={`${id}-selfDeadline`} error={errors.selfDeadline}>
          {(control) => (
            <input
              type="date"
              className="input input--short"
              {...control}
              value={selfDeadline}
              onChange={(e) => setSelfDeadline(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("open.assessorDeadline")} id={`${id}-assessorDeadline`} error={errors.assessorDeadline}>
          {(control) => (
            <input
              type="date"
              className="input input--short"
              {...control}
              value={assessorDeadline}
              onChange={(e) => setAssessorDeadline(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("open.consolidation")} id={`${id}-consolidation`} error={errors.consolidation}>
          {(control) => (
            <select
              className="select"
              {...control}
              value={consolidation}
              onChange={(e) => setConsolidation(e.target.value as "median" | "mean")}
            >
              <option value="median">{t("open.median")}</option>
              <option value="mean">{t("open.mean")}</option>
            </select>
          )}
        </FormField>
        <RoundTermsFields id={id} value={terms} onChange={setTerms} errors={errors} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={open.isPending}>
            {t("open.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
