// patch, verify and scan through the committed bundles, the way a runner (node dist/index.js
// with INPUT_* variables) and a shell (node dist/cli/index.js) run them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, sha1, tempDir, type Pki } from './helpers/pki.js';
import { ROOT, runAction, runCliAsync } from './helpers/run-dist.js';
import { xsdReady, xsdValidate } from './helpers/service.js';
import { startSniServer, type Running } from './helpers/tlsServers.js';
import { needTool } from './helpers/tools.js';

const PW = 'dist-Pw-90210';
let dir: string;
let pki: Pki;
let sites: string;
let server: Running;

beforeAll(async () => {
  dir = tempDir();
  pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, b: { cn: 'www.test2.com', dns: ['www.test2.com'] } });
  const a = pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], PW, 'legacy');
  const b = pfx(dir, 'b', pki.leaves.b!, [pki.intermediate.cert], PW, 'legacy');
  sites = `www.test1.com = ${a}\nwww.test2.com = ${b}`;
  fs.cpSync(path.join(ROOT, 'examples', 'service'), path.join(dir, 'svc'), { recursive: true });
  const served = (leaf: 'a' | 'b') => ({ key: pki.leaves[leaf]!.key, certs: [pki.leaves[leaf]!.cert, pki.intermediate.cert] });
  server = await startSniServer({ 'www.test1.com': served('a'), 'www.test2.com': served('b') }, null);
});
afterAll(async () => server?.close());

describe('patch through node dist/index.js', () => {
  it('writes the target state once (changed=true), then changes nothing (changed=false)', () => {
    const inputs = {
      command: 'patch',
      sites,
      password: PW,
      trust: pki.root.cert,
      'service-definition': path.join(dir, 'svc', 'ServiceDefinition.csdef'),
      'service-configuration': `${path.join(dir, 'svc', 'ServiceConfiguration.Cloud.cscfg')}\n${path.join(dir, 'svc', 'ServiceConfiguration.Local.cscfg')}`,
    };
    const first = runAction(inputs);
    expect(first.status, first.stdout).toBe(0);
    expect(first.outputs.changed).toBe('true');
    const cloud = fs.readFileSync(path.join(dir, 'svc', 'ServiceConfiguration.Cloud.cscfg'), 'utf8');
    expect(cloud).toContain(`thumbprint="${sha1(pki.leaves.a!.cert)}"`);
    expect(cloud).toContain(`thumbprint="${sha1(pki.intermediate.cert)}"`);
    expect(cloud).toContain('osFamily="5"');
    expect(first.summary).toContain('ServiceDefinition.csdef');
    const before = fs.readdirSync(path.join(dir, 'svc'), { recursive: true }).map(String).sort();
    const snapshot = before.filter((f) => fs.statSync(path.join(dir, 'svc', f)).isFile()).map((f) => [f, fs.readFileSync(path.join(dir, 'svc', f), 'utf8')]);
    const second = runAction(inputs);
    expect(second.outputs.changed).toBe('false');
    for (const [f, text] of snapshot) if (!f!.endsWith('.log')) expect(fs.readFileSync(path.join(dir, 'svc', f!), 'utf8'), f).toBe(text);
    if (xsdReady('service files against the public schemas')) {
      const out = xsdValidate(
        ['ServiceDefinition.csdef', 'ServiceConfiguration.Cloud.cscfg', 'ServiceConfiguration.Local.cscfg'].map((f) => path.join(dir, 'svc', f)),
      );
      expect(
        out.output
          .trim()
          .split('\n')
          .map((l) => l.replace(path.join(dir, 'svc') + '/', '')),
      ).toEqual(['valid ServiceDefinition.csdef', 'valid ServiceConfiguration.Cloud.cscfg', 'valid ServiceConfiguration.Local.cscfg']);
    }
  });
});

describe.skipIf(!needTool('nginx', 'verify through node dist/index.js with nginx'))('verify through node dist/index.js', () => {
  it('serves both hosts with nginx and finds each its own certificate', () => {
    const run = runAction({ command: 'verify', server: 'nginx', sites, password: PW, trust: pki.root.cert });
    expect(run.status, run.stdout).toBe(0);
    const served = Object.fromEntries(
      run.report.endpoints.filter((e: { sni: string | null }) => e.sni).map((e: { sni: string; thumbprint: string }) => [e.sni, e.thumbprint]),
    );
    expect(served).toEqual({ 'www.test1.com': sha1(pki.leaves.a!.cert), 'www.test2.com': sha1(pki.leaves.b!.cert) });
  });
});

describe('scan through node dist/cli/index.js', () => {
  it('pins the address, keeps SNI, and compares with the files of sites', async () => {
    const endpoints = `www.test1.com:${server.port} @127.0.0.1\nwww.test2.com:${server.port} @127.0.0.1`;
    const ok = await runCliAsync(
      ['scan', '--endpoints', endpoints, '--sites', sites, '--trust', pki.root.cert, '--fallback', 'none', '--json', '--report', path.join(dir, 's.json')],
      { SNI_READY_PASSWORD: PW },
    );
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).endpoints.filter((e: { sni: string | null; thumbprint: string }) => e.sni === 'www.test2.com')[0].thumbprint).toBe(
      sha1(pki.leaves.b!.cert),
    );
    const swapped = `www.test1.com = ${sha1(pki.leaves.b!.cert)}\nwww.test2.com = ${sha1(pki.leaves.a!.cert)}`;
    const bad = await runCliAsync([
      'scan',
      '--endpoints',
      endpoints,
      '--expect',
      swapped,
      '--trust',
      pki.root.cert,
      '--fallback',
      'none',
      '--json',
      '--report',
      path.join(dir, 's2.json'),
    ]);
    expect(bad.status).toBe(1);
    const wrong = JSON.parse(bad.stdout).findings.filter((f: { rule: string }) => f.rule === 'tls-wrong-certificate');
    expect(wrong.map((f: { host: string }) => f.host).sort()).toEqual(['www.test1.com', 'www.test2.com']);
  });
});
