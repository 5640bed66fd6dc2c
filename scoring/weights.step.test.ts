import { describe, expect, it } from "vitest";
import { indexInput } from "./fixtures/index-tables.fixture.ts";
import { MersenneTwister } from "./mersenne-twister.random.ts";
import { effectiveWeights, noisyWeight, noisyWeightSets, weightTableOrder } from "./weights.step.ts";

const META = `Level,iCode,Parent,Direction,Type,Weight
1,i1,A,1,Indicator,1
1,i2,A,1,Indicator,1
1,i3,B,1,Indicator,1
2,B,Index,1,Aggregate,1
2,A,Index,1,Aggregate,2
3,Index,,1,Aggregate,1`;
const input = indexInput(META, "uCode,i1,i2,i3\nU1,1,2,3");

describe("weights", () => {
  it("#20 computes effective weights down the hierarchy", () => {
    const e = effectiveWeights(input.meta, input.weights);
    const by = Object.fromEntries(input.meta.codes.map((c, i) => [c, e[i]]));
    expect(by.A).toBe(2 / 3);
    expect(by.B).toBe(1 / 3);
    expect(by.i1).toBeCloseTo(1 / 3, 15);
    expect(by.i3).toBe(1 / 3);
    expect(by.Index).toBe(1);
  });

  it("#21 applies the noisy weight formula w + ((U·2 − 1)·f)·w", () => {
    expect(noisyWeight(2, 0.25, 0.75)).toBe(2.25);
  });

  it("draws noisy weights in weight-table order: level, then parent by code point, then file order", () => {
    expect(weightTableOrder(input.meta).map((c) => input.meta.codes[c])).toEqual(["i1", "i2", "i3", "B", "A", "Index"]);
    const rng = new MersenneTwister(1);
    const [set] = noisyWeightSets(input.meta, input.weights, [{ level: 2, factor: 0.25 }], 1, () => rng.next());
    const first = new MersenneTwister(1);
    const uB = first.next();
    const uA = first.next();
    expect(set[input.meta.codeIndex.get("B") as number]).toBe(noisyWeight(1, 0.25, uB));
    expect(set[input.meta.codeIndex.get("A") as number]).toBe(noisyWeight(2, 0.25, uA));
    expect(set[input.meta.codeIndex.get("i1") as number]).toBe(1);
  });
});
