import type { Command } from "commander";
import { openDatabase } from "../../server/database.ts";
import { configOrExit, exitOnKnownError } from "../context.ts";

/** `migrate`: applies pending migrations and says which. */
export function registerMigrate(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations")
    .action(async () => {
      const config = configOrExit();
      try {
        const opened = await openDatabase(config);
        await opened.close();
        process.stdout.write(
          opened.applied.length === 0 ? "Database is up to date.\n" : `Applied: ${opened.applied.join(", ")}\n`,
        );
      } catch (err) {
        exitOnKnownError(err);
      }
    });
}
