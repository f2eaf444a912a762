// What a certificate is, shown: SANs, serial, key usage, EKU in the JSON report, the summary and
// the CLI; how many certificates a server sent; dates without milliseconds.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { issue, makePki, openssl, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { CLI, runAction, runCli } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

function serialOf(cert: string): string {
  return openssl(['x509', '-in', cert, '-noout', '-serial'])
    .trim()
    .replace(/^serial=/, '')
    .toUpperCase();
}

function runCliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('certificate facts', () => {
  let dir: string;
  let pki: Pki;
  let leaf: Issued;
  let server: Running;
  beforeAll(async () => {
    dir = tempDir();
    pki = makePki(dir, {});
    leaf = issue(dir, 'leaf', { cn: 'www.a.test', dns: ['www.a.test', 'a.test'], ip: ['127.0.0.1'], eku: 'serverAuth,clientAuth' }, pki.intermediate);
    server = await startSniServer({ 'www.a.test': { key: leaf.key, certs: [leaf.cert, pki.intermediate.cert] } }, null);
  });
  afterAll(async () => server?.close());

  it('check: sans, serial, keyUsage, extendedKeyUsage in the report, the summary and the CLI', () => {
    const sites = `www.a.test a.test = ${leaf.cert} key=${leaf.key}`;
    const r = runAction({ command: 'check', sites, trust: pki.root.cert, 'fail-on': 'never' }, {}, dir);
    const c = r.report.certificates[0];
    expect(c.sans).toEqual(['www.a.test', 'a.test', '127.0.0.1']);
    expect(c.serial).toBe(serialOf(leaf.cert));
    expect(c.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(c.extendedKeyUsage).toEqual(['serverAuth', 'clientAuth']);
    const html = marked.parse(r.summary, { async: false });
    expect(html).toMatch(/SANs: <code>www\.a\.test<\/code>, <code>a\.test<\/code> and <code>127\.0\.0\.1<\/code>/);
    expect(html).toContain(`serial <code>${c.serial}</code>`);
    expect(html).toMatch(/EKU: serverAuth, clientAuth/);
    const cli = runCli(['check', '--sites', sites, '--trust', pki.root.cert, '--fail-on', 'never'], {}, { cwd: dir });
    expect(cli.stdout).toContain(
      `SANs www.a.test, a.test and 127.0.0.1 · serial ${c.serial} · key usage digitalSignature, keyEncipherment · EKU serverAuth, clientAuth`,
    );
  });

  it('dates without milliseconds: expired on YYYY-MM-DD, N days ago', () => {
    const at = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const r = runCli(['check', '--sites', `www.a.test = ${leaf.cert} key=${leaf.key}`, '--trust', pki.root.cert, '--at', at, '--json']);
    const expired = JSON.parse(r.stdout).findings.find((f: { rule: string }) => f.rule === 'cert-expired');
    expect(expired.message).toMatch(/expired on \d{4}-\d{2}-\d{2}, \d+ days ago\.$/);
    expect(expired.message).not.toMatch(/T\d\d:\d\d|\.000Z/);
  });

  it('scan: how many certificates the server sent, and the served SANs', async () => {
    const r = await runCliAsync(['scan', '--endpoints', `www.a.test:${server.port} @127.0.0.1`, '--trust', pki.root.cert, '--json', '--fail-on', 'never']);
    const e = JSON.parse(r.stdout).endpoints.find((x: { sni: string | null }) => x.sni === 'www.a.test');
    expect(e.certificatesSent).toBe(2);
    expect(e.sans).toEqual(['www.a.test', 'a.test', '127.0.0.1']);
    expect(e.serial).toBe(serialOf(leaf.cert));
    const text = await runCliAsync(['scan', '--endpoints', `www.a.test:${server.port} @127.0.0.1`, '--trust', pki.root.cert, '--fail-on', 'never']);
    expect(text.stdout).toMatch(/www\.a\.test: sent 2 certificates · www\.a\.test · SANs www\.a\.test, a\.test and 127\.0\.0\.1/);
  });
});
