import { useTranslation } from "react-i18next";
import type { Question } from "../api/get-questions.ts";
import { QuestionText } from "./question-text.tsx";

/** Props of AnswersList. */
export interface AnswersListProps {
  questions: Question[];
  answers: Record<string, string>;
}

/** The questions with their answers, read-only (a submitted application; the reviewer's screen). */
export function AnswersList({ questions, answers }: AnswersListProps) {
  const { t } = useTranslation();
  return (
    <dl className="answers">
      {questions.map((question, index) => (
        <div key={question.id} className="answers__item">
          <dt className="question">
            <QuestionText question={question} number={index + 1} />
          </dt>
          <dd className="answers__text">
            {answers[question.id]?.trim() ? (
              answers[question.id]
            ) : (
              <span className="hub-detail__muted">{t("membership.answers.none")}</span>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
