// Every certificate rule of issue 2 through the built action (`node dist/index.js`), on
// certificate sets made by OpenSSL: the right rule id, severity and file for each case.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle, issue, makePki, pfx, p7b, tempDir, type Pki } from './helpers/pki.js';
import { runAction } from './helpers/run-dist.js';

const PW = 'rules-Pw-7731';
let dir: string;
let pki: Pki;
const files: Record<string, string> = {};

interface F {
  rule: string;
  severity: string;
  file?: string;
  host?: string;
}

function has(findings: F[], rule: string, severity: string, fileName: string): boolean {
  return findings.some((f) => f.rule === rule && f.severity === severity && (f.file ?? '').endsWith(fileName));
}

beforeAll(() => {
  dir = tempDir();
  pki = makePki(dir, {
    good: { cn: 'good.test.com', dns: ['good.test.com'] },
    weak: { cn: 'weak.test.com', dns: ['weak.test.com'], keyType: 'rsa1024' },
    sha1: { cn: 'sha1.test.com', dns: ['sha1.test.com'], digest: 'sha1' },
    client: { cn: 'client.test.com', dns: ['client.test.com'], eku: 'clientAuth' },
    ec: { cn: 'ec.test.com', dns: ['ec.test.com'], keyType: 'ec256' },
  });
  const other = issue(dir, 'other', { cn: 'other.example.org', dns: ['other.example.org'] });
  const i = pki.intermediate.cert;
  files.good = pfx(dir, 'good', pki.leaves.good!, [i], PW, 'legacy');
  files.goodAes = pfx(dir, 'good-aes', pki.leaves.good!, [i], PW, 'aes');
  files.weak = pfx(dir, 'weak', pki.leaves.weak!, [i], PW, 'legacy');
  files.sha1 = pfx(dir, 'sha1', pki.leaves.sha1!, [i], PW, 'legacy');
  files.client = pfx(dir, 'client', pki.leaves.client!, [i], PW, 'legacy');
  files.leafOnly = pfx(dir, 'leaf-only', pki.leaves.good!, [], PW, 'legacy');
  files.extra = pfx(dir, 'extra', pki.leaves.good!, [i, other.cert], PW, 'legacy');
  files.ec = pfx(dir, 'ec', pki.leaves.ec!, [i], PW, 'legacy');
  files.noKey = bundle(dir, 'no-key.pem', [pki.leaves.good!.cert, i]);
  files.misordered = bundle(dir, 'misordered.pem', [i, pki.leaves.good!.key, pki.leaves.good!.cert]);
  files.withRoot = bundle(dir, 'with-root.pem', [pki.leaves.good!.cert, i, pki.root.cert, pki.leaves.good!.key]);
  files.p7b = p7b(dir, 'chain', [pki.leaves.good!.cert, i], 'DER');
  files.random = path.join(dir, 'random.pfx');
  fs.writeFileSync(files.random, randomBytes(2048));
});

describe('every certificate rule through node dist/index.js', () => {
  it('strength, usage, chain and container rules', () => {
    const run = runAction(
      {
        command: 'check',
        sites: [
          `good.test.com = ${files.good}`,
          `good.test.com = ${files.goodAes}`,
          `weak.test.com = ${files.weak}`,
          `sha1.test.com = ${files.sha1}`,
          `client.test.com = ${files.client}`,
          `good.test.com = ${files.leafOnly}`,
          `good.test.com = ${files.extra}`,
          `ec.test.com = ${files.ec}`,
          `good.test.com = ${files.noKey}`,
          `good.test.com = ${files.misordered}`,
          `good.test.com = ${files.withRoot}`,
          `good.test.com = ${files.p7b} key=${pki.leaves.weak!.key}`,
          `nothere.test.com = ${files.good}`,
          `good.test.com = ${files.random}`,
          `good.test.com = ${files.good} password-env=WRONG_PW`,
        ].join('\n'),
        password: PW,
        trust: pki.root.cert,
        'os-family': '5',
      },
      { WRONG_PW: 'not-the-password' },
    );
    expect(run.status).toBe(1);
    const f: F[] = run.report.findings;
    const onGood = f.filter((x) => x.file?.endsWith('/good.pfx') && x.host !== 'nothere.test.com');
    expect(
      onGood.filter((x) => x.rule !== 'cert-password'),
      JSON.stringify(onGood),
    ).toEqual([]);
    expect(has(f, 'pfx-legacy-windows', 'error', 'good-aes.pfx')).toBe(true);
    expect(has(f, 'cert-weak-key', 'error', 'weak.pfx')).toBe(true);
    expect(has(f, 'cert-weak-signature', 'error', 'sha1.pfx')).toBe(true);
    expect(has(f, 'cert-no-server-auth', 'error', 'client.pfx')).toBe(true);
    expect(has(f, 'chain-incomplete', 'error', 'leaf-only.pfx')).toBe(true);
    expect(has(f, 'chain-extra', 'warning', 'extra.pfx')).toBe(true);
    expect(f.filter((x) => x.file?.endsWith('ec.pfx'))).toEqual([]);
    expect(has(f, 'cert-no-key', 'error', 'no-key.pem')).toBe(true);
    expect(has(f, 'chain-order', 'notice', 'misordered.pem')).toBe(true);
    expect(has(f, 'chain-root-included', 'notice', 'with-root.pem')).toBe(true);
    expect(has(f, 'cert-key-mismatch', 'error', 'chain.p7b')).toBe(true);
    expect(f.some((x) => x.rule === 'cert-host-mismatch' && x.host === 'nothere.test.com' && x.severity === 'error')).toBe(true);
    expect(has(f, 'cert-unreadable', 'error', 'random.pfx')).toBe(true);
    expect(has(f, 'cert-password', 'error', 'good.pfx')).toBe(true);
    // the EC leaf is reported with its key type, and 13 of the 15 files were opened
    const ec = run.report.certificates.find((c: { file: string }) => c.file.endsWith('ec.pfx'));
    expect(ec.keyType).toBe('EC');
    expect(ec.keySize).toBe(256);
    expect(run.report.certificates).toHaveLength(13);
  });

  it('validity as of `at`: expired, not yet valid, expiring soon (warning, then error within fail-days)', () => {
    const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const base = { command: 'check', sites: `good.test.com = ${files.good}`, password: PW, trust: pki.root.cert, 'os-family': '7' };
    const rules = (over: Record<string, string>) => runAction({ ...base, ...over }).report.findings.map((x: F) => `${x.rule}:${x.severity}`);
    expect(rules({ at: at(400) })).toContain('cert-expired:error');
    expect(rules({ at: at(-2) })).toContain('cert-not-yet-valid:error');
    expect(rules({ at: at(345) })).toContain('cert-expires-soon:warning');
    expect(rules({ at: at(361) })).toContain('cert-expires-soon:error');
    expect(rules({})).toEqual([]);
  });
});
