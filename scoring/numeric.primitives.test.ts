import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  kurtOf,
  meanOf,
  medianOf,
  midpoint,
  quantile7,
  rankAscending,
  rankDescending,
  sdOf,
  skewOf,
  sumOf,
} from "./numeric.primitives.ts";

describe("accurate sums and means", () => {
  it("rounds the exact sum once instead of accumulating errors", () => {
    expect(sumOf([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumOf([1e16, 1, -1e16])).toBe(1);
    expect(sumOf([1, Number.NaN, 2])).toBe(3);
  });

  it("keeps infinities as IEEE 754 says", () => {
    expect(sumOf([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives the correctly rounded mean, skipping missing values", () => {
    expect(meanOf([1, 2, 4])).toBe(2.3333333333333335);
    expect(meanOf([0.1, 0.2, 0.3, Number.NaN])).toBe(0.2);
    expect(meanOf([Number.NaN])).toBeNaN();
  });

  it("takes the mean of the two middle values for an even count via TwoSum", () => {
    expect(medianOf([1, 2, 10, 4])).toBe(3);
    expect(midpoint(0.1, 0.2)).toBe(0.15000000000000002);
    expect(medianOf([])).toBeNaN();
  });

  it("uses the sample standard deviation", () => {
    expect(sdOf([1, 2, 3, 4])).toBe(1.2909944487358056);
    expect(sdOf([5])).toBeNaN();
  });
});

describe("skew and kurtosis (e1071 type 2)", () => {
  it("matches METHODOLOGY §6 #1: 1..12, 60, 60 has skew 2.16 and kurtosis 3.41", () => {
    const x = [...Array.from({ length: 12 }, (_, i) => i + 1), 60, 60];
    expect(skewOf(x)).toBeCloseTo(2.16, 2);
    expect(kurtOf(x)).toBeCloseTo(3.41, 2);
  });

  it("is missing for too few values or a constant column", () => {
    expect(skewOf([1, 2])).toBeNaN();
    expect(kurtOf([1, 2, 100])).toBeNaN();
    expect(skewOf([3, 3, 3, 3])).toBeNaN();
    expect(kurtOf([3, 3, 3, 3])).toBeNaN();
  });

  it("bounds the skew of three values by √3", () => {
    expect(skewOf([1, 2, 100])).toBeCloseTo(1.73, 2);
  });
});

describe("ranks and quantiles", () => {
  it("ranks ascending with min ties for normalisation (§6 #13)", () => {
    expect(Array.from(rankAscending([5, 5, 7, Number.NaN]))).toEqual([1, 1, 3, Number.NaN]);
  });

  it("ranks results descending with min ties (§6 #13)", () => {
    expect(Array.from(rankDescending([80, 90, 90, Number.NaN]))).toEqual([3, 1, 1, Number.NaN]);
    expect(Array.from(rankDescending([90, 90, 80]))).toEqual([1, 1, 3]);
  });

  it("computes R's type-7 quantiles in R's operation order (§6 #26)", () => {
    expect(quantile7([1, 2, 3, 4, 10], 0.05)).toBe(1.2);
    expect(quantile7([1, 2, 3, 4, 10], 0.95)).toBe(8.799999999999999);
    expect(quantile7([4], 0.95)).toBe(4);
    expect(quantile7([Number.NaN], 0.5)).toBeNaN();
  });

  it("gives every unit the same rank whatever the unit order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            fc.constant(Number.NaN),
          ),
          {
            minLength: 1,
            maxLength: 30,
          },
        ),
        fc.nat(),
        (values, seed) => {
          const order = values.map((_, i) => i);
          // Deterministic shuffle from the seed.
          let s = seed;
          for (let i = order.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2147483648;
            const k = s % (i + 1);
            [order[i], order[k]] = [order[k], order[i]];
          }
          const ranks = rankDescending(values);
          const shuffled = rankDescending(order.map((i) => values[i]));
          order.forEach((i, pos) => {
            expect(Object.is(shuffled[pos], ranks[i]) || shuffled[pos] === ranks[i]).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
