// Benchmark (issue 2): `check` over 200 PFX files must cost per file no more than running
// `openssl pkcs12 -in F -passin env:PW -nodes` once per file on the same files (target ratio ≤ 1.0).
// Usage: node bench/check-pfx.mjs [path of the CLI bundle, default dist/cli/index.js] [count]
// Certificates are made here with OpenSSL; passwords go through the environment only.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bundle = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'cli', 'index.js'));
const count = Number(process.argv[3] ?? 200);
if (!fs.existsSync(bundle)) {
  console.error(`check-pfx: no CLI bundle at ${bundle} (run npm run build first)`);
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-bench-pfx-'));
const env = { ...process.env, PW: 'bench-Passw0rd' };
const ssl = (args) => execFileSync('openssl', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
try {
  // a root, an intermediate and a leaf; each PFX holds leaf + key + intermediate, as CAs deliver them
  const cnf = path.join(dir, 'x.cnf');
  fs.writeFileSync(
    cnf,
    '[req]\ndistinguished_name=dn\nprompt=no\n[dn]\n[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[leaf]\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:www.bench.test\n',
  );
  ssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'root.key',
    '-subj',
    '/CN=Bench Root',
    '-days',
    '3650',
    '-config',
    cnf,
    '-extensions',
    'ca',
    '-out',
    'root.crt',
  ]);
  ssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'int.key', '-subj', '/CN=Bench Intermediate', '-config', cnf, '-out', 'int.csr']);
  ssl([
    'x509',
    '-req',
    '-in',
    'int.csr',
    '-CA',
    'root.crt',
    '-CAkey',
    'root.key',
    '-set_serial',
    '2',
    '-days',
    '1825',
    '-extfile',
    cnf,
    '-extensions',
    'ca',
    '-out',
    'int.crt',
  ]);
  ssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-subj', '/CN=www.bench.test', '-config', cnf, '-out', 'leaf.csr']);
  ssl([
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'int.crt',
    '-CAkey',
    'int.key',
    '-set_serial',
    '3',
    '-days',
    '365',
    '-extfile',
    cnf,
    '-extensions',
    'leaf',
    '-out',
    'leaf.crt',
  ]);
  const files = [];
  for (let i = 0; i < count; i++) {
    const f = path.join(dir, `site${i}.pfx`);
    // OpenSSL 3's default (AES-256, PBKDF2 2048, HMAC-SHA256), what teams get today
    ssl(['pkcs12', '-export', '-inkey', 'leaf.key', '-in', 'leaf.crt', '-certfile', 'int.crt', '-passout', 'env:PW', '-out', f]);
    files.push(f);
  }

  const t0 = process.hrtime.bigint();
  for (const f of files) {
    const r = spawnSync('openssl', ['pkcs12', '-in', f, '-passin', 'env:PW', '-nodes', '-out', path.join(dir, 'out.pem')], { env });
    if (r.status !== 0) throw new Error(`openssl failed on ${f}`);
  }
  const opensslMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const sites = files.map((f) => `www.bench.test = ${f} password-env=PW`).join('\n');
  const t1 = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    [bundle, 'check', '--sites', sites, '--trust', path.join(dir, 'root.crt'), '--os-family', '6', '--report', path.join(dir, 'report.json'), '--json'],
    { env, maxBuffer: 64 * 1024 * 1024 },
  );
  const checkMs = Number(process.hrtime.bigint() - t1) / 1e6;
  if (r.status !== 0) throw new Error(`check exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
  if (report.certificates.length !== count) throw new Error(`check reported ${report.certificates.length} certificates, expected ${count}`);

  const ratio = checkMs / opensslMs;
  console.log(`files:                         ${count} PFX (AES-256, PBKDF2 2048, leaf + key + intermediate)`);
  console.log(`openssl pkcs12 once per file:  ${opensslMs.toFixed(0)} ms (${(opensslMs / count).toFixed(2)} ms/file)`);
  console.log(`sni-ready check, one run:      ${checkMs.toFixed(0)} ms (${(checkMs / count).toFixed(2)} ms/file)`);
  console.log(`ratio check/openssl:           ${ratio.toFixed(2)} (target ≤ 1.0) ${ratio <= 1 ? 'OK' : 'OVER TARGET'}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
