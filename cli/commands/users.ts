import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import type { Command } from "commander";
import { Email } from "../../contract/api/accounts.schema.ts";
import { openDatabase } from "../../server/database.ts";
import { accountsService } from "../../server/modules/accounts/accounts.service.ts";
import { configOrExit, Exit, exitOnKnownError } from "../context.ts";

/** Reads a password from the terminal without echoing it. */
async function promptPassword(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stderr.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

/** `users create-admin --email …`: the first platform administrator. The password never comes from the command line. */
export function registerUsers(program: Command): void {
  const users = program.command("users").description("manage accounts");
  users
    .command("create-admin")
    .description("create (or promote) a platform administrator; password from ADMIN_PASSWORD, else a prompt")
    .requiredOption("--email <email>", "the administrator's e-mail address")
    .option("--name <name>", "display name", "Platform administrator")
    .action(async (opts: { email: string; name: string }) => {
      const email = Email.safeParse(opts.email);
      if (!email.success) {
        process.stderr.write(`error: --email: ${email.error.issues[0].message}\n`);
        process.exit(Exit.usage);
      }
      let password = process.env.ADMIN_PASSWORD;
      if (!password) {
        if (!process.stdin.isTTY) {
          process.stderr.write("error: set ADMIN_PASSWORD, or run in a terminal to be asked for the password\n");
          process.exit(Exit.usage);
        }
        password = await promptPassword("Password (10 characters or more): ");
      }
      if (password.length < 10) {
        process.stderr.write("error: the password must be at least 10 characters\n");
        process.exit(Exit.usage);
      }
      const config = configOrExit();
      try {
        const opened = await openDatabase(config);
        try {
          const r = await accountsService(opened.database.db).createPlatformAdmin(
            email.data,
            opts.name.normalize("NFC"),
            password,
          );
          process.stdout.write(
            r.created
              ? `Created platform administrator ${email.data}.\n`
              : `${email.data} existed: now a platform administrator with the new password; its sessions were revoked.\n`,
          );
        } finally {
          await opened.close();
        }
      } catch (err) {
        exitOnKnownError(err);
      }
    });
}
