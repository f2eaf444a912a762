// One endpoint judge for `scan` and `verify`: the same server, probed by both commands, is
// described the same way (subject, issuer, chain above the leaf, expiry) and judged the same way
// (tls-unreachable, tls-wrong-certificate, tls-chain-incomplete, tls-no-sni-fallback).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../src/inputs.js';
import { runScan } from '../src/scan/scan.js';
import { probePlan } from '../src/verify/judge.js';
import { planBindings } from '../src/verify/plan.js';
import type { EndpointReport, Finding } from '../src/types.js';
import { issue, makePki, pfx, sha1, tempDir, type Pki } from './helpers/pki.js';
import { closedPort, startSniServer, type Running } from './helpers/tlsServers.js';
import { loadedSite, recordingLog, verifyInputs } from './helpers/verify.js';

let pki: Pki;
let server: Running;
const running: Running[] = [];

beforeAll(async () => {
  pki = makePki(tempDir('sni-ready-judge-'), {
    a: { cn: 'a.test', dns: ['a.test'] },
    b: { cn: 'b.test', dns: ['b.test'] },
    c: { cn: 'c.test', dns: ['c.test'] },
  });
  // a.test: right leaf and intermediate; b.test: leaf only; c.test: a.test's certificate.
  // Clients without SNI get b.test's certificate while a.test (the first host) is the planned fallback.
  server = await startSniServer(
    {
      'a.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] },
      'b.test': { key: pki.leaves.b!.key, certs: [pki.leaves.b!.cert] },
      'c.test': { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] },
    },
    { key: pki.leaves.b!.key, certs: [pki.leaves.b!.cert] },
  );
  running.push(server);
  for (const n of ['a', 'b', 'c'] as const) pfx(pki.dir, n, pki.leaves[n]!, [pki.intermediate.cert], 'pw');
});

afterAll(async () => {
  await Promise.all(running.map((r) => r.close()));
});

const HOSTS = ['a.test', 'b.test', 'c.test'];

async function bothCommands(
  port: number,
): Promise<{ scan: { endpoints: EndpointReport[]; findings: Finding[] }; verify: { endpoints: EndpointReport[]; findings: Finding[] } }> {
  const scan = await runScan(
    parseInputs(
      (n) =>
        (
          ({
            command: 'scan',
            trust: 'root.crt',
            sites: HOSTS.map((h) => `${h} = ${h[0]}.pfx`).join('\n'),
            password: 'pw',
            endpoints: HOSTS.map((h) => `${h}:${port} @127.0.0.1`).join('\n'),
          }) as Record<string, string>
        )[n] ?? '',
      {},
      pki.dir,
    ),
    recordingLog(),
  );
  const sites = HOSTS.map((h, i) => loadedSite([h], pki.leaves[h[0]!]!, [pki.intermediate.cert], i + 1));
  const plan = planBindings(verifyInputs({ trustFiles: [pki.root.cert] }), sites);
  const verify = await probePlan(plan, { address: '127.0.0.1', port }, { timeoutMs: 5000, concurrency: 4, at: new Date() });
  return { scan, verify };
}

/** The report rows without the timing, keyed by SNI. */
const rows = (eps: EndpointReport[]) => Object.fromEntries(eps.map(({ ms: _ms, ...e }) => [String(e.sni), e]));
/** The endpoint findings both commands make, without the file (verify names the certificate file). */
const judged = (fs: Finding[]) =>
  fs
    .filter((f) => ['tls-unreachable', 'tls-wrong-certificate', 'tls-chain-incomplete', 'tls-no-sni-fallback', 'tls-protocol'].includes(f.rule))
    .map((f) => ({ rule: f.rule, severity: f.severity, host: f.host, message: f.message, fix: f.fix }))
    .sort((x, y) => `${x.rule}${x.host}`.localeCompare(`${y.rule}${y.host}`));

describe('scan and verify share one endpoint judge', () => {
  it('describe the same served certificates identically: subject as a DN, the chain above the leaf', async () => {
    const { scan, verify } = await bothCommands(server.port);
    expect(rows(verify.endpoints)).toEqual(rows(scan.endpoints.filter((e) => e.sni === null || HOSTS.includes(e.sni))));
    const a = rows(scan.endpoints)['a.test']!;
    expect(a.subject).toBe('CN=a.test');
    expect(a.issuer).toBe('CN=sni-ready Test Intermediate');
    expect(a.chain.map((c) => c.thumbprint)).toEqual([sha1(pki.intermediate.cert)]);
    expect(rows(scan.endpoints)['b.test']!.chain).toEqual([]);
  });

  it('judge them identically: chain incomplete, wrong certificate, unplanned fallback', async () => {
    const { scan, verify } = await bothCommands(server.port);
    const s = judged(scan.findings);
    expect(judged(verify.findings)).toEqual(s);
    expect(s.map((f) => [f.rule, f.host, f.severity])).toEqual([
      ['tls-chain-incomplete', 'b.test', 'error'],
      ['tls-no-sni-fallback', '127.0.0.1', 'warning'],
      ['tls-wrong-certificate', 'c.test', 'error'],
    ]);
    expect(s.find((f) => f.rule === 'tls-no-sni-fallback')!.message).toContain(`not the planned fallback a.test (${sha1(pki.leaves.a!.cert)})`);
    // verify also names the certificate file of the host whose chain is incomplete
    expect(verify.findings.find((f) => f.rule === 'tls-chain-incomplete')!.file).toBe(pki.leaves.b!.cert);
  });

  it('judge an endpoint that refuses connections identically', async () => {
    const { scan, verify } = await bothCommands(await closedPort());
    const s = judged(scan.findings);
    expect(judged(verify.findings)).toEqual(s);
    expect(s.map((f) => [f.rule, f.host])).toEqual(HOSTS.map((h) => ['tls-unreachable', h]));
    expect(s[0]!.fix).toContain(`Bind a.test to its certificate (${sha1(pki.leaves.a!.cert)})`);
  });
});

describe('served certificates go through the certificate rules of files', () => {
  it('a CN-only certificate served for its CN is cert-no-san (an error, as in check), not a CN-coverage warning', async () => {
    const nosan = issue(pki.dir, 'nosan', { cn: 'nosan.test' }, pki.intermediate);
    const srv = await startSniServer({ 'nosan.test': { key: nosan.key, certs: [nosan.cert, pki.intermediate.cert] } }, null);
    running.push(srv);
    const scan = await runScan(
      parseInputs(
        (n) => (({ command: 'scan', trust: 'root.crt', fallback: 'none', endpoints: `nosan.test:${srv.port} @127.0.0.1` }) as Record<string, string>)[n] ?? '',
        {},
        pki.dir,
      ),
      recordingLog(),
    );
    const mine = scan.findings.filter((f) => f.host === 'nosan.test');
    expect(mine.map((f) => [f.rule, f.severity])).toEqual([['cert-no-san', 'error']]);
    expect(mine[0]!.message).toMatch(/^nosan\.test \(127\.0\.0\.1:\d+\): .*CN 'nosan\.test' is ignored by browsers/);
  });
});
