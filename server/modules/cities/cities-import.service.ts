import { parse } from "csv-parse/sync";
import { slugify } from "../../../contract/text.ts";
import type { Db } from "../../db/client.ts";
import { citiesRepository } from "./cities.repository.ts";

/** One problem in an import file: record number (header = row 1), column and reason. */
export type ImportRowError = { row: number; column: string; message: string };

/** What an import did, or would do with `dryRun`. */
export type ImportReport = {
  ok: boolean;
  dryRun: boolean;
  rows: number;
  citiesCreated: number;
  citiesUpdated: number;
  designationsCreated: number;
  designationsUpdated: number;
  unchanged: number;
  errors: ImportRowError[];
};

/** Progress callback: rows handled so far, of total. */
export type ImportProgress = (done: number, total: number) => void;

const REQUIRED = ["city", "iso2", "field", "year"] as const;
const OPTIONAL = ["country", "lat", "lon", "source"] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);
/** Rows per INSERT statement; large enough to amortise round trips, small enough for PGlite's message size. */
const BATCH = 500;

/** A validated row, ready to write. */
type CleanRow = {
  row: number;
  name: string;
  iso2: string;
  fieldId: string;
  year: number;
  lat: number | null;
  lon: number | null;
  source: string;
};

function parseCoordinate(raw: string, min: number, max: number): number | string {
  if (!/^-?\d+(\.\d+)?$/.test(raw)) return `must be a decimal number (got "${raw}")`;
  const n = Number(raw);
  if (n < min || n > max) return `must be between ${min} and ${max} (got ${raw})`;
  return n;
}

/**
 * Imports UCCN members from CSV (`city,country,iso2,field,year,lat,lon,source`, the format of
 * datasets/uccn-members.csv and of the CSV export). Every row is validated first; with any error nothing is written
 * and the report lists each problem with its row and column. Otherwise all rows are written in one transaction:
 * cities are matched on name + country, designations on city + field. Cities absent from the file are kept.
 */
export async function importCitiesCsv(
  db: Db,
  csv: string | Buffer,
  opts: { dryRun?: boolean; onProgress?: ImportProgress } = {},
): Promise<ImportReport> {
  const dryRun = opts.dryRun ?? false;
  const report: ImportReport = {
    ok: false,
    dryRun,
    rows: 0,
    citiesCreated: 0,
    citiesUpdated: 0,
    designationsCreated: 0,
    designationsUpdated: 0,
    unchanged: 0,
    errors: [],
  };
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: false });
  } catch (err) {
    const e = err as Error & { lines?: number };
    report.errors.push({ row: e.lines ?? 1, column: "", message: `not valid CSV: ${e.message}` });
    return report;
  }
  if (records.length === 0) {
    report.errors.push({ row: 1, column: "", message: "the file is empty; expected a header row" });
    return report;
  }
  const header = records[0].map((h) => h.trim());
  for (const col of REQUIRED) {
    if (!header.includes(col)) report.errors.push({ row: 1, column: col, message: "required column is missing" });
  }
  for (const col of header) {
    if (!KNOWN.has(col)) {
      report.errors.push({
        row: 1,
        column: col,
        message: `unknown column; expected ${[...REQUIRED, ...OPTIONAL].join(", ")}`,
      });
    }
  }
  const dup = header.find((h, i) => header.indexOf(h) !== i);
  if (dup) report.errors.push({ row: 1, column: dup, message: "column appears twice" });
  if (report.errors.length > 0) return report;

  const repo = citiesRepository(db);
  const [fields, countryRows] = await Promise.all([repo.fields(), repo.countries()]);
  const fieldByKey = new Map<string, (typeof fields)[number]>();
  for (const f of fields) {
    fieldByKey.set(f.slug, f);
    fieldByKey.set(f.nameEn.toLowerCase(), f);
  }
  const countryIsos = new Set(countryRows.map((c) => c.iso2));

  const col = (name: string) => header.indexOf(name);
  const clean: CleanRow[] = [];
  const seenDesignation = new Map<string, number>();
  const cityPoint = new Map<string, { row: number; lat: number | null; lon: number | null }>();
  const dataRows = records.slice(1);
  report.rows = dataRows.length;

  dataRows.forEach((rec, i) => {
    const row = i + 2;
    const cell = (name: string) => (col(name) >= 0 ? (rec[col(name)] ?? "").trim().normalize("NFC") : "");
    const err = (column: string, message: string) => report.errors.push({ row, column, message });
    const before = report.errors.length;

    const name = cell("city").replace(/\s+/g, " ");
    if (!name) err("city", "must not be empty");
    else if (name.length > 200) err("city", "must be at most 200 characters");
    const iso2 = cell("iso2").toUpperCase();
    if (!/^[A-Z]{2}$/.test(iso2)) err("iso2", `must be an ISO 3166-1 alpha-2 code such as VN (got "${cell("iso2")}")`);
    else if (!countryIsos.has(iso2)) err("iso2", `unknown country "${iso2}": it has no UNESCO region in the database`);
    const fieldRaw = cell("field");
    const field = fieldByKey.get(fieldRaw.toLowerCase());
    if (!field)
      err("field", `unknown creative field "${fieldRaw}"; expected one of ${fields.map((f) => f.nameEn).join(", ")}`);
    const yearRaw = cell("year");
    const year = Number(yearRaw);
    if (!/^\d{4}$/.test(yearRaw)) err("year", `must be a four-digit year (got "${yearRaw}")`);
    else if (year < 2004 || year > new Date().getUTCFullYear() + 1)
      err("year", `must be from 2004, when the network was created, to next year (got ${year})`);
    else if (field && year < field.sinceYear)
      err("year", `${field.nameEn} designations start in ${field.sinceYear} (got ${year})`);
    const latRaw = cell("lat");
    const lonRaw = cell("lon");
    let lat: number | null = null;
    let lon: number | null = null;
    if ((latRaw === "") !== (lonRaw === "")) {
      err(latRaw === "" ? "lat" : "lon", "lat and lon must be given together or both left empty");
    } else if (latRaw !== "") {
      const la = parseCoordinate(latRaw, -90, 90);
      const lo = parseCoordinate(lonRaw, -180, 180);
      if (typeof la === "string") err("lat", la);
      else lat = la;
      if (typeof lo === "string") err("lon", lo);
      else lon = lo;
    }
    const source = cell("source");
    if (source.length > 2000) err("source", "must be at most 2000 characters");
    if (report.errors.length > before || !field) return;

    const cityKey = `${name}|${iso2}`;
    const dKey = `${cityKey}|${field.id}`;
    const firstRow = seenDesignation.get(dKey);
    if (firstRow !== undefined) {
      err("field", `duplicate: ${name} (${iso2}) already has ${field.nameEn} in row ${firstRow}`);
      return;
    }
    seenDesignation.set(dKey, row);
    const point = cityPoint.get(cityKey);
    if (point && (point.lat !== lat || point.lon !== lon)) {
      err("lat", `${name} (${iso2}) has other coordinates in row ${point.row}`);
      return;
    }
    cityPoint.set(cityKey, { row, lat, lon });
    clean.push({ row, name, iso2, fieldId: field.id, year, lat, lon, source });
  });
  if (report.errors.length > 0) return report;

  const write = async (tx: Db) => {
    const r = citiesRepository(tx);
    const existing = await r.existingCities();
    const byKey = new Map(existing.map((c) => [`${c.name}|${c.iso2}`, c]));
    const slugs = new Set(existing.map((c) => c.slug));
    const toInsert: { slug: string; name: string; countryIso2: string; lat: number | null; lon: number | null }[] = [];
    for (const [key, p] of cityPoint) {
      const [name, iso2] = key.split("|");
      const have = byKey.get(key);
      if (have) {
        if (have.lat !== p.lat || have.lon !== p.lon) {
          report.citiesUpdated++;
          if (!dryRun) await r.updateCityLocation(have.id, p.lat, p.lon);
        }
        continue;
      }
      // Two members can share a name (London, Canada vs a future London, UK): the second gets its country code.
      let slug = slugify(name) || "city";
      if (slugs.has(slug)) slug = `${slug}-${iso2.toLowerCase()}`;
      for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${iso2.toLowerCase()}-${n}`;
      slugs.add(slug);
      toInsert.push({ slug, name, countryIso2: iso2, lat: p.lat, lon: p.lon });
    }
    report.citiesCreated = toInsert.length;
    const ids = new Map(existing.map((c) => [`${c.name}|${c.iso2}`, c.id]));
    if (!dryRun) {
      for (let i = 0; i < toInsert.length; i += BATCH) {
        for (const c of await r.insertCities(toInsert.slice(i, i + BATCH))) ids.set(`${c.name}|${c.iso2}`, c.id);
      }
    }
    const oldDesignations = new Map(
      (await r.existingDesignations()).map((d) => [`${d.cityId}|${d.fieldId}`, d] as const),
    );
    const upserts: { cityId: string; fieldId: string; year: number; source: string }[] = [];
    for (const c of clean) {
      const cityId = ids.get(`${c.name}|${c.iso2}`);
      const old = cityId ? oldDesignations.get(`${cityId}|${c.fieldId}`) : undefined;
      if (!old) report.designationsCreated++;
      else if (old.year !== c.year || old.source !== c.source) report.designationsUpdated++;
      else {
        report.unchanged++;
        continue;
      }
      if (cityId) upserts.push({ cityId, fieldId: c.fieldId, year: c.year, source: c.source });
    }
    if (!dryRun) {
      for (let i = 0; i < upserts.length; i += BATCH) {
        await r.upsertDesignations(upserts.slice(i, i + BATCH));
        opts.onProgress?.(Math.min(i + BATCH, upserts.length), upserts.length);
      }
    }
    if (!dryRun) await r.notifyChanged();
    opts.onProgress?.(clean.length, clean.length);
  };

  if (dryRun) await write(db);
  else await db.transaction(async (tx) => write(tx as unknown as Db));
  report.ok = true;
  return report;
}
