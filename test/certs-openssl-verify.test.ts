// OpenSSL's verifier through a loopback handshake (the net under our chain checks in `check`).
import { describe, expect, it } from 'vitest';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { opensslVerdict } from '../src/certs/openssl-verify.js';
import { issue, tempDir, type Issued } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const x = (f: string): X509Certificate => new X509Certificate(fs.readFileSync(f));
const verdict = (leaf: Issued, chain: Issued[], root: Issued) =>
  opensslVerdict({ leaf: x(leaf.cert), chain: chain.map((c) => x(c.cert)), key: createPrivateKey(fs.readFileSync(leaf.key)), anchors: [x(root.cert)] });

describe.skipIf(!needTool('openssl', 'OpenSSL verifier through TLS'))('OpenSSL verdicts through a loopback handshake', () => {
  it('accepts a good chain and names the reason for a broken one', async () => {
    const dir = tempDir();
    const root = issue(dir, 'root', { cn: 'Net Root', ca: true, keyType: 'ec256' });
    const int = issue(dir, 'int', { cn: 'Net CA', ca: true, keyType: 'ec256' }, root);
    const leaf = issue(dir, 'leaf', { cn: 'a.test', dns: ['a.test'], keyType: 'ec256' }, int);
    expect(await verdict(leaf, [int], root)).toBeNull();
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) await verdict(leaf, [int], root);
    process.stdout.write(`OpenSSL verifier through a loopback handshake: ${((performance.now() - t0) / 10).toFixed(1)} ms a chain\n`);
    // an intermediate that is not a CA (CA:FALSE, no keyCertSign): refused, with OpenSSL's reason
    const notCa = issue(dir, 'notca', { cn: 'Not A CA', keyType: 'ec256', eku: null }, root);
    const under = issue(dir, 'under', { cn: 'b.test', dns: ['b.test'], keyType: 'ec256' }, notCa);
    const refused = await verdict(under, [notCa], root);
    expect(refused).toBeTruthy();
    expect(refused!.message.length).toBeGreaterThan(5);
    // a missing intermediate
    expect((await verdict(leaf, [], root))?.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  });
});
