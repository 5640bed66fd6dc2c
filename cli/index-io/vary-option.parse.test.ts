import { describe, expect, it } from "vitest";
import { progressLine, progressReporter } from "./progress.reporter.ts";
import { normaliseLabel, parseVaryFlag } from "./vary-option.parse.ts";

describe("parseVaryFlag", () => {
  it("reads every form of §5.2", () => {
    expect(parseVaryFlag("winsorMax=1..5", 100)).toEqual({
      name: "winsorMax",
      kind: "winsorMax",
      alternatives: [1, 2, 3, 4, 5],
    });
    expect(parseVaryFlag("winsorMax=1,3,5", 100)).toMatchObject({ alternatives: [1, 3, 5] });
    expect(parseVaryFlag("normalise=minmax,zscore,percentRank", 100)).toMatchObject({
      alternatives: [{ label: "minmax" }, { label: "zscore" }, { label: "percentRank" }],
    });
    const json = parseVaryFlag(
      'normalise=[{"method":"minmax","lower":1,"upper":100},{"method":"zscore","mean":10,"sd":2}]',
      100,
    );
    expect(json).toMatchObject({
      alternatives: [
        { label: "minmax(1,100)" },
        { label: "zscore(10,2)", step: { spec: { method: "zscore", mean: 10, sd: 2 } } },
      ],
    });
    expect(parseVaryFlag("weights=noise:L2=0.25,L3=0.25", 40)).toEqual({
      name: "weights",
      kind: "weights",
      noise: [
        { level: 2, factor: 0.25 },
        { level: 3, factor: 0.25 },
      ],
      sets: 40,
    });
    expect(parseVaryFlag("weights=sets:w.csv", 100)).toMatchObject({ setsFile: "w.csv" });
    expect(parseVaryFlag("weight.P1=0.5~1", 100)).toEqual({
      name: "weight.P1",
      kind: "weight",
      code: "P1",
      range: [0.5, 1],
    });
    expect(parseVaryFlag("aggregate=arithmetic,geometric,generalised:0.5", 100)).toMatchObject({
      alternatives: [
        { method: "arithmetic", p: null },
        { method: "geometric" },
        { label: "generalised:0.5", method: "generalised", p: 0.5 },
      ],
    });
    expect(parseVaryFlag("impute=mean,median,off", 100)).toMatchObject({ alternatives: ["mean", "median", "off"] });
    expect(parseVaryFlag("treat=on,off", 100)).toMatchObject({ alternatives: ["on", "off"] });
  });

  it.each([
    ["winsorMax", "--vary winsorMax: expected NAME=VALUE"],
    [
      "normalise=minmax,zscor",
      '--vary normalise /1/method: unknown method "zscor"; expected one of minmax, zscore, scaled, goalposts, distanceToTarget, distanceToReference, distanceToMax, fractionOfMax, rank, borda, percentRank, none',
    ],
    ["weight.P1=1", '--vary weight.P1=1: "1" is not a range such as 0.5~1'],
    ["aggregate=generalised", '--vary aggregate=generalised: "generalised" needs p, as in generalised:0.5'],
    ["weights=noise:X2=1", '--vary weights=noise:X2=1: "X2=1" is not a level factor such as L2=0.25'],
    ["treat=maybe", '--vary treat=maybe: unknown alternative "maybe"; expected one of on, off'],
  ])("rejects %s naming the flag and the offending part", (flag, message) => {
    expect(() => parseVaryFlag(flag, 100)).toThrow(message);
  });

  it("labels normalise alternatives by method and parameters", () => {
    expect(normaliseLabel({ method: "zscore", mean: 10, sd: 2 })).toBe("zscore(10,2)");
  });
});

describe("progress", () => {
  it("draws the bar of §5.2", () => {
    expect(progressLine(312, 600, 0.4, 0)).toBe("[##########----------]  312/600  52%  0.4 s  eta 0.4 s  failed 0");
  });

  it("prints only the summary when stderr is not a terminal", () => {
    const lines: string[] = [];
    const writes: string[] = [];
    const p = progressReporter(
      600,
      { stderr: (l) => lines.push(l), stderrWrite: (t) => writes.push(t), stderrIsTTY: false },
      false,
    );
    p.update(300, 1);
    p.finish(600, 3);
    expect(writes).toEqual([]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^600 runs, 3 failed, \d+\.\d\d s$/);
  });

  it("redraws in place on a terminal and ends with a newline", () => {
    const writes: string[] = [];
    const p = progressReporter(10, { stderr: () => {}, stderrWrite: (t) => writes.push(t), stderrIsTTY: true }, false);
    p.update(5, 0);
    p.finish(10, 0);
    expect(writes[0].startsWith("\r[##########----------]  5/10  50%")).toBe(true);
    expect(writes.at(-1)?.endsWith("failed 0\n")).toBe(true);
  });
});
