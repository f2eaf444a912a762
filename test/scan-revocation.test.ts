// `revocation: true` (issue 19): loopback TLS servers serve leaves of a test CA whose AIA names an
// `openssl ocsp` responder and whose CRL distribution point names an HTTP server, both started
// here on loopback. A revoked leaf is cert-revoked with the date and reason (through OCSP, through
// the CRL when no responder is named, and through a stapled response), a good one is clean, a dead
// responder is a notice within the timeout, and stapling is reported in the run's notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { openssl, tempDir } from './helpers/pki.js';
import { ACTION, runCliAsync } from './helpers/run-dist.js';
import { needTool } from './helpers/tools.js';

interface ReportFinding {
  rule: string;
  severity: string;
  message: string;
  host?: string;
}
interface Report {
  findings: ReportFinding[];
  notes: string[];
}

const opensslFound = needTool('openssl', 'revocation (OCSP responder)');

interface Leaf {
  cert: string;
  key: string;
  serial: string;
}

let dir = '';
const servers: (net.Server | http.Server)[] = [];
let responder: ChildProcess | undefined;
let ocspPort = 0;
let deadPort = 0;
let crlPort = 0;
const ports: Record<string, number> = {};
let crlRevokedFile: Leaf | undefined;
/** connections the silent responder holds open */
const held: net.Socket[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

function leaf(name: string, ext: string[], root: { cert: string; key: string }): Leaf {
  const key = path.join(dir, `${name}.key`);
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
  const cnf = path.join(dir, `${name}.cnf`);
  fs.writeFileSync(
    cnf,
    `[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=${name}\n[v3]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:${name}\n${ext.join('\n')}\n`,
  );
  const csr = path.join(dir, `${name}.csr`);
  openssl(['req', '-new', '-key', key, '-config', cnf, '-out', csr]);
  const cert = path.join(dir, `${name}.pem`);
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    root.cert,
    '-CAkey',
    root.key,
    '-CAcreateserial',
    '-days',
    '30',
    '-extfile',
    cnf,
    '-extensions',
    'v3',
    '-out',
    cert,
  ]);
  const serial = openssl(['x509', '-in', cert, '-noout', '-serial']).trim().split('=')[1]!;
  return { cert, key, serial };
}

function tlsServer(l: Leaf, staple?: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const s = tls.createServer({ key: fs.readFileSync(l.key), cert: fs.readFileSync(l.cert) });
    if (staple) s.on('OCSPRequest', (_cert: Buffer, _issuer: Buffer, cb: (err: Error | null, resp?: Buffer) => void) => cb(null, staple));
    s.on('tlsClientError', () => undefined);
    s.listen(0, '127.0.0.1', () => resolve((s.address() as net.AddressInfo).port));
    servers.push(s);
  });
}

/** when the revoked leaves were revoked (index.txt takes YYMMDDHHMMSSZ) */
const REVOKED_AT = '20251201101500Z';

async function scan(endpoints: string[], timeout = '3', extra: string[] = []): Promise<{ status: number | null; report: Report; ms: number }> {
  const report = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const args = ['scan', '--trust', path.join(dir, 'root.pem'), '--revocation', '--timeout', timeout, '--report', report, ...extra];
  for (const e of endpoints) args.push('--endpoints', e);
  const started = Date.now();
  const r = await runCliAsync(args);
  const ms = Date.now() - started;
  if (!fs.existsSync(report)) throw new Error(`no report: ${r.stderr}${r.stdout}`);
  return { status: r.status, report: JSON.parse(fs.readFileSync(report, 'utf8')) as Report, ms };
}

describe.skipIf(!opensslFound)('scan with revocation: true', () => {
  beforeAll(async () => {
    dir = tempDir();
    const root = { cert: path.join(dir, 'root.pem'), key: path.join(dir, 'root.key') };
    openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', root.key]);
    openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      root.key,
      '-subj',
      '/CN=Revocation Test CA',
      '-days',
      '30',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
      '-out',
      root.cert,
    ]);
    [ocspPort, deadPort, crlPort] = [await freePort(), await freePort(), await freePort()];
    const aia = (port: number) => `authorityInfoAccess=OCSP;URI:http://127.0.0.1:${port}/`;
    const cdp = `crlDistributionPoints=URI:http://127.0.0.1:${crlPort}/ca.crl`;
    const leaves = {
      revoked: leaf('revoked.test', [aia(ocspPort)], root),
      good: leaf('good.test', [aia(ocspPort)], root),
      crlRevoked: leaf('crl-revoked.test', [cdp], root),
      crlGood: leaf('crl-good.test', [cdp], root),
      dead: leaf('dead.test', [aia(deadPort)], root),
      stapled: leaf('stapled.test', [aia(deadPort)], root),
    };
    // the CA's database: revoked.test, crl-revoked.test and stapled.test revoked (keyCompromise), the others valid
    const expiry = '301231000000Z';
    const revokedAt = REVOKED_AT.slice(2);
    const line = (l: Leaf, revoked: boolean, cn: string) =>
      `${revoked ? 'R' : 'V'}\t${expiry}\t${revoked ? `${revokedAt},keyCompromise` : ''}\t${l.serial}\tunknown\t/CN=${cn}\n`;
    const index = path.join(dir, 'index.txt');
    fs.writeFileSync(
      index,
      line(leaves.revoked, true, 'revoked.test') +
        line(leaves.good, false, 'good.test') +
        line(leaves.crlRevoked, true, 'crl-revoked.test') +
        line(leaves.crlGood, false, 'crl-good.test') +
        line(leaves.stapled, true, 'stapled.test'),
    );
    fs.writeFileSync(path.join(dir, 'index.txt.attr'), 'unique_subject = no\n');
    // the CRL, signed by the CA, served over HTTP
    const caCnf = path.join(dir, 'ca.cnf');
    fs.writeFileSync(caCnf, `[ca]\ndefault_ca=c\n[c]\ndatabase=${index}\ndefault_md=sha256\ndefault_crl_days=7\ncrlnumber=${path.join(dir, 'crlnumber')}\n`);
    fs.writeFileSync(path.join(dir, 'crlnumber'), '01\n');
    const crlPem = path.join(dir, 'ca.crl.pem');
    openssl(['ca', '-gencrl', '-config', caCnf, '-keyfile', root.key, '-cert', root.cert, '-out', crlPem]);
    const crlFile = path.join(dir, 'ca.crl');
    openssl(['crl', '-in', crlPem, '-outform', 'DER', '-out', crlFile]);
    const crlServer = http.createServer((req, res) => {
      if (req.url !== '/ca.crl') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(fs.readFileSync(crlFile));
    });
    await new Promise<void>((resolve) => crlServer.listen(crlPort, '127.0.0.1', () => resolve()));
    servers.push(crlServer);
    // the OCSP responder
    responder = spawn(
      'openssl',
      ['ocsp', '-index', index, '-port', String(ocspPort), '-rsigner', root.cert, '-rkey', root.key, '-CA', root.cert, '-ignore_err'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // it says when it listens (a test connection would hold this one-at-a-time responder)
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('openssl ocsp did not start')), 10_000);
      const seen = (d: Buffer): void => {
        if (!/ACCEPT|waiting/.test(d.toString())) return;
        clearTimeout(timer);
        resolve();
      };
      responder!.stdout!.on('data', seen);
      responder!.stderr!.on('data', seen);
    });
    // a stapled response for stapled.test (whose own responder is dead), made by the same responder code
    const req = path.join(dir, 'stapled.req');
    const resp = path.join(dir, 'stapled.resp');
    openssl(['ocsp', '-issuer', root.cert, '-cert', leaves.stapled.cert, '-no_nonce', '-reqout', req]);
    openssl(['ocsp', '-index', index, '-rsigner', root.cert, '-rkey', root.key, '-CA', root.cert, '-reqin', req, '-respout', resp]);
    crlRevokedFile = leaves.crlRevoked;
    for (const [name, l] of Object.entries(leaves)) ports[name] = await tlsServer(l, name === 'stapled' ? fs.readFileSync(resp) : undefined);
  }, 60_000);

  afterAll(() => {
    responder?.kill();
    for (const s of servers) s.close();
    for (const c of held) c.destroy();
  });

  const revokedFindings = (report: Report): ReportFinding[] => report.findings.filter((f) => f.rule === 'cert-revoked');

  it('reports a revoked leaf through its OCSP responder with the date and reason, and a good one clean', async () => {
    const { status, report } = await scan([`revoked.test:${ports.revoked} @127.0.0.1`, `good.test:${ports.good} @127.0.0.1`]);
    const found = revokedFindings(report);
    expect(found, JSON.stringify(report.findings)).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', host: 'revoked.test' });
    expect(found[0]!.message).toContain('2025-12-01T10:15:00.000Z');
    expect(found[0]!.message).toContain('keyCompromise');
    expect(found[0]!.message).toContain(`OCSP responder http://127.0.0.1:${ocspPort}/`);
    expect(status).toBe(1);
    expect(report.notes.join('\n')).toMatch(/Revocation: 2 leaf checks, 2 OCSP requests and 0 CRL downloads/);
  }, 60_000);

  it('falls back to the CRL distribution point when no responder is named', async () => {
    const { report } = await scan([`crl-revoked.test:${ports.crlRevoked} @127.0.0.1`, `crl-good.test:${ports.crlGood} @127.0.0.1`]);
    const found = revokedFindings(report);
    expect(found, JSON.stringify(report.findings)).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', host: 'crl-revoked.test' });
    expect(found[0]!.message).toContain('2025-12-01T10:15:00.000Z');
    expect(found[0]!.message).toContain('keyCompromise');
    expect(found[0]!.message).toContain(`CRL http://127.0.0.1:${crlPort}/ca.crl`);
    // one CRL download for both leaves (cached per run)
    expect(report.notes.join('\n')).toMatch(/0 OCSP requests and 1 CRL download /);
  }, 60_000);

  it('gives a dead responder a notice within the timeout, never a hang', async () => {
    // a listener that accepts and never answers
    const silent = net.createServer((c) => held.push(c));
    await new Promise<void>((resolve) => silent.listen(deadPort, '127.0.0.1', () => resolve()));
    servers.push(silent);
    const { status, report, ms } = await scan([`dead.test:${ports.dead} @127.0.0.1`], '1');
    const found = revokedFindings(report);
    expect(found, JSON.stringify(report.findings)).toHaveLength(1);
    expect(found[0]!.severity).toBe('notice');
    expect(found[0]!.message).toMatch(/could not check .* did not answer within 1 s/);
    expect(status).toBe(0);
    expect(ms).toBeLessThan(8000); // node start-up, the handshake and one 1 s lookup
  }, 60_000);

  it('reads a stapled response (the responder named in the certificate is never asked) and says the server staples', async () => {
    const { report } = await scan([`stapled.test:${ports.stapled} @127.0.0.1`, `good.test:${ports.good} @127.0.0.1`]);
    const found = revokedFindings(report);
    expect(found, JSON.stringify(report.findings)).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', host: 'stapled.test' });
    expect(found[0]!.message).toContain('the OCSP response the server stapled');
    expect(found[0]!.message).toContain('keyCompromise');
    const note = report.notes.find((n) => n.startsWith('Revocation:'));
    expect(note).toContain(`stapling an OCSP response: 127.0.0.1:${ports.stapled};`);
    expect(note).toContain(`not stapling: 127.0.0.1:${ports.good}.`);
    expect(note).toContain('1 OCSP request '); // only good.test's responder was asked
  }, 60_000);

  it('check takes it too: a revoked certificate file is cert-revoked, naming the file', async () => {
    const report = path.join(dir, 'check-report.json');
    const l = crlRevokedFile!;
    const r = await runCliAsync([
      'check',
      '--sites',
      `crl-revoked.test = ${l.cert} key=${l.key}`,
      '--trust',
      path.join(dir, 'root.pem'),
      '--revocation',
      '--timeout',
      '3',
      '--report',
      report,
    ]);
    const found = revokedFindings(JSON.parse(fs.readFileSync(report, 'utf8')) as Report);
    expect(found, r.stdout + r.stderr).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', host: 'crl-revoked.test' });
    expect(found[0]!.message).toContain('the certificate');
    expect(found[0]!.message).toContain('keyCompromise');
    expect((found[0] as ReportFinding & { file?: string }).file).toBeTruthy();
  }, 60_000);

  it('is off unless asked, and the action takes the input too', async () => {
    const report = path.join(dir, 'action-report.json');
    const env: NodeJS.ProcessEnv = {};
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) env[k] = v;
    const run = (revocation: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [ACTION], {
          env: {
            ...env,
            RUNNER_TEMP: dir,
            INPUT_COMMAND: 'scan',
            INPUT_ENDPOINTS: `revoked.test:${ports.revoked} @127.0.0.1`,
            INPUT_TRUST: path.join(dir, 'root.pem'),
            INPUT_REVOCATION: revocation,
            INPUT_TIMEOUT: '3',
            INPUT_REPORT: report,
          },
          stdio: 'ignore',
        });
        child.on('close', resolve);
      });
    expect(await run('false')).toBe(0);
    expect(revokedFindings(JSON.parse(fs.readFileSync(report, 'utf8')) as Report)).toEqual([]);
    expect(await run('true')).toBe(1);
    expect(revokedFindings(JSON.parse(fs.readFileSync(report, 'utf8')) as Report)).toHaveLength(1);
  }, 60_000);
});
