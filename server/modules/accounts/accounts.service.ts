import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import type { MeView, RegisterBody } from "../../../contract/api/accounts.schema.ts";
import type { Db } from "../../db/client.ts";
import type { Actor } from "../../http/actor.ts";
import { ConflictError, NotFoundError, RateLimitedError, UnauthorizedError } from "../../http/errors.ts";
import { auditService } from "../audit/audit.service.ts";
import { accountsRepository } from "./accounts.repository.ts";

/** Sessions last 30 days unless revoked by logout. */
export const SESSION_DAYS = 30;
/** Failed sign-ins allowed per e-mail address, and per client address, in the window. */
export const LOGIN_LIMIT = { perEmail: 5, perIp: 30, windowMinutes: 15 };

// argon2id with the library's defaults (m=19 MiB, t=2, p=1: OWASP's minimum), ~70 ms a hash on this class of machine.
const hashPassword = (password: string) => hash(password);
// Verifying against this when the e-mail is unknown keeps the response time the same, so timing reveals no accounts.
const DUMMY_HASH = hashPassword("not a real password, only for timing");

/** SHA-256 of a session token: what the database stores. */
export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Accounts, sessions, roles and notifications. */
export function accountsService(db: Db) {
  const repo = accountsRepository(db);

  async function startSession(userId: string, meta: { userAgent: string | null; ip: string | null }) {
    const token = randomBytes(32).toString("base64url");
    await repo.insertSession({
      tokenHash: tokenHash(token),
      userId,
      expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
      ...meta,
    });
    return token;
  }

  return {
    /** Creates an account and signs it in. A taken e-mail is a 409 naming the field. */
    async register(body: RegisterBody, meta: { userAgent: string | null; ip: string | null }) {
      const user = await repo.insertUser({
        email: body.email,
        name: body.name,
        passwordHash: await hashPassword(body.password),
      });
      if (!user)
        throw ConflictError("An account with this e-mail already exists", [
          { path: "body.email", message: "is already registered" },
        ]);
      return { user, token: await startSession(user.id, meta) };
    },

    /** Checks the password and starts a session; refuses with 429 after repeated failures. */
    async login(email: string, password: string, meta: { userAgent: string | null; ip: string }) {
      const since = new Date(Date.now() - LOGIN_LIMIT.windowMinutes * 60_000);
      const failures = await repo.recentFailures(email, meta.ip, since);
      if (failures.byEmail >= LOGIN_LIMIT.perEmail || failures.byIp >= LOGIN_LIMIT.perIp) {
        throw RateLimitedError(`Too many failed sign-ins. Try again in ${LOGIN_LIMIT.windowMinutes} minutes.`);
      }
      const user = await repo.userByEmail(email);
      let ok = false;
      if (user) ok = await verify(user.passwordHash, password);
      else await verify(await DUMMY_HASH, password);
      if (!user || !ok) {
        await repo.recordLoginFailure(email, meta.ip);
        throw UnauthorizedError("Wrong e-mail or password");
      }
      await repo.clearFailures(email);
      return { user, token: await startSession(user.id, meta) };
    },

    /** Ends one session; the cookie stops working at once. */
    logout: (token: string) => repo.revokeSession(tokenHash(token)),

    /** The actor behind a session token, or null. */
    async actorFromToken(token: string): Promise<Actor | null> {
      const h = tokenHash(token);
      const r = await repo.actorBySession(h);
      return r ? { ...r, sessionHash: h } : null;
    },

    /** What `GET /api/auth/me` shows. */
    me: (actor: Actor): MeView => ({
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      isPlatformAdmin: actor.isPlatformAdmin,
      networkRoles: actor.networkRoles,
      managedHubIds: actor.managedHubIds,
    }),

    /** Creates or promotes a platform administrator (CLI). Returns whether the account is new. */
    async createPlatformAdmin(email: string, name: string, password: string): Promise<{ created: boolean }> {
      const passwordHash = await hashPassword(password);
      const created = await repo.insertUser({ email, name, passwordHash, isPlatformAdmin: true });
      if (created) return { created: true };
      const existing = await repo.userByEmail(email);
      if (!existing) throw new Error("account vanished while being promoted");
      await repo.setPlatformAdmin(existing.id, passwordHash);
      await repo.revokeAllSessions(existing.id);
      return { created: false };
    },

    /**
     * Gives a person (found by e-mail) a role in a network; the actor is recorded in the audit log. An unknown
     * e-mail is a 409 naming the field. Granting a role already held changes nothing and writes no audit row.
     */
    async grantNetworkRole(networkId: string, email: string, role: "admin" | "assessor", actor: Actor | null = null) {
      const user = await repo.userByEmail(email);
      if (!user)
        throw ConflictError("No account with this e-mail", [{ path: "body.email", message: "has no account" }]);
      await db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = accountsRepository(tx);
        const before = await r.rolesInNetwork(networkId, user.id);
        if (!(await r.grantNetworkRole(networkId, user.id, role))) return;
        await auditService(tx).record({
          actor,
          action: "network.role.grant",
          entityType: "user",
          entityId: user.id,
          networkId,
          before: { email: user.email, name: user.name, roles: before },
          after: { email: user.email, name: user.name, roles: await r.rolesInNetwork(networkId, user.id) },
        });
      });
      return user;
    },

    /**
     * Takes a role in a network away from a person. Not holding it is a 404 (it may have been revoked meanwhile).
     * The person's open sessions keep working: roles are read afresh on every request.
     */
    async revokeNetworkRole(networkId: string, userId: string, role: "admin" | "assessor", actor: Actor) {
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = accountsRepository(tx);
        const user = await r.userById(userId);
        const before = user ? await r.rolesInNetwork(networkId, userId) : [];
        if (!user || !(await r.revokeNetworkRole(networkId, userId, role)))
          throw NotFoundError("This person does not hold this role in this network (any more)");
        await auditService(tx).record({
          actor,
          action: "network.role.revoke",
          entityType: "user",
          entityId: userId,
          networkId,
          before: { email: user.email, name: user.name, roles: before },
          after: { email: user.email, name: user.name, roles: await r.rolesInNetwork(networkId, userId) },
        });
      });
    },

    /** The people holding roles in a network (for its administrators: assigning assessors, reviewing who can act). */
    networkPeople: (networkId: string, role?: "admin" | "assessor") => repo.networkPeople(networkId, role),

    /** Ids of the people holding a role in a network. */
    usersWithNetworkRole: async (networkId: string, role: "admin" | "assessor") =>
      (await repo.usersWithNetworkRole(networkId, role)).map((u) => u.id),

    /** Puts a notification in each person's inbox. */
    notify: (userIds: string[], kind: string, payload: Record<string, unknown>) =>
      repo.insertNotifications([...new Set(userIds)].map((userId) => ({ userId, kind, payload }))),

    /** The latest notifications of a person and how many are unread. */
    async inbox(userId: string) {
      const [items, unread] = await Promise.all([repo.notificationsFor(userId, 50), repo.unreadCount(userId)]);
      return {
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          payload: n.payload,
          readAt: n.readAt ? n.readAt.toISOString() : null,
          createdAt: n.createdAt.toISOString(),
        })),
        unread,
      };
    },

    /** Marks one of the person's notifications read; false when it is not theirs or already read. */
    markRead: async (userId: string, id: string) => (await repo.markRead(userId, id)).length > 0,
  };
}

/** The service's type. */
export type AccountsService = ReturnType<typeof accountsService>;
