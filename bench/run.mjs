// npm run bench: every benchmark in this folder, one after the other, against the committed
// bundles. Each prints what it compared and the ratio to its target.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const benches = fs
  .readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const b of benches) {
  console.log(`\n### bench/${b}`);
  const res = spawnSync(process.execPath, [path.join(here, b)], { stdio: 'inherit', cwd: path.join(here, '..') });
  if (res.status !== 0) failed++;
}
console.log(`\n${benches.length - failed}/${benches.length} benchmarks ran`);
process.exitCode = failed ? 1 : 0;
