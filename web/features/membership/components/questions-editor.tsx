import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { isConflict, writeProblem } from "../../../lib/form-errors.ts";
import { ErrorNotice } from "../../../ui/error-notice.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { useQuestionList } from "../api/get-question-list.ts";
import { useReplaceQuestions } from "../api/replace-questions.ts";
import {
  addQuestion,
  type DraftQuestion,
  draftBody,
  draftChanged,
  draftFrom,
  draftProblems,
  moveQuestion,
  removeQuestion,
  updateQuestion,
} from "../utils/questions-draft.ts";

/** Props of QuestionsEditor. */
export interface QuestionsEditorProps {
  /** The network's slug. */
  network: string;
}

/**
 * A network's membership questions, edited as one list in both languages: change texts, mark questions optional,
 * add, move up or down and remove, then save the whole list with the version it was loaded at. If someone else
 * saved meanwhile the save is refused (409) and the editor offers to reload. Questions keep their ids, so answers
 * already given stay attached; removed questions are retired, not erased.
 */
export function QuestionsEditor({ network }: QuestionsEditorProps) {
  const { t } = useTranslation();
  const list = useQuestionList(network);
  const save = useReplaceQuestions();
  const [draft, setDraft] = useState<{ version: number; items: DraftQuestion[] }>();
  const [problems, setProblems] = useState<Record<string, "empty">>({});
  const [notice, setNotice] = useState<string>();
  const [focusKey, setFocusKey] = useState<string>();
  const conflictRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const conflict = isConflict(save.error);

  useEffect(() => {
    if (list.data && !draft) setDraft({ version: list.data.version, items: draftFrom(list.data.items) });
  }, [list.data, draft]);
  useEffect(() => {
    if (conflict) conflictRef.current?.focus();
  }, [conflict]);
  // After a move, the button pressed keeps the focus in the question's new place.
  useEffect(() => {
    if (!focusKey) return;
    document.getElementById(focusKey)?.focus();
    setFocusKey(undefined);
  }, [focusKey]);

  if (list.isPending || (!draft && !list.isError)) return <LoadingState compact label={t("admin.questions.loading")} />;
  if (list.isError || !draft)
    return <ErrorState error={list.error} title={t("admin.questions.error")} onRetry={() => void list.refetch()} />;

  const edit = (items: DraftQuestion[]) => {
    setDraft({ ...draft, items });
    setNotice(undefined);
  };
  const reload = async () => {
    const fresh = await list.refetch();
    if (fresh.data) setDraft({ version: fresh.data.version, items: draftFrom(fresh.data.items) });
    setProblems({});
    save.reset();
    setNotice(t("admin.questions.reloaded"));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const found = draftProblems(draft.items);
    setProblems(found);
    if (draft.items.length === 0) {
      setNotice(t("admin.questions.atLeastOne"));
      return;
    }
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.getElementById(`${headingId}-${first}`)?.focus();
      return;
    }
    save.mutate(
      { network, body: draftBody(draft.items, draft.version) },
      {
        onSuccess: (saved) => {
          setDraft({ version: saved.version, items: draftFrom(saved.items) });
          setNotice(t("admin.questions.saved"));
        },
      },
    );
  };

  const changed = draftChanged(draft.items, list.data?.items ?? []);
  const saveProblem = conflict ? undefined : writeProblem(save.error, t);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("admin.questions.title")}
      </h2>
      <p className="hub-detail__muted">{t("admin.questions.lead")}</p>
      {conflict && (
        <div ref={conflictRef} className="notice notice--error" role="alert" tabIndex={-1}>
          <p className="notice__title">{t("admin.questions.conflictTitle")}</p>
          <p>{t("admin.questions.conflictMessage")}</p>
          <button type="button" className="button" onClick={() => void reload()}>
            {t("admin.questions.reload")}
          </button>
        </div>
      )}
      <form className="admin-form" noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
        <ol className="questions-editor">
          {draft.items.map((question, index) => {
            const number = index + 1;
            const fieldId = (field: "textVi" | "textEn") => `${headingId}-questions.${index}.${field}`;
            return (
              <li key={question.key} className="questions-editor__item">
                <fieldset className="form-fieldset">
                  <legend className="form-fieldset__legend">
                    {t("admin.questions.legend", { number })}
                    {!question.id && <span className="hub-detail__muted"> ({t("admin.questions.new")})</span>}
                  </legend>
                  <FormField
                    id={fieldId("textVi")}
                    label={t("admin.questions.textVi")}
                    error={problems[`questions.${index}.textVi`] ? t("admin.questions.empty") : undefined}
                    required
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        className="input"
                        lang="vi"
                        rows={2}
                        maxLength={1000}
                        value={question.textVi}
                        onChange={(event) => edit(updateQuestion(draft.items, index, { textVi: event.target.value }))}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={fieldId("textEn")}
                    label={t("admin.questions.textEn")}
                    error={problems[`questions.${index}.textEn`] ? t("admin.questions.empty") : undefined}
                    required
                  >
                    {(control) => (
                      <textarea
                        {...control}
                        className="input"
                        lang="en"
                        rows={2}
                        maxLength={1000}
                        value={question.textEn}
                        onChange={(event) => edit(updateQuestion(draft.items, index, { textEn: event.target.value }))}
                      />
                    )}
                  </FormField>
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={question.required}
                      onChange={(event) => edit(updateQuestion(draft.items, index, { required: event.target.checked }))}
                    />{" "}
                    {t("admin.questions.required")}
                  </label>
                  <div className="form-actions">
                    <button
                      id={`${question.key}-up`}
                      type="button"
                      className="button"
                      aria-disabled={index === 0 || undefined}
                      onClick={() => {
                        if (index === 0) return;
                        edit(moveQuestion(draft.items, index, -1));
                        setFocusKey(`${question.key}-up`);
                      }}
                    >
                      {t("admin.questions.moveUp")}
                      <span className="visually-hidden"> {t("admin.questions.legend", { number })}</span>
                    </button>
                    <button
                      id={`${question.key}-down`}
                      type="button"
                      className="button"
                      aria-disabled={index === draft.items.length - 1 || undefined}
                      onClick={() => {
                        if (index === draft.items.length - 1) return;
                        edit(moveQuestion(draft.items, index, 1));
                        setFocusKey(`${question.key}-down`);
                      }}
                    >
                      {t("admin.questions.moveDown")}
                      <span className="visually-hidden"> {t("admin.questions.legend", { number })}</span>
                    </button>
                    <button
                      type="button"
                      className="button button--danger"
                      onClick={() => {
                        if (question.id && !window.confirm(t("admin.questions.confirmRemove", { number }))) return;
                        edit(removeQuestion(draft.items, index));
                      }}
                    >
                      {t("admin.questions.remove")}
                      <span className="visually-hidden"> {t("admin.questions.legend", { number })}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              const next = addQuestion(draft.items);
              edit(next);
              setFocusKey(`${headingId}-questions.${next.length - 1}.textVi`);
            }}
          >
            {t("admin.questions.add")}
          </button>
        </div>
        <ErrorNotice message={saveProblem} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={save.isPending || undefined}>
            {save.isPending ? t("admin.saving") : t("admin.questions.save")}
          </button>
          {changed && <span className="hub-detail__muted">{t("admin.questions.unsaved")}</span>}
          <span role="status">{notice ?? ""}</span>
        </div>
      </form>
    </section>
  );
}
