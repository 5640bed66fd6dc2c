import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache.ts";

describe("ResponseCache", () => {
  it("computes once and then serves the remembered body", async () => {
    const cache = new ResponseCache({ max: 10, ttlMs: 1000 });
    let calls = 0;
    const compute = async () => `body ${++calls}`;
    expect(await cache.get("a", compute)).toBe("body 1");
    expect(await cache.get("a", compute)).toBe("body 1");
    expect(calls).toBe(1);
    expect(cache.hits).toBe(1);
  });

  it("shares one computation between concurrent requests for a key", async () => {
    const cache = new ResponseCache({ max: 10, ttlMs: 1000 });
    let calls = 0;
    const compute = () => new Promise<string>((r) => setTimeout(() => r(`body ${++calls}`), 10));
    const bodies = await Promise.all([cache.get("a", compute), cache.get("a", compute), cache.get("a", compute)]);
    expect(bodies).toEqual(["body 1", "body 1", "body 1"]);
  });

  it("expires entries after the TTL", async () => {
    let now = 0;
    const cache = new ResponseCache({ max: 10, ttlMs: 100, now: () => now });
    let calls = 0;
    const compute = async () => `body ${++calls}`;
    await cache.get("a", compute);
    now = 150;
    expect(await cache.get("a", compute)).toBe("body 2");
  });

  it("evicts the least recently used entry beyond max", async () => {
    const cache = new ResponseCache({ max: 2, ttlMs: 1000 });
    await cache.get("a", async () => "A");
    await cache.get("b", async () => "B");
    await cache.get("a", async () => "A again");
    await cache.get("c", async () => "C");
    expect(await cache.get("a", async () => "A recomputed")).toBe("A");
    expect(await cache.get("b", async () => "B recomputed")).toBe("B recomputed");
  });

  it("does not keep a result computed from data that changed while it ran", async () => {
    const cache = new ResponseCache({ max: 10, ttlMs: 1000 });
    let release: (v: string) => void = () => {};
    const slow = cache.get("a", () => new Promise<string>((r) => (release = r)));
    cache.clear();
    release("stale");
    expect(await slow).toBe("stale");
    expect(await cache.get("a", async () => "fresh")).toBe("fresh");
  });

  it("does not cache failures", async () => {
    const cache = new ResponseCache({ max: 10, ttlMs: 1000 });
    await expect(cache.get("a", async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("a", async () => "ok")).toBe("ok");
  });
});
