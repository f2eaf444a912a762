// Benchmark (issue 9): key derivation over a whole PFX against OpenSSL's on the same file. Each
// file is a 3DES PFX (`-legacy`-style: 3DES key and certificates, SHA-1 MAC) with the iteration
// count given; the key-derivation time of each tool is its time on that file minus its time on the
// same content without encryption (so process start and parsing cancel out). Target: ours ≤ 1.5×
// OpenSSL's, or the file refused at once as too costly to open.
// Usage: node bench/slow-pfx.mjs [path of the CLI bundle, default dist/cli/index.js]
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundle = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'cli', 'index.js'));
if (!fs.existsSync(bundle)) {
  console.error(`slow-pfx: no CLI bundle at ${bundle} (run npm run build first)`);
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-bench-slowpfx-'));
const env = { ...process.env, PW: 'bench-Passw0rd', SNI_READY_PASSWORD: 'bench-Passw0rd' };
const ssl = (args) => execFileSync('openssl', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });

function best(fn, rounds = 3) {
  let min = Infinity;
  let last;
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    last = fn();
    min = Math.min(min, performance.now() - t);
  }
  return { ms: min, last };
}
const ours = (file) =>
  best(() => spawnSync(process.execPath, [bundle, 'check', '--sites', `www.bench.test = ${file}`, '--json', '--fail-on', 'never'], { env, encoding: 'utf8' }));
const openssl = (file) => best(() => spawnSync('openssl', ['pkcs12', '-in', file, '-passin', 'env:PW', '-nodes', '-out', os.devNull], { env }));

try {
  ssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-subj',
    '/CN=www.bench.test',
    '-addext',
    'subjectAltName=DNS:www.bench.test',
    '-days',
    '30',
    '-out',
    'leaf.crt',
  ]);
  const make = (name, extra) => {
    ssl(['pkcs12', '-export', '-inkey', 'leaf.key', '-in', 'leaf.crt', '-passout', 'env:PW', '-out', name, ...extra]);
    return path.join(dir, name);
  };
  const plain = make('plain.pfx', ['-keypbe', 'NONE', '-certpbe', 'NONE', '-nomac']);
  const baseOurs = ours(plain).ms;
  const baseSsl = openssl(plain).ms;
  console.log('iterations  parts  ours kdf ms  openssl kdf ms  ratio  result');
  let worst = 0;
  for (const iter of [2048, 10_000, 50_000, 100_000, 200_000, 400_000, 1_000_000]) {
    const file = make(`3des-${iter}.pfx`, ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1', '-iter', String(iter)]);
    const o = ours(file);
    const s = openssl(file);
    const report = JSON.parse(o.last.stdout);
    const refused = report.findings.find((f) => /too costly/.test(f.message));
    const oursKdf = Math.max(0, o.ms - baseOurs);
    const sslKdf = Math.max(1, s.ms - baseSsl);
    const ratio = oursKdf / sslKdf;
    if (!refused) worst = Math.max(worst, ratio);
    console.log(
      `${String(iter).padStart(10)}  ${'3'.padStart(5)}  ${oursKdf.toFixed(0).padStart(11)}  ${sslKdf.toFixed(0).padStart(14)}  ${ratio.toFixed(2).padStart(5)}  ${refused ? 'refused: too costly to open' : report.certificates.length ? 'opened' : 'not opened'}`,
    );
  }
  console.log(`worst ratio among opened files: ${worst.toFixed(2)} (target ≤ 1.5)`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
