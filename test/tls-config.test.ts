// The configuration probes of `scan` (legacy protocols, weak key exchange, weak ciphers) and the
// chain OpenSSL refuses as too large, each against a real server on loopback, through the bundle
// as the runner runs it (`node dist/index.js`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from './helpers/run-dist.js';
import { makePki, tempDir, type Pki } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';
import { probeHello, SSL3, TLS12 } from '../src/tls/hello.js';
import {
  dhParams,
  hugeSanCertificate,
  runActionAsync,
  startConfiguredServer,
  startLegacyResponder,
  startNginxServer,
  type ServerConfig,
  type ServerProcess,
} from './helpers/tlsConfig.js';

interface F {
  rule: string;
  severity: string;
  host?: string;
  message: string;
  fix?: string;
}

let pki: Pki;
let dir: string;
const running: ServerProcess[] = [];

beforeAll(() => {
  dir = tempDir('sni-ready-tls-config-');
  pki = makePki(dir, { a: { cn: 'a.test', dns: ['a.test'] } });
});

afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
});

// Forward-secret AEAD suites only: a server with nothing to report.
const MODERN = 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305';

async function scan(config: Partial<ServerConfig>): Promise<{ findings: F[]; notes: string[]; status: number | null; stdout: string }> {
  const server = await startConfiguredServer({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert], ciphers: MODERN, ...config });
  running.push(server);
  const run = runAction({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1`, trust: pki.root.cert, 'fail-on': 'never' });
  expect(run.report, run.stdout + run.stderr).toBeDefined();
  return { findings: run.report.findings, notes: run.report.notes ?? [], status: run.status, stdout: run.stdout };
}

const rules = (fs: F[]) => fs.map((f) => f.rule).sort();
const only = (fs: F[], rule: string) => fs.filter((f) => f.rule === rule);

describe('scan judges the server configuration once per address and port', () => {
  it('reports nothing for a server with TLS 1.2+ and forward-secret AEAD suites, and says which checks this OpenSSL cannot make', async () => {
    const { findings, notes } = await scan({});
    expect(findings).toEqual([]);
    // RC4 and 3DES are asked for with a hand-made ClientHello, since this OpenSSL cannot offer them; SSL 2.0 is not checked, and says so
    const cannot = notes.find((n) => /cannot offer/.test(n));
    expect(cannot).toMatch(/cannot offer .*RC4 suites.*3DES suites: scan asks for them \(and for every broken suite\) with a hand-made ClientHello/);
    expect(cannot).toMatch(/Not checked \(not a pass\): SSL 2\.0\./);
    // a clean server costs 7 exchanges for its one configuration (address, port, certificate, suite)
    expect(notes.some((n) => /^Configuration probes .*: 7 handshakes for each of 1 configuration at 1 address/.test(n))).toBe(true);
  });

  it('tls-legacy-protocol: names TLS 1.0 and TLS 1.1 accepted beside TLS 1.3, once for the address, with the SCHANNEL keys', async () => {
    const { findings } = await scan({ minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' });
    const legacy = only(findings, 'tls-legacy-protocol');
    expect(legacy).toHaveLength(1);
    expect(legacy[0]!.severity).toBe('error');
    expect(legacy[0]!.host).toBe('127.0.0.1');
    expect(legacy[0]!.message).toMatch(/accepts TLS 1\.0 and TLS 1\.1/);
    expect(legacy[0]!.message).toMatch(/^127\.0\.0\.1:\d+ for a\.test accepts/);
    expect(legacy[0]!.fix).toContain('SCHANNEL\\Protocols\\TLS 1.0\\Server');
    expect(legacy[0]!.fix).toContain('learn.microsoft.com');
    // the host itself negotiated TLS 1.3: no tls-protocol
    expect(only(findings, 'tls-protocol')).toEqual([]);
  });

  it('tls-legacy-protocol: names only TLS 1.1 when TLS 1.0 is refused', async () => {
    const { findings } = await scan({ minVersion: 'TLSv1.1', ciphers: 'DEFAULT@SECLEVEL=0' });
    expect(only(findings, 'tls-legacy-protocol').map((f) => f.message)).toEqual([expect.stringMatching(/accepts TLS 1\.1 when/)]);
  });

  it.each([1024])('tls-weak-key-exchange: a %i-bit DH group', async (bits) => {
    // (Node and OpenSSL 3 servers refuse to load groups under 1024 bits, so smaller ones cannot be served here.)
    const { findings } = await scan({ dhparam: dhParams(dir, bits), ciphers: `DHE-RSA-AES128-GCM-SHA256:${MODERN}@SECLEVEL=0` });
    const kx = only(findings, 'tls-weak-key-exchange');
    expect(kx.map((f) => f.message)).toEqual([expect.stringContaining(`${bits}-bit Diffie-Hellman group`)]);
    expect(kx[0]!.fix).toContain('ServerMinKeyBitLength');
    expect(rules(findings)).toEqual(['tls-weak-key-exchange']);
  });

  it('tls-weak-key-exchange: an elliptic curve outside the usual set', async () => {
    const { findings } = await scan({ ecdhCurve: 'secp224r1:prime256v1' });
    const kx = only(findings, 'tls-weak-key-exchange');
    expect(kx.map((f) => f.message)).toEqual([expect.stringContaining('secp224r1')]);
    expect(kx[0]!.fix).toContain('Disable-TlsEccCurve');
  });

  it('tls-weak-cipher: a NULL-encryption suite is an error, named by its standard name', async () => {
    const { findings, status } = await scan({ ciphers: `${MODERN}:ECDHE-RSA-NULL-SHA@SECLEVEL=0` });
    const weak = only(findings, 'tls-weak-cipher');
    expect(weak).toHaveLength(1);
    expect(weak[0]!.severity).toBe('error');
    expect(weak[0]!.message).toContain('TLS_ECDHE_RSA_WITH_NULL_SHA');
    expect(weak[0]!.fix).toContain('Disable-TlsCipherSuite');
    expect(status).toBe(0); // fail-on: never
  });

  it('tls-weak-cipher: static-RSA key exchange (AES128-SHA) is a warning about forward secrecy', async () => {
    const { findings } = await scan({ ciphers: `${MODERN}:AES128-SHA` });
    const weak = only(findings, 'tls-weak-cipher');
    expect(weak.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('static-RSA key exchange without forward secrecy')]]);
    expect(weak[0]!.message).toMatch(/TLS_RSA_WITH_AES_128_CBC_SHA/);
  });

  it('tls-chain-too-large: a certificate with thousands of names is its own finding, not unreachable', async () => {
    const huge = hugeSanCertificate(dir, 'big.test', 8000);
    const server = await startConfiguredServer({ key: huge.key, certs: [huge.cert], ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' });
    running.push(server);
    const run = runAction({ command: 'scan', endpoints: `big.test:${server.port} @127.0.0.1`, trust: huge.cert, 'fail-on': 'never' });
    const findings: F[] = run.report.findings;
    expect(rules(findings)).toEqual(['tls-chain-too-large']);
    expect(findings[0]!.message).toMatch(/Browsers accept it, but OpenSSL-based clients/);
    expect(findings[0]!.message).toContain('excessive message size');
    // the size, read from the TLS 1.2 message header: 8,000 names of about 17 bytes in DER
    const kb = Number(/a (\d+) KB certificate message/.exec(findings[0]!.message)?.[1]);
    expect(kb).toBeGreaterThan(110);
    expect(kb).toBeLessThan(170);
    // read as a Certificate message of real certificates (the one leaf parses as X.509), not merely a large message
    expect(findings[0]!.message).toContain('KB certificate message (1 certificate)');
    expect(findings[0]!.severity).toBe('warning');
  });

  it('RC4, 3DES and SSL 3.0, which no OpenSSL here can offer: asked for with a hand-made ClientHello, reported when the server chooses them', async () => {
    const real = await startConfiguredServer({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert], ciphers: MODERN });
    running.push(real);
    // an old Schannel: SSL 3.0, TLS_RSA_WITH_3DES_EDE_CBC_SHA and TLS_RSA_WITH_RC4_128_SHA
    const old = await startLegacyResponder(real.port, [0x000a, 0x0005], true);
    running.push(old);
    const run = await runActionAsync({ command: 'scan', endpoints: `a.test:${old.port} @127.0.0.1`, trust: pki.root.cert });
    expect(run.status, run.stdout).toBe(1);
    const findings: F[] = run.report.findings;
    expect(rules(findings)).toEqual(['tls-legacy-protocol', 'tls-weak-cipher']);
    expect(only(findings, 'tls-legacy-protocol')[0]!.message).toMatch(/accepts SSL 3\.0 when/);
    expect(only(findings, 'tls-legacy-protocol')[0]!.fix).toContain('SCHANNEL\\Protocols\\SSL 3.0\\Server');
    const weak = only(findings, 'tls-weak-cipher')[0]!;
    expect(weak.severity).toBe('error');
    // each kind the server accepts is named: after it chose one, the hello was sent again without that kind
    expect(weak.message).toContain('broken cipher suites (TLS_RSA_WITH_RC4_128_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA)');
    expect(weak.fix).toContain('SCHANNEL\\Ciphers\\<cipher>');
    expect(weak.fix).toContain('Enable-TlsCipherSuite -Position');
    // the host itself got its certificate through the responder, from the real server
    expect(run.report.endpoints.find((e: { sni: string | null }) => e.sni === 'a.test').thumbprint).toBeTruthy();
    expect(old.answered.map((a) => a.version)).toContain(SSL3);
  });
});

describe('the hand-made ClientHello against a real server', () => {
  let real: ServerProcess;
  beforeAll(async () => {
    real = await startConfiguredServer({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert], ciphers: `${MODERN}:AES128-SHA` });
    running.push(real);
  });
  const hello = (version: number, suites: number[]) =>
    probeHello({ address: '127.0.0.1', port: real.port, servername: 'a.test', version, suites, timeoutMs: 5000 });

  it('reads the suite the server chooses among those offered', async () => {
    const r = await hello(TLS12, [0x000a, 0x002f]);
    expect(r).toMatchObject({ ok: true, protocol: 'TLSv1.2', cipher: { standardName: 'TLS_RSA_WITH_AES_128_CBC_SHA' } });
    expect((await hello(TLS12, [0xc02f])).cipher?.standardName).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
  });

  it('sees a refusal when none of the offered suites or versions is accepted', async () => {
    const r = await hello(TLS12, [0x000a, 0x0005]);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/refused|closed/);
    expect((await hello(SSL3, [0x002f, 0x000a])).ok).toBe(false);
  });
});

const nginx = needTool('nginx', 'scan against an nginx configured like badssl mozilla-old');
describe.skipIf(!nginx)('scan against nginx configured like an old server (badssl mozilla-old)', () => {
  it('reports TLS 1.0/1.1, the 1024-bit DH group and static RSA, once for the address', async () => {
    const server = await startNginxServer(
      nginx!,
      tempDir('sni-ready-nginx-old-'),
      { key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] },
      [
        'ssl_protocols TLSv1 TLSv1.1 TLSv1.2;',
        "ssl_ciphers 'ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES128-GCM-SHA256:AES128-SHA:@SECLEVEL=0';",
        `ssl_dhparam ${dhParams(dir)};`,
      ],
    );
    running.push(server);
    const run = runAction({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1`, trust: pki.root.cert });
    expect(run.status).toBe(1);
    const findings: F[] = run.report.findings;
    expect(rules(findings)).toEqual(['tls-legacy-protocol', 'tls-weak-cipher', 'tls-weak-key-exchange']);
    expect(only(findings, 'tls-legacy-protocol')[0]!.message).toMatch(/accepts TLS 1\.0 and TLS 1\.1/);
    expect(only(findings, 'tls-weak-key-exchange')[0]!.message).toContain('1024-bit');
    expect(only(findings, 'tls-weak-cipher')[0]!.message).toContain('TLS_RSA_WITH_AES_128_CBC_SHA');
    expect(findings.every((f) => f.host === '127.0.0.1')).toBe(true);
    // the host itself: TLS 1.2 with the forward-secret suite, its chain complete
    expect(run.report.endpoints.find((e: { sni: string | null }) => e.sni === 'a.test')).toMatchObject({ protocol: 'TLSv1.2' });
  });
});
