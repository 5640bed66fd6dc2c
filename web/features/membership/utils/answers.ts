/** A membership question as the form needs it. */
export interface Question {
  id: string;
  required: boolean;
}

/**
 * The answers as the API takes them: trimmed, without empty ones (a draft may leave questions open; the API
 * replaces the whole set on every save, so a cleared answer disappears).
 * @example answersBody({ q1: "  Workshops  ", q2: " " }) // { q1: "Workshops" }
 */
export function answersBody(answers: Record<string, string>): Record<string, string> {
  const body: Record<string, string> = {};
  for (const [id, text] of Object.entries(answers)) {
    const value = text.trim();
    if (value !== "") body[id] = value;
  }
  return body;
}

/**
 * Required questions still without an answer: submitting needs every one (the API checks it too).
 * @returns the ids of the unanswered required questions, in the questions' order.
 */
export function missingAnswers(questions: Question[], answers: Record<string, string>): string[] {
  return questions.filter((question) => question.required && !answers[question.id]?.trim()).map((q) => q.id);
}

/** Whether the answers in the form differ from the saved ones (compared as the API would store them). */
export function answersChanged(saved: Record<string, string>, current: Record<string, string>): boolean {
  const a = answersBody(saved);
  const b = answersBody(current);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return true;
  return false;
}
