import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFrameworkBody, buildHub, buildNetwork, buildUser } from "../test/factories.ts";
import { client } from "../test/http-client.ts";
import { testApp } from "../test/setup/test-app.ts";

// Every route × every role: who may do what, asserted by status code. A denied read is 404 (nothing revealed);
// a denied action on something the caller may see is 403; a call that needs a person and has none is 401.

const ROLES = [
  "anonymous",
  "applicant",
  "managerThis",
  "managerOther",
  "assessor",
  "adminThis",
  "adminOther",
  "platformAdmin",
] as const;
type Role = (typeof ROLES)[number];

let t: Awaited<ReturnType<typeof testApp>>;
const cookies = {} as Record<Role, string | undefined>;
let platform: ReturnType<typeof client>;
let managerThis: ReturnType<typeof client>;
let questions: { id: string }[];

beforeAll(async () => {
  t = await testApp();
  const other = await buildNetwork(t.db);
  const otherHub = await buildHub(t.db, { status: "applicant" });
  cookies.anonymous = undefined;
  cookies.applicant = (await buildUser(t.app, t.db)).cookie;
  cookies.managerThis = (await buildUser(t.app, t.db)).cookie;
  cookies.managerOther = (await buildUser(t.app, t.db, { manages: [otherHub.id] })).cookie;
  cookies.assessor = (await buildUser(t.app, t.db, { assessor: "hanoi" })).cookie;
  cookies.adminThis = (await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).cookie;
  cookies.adminOther = (await buildUser(t.app, t.db, { networkAdmin: other })).cookie;
  cookies.platformAdmin = (await buildUser(t.app, t.db, { platformAdmin: true })).cookie;
  platform = client(t.app, cookies.platformAdmin);
  managerThis = client(t.app, cookies.managerThis);
  questions = (await platform.get("/api/networks/hanoi/questions")).body.items;
});
afterAll(() => t.close());

/** A fresh applicant hub managed by "managerThis", with an application in the state asked. */
async function scenario(state: "draft" | "submitted" = "submitted") {
  const hub = (await managerThis.post("/api/hubs", { network: "hanoi", nameVi: "Không gian ma trận" })).body;
  const answers = Object.fromEntries(questions.map((q) => [q.id, "trả lời"]));
  const app = (await managerThis.post("/api/applications", { hubId: hub.id, answers })).body;
  if (state === "submitted") await managerThis.post(`/api/applications/${app.id}/submit`, { version: app.version });
  return { hub, application: app };
}

/** A framework of Hanoi's network, created by a platform administrator. */
async function frameworkScenario() {
  return (await platform.post("/api/networks/hanoi/frameworks", buildFrameworkBody())).body as {
    id: string;
    version: number;
  };
}

/** An open round on a fresh framework with one hub managed by "managerThis"; optionally "assessor" assigned to it. */
async function roundScenario(opts: { assessorAssigned?: boolean } = {}) {
  const { hub } = await scenario();
  const framework = await frameworkScenario();
  const round = (
    await platform.post("/api/networks/hanoi/rounds", {
      frameworkId: framework.id,
      nameVi: "Đợt ma trận",
      nameEn: "Matrix round",
      hubIds: [hub.id],
    })
  ).body;
  if (opts.assessorAssigned) {
    const me = (await client(t.app, cookies.assessor).get("/api/auth/me")).body;
    await platform.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: me.id });
  }
  return { hub, round: round as { id: string; version: number } };
}

/** A DELETE with the caller's cookie (the test client has no delete of its own). */
async function del(c: ReturnType<typeof client>, url: string) {
  const res = await t.app.inject({
    method: "DELETE",
    url,
    headers: { ...(c.cookie ? { cookie: c.cookie } : {}), origin: "http://localhost:80" },
  });
  return { status: res.statusCode };
}

/** Uploads a small PNG (as `cookie`) or a PDF to an application; returns the new photo's or document's id. */
async function uploadAs(cookie: string | undefined, url: string, field: "photo" | "document") {
  const { multipart } = await import("../test/http-client.ts");
  const data =
    field === "photo"
      ? await (await import("sharp"))
          .default({ create: { width: 8, height: 8, channels: 3, background: "red" } })
          .png()
          .toBuffer()
      : Buffer.from("%PDF-1.4\n%%EOF\n");
  const body = multipart(
    {},
    {
      field,
      filename: field === "photo" ? "a.png" : "a.pdf",
      type: field === "photo" ? "image/png" : "application/pdf",
      data,
    },
  );
  const res = await t.app.inject({
    method: "POST",
    url,
    payload: body.payload,
    headers: { ...body.headers, ...(cookie ? { cookie } : {}), origin: "http://localhost:80" },
  });
  const json = res.json();
  return (field === "photo" ? json.id : json.documents[0].id) as string;
}

/** A round with one evidence file (a PDF on "Events") uploaded by "managerThis", "assessor" assigned to its hub. */
async function evidenceScenario() {
  const { multipart } = await import("../test/http-client.ts");
  const { hub, round } = await roundScenario({ assessorAssigned: true });
  const body = multipart(
    { indicator: "Events" },
    { field: "file", filename: "a.pdf", type: "application/pdf", data: Buffer.from("%PDF-1.4\n%%EOF\n") },
  );
  const res = await t.app.inject({
    method: "POST",
    url: `/api/rounds/${round.id}/hubs/${hub.id}/evidence`,
    payload: body.payload,
    headers: { ...body.headers, cookie: cookies.managerThis as string, origin: "http://localhost:80" },
  });
  return { url: `/api/rounds/${round.id}/hubs/${hub.id}/evidence/${res.json().evidence[0].id as string}` };
}

type Case = {
  route: string;
  expect: Record<Role, number>;
  call: (c: ReturnType<typeof client>) => Promise<{ status: number }>;
};

const all = (status: number) => Object.fromEntries(ROLES.map((r) => [r, status])) as Record<Role, number>;
const signedIn = (status: number, anon = 401) => ({ ...all(status), anonymous: anon });

const cases: Case[] = [
  { route: "GET /api/hubs", expect: all(200), call: (c) => c.get("/api/hubs?network=hanoi") },
  { route: "GET /api/networks", expect: all(200), call: (c) => c.get("/api/networks") },
  { route: "GET /api/hubs/taxonomies", expect: all(200), call: (c) => c.get("/api/hubs/taxonomies") },
  { route: "GET /api/hubs/export", expect: all(200), call: (c) => c.get("/api/hubs/export?format=geojson") },
  { route: "GET /api/hubs/map", expect: all(200), call: (c) => c.get("/api/hubs/map?network=hanoi") },
  {
    route: "GET /api/networks/{slug}/questions",
    expect: all(200),
    call: (c) => c.get("/api/networks/hanoi/questions"),
  },
  {
    route: "GET /api/hubs/{idOrSlug}",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/hubs/${(await scenario()).hub.id}`),
  },
  {
    route: "GET /api/hubs/{idOrSlug}/history",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/hubs/${(await scenario()).hub.id}/history`),
  },
  {
    route: "GET /api/hubs/{idOrSlug}/photos",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/hubs/${(await scenario()).hub.id}/photos`),
  },
  {
    route: "GET /api/hubs/{idOrSlug}/photos/{photoId}",
    expect: { ...all(404) },
    call: async (c) => c.get(`/api/hubs/${(await scenario()).hub.id}/photos/00000000-0000-4000-8000-000000000000`),
  },
  {
    // JSON instead of multipart: allowed callers get past the policy and are refused for the format (415).
    route: "POST /api/hubs/{idOrSlug}/photos",
    expect: { ...all(404), anonymous: 404, managerThis: 415, adminThis: 415, platformAdmin: 415 },
    call: async (c) => c.post(`/api/hubs/${(await scenario()).hub.id}/photos`, {}),
  },
  {
    route: "POST /api/hubs/{idOrSlug}/photos (member hub)",
    expect: { ...all(403), anonymous: 401, adminThis: 415, platformAdmin: 415 },
    call: async (c) => c.post(`/api/hubs/${(await buildHub(t.db, { status: "member" })).id}/photos`, {}),
  },
  {
    route: "DELETE /api/hubs/{idOrSlug}/photos/{photoId}",
    expect: { ...all(404), managerThis: 204, adminThis: 204, platformAdmin: 204 },
    call: async (c) => {
      const { hub } = await scenario();
      const photoId = await uploadAs(cookies.managerThis, `/api/hubs/${hub.id}/photos`, "photo");
      return del(c, `/api/hubs/${hub.id}/photos/${photoId}?version=${hub.version}`);
    },
  },
  {
    route: "DELETE /api/hubs/{idOrSlug}/photos/{photoId} (member hub)",
    expect: { ...all(403), anonymous: 401, adminThis: 204, platformAdmin: 204 },
    call: async (c) => {
      const hub = await buildHub(t.db, { status: "member" });
      const photoId = await uploadAs(cookies.platformAdmin, `/api/hubs/${hub.id}/photos`, "photo");
      return del(c, `/api/hubs/${hub.id}/photos/${photoId}?version=1`);
    },
  },
  {
    route: "PATCH /api/hubs/{idOrSlug}",
    expect: { ...all(404), anonymous: 404, managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.patch(`/api/hubs/${(await scenario()).hub.id}`, { version: 1, descriptionVi: "sửa" }),
  },
  {
    route: "PATCH /api/hubs/{idOrSlug} (member hub)",
    expect: { ...all(403), anonymous: 401, adminThis: 200, platformAdmin: 200 },
    call: async (c) =>
      c.patch(`/api/hubs/${(await buildHub(t.db, { status: "member" })).id}`, { version: 1, descriptionVi: "sửa" }),
  },
  {
    route: "POST /api/hubs",
    expect: signedIn(201),
    call: (c) => c.post("/api/hubs", { network: "hanoi", nameVi: "Không gian mới" }),
  },
  {
    route: "GET /api/applications/{id}",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/applications/${(await scenario()).application.id}`),
  },
  {
    route: "PATCH /api/applications/{id}",
    expect: { ...all(404), anonymous: 401, managerThis: 200, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const s = await scenario("draft");
      return c.patch(`/api/applications/${s.application.id}`, { version: s.application.version, answers: {} });
    },
  },
  {
    route: "POST /api/applications/{id}/submit",
    expect: { ...all(404), anonymous: 401, managerThis: 200, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const s = await scenario("draft");
      return c.post(`/api/applications/${s.application.id}/submit`, { version: s.application.version });
    },
  },
  {
    route: "POST /api/applications/{id}/review",
    expect: { ...all(404), anonymous: 401, managerThis: 403, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.post(`/api/applications/${(await scenario()).application.id}/review`),
  },
  {
    route: "POST /api/applications/{id}/decision",
    expect: { ...all(404), anonymous: 401, managerThis: 403, adminThis: 200, platformAdmin: 200 },
    call: async (c) =>
      c.post(`/api/applications/${(await scenario()).application.id}/decision`, { decision: "accept", reason: "đạt" }),
  },
  {
    route: "POST /api/applications",
    expect: { ...all(400), anonymous: 401, managerThis: 201 },
    call: async (c) => {
      const hub = (await managerThis.post("/api/hubs", { network: "hanoi", nameVi: "Không gian chưa nộp" })).body;
      return c.post("/api/applications", { hubId: hub.id });
    },
  },
  {
    // JSON instead of multipart: allowed callers pass the policy and are refused for the format (415).
    route: "POST /api/applications/{id}/documents",
    expect: { ...all(404), anonymous: 401, managerThis: 415, adminThis: 403, platformAdmin: 403 },
    call: async (c) => c.post(`/api/applications/${(await scenario("draft")).application.id}/documents`, {}),
  },
  {
    route: "GET /api/applications/{id}/documents/{documentId}",
    expect: { ...all(404) },
    call: async (c) =>
      c.get(`/api/applications/${(await scenario()).application.id}/documents/00000000-0000-4000-8000-000000000000`),
  },
  {
    // Reviewers may read the draft's application but not change it (403); others see nothing (404).
    route: "DELETE /api/applications/{id}/documents/{documentId}",
    expect: { ...all(404), anonymous: 401, managerThis: 200, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const { application } = await scenario("draft");
      const documentId = await uploadAs(
        cookies.managerThis,
        `/api/applications/${application.id}/documents`,
        "document",
      );
      return del(c, `/api/applications/${application.id}/documents/${documentId}?version=${application.version}`);
    },
  },
  { route: "GET /api/applications", expect: signedIn(200), call: (c) => c.get("/api/applications") },
  {
    route: "PUT /api/networks/{slug}/questions",
    expect: { ...all(403), anonymous: 401, adminThis: 200, platformAdmin: 200 },
    call: async (c) =>
      c.put("/api/networks/hanoi/questions", {
        version: (await c.get("/api/networks/hanoi/questions")).body.version,
        questions: questions.map((q) => ({ ...q, textVi: "Câu hỏi", textEn: "Question" })),
      }),
  },
  {
    route: "GET /api/audit",
    expect: { ...all(403), anonymous: 401, adminThis: 200, adminOther: 200, platformAdmin: 200 },
    call: (c) => c.get("/api/audit"),
  },
  {
    route: "GET /api/networks/{slug}/roles",
    expect: { ...all(403), anonymous: 401, adminThis: 200, platformAdmin: 200 },
    call: (c) => c.get("/api/networks/hanoi/roles?role=assessor"),
  },
  {
    route: "POST /api/networks/{slug}/roles",
    expect: { ...all(403), anonymous: 401, adminThis: 204, platformAdmin: 204 },
    call: async (c) =>
      c.post("/api/networks/hanoi/roles", { email: (await buildUser(t.app, t.db)).email, role: "assessor" }),
  },
  {
    route: "POST /api/networks/{slug}/roles (appoint an administrator)",
    expect: { ...all(403), anonymous: 401, platformAdmin: 204 },
    call: async (c) =>
      c.post("/api/networks/hanoi/roles", { email: (await buildUser(t.app, t.db)).email, role: "admin" }),
  },
  {
    route: "DELETE /api/networks/{slug}/roles/{role}/{userId}",
    expect: { ...all(403), anonymous: 401, adminThis: 204, platformAdmin: 204 },
    call: async (c) =>
      del(c, `/api/networks/hanoi/roles/assessor/${(await buildUser(t.app, t.db, { assessor: "hanoi" })).id}`),
  },
  {
    route: "DELETE /api/networks/{slug}/roles/{role}/{userId} (revoke an administrator)",
    expect: { ...all(403), anonymous: 401, platformAdmin: 204 },
    call: async (c) =>
      del(c, `/api/networks/hanoi/roles/admin/${(await buildUser(t.app, t.db, { networkAdmin: "hanoi" })).id}`),
  },
  {
    route: "POST /api/hub-types",
    expect: { ...all(403), anonymous: 401, platformAdmin: 201 },
    call: (c) =>
      c.post("/api/hub-types", {
        slug: `makerspace-${Math.random().toString(36).slice(2, 8)}`,
        nameVi: "Xưởng chế tạo",
        nameEn: "Makerspace",
      }),
  },
  {
    route: "PATCH /api/hub-types/{slug}",
    expect: { ...all(403), anonymous: 401, platformAdmin: 200 },
    call: (c) => c.patch("/api/hub-types/museum", { version: 1, nameEn: "Museum" }),
  },
  {
    route: "GET /api/networks/{slug}/frameworks",
    expect: all(200),
    call: (c) => c.get("/api/networks/hanoi/frameworks"),
  },
  {
    route: "POST /api/networks/{slug}/frameworks",
    expect: { ...all(403), anonymous: 401, adminThis: 201, platformAdmin: 201 },
    call: (c) => c.post("/api/networks/hanoi/frameworks", buildFrameworkBody()),
  },
  {
    route: "POST /api/frameworks/weights-preview",
    expect: all(200),
    call: (c) => c.post("/api/frameworks/weights-preview", { elements: buildFrameworkBody().elements }),
  },
  {
    route: "GET /api/frameworks/{id}",
    expect: all(200),
    call: async (c) => c.get(`/api/frameworks/${(await frameworkScenario()).id}`),
  },
  {
    route: "PATCH /api/frameworks/{id}",
    expect: { ...all(403), anonymous: 401, adminThis: 200, platformAdmin: 200 },
    call: async (c) =>
      c.patch(`/api/frameworks/${(await frameworkScenario()).id}`, { ...buildFrameworkBody(), version: 1 }),
  },
  {
    route: "POST /api/frameworks/{id}/versions",
    expect: { ...all(403), anonymous: 401, adminThis: 201, platformAdmin: 201 },
    call: async (c) => c.post(`/api/frameworks/${(await frameworkScenario()).id}/versions`),
  },
  { route: "GET /api/networks/{slug}/rounds", expect: all(200), call: (c) => c.get("/api/networks/hanoi/rounds") },
  {
    route: "POST /api/networks/{slug}/rounds",
    expect: { ...all(403), anonymous: 401, adminThis: 201, platformAdmin: 201 },
    call: async (c) => {
      const framework = await frameworkScenario();
      const hub = await buildHub(t.db);
      return c.post("/api/networks/hanoi/rounds", {
        frameworkId: framework.id,
        nameVi: "Đợt",
        nameEn: "Round",
        hubIds: [hub.id],
      });
    },
  },
  {
    // Open rounds: administrators, the network's assessors and the managers of its hubs.
    route: "GET /api/rounds/{id}",
    expect: { ...all(404), managerThis: 200, assessor: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/rounds/${(await roundScenario()).round.id}`),
  },
  {
    route: "POST /api/rounds/{id}/assessors",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 200, platformAdmin: 200 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      const a = await buildUser(t.app, t.db, { assessor: "hanoi" });
      return c.post(`/api/rounds/${round.id}/assessors`, { hubId: hub.id, userId: a.id });
    },
  },
  {
    route: "POST /api/rounds/{id}/conflicts",
    expect: { ...all(404), managerThis: 403, assessor: 204, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      return c.post(`/api/rounds/${round.id}/conflicts`, { hubId: hub.id, reason: "cố vấn" });
    },
  },
  {
    route: "POST /api/rounds/{id}/conflicts (an administrator for an assessor)",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 204, platformAdmin: 204 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      const a = await buildUser(t.app, t.db, { assessor: "hanoi" });
      return c.post(`/api/rounds/${round.id}/conflicts`, { hubId: hub.id, userId: a.id, reason: "cố vấn" });
    },
  },
  {
    // Those who see the round; administrators get every declared conflict, assessors their own, managers none.
    route: "GET /api/rounds/{id}/conflicts",
    expect: { ...all(404), managerThis: 200, assessor: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/rounds/${(await roundScenario()).round.id}/conflicts`),
  },
  {
    route: "GET /api/rounds/{id}/hubs/{hubId}",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      return c.get(`/api/rounds/${round.id}/hubs/${hub.id}`);
    },
  },
  {
    route: "GET /api/rounds/{id}/hubs/{hubId} (assigned assessor)",
    expect: { ...all(404), managerThis: 200, assessor: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => {
      const { hub, round } = await roundScenario({ assessorAssigned: true });
      return c.get(`/api/rounds/${round.id}/hubs/${hub.id}`);
    },
  },
  {
    route: "PUT /api/rounds/{id}/hubs/{hubId}/self-assessment",
    expect: { ...all(404), managerThis: 200, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      return c.put(`/api/rounds/${round.id}/hubs/${hub.id}/self-assessment`, { values: { Events: { value: 5 } } });
    },
  },
  {
    route: "PUT /api/rounds/{id}/hubs/{hubId}/scores",
    expect: { ...all(404), managerThis: 403, assessor: 200, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const { hub, round } = await roundScenario({ assessorAssigned: true });
      return c.put(`/api/rounds/${round.id}/hubs/${hub.id}/scores`, { values: { Access: { value: 2 } } });
    },
  },
  {
    route: "PUT /api/rounds/{id}/hubs/{hubId}/measured",
    expect: { ...all(404), managerThis: 403, adminThis: 200, platformAdmin: 200 },
    call: async (c) => {
      const { hub, round } = await roundScenario();
      return c.put(`/api/rounds/${round.id}/hubs/${hub.id}/measured`, { values: {} });
    },
  },
  {
    route: "PATCH /api/rounds/{id}",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 200, platformAdmin: 200 },
    call: async (c) => {
      const { round } = await roundScenario();
      return c.patch(`/api/rounds/${round.id}`, { version: round.version, assessorDeadline: "2099-12-31" });
    },
  },
  {
    // No assessor has scored: allowed callers pass the policy and are refused by the two-assessor rule (409).
    route: "POST /api/rounds/{id}/close",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 409, platformAdmin: 409 },
    call: async (c) => {
      const { round } = await roundScenario();
      return c.post(`/api/rounds/${round.id}/close`, { version: round.version });
    },
  },
  {
    // An open round: allowed callers pass the policy and are refused because only a closed round reopens (409).
    route: "POST /api/rounds/{id}/reopen",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 409, platformAdmin: 409 },
    call: async (c) => {
      const { round } = await roundScenario();
      return c.post(`/api/rounds/${round.id}/reopen`, { version: round.version });
    },
  },
  {
    // JSON instead of multipart: the hub's manager gets past the policy and is refused for the format (415).
    route: "POST /api/rounds/{id}/hubs/{hubId}/evidence",
    expect: { ...all(404), managerThis: 415, assessor: 403, adminThis: 403, platformAdmin: 403 },
    call: async (c) => {
      const { hub, round } = await roundScenario({ assessorAssigned: true });
      return c.post(`/api/rounds/${round.id}/hubs/${hub.id}/evidence`, {});
    },
  },
  {
    route: "GET /api/rounds/{id}/hubs/{hubId}/evidence/{fileId}",
    expect: { ...all(404), managerThis: 200, assessor: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get((await evidenceScenario()).url),
  },
  {
    route: "DELETE /api/rounds/{id}/hubs/{hubId}/evidence/{fileId}",
    expect: { ...all(404), managerThis: 204, assessor: 403, adminThis: 403, platformAdmin: 403 },
    call: async (c) => del(c, (await evidenceScenario()).url),
  },
  {
    // An open round: allowed callers pass the policy and are told to close it first (409).
    route: "POST /api/rounds/{id}/publish",
    expect: { ...all(404), managerThis: 403, assessor: 403, adminThis: 409, platformAdmin: 409 },
    call: async (c) => {
      const { round } = await roundScenario();
      return c.post(`/api/rounds/${round.id}/publish`, { version: round.version });
    },
  },
  {
    // Unpublished: a preview for administrators, the own hub's row for its managers.
    route: "GET /api/rounds/{id}/results",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/rounds/${(await roundScenario()).round.id}/results`),
  },
  {
    route: "GET /api/rounds/{id}/results.csv",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/rounds/${(await roundScenario()).round.id}/results.csv`),
  },
  {
    route: "GET /api/rounds/{id}/results.xlsx",
    expect: { ...all(404), managerThis: 200, adminThis: 200, platformAdmin: 200 },
    call: async (c) => c.get(`/api/rounds/${(await roundScenario()).round.id}/results.xlsx`),
  },
  { route: "GET /api/auth/me", expect: signedIn(200), call: (c) => c.get("/api/auth/me") },
  { route: "GET /api/notifications", expect: signedIn(200), call: (c) => c.get("/api/notifications") },
  {
    route: "POST /api/notifications/{id}/read",
    expect: signedIn(404),
    call: (c) => c.post("/api/notifications/00000000-0000-4000-8000-000000000000/read"),
  },
  { route: "POST /api/auth/logout", expect: all(204), call: (c) => c.post("/api/auth/logout", {}, { cookie: "" }) },
];

// Routes open to everyone by design (public directory, documentation, sign-up and sign-in).
const PUBLIC = [
  "GET /api/cities",
  "GET /api/cities/facets",
  "GET /api/cities/export",
  "GET /api/cities/{slug}",
  "GET /api/fields",
  "GET /api/stats/network",
  "GET /api/health",
  "POST /api/auth/register",
  "POST /api/auth/login",
];

describe("access matrix", () => {
  for (const c of cases) {
    it(`${c.route}: ${ROLES.map((r) => `${r} ${c.expect[r]}`).join(", ")}`, async () => {
      const got = {} as Record<Role, number>;
      for (const role of ROLES) got[role] = (await c.call(client(t.app, cookies[role]))).status;
      expect(got).toEqual(c.expect);
    });
  }

  it("covers every route of the API: none without a policy", async () => {
    const doc = (await client(t.app).get("/api/openapi.json")).body;
    const routes = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const covered = new Set([...PUBLIC, ...cases.map((c) => c.route.replace(/ \(.*\)$/, ""))]);
    expect(routes.filter((r) => !covered.has(r))).toEqual([]);
  });
});
