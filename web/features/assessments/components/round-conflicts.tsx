import { type FormEvent, useState } from "react";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useDeclareConflict } from "../api/declare-conflict.ts";
import { useNetworkAssessors } from "../api/get-network-assessors.ts";
import { useRoundConflicts } from "../api/get-round-conflicts.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import { conflictsByHub } from "../utils/conflicts.ts";
import { bilingual } from "../utils/labels.ts";

/** Props of RoundConflicts. */
export interface RoundConflictsProps {
  round: RoundView;
  /** Whether the signed-in person administers the round's network. */
  isAdmin: boolean;
}

/**
 * Conflicts of interest in a round. An assessor of the network declares one with a hub (with a reason) and sees
 * their own; the network's administrators see every declared conflict, which the assessor picker also marks.
 * Nothing shows for anyone else.
 */
export function RoundConflicts({ round, isAdmin }: RoundConflictsProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const conflicts = useRoundConflicts(round.id);
  if (conflicts.isPending) return isAdmin ? <LoadingState compact /> : null;
  if (conflicts.isError)
    return isAdmin ? (
      <p className="form-field__error" role="alert">
        {conflicts.error.message}
      </p>
    ) : null;
  const { canDeclare, items } = conflicts.data;
  if (!isAdmin && !canDeclare) return null;
  const groups = conflictsByHub(items, round.hubs);
  const hubName = (h: { nameVi: string | null; nameEn: string | null }) => bilingual(h.nameVi, h.nameEn, language);

  return (
    <section className="panel round-conflicts" aria-labelledby="round-conflicts-title">
      <h2 id="round-conflicts-title" className="section-title">
        {t("conflicts.title")}
      </h2>
      <p className="hub-detail__muted">{isAdmin ? t("conflicts.adminLead") : t("conflicts.assessorLead")}</p>
      {groups.length === 0 ? (
        <p className="hub-detail__muted">{isAdmin ? t("conflicts.none") : t("conflicts.noneOwn")}</p>
      ) : (
        <ul className="round-conflicts__list">
          {groups.map((g) => (
            <li key={g.hub.id} data-hub={g.hub.id}>
              <strong>{hubName(g.hub)}</strong>:{" "}
              {g.conflicts.map((c, i) => (
                <span key={c.userId}>
                  {i > 0 && "; "}
                  {isAdmin ? c.name : t("conflicts.you")}
                  {c.reason && ` (${c.reason})`}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {round.status === "open" && (isAdmin || canDeclare) && (
        <DeclareConflictForm
          round={round}
          forAssessor={isAdmin}
          declared={new Set(isAdmin ? [] : items.map((c) => c.hubId))}
        />
      )}
    </section>
  );
}

interface DeclareConflictFormProps {
  round: RoundView;
  /** An administrator declaring for one of the network's assessors (chosen here), rather than for themselves. */
  forAssessor: boolean;
  /** Hubs already declared, left out of the choice. */
  declared: Set<string>;
}

/** A declaration: which hub, why, and for an administrator which assessor. */
function DeclareConflictForm({ round, forAssessor, declared }: DeclareConflictFormProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const declare = useDeclareConflict();
  const [userId, setUserId] = useState("");
  const [missingUser, setMissingUser] = useState(false);
  const [hubId, setHubId] = useState("");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const hubs = round.hubs.filter((h) => !declared.has(h.id));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setMissing(!hubId);
    setMissingUser(forAssessor && !userId);
    if (!hubId || (forAssessor && !userId)) return;
    declare.mutate(
      { roundId: round.id, hubId, reason: reason.trim() || null, userId: forAssessor ? userId : null },
      {
        onSuccess: () => {
          setHubId("");
          setUserId("");
          setReason("");
          setDone(true);
        },
      },
    );
  };
  const declaredNote = done && (
    <span className="notice notice--success" role="status">
      {t("conflicts.declared")}
    </span>
  );
  // Every hub declared: nothing left to choose (the note stays, since this form is not unmounted).
  if (hubs.length === 0) return declaredNote || null;
  const detail = declare.error instanceof ApiError ? declare.error.details.map((d) => d.message).join(" ") : "";
  return (
    <form className="round-conflicts__form" onSubmit={submit} noValidate>
      {forAssessor && <h3 className="round-conflicts__subtitle">{t("conflicts.forAssessorTitle")}</h3>}
      <div className="form-grid">
        {forAssessor && (
          <AssessorSelect
            networkId={round.networkId}
            value={userId}
            onChange={setUserId}
            error={missingUser ? t("conflicts.pickAssessor") : undefined}
          />
        )}
        <FormField
          label={t("conflicts.hub")}
          error={missing ? t("conflicts.pickHub") : declare.isError ? `${declare.error.message} ${detail}` : undefined}
          required
        >
          {(p) => (
            <select {...p} className="select" value={hubId} onChange={(e) => setHubId(e.target.value)}>
              <option value="">{t("hub.choose")}</option>
              {hubs.map((h) => (
                <option key={h.id} value={h.id}>
                  {bilingual(h.nameVi, h.nameEn, language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t("conflicts.reason")} hint={t("conflicts.reasonHint")}>
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={2}
              maxLength={2000}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={declare.isPending}>
          {t("conflicts.declare")}
        </button>
        {declaredNote}
      </div>
    </form>
  );
}

interface AssessorSelectProps {
  networkId: string;
  value: string;
  onChange: (userId: string) => void;
  error?: string;
}

/** The network's assessors to choose from (only mounted for administrators, who may list them). */
function AssessorSelect({ networkId, value, onChange, error }: AssessorSelectProps) {
  const t = useAssessmentsT();
  const assessors = useNetworkAssessors(networkId);
  return (
    <FormField
      label={t("conflicts.assessor")}
      error={error ?? (assessors.isError ? assessors.error.message : undefined)}
      required
    >
      {(p) => (
        <select
          {...p}
          className="select"
          value={value}
          disabled={assessors.isPending}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t("hub.choose")}</option>
          {assessors.data?.items.map((a) => (
            <option key={a.userId} value={a.userId}>
              {`${a.name} — ${a.email}`}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
