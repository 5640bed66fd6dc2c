// Worker thread for uncertainty runs. The engine stays pure; this thread only rebuilds a run context from the
// cloned input, spec and plan (the raw matrix arrives as SharedArrayBuffer views, so it is not copied), executes the
// runs it is asked for, and writes each target column into the shared result matrix at the run's index.

import { parentPort } from "node:worker_threads";
import type { IndexInput } from "../../scoring/index-input.model.ts";
import type { IndexSpec } from "../../scoring/index-spec.parse.ts";
import {
  createRunContext,
  executeRun,
  type RunContext,
  type UncertaintyPlan,
} from "../../scoring/uncertainty.analysis.ts";

/** Messages from the pool to a worker. */
export type WorkerRequest =
  | {
      type: "init";
      input: IndexInput;
      spec: IndexSpec;
      plan: UncertaintyPlan;
      scores: SharedArrayBuffer;
      present: SharedArrayBuffer;
    }
  | { type: "run"; from: number; to: number };

/** Messages from a worker to the pool. */
export type WorkerReply =
  | { type: "done"; from: number; to: number; errors: (string | null)[]; warnings: number[] }
  | { type: "fault"; message: string };

let ctx: RunContext | null = null;
let scores: Float64Array | null = null;
let present: Uint8Array | null = null;

parentPort?.on("message", (msg: WorkerRequest) => {
  try {
    if (msg.type === "init") {
      ctx = createRunContext(msg.input, msg.spec, msg.plan);
      scores = new Float64Array(msg.scores);
      present = new Uint8Array(msg.present);
      return;
    }
    const c = ctx as RunContext;
    const n = c.input.units.length;
    const errors: (string | null)[] = [];
    const warnings: number[] = [];
    for (let j = msg.from; j < msg.to; j++) {
      const o = executeRun(c, j);
      (scores as Float64Array).set(o.scores, j * n);
      (present as Uint8Array).set(o.present, j * n);
      errors.push(o.error);
      warnings.push(o.warnings);
    }
    parentPort?.postMessage({ type: "done", from: msg.from, to: msg.to, errors, warnings } satisfies WorkerReply);
  } catch (e) {
    parentPort?.postMessage({ type: "fault", message: (e as Error).stack ?? String(e) } satisfies WorkerReply);
  }
});
