// A stand-alone entry for the index commands, used by index-commands.test.ts to check real exit codes and stderr
// in a child process (`npx tsx cli/commands/index-commands.runner.ts index build …`).

import { Command } from "commander";
import { registerIndexCommands } from "./index-commands.ts";

const program = new Command("creative-network");
registerIndexCommands(program.command("index").description("Composite index of the hubs network"));
await program.parseAsync(process.argv);
