// One hostile endpoint costs only its own result. A loopback server sends a leaf with 14
// cross-signed CA certificates under one name whose RSA keys carry ~2,040-bit public exponents
// (each signature check ~7 ms instead of ~0.05): the old judge wandered the graph on the event
// loop for 35-70 s and every healthy endpoint probed meanwhile was reported as not answering.
// Now those keys are refused before any check (BoringSSL's bounds), the chain's work runs under a
// budget, and its signatures are checked in slices that yield: the healthy endpoints, whose
// handshakes are still in flight (a proxy holds them back for a second), keep their results.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crossSignedLoop, HUGE_EXPONENT, leafUnder, rsaKeyWithExponent } from './helpers/hostile-chains.js';
import { makePki, tempDir } from './helpers/pki.js';
import { CLI } from './helpers/run-dist.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';

const HEALTHY = ['h1.test', 'h2.test', 'h3.test', 'h4.test', 'h5.test', 'h6.test'];

let dir: string;
let hostile: Running;
let healthy: Running;
let proxy: net.Server;
let proxyPort: number;
let rootPem: string;

beforeAll(async () => {
  dir = tempDir();
  const keyA = rsaKeyWithExponent(dir, 'hugeA', HUGE_EXPONENT);
  const keyB = rsaKeyWithExponent(dir, 'hugeB', HUGE_EXPONENT + 2n * 7n);
  const { loop, signer } = crossSignedLoop(dir, 'Hostile Loop CA', keyA, keyB, 14);
  const leaf = leafUnder(dir, 'hostile-leaf', signer, ['hostile.test']);
  hostile = await startSniServer({ 'hostile.test': { key: leaf.key, certs: [leaf.cert, ...loop.map((l) => l.cert)] } }, null);

  const pki = makePki(dir, Object.fromEntries(HEALTHY.map((h) => [h, { cn: h, dns: [h] }])));
  rootPem = pki.root.cert;
  healthy = await startSniServer(
    Object.fromEntries(HEALTHY.map((h) => [h, { key: pki.leaves[h]!.key, certs: [pki.leaves[h]!.cert, pki.intermediate.cert] }])),
    null,
  );
  // Holds every healthy handshake back for a second, so that they are in flight while the
  // hostile chain (served at once) is judged.
  proxy = net.createServer((client) => {
    client.on('error', () => undefined);
    client.pause();
    setTimeout(() => {
      const upstream = net.connect(healthy.port, '127.0.0.1');
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      client.pipe(upstream).pipe(client);
      client.resume();
    }, 1000);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyPort = (proxy.address() as net.AddressInfo).port;
}, 180_000);

afterAll(async () => {
  await hostile?.close();
  await healthy?.close();
  await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
});

describe('a scan with one hostile endpoint', () => {
  it('keeps every healthy endpoint’s result, judges the hostile chain for what it is, and ends within its timeouts', async () => {
    const report = path.join(dir, 'scan.json');
    const args = [CLI, 'scan', '--timeout', '4', '--concurrency', '10', '--trust', rootPem, '--report', report, '--fail-on', 'never'];
    args.push('--endpoints', `hostile.test:${hostile.port} @127.0.0.1`);
    for (const h of HEALTHY) args.push('--endpoints', `${h}:${proxyPort} @127.0.0.1`);
    const started = Date.now();
    // asynchronously: the servers live in this process and must keep answering
    const run = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('close', (status) => {
        clearTimeout(kill);
        resolve({ status, stderr });
      });
    });
    const ms = Date.now() - started;
    expect(run.status, run.stderr).toBe(0);
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    for (const h of HEALTHY) {
      const row = r.endpoints.find((e: { host: string; sni: string | null }) => e.host === h && e.sni === h);
      expect(row?.error, h).toBeUndefined();
      expect(row?.thumbprint, h).toMatch(/^[0-9A-F]{40}$/);
      expect(r.findings.filter((f: { host?: string; rule: string }) => f.host === h && f.rule === 'tls-unreachable')).toEqual([]);
    }
    const hostileRow = r.endpoints.find((e: { host: string; sni: string | null }) => e.host === 'hostile.test' && e.sni === 'hostile.test');
    expect(hostileRow?.error).toBeUndefined();
    const hostileRules = r.findings.filter((f: { host?: string }) => f.host === 'hostile.test').map((f: { rule: string }) => f.rule);
    expect(hostileRules).toContain('cert-weak-key');
    expect(hostileRules).not.toContain('tls-unreachable');
    expect(r.findings.find((f: { rule: string; host?: string }) => f.rule === 'cert-weak-key' && f.host === 'hostile.test').message).toMatch(
      /RSA public exponent of 20\d\d bits is over 33 bits/,
    );
    // each probe has 4 s; the configuration probes after them have their own; the old judge took 35-70 s
    expect(ms).toBeLessThan(60_000);
  }, 100_000);
});
