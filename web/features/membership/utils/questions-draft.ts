/** A question as the editor holds it: `key` names it on screen; `id` is set for questions already saved. */
export interface DraftQuestion {
  key: string;
  id?: string;
  textVi: string;
  textEn: string;
  required: boolean;
}

let counter = 0;
/** A key for a question added in the editor (saved questions use their id). */
const newKey = () => `new-${++counter}`;

/** The editor's starting list: the saved questions in their order. */
export const draftFrom = (
  questions: { id: string; textVi: string; textEn: string; required: boolean }[],
): DraftQuestion[] =>
  questions.map((q) => ({ key: q.id, id: q.id, textVi: q.textVi, textEn: q.textEn, required: q.required }));

/** The list with an empty required question at the end. */
export const addQuestion = (draft: DraftQuestion[]): DraftQuestion[] => [
  ...draft,
  { key: newKey(), textVi: "", textEn: "", required: true },
];

/** The list without the question at `index`. */
export const removeQuestion = (draft: DraftQuestion[], index: number): DraftQuestion[] =>
  draft.filter((_, i) => i !== index);

/**
 * The list with the question at `index` moved by `by` places (−1 up, +1 down); unchanged at either end.
 * @example moveQuestion([a, b, c], 2, -1) // [a, c, b]
 */
export function moveQuestion(draft: DraftQuestion[], index: number, by: -1 | 1): DraftQuestion[] {
  const to = index + by;
  if (index < 0 || index >= draft.length || to < 0 || to >= draft.length) return draft;
  const next = [...draft];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

/** The list with one question's fields changed. */
export const updateQuestion = (
  draft: DraftQuestion[],
  index: number,
  change: Partial<Omit<DraftQuestion, "key" | "id">>,
): DraftQuestion[] => draft.map((q, i) => (i === index ? { ...q, ...change } : q));

/** Which text of which question is missing, keyed like the API's details: `questions.<index>.textVi`. */
export function draftProblems(draft: DraftQuestion[]): Record<string, "empty"> {
  const problems: Record<string, "empty"> = {};
  draft.forEach((q, i) => {
    if (!q.textVi.trim()) problems[`questions.${i}.textVi`] = "empty";
    if (!q.textEn.trim()) problems[`questions.${i}.textEn`] = "empty";
  });
  return problems;
}

/** The body of `PUT /api/networks/{slug}/questions`: the whole ordered list, trimmed, and the version edited. */
export const draftBody = (draft: DraftQuestion[], version: number) => ({
  version,
  questions: draft.map((q) => ({
    ...(q.id ? { id: q.id } : {}),
    textVi: q.textVi.trim(),
    textEn: q.textEn.trim(),
    required: q.required,
  })),
});

/** Whether the draft differs from the saved list (order, texts, required flags, questions added or removed). */
export const draftChanged = (
  draft: DraftQuestion[],
  saved: { id: string; textVi: string; textEn: string; required: boolean }[],
) => JSON.stringify(draftBody(draft, 0)) !== JSON.stringify(draftBody(draftFrom(saved), 0));
