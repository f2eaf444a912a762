// Bounded-concurrency runner for probes: at most `concurrency` tasks in flight, an overall
// deadline after which no task starts (each running task gets the time that is left), and a
// progress callback. Callers reduce each result to report fields inside `run`, so memory holds
// only those small values, never sockets or parsed certificates, however many items there are.

export interface PoolOptions<T, R> {
  concurrency: number;
  /** milliseconds from the start after which no new task starts */
  deadlineMs?: number;
  /** runs one item; `remainingMs` is the time left before the deadline (Infinity without one) */
  run: (item: T, index: number, remainingMs: number) => Promise<R>;
  /** the result for an item that never started because the deadline passed */
  skipped: (item: T, index: number) => R;
  /** the result for an item whose `run` threw: that item's own failure, never mistaken for the deadline */
  failed: (item: T, index: number, err: unknown) => R;
  /** called after each item finishes (not for skipped ones) */
  onProgress?: (done: number, total: number) => void;
}

export async function runPool<T, R>(items: readonly T[], opts: PoolOptions<T, R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  const started = Date.now();
  const deadline = opts.deadlineMs === undefined ? Infinity : started + opts.deadlineMs;
  let next = 0;
  let done = 0;

  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      const item = items[i]!;
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        results[i] = opts.skipped(item, i);
        continue;
      }
      try {
        results[i] = await opts.run(item, i, remaining);
      } catch (err) {
        // Each item is judged in isolation: whatever `run` throws is that item's result alone.
        results[i] = opts.failed(item, i, err);
      }
      done++;
      opts.onProgress?.(done, items.length);
    }
  };

  const workers = Math.max(1, Math.min(Math.floor(opts.concurrency) || 1, items.length));
  await Promise.all(Array.from({ length: workers }, () => worker()));
  return results;
}

/** A progress reporter that speaks at most every `everyMs` and at each further 10 %, and never for short runs. */
export function progressLogger(label: string, info: (line: string) => void, everyMs = 5000): (done: number, total: number) => void {
  const started = Date.now();
  let lastAt = started;
  let lastTenth = 0;
  return (done, total) => {
    const now = Date.now();
    const tenth = Math.floor((done * 10) / total);
    if (done === total && now - started < everyMs) return;
    if (now - lastAt >= everyMs || (tenth > lastTenth && now - started >= everyMs)) {
      lastAt = now;
      lastTenth = tenth;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      info(`${label}: ${done}/${total} (${Math.floor((done * 100) / total)} %), ${rate.toFixed(0)}/s`);
    }
  };
}
