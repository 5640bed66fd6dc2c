import { describe, expect, it } from "vitest";
import assessmentsEn from "./assessments.en.json" with { type: "json" };
import assessmentsVi from "./assessments.vi.json" with { type: "json" };
import en from "./en.json" with { type: "json" };
import vi from "./vi.json" with { type: "json" };

type Messages = { [key: string]: string | Messages };

// i18next picks `key_one`/`key_other` by the language's plural rules; Vietnamese has one form and uses the bare
// key. Both name the same message, so keys are compared without the plural suffix.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(messages: Messages, prefix = ""): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const base = path.replace(PLURAL_SUFFIX, "");
      result.set(base, [...(result.get(base) ?? []), value]);
    } else for (const [nested, values] of flatten(value, path)) result.set(nested, values);
  }
  return result;
}

function variables(texts: string[]): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1])))].sort();
}

describe.each([
  { namespace: "translation", viMessages: flatten(vi), enMessages: flatten(en) },
  { namespace: "assessments", viMessages: flatten(assessmentsVi), enMessages: flatten(assessmentsEn) },
])("UI translations ($namespace)", ({ viMessages, enMessages }) => {
  it("has every Vietnamese key in English", () => {
    expect([...viMessages.keys()].filter((key) => !enMessages.has(key))).toEqual([]);
  });

  it("has every English key in Vietnamese", () => {
    expect([...enMessages.keys()].filter((key) => !viMessages.has(key))).toEqual([]);
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, texts] of viMessages) expect(variables(enMessages.get(key) ?? []), key).toEqual(variables(texts));
  });

  it("has no empty message", () => {
    for (const [key, texts] of [...viMessages, ...enMessages])
      for (const text of texts) expect(text.trim(), key).not.toBe("");
  });
});
