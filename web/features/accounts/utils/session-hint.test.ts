import { describe, expect, it } from "vitest";
import { type HintStorage, hasSessionHint, isSessionHintKey, setSessionHint } from "./session-hint.ts";

function memoryStorage(): HintStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe("session hint", () => {
  it("is off in a browser that never signed in, on after signing in and off after signing out", () => {
    const storage = memoryStorage();
    expect(hasSessionHint(storage)).toBe(false);
    setSessionHint(true, storage);
    expect(hasSessionHint(storage)).toBe(true);
    setSessionHint(false, storage);
    expect(hasSessionHint(storage)).toBe(false);
  });

  it("asks the server when there is no storage to read", () => {
    expect(hasSessionHint(undefined)).toBe(true);
    const broken: HintStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {},
      removeItem: () => {},
    };
    expect(hasSessionHint(broken)).toBe(true);
  });

  it("recognises its own key in storage events, and a cleared storage", () => {
    expect(isSessionHintKey("creative-network.signed-in")).toBe(true);
    expect(isSessionHintKey(null)).toBe(true);
    expect(isSessionHintKey("creative-network.language")).toBe(false);
  });
});
