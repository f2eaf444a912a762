// A renewal is not a mismatch (issue 18): in `scan` with `sites`, a server that already serves a
// later certificate for the same hosts, with a valid chain, gets a notice naming both; an older one
// means the file's certificate is not deployed yet; a thumbprint pinned by `expect` stays strict.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, issue, makePki, sha1, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { runCliAsync } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

let pki: Pki;
let older: Issued; // what the repository holds (expires first)
let renewed: Issued; // what the server got after the file was committed
let other: Issued; // a later certificate for other hosts
let server: Running;
const HOSTS = ['www.renew.test', 'api.renew.test'];

beforeAll(async () => {
  pki = makePki(tempDir(), {}, { keyType: 'ec256' });
  older = issue(pki.dir, 'older', { cn: HOSTS[0]!, dns: HOSTS, days: 47, keyType: 'ec256' }, pki.intermediate);
  renewed = issue(pki.dir, 'renewed', { cn: HOSTS[0]!, dns: HOSTS, days: 90, keyType: 'ec256' }, pki.intermediate);
  other = issue(pki.dir, 'other', { cn: 'www.renew.test', dns: ['www.renew.test'], days: 90, keyType: 'ec256' }, pki.intermediate);
  const served = { key: renewed.key, certs: [renewed.cert, pki.intermediate.cert] };
  server = await startSniServer({ 'www.renew.test': served, 'api.renew.test': { key: other.key, certs: [other.cert, pki.intermediate.cert] } }, served);
});

afterAll(async () => {
  await server?.close();
});

async function scan(file: string, hostLines: string[], extra: string[] = []) {
  const report = path.join(pki.dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const r = await runCliAsync([
    'scan',
    '--sites',
    `${HOSTS.join(' ')} = ${file}`,
    '--endpoints',
    hostLines.map((h) => `${h}:${server.port} @127.0.0.1`).join('\n'),
    '--trust',
    pki.root.cert,
    '--report',
    report,
    ...extra,
  ]);
  return { ...r, report: JSON.parse(fs.readFileSync(report, 'utf8')) as { findings: { rule: string; severity: string; host?: string; message: string }[] } };
}

describe('scan with sites: a renewal after the file was committed', () => {
  it('is a notice naming both certificates, and the step passes', async () => {
    const file = bundle(pki.dir, 'older-bundle', [older.cert, older.key, pki.intermediate.cert]);
    const r = await scan(file, ['www.renew.test']);
    const mine = r.report.findings.filter((f) => f.host === 'www.renew.test');
    expect(mine.map((f) => [f.rule, f.severity])).toEqual([['tls-renewed-certificate', 'notice']]);
    expect(mine[0]!.message).toContain(sha1(renewed.cert));
    expect(mine[0]!.message).toContain(sha1(older.cert));
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('a later certificate that does not cover every host of the file stays a wrong certificate', async () => {
    const file = bundle(pki.dir, 'older-bundle2', [older.cert, older.key, pki.intermediate.cert]);
    const r = await scan(file, ['api.renew.test']);
    expect(r.report.findings.filter((f) => f.host === 'api.renew.test').map((f) => f.rule)).toContain('tls-wrong-certificate');
    expect(r.status).toBe(1);
  });

  it('an older served certificate says the new one is not deployed yet', async () => {
    const newest = issue(pki.dir, 'newest', { cn: HOSTS[0]!, dns: HOSTS, days: 200, keyType: 'ec256' }, pki.intermediate);
    const file = bundle(pki.dir, 'newest-bundle', [newest.cert, newest.key, pki.intermediate.cert]);
    const r = await scan(file, ['www.renew.test']);
    const wrong = r.report.findings.find((f) => f.host === 'www.renew.test' && f.rule === 'tls-wrong-certificate');
    expect(wrong?.message).toContain('the new certificate is not deployed yet');
    expect(r.status).toBe(1);
  });

  it('a thumbprint pinned by expect stays strict', async () => {
    const file = bundle(pki.dir, 'older-bundle3', [older.cert, older.key, pki.intermediate.cert]);
    const r = await scan(file, ['www.renew.test'], ['--expect', `www.renew.test = ${sha1(older.cert)}`]);
    const mine = r.report.findings.filter((f) => f.host === 'www.renew.test');
    expect(mine.map((f) => [f.rule, f.severity])).toEqual([['tls-wrong-certificate', 'error']]);
    expect(r.status).toBe(1);
  });
});
