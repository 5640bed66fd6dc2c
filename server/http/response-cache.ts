import type { FastifyReply } from "fastify";

/**
 * A small LRU cache of serialised response bodies for read-mostly public data. Entries live at most `ttlMs`;
 * `clear()` (called when the data changes) also discards results still being computed when it ran, so a request
 * that read the old data cannot put it back. Concurrent requests for one key share one computation.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { body: string; expires: number }>();
  private readonly pending = new Map<string, Promise<string>>();
  private generation = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly opts: { max: number; ttlMs: number; now?: () => number }) {}

  private now(): number {
    return this.opts.now ? this.opts.now() : Date.now();
  }

  /** The cached body for `key`, or the result of `compute()`, remembered. */
  async get(key: string, compute: () => Promise<string>): Promise<string> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) {
      // Re-insert to mark as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
      this.hits++;
      return hit.body;
    }
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    this.misses++;
    const generation = this.generation;
    const p = compute().then(
      (body) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        if (generation === this.generation) {
          this.entries.delete(key);
          this.entries.set(key, { body, expires: this.now() + this.opts.ttlMs });
          while (this.entries.size > this.opts.max) this.entries.delete(this.entries.keys().next().value as string);
        }
        return body;
      },
      (err) => {
        if (this.pending.get(key) === p) this.pending.delete(key);
        throw err;
      },
    );
    this.pending.set(key, p);
    return p;
  }

  /** Forgets everything, including computations in flight. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }

  /** Number of cached bodies. */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * Sends `compute()` as JSON, through `cache` when there is one. The body goes out pre-serialised (Fastify serialises
 * objects, never strings with a JSON content type); the route's response schema still documents the shape.
 */
export async function sendCachedJson(
  reply: FastifyReply,
  cache: ResponseCache | undefined,
  key: string,
  compute: () => Promise<unknown>,
) {
  const make = async () => JSON.stringify(await compute());
  const body = cache ? await cache.get(key, make) : await make();
  return reply.type("application/json; charset=utf-8").send(body as never);
}
