import { describe, expect, it } from "vitest";
import { indexInput, SMALL_DATA, SMALL_META } from "./fixtures/index-tables.fixture.ts";
import { IndexInputError } from "./index-input.model.ts";
import { canonicalJson, checkSpecAgainstInput, defaultIndexSpec, parseIndexSpec } from "./index-spec.parse.ts";

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(IndexInputError);
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("parseIndexSpec", () => {
  it("defaults to minmax 0–100 then the arithmetic mean", () => {
    const spec = defaultIndexSpec();
    expect(spec.steps[0]).toEqual({
      step: "normalise",
      spec: { method: "minmax", lower: 0, upper: 100, fromMeta: false },
      perIndicator: {},
    });
    expect(spec.steps[1]).toMatchObject({ step: "aggregate", method: "arithmetic", dataThreshold: null });
  });

  it("#14 merges treat parameters onto the defaults", () => {
    const spec = parseIndexSpec({ steps: [{ step: "treat", winsorMax: 3 }] });
    expect(spec.steps[0]).toMatchObject({
      params: { winsorMax: 3, skewThreshold: 2, kurtosisThreshold: 3.5, fallback: "logCT" },
    });
  });

  it.each([
    [
      { steps: [{ step: "normalize" }] },
      'spec.json /steps/0/step: unknown step "normalize"; expected one of denominate, impute, screen, treat, normalise, aggregate',
    ],
    [
      { steps: [{ step: "normalise", method: "minmx" }] },
      'spec.json /steps/0/method: unknown method "minmx"; expected one of minmax, zscore, scaled, goalposts, distanceToTarget, distanceToReference, distanceToMax, fractionOfMax, rank, borda, percentRank, none',
    ],
    [{ steps: [{ step: "normalise", method: "zscore", lower: 1 }] }, 'spec.json /steps/0/lower: unknown key "lower"'],
    [{ steps: [{ step: "treat", winsorMax: 2.5 }] }, "spec.json /steps/0/winsorMax: must be a whole number (got 2.5)"],
    [{ steps: [{ step: "screen" }] }, "spec.json /steps/0/by: is required"],
    [{ steps: [{ step: "impute", method: "groupMean" }] }, "spec.json /steps/0/group: is required for groupMean"],
    [
      { steps: [{ step: "aggregate" }, { step: "normalise" }] },
      'spec.json /steps/0/step: "aggregate" must be the last step',
    ],
    [
      { steps: [{ step: "normalise" }, { step: "normalise" }] },
      'spec.json /steps/1/step: step "normalise" appears more than once',
    ],
    [
      { steps: [{ step: "aggregate", method: "generalised" }] },
      "spec.json /steps/0/p: is required for the generalised mean",
    ],
    [{ steps: [{ step: "aggregate", method: "generalised", p: 0 }] }, "spec.json /steps/0/p: p must not be 0"],
    [
      { steps: [], compat: { logGII: "fixed" } },
      'spec.json /compat/logGII: unknown logGII "fixed"; expected one of coinr, corrected',
    ],
    [
      { steps: [{ step: "screen", by: "missing", dataThreshold: 2 }] },
      "spec.json /steps/0/dataThreshold: must be at most 1 (got 2)",
    ],
    [{ step: [] }, 'spec.json /step: unknown key "step"'],
  ])("rejects %j", (value, message) => {
    expect(errorOf(() => parseIndexSpec(value))).toBe(message);
  });
});

describe("checkSpecAgainstInput", () => {
  const input = indexInput(SMALL_META, SMALL_DATA);
  it.each([
    [
      { steps: [{ step: "treat", perIndicator: { Jobz: "none" } }] },
      'spec.json /steps/0/perIndicator/Jobz: "Jobz" is not an Indicator',
    ],
    [
      { steps: [{ step: "screen", by: "missing", force: { exclude: ["HN9"] } }] },
      'spec.json /steps/0/force/exclude/0: unknown uCode "HN9"',
    ],
    [
      { steps: [{ step: "impute", method: "groupMean", group: "Pop" }] },
      'spec.json /steps/0/group: "Pop" is not an iData column of Type Group',
    ],
    [
      { steps: [{ step: "aggregate", method: ["arithmetic"] }] },
      "spec.json /steps/0/method: has 1 entries but the index has 2 aggregation levels",
    ],
    [
      { steps: [{ step: "normalise", method: "distanceToTarget" }] },
      "spec.json /steps/0/method: distanceToTarget needs an iMeta Target column",
    ],
    [
      { steps: [{ step: "normalise", method: "minmax", fromMeta: true }] },
      'spec.json /steps/0/fromMeta: needs the iMeta column "minmax_lower"',
    ],
    [
      { steps: [{ step: "normalise", method: "goalposts", scale: 1 }] },
      'spec.json /steps/0/goalposts: no goalposts for "Jobs" in the spec or in iMeta',
    ],
  ])("rejects %j", (value, message) => {
    expect(errorOf(() => checkSpecAgainstInput(parseIndexSpec(value), input))).toBe(message);
  });

  it("writes canonical JSON with sorted keys", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });
});
