// Reading certificate files: formats recognised from content, passwords, keys, broken files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificateBundle } from '../src/certs/read.js';
import { thumbprint } from '../src/certs/chain.js';
import type { SiteSpec } from '../src/types.js';
import { check, convertKey, only, pfxWith, rules, write } from './helpers/certs.js';
import { issue, makePki, p7b, sha1, tempDir, toDer, type Pki } from './helpers/pki.js';

const NON_ASCII = 'pässwörd-日本';
let dir: string;
let pki: Pki;
let leaf: { cert: string; key: string };
let ecLeaf: { cert: string; key: string };
let trust: string;

function spec(file: string, extra: Partial<SiteSpec> = {}): SiteSpec {
  return { hosts: ['www.test1.com'], path: file, password: '', line: 1, ...extra };
}

beforeAll(() => {
  dir = tempDir('sni-ready-certs-read-');
  pki = makePki(dir, { leaf: { cn: 'www.test1.com', dns: ['www.test1.com', 'test1.com'] } });
  leaf = pki.leaves.leaf!;
  ecLeaf = issue(dir, 'ecleaf', { cn: 'www.test2.com', dns: ['www.test2.com'], keyType: 'ec256' }, pki.intermediate);
  trust = pki.root.cert;
});

describe('PFX', () => {
  it('reads an OpenSSL 3 AES-256 PFX and records its encryption and MAC', async () => {
    const f = pfxWith(dir, 'aes.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'secret', 'aes');
    const r = await check({ sites: `www.test1.com = ${f}`, password: 'secret', trust, 'os-family': '6' });
    expect(r.findings).toEqual([]);
    const c = r.certificates[0]!;
    expect(c.thumbprint).toBe(sha1(leaf.cert));
    expect(c.container).toMatchObject({ type: 'pfx', encryption: 'aes-256-cbc', mac: 'sha256', iterations: 2048 });
    expect(c.chain.map((e) => [e.thumbprint, e.source])).toEqual([
      [sha1(pki.intermediate.cert), 'file'],
      [sha1(pki.root.cert), 'trust'],
    ]);
    expect(r.sites[0]!.key).toBeDefined();
  });

  it('flags an AES PFX for osFamily 5 and below with a 3DES re-export fix', async () => {
    const f = pfxWith(dir, 'aes5.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'secret', 'aes');
    const r = await check({ sites: `www.test1.com = ${f}`, password: 'secret', trust, 'os-family': '5' });
    expect(rules(r.findings)).toEqual(['pfx-legacy-windows']);
    const f0 = r.findings[0]!;
    expect(f0.severity).toBe('error');
    expect(f0.fix).toMatch(/-legacy/);
    expect(f0.fix).toMatch(/sni-ready patch/);
    expect(f0.file).toBe(f);
  });

  it('reads a 3DES PFX with a SHA-1 MAC and does not flag it', async () => {
    const f = pfxWith(dir, '3des.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'secret', '3des');
    const r = await check({ sites: `www.test1.com = ${f}`, password: 'secret', trust });
    expect(r.findings).toEqual([]);
    expect(r.certificates[0]!.container).toMatchObject({ type: 'pfx', encryption: '3des', mac: 'sha1' });
    expect(r.certificates[0]!.container['algorithms']).toEqual(['pbeWithSHAAnd3-KeyTripleDES-CBC']);
  });

  it('reads `openssl pkcs12 -legacy` output (RC2-40 certificates, 3DES key)', async () => {
    const f = pfxWith(dir, 'rc2.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'secret', 'legacy');
    const r = await check({ sites: `www.test1.com = ${f}`, password: 'secret', trust });
    expect(r.findings).toEqual([]);
    expect(r.certificates[0]!.container).toMatchObject({ encryption: '3des', certEncryption: 'rc2-40', mac: 'sha1' });
    expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
  });

  it.each(['aes', '3des', 'legacy'] as const)('opens a %s PFX with a non-ASCII password made by OpenSSL', async (cipher) => {
    const f = pfxWith(dir, `na-${cipher}.pfx`, leaf.cert, leaf.key, [pki.intermediate.cert], NON_ASCII, cipher);
    const r = await check({ sites: `www.test1.com = ${f} password-env=PW`, trust, 'os-family': '6' }, { PW: NON_ASCII });
    expect(r.findings).toEqual([]);
    expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
    expect(r.sites[0]!.leaf!.checkPrivateKey(r.sites[0]!.key!)).toBe(true);
  });

  it('opens PFX files with an empty password and without encryption', async () => {
    for (const cipher of ['aes', '3des', 'none'] as const) {
      const f = pfxWith(dir, `empty-${cipher}.pfx`, leaf.cert, leaf.key, [pki.intermediate.cert], '', cipher);
      const r = await check({ sites: `www.test1.com = ${f}`, trust, 'os-family': '6' });
      expect(r.findings, cipher).toEqual([]);
      expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
    }
  });

  it('reports a wrong password as cert-password without the password, and still checks the other sites', async () => {
    const f = pfxWith(dir, 'wrong.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'right-one', 'aes');
    const good = pfxWith(dir, 'good.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'other-pw', '3des');
    const r = await check(
      { sites: `www.test1.com = ${f} password-env=BAD\nwww.test1.com = ${good} password-env=GOOD`, trust },
      { BAD: 'Wr0ng-S3cret', GOOD: 'other-pw' },
    );
    expect(rules(r.findings)).toEqual(['cert-password']);
    const p = r.findings[0]!;
    expect(p.severity).toBe('error');
    expect(p.file).toBe(f);
    expect(p.fix).toMatch(/BAD/);
    expect(JSON.stringify(r.findings)).not.toContain('Wr0ng-S3cret');
    expect(p.message.split(/\.\s/).length).toBe(1);
    expect(r.certificates.map((c) => c.file)).toEqual([good]);
  });

  it('reads a PFX named .pem (content wins) and a base64-encoded PFX', async () => {
    const f = pfxWith(dir, 'real.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'pw', '3des');
    const disguised = write(dir, 'disguised.pem', fs.readFileSync(f));
    const b64 = write(dir, 'pfx.b64', fs.readFileSync(f).toString('base64'));
    for (const file of [disguised, b64]) {
      const r = await check({ sites: `www.test1.com = ${file}`, password: 'pw', trust });
      expect(r.findings).toEqual([]);
      expect(r.certificates[0]!.container.type).toBe('pfx');
      expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
    }
  });

  it('reads an EC P-256 leaf from a PFX', async () => {
    const f = pfxWith(dir, 'ec.pfx', ecLeaf.cert, ecLeaf.key, [pki.intermediate.cert], NON_ASCII, 'aes');
    const r = await check({ sites: `www.test2.com = ${f} password-env=PW`, trust, 'os-family': '6' }, { PW: NON_ASCII });
    expect(r.findings).toEqual([]);
    const c = r.certificates[0]!;
    expect(c).toMatchObject({ keyType: 'EC', keySize: 256, signature: 'sha256WithRSAEncryption', thumbprint: sha1(ecLeaf.cert) });
    expect(r.sites[0]!.key!.asymmetricKeyType).toBe('ec');
  });
});

describe('P7B, PEM and DER', () => {
  it.each(['PEM', 'DER'] as const)('reads a %s P7B with key=', async (form) => {
    const f = p7b(dir, `chain-${form}`, [leaf.cert, pki.intermediate.cert], form);
    const r = await check({ sites: `www.test1.com = ${f} key=${leaf.key}`, trust });
    expect(r.findings).toEqual([]);
    expect(r.certificates[0]!.container).toMatchObject({ type: 'p7b', encoding: form.toLowerCase() });
    expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
    expect(r.sites[0]!.chain.map(thumbprint)).toEqual([sha1(pki.intermediate.cert), sha1(pki.root.cert)]);
  });

  it('reports a P7B without key= as cert-no-key', async () => {
    const f = p7b(dir, 'nokey', [leaf.cert, pki.intermediate.cert]);
    const r = await check({ sites: `www.test1.com = ${f}`, trust });
    expect(rules(r.findings)).toEqual(['cert-no-key']);
    expect(r.findings[0]!.fix).toMatch(/key=/);
  });

  it('reads a PEM bundle in shuffled order with the key inside, and notes the order', async () => {
    const f = write(dir, 'shuffled.pem', [pki.intermediate.cert, leaf.key, leaf.cert].map((p) => fs.readFileSync(p, 'utf8')).join(''));
    const r = await check({ sites: `www.test1.com = ${f}`, trust });
    expect(rules(r.findings)).toEqual(['chain-order']);
    expect(r.findings[0]!.severity).toBe('notice');
    expect(r.certificates[0]!.thumbprint).toBe(sha1(leaf.cert));
    expect(r.certificates[0]!.container).toMatchObject({ type: 'pem', keyInFile: true });
  });

  it('reads a PEM bundle in the right order without an order notice', async () => {
    const f = write(dir, 'ordered.pem', [leaf.cert, pki.intermediate.cert, leaf.key].map((p) => fs.readFileSync(p, 'utf8')).join(''));
    const r = await check({ sites: `www.test1.com = ${f}`, trust });
    expect(r.findings).toEqual([]);
  });

  it('reads a DER .cer with key= (DER PKCS#8 key) and names the missing intermediate', async () => {
    const cer = toDer(dir, 'leaf.cer', leaf.cert);
    const keyDer = convertKey(dir, 'leaf.key.der', leaf.key, 'der');
    const r = await check({ sites: `www.test1.com = ${cer} key=${keyDer}`, trust });
    expect(rules(r.findings)).toEqual(['chain-incomplete']);
    expect(r.findings[0]!.message).toContain('sni-ready Test Intermediate');
    expect(r.certificates[0]!.container.type).toBe('der');
    expect(r.sites[0]!.key).toBeDefined();
  });

  it('reads PKCS#1 RSA and SEC1 EC keys, and encrypted PEM keys with the password', async () => {
    const rsa1 = convertKey(dir, 'leaf.rsa.pem', leaf.key, 'traditional');
    expect(fs.readFileSync(rsa1, 'utf8')).toContain('BEGIN RSA PRIVATE KEY');
    const sec1 = convertKey(dir, 'ec.sec1.pem', ecLeaf.key, 'traditional');
    expect(fs.readFileSync(sec1, 'utf8')).toContain('BEGIN EC PRIVATE KEY');
    const enc = convertKey(dir, 'leaf.enc.pem', leaf.key, 'encrypted', NON_ASCII);
    const chain = write(dir, 'ec-chain.pem', [ecLeaf.cert, pki.intermediate.cert].map((p) => fs.readFileSync(p, 'utf8')).join(''));
    const leafChain = write(dir, 'leaf-chain.pem', [leaf.cert, pki.intermediate.cert].map((p) => fs.readFileSync(p, 'utf8')).join(''));
    const r = await check(
      {
        sites: [
          `www.test1.com = ${leafChain} key=${rsa1}`,
          `www.test2.com = ${chain} key=${sec1}`,
          `www.test1.com = ${leafChain} key=${enc} password-env=PW`,
        ].join('\n'),
        trust,
      },
      { PW: NON_ASCII },
    );
    expect(r.findings).toEqual([]);
    expect(r.sites.every((s) => s.key && s.leaf!.checkPrivateKey(s.key))).toBe(true);
  });

  it('reports an encrypted PEM key with a wrong or missing password as cert-password', async () => {
    const enc = convertKey(dir, 'leaf.enc2.pem', leaf.key, 'encrypted', 'k3y-pass');
    const r = await check({ sites: `www.test1.com = ${leaf.cert} key=${enc} password-env=PW\nwww.test1.com = ${leaf.cert} key=${enc}`, trust }, { PW: 'nope' });
    expect(rules(r.findings)).toEqual(['cert-password', 'cert-password']);
    expect(JSON.stringify(r.findings)).not.toContain('nope');
  });

  it('uses key= over a key inside the file, so a wrong key= is reported', async () => {
    const withKey = write(dir, 'withkey.pem', [leaf.cert, pki.intermediate.cert, leaf.key].map((p) => fs.readFileSync(p, 'utf8')).join(''));
    const r = await check({ sites: `www.test1.com = ${withKey} key=${ecLeaf.key}`, trust });
    expect(r.findings.map((f) => f.rule)).toEqual(['cert-key-mismatch']);
    expect(r.findings[0]!.message).toContain('ecleaf.key');
  });

  it('reports a key that belongs to another certificate as cert-key-mismatch', async () => {
    const r = await check({ sites: `www.test1.com = ${leaf.cert} key=${ecLeaf.key}`, trust });
    expect(rules(r.findings)).toEqual(['chain-incomplete', 'cert-key-mismatch'].sort());
    expect(only(r.findings, 'cert-key-mismatch')[0]!.severity).toBe('error');
  });
});

describe('broken files', () => {
  it('reports random, truncated, empty, missing and non-certificate files as cert-unreadable, one sentence each', async () => {
    const random = write(dir, 'random.pfx', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 251)));
    const full = fs.readFileSync(pfxWith(dir, 'full.pfx', leaf.cert, leaf.key, [], 'pw', 'aes'));
    const truncated = write(dir, 'truncated.pfx', full.subarray(0, Math.floor(full.length / 2)));
    const empty = write(dir, 'empty.pem', '');
    const missing = path.join(dir, 'missing.pfx');
    const keyOnly = write(dir, 'keyonly.pem', fs.readFileSync(leaf.key));
    const text = write(dir, 'readme.crt', 'This is not a certificate.\n');
    const files = [random, truncated, empty, missing, keyOnly, text];
    const r = await check({
      sites:
        files.map((f) => `www.test1.com = ${f}`).join('\n') +
        `\nwww.test1.com = ${pfxWith(dir, 'ok.pfx', leaf.cert, leaf.key, [pki.intermediate.cert], 'pw', '3des')}`,
      password: 'pw',
      trust,
    });
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual(files.map((f) => ['cert-unreadable', f]));
    for (const f of r.findings) {
      expect(f.severity).toBe('error');
      expect(f.fix).toBeTruthy();
      expect(f.message).not.toMatch(/\n|at .*\.ts|Error:/);
    }
    expect(r.findings[3]!.message).toMatch(/does not exist/);
    expect(r.findings[2]!.message).toMatch(/empty/);
    expect(r.findings[4]!.message).toMatch(/private key but no certificate/);
    expect(r.certificates).toHaveLength(1);
  });

  it('bounds hostile files: unmatched PEM markers, deep ASN.1 nesting, a PEM full of junk blocks', async () => {
    const markers = write(dir, 'markers.pem', '-----BEGIN CERTIFICATE-----\nAAAA\n'.repeat(200_000));
    const nested = write(dir, 'nested.der', Buffer.concat([Buffer.from(Array.from({ length: 5000 }, () => [0x30, 0x80]).flat()), Buffer.alloc(10000)]));
    const junk = write(dir, 'junk.pem', '-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n');
    const r = await check({ sites: [markers, nested, junk].map((f) => `www.test1.com = ${f}`).join('\n'), trust });
    expect(r.findings.map((f) => [f.rule, f.file])).toEqual([markers, nested, junk].map((f) => ['cert-unreadable', f]));
    expect(r.findings[0]!.message).toMatch(/holds no certificate/);
    expect(r.findings[1]!.message).toMatch(/encoded in a form sni-ready does not read: ASN.1 nested more than 40 levels deep/);
    expect(r.findings[2]!.message).toMatch(/cannot be parsed/);
  });

  it('shows certificate and key paths relative to the working directory', async () => {
    fs.mkdirSync(path.join(dir, 'certs'), { recursive: true });
    fs.copyFileSync(leaf.cert, path.join(dir, 'certs', 'leaf.crt'));
    const r = await check({ sites: 'www.test1.com = certs/missing.pfx\nwww.test1.com = certs/leaf.crt key=certs/none.key', trust }, {}, dir);
    expect(r.findings.map((f) => [f.file, f.message])).toEqual([
      ['certs/missing.pfx', 'Certificate file certs/missing.pfx does not exist.'],
      ['certs/leaf.crt', 'Key file certs/none.key does not exist.'],
    ]);
  });

  it('readCertificateBundle returns ok=false and no leaf for an unreadable file', async () => {
    const { site, findings } = await readCertificateBundle(spec(path.join(dir, 'nope.pfx')));
    expect(site.ok).toBe(false);
    expect(site.leaf).toBeUndefined();
    expect(findings.map((f) => f.rule)).toEqual(['cert-unreadable']);
  });
});
