import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { compareServed, probeTls, protocolFinding, thumbprint, subjectName } from '../src/tls/probe.js';
import { issue, makePki, sha1, tempDir, type Pki } from './helpers/pki.js';
import { closedPort, startHostile, startLongChainServer, startSniServer, type Running } from './helpers/tlsServers.js';

let pki: Pki;
let fallbackCert: { cert: string; key: string };
let sni: Running & { seen: string[] };
const running: Running[] = [];

beforeAll(async () => {
  const dir = tempDir();
  pki = makePki(dir, { a: { cn: 'a.test', dns: ['a.test'] }, b: { cn: 'b.test', dns: ['b.test'] } }, { keyType: 'ec256' });
  fallbackCert = issue(dir, 'fallback', { cn: 'fallback.test', dns: ['fallback.test'] }, pki.intermediate);
  sni = await startSniServer(
    {
      'a.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert, pki.root.cert] },
      'b.test': { key: pki.leaves.b!.key, certs: [pki.leaves.b!.cert] },
    },
    { key: fallbackCert.key, certs: [fallbackCert.cert] },
  );
  running.push(sni);
});

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
});

describe('probeTls', () => {
  it('reads the certificate chosen by SNI, leaf first, with the protocol', async () => {
    const a = await probeTls({ host: 'a.test', address: '127.0.0.1', port: sni.port, servername: 'a.test', timeoutMs: 5000 });
    expect(a.error).toBeUndefined();
    expect(a.ok).toBe(true);
    expect(a.protocol).toBe('TLSv1.3');
    expect(a.chain.map(thumbprint)).toEqual([sha1(pki.leaves.a!.cert), sha1(pki.intermediate.cert), sha1(pki.root.cert)]);
    const b = await probeTls({ host: 'b.test', address: '127.0.0.1', port: sni.port, servername: 'b.test', timeoutMs: 5000 });
    expect(b.chain.map(thumbprint)).toEqual([sha1(pki.leaves.b!.cert)]);
    expect(subjectName(b.chain[0]!)).toBe('b.test');
  });

  it('sends no SNI at all when servername is null', async () => {
    const before = sni.seen.length;
    // 'localhost' is a name Node would otherwise send as SNI; the server's SNICallback must not run.
    const r = await probeTls({ host: 'localhost', address: '127.0.0.1', port: sni.port, servername: null, timeoutMs: 5000 });
    expect(r.ok).toBe(true);
    expect(thumbprint(r.chain[0]!)).toBe(sha1(fallbackCert.cert));
    expect(sni.seen.slice(before)).toEqual([]);
    const named = await probeTls({ host: 'localhost', address: '127.0.0.1', port: sni.port, servername: 'localhost', timeoutMs: 5000 });
    expect(named.ok).toBe(true);
    expect(sni.seen.slice(before)).toEqual(['localhost']);
  });

  it('pins the address while SNI stays the host (no DNS for the host)', async () => {
    const r = await probeTls({ host: 'a.test', address: '127.0.0.1', port: sni.port, servername: 'a.test', timeoutMs: 5000 });
    expect(r.ok).toBe(true);
    expect(sni.seen).toContain('a.test');
  });

  it('caps the chain it collects', async () => {
    const r = await probeTls({ host: 'a.test', address: '127.0.0.1', port: sni.port, servername: 'a.test', timeoutMs: 5000, maxChain: 2 });
    expect(r.chain).toHaveLength(2);
  });

  it('names the reason: refused', async () => {
    const port = await closedPort();
    const r = await probeTls({ host: 'a.test', address: '127.0.0.1', port, servername: 'a.test', timeoutMs: 5000 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/refused/);
  });

  it('names the reason: DNS', async () => {
    const r = await probeTls({ host: 'no-such-host.invalid', port: 443, servername: 'no-such-host.invalid', timeoutMs: 3000 });
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/DNS|Timed out connecting/);
  });

  it('hostile servers cost at most their timeout, name the reason, and never stop the others', async () => {
    const dir = tempDir();
    const filler = issue(dir, 'filler', { cn: 'filler', ca: true, keyType: 'ec256' });
    const hostile = {
      silent: await startHostile('silent'),
      reset: await startHostile('reset'),
      garbage: await startHostile('garbage'),
      drip: await startHostile('drip'),
      long: await startLongChainServer({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert] }, filler.cert, 200),
    };
    running.push(...Object.values(hostile));
    const timeoutMs = 1500;
    const started = Date.now();
    const probe = (port: number) => probeTls({ host: 'a.test', address: '127.0.0.1', port, servername: 'a.test', timeoutMs });
    const [silent, reset, garbage, drip, long, good] = await Promise.all([
      probe(hostile.silent.port),
      probe(hostile.reset.port),
      probe(hostile.garbage.port),
      probe(hostile.drip.port),
      probe(hostile.long.port),
      probe(sni.port),
    ]);
    expect(Date.now() - started).toBeLessThan(timeoutMs + 3000);
    expect(good.ok).toBe(true);
    expect(silent.ok).toBe(false);
    expect(silent.error).toMatch(/No TLS handshake .* within 1.5 s/);
    expect(drip.ok).toBe(false);
    expect(drip.error).toMatch(/within 1.5 s|did not answer with TLS|handshake/);
    expect(reset.ok).toBe(false);
    expect(reset.error).toMatch(/reset|closed/);
    expect(garbage.ok).toBe(false);
    expect(garbage.error).toMatch(/did not answer with TLS/);
    // 200 certificates: either the TLS stack refuses the oversized message, or we read a capped chain.
    if (long.ok) expect(long.chain.length).toBeLessThanOrEqual(16);
    else expect(long.error).toMatch(/oversized|handshake|closed/);
    for (const r of [silent, reset, garbage, drip, long]) expect(r.ms).toBeLessThan(timeoutMs + 1000);
  });

  it('reports a legacy protocol when the server only speaks TLS 1.1 (or says why not)', async () => {
    const legacy = tls.createServer(
      {
        key: fs.readFileSync(pki.leaves.a!.key),
        cert: fs.readFileSync(pki.leaves.a!.cert),
        minVersion: 'TLSv1.1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      },
      (s) => s.end(),
    );
    legacy.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => legacy.listen(0, '127.0.0.1', r));
    const port = (legacy.address() as { port: number }).port;
    const r = await probeTls({ host: 'a.test', address: '127.0.0.1', port, servername: 'a.test', timeoutMs: 3000 });
    await new Promise<void>((res) => legacy.close(() => res()));
    expect(r.ok).toBe(true);
    expect(r.protocol).toBe('TLSv1.1');
    const f = protocolFinding('a.test', `127.0.0.1:${port}`, r.protocol);
    expect(f?.rule).toBe('tls-protocol');
    expect(f?.message).toContain('TLSv1.1');
  });
});

describe('compareServed / protocolFinding', () => {
  it('names served and expected subjects and thumbprints', () => {
    const a = new X509Certificate(fs.readFileSync(pki.leaves.a!.cert));
    const f = compareServed(
      'b.test',
      '127.0.0.1:443',
      { thumbprint: thumbprint(a), subject: subjectName(a) },
      { thumbprint: sha1(pki.leaves.b!.cert).toLowerCase(), subject: 'b.test' },
    );
    expect(f?.rule).toBe('tls-wrong-certificate');
    expect(f?.message).toContain(thumbprint(a));
    expect(f?.message).toContain(sha1(pki.leaves.b!.cert));
    expect(f?.message).toContain("'a.test'");
    expect(f?.host).toBe('b.test');
    expect(f?.fix).toBeTruthy();
    expect(compareServed('a.test', 'x', { thumbprint: thumbprint(a), subject: 'a.test' }, { thumbprint: thumbprint(a) })).toBeNull();
  });

  it('accepts TLS 1.2 and 1.3, flags older', () => {
    expect(protocolFinding('h', 'w', 'TLSv1.3')).toBeNull();
    expect(protocolFinding('h', 'w', 'TLSv1.2')).toBeNull();
    expect(protocolFinding('h', 'w', 'TLSv1')?.rule).toBe('tls-protocol');
  });
});
