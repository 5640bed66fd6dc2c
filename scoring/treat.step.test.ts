import { describe, expect, it } from "vitest";
import { TREAT_DEFAULTS } from "./index-spec.parse.ts";
import { kurtOf, skewOf } from "./numeric.primitives.ts";
import { TREAT_FLAG_LABELS, treat, treatColumn, treatmentCheck } from "./treat.step.ts";

const col = (xs: number[]) => Float64Array.from(xs);
const ones = (k: number) => Array.from({ length: k }, () => 1);
const flagsOf = (f: Uint8Array) => Array.from(f, (v) => TREAT_FLAG_LABELS[v]);

describe("treatmentCheck", () => {
  it("passes when either comparison is true, fails when both are false, else is undefined", () => {
    expect(treatmentCheck(2.5, 3.0, 2, 3.5)).toBe(true);
    expect(treatmentCheck(1.0, 9.0, 2, 3.5)).toBe(true);
    expect(treatmentCheck(2.5, 4.0, 2, 3.5)).toBe(false);
    expect(treatmentCheck(2.5, Number.NaN, 2, 3.5)).toBeNull();
    expect(treatmentCheck(1.7, Number.NaN, 2, 3.5)).toBe(true);
  });
});

describe("treatColumn (METHODOLOGY §6 traps)", () => {
  it("#1 leaves a column untreated when kurtosis alone is below its threshold (the rule is an OR)", () => {
    const x = col([...Array.from({ length: 12 }, (_, i) => i + 1), 60, 60]);
    const t = treatColumn("x", x, TREAT_DEFAULTS, "coinr");
    expect(t.record.status).toBe("passed");
    expect(t.record.passedBefore).toBe(true);
    expect(Array.from(t.values)).toEqual(Array.from(x));
  });

  it("#2 clips tied maxima together", () => {
    const x = col([...Array.from({ length: 20 }, (_, i) => i + 1), 100, 100]);
    const t = treatColumn("x", x, TREAT_DEFAULTS, "coinr");
    expect(t.values[20]).toBe(20);
    expect(t.values[21]).toBe(20);
    expect(t.record.winsorisedPoints).toBe(2);
    expect(t.record.status).toBe("winsorised");
    expect(t.record.passedAfter).toBe(true);
    expect(flagsOf(t.flags).slice(19)).toEqual(["", "winhi", "winhi"]);
  });

  it("#3 grows nwin as clipped points tie with the next maximum", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const t = treatColumn("x", x, TREAT_DEFAULTS, "coinr");
    expect(Array.from(t.values.slice(12))).toEqual([10, 10, 10]);
    expect(t.record.winsorisedPoints).toBe(2);
    expect(t.record.status).toBe("winsorised");
    expect(flagsOf(t.flags).slice(11)).toEqual(["", "", "winhi", "winhi"]);
  });

  it("#4 chooses the side from the current skew and keeps both final clipped sets", () => {
    const x = col([-187, 2, 3, 4, 5, 6, 7, 7, 8, 8, 8, 45]);
    expect(skewOf(x)).toBeCloseTo(-3.2, 2);
    const t = treatColumn("x", x, TREAT_DEFAULTS, "coinr");
    expect(t.values[0]).toBe(2);
    expect(t.values[11]).toBe(8);
    expect(t.record.winsorisedPoints).toBe(2);
    expect(flagsOf(t.flags)[0]).toBe("winlo");
    expect(flagsOf(t.flags)[11]).toBe("winhi");
  });

  it("#5 applies the log to the original data and keeps it while it still fails", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const t = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1 }, "coinr");
    expect(t.values[0]).toBeCloseTo(2.301584592660462, 12);
    expect(t.values[12]).toBeCloseTo(2.9439125248241944, 12);
    expect(t.values[13]).toBeCloseTo(4.69125613490122, 12);
    expect(t.values[14]).toBeCloseTo(6.916705109501722, 12);
    expect(t.record.skewAfter).toBeCloseTo(2.81, 2);
    expect(t.record.kurtosisAfter).toBeCloseTo(7.8, 2);
    expect(t.record.status).toBe("transformed");
    expect(t.record.passedAfter).toBe(false);
    expect(t.record.logApplied).toBe(true);
    // nwin is reported although the fallback discarded the clipped values.
    expect(t.record.winsorisedPoints).toBe(1);
    expect(new Set(flagsOf(t.flags))).toEqual(new Set(["log"]));
  });

  it("#6 leaves a column that turns constant alone, without crashing", () => {
    const x = col([0, ...ones(28), 100]);
    const t = treatColumn("x", x, TREAT_DEFAULTS, "coinr");
    expect(t.record.status).toBe("untreatable");
    expect(Array.from(t.values)).toEqual(Array.from(x));
  });

  it("#7 passes n = 3 on skew alone and cannot treat n = 2", () => {
    expect(treatColumn("x", col([1, 2, 100]), TREAT_DEFAULTS, "coinr").record.status).toBe("passed");
    expect(kurtOf([1, 2, 100])).toBeNaN();
    expect(treatColumn("x", col([1, 100]), TREAT_DEFAULTS, "coinr").record.status).toBe("untreatable");
  });

  it("keeps the winsorised column with fallback none when it still fails", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const t = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, fallback: "none" }, "coinr");
    expect(t.record.status).toBe("failed");
    expect(t.values[14]).toBe(100);
    expect(flagsOf(t.flags)[14]).toBe("winhi");
  });

  it("combines winsorisation and log when combine is true, flagging winhi+log", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const t = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, combine: true }, "coinr");
    // min 1, max 100 after clipping: a = 0.99
    expect(t.values[14]).toBe(Math.log(100 - 1 + 0.01 * (100 - 1)));
    expect(flagsOf(t.flags)[14]).toBe("winhi+log");
    expect(flagsOf(t.flags)[0]).toBe("log");
  });

  it("returns COINr's logGII input unchanged but flagged, and the log when corrected (§1.2 #1)", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const coinr = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, fallback: "logGII" }, "coinr");
    expect(Array.from(coinr.values)).toEqual(Array.from(x));
    expect(coinr.record.status).toBe("transformed");
    const fixed = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, fallback: "logGII" }, "corrected");
    expect(fixed.values[14]).toBe(Math.log(((1000 - 1) * (1000 - 1)) / (1000 - 1) + 1));
    expect(fixed.values[0]).toBe(0);
  });

  it("mirrors the log for negative skew with logCTPlus (§1.2 #2)", () => {
    const x = col([-1000, -100, -10, ...ones(12).map((v) => -v)]);
    const t = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, fallback: "logCTPlus" }, "coinr");
    const a = 0.01 * (-1 - -1000);
    expect(t.values[0]).toBe(-Math.log(-1 + a - -1000));
    expect(t.record.status).toBe("transformed");
  });

  it("uses ln(x − min + 1) for logCTOrig", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const t = treatColumn("x", x, { ...TREAT_DEFAULTS, winsorMax: 1, fallback: "logCTOrig" }, "coinr");
    expect(t.values[14]).toBe(Math.log(1000 - 1 + 1));
  });
});

describe("treat step", () => {
  it("merges perIndicator parameters onto the step and excludes 'none' (§6 #14)", () => {
    const x = col([...ones(12), 10, 100, 1000]);
    const data = {
      units: Array.from({ length: 15 }, (_, i) => `U${i}`),
      rows: new Int32Array(15),
      codes: ["a", "b", "c"],
      cols: [x, x, x],
    };
    const r = treat(
      data,
      { step: "treat", params: { ...TREAT_DEFAULTS, winsorMax: 3 }, perIndicator: { b: { winsorMax: 1 }, c: "none" } },
      "coinr",
    );
    expect(r.records.map((t) => t.status)).toEqual(["winsorised", "transformed", "excluded"]);
    expect(r.data.cols[2]).toBe(x);
  });
});
