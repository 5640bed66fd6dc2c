import { useLanguage } from "../../../lib/i18n.ts";
import type { Question } from "../api/get-questions.ts";

/** The question's wording in the UI language and in the other one, each with its language code. */
function wordings(question: Question, language: "vi" | "en") {
  const [main, other] = language === "vi" ? [question.textVi, question.textEn] : [question.textEn, question.textVi];
  return { main, other: other && other !== main ? other : undefined, otherLang: language === "vi" ? "en" : "vi" };
}

/**
 * A membership question, numbered, in the UI language; with `withOther`, the other language's wording beneath it
 * (marked with its `lang`), since the network's administrators may have phrased the two differently.
 */
export function QuestionText({
  question,
  number,
  withOther = true,
}: {
  question: Question;
  number: number;
  withOther?: boolean;
}) {
  const { language } = useLanguage();
  const { main, other, otherLang } = wordings(question, language);
  return (
    <>
      <span className="question__number">{number}. </span>
      <span lang={language}>{main}</span>
      {withOther && other && (
        <span className="question__other" lang={otherLang}>
          {other}
        </span>
      )}
    </>
  );
}

/** The question in the other language only: the hint under a form field whose label is the question. */
export function QuestionOtherText({ question }: { question: Question }) {
  const { language } = useLanguage();
  const { other, otherLang } = wordings(question, language);
  return other ? (
    <span className="question__other" lang={otherLang}>
      {other}
    </span>
  ) : null;
}
