// Advice that fits the situation: a missing root is trusted, not "added to the file"; the demo root
// is named by its file; a leaf signed by a known TLS interception root is an untrusted root, not an
// incomplete chain; a missing intermediate is still chain-incomplete.
import { describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessChain } from '../src/certs/chain.js';
import { TrustStore } from '../src/certs/trust.js';
import { writeDemoCertificates } from '../src/demo/certs.js';
import { check } from './helpers/certs.js';
import { runCliAsync } from './helpers/run-dist.js';
import { issue, tempDir } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const x = (file: string): X509Certificate => new X509Certificate(fs.readFileSync(file));

const judge = (leaf: string, presented: string[], served = false) =>
  assessChain({
    leaf: x(leaf),
    presented: presented.map(x),
    hosts: ['a.test'],
    at: new Date(Date.now() + 60_000),
    warnDays: 0,
    failDays: 0,
    trust: new TrustStore(),
    served,
  });

describe('a missing trust anchor', () => {
  it('for the demo certificates: chain-untrusted, naming demo-root.pem and the trust input', async () => {
    const dir = tempDir();
    const demo = writeDemoCertificates(dir);
    const site = demo.sites[0]!;
    const r = await check({ sites: `${site.hosts[0]} = ${site.file} password-env=${demo.passwordEnv}` }, process.env);
    const f = r.findings.filter((f) => f.severity === 'error');
    expect(f.map((f) => f.rule)).toEqual(['chain-untrusted']);
    expect(f[0]!.message).toMatch(/ends at the root '[^']*sni-ready Demo Root'/);
    expect(f[0]!.fix).toMatch(/DIR\/demo-root\.pem/);
    expect(f[0]!.fix).toMatch(/trust: DIR\/demo-root\.pem/); // the action's door: check() parses action inputs
    expect(f[0]!.fix).not.toMatch(/intermediate/);
  });

  it('through the CLI, the fix names --trust', async () => {
    const demo = writeDemoCertificates(tempDir());
    const site = demo.sites[0]!;
    const r = await runCliAsync(['check', '--sites', `${site.hosts[0]} = ${site.file}`, '--json'], {
      SNI_READY_PASSWORD: process.env[demo.passwordEnv]!,
    });
    const f = (JSON.parse(r.stdout) as { findings: { rule: string; fix?: string }[] }).findings.find((f) => f.rule === 'chain-untrusted');
    expect(f?.fix, r.stdout + r.stderr).toMatch(/--trust DIR\/demo-root\.pem/);
  });
});

describe.skipIf(!needTool('openssl', 'advice on missing issuers'))('missing issuers from OpenSSL-made chains', () => {
  it('a private root above a presented intermediate is to be trusted, not added to the file', () => {
    const dir = tempDir();
    const root = issue(dir, 'root', { cn: 'Corp Root CA', ca: true, keyType: 'ec256' });
    const int = issue(dir, 'int', { cn: 'Corp Issuing CA', ca: true, keyType: 'ec256' }, root);
    const leaf = issue(dir, 'leaf', { cn: 'a.test', dns: ['a.test'], keyType: 'ec256' }, int);
    const a = judge(leaf.cert, [int.cert]);
    expect(a.findings.map((f) => f.rule)).toEqual(['chain-untrusted']);
    expect(a.findings[0]!.fix).toMatch(/add its root certificate \(PEM\) to input 'trust' \(CLI: --trust\)/);
    // served: the same truth, not tls-chain-incomplete
    expect(judge(leaf.cert, [int.cert], true).findings.map((f) => f.rule)).toEqual(['chain-untrusted']);
  });

  it('a missing intermediate stays chain-incomplete (file) and tls-chain-incomplete (served)', () => {
    const dir = tempDir();
    const root = issue(dir, 'root', { cn: 'Corp Root CA', ca: true, keyType: 'ec256' });
    const int = issue(dir, 'int', { cn: 'Corp Issuing CA', ca: true, keyType: 'ec256' }, root);
    const leaf = issue(dir, 'leaf', { cn: 'a.test', dns: ['a.test'], keyType: 'ec256' }, int);
    expect(judge(leaf.cert, []).findings.map((f) => f.rule)).toEqual(['chain-incomplete']);
    expect(judge(leaf.cert, [], true).findings.map((f) => f.rule)).toEqual(['tls-chain-incomplete']);
  });

  for (const name of ['Superfish, Inc.', 'eDellRoot']) {
    it(`a leaf signed by the interception root '${name}' is an untrusted (interception) root, not tls-chain-incomplete`, () => {
      const dir = tempDir();
      const root = issue(dir, 'root', { cn: name, ca: true, keyType: 'ec256' });
      const leaf = issue(dir, 'leaf', { cn: 'a.test', dns: ['a.test'], keyType: 'ec256' }, root);
      const f = judge(leaf.cert, [], true).findings;
      expect(f.map((f) => f.rule)).toEqual(['chain-untrusted']);
      expect(f[0]!.message).toMatch(/known TLS interception root/);
      expect(f[0]!.fix).not.toMatch(/intermediate/);
      expect(path.basename(leaf.cert)).toBe('leaf.crt');
    });
  }
});
