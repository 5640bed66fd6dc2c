import { type FormEvent, useState } from "react";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { useUpdateRound } from "../api/update-round.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";

/** Props of RoundDeadlinesForm. */
export interface RoundDeadlinesFormProps {
  round: RoundView;
}

/**
 * The administrator's form to change (e.g. extend) an open round's deadlines. Dates are whole days in the network's
 * time zone; an empty field removes the deadline. A stale version (someone changed the round) is shown as a 409.
 */
export function RoundDeadlinesForm({ round }: RoundDeadlinesFormProps) {
  const t = useAssessmentsT();
  const update = useUpdateRound();
  const [selfDeadline, setSelf] = useState(round.selfDeadline ?? "");
  const [assessorDeadline, setAssessor] = useState(round.assessorDeadline ?? "");
  const [saved, setSaved] = useState(false);
  const details = update.error instanceof ApiError ? update.error.details : [];
  const fieldError = (field: string) => details.find((d) => d.path === `body.${field}`)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      {
        id: round.id,
        body: {
          version: round.version,
          selfDeadline: selfDeadline || null,
          assessorDeadline: assessorDeadline || null,
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form className="round-deadlines-form" onSubmit={submit} aria-labelledby="round-deadlines-title">
      <h2 id="round-deadlines-title" className="section-title">
        {t("deadlines.title")}
      </h2>
      <p className="hub-detail__muted">{t("deadlines.lead")}</p>
      {(["selfDeadline", "assessorDeadline"] as const).map((field) => {
        const id = `round-${field}`;
        const error = fieldError(field);
        return (
          <div className="form-field" key={field}>
            <label htmlFor={id}>{t(`open.${field}`)}</label>
            <input
              id={id}
              name={field}
              type="date"
              className="input"
              value={field === "selfDeadline" ? selfDeadline : assessorDeadline}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => (field === "selfDeadline" ? setSelf : setAssessor)(e.target.value)}
            />
            {error && (
              <p id={`${id}-error`} className="form-field__error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t("deadlines.save")}
        </button>
      </div>
      {saved && !update.isError && (
        <p className="notice notice--success" role="status">
          {t("deadlines.saved")}
        </p>
      )}
      {update.isError && (
        <div className="notice notice--error" role="alert">
          <p>{update.error.message}</p>
        </div>
      )}
    </form>
  );
}
