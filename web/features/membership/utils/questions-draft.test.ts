import { describe, expect, it } from "vitest";
import {
  addQuestion,
  draftBody,
  draftChanged,
  draftFrom,
  draftProblems,
  moveQuestion,
  removeQuestion,
  updateQuestion,
} from "./questions-draft.ts";

const saved = [
  { id: "q1", textVi: "Một", textEn: "One", required: true },
  { id: "q2", textVi: "Hai", textEn: "Two", required: false },
];

describe("the questions editor's draft", () => {
  it("moves a question up and down, and leaves the ends alone", () => {
    const draft = draftFrom(saved);
    expect(moveQuestion(draft, 1, -1).map((q) => q.id)).toEqual(["q2", "q1"]);
    expect(moveQuestion(draft, 0, 1).map((q) => q.id)).toEqual(["q2", "q1"]);
    expect(moveQuestion(draft, 0, -1)).toBe(draft);
    expect(moveQuestion(draft, 1, 1)).toBe(draft);
  });

  it("adds, edits and removes, and sends the whole list in order with ids only for saved questions", () => {
    let draft = addQuestion(draftFrom(saved));
    draft = updateQuestion(draft, 2, { textVi: "  Ba ", textEn: "Three" });
    draft = removeQuestion(draft, 0);
    expect(draftBody(draft, 7)).toEqual({
      version: 7,
      questions: [
        { id: "q2", textVi: "Hai", textEn: "Two", required: false },
        { textVi: "Ba", textEn: "Three", required: true },
      ],
    });
    expect(draftChanged(draft, saved)).toBe(true);
    expect(draftChanged(draftFrom(saved), saved)).toBe(false);
  });

  it("names each missing text the way the API does", () => {
    const draft = updateQuestion(addQuestion(draftFrom(saved)), 2, { textEn: "Three" });
    expect(draftProblems(draft)).toEqual({ "questions.2.textVi": "empty" });
  });
});
