// Entry of the uncertainty worker thread. On Node 20, `execArgv: ["--import", "tsx"]` does not make a worker load
// TypeScript (the loader hooks are not applied to the worker's main module: ERR_UNKNOWN_FILE_EXTENSION), so this
// plain module registers tsx in the worker itself and then loads the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./uncertainty-runs.worker.ts");
