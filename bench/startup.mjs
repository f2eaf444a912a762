// A one-site `check` by `node dist/index.js` (bundle load included) against `node -e 0` on the
// same machine. Target: at most 5x.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const action = path.join(root, 'dist', 'index.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-bench-startup-'));
const env = { ...process.env, SNI_READY_DEMO_PASSWORD: 'bench' };
execFileSync(process.execPath, [path.join(root, 'dist', 'cli', 'index.js'), 'demo-certs', '--out', work], { env, stdio: 'ignore' });
const runs = 15;

function time(args, extraEnv) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, cwd: work, stdio: 'ignore' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(runs / 2)];
}

const bare = time(['-e', '0'], {});
const check = time([action], {
  INPUT_COMMAND: 'check',
  INPUT_SITES: `www.test1.com = ${path.join(work, 'www.test1.com.pfx')}`,
  INPUT_PASSWORD: 'bench',
  INPUT_TRUST: path.join(work, 'demo-root.pem'),
  RUNNER_TEMP: work,
  GITHUB_OUTPUT: path.join(work, 'out'),
  GITHUB_STEP_SUMMARY: path.join(work, 'summary'),
});
const ratio = check / bare;
console.log(`node -e 0:                      ${bare.toFixed(0)} ms (median of ${runs})`);
console.log(`node dist/index.js check 1 site: ${check.toFixed(0)} ms (median of ${runs})`);
console.log(`ratio: ${ratio.toFixed(2)}x (target <= 5x, aim 2x) ${ratio <= 5 ? 'OK' : 'OVER TARGET'}`);
fs.rmSync(work, { recursive: true, force: true });
