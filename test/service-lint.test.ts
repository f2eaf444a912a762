import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintService } from '../src/service/lint.js';
import { patchService } from '../src/service/patch.js';
import type { Finding, Inputs } from '../src/types.js';
import ts from 'typescript';
import { tempDir } from './helpers/pki.js';
import { bareCscfg, bareCsdef, makeTestCerts, multiRoleCscfg, multiRoleCsdef, quietLog, serviceInputs, type TestCerts } from './helpers/service.js';

let certs: TestCerts;
beforeAll(() => {
  certs = makeTestCerts(tempDir('sni-lint-certs-'));
});

const OLD = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';

function lineOf(text: string, needle: string): number {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, i).split('\n').length;
}

function files(def: string, cfg: string) {
  const dir = tempDir('sni-lint-');
  const d = path.join(dir, 'ServiceDefinition.csdef');
  const c = path.join(dir, 'ServiceConfiguration.Cloud.cscfg');
  fs.writeFileSync(d, def);
  fs.writeFileSync(c, cfg);
  return { dir, d, c, inputs: serviceInputs({ command: 'check', serviceDefinition: d, serviceConfigurations: [c] }) };
}

const byRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('lint of an unpatched multi-role package', () => {
  let findings: Finding[];
  let def: string;
  let cfg: string;
  let d: string;
  let c: string;
  beforeAll(async () => {
    def = multiRoleCsdef({ eol: '\r\n' });
    cfg = multiRoleCscfg('2', OLD);
    ({ d, c } = files(def, cfg));
    findings = (await lintService(serviceInputs({ command: 'check', serviceDefinition: d, serviceConfigurations: [c] }), certs.sites)).findings;
  });

  it('config-os-family on the ServiceConfiguration line, calling family 2 retired', () => {
    const [f] = byRule(findings, 'config-os-family');
    expect(f).toMatchObject({ file: c, line: lineOf(cfg, '<ServiceConfiguration'), severity: 'error' });
    expect(f!.message).toMatch(/osFamily 2 \(Windows Server 2008 R2\).*retired/);
    expect(f!.fix).toMatch(/osFamily="5"/);
  });

  it('config-thumbprint names both the cscfg thumbprint and the files’ thumbprints', () => {
    const f = byRule(findings, 'config-thumbprint').find((x) => x.message.includes(OLD));
    expect(f).toBeDefined();
    expect(f!.message).toContain(certs.thumbs['www.test1.com']);
    expect(f!.message).toContain(certs.thumbs['www.test2.com']);
    expect(f!.line).toBe(lineOf(cfg, '<Certificate name="SSL"'));
    // and each leaf not declared at all
    expect(
      byRule(findings, 'config-thumbprint')
        .filter((x) => x.host)
        .map((x) => x.host),
    ).toEqual(['www.test1.com', 'www.test2.com']);
  });

  it('config-intermediate for the undeclared intermediate', () => {
    const [f] = byRule(findings, 'config-intermediate');
    expect(f!.message).toContain(certs.intermediateThumb);
    expect(f).toMatchObject({ file: d, line: lineOf(def, '<Certificates>') });
  });

  it('config-sni-binding for every host and for the host-less HTTPS binding', () => {
    const sni = byRule(findings, 'config-sni-binding');
    expect(sni.filter((x) => x.host).map((x) => x.host)).toEqual(['www.test1.com', 'www.test2.com', 'test2.com']);
    const hostless = sni.find((x) => !x.host)!;
    expect(hostless.line).toBe(lineOf(def, '<Binding name="HttpsIn"'));
    expect(hostless.message).toContain('IP-specific');
  });

  it('no config-https-endpoint (it exists) and every config finding has a file, line and fix', () => {
    expect(byRule(findings, 'config-https-endpoint')).toEqual([]);
    for (const f of findings) {
      expect(f.file, f.message).toBeTruthy();
      expect(f.line, f.message).toBeGreaterThan(0);
      expect(f.fix, f.message).toBeTruthy();
    }
  });

  it('after patch, check finds nothing in the service files', async () => {
    await patchService(serviceInputs({ serviceDefinition: d, serviceConfigurations: [c] }), certs.sites, quietLog);
    const after = await lintService(serviceInputs({ command: 'check', serviceDefinition: d, serviceConfigurations: [c] }), certs.sites);
    expect(after.findings).toEqual([]);
  });
});

describe('other lint findings', () => {
  it('config-https-endpoint and config-cert-undeclared', async () => {
    const def = bareCsdef().replace(
      '<InputEndpoint name="Endpoint1" protocol="http" port="80" />',
      '<InputEndpoint name="Endpoint1" protocol="http" port="80" />\n      <InputEndpoint name="Tls" protocol="https" port="8443" certificate="Missing" />',
    );
    const { d, inputs } = files(def, bareCscfg('6'));
    const { findings } = await lintService(inputs, certs.sites);
    expect(byRule(findings, 'config-https-endpoint')[0]).toMatchObject({ file: d, line: lineOf(def, '<Endpoints>') });
    expect(byRule(findings, 'config-cert-undeclared')[0]).toMatchObject({ file: d, line: lineOf(def, 'name="Tls"') });
    expect(byRule(findings, 'config-cert-undeclared')[0]!.message).toContain("'Missing'");
    expect(byRule(findings, 'config-os-family')).toEqual([]);
  });

  it('config-role-missing lists the roles found', async () => {
    const { inputs } = files(multiRoleCsdef(), multiRoleCscfg('5', OLD));
    const { findings } = await lintService({ ...inputs, role: 'Nope' }, certs.sites);
    expect(byRule(findings, 'config-role-missing')[0]!.message).toContain("WebRole 'WebFront', WorkerRole 'Backend'");
  });

  it('an empty cscfg thumbprint counts as missing', async () => {
    const cfg = multiRoleCscfg('5', OLD).replace(`thumbprint="${OLD}"`, 'thumbprint=""');
    const { c, inputs } = files(multiRoleCsdef(), cfg);
    const { findings } = await lintService(inputs, certs.sites);
    const f = byRule(findings, 'config-thumbprint').find((x) => x.message.includes("'SSL'"));
    // annotated on the empty entry itself (where the schema validator reports it too), with a fix to set it
    expect(f).toMatchObject({ file: c, line: lineOf(cfg, 'name="SSL"') });
    expect(f!.message).toContain('an empty thumbprint');
    expect(f!.fix).toMatch(/^Set thumbprint on <Certificate name="SSL">/);
  });

  it('a missing osFamily is reported as retired family 1', async () => {
    const { inputs } = files(multiRoleCsdef(), multiRoleCscfg(null, OLD));
    const { findings } = await lintService(inputs, certs.sites);
    expect(byRule(findings, 'config-os-family')[0]!.message).toMatch(/no osFamily/);
  });
});

describe('every service finding message is one sentence ending with a period', () => {
  const SERVICE_SRC = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'src', 'service');
  const sentence = (f: Finding) => `${f.rule}: ${JSON.stringify(f.message)}`;

  it('over lint runs that raise every config-* rule, for packages broken in many ways', async () => {
    const two = multiRoleCsdef().replace('<WorkerRole name="Backend"', '<WebRole name="Second"').replace('</WorkerRole>', '</WebRole>');
    const runs: [string, string, Partial<Inputs>?][] = [
      [multiRoleCsdef(), multiRoleCscfg('2', OLD)],
      [multiRoleCsdef(), multiRoleCscfg(null, OLD).replace(`thumbprint="${OLD}"`, 'thumbprint=""')],
      [multiRoleCsdef(), multiRoleCscfg('abc', OLD)],
      [multiRoleCsdef(), multiRoleCscfg('5', OLD), { role: 'Nope' }],
      [multiRoleCsdef(), multiRoleCscfg('5', OLD), { role: 'Backend' }],
      [multiRoleCsdef().replace(/<WebRole[\s\S]*<\/WebRole>/, ''), multiRoleCscfg('5', OLD)],
      [two, multiRoleCscfg('5', OLD)],
      [
        bareCsdef().replace(
          '<InputEndpoint name="Endpoint1" protocol="http" port="80" />',
          '<InputEndpoint name="Endpoint1" protocol="http" port="80" />\n      <InputEndpoint name="Tls" protocol="https" port="8443" certificate="Missing" />',
        ),
        bareCscfg('6').replace('<Role name="WebRole1">', '<Role name="Other">'),
      ],
      ['<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<ServiceDefinition/>', '<ServiceDefinition xmlns="urn:x"/>'],
      ['<ServiceDefinition><WebRole></ServiceDefinition>', '\uFEFF<ServiceConfiguration>text</ServiceConfiguration> trailing'],
    ];
    const findings: Finding[] = [];
    for (const [def, cfg, over] of runs) {
      const { inputs } = files(def, cfg);
      findings.push(...(await lintService({ ...inputs, ...over }, certs.sites)).findings);
    }
    // files that are not there, or not files
    const dir = tempDir('sni-lint-missing-');
    const missing = serviceInputs({ command: 'check', serviceDefinition: path.join(dir, 'nope.csdef'), serviceConfigurations: [dir] });
    findings.push(...(await lintService(missing, certs.sites)).findings);

    const rules = new Set(findings.map((f) => f.rule));
    for (const r of [
      'config-unreadable',
      'config-role-missing',
      'config-os-family',
      'config-https-endpoint',
      'config-cert-undeclared',
      'config-thumbprint',
      'config-intermediate',
      'config-sni-binding',
    ])
      expect(rules, r).toContain(r);
    expect(findings.length).toBeGreaterThan(20);
    expect(findings.filter((f) => !f.message.endsWith('.')).map(sentence)).toEqual([]);
    expect(findings.filter((f) => f.message.includes('..')).map(sentence)).toEqual([]);
  });

  it('in the source: every finding() message in src/service ends with a period, whichever branch builds it', () => {
    const ends: string[] = [];
    const visit = (file: string, node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'finding' && node.arguments[1]) {
        const line = ts.getLineAndCharacterOfPosition(node.getSourceFile(), node.getStart()).line + 1;
        const tails = (e: ts.Expression): string[] => {
          if (ts.isParenthesizedExpression(e)) return tails(e.expression);
          if (ts.isConditionalExpression(e)) return [...tails(e.whenTrue), ...tails(e.whenFalse)];
          if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return [e.text];
          if (ts.isTemplateExpression(e)) return [e.templateSpans.at(-1)!.literal.text];
          return [`(not a literal: ${e.getText()})`];
        };
        for (const t of tails(node.arguments[1])) ends.push(`${path.basename(file)}:${line} …${JSON.stringify(t.slice(-20))}`);
      }
      ts.forEachChild(node, (c) => visit(file, c));
    };
    for (const name of fs.readdirSync(SERVICE_SRC).filter((n) => n.endsWith('.ts'))) {
      const file = path.join(SERVICE_SRC, name);
      visit(file, ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    }
    expect(ends.length).toBeGreaterThanOrEqual(20);
    // the text after the last interpolation ends with exactly one period
    expect(ends.filter((e) => !/[^.]\."$/.test(e))).toEqual([]);
  });
});
