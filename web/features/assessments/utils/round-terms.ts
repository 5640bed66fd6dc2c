import { parseLocaleNumber } from "./labels.ts";

/** A tier as typed: its name and the lowest composite score (0–100) that reaches it, as text. */
export type TierDraft = { name: string; min: string };

/** The terms of a round as typed in a form: the disagreement spread in percent and the tiers. */
export type RoundTermsDraft = { spread: string; tiers: TierDraft[] };

/** What a form shows for saved terms: the spread as a percentage (0.25 → "25"), the tiers' thresholds as text. */
export function termsDraftOf(
  spreadThreshold: number,
  tiers: readonly { name: string; min: number }[],
): RoundTermsDraft {
  return {
    spread: String(Math.round(spreadThreshold * 10_000) / 100),
    tiers: tiers.map((tier) => ({ name: tier.name, min: String(tier.min) })),
  };
}

/** The terms parsed for the API, or which of them is wrong ("spreadRange", "tierRange": keys of the `open.` texts). */
export function parseRoundTerms(
  draft: RoundTermsDraft,
):
  | { ok: true; value: { spreadThreshold: number; tiers: { name: string; min: number }[] } }
  | { ok: false; problems: { spreadThreshold?: "spreadRange"; tiers?: "tierRange" } } {
  const problems: { spreadThreshold?: "spreadRange"; tiers?: "tierRange" } = {};
  const spread = parseLocaleNumber(draft.spread);
  if (spread === null || spread <= 0 || spread > 100) problems.spreadThreshold = "spreadRange";
  const tiers = draft.tiers.map((tier) => ({ name: tier.name.trim(), min: parseLocaleNumber(tier.min) }));
  if (tiers.some((tier) => !tier.name || tier.min === null || tier.min < 0 || tier.min > 100))
    problems.tiers = "tierRange";
  if (problems.spreadThreshold || problems.tiers) return { ok: false, problems };
  return {
    ok: true,
    value: {
      spreadThreshold: (spread as number) / 100,
      tiers: tiers.map((tier) => ({ name: tier.name, min: tier.min as number })),
    },
  };
}
