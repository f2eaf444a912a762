// The fuzz targets of fuzz/ on a short fixed budget in every test run (`npm run fuzz` runs them long).
import { describe, it } from 'vitest';
import { fuzzTarget } from '../fuzz/run.js';
import { TARGETS } from '../fuzz/targets.js';

describe('fuzz targets, short budget', () => {
  TARGETS.forEach((t, i) => it(t.name, () => fuzzTarget(i, 40, 20), 120_000));
});
