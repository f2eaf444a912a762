import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { hostCovers, runScan, selectShard, shardOf } from '../src/scan/scan.js';
import { progressLogger, runPool } from '../src/tls/pool.js';
import type { Finding, Logger } from '../src/types.js';
import { issue, makePki, pfx, sha1, tempDir, type Pki, type Issued } from './helpers/pki.js';
import { closedPort, startHostile, startLongChainServer, startSniServer, type Running } from './helpers/tlsServers.js';
import * as fs from 'node:fs';
import * as tls from 'node:tls';

let pki: Pki;
let fallback: Issued;
let server: Running;
let refused: number;
const running: Running[] = [];
const lines: string[] = [];
const log: Logger = { info: (l) => lines.push(l), warn: (l) => lines.push(l) };

function inputs(values: Record<string, string>) {
  return parseInputs((n) => values[n] ?? '', {}, pki.dir);
}

const of = (fs: Finding[], host: string) =>
  fs
    .filter((f) => f.host === host)
    .map((f) => f.rule)
    .sort();

beforeAll(async () => {
  pki = makePki(tempDir(), {
    a: { cn: 'a.test', dns: ['a.test'] },
    b: { cn: 'b.test', dns: ['b.test'] },
    soon: { cn: 'soon.test', dns: ['soon.test'], days: 3 },
  });
  fallback = issue(pki.dir, 'fallback', { cn: 'fallback.test', dns: ['fallback.test'] }, pki.intermediate);
  server = await startSniServer(
    {
      'a.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] },
      'b.test': { key: pki.leaves.b!.key, certs: [pki.leaves.b!.cert] },
      'soon.test': { key: pki.leaves.soon!.key, certs: [pki.leaves.soon!.cert, pki.intermediate.cert] },
    },
    { key: fallback.key, certs: [fallback.cert] },
  );
  running.push(server);
  refused = await closedPort();
});

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
});

describe('runScan', () => {
  it('judges each endpoint on its own: right, leaf-only, wrong, expiring, refused; plus one no-SNI probe per address', async () => {
    const p = server.port;
    const scan = await runScan(
      inputs({
        command: 'scan',
        trust: 'root.crt',
        // whole days: by default a 3-day certificate with 3 days left is fresh (thresholds.test.ts)
        'fail-days': '7',
        endpoints: [
          `a.test:${p} @127.0.0.1`,
          `b.test:${p} @127.0.0.1`,
          `c.test:${p} @127.0.0.1`,
          `soon.test:${p} @127.0.0.1`,
          `d.test:${refused} @127.0.0.1`,
        ].join('\n'),
        expect: [`a.test = ${sha1(pki.leaves.a!.cert)}`, `b.test = ${sha1(pki.leaves.b!.cert)}`, `c.test = ${sha1(pki.leaves.a!.cert)}`].join('\n'),
      }),
      log,
    );
    expect(of(scan.findings, 'a.test')).toEqual([]);
    expect(of(scan.findings, 'b.test')).toEqual(['tls-chain-incomplete']);
    // c.test gets the (leaf-only) fallback certificate.
    expect(of(scan.findings, 'c.test')).toEqual(['cert-host-mismatch', 'tls-chain-incomplete', 'tls-wrong-certificate']);
    const wrong = scan.findings.find((f) => f.rule === 'tls-wrong-certificate')!;
    expect(wrong.message).toContain(sha1(fallback.cert));
    expect(wrong.message).toContain(sha1(pki.leaves.a!.cert));
    expect(of(scan.findings, 'soon.test')).toEqual(['cert-expires-soon']);
    expect(scan.findings.find((f) => f.host === 'soon.test')!.severity).toBe('error');
    const d = scan.findings.find((f) => f.host === 'd.test')!;
    expect(d.rule).toBe('tls-unreachable');
    expect(d.message).toMatch(/refused/);
    expect(d.fix).toBeTruthy();

    const a = scan.endpoints.find((e) => e.host === 'a.test')!;
    expect(a).toMatchObject({ port: p, address: '127.0.0.1', sni: 'a.test', protocol: 'TLSv1.3', thumbprint: sha1(pki.leaves.a!.cert) });
    // described as verify describes it: the subject as a DN, the chain above the leaf as sent
    expect(a.subject).toBe('CN=a.test');
    expect(a.chain.map((c) => c.thumbprint)).toEqual([sha1(pki.intermediate.cert)]);
    expect(a.daysLeft).toBeGreaterThan(360);
    expect(scan.endpoints.find((e) => e.host === 'd.test')!.error).toMatch(/refused/);

    const noSni = scan.endpoints.filter((e) => e.sni === null);
    expect(noSni.map((e) => `${e.address}:${e.port}`).sort()).toEqual([`127.0.0.1:${p}`, `127.0.0.1:${refused}`].sort());
    expect(noSni.find((e) => e.port === p)!.thumbprint).toBe(sha1(fallback.cert));
    // The refused address is reported once, as unreachable, not again for clients without SNI.
    expect(scan.findings.filter((f) => f.rule === 'tls-no-sni-fallback')).toHaveLength(0);
    expect(noSni.find((e) => e.port === refused)!.error).toMatch(/refused/);
  });

  it('reports a no-SNI fallback other than the planned one, and none with fallback: none', async () => {
    const p = server.port;
    const base = { command: 'scan', trust: 'root.crt', endpoints: `a.test:${p} @127.0.0.1`, expect: `a.test = ${sha1(pki.leaves.a!.cert)}` };
    const planned = await runScan(inputs({ ...base, fallback: 'a.test' }), log);
    const f = planned.findings.filter((x) => x.rule === 'tls-no-sni-fallback');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain(sha1(fallback.cert));
    const none = await runScan(inputs({ ...base, fallback: 'none', endpoints: `a.test:${refused} @127.0.0.1` }), log);
    expect(none.findings.map((x) => x.rule)).toEqual(['tls-unreachable']);
  });

  it('takes the expected thumbprints from sites files and plans the first host as the no-SNI fallback', async () => {
    pfx(pki.dir, 'a', pki.leaves.a!, [pki.intermediate.cert], 'pw');
    const p = server.port;
    const scan = await runScan(
      inputs({
        command: 'scan',
        trust: 'root.crt',
        sites: 'a.test c.test = a.pfx',
        password: 'pw',
        endpoints: [`a.test:${p} @127.0.0.1`, `c.test:${p} @127.0.0.1`].join('\n'),
      }),
      log,
    );
    expect(scan.certificates.map((c) => c.thumbprint)).toEqual([sha1(pki.leaves.a!.cert)]);
    expect(of(scan.findings, 'a.test')).toEqual([]);
    const wrong = scan.findings.find((f) => f.rule === 'tls-wrong-certificate' && f.host === 'c.test')!;
    expect(wrong.message).toContain(`'a.test' (${sha1(pki.leaves.a!.cert)})`);
    expect(wrong.message).toContain(sha1(fallback.cert));
    const noSni = scan.findings.filter((f) => f.rule === 'tls-no-sni-fallback');
    expect(noSni).toHaveLength(1);
    expect(noSni[0]!.message).toContain('planned fallback a.test');
  });

  it('checks the planned fallback at an address also when it is not among the first five hosts probed there', async () => {
    pfx(pki.dir, 'a6', pki.leaves.a!, [pki.intermediate.cert], 'pw');
    const p = server.port;
    const others = [1, 2, 3, 4, 5].map((i) => `x${i}.test:${p} @127.0.0.1`);
    const scan = await runScan(
      inputs({ command: 'scan', trust: 'root.crt', sites: 'a.test = a6.pfx', password: 'pw', endpoints: [...others, `a.test:${p} @127.0.0.1`].join('\n') }),
      log,
    );
    const noSni = scan.findings.filter((f) => f.rule === 'tls-no-sni-fallback');
    expect(noSni.map((f) => f.message)).toEqual([expect.stringContaining('planned fallback a.test')]);
  });

  it('checks a wildcard fallback (the first host of sites) at an address serving a host it covers, one label deep', async () => {
    const wild = issue(pki.dir, 'wild', { cn: '*.w.test', dns: ['*.w.test'] }, pki.intermediate);
    pfx(pki.dir, 'wild', wild, [pki.intermediate.cert], 'pw');
    const served = { 'www.w.test': { key: wild.key, certs: [wild.cert, pki.intermediate.cert] } };
    // clients without SNI get another certificate here, and the wildcard's own at the second server
    const other = await startSniServer(served, { key: fallback.key, certs: [fallback.cert] });
    const right = await startSniServer(served, { key: wild.key, certs: [wild.cert] });
    running.push(other, right);
    const scanOf = (port: number, host = 'www.w.test') =>
      runScan(inputs({ command: 'scan', trust: 'root.crt', sites: '*.w.test = wild.pfx', password: 'pw', endpoints: `${host}:${port} @127.0.0.1` }), log);
    const noSni = (fs: Finding[]) => fs.filter((f) => f.rule === 'tls-no-sni-fallback').map((f) => f.message);

    const wrong = await scanOf(other.port);
    expect(of(wrong.findings, 'www.w.test')).toEqual([]);
    expect(noSni(wrong.findings)).toEqual([expect.stringContaining(`not the planned fallback *.w.test (${sha1(wild.cert)})`)]);
    expect(noSni(wrong.findings)[0]).toContain(sha1(fallback.cert));
    expect(noSni((await scanOf(right.port)).findings)).toEqual([]);
    // *.w.test covers one label: a.b.w.test does not bring the planned fallback to that address
    expect(noSni((await scanOf(other.port, 'a.b.w.test')).findings)).toEqual([]);
  });

  it('a wildcard covers exactly one label (RFC 6125)', () => {
    expect(hostCovers('*.w.test', 'www.w.test')).toBe(true);
    expect(hostCovers('www.w.test', 'www.w.test')).toBe(true);
    expect(hostCovers('*.w.test', 'w.test')).toBe(false);
    expect(hostCovers('*.w.test', 'a.b.w.test')).toBe(false);
    expect(hostCovers('*.w.test', 'www.x.test')).toBe(false);
    expect(hostCovers('www.w.test', 'api.w.test')).toBe(false);
  });

  it('warns when clients without SNI get no certificate at an address that serves its hosts', async () => {
    const sniOnly = await startSniServer({ 'a.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] } }, null);
    running.push(sniOnly);
    const scan = await runScan(inputs({ command: 'scan', trust: 'root.crt', endpoints: `a.test:${sniOnly.port} @127.0.0.1` }), log);
    expect(of(scan.findings, 'a.test')).toEqual([]);
    const f = scan.findings.filter((x) => x.rule === 'tls-no-sni-fallback');
    expect(f).toHaveLength(1);
    expect(f[0]!.host).toBe('127.0.0.1');
    expect(f[0]!.message).toMatch(/get no certificate from 127\.0\.0\.1:\d+ \(serving a\.test\)/);
    expect(f[0]!.severity).toBe('warning');
  });

  it('reports tls-protocol for a server that only speaks TLS 1.1', async () => {
    const legacy = tls.createServer(
      {
        key: fs.readFileSync(pki.leaves.a!.key),
        cert: fs.readFileSync(pki.leaves.a!.cert) + fs.readFileSync(pki.intermediate.cert, 'utf8'),
        minVersion: 'TLSv1.1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      },
      (c) => c.end(),
    );
    legacy.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => legacy.listen(0, '127.0.0.1', r));
    running.push({ port: 0, close: () => new Promise<void>((r) => legacy.close(() => r())) });
    const port = (legacy.address() as { port: number }).port;
    const scan = await runScan(inputs({ command: 'scan', trust: 'root.crt', fallback: 'none', endpoints: `a.test:${port} @127.0.0.1` }), log);
    expect(scan.endpoints[0]!.protocol).toBe('TLSv1.1');
    expect(of(scan.findings, 'a.test')).toEqual(['tls-protocol']);
  });

  it('reports an untrusted chain against the system store', async () => {
    const scan = await runScan(inputs({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1`, fallback: 'none' }), log);
    // The server sends its intermediate; the test root above it is not in Node's store. Servers never
    // send roots, so this is an untrusted root, not a missing intermediate.
    expect(of(scan.findings, 'a.test')).toEqual(['chain-untrusted']);
  });

  it('hostile servers cost at most the timeout and the other endpoints still succeed', async () => {
    const filler = issue(pki.dir, 'filler', { cn: 'filler', ca: true, keyType: 'ec256' });
    const hostile = [
      ...(await Promise.all((['silent', 'reset', 'garbage', 'drip'] as const).map((k) => startHostile(k)))),
      await startLongChainServer({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert] }, filler.cert, 200),
    ];
    running.push(...hostile);
    const started = Date.now();
    const scan = await runScan(
      inputs({
        command: 'scan',
        trust: 'root.crt',
        timeout: '1',
        concurrency: '3',
        fallback: 'none',
        endpoints: [...hostile.map((h, i) => `h${i}.test:${h.port} @127.0.0.1`), `a.test:${server.port} @127.0.0.1`, `b.test:${server.port} @127.0.0.1`].join(
          '\n',
        ),
      }),
      log,
    );
    expect(Date.now() - started).toBeLessThan(15_000);
    for (let i = 0; i < 4; i++) expect(of(scan.findings, `h${i}.test`)).toEqual(['tls-unreachable']);
    // 200 certificates: refused by the TLS stack as oversized, or read with a capped chain; never a crash.
    const long = scan.endpoints.find((e) => e.host === 'h4.test')!;
    expect(long.error ? /oversized|handshake|closed/.test(long.error) : long.chain.length <= 16).toBe(true);
    expect(of(scan.findings, 'a.test')).toEqual([]);
    expect(scan.endpoints.find((e) => e.host === 'b.test')!.thumbprint).toBe(sha1(pki.leaves.b!.cert));
  });
});

describe('sharding', () => {
  it('splits endpoints deterministically into disjoint shards that cover all', () => {
    const eps = Array.from({ length: 300 }, (_, i) => ({ host: `h${i}.example.com`, port: 443, line: i + 1 }));
    const shards = [1, 2, 3].map((index) => selectShard(eps, { index, count: 3 }));
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(300);
    expect(new Set(shards.flat().map((e) => e.host)).size).toBe(300);
    for (const s of shards) expect(s.length).toBeGreaterThan(60);
    expect(shardOf({ host: 'www.test1.com', port: 443 }, 4)).toBe(shardOf({ host: 'www.test1.com', port: 443 }, 4));
    expect(selectShard(eps, undefined)).toHaveLength(300);
  });
});

describe('runPool', () => {
  it('keeps at most `concurrency` in flight, reports progress, and skips what the deadline leaves', async () => {
    let inFlight = 0;
    let peak = 0;
    const progress: number[] = [];
    const out = await runPool(
      Array.from({ length: 20 }, (_, i) => i),
      {
        concurrency: 4,
        run: async (i) => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight--;
          if (i === 3) throw new Error('bug');
          return `ok${i}`;
        },
        skipped: (i) => `skipped${i}`,
        failed: (i, _index, err) => `failed${i}: ${(err as Error).message}`,
        onProgress: (done) => progress.push(done),
      },
    );
    expect(peak).toBe(4);
    expect(out[0]).toBe('ok0');
    expect(out[3]).toBe('failed3: bug');
    expect(progress.at(-1)).toBe(20);
    const late = await runPool([1, 2, 3], {
      concurrency: 1,
      deadlineMs: 30,
      run: async (i) => (await new Promise((r) => setTimeout(r, 50)), `ok${i}`),
      skipped: (i) => `skipped${i}`,
      failed: (i) => `failed${i}`,
    });
    expect(late).toEqual(['ok1', 'skipped2', 'skipped3']);
  });
});

describe('progressLogger', () => {
  it('stays quiet on short runs and speaks on long ones', () => {
    const quiet: string[] = [];
    const q = progressLogger('scan', (l) => quiet.push(l), 60_000);
    for (let i = 1; i <= 100; i++) q(i, 100);
    expect(quiet).toEqual([]);
    const loud: string[] = [];
    const l = progressLogger('scan', (x) => loud.push(x), 0);
    for (let i = 1; i <= 100; i++) l(i, 100);
    expect(loud.length).toBeGreaterThanOrEqual(10);
    expect(loud.at(-1)).toMatch(/^scan: 100\/100 \(100 %\)/);
  });
});
