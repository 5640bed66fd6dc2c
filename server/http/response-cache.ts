import { promisify } from "node:util";
import zlib from "node:zlib";
import type { FastifyReply } from "fastify";

/** A content coding a cached body can be sent in. */
export type Encoding = "br" | "gzip" | "identity";

/** Bodies smaller than this go out uncompressed: the saving does not pay for the work (and the header bytes). */
const MIN_COMPRESS_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/**
 * Compresses once per cached body, off the event loop (libuv's thread pool). Brotli quality 4 and gzip level 6, as
 * measured on the hub answers (docs/performance.md): 65 kB of JSON → 15 kB in about 1 ms, 987 kB → 221 kB (br) or
 * 214 kB (gzip) in about 26 ms; brotli 5 saves 3% more for twice the time, 11 saves 20% for seconds.
 */
function compress(text: string, encoding: Exclude<Encoding, "identity">): Promise<Buffer> {
  const input = Buffer.from(text, "utf8");
  if (encoding === "gzip") return gzip(input, { level: 6 });
  return brotli(input, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: 4,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length,
    },
  });
}

/**
 * The coding to answer a request in, from its `Accept-Encoding` header: the highest q-value among br, gzip and
 * identity, ties broken in that order; `q=0` refuses a coding, `*` stands for those not named. No header (or
 * nothing acceptable) means identity.
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding {
  const value = Array.isArray(header) ? header.join(",") : header;
  if (!value) return "identity";
  const q = new Map<string, number>();
  for (const part of value.split(",")) {
    const [name, ...params] = part.split(";");
    const coding = name.trim().toLowerCase();
    if (!coding) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) weight = Number(m[1]);
    }
    if (Number.isFinite(weight)) q.set(coding, Math.max(q.get(coding) ?? 0, weight));
  }
  const weightOf = (c: Encoding) => q.get(c) ?? q.get("*") ?? (c === "identity" ? 1 : 0);
  let best: Encoding = "identity";
  let bestQ = 0;
  for (const c of ["br", "gzip", "identity"] as const) {
    const w = weightOf(c);
    if (w > bestQ) {
      best = c;
      bestQ = w;
    }
  }
  return best;
}

/** One cached body: its text, and its compressed forms once asked for (made once, shared by every request). */
type Entry = {
  body: string;
  /** Bytes held: the text's UTF-8 length plus every compressed form made so far. */
  size: number;
  expires: number;
  coded: Partial<Record<Exclude<Encoding, "identity">, Promise<Buffer>>>;
};

/**
 * A small LRU cache of serialised response bodies for read-mostly public data, bounded by entry count and by bytes
 * (`maxBytes`, 64 MB unless told; a body larger than the budget is served but not kept). Entries live at most
 * `ttlMs`; `clear()` (called when the data changes) also discards results still being computed when it ran, so a
 * request that read the old data cannot put it back. Concurrent requests for one key share one computation, and
 * one compression per coding.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<Entry>>();
  private generation = 0;
  private held = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly opts: { max: number; ttlMs: number; maxBytes?: number; now?: () => number }) {}

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  private get maxBytes(): number {
    return this.opts.maxBytes ?? 64 * 1024 * 1024;
  }

  private drop(key: string) {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.held -= e.size;
  }

  /** Evicts least recently used entries until both bounds hold. */
  private trim() {
    while (this.entries.size > this.opts.max || (this.held > this.maxBytes && this.entries.size > 0)) {
      this.drop(this.entries.keys().next().value as string);
    }
  }

  private entry(key: string, compute: () => Promise<string>): Promise<Entry> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) {
      // Re-insert to mark as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.hits++;
      return Promise.resolve(hit);
    }
    if (hit) this.drop(key);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    this.misses++;
    const generation = this.generation;
    const p = compute().then(
      (body) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        const e: Entry = { body, size: Buffer.byteLength(body), expires: this.now() + this.opts.ttlMs, coded: {} };
        if (generation === this.generation) {
          this.drop(key);
          this.entries.set(key, e);
          this.held += e.size;
          this.trim();
        }
        return e;
      },
      (err) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        throw err;
      },
    );
    this.pending.set(key, p);
    return p;
  }

  /** The cached body for `key`, or the result of `compute()`, remembered. */
  async get(key: string, compute: () => Promise<string>): Promise<string> {
    return (await this.entry(key, compute)).body;
  }

  /**
   * Like `get()`, in the coding asked for when that is worth it: a Buffer compressed once per entry and kept with
   * it (counted in the byte budget), or the text itself (small bodies, identity, or compression that did not help).
   */
  async getEncoded(
    key: string,
    compute: () => Promise<string>,
    encoding: Encoding,
  ): Promise<{ body: string | Buffer; encoding: Encoding }> {
    const e = await this.entry(key, compute);
    if (encoding === "identity" || e.size < MIN_COMPRESS_BYTES) return { body: e.body, encoding: "identity" };
    let coded = e.coded[encoding];
    if (!coded) {
      coded = compress(e.body, encoding);
      e.coded[encoding] = coded;
      coded.then(
        (buf) => {
          // Counted only while the entry is still the cached one (not evicted, cleared or replaced meanwhile).
          if (this.entries.get(key) !== e) return;
          e.size += buf.length;
          this.held += buf.length;
          this.trim();
        },
        () => {
          if (e.coded[encoding] === coded) delete e.coded[encoding];
        },
      );
    }
    const buf = await coded;
    return buf.length < e.size ? { body: buf, encoding } : { body: e.body, encoding: "identity" };
  }

  /** Forgets everything, including computations in flight. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
    this.held = 0;
  }

  /** Number of cached bodies. */
  get size(): number {
    return this.entries.size;
  }

  /** Bytes held by the cached bodies and their compressed forms. */
  get bytes(): number {
    return this.held;
  }
}

/**
 * Sends `compute()` as JSON, through `cache` when there is one. The body goes out pre-serialised (Fastify serialises
 * objects, never strings with a JSON content type); the route's response schema still documents the shape. Through
 * the cache it goes out in the best coding the request accepts (br, gzip, identity), compressed once per cached
 * entry, with `Vary: Accept-Encoding`. No compression plugin is registered, so nothing encodes it again.
 */
export async function sendCachedJson(
  reply: FastifyReply,
  cache: ResponseCache | undefined,
  key: string,
  compute: () => Promise<unknown>,
) {
  const make = async () => JSON.stringify(await compute());
  reply.type("application/json; charset=utf-8");
  if (!cache) return reply.send((await make()) as never);
  const wanted = negotiateEncoding(reply.request.headers["accept-encoding"]);
  const { body, encoding } = await cache.getEncoded(key, make, wanted);
  const vary = reply.getHeader("vary");
  if (!vary) reply.header("vary", "accept-encoding");
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(String(vary)))
    reply.header("vary", `${vary}, accept-encoding`);
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return reply.send(body as never);
}
