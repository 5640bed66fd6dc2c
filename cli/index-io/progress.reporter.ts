// Progress of an uncertainty analysis on stderr (METHODOLOGY §5.2): a one-line bar redrawn in place at most ten
// times a second when stderr is a terminal, else only the final summary.

/** Formats seconds with two decimals below 10 s, one above. */
function seconds(s: number): string {
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

/**
 * The bar text, e.g. `[########------------]  312/600  52%  0.4 s  eta 0.3 s  failed 0`.
 *
 * @example progressLine(312, 600, 0.4, 0) // "[##########----------]  312/600  52%  0.4 s  eta 0.4 s  failed 0"
 */
export function progressLine(done: number, total: number, elapsed: number, failed: number): string {
  const width = 20;
  const filled = total === 0 ? width : Math.floor((done / total) * width);
  const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
  const eta = done === 0 ? 0 : (elapsed / done) * (total - done);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]  ${done}/${total}  ${pct}%  ${elapsed.toFixed(1)} s  eta ${eta.toFixed(1)} s  failed ${failed}`;
}

/**
 * A reporter: `update` redraws the bar (throttled), `finish` ends it with a newline and prints the summary.
 *
 * @example const p = progressReporter(600, io, false); p.update(10, 0); p.finish(600, 3) // "600 runs, 3 failed, 0.61 s"
 */
export function progressReporter(
  total: number,
  io: { stderr: (line: string) => void; stderrWrite?: (text: string) => void; stderrIsTTY: boolean },
  quiet: boolean,
) {
  const start = performance.now();
  const bar = io.stderrIsTTY && !quiet && io.stderrWrite !== undefined;
  let last = -1;
  const elapsed = () => (performance.now() - start) / 1000;
  return {
    update(done: number, failed: number) {
      if (!bar) return;
      const now = performance.now();
      if (last >= 0 && now - last < 100 && done < total) return;
      last = now;
      io.stderrWrite?.(`\r${progressLine(done, total, elapsed(), failed)}`);
    },
    finish(done: number, failed: number): number {
      const secs = elapsed();
      if (bar) io.stderrWrite?.(`\r${progressLine(done, total, secs, failed)}\n`);
      io.stderr(`${done} runs, ${failed} failed, ${seconds(secs)}`);
      return secs;
    },
  };
}
