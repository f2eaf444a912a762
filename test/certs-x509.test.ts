// The X.509 facts are robust: an odd certificate gives an "unknown" fact or a finding, never an
// exception (an empty subject, dates Node cannot read, a key Node cannot load, a missing CN).
import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessChain } from '../src/certs/chain.js';
import { TrustStore } from '../src/certs/trust.js';
import {
  commonName,
  commonNameOf,
  dayCount,
  daysBetween,
  daysLeft,
  facts,
  hostCoverage,
  isSelfSigned,
  keyInfo,
  label,
  notAfter,
  shortName,
  signatureAlgorithm,
  subjectName,
} from '../src/certs/x509.js';
import { openssl, tempDir } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const DAY = 86_400_000;
const opensslFound = needTool('openssl', 'X.509 facts');
const pkits = needTool('pkits', 'X.509 facts on a key Node cannot load');

function selfSigned(dir: string, name: string, args: string[]): X509Certificate {
  const key = path.join(dir, `${name}.key`);
  const out = path.join(dir, `${name}.pem`);
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', key]);
  openssl(['req', '-x509', '-new', '-key', key, '-days', '10', ...args, '-out', out]);
  return new X509Certificate(fs.readFileSync(out));
}

describe('days left', () => {
  const end = new Date('2026-06-10T12:00:00Z');
  it('rounds toward zero on both sides of expiry, so "1 day 2 minutes ago" is 1 day', () => {
    expect(daysBetween(new Date(end.getTime() + DAY + 2 * 60_000), end)).toBe(-1);
    expect(daysBetween(new Date(end.getTime() - DAY - 23 * 3_600_000), end)).toBe(1);
    expect(Object.is(daysBetween(new Date(end.getTime() + 60_000), end), 0)).toBe(true);
    expect(dayCount(-1)).toBe('1 day');
    expect(dayCount(-3)).toBe('3 days');
    expect(dayCount(0)).toBe('less than a day');
  });
});

describe('common names', () => {
  it('reads the most specific CN from Node multi-line and report one-line names, and tolerates no name', () => {
    expect(commonNameOf('C=US\nO=Org\nCN=a.test')).toBe('a.test');
    expect(commonNameOf('CN=a.test, O=Org, C=US')).toBe('a.test');
    expect(commonNameOf('O=Org')).toBeUndefined();
    expect(commonNameOf(undefined)).toBeUndefined();
    expect(commonNameOf(42)).toBeUndefined();
  });
});

describe.skipIf(!opensslFound)('facts of odd certificates', () => {
  it('an empty subject (RFC 5280 with a critical SAN): names fall back, host coverage and checks work', () => {
    const dir = tempDir();
    const c = selfSigned(dir, 'empty', ['-subj', '/', '-addext', 'subjectAltName=critical,DNS:empty.test']);
    expect(c.subject).toBeUndefined(); // Node's view: no string at all
    expect(commonName(c)).toBeUndefined();
    expect(subjectName(c)).toBe('');
    expect(shortName(c)).toBe('empty.test');
    expect(label(c)).toMatch(/^'empty\.test' \([0-9A-F]{40}\)$/);
    expect(hostCoverage(c, 'empty.test')).toBe('san');
    expect(isSelfSigned(c)).toBe(true);
    const trust = new TrustStore();
    const a = assessChain({ leaf: c, presented: [], hosts: ['empty.test'], at: new Date(), warnDays: 0, failDays: 0, trust });
    expect(a.findings.map((f) => f.rule)).toEqual(['chain-untrusted']);
  });

  it('dates Node cannot read, and a certificate whose DER our reader refuses, are unknown facts and a chain-invalid finding', () => {
    const dir = tempDir();
    const real = selfSigned(dir, 'dates', ['-subj', '/CN=dates.test', '-addext', 'subjectAltName=DNS:dates.test']);
    const odd = new Proxy(real, {
      get(target, p) {
        if (p === 'validTo' || p === 'validFrom') return 'not a date';
        if (p === 'validToDate' || p === 'validFromDate') return new Date(Number.NaN);
        if (p === 'raw') return Buffer.from([0x30, 0x05, 0x01]);
        const v = Reflect.get(target, p, target) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    expect(notAfter(odd)).toBeUndefined();
    expect(daysLeft(odd, new Date())).toBeNaN();
    expect(facts(odd)).toBeUndefined();
    expect(signatureAlgorithm(odd)).toBe('unknown');
    const trust = new TrustStore();
    trust.add(real);
    const a = assessChain({ leaf: odd, presented: [], hosts: ['dates.test'], at: new Date(), warnDays: 30, failDays: 7, trust });
    const invalid = a.findings.filter((f) => f.rule === 'chain-invalid').map((f) => f.message);
    expect(invalid.join('\n')).toMatch(/structure cannot be read/);
    expect(invalid.join('\n')).toMatch(/validity dates cannot be read/);
  });
});

describe.skipIf(!pkits)('a public key Node cannot load', () => {
  it('is named from the certificate (DSA with inherited parameters), size unknown, without throwing', () => {
    const c = new X509Certificate(fs.readFileSync(path.join(pkits!, 'certs', 'ValidDSAParameterInheritanceTest5EE.crt')));
    expect(() => c.publicKey).toThrow();
    expect(keyInfo(c)).toEqual({ keyType: 'DSA', keySize: 0 });
    const trust = new TrustStore();
    const a = assessChain({ leaf: c, presented: [], hosts: [], at: new Date(), warnDays: 0, failDays: 0, trust });
    expect(a.findings.map((f) => f.rule)).toContain('cert-weak-key');
  });
});
