// Chain analysis: each certificate rule with its severity, validity as of `at`, hostnames.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assessChain,
  daysLeft,
  describeCertificate,
  hostCoverage,
  loadTrust,
  notAfter,
  signatureAlgorithm,
  thumbprint,
  TrustStore,
} from '../src/certs/chain.js';
import { InputError } from '../src/types.js';
import { check, only, rules, write } from './helpers/certs.js';
import { issue, makePki, openssl, sha1, tempDir, type Issued, type Pki } from './helpers/pki.js';

let dir: string;
let pki: Pki;
let trust: string;
const x = (file: string): X509Certificate => new X509Certificate(fs.readFileSync(file));
const pem = (...files: string[]): string => files.map((f) => fs.readFileSync(f, 'utf8')).join('');
const DAY = 86_400_000;

/** A PEM bundle leaf + intermediate + key, ready for a sites line. */
function bundleOf(name: string, leaf: Issued, chain: string[] = [pki.intermediate.cert]): string {
  return write(dir, `${name}.pem`, pem(leaf.cert, ...chain, leaf.key));
}

beforeAll(() => {
  dir = tempDir('sni-ready-certs-chain-');
  pki = makePki(dir, {
    good: { cn: 'www.test1.com', dns: ['www.test1.com', '*.test1.com'], days: 365 },
    weak: { cn: 'weak.test1.com', dns: ['weak.test1.com'], keyType: 'rsa1024' },
    sha1: { cn: 'sha1.test1.com', dns: ['sha1.test1.com'], digest: 'sha1' },
    client: { cn: 'client.test1.com', dns: ['client.test1.com'], eku: 'clientAuth' },
    noeku: { cn: 'noeku.test1.com', dns: ['noeku.test1.com'], eku: null },
    nosan: { cn: 'nosan.test1.com' },
    ec: { cn: 'ec.test1.com', dns: ['ec.test1.com'], keyType: 'ec256' },
    ec224: { cn: 'ec224.test1.com', dns: ['ec224.test1.com'], keyType: 'ec224' },
  });
  trust = pki.root.cert;
});

describe('validity as of `at`', () => {
  it('is clean well before expiry, warns within warn-days, errors within fail-days, and reports expiry', async () => {
    const f = bundleOf('good', pki.leaves.good!);
    const end = notAfter(x(pki.leaves.good!.cert))!.getTime();
    const at = (ms: number): string => new Date(ms).toISOString();
    const base = { sites: `www.test1.com = ${f}`, trust };
    expect((await check({ ...base, at: at(end - 100 * DAY) })).findings).toEqual([]);
    const warn = (await check({ ...base, at: at(end - 20 * DAY) })).findings;
    expect(warn.map((f) => [f.rule, f.severity])).toEqual([['cert-expires-soon', 'warning']]);
    expect(warn[0]!.message).toMatch(/in 20 days/);
    const err = (await check({ ...base, at: at(end - 3 * DAY) })).findings;
    expect(err.map((f) => [f.rule, f.severity])).toEqual([['cert-expires-soon', 'error']]);
    const r = await check({ ...base, at: at(Date.now() + 400 * DAY) });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['cert-expired', 'error']]);
    expect(r.certificates[0]!.daysLeft).toBeLessThan(0);
    // whole days, rounded toward zero on both sides of expiry (x509.ts daysBetween)
    expect(r.certificates[0]!.daysLeft).toBe(Math.trunc((end - (Date.now() + 400 * DAY)) / DAY));
    const custom = await check({ ...base, at: at(end - 50 * DAY), 'warn-days': '60', 'fail-days': '55' });
    expect(custom.findings.map((f) => [f.rule, f.severity])).toEqual([['cert-expires-soon', 'error']]);
  });

  it('reports a certificate that is not valid yet', async () => {
    const f = bundleOf('good2', pki.leaves.good!);
    const r = await check({ sites: `www.test1.com = ${f}`, trust, at: new Date(Date.now() - 2 * DAY).toISOString() });
    // the whole test PKI was made just now: leaf, intermediate and root are all in the future
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual(Array(3).fill(['cert-not-yet-valid', 'error']));
    expect(r.findings.map((f) => f.message.split(' ').slice(0, 2).join(' '))).toEqual(['The certificate', 'The intermediate', 'The root']);
  });

  it('checks every certificate of the chain, not only the leaf', async () => {
    const d = tempDir('sni-ready-certs-shortint-');
    const p = makePki(d, { leaf: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 800 } }, { intermediateDays: 500 });
    const f = write(d, 'b.pem', pem(p.leaves.leaf!.cert, p.intermediate.cert, p.leaves.leaf!.key));
    const r = await check({ sites: `www.test1.com = ${f}`, trust: p.root.cert, at: new Date(Date.now() + 600 * DAY).toISOString() });
    expect(rules(r.findings)).toEqual(['cert-expired']);
    expect(r.findings[0]!.message).toMatch(/intermediate 'sni-ready Test Intermediate'/);
  });
});

describe('hosts', () => {
  it('applies RFC 6125 wildcard rules and never the CN when SANs exist', () => {
    const c = x(pki.leaves.good!.cert);
    expect(hostCoverage(c, 'x.test1.com')).toBe('san');
    expect(hostCoverage(c, 'test1.com')).toBeNull();
    expect(hostCoverage(c, 'x.y.test1.com')).toBeNull();
    expect(hostCoverage(c, '*.test1.com')).toBe('san');
    expect(hostCoverage(c, '*.y.test1.com')).toBeNull();
    const w = x(pki.leaves.weak!.cert);
    expect(hostCoverage(w, 'weak.test1.com')).toBe('san');
    expect(hostCoverage(x(pki.leaves.nosan!.cert), 'nosan.test1.com')).toBe('cn');
  });

  it('reports every host the leaf does not cover', async () => {
    const f = bundleOf('hosts', pki.leaves.good!);
    const r = await check({ sites: `www.test1.com a.test1.com test1.com deep.a.test1.com www.test2.com = ${f}`, trust });
    const m = only(r.findings, 'cert-host-mismatch');
    expect(m.map((f) => f.host)).toEqual(['test1.com', 'deep.a.test1.com', 'www.test2.com']);
    expect(m.every((f) => f.severity === 'error' && f.file === f.file && f.fix)).toBe(true);
    expect(r.findings).toHaveLength(3);
  });

  it('refuses a certificate without SANs as cert-no-san even when its CN names the host (browsers ignore the CN)', async () => {
    const f = bundleOf('nosan', pki.leaves.nosan!);
    const r = await check({ sites: `nosan.test1.com = ${f}`, trust });
    expect(r.findings.map((f) => [f.rule, f.severity, f.host])).toEqual([['cert-no-san', 'error', 'nosan.test1.com']]);
    expect(r.findings[0]!.message).toMatch(/CN 'nosan\.test1\.com' is ignored by browsers/);
  });
});

describe('keys, signatures, usage', () => {
  it('reports a 1024-bit RSA leaf and a P-224 leaf as cert-weak-key, and accepts P-256', async () => {
    const r = await check({
      sites: [
        `weak.test1.com = ${bundleOf('weak', pki.leaves.weak!)}`,
        `ec224.test1.com = ${bundleOf('ec224', pki.leaves.ec224!)}`,
        `ec.test1.com = ${bundleOf('ec', pki.leaves.ec!)}`,
      ].join('\n'),
      trust,
    });
    expect(r.findings.map((f) => [f.rule, f.severity, f.host])).toEqual([
      ['cert-weak-key', 'error', 'weak.test1.com'],
      ['cert-weak-key', 'error', 'ec224.test1.com'],
    ]);
    expect(r.certificates.map((c) => [c.keyType, c.keySize])).toEqual([
      ['RSA', 1024],
      ['EC', 224],
      ['EC', 256],
    ]);
  });

  it('reports SHA-1 on the leaf and on an intermediate, but not on a root', async () => {
    const r = await check({ sites: `sha1.test1.com = ${bundleOf('sha1', pki.leaves.sha1!)}`, trust });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['cert-weak-signature', 'error']]);
    expect(r.certificates[0]!.signature).toBe('sha1WithRSAEncryption');

    const d = tempDir('sni-ready-certs-sha1int-');
    const p = makePki(d, { leaf: { cn: 'www.test1.com', dns: ['www.test1.com'] } }, { intermediateDigest: 'sha1' });
    const sha1Root = issue(d, 'sha1root', { cn: 'SHA-1 Root', ca: true, digest: 'sha1' });
    const int2 = issue(d, 'int2', { cn: 'Int under SHA-1 root', ca: true }, sha1Root);
    const leaf2 = issue(d, 'leaf2', { cn: 'www.test1.com', dns: ['www.test1.com'] }, int2);
    const r2 = await check({
      sites: `www.test1.com = ${write(d, 'a.pem', pem(p.leaves.leaf!.cert, p.intermediate.cert, p.leaves.leaf!.key))}\nwww.test1.com = ${write(d, 'b.pem', pem(leaf2.cert, int2.cert, leaf2.key))}`,
      trust: `${p.root.cert}\n${sha1Root.cert}`,
    });
    expect(r2.findings.map((f) => [f.rule, f.file?.endsWith('a.pem')])).toEqual([['cert-weak-signature', true]]);
    expect(r2.findings[0]!.message).toMatch(/intermediate/);
    expect(signatureAlgorithm(x(sha1Root.cert))).toBe('sha1WithRSAEncryption');
  });

  it('names the ECDSA signature algorithm', () => {
    const d = tempDir('sni-ready-certs-ecdsa-');
    const p = makePki(d, { leaf: { cn: 'e.test1.com', dns: ['e.test1.com'], keyType: 'ec256' } }, { keyType: 'ec256' });
    expect(signatureAlgorithm(x(p.leaves.leaf!.cert))).toBe('ecdsa-with-SHA256');
  });

  it('reports an EKU without serverAuth, and accepts a leaf without EKU', async () => {
    const r = await check({
      sites: `client.test1.com = ${bundleOf('client', pki.leaves.client!)}\nnoeku.test1.com = ${bundleOf('noeku', pki.leaves.noeku!)}`,
      trust,
    });
    expect(r.findings.map((f) => [f.rule, f.severity, f.host])).toEqual([['cert-no-server-auth', 'error', 'client.test1.com']]);
  });
});

describe('chain structure', () => {
  it('reports an unrelated certificate as chain-extra and an included trusted root as a notice', async () => {
    const other = issue(dir, 'other', { cn: 'Unrelated', dns: ['unrelated.example'] });
    const f = write(dir, 'extra.pem', pem(pki.leaves.good!.cert, pki.intermediate.cert, pki.root.cert, other.cert, pki.leaves.good!.key));
    const r = await check({ sites: `www.test1.com = ${f}`, trust });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['chain-root-included', 'notice'],
      ['chain-extra', 'warning'],
    ]);
    expect(only(r.findings, 'chain-extra')[0]!.message).toContain('Unrelated');
    expect(r.certificates[0]!.chain.map((c) => c.source)).toEqual(['file', 'file']);
  });

  it('reports a chain ending at an unknown root as chain-untrusted, and a self-signed leaf too', async () => {
    const f = write(dir, 'untrusted.pem', pem(pki.leaves.good!.cert, pki.intermediate.cert, pki.root.cert, pki.leaves.good!.key));
    const self = issue(dir, 'self', { cn: 'self.test1.com', dns: ['self.test1.com'] });
    const g = write(dir, 'self.pem', pem(self.cert, self.key));
    const otherRoot = issue(dir, 'otherroot', { cn: 'Other Root', ca: true });
    const r = await check({ sites: `www.test1.com = ${f}\nself.test1.com = ${g}`, trust: otherRoot.cert });
    expect(r.findings.map((f) => [f.rule, f.severity, f.host])).toEqual([
      ['chain-untrusted', 'error', 'www.test1.com'],
      ['chain-untrusted', 'error', 'self.test1.com'],
    ]);
    expect(r.findings[1]!.message).toMatch(/self-signed/);
  });

  it('prefers a trusted root to a cross-signed copy of it in the file, and calls the copy extra', async () => {
    const old = issue(dir, 'oldroot', { cn: 'Old Root', ca: true });
    const csr = `${dir}/cross.csr`;
    const cross = `${dir}/cross.crt`;
    const ext = write(dir, 'cross.ext', 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
    openssl([
      'req',
      '-new',
      '-key',
      pki.root.key,
      '-subj',
      '/CN=sni-ready Test Root',
      '-out',
      csr,
      '-config',
      write(dir, 'cross.cnf', '[req]\ndistinguished_name=dn\nprompt=no\n[dn]\n'),
    ]);
    openssl(['x509', '-req', '-in', csr, '-CA', old.cert, '-CAkey', old.key, '-set_serial', '77', '-days', '30', '-extfile', ext, '-out', cross]);
    const f = write(dir, 'cross.pem', pem(pki.leaves.good!.cert, pki.intermediate.cert, cross, pki.leaves.good!.key));
    const r = await check({ sites: `www.test1.com = ${f}`, trust });
    expect(r.findings.map((f) => [f.rule, f.severity])).toEqual([['chain-extra', 'warning']]);
    expect(r.findings[0]!.message).toMatch(/second copy of 'sni-ready Test Root'.*Old Root/);
    expect(r.certificates[0]!.chain.map((c) => [c.thumbprint, c.source])).toEqual([
      [sha1(pki.intermediate.cert), 'file'],
      [sha1(pki.root.cert), 'trust'],
    ]);
  });

  it('names the missing issuer (chain-incomplete), and as tls-chain-incomplete for a served chain', () => {
    const leaf = x(pki.leaves.good!.cert);
    const store = new TrustStore();
    store.add(x(pki.root.cert));
    const opts = { leaf, presented: [], hosts: ['www.test1.com'], at: new Date(), warnDays: 30, failDays: 7, trust: store };
    const fromFile = assessChain({ ...opts, file: 'a.pem' });
    expect(fromFile.findings.map((f) => [f.rule, f.severity, f.file])).toEqual([['chain-incomplete', 'error', 'a.pem']]);
    expect(fromFile.findings[0]!.message).toContain("'CN=sni-ready Test Intermediate'");
    const served = assessChain({ ...opts, served: true });
    expect(served.findings.map((f) => f.rule)).toEqual(['tls-chain-incomplete']);
    const complete = assessChain({ ...opts, presented: [x(pki.intermediate.cert)], served: true });
    expect(complete.findings).toEqual([]);
    expect(complete.sources).toEqual(['file', 'trust']);
    expect(complete.trusted).toBe(true);
  });

  it('loads trust from PEM files, and refuses an unreadable trust file with an InputError', () => {
    const store = loadTrust({ trustSystem: false, trustFiles: [write(dir, 'roots.pem', pem(pki.root.cert, pki.intermediate.cert))] });
    expect(store.anchors.map(thumbprint)).toEqual([sha1(pki.root.cert), sha1(pki.intermediate.cert)]);
    expect(() => loadTrust({ trustSystem: false, trustFiles: [write(dir, 'junk.pem', 'nothing')] })).toThrow(InputError);
    expect(() => loadTrust({ trustSystem: false, trustFiles: [`${dir}/absent.pem`] })).toThrow(/absent\.pem' in input 'trust' does not exist/);
    expect(loadTrust({ trustSystem: true, trustFiles: [] }).anchors.length).toBeGreaterThan(50);
  });
});

describe('report fields', () => {
  it('fills CertificateReport like OpenSSL shows it', () => {
    const leaf = x(pki.leaves.good!.cert);
    const at = new Date();
    const rep = describeCertificate({
      file: 'f.pem',
      hosts: ['www.test1.com'],
      leaf,
      chain: [x(pki.intermediate.cert)],
      sources: ['file'],
      container: { type: 'pem' },
      at,
    });
    expect(rep).toMatchObject({
      subject: 'CN=www.test1.com',
      issuer: 'CN=sni-ready Test Intermediate',
      thumbprint: sha1(pki.leaves.good!.cert),
      keyType: 'RSA',
      keySize: 2048,
      signature: 'sha256WithRSAEncryption',
      daysLeft: daysLeft(leaf, at),
    });
    expect(rep.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(rep.sha256).toMatch(/^[0-9A-F]{64}$/);
    expect(rep.daysLeft).toBeGreaterThanOrEqual(363);
    expect(rep.daysLeft).toBeLessThanOrEqual(365);
    expect(new Date(rep.notAfter).toISOString()).toBe(rep.notAfter);
    expect(rep.chain).toEqual([
      {
        subject: 'CN=sni-ready Test Intermediate',
        thumbprint: sha1(pki.intermediate.cert),
        notAfter: notAfter(x(pki.intermediate.cert))!.toISOString(),
        source: 'file',
      },
    ]);
  });
});
