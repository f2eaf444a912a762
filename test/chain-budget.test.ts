// Chain work is bounded per validation (src/certs/budget.ts), as rustls-webpki bounds path
// building: a fixed number of signature checks and name-constraint comparisons, then a clear
// `chain-too-complex` finding naming the budget. RSA public exponents are bounded as BoringSSL
// (and so Chrome) bounds them. Name constraints are looked up, not compared pairwise.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { Budget, NAME_CONSTRAINT_COMPARISONS, SIGNATURE_CHECKS } from '../src/certs/budget.js';
import { assessChain } from '../src/certs/chain.js';
import { TrustStore } from '../src/certs/trust.js';
import { rsaKeyRefusal } from '../src/certs/x509.js';
import { crossSignedLoop, HUGE_EXPONENT, leafUnder, nameConstraints, rsaKeyWithExponent, selfSignedCa } from './helpers/hostile-chains.js';
import { makeKey, tempDir } from './helpers/pki.js';
import { CLI } from './helpers/run-dist.js';

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const x509 = (file: string) => new X509Certificate(fs.readFileSync(file));

function judge(leaf: string, presented: string[], anchors: string[], hosts: string[], budget = new Budget()) {
  const trust = new TrustStore();
  for (const a of anchors) trust.add(x509(a));
  const started = process.cpuUsage();
  const a = assessChain({ leaf: x509(leaf), presented: presented.map(x509), hosts, at: new Date(), warnDays: 30, failDays: 7, trust, budget });
  const cpu = process.cpuUsage(started);
  return { ...a, rules: a.findings.map((f) => f.rule), cpuMs: (cpu.user + cpu.system) / 1000, budget };
}

describe('RSA public exponents, bounded as BoringSSL bounds them', () => {
  it('refuses an exponent over 33 bits, accepts one of 33 bits, and names why', () => {
    const over = selfSignedCa(dir, 'e34', 'E34 CA', rsaKeyWithExponent(dir, 'e34', (1n << 33n) + 1n));
    const at = selfSignedCa(dir, 'e33', 'E33 CA', rsaKeyWithExponent(dir, 'e33', (1n << 33n) - 1n));
    const common = selfSignedCa(dir, 'e65537', 'E65537 CA', makeKey(dir, 'e65537'));
    expect(rsaKeyRefusal(x509(over.cert))).toMatch(/RSA public exponent 8589934593 is over 33 bits/);
    expect(rsaKeyRefusal(x509(at.cert))).toBeUndefined();
    expect(rsaKeyRefusal(x509(common.cert))).toBeUndefined();
  });

  it('a CA with a huge exponent signs nothing: the leaf under it is not trusted, the key is named, and no slow check ran', () => {
    const ca = selfSignedCa(dir, 'huge', 'Huge Exponent CA', rsaKeyWithExponent(dir, 'huge', HUGE_EXPONENT));
    expect(rsaKeyRefusal(x509(ca.cert))).toMatch(/RSA public exponent of 2041 bits is over 33 bits/);
    const leaf = leafUnder(dir, 'huge-leaf', ca, ['huge.test']);
    const budget = new Budget();
    const a = judge(leaf.cert, [ca.cert], [ca.cert], ['huge.test'], budget);
    expect(a.trusted).toBe(false);
    const weak = a.findings.find((f) => f.rule === 'cert-weak-key');
    expect(weak?.message).toMatch(/Huge Exponent CA.*RSA key browsers refuse: its RSA public exponent of 2041 bits/);
    // the refused key was never used: no signature check was spent on it
    expect(budget.signaturesLeft).toBeGreaterThan(SIGNATURE_CHECKS - 3);
  });
});

describe('the signature-check budget', () => {
  it(`24 cross-signed CA certificates under one name: at most ${SIGNATURE_CHECKS} signature checks, then chain-too-complex`, () => {
    const { loop, signer } = crossSignedLoop(dir, 'Loop CA', makeKey(dir, 'loopA'), makeKey(dir, 'loopB'), 24);
    const leaf = leafUnder(dir, 'loop-leaf', signer, ['loop.test']);
    const a = judge(
      leaf.cert,
      loop.map((l) => l.cert),
      [],
      ['loop.test'],
    );
    expect(a.budget.exhausted).toBe('signature checks');
    expect(a.budget.signaturesLeft).toBe(0);
    const f = a.findings.find((x) => x.rule === 'chain-too-complex');
    expect(f?.message).toMatch(/ran out of its budget of 100 signature checks/);
    expect(f?.fix).toMatch(/only the leaf and the intermediates of one path/);
  });

  it('an ordinary chain stays far inside the budget and has no such finding', () => {
    const root = selfSignedCa(dir, 'ok-root', 'OK Root', makeKey(dir, 'ok-root'));
    const leaf = leafUnder(dir, 'ok-leaf', root, ['ok.test']);
    const a = judge(leaf.cert, [], [root.cert], ['ok.test']);
    expect(a.trusted).toBe(true);
    expect(a.rules).not.toContain('chain-too-complex');
    expect(a.budget.signaturesLeft).toBeGreaterThan(SIGNATURE_CHECKS - 5);
  });
});

describe('name constraints at scale', () => {
  const N = 3000;
  let root: { cert: string; key: string };
  beforeAll(() => {
    const nc = nameConstraints(
      'DNS',
      Array.from({ length: N }, (_, i) => `zone${i}.example`),
    );
    root = selfSignedCa(dir, 'nc-root', 'NC Root', makeKey(dir, 'nc-root'), nc.v3, nc.sections);
  });

  it(`${N} permitted subtrees × ${N} SANs (a few hundred KB): looked up, not compared pairwise`, () => {
    // every name is under the last subtrees, the worst case for a pairwise search
    const names = Array.from({ length: N }, (_, i) => `h${i}.zone${N - 1 - (i % 10)}.example`);
    const leaf = leafUnder(dir, 'nc-leaf', root, names);
    expect(fs.statSync(leaf.cert).size + fs.statSync(root.cert).size).toBeGreaterThan(150_000);
    const a = judge(leaf.cert, [], [root.cert], [names[0]!]);
    expect(a.trusted).toBe(true);
    expect(a.rules).not.toContain('chain-invalid');
    expect(a.rules).not.toContain('chain-too-complex');
    // a few lookups per name: linear, where the pairwise search made up to 9,000,000 comparisons
    const spent = NAME_CONSTRAINT_COMPARISONS - a.budget.comparisonsLeft;
    expect(spent).toBeGreaterThan(0);
    expect(spent).toBeLessThan(N * 6);
  });

  it('a name outside them is still found, and the message lists a few subtrees, not thousands', () => {
    const names = [...Array.from({ length: N }, (_, i) => `h${i}.zone${i}.example`), 'evil.test'];
    const leaf = leafUnder(dir, 'nc-leaf-bad', root, names);
    const a = judge(leaf.cert, [], [root.cert], [names[0]!]);
    const f = a.findings.find((x) => x.rule === 'chain-invalid');
    expect(f?.message).toMatch(/its DNS name evil\.test is outside the permitted subtrees \(zone0\.example; .*; and 2990 more\)/);
  });

  it('the same semantics as RFC 5280 / OpenSSL for DNS subtrees: a.com covers x.a.com, .a.com does not cover a.com', () => {
    const nc = nameConstraints('DNS', ['a.test', '.b.test']);
    const ca = selfSignedCa(dir, 'sem-root', 'Sem Root', makeKey(dir, 'sem-root'), nc.v3, nc.sections);
    const verdict = (name: string) => {
      const leaf = leafUnder(dir, `sem-${name.replace(/\W/g, '_')}`, ca, [name]);
      return judge(leaf.cert, [], [ca.cert], [name]).rules.includes('chain-invalid');
    };
    expect(verdict('a.test')).toBe(false);
    expect(verdict('x.a.test')).toBe(false);
    expect(verdict('X.A.TEST')).toBe(false);
    expect(verdict('xa.test')).toBe(true);
    expect(verdict('b.test')).toBe(true);
    expect(verdict('y.b.test')).toBe(false);
  });

  it('thousands of URI subtrees × thousands of URI names (compared one by one) run out of the comparison budget: chain-too-complex', () => {
    const M = 800;
    const nc = nameConstraints(
      'URI',
      Array.from({ length: M }, (_, i) => `.u${i}.example`),
    );
    const ca = selfSignedCa(dir, 'uri-root', 'URI Root', makeKey(dir, 'uri-root'), nc.v3, nc.sections);
    const uris = Array.from({ length: M }, (_, i) => `URI:https://x.u${M - 1}.example/${i}`);
    const withUris = leafUnder(dir, 'uri-leaf', ca, [], [`subjectAltName=DNS:u0.example,${uris.join(',')}`]);
    const a = judge(withUris.cert, [], [ca.cert], ['u0.example']);
    expect(a.budget.exhausted).toBe('name-constraint comparisons');
    const f = a.findings.find((x) => x.rule === 'chain-too-complex');
    expect(f?.message).toMatch(/ran out of its budget of 250,000 name-constraint comparisons/);
    expect(a.cpuMs).toBeLessThan(5000); // bounded by the budget: ~250,000 comparisons
  });
});

describe('files: check reports the budget like any finding', () => {
  it('a PEM file of a leaf and 24 cross-signed CAs: chain-too-complex from the CLI, in bounded work', () => {
    const { loop, signer } = crossSignedLoop(dir, 'File Loop CA', makeKey(dir, 'floopA'), makeKey(dir, 'floopB'), 24);
    const leaf = leafUnder(dir, 'floop-leaf', signer, ['floop.test']);
    const file = path.join(dir, 'floop.pem');
    fs.writeFileSync(file, [leaf.cert, ...loop.map((l) => l.cert)].map((f) => fs.readFileSync(f, 'utf8')).join(''));
    const run = spawnSync(process.execPath, [CLI, 'check', '--sites', `floop.test = ${file} key=${leaf.key}`, '--report', path.join(dir, 'floop.json')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout).toMatch(/chain-too-complex .*ran out of its budget of 100 signature checks/);
  }, 70_000);
});
