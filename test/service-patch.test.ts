import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchService } from '../src/service/patch.js';
import { INSTANCE_ID_VARIABLE, STARTUP_CMD, STARTUP_DATA, STARTUP_PS1 } from '../src/service/startup.js';
import { parseXml, attr, children, child } from '../src/service/xml.js';
import { tempDir } from './helpers/pki.js';
import {
  addedLines,
  bareCscfg,
  bareCsdef,
  makeTestCerts,
  multiRoleCscfg,
  multiRoleCsdef,
  quietLog,
  serviceInputs,
  xsdReady,
  xsdValidate,
  type TestCerts,
} from './helpers/service.js';

let certs: TestCerts;
beforeAll(() => {
  certs = makeTestCerts(tempDir('sni-svc-certs-'));
});

const OLD_THUMB = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01';

function setup(files: Record<string, string>): { dir: string; paths: Record<string, string> } {
  const dir = tempDir('sni-svc-');
  const paths: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    paths[name] = path.join(dir, name);
    fs.writeFileSync(paths[name]!, text, 'utf8');
  }
  return { dir, paths };
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

describe('patch on a multi-role package (tabs, CRLF, BOM, comments, existing HTTPS endpoint, osFamily 2 and 7)', () => {
  const style = { eol: '\r\n' as const, bom: true, indent: '\t' };
  let dir: string;
  let p: Record<string, string>;
  let before: Record<string, string>;
  let result: Awaited<ReturnType<typeof patchService>>;

  beforeAll(async () => {
    ({ dir, paths: p } = setup({
      'ServiceDefinition.csdef': multiRoleCsdef(style),
      'ServiceConfiguration.Cloud.cscfg': multiRoleCscfg('2', OLD_THUMB, style),
      'ServiceConfiguration.Local.cscfg': multiRoleCscfg('7', OLD_THUMB, { indent: '  ' }),
    }));
    before = Object.fromEntries(Object.entries(p).map(([k, v]) => [k, fs.readFileSync(v, 'utf8')]));
    const inputs = serviceInputs({
      serviceDefinition: p['ServiceDefinition.csdef']!,
      serviceConfigurations: [p['ServiceConfiguration.Cloud.cscfg']!, p['ServiceConfiguration.Local.cscfg']!],
    });
    result = await patchService(inputs, certs.sites, quietLog);
  });

  it.skipIf(!xsdReady('service files against the public schemas'))('the inputs are valid against the public schemas (so the outputs must be too)', () => {
    const tmp = tempDir('sni-svc-orig-');
    const files = Object.entries(before).map(([k, text]) => {
      const f = path.join(tmp, k);
      fs.writeFileSync(f, text, 'utf8');
      return f;
    });
    const r = xsdValidate(files);
    expect(r.ok, r.output).toBe(true);
  });

  it('writes, reports changed, and leaves the result in the target state (no remaining config findings)', () => {
    expect(result.config.changed).toBe(true);
    expect(result.config.written).toContain(p['ServiceDefinition.csdef']);
    expect(result.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
  });

  it('raises osFamily 2 to 5 and never lowers 7', () => {
    const cloud = parseXml(fs.readFileSync(p['ServiceConfiguration.Cloud.cscfg']!, 'utf8'));
    const local = parseXml(fs.readFileSync(p['ServiceConfiguration.Local.cscfg']!, 'utf8'));
    expect(attr(cloud.root, 'osFamily')).toBe('5');
    expect(attr(local.root, 'osFamily')).toBe('7');
    expect(fs.readFileSync(p['ServiceConfiguration.Local.cscfg']!, 'utf8')).not.toContain('osFamily="5"');
  });

  it('declares leaves in My and the intermediate in CA, with OpenSSL SHA-1 thumbprints upper-case in every cscfg', () => {
    const def = parseXml(fs.readFileSync(p['ServiceDefinition.csdef']!, 'utf8'));
    const web = children(def.root, 'WebRole')[0]!;
    const decl = children(child(web, 'Certificates'), 'Certificate').map((c) => [attr(c, 'name'), attr(c, 'storeName')]);
    expect(decl).toEqual([
      ['SSL', 'My'],
      ['SniWwwTest1Com', 'My'],
      ['SniWwwTest2Com', 'My'],
      ['SniCaSniReadyTestIntermediate', 'CA'],
    ]);
    for (const f of ['ServiceConfiguration.Cloud.cscfg', 'ServiceConfiguration.Local.cscfg']) {
      const cfg = parseXml(fs.readFileSync(p[f]!, 'utf8'));
      const role = children(cfg.root, 'Role').find((r) => attr(r, 'name') === 'WebFront')!;
      const map = Object.fromEntries(
        children(child(role, 'Certificates'), 'Certificate').map((c) => [attr(c, 'name'), [attr(c, 'thumbprint'), attr(c, 'thumbprintAlgorithm')]]),
      );
      expect(map.SniWwwTest1Com).toEqual([certs.thumbs['www.test1.com'], 'sha1']);
      expect(map.SniWwwTest2Com).toEqual([certs.thumbs['www.test2.com'], 'sha1']);
      expect(map.SniCaSniReadyTestIntermediate).toEqual([certs.intermediateThumb, 'sha1']);
      expect(map.SniWwwTest1Com![0]).toMatch(/^[0-9A-F]{40}$/);
      // the other role is untouched
      const backend = children(cfg.root, 'Role').find((r) => attr(r, 'name') === 'Backend')!;
      expect(children(child(backend, 'Certificates'), 'Certificate').map((c) => attr(c, 'name'))).toEqual(['ApiCert']);
    }
  });

  it('points the HTTPS endpoint at a declared certificate of the files, removes the host-less HTTPS binding, adds the elevated background task', () => {
    const text = fs.readFileSync(p['ServiceDefinition.csdef']!, 'utf8');
    const def = parseXml(text);
    const web = children(def.root, 'WebRole')[0]!;
    const https = children(child(web, 'Endpoints'), 'InputEndpoint').find((e) => attr(e, 'name') === 'HttpsIn')!;
    expect(attr(https, 'certificate')).toBe('SniWwwTest1Com');
    expect(text).toContain("<InputEndpoint name='HttpsIn' protocol='https' port='443' certificate='SniWwwTest1Com' />");
    const bindings = children(child(child(child(web, 'Sites'), 'Site'), 'Bindings'), 'Binding').map((b) => attr(b, 'name'));
    expect(bindings).toEqual(['HttpIn']);
    const tasks = children(child(web, 'Startup'), 'Task');
    expect(tasks.map((t) => attr(t, 'commandLine'))).toEqual(['Install.cmd > Install.log', 'sni-ready\\sni-bindings.cmd']);
    const task = tasks[1]!;
    expect([attr(task, 'executionContext'), attr(task, 'taskType')]).toEqual(['elevated', 'background']);
    const variable = child(child(task, 'Environment'), 'Variable')!;
    expect(attr(variable, 'name')).toBe(INSTANCE_ID_VARIABLE);
    expect(attr(child(variable, 'RoleInstanceValue')!, 'xpath')).toBe('/RoleEnvironment/CurrentInstance/@id');
    // the worker role with HTTPS keeps its own endpoint and certificate
    const worker = children(def.root, 'WorkerRole')[0]!;
    expect(text.slice(worker.start, worker.end)).toBe(
      before['ServiceDefinition.csdef']!.slice(
        before['ServiceDefinition.csdef']!.indexOf('<WorkerRole'),
        before['ServiceDefinition.csdef']!.indexOf('</WorkerRole>') + 13,
      ),
    );
  });

  it('the startup task points at files that exist, and the data file holds hosts, thumbprints, site name and fallback', () => {
    const startupDir = path.join(dir, 'WebFrontContent', 'bin', 'sni-ready');
    for (const f of [STARTUP_CMD, STARTUP_PS1, STARTUP_DATA]) expect(fs.existsSync(path.join(startupDir, f)), f).toBe(true);
    const data = JSON.parse(fs.readFileSync(path.join(startupDir, STARTUP_DATA), 'utf8'));
    expect(data).toEqual({
      version: 1,
      siteName: 'Web',
      port: 443,
      bindings: [
        { host: 'www.test1.com', thumbprint: certs.thumbs['www.test1.com'] },
        { host: 'www.test2.com', thumbprint: certs.thumbs['www.test2.com'] },
        { host: 'test2.com', thumbprint: certs.thumbs['www.test2.com'] },
      ],
      fallback: { host: 'www.test1.com', thumbprint: certs.thumbs['www.test1.com'] },
    });
  });

  it('keeps BOM, CRLF and tabs; new lines use the file’s own indentation', () => {
    const raw = fs.readFileSync(p['ServiceDefinition.csdef']!);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.toString('utf8');
    expect(
      text
        .split('\n')
        .slice(0, -1)
        .every((l) => l.endsWith('\r')),
    ).toBe(true);
    for (const l of addedLines(before['ServiceDefinition.csdef']!, text)) expect(l, l).toMatch(/^\t*</);
    const local = fs.readFileSync(p['ServiceConfiguration.Local.cscfg']!, 'utf8');
    expect(local.includes('\r')).toBe(false);
    for (const l of addedLines(before['ServiceConfiguration.Local.cscfg']!, local)) expect(l, l).toMatch(/^( {2})*</);
  });

  it('changes only the intended lines', () => {
    const csdef = fs.readFileSync(p['ServiceDefinition.csdef']!, 'utf8');
    const removed = addedLines(csdef, before['ServiceDefinition.csdef']!).map((l) => l.trim());
    expect(removed.sort()).toEqual(
      ['<Binding name="HttpsIn" endpointName="HttpsIn" />', "<InputEndpoint name='HttpsIn' protocol='https' port='443' certificate='SSL' />"].sort(),
    );
    const added = addedLines(before['ServiceDefinition.csdef']!, csdef).map((l) => l.trim());
    expect(added).toEqual([
      '<Task commandLine="sni-ready\\sni-bindings.cmd" executionContext="elevated" taskType="background">',
      '<Environment>',
      `<Variable name="${INSTANCE_ID_VARIABLE}">`,
      '<RoleInstanceValue xpath="/RoleEnvironment/CurrentInstance/@id" />',
      '</Variable>',
      '<Variable name="SniReadyEmulated">',
      '<RoleInstanceValue xpath="/RoleEnvironment/Deployment/@emulated" />',
      '</Variable>',
      '<Variable name="SniReadyEndpointAddress">',
      '<RoleInstanceValue xpath="/RoleEnvironment/CurrentInstance/Endpoints/Endpoint[@name=\'HttpsIn\']/@address" />',
      '</Variable>',
      '</Environment>',
      '</Task>',
      "<InputEndpoint name='HttpsIn' protocol='https' port='443' certificate='SniWwwTest1Com' />",
      '<Certificate name="SniWwwTest1Com" storeLocation="LocalMachine" storeName="My" />',
      '<Certificate name="SniWwwTest2Com" storeLocation="LocalMachine" storeName="My" />',
      '<Certificate name="SniCaSniReadyTestIntermediate" storeLocation="LocalMachine" storeName="CA" />',
    ]);
    const cloud = fs.readFileSync(p['ServiceConfiguration.Cloud.cscfg']!, 'utf8');
    const cloudRemoved = addedLines(cloud, before['ServiceConfiguration.Cloud.cscfg']!);
    expect(cloudRemoved).toHaveLength(1);
    expect(cloudRemoved[0]).toContain('osFamily="2"');
    expect(addedLines(before['ServiceConfiguration.Cloud.cscfg']!, cloud).map((l) => l.trim())).toEqual([
      cloudRemoved[0]!.replace('osFamily="2"', 'osFamily="5"').trim(),
      `<Certificate name="SniWwwTest1Com" thumbprint="${certs.thumbs['www.test1.com']}" thumbprintAlgorithm="sha1" />`,
      `<Certificate name="SniWwwTest2Com" thumbprint="${certs.thumbs['www.test2.com']}" thumbprintAlgorithm="sha1" />`,
      `<Certificate name="SniCaSniReadyTestIntermediate" thumbprint="${certs.intermediateThumb}" thumbprintAlgorithm="sha1" />`,
    ]);
  });

  it.skipIf(!xsdReady('service files against the public schemas'))(
    'the results are valid against the public ServiceDefinition/ServiceConfiguration schemas',
    () => {
      const r = xsdValidate(Object.values(p));
      expect(r.ok, r.output).toBe(true);
    },
  );

  it('a second run changes nothing, byte for byte', async () => {
    const snap = snapshot(dir);
    const inputs = serviceInputs({
      serviceDefinition: p['ServiceDefinition.csdef']!,
      serviceConfigurations: [p['ServiceConfiguration.Cloud.cscfg']!, p['ServiceConfiguration.Local.cscfg']!],
    });
    const again = await patchService(inputs, certs.sites, quietLog);
    expect(again.config.changed).toBe(false);
    expect(again.config.written).toEqual([]);
    expect(again.config.diff).toBe('');
    expect(snapshot(dir)).toEqual(snap);
  });
});

describe('patch details', () => {
  it('reuses an existing entry whose thumbprint matches instead of adding a duplicate', async () => {
    const { paths: p } = setup({ 'a.csdef': multiRoleCsdef(), 'a.cscfg': multiRoleCscfg('6', certs.thumbs['www.test1.com']!.toLowerCase()) });
    const r = await patchService(serviceInputs({ serviceDefinition: p['a.csdef']!, serviceConfigurations: [p['a.cscfg']!] }), certs.sites, quietLog);
    expect(r.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
    const text = fs.readFileSync(p['a.csdef']!, 'utf8');
    expect(text).not.toContain('SniWwwTest1Com');
    expect(text).toContain("certificate='SSL'");
    const cfg = fs.readFileSync(p['a.cscfg']!, 'utf8');
    // the thumbprint is normalised to upper case in place
    expect(cfg).toContain(`<Certificate name="SSL" thumbprint="${certs.thumbs['www.test1.com']}" thumbprintAlgorithm="sha1" />`);
    expect(cfg).toContain('osFamily="6"');
  });

  it('fills in the HTTPS endpoint certificate whose cscfg thumbprints are placeholders ("" and "0") instead of leaving it behind', async () => {
    const { paths: p } = setup({ 'e.csdef': multiRoleCsdef(), 'e.Cloud.cscfg': multiRoleCscfg('6', ''), 'e.Local.cscfg': multiRoleCscfg('6', '0') });
    const inputs = serviceInputs({ serviceDefinition: p['e.csdef']!, serviceConfigurations: [p['e.Cloud.cscfg']!, p['e.Local.cscfg']!] });
    const r = await patchService(inputs, certs.sites, quietLog);
    expect(r.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
    const text = fs.readFileSync(p['e.csdef']!, 'utf8');
    expect(text).not.toContain('SniWwwTest1Com');
    expect(text).toContain("certificate='SSL'");
    for (const cfg of [p['e.Cloud.cscfg']!, p['e.Local.cscfg']!])
      expect(fs.readFileSync(cfg, 'utf8')).toContain(`<Certificate name="SSL" thumbprint="${certs.thumbs['www.test1.com']}" thumbprintAlgorithm="sha1" />`);
    expect((await patchService(inputs, certs.sites, quietLog)).config.changed).toBe(false);
  });

  it('adds Certificates, an HTTPS endpoint and Startup to a bare web role, and an osFamily attribute', async () => {
    const { dir, paths: p } = setup({ 'b.csdef': bareCsdef(), 'b.cscfg': bareCscfg('4') });
    const startupDir = path.join(dir, 'Web', 'sni-ready');
    const r = await patchService(
      serviceInputs({ serviceDefinition: p['b.csdef']!, serviceConfigurations: [p['b.cscfg']!], startupDir, fallback: null }),
      certs.sites,
      quietLog,
    );
    expect(r.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
    const def = parseXml(fs.readFileSync(p['b.csdef']!, 'utf8'));
    const web = children(def.root, 'WebRole')[0]!;
    const ep = children(child(web, 'Endpoints'), 'InputEndpoint').find((e) => attr(e, 'protocol') === 'https')!;
    expect([attr(ep, 'name'), attr(ep, 'port'), attr(ep, 'certificate')]).toEqual(['SniHttpsIn', '443', 'SniWwwTest1Com']);
    expect(children(child(web, 'Certificates'), 'Certificate')).toHaveLength(3);
    expect(JSON.parse(fs.readFileSync(path.join(startupDir, STARTUP_DATA), 'utf8')).fallback).toBeNull();
    expect(fs.readFileSync(p['b.cscfg']!, 'utf8')).toContain('osFamily="5"');
    if (xsdReady('service files against the public schemas')) {
      const v = xsdValidate([p['b.csdef']!, p['b.cscfg']!]);
      expect(v.ok, v.output).toBe(true);
    }
  });

  it('dry run returns a unified diff and writes nothing', async () => {
    const { dir, paths: p } = setup({ 'c.csdef': multiRoleCsdef(), 'c.cscfg': multiRoleCscfg('3', OLD_THUMB) });
    const snap = snapshot(dir);
    const r = await patchService(
      serviceInputs({ serviceDefinition: p['c.csdef']!, serviceConfigurations: [p['c.cscfg']!], dryRun: true }),
      certs.sites,
      quietLog,
    );
    expect(snapshot(dir)).toEqual(snap);
    expect(r.config.changed).toBe(false);
    expect(r.config.written).toEqual([]);
    expect(r.config.diff).toContain('--- a/c.cscfg\n+++ b/c.cscfg\n@@ ');
    expect(r.config.diff).toMatch(/^-<ServiceConfiguration .*osFamily="3"/m);
    expect(r.config.diff).toMatch(/^\+<ServiceConfiguration .*osFamily="5"/m);
    expect(r.config.diff).toContain('+++ b/WebFrontContent/bin/sni-ready/sni-bindings.json');
  });

  it('refuses a startup-dir whose folder name cannot go on a command line, writing nothing', async () => {
    const { dir, paths: p } = setup({ 'd.csdef': bareCsdef(), 'd.cscfg': bareCscfg('5') });
    const snap = snapshot(dir);
    const r = await patchService(
      serviceInputs({ serviceDefinition: p['d.csdef']!, serviceConfigurations: [p['d.cscfg']!], startupDir: path.join(dir, 'a b&c') }),
      certs.sites,
      quietLog,
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['input-invalid']);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('a failed write leaves every file as it was', async () => {
    const { dir, paths: p } = setup({ 'e.csdef': bareCsdef(), 'e.cscfg': bareCscfg('2') });
    // A regular file where the startup folder should be: creating the folder fails mid-run.
    fs.mkdirSync(path.join(dir, 'x'));
    fs.writeFileSync(path.join(dir, 'x', 'blocker'), 'not a folder');
    const snap = snapshot(dir);
    await expect(
      patchService(
        serviceInputs({ serviceDefinition: p['e.csdef']!, serviceConfigurations: [p['e.cscfg']!], startupDir: path.join(dir, 'x', 'blocker', 'sni-ready') }),
        certs.sites,
        quietLog,
      ),
    ).rejects.toThrow(/left as it was/);
    expect(snapshot(dir)).toEqual(snap);
  });

  it('needs the role input when there are several WebRoles, and names them', async () => {
    const two = bareCsdef().replace(
      '</ServiceDefinition>',
      '  <WebRole name="Admin" vmsize="Small">\n    <Sites>\n      <Site name="Web">\n        <Bindings>\n          <Binding name="E2" endpointName="E2" />\n        </Bindings>\n      </Site>\n    </Sites>\n    <Endpoints>\n      <InputEndpoint name="E2" protocol="http" port="8080" />\n    </Endpoints>\n  </WebRole>\n</ServiceDefinition>',
    );
    const { dir, paths: p } = setup({ 'f.csdef': two, 'f.cscfg': bareCscfg('5') });
    const snap = snapshot(dir);
    const r = await patchService(serviceInputs({ serviceDefinition: p['f.csdef']!, serviceConfigurations: [p['f.cscfg']!] }), certs.sites, quietLog);
    expect(r.findings.map((f) => f.rule)).toEqual(['config-role-missing']);
    expect(r.findings[0]!.message).toContain("WebRole 'WebRole1', WebRole 'Admin'");
    expect(snapshot(dir)).toEqual(snap);
    const ok = await patchService(
      serviceInputs({ serviceDefinition: p['f.csdef']!, serviceConfigurations: [p['f.cscfg']!], role: 'WebRole1' }),
      certs.sites,
      quietLog,
    );
    expect(ok.config.changed).toBe(true);
  });
});

describe('names, reuse of a task, and the startup data for the verify job', () => {
  it('makes readable names, including for wildcards, and avoids taken ones', async () => {
    const { pascal, startupDataFor } = await import('../src/service/plan.js');
    expect(pascal('www.test1.com')).toBe('WwwTest1Com');
    expect(pascal('*.test1.com')).toBe('WildcardTest1Com');
    expect(pascal('xn--bcher-kva.example')).toBe('XnBcherKvaExample');
    const data = startupDataFor(
      serviceInputs({ serviceDefinition: '/x/a.csdef', serviceConfigurations: [], fallback: 'test2.com' }),
      certs.sites,
      'Default Web Site',
    );
    expect(data.siteName).toBe('Default Web Site');
    expect(data.fallback).toEqual({ host: 'test2.com', thumbprint: certs.thumbs['test2.com'] });
    expect(data.bindings).toHaveLength(3);
  });

  it('replaces an outdated sni-ready task (not elevated, simple) in place instead of adding a second one', async () => {
    const old = bareCsdef().replace(
      '    <Endpoints>',
      '    <Startup>\n      <Task commandLine="sni-ready\\sni-bindings.cmd" taskType="simple" />\n    </Startup>\n    <Endpoints>',
    );
    const { paths: p } = setup({ 'g.csdef': old, 'g.cscfg': bareCscfg('6') });
    const r = await patchService(serviceInputs({ serviceDefinition: p['g.csdef']!, serviceConfigurations: [p['g.cscfg']!] }), certs.sites, quietLog);
    expect(r.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
    const web = children(parseXml(fs.readFileSync(p['g.csdef']!, 'utf8')).root, 'WebRole')[0]!;
    const tasks = children(child(web, 'Startup'), 'Task');
    expect(tasks).toHaveLength(1);
    expect([attr(tasks[0]!, 'executionContext'), attr(tasks[0]!, 'taskType')]).toEqual(['elevated', 'background']);
  });

  it('an AES PFX needs no upload-ready copy when the target osFamily is 6 or later', async () => {
    const aesSites = certs.sites.map((s) => ({ ...s, container: { type: 'pfx' as const, encryption: 'aes-256-cbc', mac: 'sha256' } }));
    const { dir, paths: p } = setup({ 'h.csdef': bareCsdef(), 'h.cscfg': bareCscfg('6') });
    const r = await patchService(serviceInputs({ serviceDefinition: p['h.csdef']!, serviceConfigurations: [p['h.cscfg']!], osFamily: 6 }), aesSites, quietLog);
    expect(r.config.written.some((f) => f.endsWith('.upload.pfx'))).toBe(false);
    expect(fs.readdirSync(path.dirname(certs.sites[0]!.spec.path)).some((f) => f.endsWith('.upload.pfx'))).toBe(false);
    void dir;
  });
});

describe('fallback input', () => {
  it('a fallback host that no certificate of sites covers is input-invalid, and nothing is written', async () => {
    const { dir, paths: p } = setup({ 'i.csdef': bareCsdef(), 'i.cscfg': bareCscfg('5') });
    const snap = snapshot(dir);
    const r = await patchService(
      serviceInputs({ serviceDefinition: p['i.csdef']!, serviceConfigurations: [p['i.cscfg']!], fallback: 'other.example.com' }),
      certs.sites,
      quietLog,
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['input-invalid']);
    expect(r.findings[0]!.message).toContain('other.example.com');
    expect(snapshot(dir)).toEqual(snap);
  });
});

describe('patch converges without cscfg thumbprints to go by', () => {
  const cases: [string, (dir: string) => string[]][] = [
    ['no cscfg', () => []],
    [
      'a cscfg without the role',
      (dir) => {
        const file = path.join(dir, 'Other.cscfg');
        fs.writeFileSync(file, bareCscfg('6').replace('<Role name="WebRole1">', '<Role name="OtherRole">'));
        return [file];
      },
    ],
  ];
  for (const [label, cscfgs] of cases) {
    it(`${label}: the second run changes nothing and declares no second CA certificate`, async () => {
      const { dir, paths: p } = setup({ 'ServiceDefinition.csdef': bareCsdef() });
      const inputs = serviceInputs({ serviceDefinition: p['ServiceDefinition.csdef']!, serviceConfigurations: cscfgs(dir) });
      const first = await patchService(inputs, certs.sites, quietLog);
      // without the role in a given cscfg, patch refuses to write (config-role-missing); without any, it writes
      expect(first.config.changed).toBe(cscfgs(dir).length === 0);
      if (first.config.changed) expect(fs.readFileSync(p['ServiceDefinition.csdef']!, 'utf8')).toMatch(/storeName="CA"/);
      const snap = snapshot(dir);
      const again = await patchService(inputs, certs.sites, quietLog);
      expect(again.config.diff ?? '').toBe('');
      expect(again.config.changed).toBe(false);
      expect(snapshot(dir)).toEqual(snap);
      expect(fs.readFileSync(p['ServiceDefinition.csdef']!, 'utf8')).not.toMatch(/name="SniCa\w*2"/);
    });
  }
});
