import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client, sessionCookieOf } from "../../../test/http-client.ts";
import { testApp } from "../../../test/setup/test-app.ts";
import { LOGIN_LIMIT } from "./accounts.service.ts";

let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const anon = () => client(t.app);
let n = 0;
const email = () => `person-${++n}-${process.pid}@example.vn`;

describe("POST /api/auth/register", () => {
  it("creates an account, signs it in with an HTTP-only SameSite cookie, and stores the name NFC", async () => {
    const res = await anon().post("/api/auth/register", {
      email: `  ${email().toUpperCase()} `,
      password: "long enough pass",
      name: "Nguyễn Văn A".normalize("NFD"),
    });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe("Nguyễn Văn A".normalize("NFC"));
    expect(res.body.email).toBe(res.body.email.toLowerCase());
    const cookie = String(res.headers["set-cookie"]);
    expect(cookie).toMatch(/cn_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client(t.app, sessionCookieOf(res.headers)).get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: res.body.email,
      isPlatformAdmin: false,
      networkRoles: [],
      managedHubIds: [],
    });
  });

  it("refuses a taken e-mail with 409 naming the field", async () => {
    const e = email();
    await anon().post("/api/auth/register", { email: e, password: "long enough pass", name: "A" });
    const again = await anon().post("/api/auth/register", { email: e, password: "another long pass", name: "B" });
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].path).toBe("body.email");
  });

  it.each([
    [{ email: "not-an-email", password: "long enough pass", name: "A" }, "body.email"],
    [{ email: "a@b.vn", password: "short", name: "A" }, "body.password"],
    [{ email: "a@b.vn", password: "long enough pass", name: "   " }, "body.name"],
    [{ email: "a@b.vn", password: "long enough pass" }, "body.name"],
  ])("refuses %o naming %s", async (body, path) => {
    const res = await anon().post("/api/auth/register", body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it("stores no password in clear", async () => {
    const e = email();
    await anon().post("/api/auth/register", { email: e, password: "plain text never stored", name: "A" });
    const { sql } = await import("drizzle-orm");
    const r = (await t.db.execute(sql`SELECT password_hash FROM users WHERE email = ${e}`)) as unknown as {
      rows: { password_hash: string }[];
    };
    expect(r.rows[0].password_hash).toMatch(/^\$argon2id\$/);
    expect(r.rows[0].password_hash).not.toContain("plain text");
  });
});

describe("POST /api/auth/login and logout", () => {
  it("signs in, and logout revokes the session at once", async () => {
    const e = email();
    await anon().post("/api/auth/register", { email: e, password: "long enough pass", name: "A" });
    const login = await anon().post("/api/auth/login", { email: e, password: "long enough pass" });
    expect(login.status).toBe(200);
    const cookie = sessionCookieOf(login.headers);
    const c = client(t.app, cookie);
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect((await c.post("/api/auth/logout")).status).toBe(204);
    const after = await c.get("/api/auth/me");
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe("unauthorized");
  });

  it("answers a wrong password and an unknown e-mail alike", async () => {
    const e = email();
    await anon().post("/api/auth/register", { email: e, password: "long enough pass", name: "A" });
    const wrong = await anon().post(
      "/api/auth/login",
      { email: e, password: "wrong password" },
      { "x-forwarded-for": "1" },
    );
    const unknown = await anon().post("/api/auth/login", { email: `nobody-${e}`, password: "wrong password" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it(`refuses with 429 after ${LOGIN_LIMIT.perEmail} failures, even with the right password`, async () => {
    const e = email();
    await anon().post("/api/auth/register", { email: e, password: "long enough pass", name: "A" });
    for (let i = 0; i < LOGIN_LIMIT.perEmail; i++) {
      expect((await anon().post("/api/auth/login", { email: e, password: `wrong ${i}` })).status).toBe(401);
    }
    const blocked = await anon().post("/api/auth/login", { email: e, password: "long enough pass" });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("rate_limited");
  });
});

describe("CSRF protection", () => {
  const signUp = async () =>
    sessionCookieOf(
      (await anon().post("/api/auth/register", { email: email(), password: "long enough pass", name: "A" })).headers,
    );

  it("refuses a write carrying the session cookie from another origin", async () => {
    const c = client(t.app, await signUp());
    const res = await c.post("/api/auth/logout", {}, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
    expect((await c.get("/api/auth/me")).status).toBe(200);
  });

  it("refuses a write carrying the session cookie with neither Origin nor Referer", async () => {
    const cookie = await signUp();
    const res = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(res.statusCode).toBe(403);
  });

  it("accepts a same-origin Referer when Origin is absent", async () => {
    const cookie = await signUp();
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/logout",
      headers: { cookie, referer: "http://localhost:80/hubs" },
    });
    expect(res.statusCode).toBe(204);
  });
});

describe("GET /api/networks/{slug}/roles", () => {
  it("lists the network's assessors for its administrators", async () => {
    const { buildUser } = await import("../../../test/factories.ts");
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const assessor = await buildUser(t.app, t.db, { assessor: "hanoi", name: "Chuyên gia Một" });
    const r = await client(t.app, admin.cookie).get("/api/networks/hanoi/roles?role=assessor");
    expect(r.status).toBe(200);
    expect(r.body.items).toContainEqual({
      userId: assessor.id,
      name: "Chuyên gia Một",
      email: assessor.email,
      role: "assessor",
    });
    expect(r.body.items.every((p: { role: string }) => p.role === "assessor")).toBe(true);
  });
});

describe("appointing and revoking network roles", () => {
  it("appoints an assessor by e-mail, lists them, revokes them, and audits both with before and after", async () => {
    const { buildUser } = await import("../../../test/factories.ts");
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const person = await buildUser(t.app, t.db, { name: "Chuyên gia Hai" });
    const a = client(t.app, admin.cookie);

    const grant = await a.post("/api/networks/hanoi/roles", {
      email: ` ${person.email.toUpperCase()} `,
      role: "assessor",
    });
    expect(grant.status).toBe(204);
    const listed = (await a.get("/api/networks/hanoi/roles")).body.items;
    expect(listed).toContainEqual({ userId: person.id, name: "Chuyên gia Hai", email: person.email, role: "assessor" });
    // Granting it again changes nothing and writes no second audit row.
    expect((await a.post("/api/networks/hanoi/roles", { email: person.email, role: "assessor" })).status).toBe(204);

    const revoke = await t.app.inject({
      method: "DELETE",
      url: `/api/networks/hanoi/roles/assessor/${person.id}`,
      headers: { cookie: admin.cookie, origin: "http://localhost:80" },
    });
    expect(revoke.statusCode).toBe(204);
    expect(
      (await a.get("/api/networks/hanoi/roles")).body.items.map((p: { userId: string }) => p.userId),
    ).not.toContain(person.id);
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/networks/hanoi/roles/assessor/${person.id}`,
      headers: { cookie: admin.cookie, origin: "http://localhost:80" },
    });
    expect(again.statusCode).toBe(404);

    const audit = (await a.get(`/api/audit?entityType=user&entityId=${person.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(["network.role.revoke", "network.role.grant"]);
    expect(audit[1]).toMatchObject({
      actorId: admin.id,
      before: { email: person.email, roles: [] },
      after: { email: person.email, roles: ["assessor"] },
      changed: ["roles"],
    });
    expect(audit[0]).toMatchObject({ before: { roles: ["assessor"] }, after: { roles: [] } });
  });

  it("names the e-mail field when nobody has that address", async () => {
    const { buildUser } = await import("../../../test/factories.ts");
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const r = await client(t.app, admin.cookie).post("/api/networks/hanoi/roles", {
      email: "nobody-here@example.vn",
      role: "assessor",
    });
    expect(r.status).toBe(409);
    expect(r.body.error.details).toEqual([{ path: "body.email", message: "has no account" }]);
  });

  it("lets only platform administrators revoke a network administrator", async () => {
    const { buildUser } = await import("../../../test/factories.ts");
    const admin = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const other = await buildUser(t.app, t.db, { networkAdmin: "hanoi" });
    const platform = await buildUser(t.app, t.db, { platformAdmin: true });
    const del = (cookie: string) =>
      t.app.inject({
        method: "DELETE",
        url: `/api/networks/hanoi/roles/admin/${other.id}`,
        headers: { cookie, origin: "http://localhost:80" },
      });
    expect((await del(admin.cookie)).statusCode).toBe(403);
    expect((await del(platform.cookie)).statusCode).toBe(204);
    // The revoked administrator's next request already lacks the role.
    expect((await client(t.app, other.cookie).get("/api/networks/hanoi/roles")).status).toBe(403);
  });
});
