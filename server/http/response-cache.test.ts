import { promisify } from "node:util";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { openTestDatabase } from "../../test/setup/test-app.ts";
import { negotiateEncoding, ResponseCache, sendCachedJson } from "./response-cache.ts";

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

describe("the byte budget", () => {
  const kb = (n: number, c = "x") => c.repeat(n * 1000);

  it("evicts the least recently used bodies once the bytes held pass the budget", async () => {
    const cache = new ResponseCache({ max: 100, ttlMs: 1000, maxBytes: 25_000 });
    await cache.get("a", async () => kb(10, "a"));
    await cache.get("b", async () => kb(10, "b"));
    await cache.get("a", async () => "recomputed"); // a is now the most recently used
    expect(cache.bytes).toBe(20_000);
    await cache.get("c", async () => kb(10, "c"));
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(20_000);
    expect((await cache.get("a", async () => "A recomputed"))[0]).toBe("a"); // kept
    expect(await cache.get("b", async () => "B recomputed")).toBe("B recomputed"); // evicted for c
  });

  it("serves a body larger than the whole budget but does not keep it", async () => {
    const cache = new ResponseCache({ max: 100, ttlMs: 1000, maxBytes: 5_000 });
    await cache.get("small", async () => "small");
    expect(await cache.get("huge", async () => kb(10))).toHaveLength(10_000);
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
    let calls = 0;
    await cache.get("huge", async () => `again ${++calls}`);
    expect(calls).toBe(1);
  });

  it("counts compressed forms in the budget, and evicts for them too", async () => {
    const cache = new ResponseCache({ max: 100, ttlMs: 1000, maxBytes: 1_000_000 });
    const json = JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ id: i, name: `hub ${i}` })));
    await cache.getEncoded("a", async () => json, "identity");
    expect(cache.bytes).toBe(json.length);
    const br = await cache.getEncoded("a", async () => json, "br");
    await new Promise((r) => setImmediate(r));
    expect(Buffer.isBuffer(br.body)).toBe(true);
    expect(cache.bytes).toBe(json.length + (br.body as Buffer).length);

    const tight = new ResponseCache({ max: 100, ttlMs: 1000, maxBytes: json.length + 10 });
    await tight.getEncoded("a", async () => json, "gzip");
    await new Promise((r) => setImmediate(r));
    expect(tight.size).toBe(0); // text plus its gzip no longer fit
    expect(tight.bytes).toBe(0);
  });

  it("forgets every byte on clear()", async () => {
    const cache = new ResponseCache({ max: 100, ttlMs: 1000 });
    await cache.get("a", async () => kb(3));
    cache.clear();
    expect(cache.bytes).toBe(0);
  });
});

describe("negotiateEncoding", () => {
  it.each([
    ["gzip, deflate, br", "br"],
    ["gzip, deflate, br, zstd", "br"],
    ["gzip", "gzip"],
    ["deflate", "identity"],
    ["identity", "identity"],
    ["BR", "br"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0, gzip;q=0", "identity"],
    ["gzip;q=1.0, br;q=0.5", "gzip"],
    ["*", "br"],
    ["*;q=0.5, br;q=0", "gzip"],
    ["identity;q=0, *;q=0", "identity"],
    ["", "identity"],
  ])("Accept-Encoding %j → %s", (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it("answers identity when the request has no Accept-Encoding", () => {
    expect(negotiateEncoding(undefined)).toBe("identity");
  });
});

describe("sendCachedJson", () => {
  const answer = {
    items: Array.from({ length: 300 }, (_, i) => ({ id: `id-${i}`, name: `Điểm sáng tạo ${i}`, lat: 21 + i / 1e4 })),
  };
  const jsonText = JSON.stringify(answer);

  async function server(cache = new ResponseCache({ max: 10, ttlMs: 60_000 }), value: () => unknown = () => answer) {
    const app = Fastify({ logger: false });
    let computed = 0;
    app.get("/big", async (_req, reply) =>
      sendCachedJson(reply, cache, "big", async () => {
        computed++;
        return value();
      }),
    );
    app.get("/small", async (_req, reply) => sendCachedJson(reply, cache, "small", async () => ({ ok: true })));
    app.get("/uncached", async (_req, reply) => sendCachedJson(reply, undefined, "x", async () => answer));
    await app.ready();
    return { app, cache, computed: () => computed };
  }
  const get = (app: Awaited<ReturnType<typeof server>>["app"], url: string, acceptEncoding?: string) =>
    app.inject({
      method: "GET",
      url,
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });

  it("sends brotli to a browser, which decompresses to the same JSON", async () => {
    const { app } = await server();
    const r = await get(app, "/big", "gzip, deflate, br");
    expect(r.statusCode).toBe(200);
    expect(r.headers["content-encoding"]).toBe("br");
    expect(r.headers.vary).toBe("accept-encoding");
    expect(r.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(r.headers["content-length"])).toBe(r.rawPayload.length);
    expect(r.rawPayload.length).toBeLessThan(jsonText.length / 3);
    expect(zlib.brotliDecompressSync(r.rawPayload).toString("utf8")).toBe(jsonText);
  });

  it("sends gzip when brotli is not accepted (or refused with q=0)", async () => {
    const { app } = await server();
    for (const accept of ["gzip", "br;q=0, gzip"]) {
      const r = await get(app, "/big", accept);
      expect(r.headers["content-encoding"]).toBe("gzip");
      expect(r.headers.vary).toBe("accept-encoding");
      expect(JSON.parse(zlib.gunzipSync(r.rawPayload).toString("utf8"))).toEqual(answer);
    }
  });

  it("sends plain JSON without Accept-Encoding, or when every coding is refused, still with Vary", async () => {
    const { app } = await server();
    for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
      const r = await get(app, "/big", accept);
      expect(r.headers["content-encoding"]).toBeUndefined();
      expect(r.headers.vary).toBe("accept-encoding");
      expect(r.body).toBe(jsonText);
    }
  });

  it("compresses each coding once per cached answer and computes the answer once", async () => {
    const { app, computed } = await server();
    const first = await Promise.all([1, 2, 3].map(() => get(app, "/big", "br")));
    const again = await get(app, "/big", "br");
    const gz = await get(app, "/big", "gzip");
    expect(computed()).toBe(1);
    for (const r of first) expect(r.rawPayload.equals(again.rawPayload)).toBe(true);
    expect(gz.headers["content-encoding"]).toBe("gzip");
  });

  it("leaves a small answer uncompressed", async () => {
    const { app } = await server();
    const r = await get(app, "/small", "gzip, deflate, br");
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.json()).toEqual({ ok: true });
  });

  it("sends an uncached answer as plain JSON", async () => {
    const { app } = await server();
    const r = await get(app, "/uncached", "gzip, deflate, br");
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.json()).toEqual(answer);
  });

  it("serves the new data, compressed, once the database announces a change (NOTIFY)", async () => {
    const t = await openTestDatabase();
    try {
      const cache = new ResponseCache({ max: 10, ttlMs: 60_000 });
      const stop = await t.database.listen("response_cache_test", () => cache.clear());
      let version = 1;
      const { app } = await server(cache, () => ({ ...answer, version }));
      const read = async () => {
        const r = await get(app, "/big", "gzip, deflate, br");
        expect(r.headers["content-encoding"]).toBe("br");
        return JSON.parse((await promisify(zlib.brotliDecompress)(r.rawPayload)).toString("utf8")).version;
      };
      expect(await read()).toBe(1);
      version = 2;
      expect(await read()).toBe(1); // still the cached answer
      await t.db.execute(sql`SELECT pg_notify('response_cache_test', '')`);
      await expect.poll(read, { timeout: 3000 }).toBe(2);
      await stop();
      await app.close();
    } finally {
      await t.drop();
    }
  });
});
