import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { fieldErrors, isConflict } from "../../../lib/form-errors.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField, FormFieldset } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { type Decision, useDecideApplication } from "../api/decide-application.ts";
import { useApplication } from "../api/get-application.ts";
import { useReviewApplication } from "../api/review-application.ts";
import { applicationHubName } from "../utils/application-names.ts";
import { canDecideNow, canTakeIntoReview } from "../utils/application-status.ts";
import { AnswersList } from "./answers-list.tsx";
import { ApplicationDocuments } from "./application-documents.tsx";
import { ApplicationEvents } from "./application-events.tsx";
import { ApplicationHeading } from "./application-heading.tsx";
import { ApplicationLoadProblem } from "./application-load-problem.tsx";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";
import { DecisionCallout } from "./decision-callout.tsx";
import type { ReviewQueueState } from "./review-queue.tsx";

/** Props of ReviewDecision. */
export interface ReviewDecisionProps {
  id: string;
  /** Called after the application changed state (the page refreshes hubs and notifications). */
  onChanged?: () => void;
}

const DECISIONS: Decision[] = ["accept", "request-changes", "reject"];
const REASON_ID = "decision-reason";
const DECISION_ID = "decision-choice";

function DecisionForm({ application, onDecided }: { application: ApplicationView; onDecided: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const decide = useDecideApplication();
  const [decision, setDecision] = useState<Decision>();
  const [reason, setReason] = useState("");
  const [problems, setProblems] = useState<{ decision?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLElement>(null);
  const baseId = useId();

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const review = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof problems = {};
    if (!decision) found.decision = t("membership.review.chooseDecision");
    if (!reason.trim()) found.reason = t("membership.review.reasonRequired");
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    decide.reset();
    setConfirming(true);
  };

  const confirm = () => {
    if (!decision || decide.isPending) return;
    decide.mutate(
      { id: application.id, decision, reason: reason.trim(), version: application.version },
      {
        onSuccess: (decided) => {
          onDecided();
          const state: ReviewQueueState = {
            decided: { hub: applicationHubName(decided, language), status: decided.status },
          };
          navigate(paths.membership.queue(), { state });
        },
      },
    );
  };

  const server = fieldErrors(decide.error);
  const errors = { decision: problems.decision ?? server.decision, reason: problems.reason ?? server.reason };
  const items = [
    errors.decision && { id: DECISION_ID, label: t("membership.review.decision"), message: errors.decision },
    errors.reason && { id: REASON_ID, label: t("membership.review.reason"), message: errors.reason },
  ].filter((item): item is { id: string; label: string; message: string } => !!item);

  if (confirming && decision)
    return (
      <section ref={confirmRef} className="confirm" tabIndex={-1} aria-labelledby={`${baseId}-confirm`}>
        <p id={`${baseId}-confirm`} className="confirm__title">
          {t(`membership.review.confirm.${decision}`)}
        </p>
        <p>{t("membership.review.confirmReason")}</p>
        <blockquote className="reason">
          <p className="reason__text">{reason.trim()}</p>
        </blockquote>
        {decide.isError && (
          <ErrorState
            error={decide.error}
            title={isConflict(decide.error) ? t("membership.review.conflict") : t("membership.review.failed")}
          />
        )}
        <div className="form-actions">
          <button
            type="button"
            className={decision === "reject" ? "button button--danger" : "button button--primary"}
            aria-disabled={decide.isPending || undefined}
            onClick={confirm}
          >
            {decide.isPending ? t("membership.review.deciding") : t("membership.review.confirmButton")}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t("membership.review.back")}
          </button>
        </div>
      </section>
    );

  return (
    <form className="decision-form" noValidate onSubmit={review}>
      {items.length > 0 && <FormErrorSummary title={t("membership.review.incomplete")} items={items} />}
      <FormFieldset legend={t("membership.review.decision")} error={errors.decision} id={DECISION_ID}>
        <ul className="radio-list">
          {DECISIONS.map((option, index) => {
            const id = index === 0 ? DECISION_ID : `${DECISION_ID}-${option}`;
            return (
              <li key={option} className="checkbox">
                <input
                  id={id}
                  type="radio"
                  name="decision"
                  value={option}
                  checked={decision === option}
                  onChange={() => setDecision(option)}
                />
                <label htmlFor={id}>
                  {t(`membership.review.options.${option}`)}
                  <span className="checkbox__hint">{t(`membership.review.optionHints.${option}`)}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </FormFieldset>
      <FormField
        label={t("membership.review.reason")}
        id={REASON_ID}
        hint={t("membership.review.reasonHint")}
        error={errors.reason}
        required
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={5}
            maxLength={5000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t("membership.review.continue")}
        </button>
      </div>
    </form>
  );
}

function TakeIntoReview({ application, onChanged }: { application: ApplicationView; onChanged: () => void }) {
  const { t } = useTranslation();
  const review = useReviewApplication();
  return (
    <div className="take-into-review">
      <p>{t("membership.review.takeHint")}</p>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={review.isPending || undefined}
        onClick={() => {
          if (!review.isPending) review.mutate(application.id, { onSuccess: onChanged });
        }}
      >
        {review.isPending ? t("membership.review.taking") : t("membership.review.take")}
      </button>
      {review.isError && <ErrorState error={review.error} title={t("membership.review.failed")} />}
    </div>
  );
}

/**
 * A reviewer's screen for one application: the hub and applicant, the answers, the history, and the actions
 * the state allows: take into review, then accept, request changes or reject, always with a reason the
 * applicant reads, and a confirmation step before anything is sent. Back to the queue afterwards.
 */
export function ReviewDecision({ id, onChanged }: ReviewDecisionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const application = useApplication(id);

  if (application.isPending) return <LoadingState label={t("membership.application.loading")} />;
  if (application.isError)
    return (
      <ApplicationLoadProblem
        error={application.error}
        onRetry={() => void application.refetch()}
        back={<Link to={paths.membership.queue()}>{t("membership.review.backToQueue")}</Link>}
      />
    );

  const data = application.data;
  const hub = applicationHubName(data, language);

  return (
    <article className="review-decision">
      <ApplicationHeading
        application={data}
        hub={hub}
        documentTitle={t("membership.review.documentTitle", { hub })}
        title={t("membership.review.title", { hub })}
        parent={<Link to={paths.membership.queue()}>{t("membership.queue.title")}</Link>}
        hubLink={<Link to={paths.hubs.detail(data.hub.slug)}>{t("membership.review.hubProfile")}</Link>}
      />

      <div className="review-decision__grid">
        <div className="review-decision__main">
          <section className="panel" aria-labelledby="review-facts-heading">
            <h2 id="review-facts-heading" className="section-title">
              {t("membership.review.facts")}
            </h2>
            <dl className="facts">
              <dt>{t("membership.queue.applicant")}</dt>
              <dd>{data.applicant.name}</dd>
              <dt>{t("membership.queue.status")}</dt>
              <dd>
                <ApplicationStatusBadge status={data.status} />
              </dd>
              <dt>{t("membership.queue.submitted")}</dt>
              <dd>
                {data.submittedAt ? (
                  <time dateTime={data.submittedAt}>{formatDateTime(data.submittedAt, language)}</time>
                ) : (
                  t("membership.queue.notSubmitted")
                )}
              </dd>
            </dl>
          </section>
          <DecisionCallout application={data} />
          <section className="panel" aria-labelledby="review-answers-heading">
            <h2 id="review-answers-heading" className="section-title">
              {t("membership.application.answers")}
            </h2>
            <AnswersList questions={data.questions} answers={data.answers} />
          </section>
          <section className="panel" aria-labelledby="review-documents-heading">
            <h2 id="review-documents-heading" className="section-title">
              {t("membership.documents.title")}
            </h2>
            <ApplicationDocuments application={data} canAdd={false} />
          </section>
          <section className="panel" aria-labelledby="review-history-heading">
            <h2 id="review-history-heading" className="section-title">
              {t("membership.application.history")}
            </h2>
            <ApplicationEvents events={data.events} />
          </section>
        </div>

        <section className="panel review-decision__actions" aria-labelledby="review-actions-heading">
          <h2 id="review-actions-heading" className="section-title">
            {t("membership.review.actions")}
          </h2>
          {canTakeIntoReview(data.status) && <TakeIntoReview application={data} onChanged={() => onChanged?.()} />}
          {canDecideNow(data.status) ? (
            <DecisionForm application={data} onDecided={() => onChanged?.()} />
          ) : (
            <p>{t("membership.review.nothingToDo", { status: t(`membership.status.${data.status}`) })}</p>
          )}
          <p>
            <Link to={paths.membership.queue()}>{t("membership.review.backToQueue")}</Link>
          </p>
        </section>
      </div>
    </article>
  );
}
