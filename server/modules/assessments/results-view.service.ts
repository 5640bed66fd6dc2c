import type { ResultsView } from "../../../contract/api/assessments.schema.ts";
import { isoOrNull } from "../../../contract/dates.ts";
import type { Db } from "../../db/client.ts";
import { type Actor, isNetworkAdmin } from "../../http/actor.ts";
import { NotFoundError } from "../../http/errors.ts";
import { assessmentsRepository, type RoundRow } from "./assessments.repository.ts";
import { dimensionsVsMedian, peerGroups } from "./results.service.ts";
import { resultsWorkbook } from "./results-workbook.ts";
import { roundsService } from "./rounds.service.ts";

type HubItem = ResultsView["items"][number];

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * A hub's figures in the previous round and the differences; null when it was not in that round.
 * @example changeOf({ composite: 60, rank: 2, tier: "B" }, { composite: 50, rank: 3, tier: "B" })
 *   // { composite: 50, rank: 3, tier: "B", compositeDelta: 10, rankDelta: 1, tierChanged: false }
 */
export function changeOf(
  now: Pick<HubItem, "composite" | "rank" | "tier">,
  before: Pick<HubItem, "composite" | "rank" | "tier"> | undefined,
): HubItem["change"] {
  if (!before) return null;
  return {
    composite: before.composite,
    rank: before.rank,
    tier: before.tier,
    compositeDelta:
      now.composite !== null && before.composite !== null ? round4(now.composite - before.composite) : null,
    rankDelta: now.rank !== null && before.rank !== null ? before.rank - now.rank : null,
    tierChanged: now.tier !== before.tier,
  };
}

/**
 * Results as the API serves them: the rounds service's results (its access rules and visible rows) with what is
 * read now — the round and framework names, the change since the previous published round of the network (the same
 * framework family preferred) — and, for snapshots published before they existed, peers and dimensions against the
 * median. Before publication a caller who is not the network's administrator sees peers only among visible hubs.
 */
export function resultsService(db: Db) {
  const repo = assessmentsRepository(db);
  const rounds = roundsService(db);

  async function view(actor: Actor | null, id: string): Promise<ResultsView> {
    const visible = await rounds.results(actor, id);
    const row = (await repo.round(id)) as RoundRow;
    const fw = await repo.framework(row.frameworkId);
    if (!fw) throw NotFoundError("The round's framework is missing");
    const full = row.status === "published" && row.results ? (row.results as ResultsView) : visible;
    const dims = visible.dimensions.map((d) => d.code);
    const vsMedian = visible.items.every((i) => i.dimensionsVsMedian) ? null : dimensionsVsMedian(full.items, dims);
    const peers = visible.items.every((i) => i.peers) ? null : peerGroups(full.items, await repo.roundHubs(id));
    const shown = new Set(visible.items.map((i) => i.hubId));
    const restrictPeers = row.status !== "published" && !isNetworkAdmin(actor, row.networkId);

    const prev = await repo.previousPublishedRound(row.networkId, row.id, fw.familyId);
    const prevItems = new Map(((prev?.results as ResultsView | null)?.items ?? []).map((i) => [i.hubId, i]));

    const items = visible.items.map((i) => {
      const groups = (i.peers ?? peers?.get(i.hubId) ?? []).map((g) =>
        restrictPeers ? { ...g, members: g.members.filter((m) => shown.has(m.hubId)) } : g,
      );
      return {
        ...i,
        dimensionsVsMedian: i.dimensionsVsMedian ?? vsMedian?.get(i.hubId),
        peers: groups,
        ...(prev ? { change: changeOf(i, prevItems.get(i.hubId)) } : {}),
      };
    });
    return {
      ...visible,
      items,
      round: {
        nameVi: row.nameVi,
        nameEn: row.nameEn,
        consolidation: row.consolidation,
        tiers: row.tiers,
        publishedAt: isoOrNull(row.publishedAt),
        frameworkNameVi: row.frameworkNameVi,
        frameworkNameEn: row.frameworkNameEn,
      },
      previousRound: prev
        ? {
            id: prev.id,
            nameVi: prev.nameVi,
            nameEn: prev.nameEn,
            publishedAt: isoOrNull(prev.publishedAt),
            frameworkId: prev.frameworkId,
            frameworkVersion: prev.frameworkVersion,
            sameFamily: prev.familyId === fw.familyId,
            sameVersion: prev.frameworkId === fw.id,
          }
        : null,
    };
  }

  return {
    view,

    /** The results as an XLSX workbook (Results, Indicators, Metadata), with the same visibility as `view`. */
    async xlsx(actor: Actor | null, id: string, now = new Date()) {
      const r = await view(actor, id);
      const fw = await repo.framework(r.framework.id);
      return { roundId: r.roundId, body: await resultsWorkbook(r, fw?.elements ?? [], now) };
    },
  };
}
