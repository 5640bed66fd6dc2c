import type { FastifyRequest } from "fastify";
import { ForbiddenError } from "./errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that carries the session cookie unless its Origin (or, failing that, Referer) is
 * this platform's own host. SameSite cookies already stop most cross-site sends; this closes the rest (old browsers,
 * same-site subdomains).
 */
export function checkSameOrigin(req: FastifyRequest, sessionCookie: string): void {
  if (SAFE.has(req.method) || !req.cookies?.[sessionCookie]) return;
  const source = req.headers.origin ?? req.headers.referer;
  if (!source || source === "null") throw ForbiddenError("Cross-site request refused: no Origin or Referer header");
  let host: string;
  let own: string;
  try {
    const from = new URL(source);
    host = from.host;
    // Parse our own Host the same way, so "localhost:80" and "localhost" compare equal over http.
    own = new URL(`${from.protocol}//${req.headers.host ?? ""}`).host;
  } catch {
    throw ForbiddenError("Cross-site request refused: unreadable Origin");
  }
  if (host !== own) throw ForbiddenError(`Cross-site request refused: ${host} is not this site`);
}
