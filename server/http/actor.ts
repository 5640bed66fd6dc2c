import type { FastifyReply, FastifyRequest } from "fastify";
import { AppError, ForbiddenError, NotFoundError, UnauthorizedError } from "./errors.ts";

/** Who is calling: a signed-in person with their roles, or null for an anonymous visitor. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
  networkRoles: { networkId: string; networkSlug: string; role: "admin" | "assessor" }[];
  managedHubIds: string[];
  sessionHash: string;
};

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** The signed-in actor, or a 401. */
export function signedIn(req: FastifyRequest): Actor {
  if (!req.actor) throw UnauthorizedError();
  return req.actor;
}

/** preHandler: refuses anonymous calls with 401. */
export async function requireSignedIn(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  signedIn(req);
}

/** Whether the actor administers `networkId` (platform administrators administer every network). */
export const isNetworkAdmin = (actor: Actor | null, networkId: string) =>
  !!actor && (actor.isPlatformAdmin || actor.networkRoles.some((r) => r.networkId === networkId && r.role === "admin"));

/** Whether the actor assesses in `networkId`. */
export const isAssessor = (actor: Actor | null, networkId: string) =>
  !!actor && actor.networkRoles.some((r) => r.networkId === networkId && r.role === "assessor");

/** Whether the actor manages hub `hubId`. */
export const managesHub = (actor: Actor | null, hubId: string) => !!actor && actor.managedHubIds.includes(hubId);

/**
 * The same answer for "missing" and "not yours": a row the policy denies is reported as not found, so ids reveal
 * nothing about what exists.
 */
export function requireAccess<T>(row: T | undefined, allowed: (row: T) => boolean, what = "record"): T {
  if (row === undefined || !allowed(row)) throw NotFoundError(`No such ${what}, or not visible to you`);
  return row;
}

/** For actions on something the caller may see but not change: 403 (or 401 when anonymous). */
export function requireAllowed(actor: Actor | null, allowed: boolean, message?: string): void {
  if (allowed) return;
  if (!actor) throw UnauthorizedError();
  throw ForbiddenError(message);
}

export { AppError };

/** The actor, or a 401 for anonymous callers (for services, which get the actor rather than the request). */
export function signedInOrThrow(actor: Actor | null): Actor {
  if (!actor) throw UnauthorizedError();
  return actor;
}
