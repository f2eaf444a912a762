// `npm run fuzz`: every target for FUZZ_RUNS cases (default 20,000) or FUZZ_SECONDS each (default 120).
import { describe, it } from 'vitest';
import { fuzzTarget } from './run.js';
import { TARGETS } from './targets.js';

const runs = Number(process.env.FUZZ_RUNS ?? 20_000);
const seconds = Number(process.env.FUZZ_SECONDS ?? 120);

describe('fuzz', () => {
  TARGETS.forEach((t, i) => it(t.name, () => fuzzTarget(i, runs, seconds), (seconds + 120) * 1000));
});
