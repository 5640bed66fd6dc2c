import { readFileSync } from "node:fs";
import path from "node:path";
import { Command } from "commander";
import { registerExport, registerImport } from "./commands/cities-transfer.ts";
import { registerIndexCommands } from "./commands/index-commands.ts";
import { registerMigrate } from "./commands/migrate.ts";
import { registerServe } from "./commands/serve.ts";
import { registerUsers } from "./commands/users.ts";

const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as {
  version: string;
};

const program = new Command("creative-network")
  .description(
    "Creative Network: a UNESCO Creative City's network of cultural and creative hubs, and the world's creative cities",
  )
  .version(pkg.version)
  .showHelpAfterError()
  .addHelpText(
    "after",
    "\nConfiguration comes from the environment: PORT, HOST, DATA_DIR, DATABASE_URL, LOG_LEVEL (see README).",
  );

registerServe(program);
registerMigrate(program);
registerImport(program);
registerExport(program);
registerUsers(program);
registerIndexCommands(
  program.command("index").description("build composite indices and analyse their uncertainty (COINr-compatible CSV)"),
);

await program.parseAsync(process.argv);
