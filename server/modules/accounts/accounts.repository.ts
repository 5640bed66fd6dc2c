import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { type Db, rows } from "../../db/client.ts";
import { loginFailures, networkRoles, notifications, sessions, users } from "./accounts.table.ts";

/** Every statement about people, sessions, roles and notifications. */
export const accountsRepository = (db: Db) => ({
  async userByEmail(email: string) {
    const [u] = await db.select().from(users).where(eq(users.email, email));
    return u;
  },

  async insertUser(v: { email: string; name: string; passwordHash: string; isPlatformAdmin?: boolean }) {
    const [u] = await db.insert(users).values(v).onConflictDoNothing().returning();
    return u;
  },

  setPlatformAdmin: (id: string, passwordHash: string) =>
    db.update(users).set({ isPlatformAdmin: true, passwordHash }).where(eq(users.id, id)),

  insertSession: (v: {
    tokenHash: string;
    userId: string;
    expiresAt: Date;
    userAgent: string | null;
    ip: string | null;
  }) => db.insert(sessions).values(v),

  revokeSession: (tokenHash: string) =>
    db
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt))),

  revokeAllSessions: (userId: string) =>
    db
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt))),

  /** The person behind a live session, with roles and managed hubs, in one round trip. */
  async actorBySession(tokenHash: string) {
    const [r] = await rows<{
      userId: string;
      email: string;
      name: string;
      isPlatformAdmin: boolean;
      networkRoles: { networkId: string; networkSlug: string; role: "admin" | "assessor" }[];
      managedHubIds: string[];
    }>(
      db,
      sql`SELECT u.id AS "userId", u.email, u.name, u.is_platform_admin AS "isPlatformAdmin",
            coalesce((SELECT json_agg(json_build_object('networkId', nr.network_id, 'networkSlug', n.slug, 'role', nr.role)
                        ORDER BY n.slug, nr.role)
                      FROM network_roles nr JOIN networks n ON n.id = nr.network_id WHERE nr.user_id = u.id), '[]'::json)
              AS "networkRoles",
            coalesce((SELECT json_agg(hm.hub_id ORDER BY hm.hub_id) FROM hub_managers hm WHERE hm.user_id = u.id), '[]'::json)
              AS "managedHubIds"
          FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = ${tokenHash} AND s.revoked_at IS NULL AND s.expires_at > now()`,
    );
    return r;
  },

  recordLoginFailure: (email: string, ip: string) => db.insert(loginFailures).values({ email, ip }),

  async recentFailures(email: string, ip: string, since: Date) {
    const [r] = await rows<{ byEmail: number; byIp: number }>(
      db,
      sql`SELECT (SELECT count(*)::int FROM login_failures WHERE email = ${email} AND at > ${since.toISOString()}) AS "byEmail",
                 (SELECT count(*)::int FROM login_failures WHERE ip = ${ip} AND at > ${since.toISOString()}) AS "byIp"`,
    );
    return r;
  },

  clearFailures: (email: string) => db.delete(loginFailures).where(eq(loginFailures.email, email)),

  /** Grants a role; false when the person already held it. */
  grantNetworkRole: async (networkId: string, userId: string, role: "admin" | "assessor") =>
    (
      await db
        .insert(networkRoles)
        .values({ networkId, userId, role })
        .onConflictDoNothing()
        .returning({ userId: networkRoles.userId })
    ).length > 0,

  /** Takes a role away; false when the person did not hold it. */
  revokeNetworkRole: async (networkId: string, userId: string, role: "admin" | "assessor") =>
    (
      await db
        .delete(networkRoles)
        .where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.userId, userId), eq(networkRoles.role, role)))
        .returning({ userId: networkRoles.userId })
    ).length > 0,

  /** The roles one person holds in one network. */
  async rolesInNetwork(networkId: string, userId: string) {
    const r = await db
      .select({ role: networkRoles.role })
      .from(networkRoles)
      .where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.userId, userId)))
      .orderBy(networkRoles.role);
    return r.map((x) => x.role);
  },

  async userById(id: string) {
    const [u] = await db
      .select({ id: users.id, email: users.email, name: users.name })
      .from(users)
      .where(eq(users.id, id));
    return u;
  },

  /** People holding roles in a network, by name. */
  networkPeople: (networkId: string, role?: "admin" | "assessor") =>
    rows<{ userId: string; name: string; email: string; role: "admin" | "assessor" }>(
      db,
      sql`SELECT u.id AS "userId", u.name, u.email, nr.role FROM network_roles nr JOIN users u ON u.id = nr.user_id
          WHERE nr.network_id = ${networkId} ${role ? sql`AND nr.role = ${role}` : sql``} ORDER BY u.name, u.email`,
    ),

  /** Users holding `role` in a network (to notify reviewers). */
  async usersWithNetworkRole(networkId: string, role: "admin" | "assessor") {
    return db
      .select({ id: users.id })
      .from(networkRoles)
      .innerJoin(users, eq(users.id, networkRoles.userId))
      .where(and(eq(networkRoles.networkId, networkId), eq(networkRoles.role, role)));
  },

  insertNotifications: (values: { userId: string; kind: string; payload: Record<string, unknown> }[]) =>
    values.length === 0 ? Promise.resolve() : db.insert(notifications).values(values),

  notificationsFor: (userId: string, limit: number) =>
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt))
      .limit(limit),

  async unreadCount(userId: string) {
    const [r] = await rows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM notifications WHERE user_id = ${userId} AND read_at IS NULL`,
    );
    return r.n;
  },

  markRead: (userId: string, id: string) =>
    db
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id }),

  /** Sessions that ended long ago, to keep the table small. */
  purgeExpiredSessions: (before: Date) =>
    db.delete(sessions).where(gt(sql`${before.toISOString()}::timestamptz`, sessions.expiresAt)),
});
