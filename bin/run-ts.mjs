#!/usr/bin/env node
// Runs one TypeScript file with tsx registered: `node bin/run-ts.mjs bench/run.ts`.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const file = process.argv[2];
if (!file) {
  console.error("usage: node bin/run-ts.mjs FILE.ts [args…]");
  process.exit(2);
}
process.argv.splice(2, 1);
await import(pathToFileURL(path.resolve(file)).href);
