// PKCS#12 files whose key derivation costs more than any real file: the cost is bounded per file
// (not per part), a PBMAC1 key length is bounded before anything is derived, and the finding says
// the file is too costly. Plus the messages that name the problem: unsupported algorithms by name,
// a MAC password that differs from the encryption password, BER past our limits.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLegacyPkcs12 } from '../src/certs/pkcs12.js';
import { check, write } from './helpers/certs.js';
import { costlyEncryptedKey, manyPartsPfx, pbmac1Pfx, remac } from './helpers/pfx-craft.js';
import { issue, openssl, tempDir, type Issued } from './helpers/pki.js';

let dir: string;
let leaf: Issued;
let leafDer: Buffer;

beforeAll(() => {
  dir = tempDir();
  leaf = issue(dir, 'leaf', { cn: 'www.test1.com', dns: ['www.test1.com'] });
  leafDer = Buffer.from(new X509Certificate(fs.readFileSync(leaf.cert)).raw);
});

describe('key derivation is bounded per file', () => {
  it('a PFX of 345 3DES parts at 200,000 iterations each is refused as too costly within the file budget', async () => {
    // each part alone is within the per-part cap; the old per-part bound let this run for minutes
    const file = write(dir, 'many.pfx', manyPartsPfx(leafDer, 'pw', 345, 200_000));
    const started = Date.now();
    const r = await check({ sites: `www.test1.com = ${file}`, password: 'pw' }, {}, dir);
    const ms = Date.now() - started;
    expect(r.findings.map((f) => f.rule)).toEqual(['cert-unreadable']);
    expect(r.findings[0]!.message).toMatch(/too costly to open/);
    expect(ms).toBeLessThan(8000);
  }, 30_000);

  it('a few parts within the budget still open', async () => {
    const file = write(dir, 'few.pfx', manyPartsPfx(leafDer, 'pw', 3, 2048));
    const r = await check({ sites: `www.test1.com = ${file}`, password: 'pw' }, {}, dir);
    expect(r.certificates).toHaveLength(1);
    expect(r.findings.map((f) => f.rule)).not.toContain('cert-unreadable');
  });

  it('a PBMAC1 key length from the file is bounded before anything is derived', async () => {
    const file = write(dir, 'pbmac1-huge.pfx', pbmac1Pfx(leafDer, 'pw', 2 ** 27, 100, false));
    const started = Date.now();
    const r = await check({ sites: `www.test1.com = ${file}`, password: 'pw' }, {}, dir);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.findings[0]!.rule).toBe('cert-unreadable');
    expect(r.findings[0]!.message).toMatch(/PBMAC1 key length of 134217728 bytes/);
  });

  it('a PBMAC1 MAC of the usual shape opens', async () => {
    const file = write(dir, 'pbmac1.pfx', pbmac1Pfx(leafDer, 'pw', 32, 2048));
    const r = await check({ sites: `www.test1.com = ${file}`, password: 'pw' }, {}, dir);
    expect(r.certificates[0]?.container.mac).toBe('pbmac1-sha256');
  });
});

describe('encrypted PKCS#8 keys are bounded before OpenSSL derives anything', () => {
  for (const iterations of [2 ** 24, 2 ** 31 - 1]) {
    it(`${iterations} iterations, as PEM beside the certificate and as key= DER`, async () => {
      const der = costlyEncryptedKey(iterations);
      const pem = `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ENCRYPTED PRIVATE KEY-----\n`;
      const bundle = write(dir, `costly-${iterations}.pem`, fs.readFileSync(leaf.cert, 'utf8') + pem);
      const keyFile = write(dir, `costly-${iterations}.der`, der);
      const started = Date.now();
      const r = await check({ sites: `www.test1.com = ${bundle}\nwww.test2.com = ${leaf.cert} key=${keyFile}`, password: 'pw' }, {}, dir);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(r.findings.map((f) => f.rule)).toEqual(['cert-unreadable', 'cert-unreadable']);
      for (const f of r.findings) expect(f.message).toMatch(/encrypted private key in .* is too costly to open/);
    });
  }
});

describe('messages that name the problem', () => {
  const exported = (name: string, args: string[]): string => {
    const file = path.join(dir, name);
    openssl(['pkcs12', '-export', '-inkey', leaf.key, '-in', leaf.cert, '-passout', 'pass:pw', ...args, '-out', file]);
    return file;
  };

  it('names an unsupported PBES2 cipher', async () => {
    const r = await check(
      { sites: `www.test1.com = ${exported('aria.pfx', ['-keypbe', 'aria-256-cbc', '-certpbe', 'aria-256-cbc'])}`, password: 'pw' },
      {},
      dir,
    );
    expect(r.findings[0]!.message).toMatch(/PBES2 with ARIA-256-CBC is not supported/);
  });

  it('names an unsupported MAC digest', async () => {
    const r = await check({ sites: `www.test1.com = ${exported('sha3.pfx', ['-macalg', 'sha3-256'])}`, password: 'pw' }, {}, dir);
    expect(r.findings[0]!.message).toMatch(/MAC digest SHA3-256 is not supported/);
  });

  it('opens a SHA-512/256 MAC', async () => {
    const r = await check({ sites: `www.test1.com = ${exported('sha512-256.pfx', ['-macalg', 'sha512-256'])}`, password: 'pw' }, {}, dir);
    expect(r.certificates[0]?.container.mac).toBe('sha512-256');
  });

  it('names an old PKCS#5 scheme', async () => {
    const r = await check(
      { sites: `www.test1.com = ${exported('md5des.pfx', ['-legacy', '-keypbe', 'PBE-MD5-DES', '-certpbe', 'PBE-MD5-DES'])}`, password: 'pw' },
      {},
      dir,
    );
    expect(r.findings[0]!.message).toMatch(/pbeWithMD5AndDES-CBC encryption is not supported/);
  });

  it('says when the MAC password differs from the encryption password, either way round', async () => {
    const pkcs8 = createPrivateKey(fs.readFileSync(leaf.key)).export({ format: 'der', type: 'pkcs8' });
    const pfx = buildLegacyPkcs12({ keyDer: pkcs8, certificates: [leafDer], password: 'enc-pass' });
    const file = write(dir, 'twopass.pfx', remac(pfx, 'mac-pass'));
    const withMac = await check({ sites: `www.test1.com = ${file}`, password: 'mac-pass' }, {}, dir);
    expect(withMac.findings[0]!.rule).toBe('cert-password');
    expect(withMac.findings[0]!.message).toMatch(/opens its integrity check \(MAC\) but does not decrypt its (certificates|private key)/);
    const withEnc = await check({ sites: `www.test1.com = ${file}`, password: 'enc-pass' }, {}, dir);
    expect(withEnc.findings[0]!.rule).toBe('cert-password');
    expect(withEnc.findings[0]!.message).toMatch(/decrypts its contents, but its integrity check \(MAC\) was made with another password/);
    const wrong = await check({ sites: `www.test1.com = ${file}`, password: 'neither' }, {}, dir);
    expect(wrong.findings[0]!.message).toMatch(/does not open the PFX/);
  });
});
