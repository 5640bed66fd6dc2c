import { readFile, writeFile } from "node:fs/promises";
import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { stringify } from "csv-stringify/sync";
import { CityExportQuery } from "../../contract/api/cities.schema.ts";
import { openDatabase } from "../../server/database.ts";
import { cityCsvHeader, cityCsvRecords, cityFeatureCollection } from "../../server/modules/cities/cities.presenter.ts";
import { citiesService } from "../../server/modules/cities/cities.service.ts";
import { importCitiesCsv } from "../../server/modules/cities/cities-import.service.ts";
import { configOrExit, Exit, exitOnKnownError } from "../context.ts";

/** Rows above which an import shows a progress bar on a terminal. */
const PROGRESS_FROM = 200;

/** `import cities FILE.csv [--dry-run]`: validates every row first; with any error, nothing is written. */
export function registerImport(program: Command): void {
  const imp = program.command("import").description("import data from files");
  imp
    .command("cities")
    .argument("<file>", "CSV with columns city,country,iso2,field,year,lat,lon,source")
    .option("--dry-run", "validate and report what would change, write nothing")
    .option("--json", "print the report as JSON")
    .description("import UNESCO Creative Cities members (all-or-nothing)")
    .action(async (file: string, opts: { dryRun?: boolean; json?: boolean }) => {
      const config = configOrExit();
      let csv: Buffer;
      try {
        csv = await readFile(file);
      } catch (err) {
        process.stderr.write(`error: cannot read ${file}: ${(err as Error).message}\n`);
        process.exit(Exit.usage);
      }
      let bar: SingleBar | undefined;
      try {
        const opened = await openDatabase(config);
        try {
          const report = await importCitiesCsv(opened.database.db, csv, {
            dryRun: opts.dryRun,
            onProgress: (done, total) => {
              if (!process.stderr.isTTY || total < PROGRESS_FROM) return;
              bar ??= new SingleBar({ stream: process.stderr, format: "Importing {bar} {value}/{total} rows" });
              if (!bar.isActive) bar.start(total, 0);
              bar.update(done);
            },
          });
          bar?.stop();
          if (opts.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          if (!report.ok) {
            for (const e of report.errors) {
              process.stderr.write(`${file}: row ${e.row}${e.column ? ` column "${e.column}"` : ""}: ${e.message}\n`);
            }
            process.stderr.write(`${report.errors.length} error(s); nothing was written.\n`);
            process.exitCode = Exit.failed;
            return;
          }
          if (!opts.json) {
            const verb = report.dryRun ? "Would import" : "Imported";
            process.stdout.write(
              `${verb} ${report.rows} rows: ${report.citiesCreated} new cities, ${report.citiesUpdated} cities moved, ` +
                `${report.designationsCreated} new designations, ${report.designationsUpdated} changed, ${report.unchanged} unchanged.\n`,
            );
          }
        } finally {
          await opened.close();
        }
      } catch (err) {
        bar?.stop();
        exitOnKnownError(err);
      }
    });
}

/** `export cities --format csv|geojson`: the public fields of the directory, to stdout or a file. */
export function registerExport(program: Command): void {
  const exp = program.command("export").description("export open data");
  exp
    .command("cities")
    .description("export member cities as CSV (one row per designation) or RFC 7946 GeoJSON")
    .option("--format <format>", "csv or geojson", "csv")
    .option("-o, --output <file>", "write to this file instead of standard output")
    .option("--field <slug>", "only this creative field, e.g. design")
    .option("--region <slug>", "only this UNESCO region, e.g. asia-and-the-pacific")
    .option("--country <iso2>", "only this country, e.g. VN")
    .option("--q <text>", "only cities matching this search")
    .action(
      async (opts: {
        format: string;
        output?: string;
        field?: string;
        region?: string;
        country?: string;
        q?: string;
      }) => {
        const parsed = CityExportQuery.safeParse({
          format: opts.format,
          field: opts.field,
          region: opts.region,
          country: opts.country,
          q: opts.q,
        });
        if (!parsed.success) {
          for (const i of parsed.error.issues) process.stderr.write(`error: --${i.path.join(".")}: ${i.message}\n`);
          process.exit(Exit.usage);
        }
        const config = configOrExit();
        try {
          const opened = await openDatabase(config);
          try {
            const { format, ...filters } = parsed.data;
            const rows = await citiesService(opened.database.db).exportRows(filters);
            const text =
              format === "geojson"
                ? `${JSON.stringify(cityFeatureCollection(rows), null, 1)}\n`
                : stringify([[...cityCsvHeader], ...rows.flatMap(cityCsvRecords)]);
            if (opts.output) {
              await writeFile(opts.output, text);
              process.stderr.write(`Wrote ${rows.length} cities to ${opts.output}\n`);
            } else process.stdout.write(text);
          } finally {
            await opened.close();
          }
        } catch (err) {
          exitOnKnownError(err);
        }
      },
    );
}
