import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { Badge } from "../../../ui/badge.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useAssignAssessor } from "../api/assign-assessor.ts";
import { useNetworkAssessors } from "../api/get-network-assessors.ts";
import { useRound } from "../api/get-round.ts";
import { useRoundConflicts } from "../api/get-round-conflicts.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { conflictWith } from "../utils/conflicts.ts";
import { deadlinePassed } from "../utils/deadlines.ts";
import { bilingual, percent } from "../utils/labels.ts";
import { RoundActions } from "./round-actions.tsx";
import { RoundConflicts } from "./round-conflicts.tsx";
import { RoundSettingsForm } from "./round-settings-form.tsx";

/** Props of RoundPage. */
export interface RoundPageProps {
  id: string;
  /** Whether the signed-in person administers the round's network (decided in web/app). */
  isAdmin: (networkId: string) => boolean;
}

/**
 * A round: its settings, then each hub with its self-assessment status, assessors, scores and disagreements.
 * Administrators assign assessors here (a flagged hub asks for one more), extend deadlines, and close, reopen and
 * publish the round.
 */
export function RoundPage({ id, isAdmin }: RoundPageProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const round = useRound(id);

  if (round.isPending) return <LoadingState label={t("round.loading")} />;
  if (round.isError)
    return <ErrorState error={round.error} title={t("round.error")} onRetry={() => void round.refetch()} />;
  const r = round.data;
  const admin = isAdmin(r.networkId);
  const open = r.status === "open";

  return (
    <div className="round-page">
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {bilingual(r.nameVi, r.nameEn, language)}
        </h1>
        <p className="page-lead">
          <Badge tone={open ? "warning" : r.status === "closed" ? "neutral" : "success"}>
            {t(`round.status.${r.status}`)}
          </Badge>{" "}
          <Link to={paths.assessments.framework(r.framework.id)}>
            {bilingual(r.framework.nameVi, r.framework.nameEn, language)} ·{" "}
            {t("framework.version", { version: r.framework.frameworkVersion })}
          </Link>
        </p>
      </header>

      <dl className="hub-facts round-facts">
        <div>
          <dt>{t("open.selfDeadline")}</dt>
          <dd>
            {r.selfDeadline ?? "—"}
            {open && deadlinePassed(r.selfDeadline, new Date()) && (
              <>
                {" "}
                <Badge tone="danger">{t("deadlines.passed")}</Badge>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("open.assessorDeadline")}</dt>
          <dd>
            {r.assessorDeadline ?? "—"}
            {open && deadlinePassed(r.assessorDeadline, new Date()) && (
              <>
                {" "}
                <Badge tone="danger">{t("deadlines.passed")}</Badge>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("open.consolidation")}</dt>
          <dd>{t(`open.${r.consolidation}`)}</dd>
        </div>
        <div>
          <dt>{t("open.spread")}</dt>
          <dd>{percent(r.spreadThreshold, language, 0)}</dd>
        </div>
        <div>
          <dt>{t("open.tiers")}</dt>
          <dd>{r.tiers.map((tier) => `${tier.name} ≥ ${tier.min}`).join(" · ")}</dd>
        </div>
      </dl>

      <section aria-labelledby="round-hubs-title">
        <h2 id="round-hubs-title" className="section-title">
          {t("round.hubs")}
        </h2>
        <div className="table-scroll">
          <table className="assess-table round-table">
            <caption className="visually-hidden">{t("round.hubsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("round.hub")}</th>
                <th scope="col">{t("round.self")}</th>
                <th scope="col">{t("round.assessors")}</th>
                <th scope="col">{t("round.flags")}</th>
                {admin && open && <th scope="col">{t("round.assign")}</th>}
              </tr>
            </thead>
            <tbody>
              {r.hubs.map((hub) => {
                const name = bilingual(hub.nameVi, hub.nameEn, language);
                const flagged = hub.flagged.length > 0;
                return (
                  <tr key={hub.id} className={flagged ? "round-table__row--flagged" : undefined} data-hub={hub.id}>
                    <th scope="row">
                      <Link to={paths.assessments.roundHub(r.id, hub.id)}>{name}</Link>
                    </th>
                    <td>
                      <Badge tone={hub.selfSubmitted ? "success" : "neutral"}>
                        {hub.selfSubmitted ? t("round.selfDone") : t("round.selfMissing")}
                      </Badge>
                    </td>
                    <td>
                      {hub.assessors.length === 0 ? (
                        <span className="hub-detail__muted">{t("round.noAssessors")}</span>
                      ) : (
                        <ul className="round-table__assessors">
                          {hub.assessors.map((a) => (
                            <li key={a.id}>{a.name}</li>
                          ))}
                        </ul>
                      )}
                      <span className="hub-detail__muted">
                        {t("round.scored", { n: hub.scoresSubmitted, total: hub.assessors.length })}
                      </span>
                    </td>
                    <td>
                      {flagged ? (
                        <Badge tone="danger">{t("round.flagged", { codes: hub.flagged.join(", ") })}</Badge>
                      ) : (
                        "—"
                      )}
                    </td>
                    {admin && open && (
                      <td>
                        <AssignAssessorForm round={r} hubId={hub.id} hubName={name} flagged={flagged} />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <RoundConflicts round={r} isAdmin={admin} />

      <div className="form-actions">
        <Link className="button" to={paths.assessments.results(r.id)}>
          {t("round.resultsLink")}
        </Link>
      </div>
      {admin && open && <RoundSettingsForm round={r} />}
      {admin && <RoundActions round={r} />}
    </div>
  );
}

interface AssignAssessorFormProps {
  round: RoundView;
  hubId: string;
  hubName: string;
  flagged: boolean;
}

/** One hub's "assign an assessor" form: a choice among the network's assessors; a refusal is shown as the server says it. */
function AssignAssessorForm({ round, hubId, hubName, flagged }: AssignAssessorFormProps) {
  const t = useAssessmentsT();
  const assign = useAssignAssessor();
  const assessors = useNetworkAssessors(round.networkId);
  const conflicts = useRoundConflicts(round.id);
  const [userId, setUserId] = useState("");
  const inputId = `assign-${hubId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    assign.mutate({ roundId: round.id, hubId, userId }, { onSuccess: () => setUserId("") });
  };
  const detail = assign.error instanceof ApiError ? assign.error.details : [];
  return (
    <form className="assign-form" onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t("round.assessorIdFor", { hub: hubName })}
      </label>
      <select
        id={inputId}
        className="input"
        value={userId}
        disabled={assessors.isPending}
        aria-invalid={assign.isError || undefined}
        aria-describedby={assign.isError ? `${inputId}-error` : undefined}
        onChange={(e) => setUserId(e.target.value)}
      >
        <option value="">{assessors.isError ? assessors.error.message : t("round.assessorId")}</option>
        {assessors.data?.items.map((a) => {
          // A declared conflict is marked and cannot be chosen (the server refuses it too).
          const conflict = conflictWith(conflicts.data?.items, hubId, a.userId);
          return (
            <option key={a.userId} value={a.userId} disabled={!!conflict}>
              {`${a.name} — ${a.email}${conflict ? ` (${t("conflicts.marked")}${conflict.reason ? `: ${conflict.reason}` : ""})` : ""}`}
            </option>
          );
        })}
      </select>
      <button
        type="submit"
        className={flagged ? "button button--primary" : "button"}
        disabled={assign.isPending || !userId}
      >
        {flagged ? t("round.addAssessor") : t("round.assignButton")}
      </button>
      {assign.isError && (
        <p id={`${inputId}-error`} className="form-field__error" role="alert">
          {assign.error.message}
          {detail.map((d) => ` ${d.message}`).join("")}
        </p>
      )}
    </form>
  );
}
