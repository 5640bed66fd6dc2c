import { describe, expect, it } from "vitest";
import { answersBody, answersChanged, missingAnswers } from "./answers.ts";

describe("answers", () => {
  it("sends trimmed, non-empty answers", () => {
    expect(answersBody({ q1: "  Xưởng gốm mở cửa  ", q2: "  " })).toEqual({ q1: "Xưởng gốm mở cửa" });
  });

  it("lists required questions without an answer, in order", () => {
    const questions = [
      { id: "q1", required: true },
      { id: "q2", required: false },
      { id: "q3", required: true },
    ];
    expect(missingAnswers(questions, { q1: "yes", q3: " " })).toEqual(["q3"]);
  });

  it("notices a changed, added or cleared answer, not whitespace", () => {
    expect(answersChanged({ q1: "a" }, { q1: " a " })).toBe(false);
    expect(answersChanged({ q1: "a" }, { q1: "b" })).toBe(true);
    expect(answersChanged({ q1: "a" }, { q1: "a", q2: "c" })).toBe(true);
    expect(answersChanged({ q1: "a" }, { q1: "" })).toBe(true);
  });
});
