// `verify` of two hosts with nginx through the CLI bundle, wall time of the whole process
// (bundle load, reading the PFX files, writing the config, starting nginx, probing, stopping).
// Target: under 5 s. Usage: node bench/verify.mjs [path/to/cli/index.js] (default dist/cli/index.js).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundle = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'cli', 'index.js'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-bench-verify-'));
const env = { ...process.env, SNI_READY_DEMO_PASSWORD: 'bench' };
const TARGET_MS = 5000;

try {
  execFileSync(process.execPath, [bundle, 'demo-certs', '--out', work], { env, stdio: 'ignore' });
  const report = path.join(work, 'report.json');
  const args = [
    bundle,
    'verify',
    '--server',
    'nginx',
    '--sites',
    `www.test1.com = ${path.join(work, 'www.test1.com.pfx')} password-env=SNI_READY_DEMO_PASSWORD`,
    '--sites',
    `www.test2.com = ${path.join(work, 'www.test2.com.pfx')} password-env=SNI_READY_DEMO_PASSWORD`,
    '--trust',
    path.join(work, 'demo-root.pem'),
    '--report',
    report,
  ];
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env, cwd: work, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) {
    console.log(run.stdout, run.stderr);
    throw new Error(`verify exited ${run.status}`);
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const sni = r.endpoints.filter((e) => e.sni).map((e) => `${e.host} ${e.thumbprint?.slice(0, 8)}…`);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  console.log(`verify --server nginx, 2 hosts + 1 probe without SNI: ${ms.toFixed(0)} ms wall (node + bundle + nginx start/stop)`);
  console.log(`  served: ${sni.join(', ')}; error findings: ${errors}`);
  console.log(`target < ${TARGET_MS} ms: ${ms < TARGET_MS && errors === 0 && sni.length === 2 ? 'OK' : 'OVER TARGET OR FAILED'}`);
  process.exitCode = ms < TARGET_MS && errors === 0 && sni.length === 2 ? 0 : 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
