import {
  type CreateHubBody,
  HUB_MAP_CELL_PX,
  HUB_MAP_CLUSTER_ABOVE,
  HUB_MAP_LIMIT,
  type HubListQuery,
  type HubManagerView,
  type HubMap,
  type HubMapQuery,
  type HubView,
  type UpdateHubBody,
} from "../../../contract/api/hubs.schema.ts";
import { slugify } from "../../../contract/text.ts";
import type { Db } from "../../db/client.ts";
import { type Actor, requireAccess, requireAllowed } from "../../http/actor.ts";
import { ConflictError, ForbiddenError, ValidationError } from "../../http/errors.ts";
import { auditService } from "../audit/audit.service.ts";
import {
  canChangeHubStatus,
  canCreateHub,
  canEditHub,
  canListAllStatuses,
  canReadHub,
  canReadHubPrivate,
} from "./hubs.policy.ts";
import { presentHub, presentHubForManager } from "./hubs.presenter.ts";
import { type HubColumns, type HubRow, hubsRepository } from "./hubs.repository.ts";

type ProfileInput = Omit<CreateHubBody, "network">;

/** Paths under /api/hubs/ that are routes, not hubs: a hub never gets one of them as its slug. */
const RESERVED_SLUGS = new Set(["export", "map", "taxonomies"]);

/** Hubs: the registry of a network's cultural and creative spaces. */
export function hubsService(db: Db) {
  const repo = hubsRepository(db);

  /** Turns the API's slugs into column values, naming each unknown one; all checks before any write. */
  async function toColumns(tx: Db, body: Partial<ProfileInput>): Promise<{ cols: HubColumns; fieldIds?: string[] }> {
    const r = hubsRepository(tx);
    const details: { path: string; message: string }[] = [];
    const cols: HubColumns = {};
    const set = <K extends keyof HubColumns>(k: K, v: HubColumns[K] | undefined) => {
      if (v !== undefined) cols[k] = v;
    };
    set("name_vi", body.nameVi);
    set("name_en", body.nameEn);
    set("description_vi", body.descriptionVi);
    set("description_en", body.descriptionEn);
    set("district", body.district);
    set("ward", body.ward);
    set("address", body.address);
    set("lat", body.lat);
    set("lon", body.lon);
    set("opening_hours", body.openingHours);
    set("website", body.website);
    set("social_links", body.socialLinks);
    set("founding_year", body.foundingYear);
    set("ownership", body.ownership);
    if (body.type !== undefined) {
      if (body.type === null) cols.type_id = null;
      else {
        const t = (await r.types()).find((x) => x.slug === body.type);
        if (!t) details.push({ path: "body.type", message: `unknown hub type "${body.type}"` });
        else cols.type_id = t.id;
      }
    }
    if (body.accessibility !== undefined) {
      const known = new Set((await r.accessibilityFeatures()).map((a) => a.code));
      body.accessibility.forEach((a, i) => {
        if (!known.has(a))
          details.push({ path: `body.accessibility.${i}`, message: `unknown accessibility feature "${a}"` });
      });
      cols.accessibility = [...new Set(body.accessibility)];
    }
    let fieldIds: string[] | undefined;
    if (body.fields !== undefined) {
      const all = await r.fields();
      fieldIds = [];
      body.fields.forEach((f, i) => {
        const found = all.find((x) => x.slug === f);
        if (!found) details.push({ path: `body.fields.${i}`, message: `unknown creative field "${f}"` });
        else fieldIds?.push(found.id);
      });
      fieldIds = [...new Set(fieldIds)];
    }
    if (details.length > 0) throw ValidationError(details, `Invalid ${details.map((d) => d.path).join(", ")}`);
    return { cols, fieldIds };
  }

  /** A snapshot for the audit trail: the profile and its contacts as stored after (or before) a write. */
  async function snapshot(tx: Db, id: string) {
    const r = hubsRepository(tx);
    const row = await r.byIdOrSlug(id);
    if (!row) return null;
    const { version: _v, updatedAt: _u, statusChangedAt: _s, ...profile } = presentHub(row);
    return { ...profile, contacts: (await r.contacts(id)).map(({ id: _id, ...c }) => c) };
  }

  const contactsOf = (body: Partial<ProfileInput>) =>
    body.contacts?.map((c) => ({ name: c.name, role: c.role ?? null, email: c.email ?? null, phone: c.phone ?? null }));

  return {
    /** A page of hubs. Everyone sees members; a network's administrators may ask for other statuses. */
    async list(actor: Actor | null, q: HubListQuery) {
      let statuses = ["member"];
      if (q.status) {
        const network = q.network ? await repo.networkBySlug(q.network) : undefined;
        if (!canListAllStatuses(actor, network?.id)) {
          requireAllowed(actor, false, "Only the network's administrators may list hubs that are not members");
        }
        statuses = [q.status];
      }
      const { items, total } = await repo.list(q, statuses);
      return { items: items.map(presentHub), total, page: q.page, pageSize: q.pageSize };
    },

    /**
     * Map markers of the member hubs matching `q` that have a point (public fields only): at most HUB_MAP_LIMIT, or,
     * when `q.zoom` is given and more than HUB_MAP_CLUSTER_ABOVE match, clusters on a grid for that zoom.
     */
    async map(q: HubMapQuery): Promise<HubMap> {
      if (q.zoom !== undefined) {
        const grouped = await repo.mapClusters(q, ["member"], {
          zoom: q.zoom,
          cellPx: HUB_MAP_CELL_PX,
          above: HUB_MAP_CLUSTER_ABOVE,
          limit: HUB_MAP_LIMIT,
        });
        if (grouped) {
          const { singles, clusters, truncated, total, extent } = grouped;
          return { items: singles, clusters, clustered: true, total, limit: HUB_MAP_LIMIT, truncated, extent };
        }
      }
      const { items, total, extent } = await repo.mapPoints(q, ["member"], HUB_MAP_LIMIT);
      return {
        items,
        clusters: [],
        clustered: false,
        total,
        limit: HUB_MAP_LIMIT,
        truncated: total > items.length,
        extent,
      };
    },

    /** Public-field rows of member hubs for open-data exports. */
    exportRows: (q: Omit<HubListQuery, "page" | "pageSize" | "sort">) => repo.all(q, ["member"]),

    /** One hub: the public profile, or with contacts for its managers and administrators; hidden hubs are 404. */
    async get(actor: Actor | null, idOrSlug: string): Promise<HubView | HubManagerView> {
      const row = requireAccess(await repo.byIdOrSlug(idOrSlug), (h) => canReadHub(actor, h), "hub");
      if (!canReadHubPrivate(actor, row)) return presentHub(row);
      return presentHubForManager(row, await repo.contacts(row.id), canEditHub(actor, row));
    },

    /** The raw row, for other modules' policies (membership). */
    row: (idOrSlug: string): Promise<HubRow | undefined> => repo.byIdOrSlug(idOrSlug),

    /** Creates a hub profile (status applicant); its creator becomes its manager. All or nothing, audited. */
    async create(actor: Actor | null, body: CreateHubBody): Promise<HubManagerView> {
      requireAllowed(actor, canCreateHub(actor));
      const a = actor as Actor;
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = hubsRepository(tx);
        const network = await r.networkBySlug(body.network);
        if (!network) throw ValidationError([{ path: "body.network", message: `unknown network "${body.network}"` }]);
        const { cols, fieldIds } = await toColumns(tx, body);
        const base = slugify(body.nameVi ?? body.nameEn ?? "") || "hub";
        let slug = base;
        for (let n = 2; RESERVED_SLUGS.has(slug) || (await r.slugTaken(slug)); n++) slug = `${base}-${n}`;
        const id = await r.insert(network.id, slug, "applicant", cols);
        if (fieldIds) await r.replaceFields(id, fieldIds);
        const contacts = contactsOf(body);
        if (contacts) await r.replaceContacts(id, contacts);
        await r.addManager(id, a.userId);
        // A new hub is an applicant: no public answer shows it, so the public caches stay as they are.
        await auditService(tx).record({
          actor: a,
          action: "hub.create",
          entityType: "hub",
          entityId: id,
          networkId: network.id,
          before: null,
          after: await snapshot(tx, id),
        });
        const row = (await r.byIdOrSlug(id)) as HubRow;
        return presentHubForManager(row, await r.contacts(id), true);
      });
    },

    /**
     * Updates a hub. The body carries the version it edits: a stale one is 409 and nothing is written. Status
     * changes are for the network's administrators. The change is audited with before and after.
     */
    async update(actor: Actor | null, id: string, body: UpdateHubBody): Promise<HubManagerView> {
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = hubsRepository(tx);
        const row = requireAccess(await r.byIdOrSlug(id), (h) => canReadHub(actor, h), "hub");
        requireAllowed(
          actor,
          canEditHub(actor, row),
          "Only the hub's managers and the network's administrators may edit it",
        );
        if (body.status !== undefined && body.status !== row.status && !canChangeHubStatus(actor, row)) {
          throw ForbiddenError("Only the network's administrators may change a hub's status");
        }
        const { version, status, contacts: _c, ...profile } = body;
        const { cols, fieldIds } = await toColumns(tx, profile);
        const merged = { nameVi: row.nameVi, nameEn: row.nameEn, ...profile };
        if (!merged.nameVi && !merged.nameEn) {
          throw ValidationError([{ path: "body.nameVi", message: "a Vietnamese or English name is required" }]);
        }
        if ("lat" in profile !== "lon" in profile) {
          throw ValidationError([{ path: "body.lon", message: "lat and lon must be given together" }]);
        }
        const before = await snapshot(tx, row.id);
        const ok = await r.update(row.id, version, cols, status !== row.status ? status : undefined);
        if (!ok) {
          throw ConflictError(
            `This hub was changed by someone else (now version ${row.version}, you edited ${version}). Reload and try again.`,
            [{ path: "body.version", message: `is ${version}, current is ${row.version}` }],
          );
        }
        if (fieldIds) await r.replaceFields(row.id, fieldIds);
        const contacts = contactsOf(body);
        if (contacts) await r.replaceContacts(row.id, contacts);
        // Public answers show member hubs only: an applicant's draft edits leave them (and their caches) alone.
        if (row.status === "member" || status === "member") await r.notifyChanged();
        await auditService(tx).record({
          actor,
          action: status && status !== row.status ? `hub.status.${status}` : "hub.update",
          entityType: "hub",
          entityId: row.id,
          networkId: row.networkId,
          before,
          after: await snapshot(tx, row.id),
        });
        const updated = (await r.byIdOrSlug(row.id)) as HubRow;
        return presentHubForManager(updated, await r.contacts(row.id), true);
      });
    },

    /** Makes a hub a member (called by membership on acceptance, inside its transaction). */
    async admit(actor: Actor, hubId: string) {
      const before = await snapshot(db, hubId);
      await repo.setMember(hubId);
      await repo.notifyChanged();
      const row = (await repo.byIdOrSlug(hubId)) as HubRow;
      await auditService(db).record({
        actor,
        action: "hub.status.member",
        entityType: "hub",
        entityId: hubId,
        networkId: row.networkId,
        before,
        after: await snapshot(db, hubId),
      });
    },

    /** Who manages a hub. */
    managers: (hubId: string) => repo.managers(hubId),

    /** A hub's change history (managers and administrators). */
    async history(actor: Actor | null, id: string, page: number, pageSize: number) {
      const row = requireAccess(
        await repo.byIdOrSlug(id),
        (h) => canReadHub(actor, h) && canReadHubPrivate(actor, h),
        "hub",
      );
      return auditService(db).list({ entityType: "hub", entityId: row.id, page, pageSize });
    },

    /** Networks with member counts. */
    async networks() {
      return (await repo.networks()).map((n) => ({
        id: n.id,
        slug: n.slug,
        nameVi: n.nameVi,
        nameEn: n.nameEn,
        city: { slug: n.citySlug, name: n.cityName },
        memberCount: n.memberCount,
      }));
    },

    networkBySlug: (slug: string) => repo.networkBySlug(slug),

    /** Adds a hub type to the taxonomy (platform administrators). */
    async createType(actor: Actor | null, v: { slug: string; nameVi: string; nameEn: string }) {
      requireAllowed(actor, !!actor?.isPlatformAdmin, "Only platform administrators edit the hub-type taxonomy");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        if (!(await hubsRepository(tx).insertType(v))) {
          throw ConflictError(`A hub type "${v.slug}" already exists`, [{ path: "body.slug", message: "is taken" }]);
        }
        await auditService(tx).record({
          actor,
          action: "hub-type.create",
          entityType: "hub_type",
          entityId: v.slug,
          before: null,
          after: v,
        });
        return { ...v, version: 1 };
      });
    },

    /** Renames a hub type (platform administrators); its slug stays. */
    async updateType(actor: Actor | null, slug: string, v: { version: number; nameVi?: string; nameEn?: string }) {
      requireAllowed(actor, !!actor?.isPlatformAdmin, "Only platform administrators edit the hub-type taxonomy");
      return db.transaction(async (t) => {
        const tx = t as unknown as Db;
        const r = hubsRepository(tx);
        const found = (await r.types()).find((x) => x.slug === slug);
        const before = requireAccess(found, () => true, "hub type");
        const updated = await r.updateType(slug, v);
        if (!updated) {
          throw ConflictError(`The hub type "${slug}" was changed by someone else; reload it and try again`, [
            { path: "body.version", message: `is ${v.version}, current is ${before.version}` },
          ]);
        }
        const after = updated;
        await r.notifyChanged();
        await auditService(tx).record({
          actor,
          action: "hub-type.update",
          entityType: "hub_type",
          entityId: slug,
          before,
          after,
        });
        return after;
      });
    },

    /** Types, accessibility features and districts for forms and filters. */
    async taxonomies(networkSlug?: string) {
      const [types, accessibility, districts] = await Promise.all([
        repo.types(),
        repo.accessibilityFeatures(),
        repo.districts(networkSlug),
      ]);
      return { types: types.map(({ id: _id, ...t }) => t), accessibility, districts };
    },
  };
}

/** The service's type. */
export type HubsService = ReturnType<typeof hubsService>;
