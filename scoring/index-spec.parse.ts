// The build spec (METHODOLOGY §5.1): `{ "steps": [ … ], "compat": { … } }`. Unknown steps, methods or keys are
// errors naming the JSON pointer of the bad member, so a misspelt parameter never passes silently. Treat parameters
// merge onto their defaults; a normalise spec replaces the default spec entirely (§3.5, §3.6).

import { type IndexInput, IndexInputError } from "./index-input.model.ts";

/** A normalisation method with its own parameters, defaults filled in (§3.6). */
export type NormaliseMethodSpec =
  | { method: "minmax"; lower: number; upper: number; fromMeta: boolean }
  | { method: "zscore"; mean: number; sd: number; fromMeta: boolean }
  | { method: "scaled"; lower: number; upper: number; scaleFactor: number; fromMeta: boolean }
  | { method: "goalposts"; goalposts: Record<string, [number, number]>; scale: number | null; truncate: boolean | null }
  | { method: "distanceToTarget"; cap: boolean | null }
  | { method: "distanceToReference"; reference: string; cap: boolean }
  | { method: "distanceToMax" | "fractionOfMax" | "rank" | "borda" | "percentRank" | "none" };

/** The name of a normalisation method. */
export type NormaliseMethod = NormaliseMethodSpec["method"];

/** Fallback transforms of the treatment step (§3.5.3). */
export type TreatFallback = "logCT" | "logCTPlus" | "logCTOrig" | "logGII" | "none";

/** Treatment parameters after merging onto the defaults. */
export interface TreatParams {
  winsorMax: number;
  skewThreshold: number;
  kurtosisThreshold: number;
  fallback: TreatFallback;
  combine: boolean;
  forceWinsorise: boolean;
}

/** Aggregation methods of §3.8. */
export type AggregateMethod = "arithmetic" | "geometric" | "harmonic" | "generalised";

/** Imputation methods of §3.3. */
export type ImputeMethod = "mean" | "median" | "groupMean" | "groupMedian";

/** One resolved step. `disabled` switches a step off in uncertainty runs (its input passes through). */
export type StepSpec =
  | { step: "denominate"; scaleFactors: Record<string, number>; disabled?: boolean }
  | { step: "impute"; method: ImputeMethod; group: string | null; disabled?: boolean }
  | {
      step: "screen";
      by: "missing" | "zeros" | "missingAndZeros";
      dataThreshold: number;
      nonZeroThreshold: number;
      force: { include: string[]; exclude: string[] };
      disabled?: boolean;
    }
  | {
      step: "treat";
      params: TreatParams;
      perIndicator: Record<string, "none" | Partial<TreatParams>>;
      disabled?: boolean;
    }
  | {
      step: "normalise";
      spec: NormaliseMethodSpec;
      perIndicator: Record<string, NormaliseMethodSpec>;
      disabled?: boolean;
    }
  | {
      step: "aggregate";
      method: AggregateMethod | AggregateMethod[];
      p: number | null | (number | null)[];
      dataThreshold: number | null | (number | null)[];
      generalisedSkipsMissing: boolean;
      disabled?: boolean;
    };

/** The step names, in COINr's reference order. */
export type StepName = StepSpec["step"];

/** A resolved build spec. */
export interface IndexSpec {
  steps: StepSpec[];
  compat: { logGII: "coinr" | "corrected" };
}

/** Stage names written by each step (§3.0). */
export const STAGE_OF_STEP: Record<StepName, string> = {
  denominate: "Denominated",
  impute: "Imputed",
  screen: "Screened",
  treat: "Treated",
  normalise: "Normalised",
  aggregate: "Aggregated",
};

/** Treatment defaults (§3.5). */
export const TREAT_DEFAULTS: TreatParams = {
  winsorMax: 5,
  skewThreshold: 2,
  kurtosisThreshold: 3.5,
  fallback: "logCT",
  combine: false,
  forceWinsorise: false,
};

/**
 * The pipeline used without `--spec`: minmax 0–100, then the arithmetic mean.
 *
 * @example defaultIndexSpec().steps.map((s) => s.step) // ["normalise", "aggregate"]
 */
export function defaultIndexSpec(): IndexSpec {
  return parseIndexSpec({
    steps: [
      { step: "normalise", method: "minmax", lower: 0, upper: 100 },
      { step: "aggregate", method: "arithmetic" },
    ],
  });
}

type Json = unknown;

/** Validation context: the file name and the JSON pointer of the member being read. */
class Reader {
  constructor(
    readonly file: string,
    readonly pointer: string,
  ) {}
  at(key: string | number): Reader {
    return new Reader(this.file, `${this.pointer}/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`);
  }
  error(message: string): IndexInputError {
    return new IndexInputError(`${this.file} ${this.pointer === "" ? "/" : this.pointer}: ${message}`);
  }
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

function object(v: Json, at: Reader, allowed: readonly string[]): Record<string, Json> {
  if (!isObject(v)) throw at.error("must be an object");
  for (const key of Object.keys(v)) if (!allowed.includes(key)) throw at.at(key).error(`unknown key "${key}"`);
  return v;
}

function num(
  v: Json,
  at: Reader,
  check?: { min?: number; max?: number; integer?: boolean; positive?: boolean },
): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw at.error(`must be a number (got ${JSON.stringify(v)})`);
  if (check?.integer && !Number.isInteger(v)) throw at.error(`must be a whole number (got ${v})`);
  if (check?.min !== undefined && v < check.min) throw at.error(`must be at least ${check.min} (got ${v})`);
  if (check?.max !== undefined && v > check.max) throw at.error(`must be at most ${check.max} (got ${v})`);
  if (check?.positive && !(v > 0)) throw at.error(`must be greater than 0 (got ${v})`);
  return v;
}

function bool(v: Json, at: Reader): boolean {
  if (typeof v !== "boolean") throw at.error(`must be true or false (got ${JSON.stringify(v)})`);
  return v;
}

function str(v: Json, at: Reader): string {
  if (typeof v !== "string" || v === "") throw at.error(`must be a non-empty string (got ${JSON.stringify(v)})`);
  return v;
}

function oneOf<T extends string>(v: Json, at: Reader, values: readonly T[], what: string): T {
  if (typeof v !== "string" || !values.includes(v as T)) {
    throw at.error(`unknown ${what} ${JSON.stringify(v)}; expected one of ${values.join(", ")}`);
  }
  return v as T;
}

const NORMALISE_KEYS: Record<NormaliseMethod, readonly string[]> = {
  minmax: ["lower", "upper", "fromMeta"],
  zscore: ["mean", "sd", "fromMeta"],
  scaled: ["lower", "upper", "scaleFactor", "fromMeta"],
  goalposts: ["goalposts", "scale", "truncate"],
  distanceToTarget: ["cap"],
  distanceToReference: ["reference", "cap"],
  distanceToMax: [],
  fractionOfMax: [],
  rank: [],
  borda: [],
  percentRank: [],
  none: [],
};

/** Every normalisation method name, in the order of §3.6. */
export const NORMALISE_METHODS = Object.keys(NORMALISE_KEYS) as NormaliseMethod[];

/**
 * Reads one normalisation method object (`{"method": …, params}`); omitted parameters take that method's defaults,
 * and a missing `method` means minmax 0–100. `extraKeys` are keys the caller handles (e.g. `step`).
 *
 * @example parseNormaliseMethod({ method: "zscore" }, "spec.json", "/steps/0") // { method: "zscore", mean: 0, sd: 1, fromMeta: false }
 */
export function parseNormaliseMethod(
  value: Json,
  file: string,
  pointer: string,
  extraKeys: readonly string[] = [],
): NormaliseMethodSpec {
  const at = new Reader(file, pointer);
  if (!isObject(value)) throw at.error("must be an object");
  const method =
    value.method === undefined ? "minmax" : oneOf(value.method, at.at("method"), NORMALISE_METHODS, "method");
  const o = object(value, at, ["method", ...extraKeys, ...NORMALISE_KEYS[method]]);
  const opt = <T>(key: string, read: (v: Json, r: Reader) => T, dflt: T): T =>
    o[key] === undefined ? dflt : read(o[key], at.at(key));
  switch (method) {
    case "minmax":
      return {
        method,
        lower: opt("lower", num, 0),
        upper: opt("upper", num, 100),
        fromMeta: opt("fromMeta", bool, false),
      };
    case "zscore":
      return {
        method,
        mean: opt("mean", num, 0),
        sd: opt("sd", (v, r) => num(v, r, { positive: true }), 1),
        fromMeta: opt("fromMeta", bool, false),
      };
    case "scaled":
      return {
        method,
        lower: opt("lower", num, 0),
        upper: opt("upper", num, 100),
        scaleFactor: opt("scaleFactor", num, 100),
        fromMeta: opt("fromMeta", bool, false),
      };
    case "goalposts": {
      const goalposts: Record<string, [number, number]> = {};
      if (o.goalposts !== undefined) {
        const g = at.at("goalposts");
        if (!isObject(o.goalposts)) throw g.error("must be an object of iCode → [lower, upper]");
        for (const [code, pair] of Object.entries(o.goalposts)) {
          const gp = g.at(code);
          if (!Array.isArray(pair) || pair.length !== 2) throw gp.error("must be [lower, upper]");
          const lo = num(pair[0], gp.at(0));
          const hi = num(pair[1], gp.at(1));
          if (!(hi > lo)) throw gp.error(`upper must be above lower (got [${lo}, ${hi}])`);
          goalposts[code] = [lo, hi];
        }
      }
      return { method, goalposts, scale: opt("scale", num, null), truncate: opt("truncate", bool, null) };
    }
    case "distanceToTarget":
      return { method, cap: opt("cap", bool, null) };
    case "distanceToReference":
      if (o.reference === undefined) throw at.at("reference").error("is required for distanceToReference");
      return { method, reference: str(o.reference, at.at("reference")), cap: opt("cap", bool, false) };
    default:
      return { method };
  }
}

const STEP_KEYS: Record<StepName, readonly string[]> = {
  denominate: ["scaleFactors"],
  impute: ["method", "group"],
  screen: ["by", "dataThreshold", "nonZeroThreshold", "force"],
  treat: ["winsorMax", "skewThreshold", "kurtosisThreshold", "fallback", "combine", "forceWinsorise", "perIndicator"],
  normalise: [],
  aggregate: ["method", "p", "dataThreshold", "generalisedSkipsMissing"],
};
const STEP_ORDER = Object.keys(STEP_KEYS) as StepName[];
const TREAT_FALLBACKS: TreatFallback[] = ["logCT", "logCTPlus", "logCTOrig", "logGII", "none"];
const AGGREGATE_METHODS: AggregateMethod[] = ["arithmetic", "geometric", "harmonic", "generalised"];

/**
 * Reads a partial set of treatment parameters (used by the step and by `perIndicator` objects).
 *
 * @example parseTreatParams({ winsorMax: 3 }, reader) // { winsorMax: 3 }
 */
function parseTreatParams(o: Record<string, Json>, at: Reader): Partial<TreatParams> {
  const out: Partial<TreatParams> = {};
  if (o.winsorMax !== undefined) out.winsorMax = num(o.winsorMax, at.at("winsorMax"), { integer: true, min: 0 });
  if (o.skewThreshold !== undefined) out.skewThreshold = num(o.skewThreshold, at.at("skewThreshold"));
  if (o.kurtosisThreshold !== undefined) out.kurtosisThreshold = num(o.kurtosisThreshold, at.at("kurtosisThreshold"));
  if (o.fallback !== undefined) out.fallback = oneOf(o.fallback, at.at("fallback"), TREAT_FALLBACKS, "fallback");
  if (o.combine !== undefined) out.combine = bool(o.combine, at.at("combine"));
  if (o.forceWinsorise !== undefined) out.forceWinsorise = bool(o.forceWinsorise, at.at("forceWinsorise"));
  return out;
}

function perLevel<T>(v: Json, at: Reader, read: (x: Json, r: Reader) => T): T | T[] {
  if (Array.isArray(v)) {
    if (v.length === 0) throw at.error("must not be an empty array");
    return v.map((x, i) => read(x, at.at(i)));
  }
  return read(v, at);
}

/**
 * Reads one step object at `/steps/i`.
 *
 * @example parseStep({ step: "treat", winsorMax: 3 }, "spec.json", "/steps/0") // treat with winsorMax 3, thresholds 2 and 3.5
 */
export function parseStep(value: Json, file: string, pointer: string): StepSpec {
  const at = new Reader(file, pointer);
  if (!isObject(value)) throw at.error("must be an object");
  const step = oneOf(value.step, at.at("step"), STEP_ORDER, "step");
  if (step === "normalise") {
    const perIndicator: Record<string, NormaliseMethodSpec> = {};
    if (value.perIndicator !== undefined) {
      const pi = at.at("perIndicator");
      if (!isObject(value.perIndicator)) throw pi.error("must be an object of iCode → method object");
      for (const [code, spec] of Object.entries(value.perIndicator)) {
        perIndicator[code] = parseNormaliseMethod(spec, file, pi.at(code).pointer);
      }
    }
    return { step, spec: parseNormaliseMethod(value, file, pointer, ["step", "perIndicator"]), perIndicator };
  }
  const o = object(value, at, ["step", ...STEP_KEYS[step]]);
  switch (step) {
    case "denominate": {
      const scaleFactors: Record<string, number> = {};
      if (o.scaleFactors !== undefined) {
        const sf = at.at("scaleFactors");
        if (!isObject(o.scaleFactors)) throw sf.error("must be an object of iCode → number");
        for (const [code, v] of Object.entries(o.scaleFactors)) scaleFactors[code] = num(v, sf.at(code));
      }
      return { step, scaleFactors };
    }
    case "impute": {
      const method =
        o.method === undefined
          ? "mean"
          : oneOf(o.method, at.at("method"), ["mean", "median", "groupMean", "groupMedian"] as const, "method");
      const grouped = method === "groupMean" || method === "groupMedian";
      if (grouped && o.group === undefined) throw at.at("group").error(`is required for ${method}`);
      if (!grouped && o.group !== undefined)
        throw at.at("group").error(`is only used by groupMean and groupMedian, not ${method}`);
      return { step, method, group: grouped ? str(o.group, at.at("group")) : null };
    }
    case "screen": {
      if (o.by === undefined) throw at.at("by").error("is required");
      const force = { include: [] as string[], exclude: [] as string[] };
      if (o.force !== undefined) {
        const f = object(o.force, at.at("force"), ["include", "exclude"]);
        for (const k of ["include", "exclude"] as const) {
          if (f[k] === undefined) continue;
          const list = f[k];
          if (!Array.isArray(list)) throw at.at("force").at(k).error("must be an array of uCodes");
          force[k] = list.map((u, i) => str(u, at.at("force").at(k).at(i)));
        }
      }
      return {
        step,
        by: oneOf(o.by, at.at("by"), ["missing", "zeros", "missingAndZeros"] as const, "by"),
        dataThreshold:
          o.dataThreshold === undefined ? 2 / 3 : num(o.dataThreshold, at.at("dataThreshold"), { min: 0, max: 1 }),
        nonZeroThreshold:
          o.nonZeroThreshold === undefined
            ? 0.05
            : num(o.nonZeroThreshold, at.at("nonZeroThreshold"), { min: 0, max: 1 }),
        force,
      };
    }
    case "treat": {
      const perIndicator: Record<string, "none" | Partial<TreatParams>> = {};
      if (o.perIndicator !== undefined) {
        const pi = at.at("perIndicator");
        if (!isObject(o.perIndicator)) throw pi.error('must be an object of iCode → "none" or parameters');
        for (const [code, v] of Object.entries(o.perIndicator)) {
          if (v === "none") perIndicator[code] = "none";
          else perIndicator[code] = parseTreatParams(object(v, pi.at(code), STEP_KEYS.treat.slice(0, 6)), pi.at(code));
        }
      }
      return { step, params: { ...TREAT_DEFAULTS, ...parseTreatParams(o, at) }, perIndicator };
    }
    case "aggregate": {
      const method =
        o.method === undefined
          ? "arithmetic"
          : perLevel(o.method, at.at("method"), (v, r) => oneOf(v, r, AGGREGATE_METHODS, "method"));
      const readP = (v: Json, r: Reader) => {
        if (v === null) return null;
        const p = num(v, r);
        if (p === 0) throw r.error("p must not be 0");
        return p;
      };
      const p = o.p === undefined ? null : perLevel(o.p, at.at("p"), readP);
      const methods = Array.isArray(method) ? method : [method];
      methods.forEach((m, k) => {
        const pk = Array.isArray(p) ? p[k] : p;
        if (m === "generalised" && (pk === null || pk === undefined))
          throw at.at("p").error("is required for the generalised mean");
      });
      const dataThreshold =
        o.dataThreshold === undefined
          ? null
          : perLevel(o.dataThreshold, at.at("dataThreshold"), (v, r) =>
              v === null ? null : num(v, r, { min: 0, max: 1 }),
            );
      const generalisedSkipsMissing =
        o.generalisedSkipsMissing === undefined
          ? false
          : bool(o.generalisedSkipsMissing, at.at("generalisedSkipsMissing"));
      return { step, method, p, dataThreshold, generalisedSkipsMissing };
    }
  }
}

/**
 * Validates and resolves a parsed spec JSON value (structure only; `checkSpecAgainstInput` checks codes and units).
 *
 * @example parseIndexSpec({ steps: [{ step: "normalise", method: "zscore" }] }).steps[0] // zscore mean 0, sd 1
 */
export function parseIndexSpec(value: Json, file = "spec.json"): IndexSpec {
  const at = new Reader(file, "");
  const o = object(value, at, ["steps", "compat"]);
  if (!Array.isArray(o.steps)) throw at.at("steps").error("must be an array of steps");
  const steps = o.steps.map((s, i) => parseStep(s, file, `/steps/${i}`));
  const seen = new Set<StepName>();
  steps.forEach((s, i) => {
    if (seen.has(s.step)) throw at.at("steps").at(i).at("step").error(`step "${s.step}" appears more than once`);
    seen.add(s.step);
    if (s.step === "aggregate" && i !== steps.length - 1)
      throw at.at("steps").at(i).at("step").error('"aggregate" must be the last step');
  });
  let logGII: "coinr" | "corrected" = "coinr";
  if (o.compat !== undefined) {
    const c = object(o.compat, at.at("compat"), ["logGII"]);
    if (c.logGII !== undefined)
      logGII = oneOf(c.logGII, at.at("compat").at("logGII"), ["coinr", "corrected"] as const, "logGII");
  }
  return { steps, compat: { logGII } };
}

/**
 * Checks the parts of a spec that refer to the data: iCodes, uCodes, group columns, per-level array lengths, and
 * iMeta columns needed by `fromMeta`, goalposts and targets.
 *
 * @example checkSpecAgainstInput(spec, input) // throws on `perIndicator: {"Jobz": …}`
 */
export function checkSpecAgainstInput(spec: IndexSpec, input: IndexInput, file = "spec.json"): void {
  const { meta } = input;
  const indicators = new Set(meta.codes.slice(0, meta.nIndicators));
  const units = new Set(input.units);
  spec.steps.forEach((s, i) => {
    const at = new Reader(file, `/steps/${i}`);
    const indicator = (code: string, r: Reader) => {
      if (!indicators.has(code)) throw r.error(`"${code}" is not an Indicator`);
    };
    switch (s.step) {
      case "denominate":
        for (const code of Object.keys(s.scaleFactors)) {
          const r = at.at("scaleFactors").at(code);
          indicator(code, r);
          if (meta.codeRows[meta.codeIndex.get(code) as number].denominator === "")
            throw r.error(`"${code}" has no Denominator in iMeta`);
        }
        break;
      case "impute":
        if (s.group !== null && !input.groups.has(s.group))
          throw at.at("group").error(`"${s.group}" is not an iData column of Type Group`);
        break;
      case "screen":
        for (const k of ["include", "exclude"] as const) {
          s.force[k].forEach((u, j) => {
            if (!units.has(u)) throw at.at("force").at(k).at(j).error(`unknown uCode "${u}"`);
          });
        }
        break;
      case "treat":
        for (const code of Object.keys(s.perIndicator)) indicator(code, at.at("perIndicator").at(code));
        break;
      case "normalise": {
        for (const code of Object.keys(s.perIndicator)) indicator(code, at.at("perIndicator").at(code));
        const covered = meta.codes.slice(0, meta.nIndicators).filter((c) => s.perIndicator[c] === undefined);
        checkNormaliseAgainstInput(s.spec, covered, input, at);
        for (const [code, ns] of Object.entries(s.perIndicator)) {
          checkNormaliseAgainstInput(ns, [code], input, at.at("perIndicator").at(code));
        }
        break;
      }
      case "aggregate": {
        const levels = meta.maxLevel - 1;
        for (const key of ["method", "p", "dataThreshold"] as const) {
          const v = s[key];
          if (Array.isArray(v) && v.length !== levels) {
            throw at
              .at(key)
              .error(`has ${v.length} entries but the index has ${levels} aggregation level${levels === 1 ? "" : "s"}`);
          }
        }
        break;
      }
    }
  });
}

function checkNormaliseAgainstInput(s: NormaliseMethodSpec, codes: string[], input: IndexInput, at: Reader) {
  const { meta } = input;
  const rowOf = (code: string) => meta.codeRows[meta.codeIndex.get(code) as number];
  const needColumns = (cols: string[]) => {
    for (const c of cols) if (!meta.columns.has(c)) throw at.at("fromMeta").error(`needs the iMeta column "${c}"`);
    for (const code of codes) {
      const p = rowOf(code).params as unknown as Record<string, number>;
      for (const c of cols) {
        const key = c.replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());
        if (Number.isNaN(p[key])) throw at.at("fromMeta").error(`"${code}" has no ${c} in iMeta`);
      }
    }
  };
  switch (s.method) {
    case "minmax":
      if (s.fromMeta) needColumns(["minmax_lower", "minmax_upper"]);
      break;
    case "zscore":
      if (s.fromMeta) needColumns(["zscore_mean", "zscore_sd"]);
      break;
    case "scaled":
      if (s.fromMeta) needColumns(["scaled_lower", "scaled_upper", "scale_factor"]);
      break;
    case "goalposts":
      for (const code of Object.keys(s.goalposts)) {
        if (!meta.codeIndex.has(code) || (meta.codeIndex.get(code) as number) >= meta.nIndicators) {
          throw at.at("goalposts").at(code).error(`"${code}" is not an Indicator`);
        }
      }
      for (const code of codes) {
        const p = rowOf(code).params;
        if (!s.goalposts[code] && (Number.isNaN(p.goalpostLower) || Number.isNaN(p.goalpostUpper))) {
          throw at.at("goalposts").error(`no goalposts for "${code}" in the spec or in iMeta`);
        }
        if (s.scale === null && Number.isNaN(p.goalpostScale))
          throw at.at("scale").error(`is required (iMeta has no goalpost_scale for "${code}")`);
      }
      break;
    case "distanceToTarget":
      if (!meta.columns.has("Target")) throw at.at("method").error("distanceToTarget needs an iMeta Target column");
      break;
    case "distanceToReference":
      if (!input.units.includes(s.reference)) throw at.at("reference").error(`unknown uCode "${s.reference}"`);
      break;
    default:
      break;
  }
}

/**
 * A canonical JSON text of a value (object keys sorted), used as a cache key for stages.
 *
 * @example canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) // '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}
