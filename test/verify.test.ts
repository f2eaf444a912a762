import { beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { issue, makePki, sha1, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { loadedSite, processAlive, processesMentioning, recordingLog, twoSites, verifyInputs } from './helpers/verify.js';
import { planBindings, probeNameOf, selectServer, type BindingPlan } from '../src/verify/plan.js';
import { runVerify, verifyPlan, type VerifyOptions } from '../src/verify/run.js';
import { STOP_SIGNALS, nginxConfig, versionAtLeast } from '../src/verify/nginx.js';
import { probePlan } from '../src/verify/judge.js';
import { fullChainPem, keyPem } from '../src/verify/server.js';
import { planFromStartupData } from '../src/verify/startup.js';
import { clientHelloHasSni, startNodeServer } from '../src/verify/node.js';
import type { StartupData } from '../src/service/startup.js';
import { InputError, type Finding, type LoadedSite } from '../src/types.js';
import { needTool } from './helpers/tools.js';

let pki: Pki;
let dir: string;
let sites: LoadedSite[];
let thumbA: string;
let thumbB: string;
let wpki: Pki;
let mpki: { ec: Issued; rsa: Issued };

beforeAll(() => {
  dir = tempDir('sni-ready-verify-test-');
  pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, b: { cn: 'www.test2.com', dns: ['www.test2.com'] } });
  sites = twoSites(pki);
  thumbA = sha1(pki.leaves.a!.cert);
  thumbB = sha1(pki.leaves.b!.cert);
  wpki = makePki(tempDir(), { w: { cn: '*.test3.com', dns: ['*.test3.com'] } });
  mpki = {
    ec: issue(dir, 'ec', { cn: 'www.ec.com', dns: ['www.ec.com'], keyType: 'ec256' }, pki.intermediate),
    rsa: issue(dir, 'rsa', { cn: 'www.rsa.com', dns: ['www.rsa.com'] }, pki.intermediate),
  };
});

const errors = (f: Finding[]): Finding[] => f.filter((x) => x.severity === 'error');
const trust = (): { trustFiles: string[]; trustSystem: boolean } => ({ trustFiles: [pki.root.cert], trustSystem: false });

/** The plan with the certificates of the first two bindings swapped: host A served B's certificate. */
function swapped(plan: BindingPlan): BindingPlan {
  const [a, b] = plan.bindings;
  const bindings = [
    { ...a!, serve: b!.serve },
    { ...b!, serve: a!.serve },
  ];
  return { ...plan, bindings, fallback: bindings[0]! };
}

describe('planBindings', () => {
  it('plans each host with its leaf thumbprint, its intermediates without the root, and the first host as fallback', () => {
    const plan = planBindings(verifyInputs(trust()), sites);
    expect(plan.bindings.map((b) => [b.host, b.thumbprint])).toEqual([
      ['www.test1.com', thumbA],
      ['www.test2.com', thumbB],
    ]);
    expect(plan.bindings[0]!.serve.chain.map((c) => c.subject)).toEqual(['CN=sni-ready Test Intermediate']);
    expect(plan.fallback?.host).toBe('www.test1.com');
    expect(plan.anchors.some((c) => c.subject === 'CN=sni-ready Test Root')).toBe(true);
  });

  it('takes fallback none and a named fallback, and refuses a fallback that is not a site host', () => {
    expect(planBindings(verifyInputs({ fallback: null }), sites).fallback).toBeNull();
    expect(planBindings(verifyInputs({ fallback: 'www.test2.com' }), sites).fallback?.thumbprint).toBe(thumbB);
    expect(() => planBindings(verifyInputs({ fallback: 'www.other.com' }), sites)).toThrow(InputError);
  });

  it('probes a wildcard host under a concrete label', () => {
    expect(probeNameOf('*.test1.com')).toBe('sni-ready-verify.test1.com');
    expect(probeNameOf('www.test1.com')).toBe('www.test1.com');
  });

  it('selects iis on Windows, nginx when installed, else node; an explicit server wins', () => {
    expect(selectServer('auto', 'win32', null)).toBe('iis');
    expect(selectServer('auto', 'linux', '/usr/sbin/nginx')).toBe('nginx');
    expect(selectServer('auto', 'linux', null)).toBe('node');
    expect(selectServer('node', 'linux', '/usr/sbin/nginx')).toBe('node');
  });
});

describe('runVerify stops cleanly on certificates it cannot serve', () => {
  it('returns one finding per unservable site and starts no server', async () => {
    const noKey: LoadedSite = { ...sites[1]!, key: undefined };
    const log = recordingLog();
    const result = await runVerify(verifyInputs({ server: 'node' }), [sites[0]!, noKey], log);
    expect(result.endpoints).toEqual([]);
    expect(result.findings.map((f) => [f.rule, f.host])).toEqual([['cert-no-key', 'www.test2.com']]);
    expect(log.lines.some((l) => /listening/.test(l))).toBe(false);
  });

  it('throws an InputError for a fallback outside sites and for no sites at all', async () => {
    await expect(runVerify(verifyInputs(), [], recordingLog())).rejects.toThrow(InputError);
    await expect(runVerify(verifyInputs({ fallback: 'nope.example.com' }), sites, recordingLog())).rejects.toThrow(/fallback/);
  });
});

const servers: ('nginx' | 'node')[] = ['node', ...(needTool('nginx', 'verify with nginx') ? ['nginx' as const] : [])];

describe.each(servers)('verify with %s', (server) => {
  const opts = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ server, timeoutMs: 5000, concurrency: 10, at: new Date(), ...over });

  it('passes a correct two-host plan: each host gets its own leaf and chain, clients without SNI get the fallback', async () => {
    const log = recordingLog();
    const plan = planBindings(verifyInputs(trust()), sites);
    const result = await verifyPlan(plan, opts(), log);
    expect(errors(result.findings)).toEqual([]);
    expect(result.findings).toEqual([]);
    const byHost = Object.fromEntries(result.endpoints.filter((e) => e.sni).map((e) => [e.host, e]));
    expect(byHost['www.test1.com']?.thumbprint).toBe(thumbA);
    expect(byHost['www.test2.com']?.thumbprint).toBe(thumbB);
    expect(byHost['www.test1.com']?.chain.map((c) => c.subject)).toContain('CN=sni-ready Test Intermediate');
    expect(['TLSv1.2', 'TLSv1.3']).toContain(byHost['www.test2.com']?.protocol);
    const noSni = result.endpoints.find((e) => e.sni === null);
    expect(noSni?.thumbprint).toBe(thumbA);
    expect(result.notes?.join('\n')).toMatch(/without SNI get www\.test1\.com's certificate/);
  });

  it('fails a swapped mapping with tls-wrong-certificate for both hosts, naming served and expected', async () => {
    const plan = planBindings(verifyInputs(trust()), sites);
    const result = await verifyPlan(plan, opts({ served: swapped(plan) }), recordingLog());
    const wrong = result.findings.filter((f) => f.rule === 'tls-wrong-certificate');
    expect(wrong.map((f) => f.host).sort()).toEqual(['www.test1.com', 'www.test2.com']);
    expect(wrong.find((f) => f.host === 'www.test1.com')?.message).toContain(`(${thumbB}) for www.test1.com, expected 'www.test1.com' (${thumbA})`);
    expect(wrong.every((f) => f.severity === 'error')).toBe(true);
    // the swapped server's default is B's certificate, so clients without SNI miss the planned fallback too
    expect(result.findings.some((f) => f.rule === 'tls-no-sni-fallback' && f.severity === 'warning')).toBe(true);
  });

  it("serves what a startup task's data file binds: a swapped data file fails both hosts, a missing host gets the fallback", async () => {
    const plan = planBindings(verifyInputs(trust()), sites);
    const data = (bindings: [string, string][], fallback: [string, string] | null): StartupData => ({
      version: 1,
      siteName: 'Web',
      port: 443,
      bindings: bindings.map(([host, thumbprint]) => ({ host, thumbprint })),
      fallback: fallback && { host: fallback[0], thumbprint: fallback[1] },
    });
    const good = planFromStartupData(
      plan,
      data(
        [
          ['www.test1.com', thumbA],
          ['www.test2.com', thumbB],
        ],
        ['www.test1.com', thumbA],
      ),
    );
    expect((await verifyPlan(plan, opts({ served: good.served }), recordingLog())).findings).toEqual([]);

    const swappedData = planFromStartupData(
      plan,
      data(
        [
          ['www.test1.com', thumbB],
          ['www.test2.com', thumbA],
        ],
        ['www.test1.com', thumbB],
      ),
    );
    const r1 = await verifyPlan(plan, opts({ served: swappedData.served }), recordingLog());
    expect(r1.findings.filter((f) => f.rule === 'tls-wrong-certificate').map((f) => f.host)).toEqual(['www.test1.com', 'www.test2.com']);

    const missing = planFromStartupData(plan, data([['www.test1.com', thumbA]], ['www.test1.com', thumbA]));
    expect(missing.notes.join(' ')).toMatch(/no binding for www\.test2\.com/);
    const r2 = await verifyPlan(plan, opts({ served: missing.served }), recordingLog());
    expect(r2.findings.map((f) => [f.rule, f.host])).toEqual([['tls-wrong-certificate', 'www.test2.com']]);
  });

  it('reports tls-chain-incomplete for a leaf-only certificate and for intermediates left out', async () => {
    const leafOnly = [loadedSite(['www.test1.com'], pki.leaves.a!, [], 1), sites[1]!];
    const r1 = await verifyPlan(planBindings(verifyInputs(trust()), leafOnly), opts(), recordingLog());
    expect(r1.findings.filter((f) => f.rule === 'tls-chain-incomplete').map((f) => f.host)).toEqual(['www.test1.com']);
    expect(r1.findings.find((f) => f.rule === 'tls-chain-incomplete')?.message).toMatch(/does not send the issuer 'CN=sni-ready Test Intermediate'/);

    const plan = planBindings(verifyInputs(trust()), sites);
    const withoutIntermediates: BindingPlan = { ...plan, bindings: plan.bindings.map((b) => ({ ...b, serve: { ...b.serve, chain: [] } })) };
    withoutIntermediates.fallback = withoutIntermediates.bindings[0]!;
    const r2 = await verifyPlan(plan, opts({ served: withoutIntermediates }), recordingLog());
    expect(
      r2.findings
        .filter((f) => f.rule === 'tls-chain-incomplete')
        .map((f) => f.host)
        .sort(),
    ).toEqual(['www.test1.com', 'www.test2.com']);
    expect(r2.findings.some((f) => f.rule === 'tls-wrong-certificate')).toBe(false);
  });

  it('reports tls-chain-incomplete for a leaf-only host whose fallback neighbour sends the same intermediate', async () => {
    // Node completed a leaf-only SNI context's chain from the default (fallback) context
    const leafOnlySecond = [sites[0]!, loadedSite(['www.test2.com'], pki.leaves.b!, [], 2)];
    const r = await verifyPlan(planBindings(verifyInputs(trust()), leafOnlySecond), opts(), recordingLog());
    expect(r.findings.map((f) => [f.rule, f.host])).toEqual([['tls-chain-incomplete', 'www.test2.com']]);
    expect(r.endpoints.find((e) => e.host === 'www.test2.com')?.chain).toEqual([]);
  });

  it.each(['www.ec.com', 'www.rsa.com'])('serves each host its own leaf when key types differ (EC and RSA), fallback %s', async (fallback) => {
    // Node kept serving an EC default certificate for a name whose SNI context holds an RSA key
    const mixed = [loadedSite(['www.ec.com'], mpki.ec, [pki.intermediate.cert], 1), loadedSite(['www.rsa.com'], mpki.rsa, [pki.intermediate.cert], 2)];
    const r = await verifyPlan(planBindings(verifyInputs({ ...trust(), fallback }), mixed), opts(), recordingLog());
    expect(r.findings).toEqual([]);
    expect(r.endpoints.map((e) => [e.sni, e.thumbprint])).toEqual([
      ['www.ec.com', sha1(mpki.ec.cert)],
      ['www.rsa.com', sha1(mpki.rsa.cert)],
      [null, sha1(fallback === 'www.ec.com' ? mpki.ec.cert : mpki.rsa.cert)],
    ]);
  });

  it('reports what clients without SNI get: refused as a notice with fallback none, the named fallback otherwise', async () => {
    const none = await verifyPlan(planBindings(verifyInputs({ ...trust(), fallback: null }), sites), opts(), recordingLog());
    const f = none.findings.filter((x) => x.rule === 'tls-no-sni-fallback');
    expect(f.map((x) => x.severity)).toEqual(['notice']);
    expect(f[0]?.message).toMatch(/refused/);
    expect(none.endpoints.find((e) => e.sni === null)?.error).toBeTruthy();
    expect(errors(none.findings)).toEqual([]);

    const second = await verifyPlan(planBindings(verifyInputs({ ...trust(), fallback: 'www.test2.com' }), sites), opts(), recordingLog());
    expect(second.endpoints.find((e) => e.sni === null)?.thumbprint).toBe(thumbB);
    expect(second.findings).toEqual([]);
  });

  it('serves a wildcard host under its probe name', async () => {
    const wsites = [loadedSite(['*.test3.com'], wpki.leaves.w!, [wpki.intermediate.cert]), sites[0]!];
    const result = await verifyPlan(planBindings(verifyInputs({ trustFiles: [wpki.root.cert, pki.root.cert] }), wsites), opts(), recordingLog());
    expect(result.findings).toEqual([]);
    expect(result.endpoints.find((e) => e.host === 'sni-ready-verify.test3.com')?.thumbprint).toBe(sha1(wpki.leaves.w!.cert));
  });
});

describe.skipIf(!needTool('nginx', 'nginx lifecycle'))('nginx lifecycle', () => {
  const base = (over: Partial<VerifyOptions> = {}): VerifyOptions => ({ server: 'nginx', timeoutMs: 5000, concurrency: 10, at: new Date(), ...over });

  it('keeps keys 0600 in a private 0700 directory while running, and leaves no process or key file after the run', async () => {
    let spawned: { pid: number | undefined; dir: string } | undefined;
    const modes: string[] = [];
    const log = recordingLog();
    await verifyPlan(
      planBindings(verifyInputs(trust()), sites),
      base({
        onSpawn: (i) => (spawned = i),
        afterStart: (srv) => {
          modes.push((fs.statSync(srv.dir!).mode & 0o777).toString(8));
          for (const f of fs.readdirSync(srv.dir!).filter((n) => n.startsWith('key-')))
            modes.push((fs.statSync(path.join(srv.dir!, f)).mode & 0o777).toString(8));
          expect(processAlive(srv.pid!)).toBe(true);
        },
      }),
      log,
    );
    expect(modes).toEqual(['700', '600', '600']);
    expect(spawned?.pid).toBeGreaterThan(0);
    expect(processAlive(spawned!.pid!)).toBe(false);
    expect(fs.existsSync(spawned!.dir)).toBe(false);
    expect(processesMentioning(spawned!.dir)).toEqual([]);
    expect(log.lines.some((l) => /nginx: .*accepts connections.*\(\d+ ms\)/.test(l))).toBe(true);
  });

  it('stops nginx and removes the key files when a step fails after start', async () => {
    let spawned: { pid: number | undefined; dir: string } | undefined;
    const run = verifyPlan(
      planBindings(verifyInputs(trust()), sites),
      base({
        onSpawn: (i) => (spawned = i),
        afterStart: () => {
          throw new Error('simulated failure mid-run');
        },
      }),
      recordingLog(),
    );
    await expect(run).rejects.toThrow('simulated failure mid-run');
    expect(processAlive(spawned!.pid!)).toBe(false);
    expect(fs.existsSync(spawned!.dir)).toBe(false);
  });

  it.each(STOP_SIGNALS)('kills nginx and removes the key files when the run gets %s (Node skips finally blocks then)', async (signal) => {
    let seen: { pid: number; dir: string; listeners: number; alive?: boolean; dirLeft?: boolean } | undefined;
    // stands in for whoever else handles the signal, so that the re-raised default does not end the test worker
    const other = (): void => undefined;
    const before = process.listenerCount(signal);
    process.on(signal, other);
    try {
      await verifyPlan(
        planBindings(verifyInputs(trust()), sites),
        base({
          afterStart: async (srv) => {
            seen = { pid: srv.pid!, dir: srv.dir!, listeners: process.listenerCount(signal) };
            process.emit(signal, signal);
            for (let i = 0; i < 100 && processAlive(srv.pid!); i++) await new Promise((r) => setTimeout(r, 10));
            seen.alive = processAlive(srv.pid!);
            seen.dirLeft = fs.existsSync(srv.dir!);
          },
        }),
        recordingLog(),
      );
    } finally {
      process.off(signal, other);
    }
    expect(seen?.listeners).toBe(before + 2);
    expect(seen?.alive).toBe(false);
    expect(seen?.dirLeft).toBe(false);
    expect(process.listenerCount(signal)).toBe(before);
  });

  it('kills a server that never listens (and ignores SIGQUIT) when the start times out, and removes its directory', async () => {
    const fake = path.join(tempDir(), 'nginx');
    fs.writeFileSync(fake, '#!/bin/sh\n[ "$1" = -v ] && { echo "nginx version: nginx/0.0-fake" >&2; exit 0; }\ntrap "" QUIT\nexec sleep 30\n', { mode: 0o755 });
    let spawned: { pid: number | undefined; dir: string } | undefined;
    const log = recordingLog();
    const run = verifyPlan(
      planBindings(verifyInputs(), sites),
      base({ nginxPath: fake, nginxStartTimeoutMs: 300, nginxStopGraceMs: 200, onSpawn: (i) => (spawned = i) }),
      log,
    );
    await expect(run).rejects.toThrow(/did not accept connections .* within 0.3 s/);
    expect(log.lines.some((l) => /did not quit within 0.2 s; killing it/.test(l))).toBe(true);
    expect(processAlive(spawned!.pid!)).toBe(false);
    expect(fs.existsSync(spawned!.dir)).toBe(false);
  });

  it("names nginx's own error when it refuses to start, and cleans up", async () => {
    const fake = path.join(tempDir(), 'nginx');
    fs.writeFileSync(fake, '#!/bin/sh\n[ "$1" = -v ] && exit 0\necho "nginx: [emerg] simulated configuration error" >&2\nexit 1\n', { mode: 0o755 });
    let spawned: { pid: number | undefined; dir: string } | undefined;
    const run = verifyPlan(planBindings(verifyInputs(), sites), base({ nginxPath: fake, onSpawn: (i) => (spawned = i) }), recordingLog());
    await expect(run).rejects.toThrow(/did not start: nginx: \[emerg\] simulated configuration error/);
    expect(fs.existsSync(spawned!.dir)).toBe(false);
  });
});

describe('nginx configuration', () => {
  it('holds only validated hosts and our own paths, with TLS 1.2+ and a default server for the fallback', () => {
    const plan = planBindings(verifyInputs(), sites);
    const conf = nginxConfig(
      plan,
      '/tmp/sni-ready-nginx-x',
      '127.0.0.1',
      4443,
      [
        ['/tmp/sni-ready-nginx-x/cert-0.pem', '/tmp/sni-ready-nginx-x/key-0.pem'],
        ['/tmp/sni-ready-nginx-x/cert-1.pem', '/tmp/sni-ready-nginx-x/key-1.pem'],
      ],
      false,
    );
    expect(conf).toMatch(/listen 127\.0\.0\.1:4443 ssl default_server;\n {4}server_name www\.test1\.com;/);
    expect(conf).toMatch(/listen 127\.0\.0\.1:4443 ssl;\n {4}server_name www\.test2\.com;/);
    expect(conf).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(conf).not.toContain('ssl_reject_handshake');
    const none = nginxConfig(
      { ...plan, fallback: null },
      '/tmp/d',
      '127.0.0.1',
      1,
      [
        ['/tmp/d/c0', '/tmp/d/k0'],
        ['/tmp/d/c1', '/tmp/d/k1'],
      ],
      false,
    );
    expect(none).toContain('ssl_reject_handshake on;');
  });

  it('refuses a host or a path that could change the configuration', () => {
    const plan = planBindings(verifyInputs(), sites);
    const evil = { ...plan, bindings: [{ ...plan.bindings[0]!, host: 'x.com; include /etc/passwd' }] };
    expect(() => nginxConfig(evil, '/tmp/d', '127.0.0.1', 1, [['/tmp/d/c', '/tmp/d/k']], false)).toThrow(/Refusing/);
    expect(() =>
      nginxConfig(
        plan,
        '/tmp/d";evil',
        '127.0.0.1',
        1,
        [
          ['/tmp/d/c', '/tmp/d/k'],
          ['/tmp/d/c', '/tmp/d/k'],
        ],
        false,
      ),
    ).toThrow(/TMPDIR/);
    expect(() =>
      nginxConfig(
        plan,
        '/tmp/$var',
        '127.0.0.1',
        1,
        [
          ['/tmp/d/c', '/tmp/d/k'],
          ['/tmp/d/c', '/tmp/d/k'],
        ],
        false,
      ),
    ).toThrow(/TMPDIR/);
  });
});

describe('probePlan on a server that only speaks TLS 1.1', () => {
  it('reports tls-protocol for every host, and nothing else', async () => {
    const plan = planBindings(verifyInputs(trust()), sites);
    const ctx = (i: number) =>
      tls.createSecureContext({
        key: keyPem(plan.bindings[i]!.serve),
        cert: fullChainPem(plan.bindings[i]!.serve),
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      });
    const contexts = [ctx(0), ctx(1)];
    const server = tls.createServer({
      key: keyPem(plan.bindings[0]!.serve),
      cert: fullChainPem(plan.bindings[0]!.serve),
      minVersion: 'TLSv1',
      maxVersion: 'TLSv1.1',
      ciphers: 'DEFAULT:@SECLEVEL=0',
      SNICallback: (name, cb) => cb(null, contexts[plan.bindings.findIndex((b) => b.host === name)]),
    });
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const judged = await probePlan(plan, { address: '127.0.0.1', port }, { timeoutMs: 5000, concurrency: 4, at: new Date() });
      expect(judged.endpoints.filter((e) => e.sni).map((e) => e.protocol)).toEqual(['TLSv1.1', 'TLSv1.1']);
      expect(judged.findings.map((f) => [f.rule, f.host])).toEqual([
        ['tls-protocol', 'www.test1.com'],
        ['tls-protocol', 'www.test2.com'],
      ]);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe('probePlan on a silent server', () => {
  it('reports every host unreachable (and no second finding for clients without SNI), each probe bounded by its timeout', async () => {
    const held: net.Socket[] = [];
    const server = net.createServer((s) => held.push(s));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as net.AddressInfo).port;
      const plan = planBindings(verifyInputs(trust()), sites);
      const judged = await probePlan(plan, { address: '127.0.0.1', port }, { timeoutMs: 300, concurrency: 1, at: new Date() });
      expect(judged.findings.map((f) => [f.rule, f.severity])).toEqual([
        ['tls-unreachable', 'error'],
        ['tls-unreachable', 'error'],
      ]);
      expect(judged.endpoints.every((e) => typeof e.error === 'string' && e.thumbprint === undefined)).toBe(true);
    } finally {
      for (const s of held) s.destroy();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('nginx version gate', () => {
  it('compares dotted versions', () => {
    expect(versionAtLeast('nginx/1.22.1', [1, 19, 5])).toBe(true);
    expect(versionAtLeast('nginx/1.19.5', [1, 19, 5])).toBe(true);
    expect(versionAtLeast('nginx/1.18.0', [1, 19, 5])).toBe(false);
    expect(versionAtLeast('nginx/1.9.15', [1, 19, 5])).toBe(false);
  });
});

describe('node server: ClientHello routing', () => {
  async function helloBytes(servername: string | undefined): Promise<Buffer> {
    const got: Buffer[] = [];
    const srv = net.createServer((s) => {
      s.on('data', (d: Buffer) => {
        got.push(d);
        s.destroy();
      });
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const port = (srv.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => {
      const c = tls.connect({ host: '127.0.0.1', port, servername, rejectUnauthorized: false });
      c.on('error', () => resolve());
      c.on('close', () => resolve());
    });
    await new Promise<void>((r) => srv.close(() => r()));
    return Buffer.concat(got);
  }

  it('tells a ClientHello with SNI from one without, and waits for the whole record', async () => {
    const withName = await helloBytes('www.test1.com');
    const withoutName = await helloBytes(undefined);
    expect(clientHelloHasSni(withName)).toBe(true);
    expect(clientHelloHasSni(withoutName)).toBe(false);
    expect(clientHelloHasSni(withName.subarray(0, 20))).toBeUndefined();
    expect(clientHelloHasSni(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBe(false);
    // the same hello split over two records is still read
    const body = withName.subarray(5);
    const split = Buffer.concat([
      Buffer.from([0x16, 3, 1, 0, 10]),
      body.subarray(0, 10),
      Buffer.from([0x16, 3, 1, (body.length - 10) >> 8, (body.length - 10) & 0xff]),
      body.subarray(10),
    ]);
    expect(clientHelloHasSni(split)).toBe(true);
  });

  it('gives an unknown name the fallback, refuses it without one, and survives garbage', async () => {
    const plan = planBindings(verifyInputs({ ...trust(), fallback: 'www.test2.com' }), sites);
    const server = await startNodeServer(plan, recordingLog());
    const leafFor = (servername: string | undefined): Promise<string> =>
      new Promise((resolve) => {
        const c = tls.connect({ host: '127.0.0.1', port: server.port, servername, rejectUnauthorized: false }, () => {
          resolve(c.getPeerX509Certificate()?.fingerprint.replace(/:/g, '') ?? '');
          c.destroy();
        });
        c.on('error', (e) => resolve(`error: ${e.message}`));
      });
    try {
      const junk = net.connect(server.port, '127.0.0.1', () => junk.write(Buffer.alloc(100, 0x41)));
      junk.on('error', () => undefined);
      expect(await leafFor('unknown.example.com')).toBe(thumbB);
      expect(await leafFor('www.test1.com')).toBe(thumbA);
      junk.destroy();
    } finally {
      await server.stop();
    }
    const none = await startNodeServer(planBindings(verifyInputs({ ...trust(), fallback: null }), sites), recordingLog());
    try {
      const c = tls.connect({ host: '127.0.0.1', port: none.port, servername: 'unknown.example.com', rejectUnauthorized: false });
      await expect(new Promise((resolve, reject) => (c.on('secureConnect', resolve), c.on('error', reject)))).rejects.toThrow();
    } finally {
      await none.stop();
    }
  });
});
