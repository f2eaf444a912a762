// Runs every fuzz target for `runs` cases each (or until `seconds` pass), with a fixed seed when
// given so a failure can be replayed: FUZZ_SEED=<seed> FUZZ_PATH=<path> npm run fuzz.
import fc from 'fast-check';
import { makeSeeds, type Seeds } from './seeds.js';
import { TARGETS } from './targets.js';

let seeds: Seeds | undefined;

export async function fuzzTarget(index: number, runs: number, seconds: number): Promise<void> {
  seeds ??= makeSeeds();
  const target = TARGETS[index]!;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  await fc.assert(target.property(seeds), {
    numRuns: runs,
    interruptAfterTimeLimit: seconds * 1000,
    ...(seed !== undefined ? { seed, path: process.env.FUZZ_PATH } : {}),
  });
}
