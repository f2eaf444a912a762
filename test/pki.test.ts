import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { makePki, pfx, p7b, sha1, tempDir } from './helpers/pki.js';

describe('test PKI helper', () => {
  it('issues a chain that verifies and exports PFX/P7B', () => {
    const dir = tempDir();
    const pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] } });
    const leaf = new X509Certificate(fs.readFileSync(pki.leaves.a!.cert));
    const inter = new X509Certificate(fs.readFileSync(pki.intermediate.cert));
    expect(leaf.checkIssued(inter)).toBe(true);
    expect(leaf.verify(inter.publicKey)).toBe(true);
    expect(leaf.fingerprint.replace(/:/g, '')).toBe(sha1(pki.leaves.a!.cert));
    expect(fs.statSync(pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], 'pw')).size).toBeGreaterThan(1000);
    expect(fs.statSync(p7b(dir, 'a', [pki.leaves.a!.cert, pki.intermediate.cert])).size).toBeGreaterThan(1000);
  });
});
