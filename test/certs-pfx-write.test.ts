// The upload PFX: 3DES + SHA-1 MAC that OpenSSL (and Windows) open, with leaf, key and chain.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thumbprint } from '../src/certs/chain.js';
import { readCertificateBundle } from '../src/certs/read.js';
import { writeUploadPfx } from '../src/certs/pfx-write.js';
import { check, write } from './helpers/certs.js';
import { issue, makePki, openssl, sha1, tempDir, type Pki } from './helpers/pki.js';

let dir: string;
let pki: Pki;
const pem = (...files: string[]): string => files.map((f) => fs.readFileSync(f, 'utf8')).join('');

beforeAll(() => {
  dir = tempDir('sni-ready-certs-pfxw-');
  pki = makePki(dir, {
    rsa: { cn: 'www.test1.com', dns: ['www.test1.com'] },
    ec: { cn: 'www.test2.com', dns: ['www.test2.com'], keyType: 'ec256' },
  });
});

async function loaded(leaf: 'rsa' | 'ec', withRoot = false) {
  const l = pki.leaves[leaf]!;
  const f = write(dir, `${leaf}-${withRoot}.pem`, pem(l.cert, pki.intermediate.cert, ...(withRoot ? [pki.root.cert] : []), l.key));
  const host = leaf === 'rsa' ? 'www.test1.com' : 'www.test2.com';
  const r = await check({ sites: `${host} = ${f}`, trust: pki.root.cert });
  return r.sites[0]!;
}

describe('writeUploadPfx', () => {
  it.each(['rsa', 'ec'] as const)('writes a %s PFX that OpenSSL reports as 3DES with a SHA-1 MAC', async (kind) => {
    const site = await loaded(kind);
    const out = path.join(dir, 'out', `${kind}.pfx`);
    const pw = 'Upl0ad-pässwörd';
    await writeUploadPfx(site, pw, out);
    // `openssl pkcs12 -info` prints the algorithms on stderr
    const info = spawnSync('openssl', ['pkcs12', '-info', '-in', out, '-passin', 'env:PW', '-noout'], { env: { ...process.env, PW: pw } });
    expect(info.status).toBe(0);
    const text = info.stdout.toString() + info.stderr.toString();
    expect(text).toMatch(/MAC: sha1/);
    expect(text).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC/);
    expect(text).toMatch(/PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC/);
    expect(text).not.toMatch(/AES|PBES2/);
    // OpenSSL extracts the same certificates and a key matching the leaf
    const dump = openssl(['pkcs12', '-in', out, '-passin', 'env:PW', '-nodes'], { env: { PW: pw } });
    const certs = dump.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)!;
    expect(certs).toHaveLength(2);
    expect(dump).toMatch(/BEGIN PRIVATE KEY/);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.dirname(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // and our reader gives the same thumbprints back
    const back = await readCertificateBundle({ hosts: site.spec.hosts, path: out, password: pw, line: 1 });
    expect(back.findings).toEqual([]);
    expect(thumbprint(back.site.leaf!)).toBe(sha1(pki.leaves[kind]!.cert));
    expect(back.site.fileCertificates.map(thumbprint)).toEqual([sha1(pki.leaves[kind]!.cert), sha1(pki.intermediate.cert)]);
    expect(back.site.leaf!.checkPrivateKey(back.site.key!)).toBe(true);
    expect(back.site.container).toMatchObject({ type: 'pfx', encryption: '3des', certEncryption: '3des', mac: 'sha1' });
  });

  it('leaves out a root that came from the trust store, keeps one that came from the file', async () => {
    const fromTrust = await loaded('rsa');
    expect(fromTrust.chainSources).toEqual(['file', 'trust']);
    const a = path.join(dir, 'a.pfx');
    await writeUploadPfx(fromTrust, '', a);
    const ra = await readCertificateBundle({ hosts: ['www.test1.com'], path: a, password: '', line: 1 });
    expect(ra.site.fileCertificates.map(thumbprint)).toEqual([sha1(pki.leaves.rsa!.cert), sha1(pki.intermediate.cert)]);

    const fromFile = await loaded('rsa', true);
    const b = path.join(dir, 'b.pfx');
    await writeUploadPfx(fromFile, '', b);
    const rb = await readCertificateBundle({ hosts: ['www.test1.com'], path: b, password: '', line: 1 });
    expect(rb.site.fileCertificates.map(thumbprint)).toEqual([sha1(pki.leaves.rsa!.cert), sha1(pki.intermediate.cert), sha1(pki.root.cert)]);
    // an empty password is opened by OpenSSL too
    expect(openssl(['pkcs12', '-in', b, '-passin', 'pass:', '-nokeys'])).toMatch(/BEGIN CERTIFICATE/);
  });

  it('refuses a site without a key, naming the file and not writing anything', async () => {
    const l = issue(dir, 'nokey', { cn: 'nokey.test1.com', dns: ['nokey.test1.com'] }, pki.intermediate);
    const r = await check({ sites: `nokey.test1.com = ${l.cert}`, trust: pki.root.cert });
    const out = path.join(dir, 'nokey.pfx');
    await expect(writeUploadPfx(r.sites[0]!, 'pw', out)).rejects.toThrow(/No private key .*nokey\.crt/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
