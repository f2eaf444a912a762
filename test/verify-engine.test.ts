// verify through the engine, as the action and the CLI run it: real certificate files read by
// checkCertificates, the plan, a real server, the probes.
import { beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCommand } from '../src/engine.js';
import { parseInputs } from '../src/inputs.js';
import { writeDemoCertificates, type DemoCertificates } from '../src/demo/certs.js';
import { makePki, pfx, sha1, tempDir } from './helpers/pki.js';
import { recordingLog } from './helpers/verify.js';
import { needTool } from './helpers/tools.js';

let demo: DemoCertificates;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const servers = ['node', ...(needTool('nginx', 'verify (engine) with nginx') ? ['nginx'] : [])];

beforeAll(() => {
  process.env.SNI_READY_DEMO_PASSWORD ??= 'demo';
  demo = writeDemoCertificates(tempDir('sni-ready-verify-engine-'));
});

function inputs(values: Record<string, string>) {
  return parseInputs((name) => values[name] ?? '', process.env, demo.dir);
}

describe.each(servers)('verify (engine) with server %s', (server) => {
  it('passes the demo certificates: two hosts, their own leaves, the fallback for clients without SNI', async () => {
    const sites = demo.sites.map((s) => `${s.hosts.join(' ')} = ${s.file} password-env=${demo.passwordEnv}`).join('\n');
    const log = recordingLog();
    const report = await runCommand(inputs({ command: 'verify', server, sites, trust: demo.root }), log);
    expect(report.findings.filter((f) => f.rule.startsWith('tls-'))).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const withSni = report.endpoints.filter((e) => e.sni);
    expect(withSni.map((e) => e.host)).toEqual(['www.test1.com', 'www.test2.com']);
    expect(withSni.map((e) => e.thumbprint)).toEqual(report.certificates.map((c) => c.thumbprint));
    expect(report.endpoints.find((e) => e.sni === null)?.thumbprint).toBe(report.certificates[0]!.thumbprint);
    expect(report.notes?.some((n) => n.startsWith(`verify: ${server === 'node' ? 'node' : 'nginx'}`))).toBe(true);
  });

  it('with the example service package, serves what the generated startup task binds and leaves the package untouched', async () => {
    const example = path.join(ROOT, 'examples', 'service');
    const csdef = path.join(example, 'ServiceDefinition.csdef');
    const cscfg = path.join(example, 'ServiceConfiguration.Cloud.cscfg');
    const before = [fs.readFileSync(csdef), fs.readFileSync(cscfg)];
    const sites = demo.sites.map((s) => `${s.hosts.join(' ')} = ${s.file} password-env=${demo.passwordEnv}`).join('\n');
    const report = await runCommand(
      inputs({ command: 'verify', server, sites, trust: demo.root, 'service-definition': csdef, 'service-configuration': cscfg }),
      recordingLog(),
    );
    expect(report.findings.filter((f) => f.rule.startsWith('tls-'))).toEqual([]);
    expect(report.notes?.[0]).toMatch(
      /served the bindings of the startup task that patch generates for ServiceDefinition.csdef \(2 host\(s\), fallback www.test1.com\)/,
    );
    expect(report.endpoints.filter((e) => e.sni).map((e) => e.thumbprint)).toEqual(report.certificates.map((c) => c.thumbprint));
    expect([fs.readFileSync(csdef), fs.readFileSync(cscfg)]).toEqual(before);
    expect(fs.existsSync(path.join(example, 'WebRole1Content'))).toBe(false);
  });

  it('reports tls-chain-incomplete for a leaf-only PFX', async () => {
    const dir = tempDir();
    const pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] } });
    const file = pfx(dir, 'leaf-only', pki.leaves.a!, [], 'pw', 'legacy');
    process.env.SNI_READY_VERIFY_TEST_PW = 'pw';
    const report = await runCommand(
      inputs({ command: 'verify', server, sites: `www.test1.com = ${file} password-env=SNI_READY_VERIFY_TEST_PW`, trust: pki.root.cert }),
      recordingLog(),
    );
    const chain = report.findings.filter((f) => f.rule === 'tls-chain-incomplete');
    expect(chain.map((f) => f.host)).toEqual(['www.test1.com']);
    expect(report.endpoints.find((e) => e.sni)?.thumbprint).toBe(sha1(pki.leaves.a!.cert));
    expect(path.basename(chain[0]!.file ?? '')).toBe('leaf-only.pfx');
  });
});

describe('verify (engine) input errors', () => {
  it('refuses a fallback that is not one of the sites', async () => {
    const sites = `www.test1.com = ${demo.sites[0]!.file} password-env=${demo.passwordEnv}`;
    await expect(runCommand(inputs({ command: 'verify', server: 'node', sites, fallback: 'www.test2.com' }), recordingLog())).rejects.toThrow(/fallback/);
  });

  it('stops with a finding and no server when the password is wrong', async () => {
    process.env.SNI_READY_VERIFY_WRONG = 'wrong';
    const log = recordingLog();
    const report = await runCommand(
      inputs({ command: 'verify', server: 'node', sites: `www.test1.com = ${demo.sites[0]!.file} password-env=SNI_READY_VERIFY_WRONG` }),
      log,
    );
    expect(report.endpoints).toEqual([]);
    expect(report.findings.some((f) => f.rule === 'cert-password')).toBe(true);
    expect(report.findings.some((f) => f.rule === 'cert-unreadable' && /verify cannot serve/.test(f.message))).toBe(true);
    expect(log.lines.some((l) => /listening/.test(l))).toBe(false);
  });
});
