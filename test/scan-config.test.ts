// What `scan` says about a server's configuration where a current client gets nothing or gets
// only part of the story: servers that offer only broken suites (reported for what they offer,
// not just "handshake failed"), DH groups under 1024 bits (read from the ServerKeyExchange of a
// hand-made handshake, since OpenSSL 3 refuses them), a handshake message over OpenSSL's limit
// that is not a certificate chain, and hosts with different configurations on one address. Real
// servers on loopback — GnuTLS's gnutls-serv for what OpenSSL 3 cannot serve, nginx for SNI
// server blocks, a raw TCP server for what no TLS library sends — scanned through the bundle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { runAction } from './helpers/run-dist.js';
import { makePki, tempDir, type Pki } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';
import {
  dhParams,
  handshakeMessage,
  records,
  runActionAsync,
  serverHelloBody,
  startCraftedServer,
  startGnutlsServer,
  startNginxSites,
  type ServerProcess,
} from './helpers/tlsConfig.js';
import { probeDhGroup, readDhGroup, readOversized, oversizeReader, dhGroupReader } from '../src/tls/handshake.js';
import { probeTls } from '../src/tls/probe.js';

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
  dir = tempDir('sni-ready-scan-config-');
  pki = makePki(dir, {
    a: { cn: 'a.test', dns: ['a.test'] },
    b: { cn: 'b.test', dns: ['b.test', 'c.test'] },
  });
});

afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
});

const rules = (fs: F[]) => fs.map((f) => f.rule).sort();
const only = (fs: F[], rule: string) => fs.filter((f) => f.rule === rule);
const A = () => ({ key: pki.leaves.a!.key, certs: [pki.leaves.a!.cert, pki.intermediate.cert] });

function scan(endpoints: string[]): {
  findings: F[];
  notes: string[];
  status: number | null;
  report: { endpoints: { host: string; sni: string | null; error?: string }[] };
} {
  const run = runAction({ command: 'scan', endpoints: endpoints.join('\n'), trust: pki.root.cert });
  expect(run.report, run.stdout + run.stderr).toBeDefined();
  return { findings: run.report.findings, notes: run.report.notes ?? [], status: run.status, report: run.report };
}

// GnuTLS priority strings: one kind of suite, TLS 1.2 only, RSA certificates.
const P = (kx: string, cipher: string, mac = '+AEAD') => `NONE:+VERS-TLS1.2:${cipher}:${mac}:${kx}:+SIGN-ALL:+COMP-NULL:%PROFILE_VERY_WEAK`;

const gnutls = needTool('gnutls-serv', 'scan against servers OpenSSL 3 cannot be (gnutls-serv)');
describe.skipIf(!gnutls)('a server that offers only broken suites is reported for what it offers', () => {
  it.each([
    ['NULL', P('+RSA', '+NULL', '+SHA1'), 'TLS_RSA_WITH_NULL_SHA'],
    ['RC4', P('+RSA', '+ARCFOUR-128', '+SHA1'), 'TLS_RSA_WITH_RC4_128_SHA'],
    ['3DES', P('+RSA', '+3DES-CBC', '+SHA1'), 'TLS_RSA_WITH_3DES_EDE_CBC_SHA'],
  ])('%s only: tls-unreachable says why a current client cannot connect, tls-weak-cipher names the suite', async (_kind, priority, suite) => {
    const server = await startGnutlsServer(gnutls!, dir, A(), priority);
    running.push(server);
    const { findings, status, report } = scan([`a.test:${server.port} @127.0.0.1`]);
    expect(status).toBe(1);
    expect(rules(findings)).toEqual(['tls-unreachable', 'tls-weak-cipher']);
    const unreachable = only(findings, 'tls-unreachable')[0]!;
    // still unreachable (a current client indeed cannot connect), and now says why
    expect(unreachable.host).toBe('a.test');
    expect(unreachable.message).toMatch(/handshake/);
    expect(unreachable.message).toContain(`What the server does accept, a current client does not offer or refuses: broken cipher suites (${suite})`);
    expect(unreachable.fix).toContain('Enable TLS 1.2');
    const weak = only(findings, 'tls-weak-cipher')[0]!;
    expect(weak.severity).toBe('error');
    expect(weak.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port} for a\\.test accepts broken cipher suites \\(${suite}\\)\\.$`));
    // the report row says it too
    expect(report.endpoints.find((e) => e.sni === 'a.test')!.error).toContain(suite);
  });

  it('DHE with a 512-bit group beside ECDHE: the group is read from the ServerKeyExchange, which OpenSSL 3 refuses to complete', async () => {
    const dh512 = dhParams(dir, 512);
    const server = await startGnutlsServer(
      gnutls!,
      dir,
      A(),
      'NONE:+VERS-TLS1.3:+VERS-TLS1.2:+AES-128-GCM:+AEAD:+ECDHE-RSA:+DHE-RSA:+SIGN-ALL:+GROUP-X25519:+GROUP-SECP256R1:+COMP-NULL:%PROFILE_VERY_WEAK',
      dh512,
    );
    running.push(server);
    // What the probe used to be: an OpenSSL handshake offering only DHE suites. It fails, and read as "no DHE".
    const old = await probeTls({
      host: 'a.test',
      address: '127.0.0.1',
      port: server.port,
      servername: 'a.test',
      timeoutMs: 5000,
      handshake: { minVersion: 'TLSv1', maxVersion: 'TLSv1.2', ciphers: 'kDHE:@SECLEVEL=0' },
    });
    expect(old.ok).toBe(false);
    const now = await probeDhGroup({ address: '127.0.0.1', port: server.port, servername: 'a.test', timeoutMs: 5000 });
    expect(now).toMatchObject({ ok: true, ephemeral: { type: 'DH', size: 512 }, cipher: { standardName: expect.stringMatching(/^TLS_DHE_RSA_/) } });

    const { findings, status, report } = scan([`a.test:${server.port} @127.0.0.1`]);
    expect(status).toBe(1);
    expect(rules(findings)).toEqual(['tls-weak-key-exchange']);
    expect(findings[0]!.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port} for a\\.test uses a 512-bit Diffie-Hellman group`));
    expect(findings[0]!.message).toContain('Current clients refuse it outright');
    // the host itself is reachable: a current client gets ECDHE
    expect(report.endpoints.find((e) => e.sni === 'a.test')!.error).toBeUndefined();
  });

  it('DHE only, with a 512-bit group: unreachable, and the finding says the group is why', async () => {
    const server = await startGnutlsServer(gnutls!, dir, A(), P('+DHE-RSA', '+AES-128-GCM'), dhParams(dir, 512));
    running.push(server);
    const { findings } = scan([`a.test:${server.port} @127.0.0.1`]);
    expect(rules(findings)).toEqual(['tls-unreachable', 'tls-weak-key-exchange']);
    expect(only(findings, 'tls-unreachable')[0]!.message).toContain('DHE suites with a 512-bit Diffie-Hellman group, which current clients refuse');
    expect(only(findings, 'tls-weak-key-exchange')[0]!.message).toContain('512-bit');
  });
});

describe('a handshake message over OpenSSL’s limit is a large chain only when it is a Certificate message of real certificates', () => {
  it('a ServerHello announcing 16 MiB is a broken server: tls-unreachable (error), not tls-chain-too-large', async () => {
    const hello = serverHelloBody(0xc02f);
    const server = await startCraftedServer(() => records(handshakeMessage(2, hello, 0xffffff)));
    running.push(server);
    const run = await runActionAsync({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1`, trust: pki.root.cert });
    const findings: F[] = run.report.findings;
    expect(rules(findings)).toEqual(['tls-unreachable']);
    expect(findings[0]!.severity).toBe('error');
    expect(findings[0]!.message).toContain('the server sends a ServerHello announcing 16 MiB (16777215 bytes; OpenSSL accepts 20000 at most');
    expect(findings[0]!.message).toContain('a broken server');
    expect(run.status).toBe(1);
  });

  it('a Certificate message of 200 KB that holds no certificates is a broken server too', async () => {
    // well-framed entries (3-byte lengths that add up), each a DER SEQUENCE of zeros: not X.509
    const entry = Buffer.concat([Buffer.from([0x00, 0x27, 0x14]), Buffer.from([0x30, 0x82, 0x27, 0x10]), Buffer.alloc(0x2710)]);
    const list = Buffer.concat(Array.from({ length: 20 }, () => entry));
    const cert = handshakeMessage(11, Buffer.concat([Buffer.from([list.length >> 16, (list.length >> 8) & 0xff, list.length & 0xff]), list]));
    const server = await startCraftedServer(() => records(Buffer.concat([handshakeMessage(2, serverHelloBody(0xc02f)), cert])));
    running.push(server);
    const run = await runActionAsync({ command: 'scan', endpoints: `a.test:${server.port} @127.0.0.1`, trust: pki.root.cert, 'fail-on': 'never' });
    const findings: F[] = run.report.findings;
    expect(rules(findings)).toEqual(['tls-unreachable']);
    expect(findings[0]!.message).toMatch(/a Certificate message of 195 KB that has a certificate entry 1 that is not an X\.509 certificate/);
  });

  it('reads a trickled answer as it reads a whole one, and waits for what it needs', () => {
    const leaf = new X509Certificate(fs.readFileSync(pki.leaves.a!.cert)).raw;
    const entry = (der: Buffer) => Buffer.concat([Buffer.from([der.length >> 16, (der.length >> 8) & 0xff, der.length & 0xff]), der]);
    // a real leaf repeated past the 100 KB limit: a large chain
    const list = Buffer.concat(Array.from({ length: 140 }, () => entry(leaf)));
    const hs = Buffer.concat([
      handshakeMessage(2, serverHelloBody(0xc02f)),
      handshakeMessage(11, Buffer.concat([Buffer.from([list.length >> 16, (list.length >> 8) & 0xff, list.length & 0xff]), list])),
    ]);
    expect(readOversized(hs)).toEqual({ kind: 'chain', bytes: list.length + 3, certificates: 140 });
    expect(readOversized(hs.subarray(0, hs.length - 1))).toBeUndefined();
    const read = oversizeReader();
    let got;
    for (let i = 1; i <= hs.length && !got; i += 997) got = read(hs.subarray(0, i));
    expect(got ?? read(hs)).toEqual({ kind: 'chain', bytes: list.length + 3, certificates: 140 });
    // a handshake without any oversized message says so
    expect(readOversized(Buffer.concat([handshakeMessage(2, serverHelloBody(0xc02f)), handshakeMessage(14, Buffer.alloc(0))]))).toMatchObject({
      kind: 'unread',
    });

    // the DH prime's size, whatever its leading zero bytes, once it has arrived
    const p = Buffer.concat([Buffer.from([0x00, 0x01]), Buffer.alloc(63, 0xff)]); // 1 + 63*8 = 505 bits
    const ske = handshakeMessage(12, Buffer.concat([Buffer.from([0, p.length]), p, Buffer.from([0, 1, 2, 0, 1, 5])]));
    const dhHs = Buffer.concat([handshakeMessage(2, serverHelloBody(0x009e)), handshakeMessage(11, Buffer.from([0, 0, 0])), ske]);
    expect(readDhGroup(dhHs)).toEqual({ bits: 505 });
    expect(readDhGroup(dhHs.subarray(0, dhHs.length - ske.length + 10))).toBeUndefined();
    const dh = dhGroupReader();
    for (let i = 1; i < dhHs.length - 8; i++) expect(dh(dhHs.subarray(0, i))).toBeUndefined();
    expect(dh(dhHs)).toEqual({ bits: 505 });
    expect(readDhGroup(Buffer.concat([handshakeMessage(2, serverHelloBody(0x009e)), handshakeMessage(14, Buffer.alloc(0))]))).toMatchObject({
      error: expect.stringContaining('no ServerKeyExchange'),
    });
  });

  it('never throws on a mutated answer, fed whole or in pieces', () => {
    const leaf = new X509Certificate(fs.readFileSync(pki.leaves.a!.cert)).raw;
    const list = Buffer.concat([Buffer.from([leaf.length >> 16, (leaf.length >> 8) & 0xff, leaf.length & 0xff]), leaf]);
    const seed = Buffer.concat([
      handshakeMessage(2, serverHelloBody(0x009e)),
      handshakeMessage(11, Buffer.concat([Buffer.from([list.length >> 16, (list.length >> 8) & 0xff, list.length & 0xff]), list]), 0x20000),
      handshakeMessage(12, Buffer.from([0, 4, 0x80, 1, 2, 3, 0, 1, 2])),
      handshakeMessage(14, Buffer.alloc(0)),
    ]);
    let x = 0x2545f491;
    const rand = (n: number) => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    for (let round = 0; round < 2000; round++) {
      const b = Buffer.from(seed.subarray(0, rand(seed.length + 1)));
      for (let k = rand(8); k > 0; k--) if (b.length) b[rand(b.length)] = rand(256);
      const step = 1 + rand(200);
      const [dh, over] = [dhGroupReader(), oversizeReader()];
      for (let i = step; i < b.length; i += step) {
        dh(b.subarray(0, i));
        over(b.subarray(0, i));
      }
      expect(() => [readDhGroup(b), readOversized(b), dh(b), over(b)]).not.toThrow();
    }
  });
});

const nginx = needTool('nginx', 'scan of several SNI hosts on one nginx');
describe.skipIf(!nginx)('one address, several hosts with different configurations (nginx server blocks)', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    const B = { key: pki.leaves.b!.key, certs: [pki.leaves.b!.cert, pki.intermediate.cert] };
    server = await startNginxSites(nginx!, tempDir('sni-ready-nginx-sites-'), [
      { names: ['a.test'], ...A(), ssl: ['ssl_protocols TLSv1.2 TLSv1.3;', "ssl_ciphers 'ECDHE-RSA-AES128-GCM-SHA256';"] },
      {
        names: ['b.test', 'c.test'],
        ...B,
        ssl: ["ssl_ciphers 'DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:@SECLEVEL=0';", `ssl_dhparam ${dhParams(dir, 1024)};`],
      },
    ]);
    running.push(server);
  });

  it('names only the hosts a finding is true of, the same in either order', () => {
    const a = `a.test:${server.port} @127.0.0.1`;
    const b = `b.test:${server.port} @127.0.0.1`;
    const c = `c.test:${server.port} @127.0.0.1`;
    const first = scan([a, b, c]);
    const second = scan([c, b, a]);
    for (const run of [first, second]) {
      expect(run.status).toBe(1);
      expect(rules(run.findings)).toEqual(['tls-weak-key-exchange']);
      const kx = run.findings[0]!;
      // b.test and c.test share a certificate and a configuration: one finding names both, and not a.test
      expect(kx.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port} for b\\.test and c\\.test uses a 1024-bit Diffie-Hellman group`));
      expect(kx.message).not.toContain('a.test');
      // two configurations, each probed once
      expect(run.notes.find((n) => n.startsWith('Configuration probes'))).toMatch(/7 handshakes for each of 2 configurations at 1 address/);
    }
    expect(second.findings).toEqual(first.findings);
  });
});
