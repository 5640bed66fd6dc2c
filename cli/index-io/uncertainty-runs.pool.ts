// Executes the runs of an uncertainty plan, on worker threads when it pays off. The design is drawn on the main
// thread before dispatch and results are gathered by run index, so output never depends on the number of workers
// or on scheduling (METHODOLOGY §7 "Parallelism").

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { IndexInput } from "../../scoring/index-input.model.ts";
import type { IndexSpec } from "../../scoring/index-spec.parse.ts";
import {
  createRunContext,
  executeNominal,
  executeRun,
  type RunOutcome,
  type UncertaintyPlan,
} from "../../scoring/uncertainty.analysis.ts";
import type { WorkerReply, WorkerRequest } from "./uncertainty-runs.worker.ts";

/** Options of `executeRuns`. */
export interface ExecuteRunsOptions {
  /** Threads to use; 1 runs everything on the main thread. */
  workers: number;
  /** Called as runs complete (done, failed so far). */
  onProgress?: (done: number, failed: number) => void;
  /** Below this many unit·indicator·run cells, threads cost more than they save. */
  minCellsForWorkers?: number;
}

/**
 * The default thread count: cores − 1, at least 1.
 *
 * @example defaultWorkerCount() // 1 on a 2-core machine
 */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** Copies the raw matrix into SharedArrayBuffers so that every worker reads the same memory. */
function shareInput(input: IndexInput): IndexInput {
  const raw = input.raw.map((col) => {
    const shared = new Float64Array(new SharedArrayBuffer(col.byteLength));
    shared.set(col);
    return shared;
  });
  return { ...input, raw };
}

/**
 * Runs the nominal build (its failure is an error) and every run of the plan; returns outcomes in run order.
 *
 * @example const { nominal, outcomes } = await executeRuns(input, spec, plan, { workers: 1 });
 */
export async function executeRuns(
  input: IndexInput,
  spec: IndexSpec,
  plan: UncertaintyPlan,
  options: ExecuteRunsOptions,
): Promise<{ nominal: RunOutcome; outcomes: RunOutcome[]; workersUsed: number }> {
  const main = createRunContext(input, spec, plan);
  const nominal = executeNominal(main);
  const total = plan.totalRuns;
  const cells = input.units.length * input.meta.nIndicators * total;
  const workers = Math.min(options.workers, Math.ceil(total / 8));
  if (workers <= 1 || cells < (options.minCellsForWorkers ?? 2_000_000)) {
    const outcomes: RunOutcome[] = [];
    let failed = 0;
    for (let j = 0; j < total; j++) {
      const o = executeRun(main, j);
      if (o.error !== null) failed++;
      outcomes.push(o);
      options.onProgress?.(j + 1, failed);
    }
    return { nominal, outcomes, workersUsed: 1 };
  }
  return {
    nominal,
    outcomes: await executeOnWorkers(input, spec, plan, workers, options.onProgress),
    workersUsed: workers,
  };
}

async function executeOnWorkers(
  input: IndexInput,
  spec: IndexSpec,
  plan: UncertaintyPlan,
  count: number,
  onProgress?: (done: number, failed: number) => void,
): Promise<RunOutcome[]> {
  const n = input.units.length;
  const total = plan.totalRuns;
  const scoresBuf = new SharedArrayBuffer(total * n * 8);
  const presentBuf = new SharedArrayBuffer(total * n);
  const errors: (string | null)[] = new Array(total).fill(null);
  const warnings = new Int32Array(total);
  const shared = shareInput(input);
  // Small chunks keep threads busy to the end; runs with the same pre-aggregation stages mostly share a thread's cache.
  const chunk = Math.max(1, Math.min(64, Math.ceil(total / (count * 8))));
  let next = 0;
  let done = 0;
  let failed = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let active = 0;
      const dispatch = (w: Worker) => {
        if (next >= total) {
          active--;
          if (active === 0) resolve();
          return;
        }
        const from = next;
        next = Math.min(total, next + chunk);
        w.postMessage({ type: "run", from, to: next } satisfies WorkerRequest);
      };
      for (let k = 0; k < count; k++) {
        // The entry registers tsx inside the worker; `--import tsx` in execArgv does not work on Node 20.
        const w = new Worker(new URL("./uncertainty-runs.worker-entry.mjs", import.meta.url));
        pool.push(w);
        active++;
        w.on("error", reject);
        w.on("exit", (code) => {
          if (code !== 0 && next < total) reject(new Error(`uncertainty worker exited with code ${code}`));
        });
        w.on("message", (msg: WorkerReply) => {
          if (msg.type === "fault") {
            reject(new Error(`uncertainty worker fault: ${msg.message}`));
            return;
          }
          for (let j = msg.from; j < msg.to; j++) {
            errors[j] = msg.errors[j - msg.from];
            warnings[j] = msg.warnings[j - msg.from];
            if (errors[j] !== null) failed++;
          }
          done += msg.to - msg.from;
          onProgress?.(done, failed);
          dispatch(w);
        });
        w.postMessage({
          type: "init",
          input: shared,
          spec,
          plan,
          scores: scoresBuf,
          present: presentBuf,
        } satisfies WorkerRequest);
        dispatch(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  const scores = new Float64Array(scoresBuf);
  const present = new Uint8Array(presentBuf);
  return Array.from({ length: total }, (_, j) => ({
    scores: scores.subarray(j * n, (j + 1) * n),
    present: present.subarray(j * n, (j + 1) * n),
    error: errors[j],
    warnings: warnings[j],
  }));
}
