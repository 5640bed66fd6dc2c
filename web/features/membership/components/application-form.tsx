import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { fieldErrors, isConflict } from "../../../lib/form-errors.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useApplication } from "../api/get-application.ts";
import { useSubmitApplication } from "../api/submit-application.ts";
import { useUpdateApplication } from "../api/update-application.ts";
import { answersBody, answersChanged, missingAnswers } from "../utils/answers.ts";
import { applicationHubName } from "../utils/application-names.ts";
import { isEditableByApplicant } from "../utils/application-status.ts";
import { AnswersList } from "./answers-list.tsx";
import { ApplicationDocuments } from "./application-documents.tsx";
import { ApplicationEvents } from "./application-events.tsx";
import { ApplicationHeading } from "./application-heading.tsx";
import { ApplicationLoadProblem } from "./application-load-problem.tsx";
import { ApplicationStatusBadge } from "./application-status-badge.tsx";
import { DecisionCallout } from "./decision-callout.tsx";
import { QuestionOtherText, QuestionText } from "./question-text.tsx";

/** Props of ApplicationForm. */
export interface ApplicationFormProps {
  id: string;
  /** Called after a save, a submit or a reload changed the application (the page refreshes its notifications). */
  onChanged?: () => void;
}

const answerId = (questionId: string) => `answer-${questionId}`;

function Editor({
  application,
  onChanged,
  onReload,
}: {
  application: ApplicationView;
  onChanged?: () => void;
  /** Loads the latest version and starts the form again from it (after a 409). */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const save = useUpdateApplication();
  const submit = useSubmitApplication();
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...application.answers }));
  // The version the answers in the form are based on; only our own saves move it, so a change made elsewhere
  // meanwhile reaches the server as a stale version and is reported, not overwritten.
  const [baseVersion, setBaseVersion] = useState(application.version);
  const [savedAnswers, setSavedAnswers] = useState(application.answers);
  const [missing, setMissing] = useState<string[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<{ kind: "saved"; at: string } | undefined>();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const dirty = answersChanged(savedAnswers, answers);
  const pending = save.isPending || submit.isPending;
  const error = save.error ?? submit.error;
  const conflict = isConflict(error);

  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  // Closing the tab with unsaved answers loses them; the browser asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const saveDraft = async (): Promise<number | undefined> => {
    if (!dirty) return baseVersion;
    const saved = await save.mutateAsync({ id: application.id, version: baseVersion, answers: answersBody(answers) });
    setBaseVersion(saved.version);
    setSavedAnswers(saved.answers);
    onChanged?.();
    return saved.version;
  };

  const onSaveDraft = async () => {
    if (pending) return;
    submit.reset();
    setAttempted(false);
    setNotice(undefined);
    try {
      await saveDraft();
      setNotice({ kind: "saved", at: new Date().toISOString() });
    } catch {
      // Shown from the mutation's error state.
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    save.reset();
    submit.reset();
    setNotice(undefined);
    setAttempted(true);
    const open = missingAnswers(application.questions, answers);
    setMissing(open);
    if (open.length > 0) return;
    try {
      const version = await saveDraft();
      if (version === undefined) return;
      await submit.mutateAsync({ id: application.id, version });
      onChanged?.();
    } catch {
      // Shown from the mutations' error states.
    }
  };

  const server = fieldErrors(error);
  const errorOf = (questionId: string) =>
    missing.includes(questionId) ? t("membership.form.required") : server[`answers.${questionId}`];
  const items = application.questions
    .map((question, index) => ({ question, index, message: errorOf(question.id) }))
    .filter((item): item is typeof item & { message: string } => !!item.message)
    .map(({ question, index, message }) => ({
      id: answerId(question.id),
      label: t("membership.form.question", { number: index + 1 }),
      message,
    }));
  let message: string | undefined;
  if (error instanceof ApiError && !conflict && items.length === 0)
    message = error.code === "network_error" ? t("ui.error.network") : error.message;
  const showSummary = !conflict && (items.length > 0 || message !== undefined) && (attempted || !!save.error);

  return (
    <form className="application-form" noValidate onSubmit={onSubmit} aria-busy={pending || undefined}>
      {conflict && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t("membership.form.conflictTitle")}</p>
          <p>{t("membership.form.conflictMessage")}</p>
          <button type="button" className="button button--primary" onClick={onReload}>
            {t("membership.form.reload")}
          </button>
        </div>
      )}
      {showSummary && <FormErrorSummary title={t("membership.form.failed")} message={message} items={items} />}
      {notice && (
        <p ref={noticeRef} className="notice notice--success" role="status" tabIndex={-1}>
          {t("membership.form.saved", { time: new Date(notice.at).toLocaleTimeString() })}
        </p>
      )}
      {application.questions.map((question, index) => (
        <FormField
          key={question.id}
          id={answerId(question.id)}
          className="question-field"
          label={<QuestionText question={question} number={index + 1} withOther={false} />}
          hint={<QuestionOtherText question={question} />}
          error={errorOf(question.id)}
          required={question.required}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={5}
              maxLength={5000}
              value={answers[question.id] ?? ""}
              onChange={(event) => setAnswers((current) => ({ ...current, [question.id]: event.target.value }))}
            />
          )}
        </FormField>
      ))}
      <p className="form-section__hint" aria-live="polite">
        {dirty ? t("membership.form.unsaved") : t("membership.form.allSaved")}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-disabled={pending || undefined}
          onClick={() => void onSaveDraft()}
        >
          {save.isPending && !submit.isPending ? t("membership.form.saving") : t("membership.form.saveDraft")}
        </button>
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {submit.isPending ? t("membership.form.submitting") : t("membership.form.submit")}
        </button>
      </div>
    </form>
  );
}

/**
 * An application to join a network, as its applicant sees it: the network's questions with the answers (saved
 * as a draft until submitted), the state it is in, the reviewers' last reason and the whole history. Answers
 * can be changed while it is a draft or after the reviewers asked for changes.
 */
export function ApplicationForm({ id, onChanged }: ApplicationFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const application = useApplication(id);
  const [editorKey, setEditorKey] = useState(0);

  if (application.isPending) return <LoadingState label={t("membership.application.loading")} />;
  if (application.isError)
    return (
      <ApplicationLoadProblem
        error={application.error}
        onRetry={() => void application.refetch()}
        back={<Link to={paths.accounts.dashboard()}>{t("membership.application.backToDashboard")}</Link>}
      />
    );

  const data = application.data;
  const hub = applicationHubName(data, language);
  const editable = isEditableByApplicant(data.status);
  let state: ReactNode;
  switch (data.status) {
    case "draft":
      state = t("membership.application.state.draft");
      break;
    case "submitted":
      state = t("membership.application.state.submitted", {
        date: data.submittedAt ? formatDateTime(data.submittedAt, language) : "",
      });
      break;
    case "in_review":
      state = t("membership.application.state.in_review");
      break;
    case "changes_requested":
      state = t("membership.application.state.changes_requested");
      break;
    case "accepted":
      state = t("membership.application.state.accepted", { hub });
      break;
    case "rejected":
      state = t("membership.application.state.rejected");
      break;
  }

  return (
    <article className="application">
      <ApplicationHeading
        application={data}
        hub={hub}
        documentTitle={t("membership.application.documentTitle", { hub })}
        title={t("membership.application.title", { hub })}
        parent={<Link to={paths.accounts.dashboard()}>{t("membership.application.breadcrumb")}</Link>}
        hubLink={<Link to={paths.myHubs.manage(data.hub.id)}>{t("membership.application.hubProfile")}</Link>}
      />

      <section className="panel application__state" aria-labelledby="application-state-heading">
        <h2 id="application-state-heading" className="section-title">
          {t("membership.application.stateTitle")} <ApplicationStatusBadge status={data.status} />
        </h2>
        <p aria-live="polite">{state}</p>
      </section>

      <DecisionCallout application={data} />

      <section className="panel" aria-labelledby="application-answers-heading">
        <h2 id="application-answers-heading" className="section-title">
          {t("membership.application.answers")}
        </h2>
        {editable ? (
          <>
            <p className="form-section__hint">{t("membership.form.hint")}</p>
            <Editor
              key={`${data.id}:${editorKey}`}
              application={data}
              onChanged={onChanged}
              onReload={async () => {
                await application.refetch();
                setEditorKey((key) => key + 1);
              }}
            />
          </>
        ) : (
          <AnswersList questions={data.questions} answers={data.answers} />
        )}
      </section>

      <section className="panel" aria-labelledby="application-documents-heading">
        <h2 id="application-documents-heading" className="section-title">
          {t("membership.documents.title")}
        </h2>
        <ApplicationDocuments application={data} canAdd={editable} />
      </section>

      <section className="panel" aria-labelledby="application-history-heading">
        <h2 id="application-history-heading" className="section-title">
          {t("membership.application.history")}
        </h2>
        <ApplicationEvents events={data.events} />
      </section>
    </article>
  );
}
