import { useState } from "react";
import { useNavigate } from "react-router";
import type { RoundView } from "../../../../contract/api/assessments.schema.ts";
import { paths } from "../../../lib/paths.ts";
import { usePublishRound } from "../api/publish-round.ts";
import { useTransitionRound } from "../api/round-lifecycle.ts";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";

type Action = "close" | "reopen" | "publish";

/** Props of RoundActions. */
export interface RoundActionsProps {
  round: RoundView;
}

/**
 * The administrator's state changes of a round: Close (open → closed: submissions stop, results for review),
 * Reopen (closed → open) and Publish (closed → published: results become public). Each asks for a confirmation in
 * place, so it is usable by keyboard and screen readers; a refusal is shown as the server words it.
 */
export function RoundActions({ round }: RoundActionsProps) {
  const t = useAssessmentsT();
  const navigate = useNavigate();
  const transition = useTransitionRound();
  const publish = usePublishRound();
  const [asking, setAsking] = useState<Action | null>(null);
  const available: Action[] =
    round.status === "open" ? ["close"] : round.status === "closed" ? ["reopen", "publish"] : [];
  if (available.length === 0) return null;
  const pending = transition.isPending || publish.isPending;
  const error = transition.error ?? publish.error;

  const confirm = (action: Action) => {
    const version = round.version;
    const done = { onSuccess: () => setAsking(null) };
    if (action === "publish")
      publish.mutate({ id: round.id, version }, { onSuccess: () => navigate(paths.assessments.results(round.id)) });
    else transition.mutate({ id: round.id, version, action }, done);
  };

  return (
    <section className="round-actions" aria-labelledby="round-actions-title">
      <h2 id="round-actions-title" className="section-title">
        {t("lifecycle.title")}
      </h2>
      <p className="hub-detail__muted">{t(`lifecycle.lead.${round.status}`)}</p>
      {asking ? (
        <div className="notice" role="alertdialog" aria-labelledby="round-actions-confirm">
          <p id="round-actions-confirm">{t(`lifecycle.confirm.${asking}`)}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={pending}
              // biome-ignore lint/a11y/noAutofocus: the confirmation takes focus so it is heard and answered at once.
              autoFocus
              onClick={() => confirm(asking)}
            >
              {t(`lifecycle.yes.${asking}`)}
            </button>
            <button type="button" className="button" disabled={pending} onClick={() => setAsking(null)}>
              {t("lifecycle.cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          {available.map((action) => (
            <button
              key={action}
              type="button"
              className={action === "reopen" ? "button" : "button button--primary"}
              onClick={() => {
                transition.reset();
                publish.reset();
                setAsking(action);
              }}
            >
              {t(`lifecycle.action.${action}`)}
            </button>
          ))}
        </div>
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error.message}</p>
        </div>
      )}
    </section>
  );
}
