// `patch --target iis`: the bundle for a plain IIS host, written by the committed bundles
// (`node dist/cli/index.js`, and `node dist/index.js` with INPUT_* as a runner runs the action),
// then installed, triggered and uninstalled under pwsh on the Windows model (IIS, HTTP.sys, the
// certificate store, and Task Scheduler through the models of the ScheduledTasks and CimCmdlets
// modules in test/windows-model/modules/).
import { XMLParser } from 'fast-xml-parser';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundle, makePki, tempDir, type Pki } from './helpers/pki.js';
import { ROOT, runAction, runCli } from './helpers/run-dist.js';
import { needTool } from './helpers/tools.js';
import { buildIisModel, type Mapping } from './windows-model/model.js';
import { IisHost, RENEWAL_CHANNEL } from './windows-model/iis-host.js';

const RECONCILER = path.join(ROOT, 'src', 'powershell', 'startup', 'sni-bindings.ps1');
const SITE = 'Default Web Site';
const VAULT = 'https://sni-vault.vault.azure.net/secrets';

let pki: Pki;
let work: string;
/** sites lines (PEM leaf + intermediate, with its key), trust = the test root */
let sitesArgs: string[];
let trust: string;

function sitesLines(): { a: string; b: string } {
  const dir = pki.dir;
  const a = bundle(dir, 'a-chain.pem', [pki.leaves.a!.cert, pki.intermediate.cert]);
  const b = bundle(dir, 'b-chain.pem', [pki.leaves.b!.cert, pki.intermediate.cert]);
  return {
    a: `www.test1.com test1.com = ${a} key=${pki.leaves.a!.key} keyvault=${VAULT}/test1`,
    b: `www.test2.com = ${b} key=${pki.leaves.b!.key} keyvault=${VAULT}/test2`,
  };
}

function patchIis(bundleDir: string, extra: string[] = []) {
  return runCli(['patch', '--target', 'iis', '--bundle', bundleDir, ...sitesArgs, '--trust', trust, '--report', path.join(work, 'r.json'), ...extra]);
}

beforeAll(() => {
  work = tempDir('sni-iis-bundle-');
  pki = makePki(tempDir('sni-iis-pki-'), {
    a: { cn: 'www.test1.com', dns: ['www.test1.com', 'test1.com'], days: 300 },
    b: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 300 },
    // the renewal the Key Vault VM extension installs: same names, new key, later expiry
    a2: { cn: 'www.test1.com', dns: ['www.test1.com', 'test1.com'], days: 500 },
    other: { cn: 'other.example', dns: ['other.example'], days: 300 },
  });
  trust = pki.root.cert;
  const l = sitesLines();
  sitesArgs = ['--sites', l.a, '--sites', l.b];
});

describe('patch --target iis (node dist/cli/index.js)', () => {
  it('writes the bundle: the reconciler byte for byte, its data, install/uninstall, the Key Vault extension settings', () => {
    const dir = path.join(work, 'bundle1');
    const r = patchIis(dir);
    expect(r.status, r.stderr + r.stdout).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['install.ps1', 'keyvault-extension.json', 'sni-bindings.json', 'sni-bindings.ps1', 'uninstall.ps1']);
    expect(fs.readFileSync(path.join(dir, 'sni-bindings.ps1')).equals(fs.readFileSync(RECONCILER))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'install.ps1')).equals(fs.readFileSync(path.join(ROOT, 'src', 'powershell', 'iis', 'install.ps1')))).toBe(true);
    const data = JSON.parse(fs.readFileSync(path.join(dir, 'sni-bindings.json'), 'utf8'));
    expect(data).toMatchObject({ version: 1, mode: 'iis', siteName: SITE, port: 443, removeIpMappings: [] });
    expect(data.bindings.map((b: { host: string }) => b.host)).toEqual(['www.test1.com', 'test1.com', 'www.test2.com']);
    expect(data.fallback.host).toBe('www.test1.com');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'keyvault-extension.json'), 'utf8'))).toEqual({
      secretsManagementSettings: {
        pollingIntervalInS: '3600',
        observedCertificates: [
          { url: `${VAULT}/test1`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
          { url: `${VAULT}/test2`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
        ],
      },
    });
    // the next steps for this target
    expect(r.stdout).toMatch(/install\.ps1/);
    expect(r.stdout).toMatch(/keyvault-extension\.json/);
    // a second run changes nothing
    const again = runCli(['patch', '--target', 'iis', '--bundle', dir, ...sitesArgs, '--trust', trust, '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).config).toMatchObject({ changed: false, written: [] });
  });

  it('the reconciler is the same file for both targets: the Cloud Service startup task and the IIS bundle', () => {
    const svc = path.join(work, 'svc');
    fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
    const cs = runCli([
      'patch',
      ...sitesArgs,
      '--trust',
      trust,
      '--service-definition',
      path.join(svc, 'ServiceDefinition.csdef'),
      '--startup-dir',
      path.join(svc, 'startup'),
    ]);
    expect(cs.status, cs.stderr + cs.stdout).toBe(0);
    const iis = path.join(work, 'bundle-same');
    expect(patchIis(iis).status).toBe(0);
    const a = fs.readFileSync(path.join(svc, 'startup', 'sni-bindings.ps1'));
    const b = fs.readFileSync(path.join(iis, 'sni-bindings.ps1'));
    expect(a.equals(b)).toBe(true);
    // the targets differ by data only
    expect(JSON.parse(fs.readFileSync(path.join(svc, 'startup', 'sni-bindings.json'), 'utf8')).mode).toBeUndefined();
  });

  it('--dry-run names what it would write and writes nothing; --iis-site and --remove-ip-mappings reach the data', () => {
    const dir = path.join(work, 'bundle-dry');
    const r = patchIis(dir, ['--dry-run', '--iis-site', 'Contoso Shop', '--remove-ip-mappings', '10.0.0.4', '--remove-ip-mappings', '[FD00::0:4]']);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.existsSync(dir)).toBe(false);
    expect(r.stdout).toMatch(/sni-bindings\.json/);
    expect(r.stdout).toMatch(/"siteName": "Contoso Shop"/);
    expect(r.stdout).toMatch(/"removeIpMappings": \[[\s+]*"10\.0\.0\.4",[\s+]*"fd00::4"[\s+]*\]/);
    expect(r.stdout).toMatch(/Dry run: 5 file\(s\)/);
  });

  it.each([
    [['--service-definition', 'x.csdef'], /--service-definition is for the Cloud Service package/],
    [['--template', 'main.json'], /--template is for the Cloud Service package/],
    [['--iis-site', 'a/b'], /Invalid value 'a\/b' for --iis-site/],
    [['--remove-ip-mappings', '0.0.0.0'], /fallback for clients without SNI/],
    [['--remove-ip-mappings', 'www.test1.com'], /expected an IPv4 or IPv6 address/],
  ])('refuses %j with one sentence (exit 2)', (extra, message) => {
    const r = patchIis(path.join(work, 'never'), extra as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a keyvault= URL that pins a version or is not Key Vault is an input error', () => {
    const l = sitesLines();
    for (const [url, message] of [
      [`${VAULT}/test1/0123456789abcdef0123456789abcdef`, /pins version/],
      ['https://example.com/secrets/test1', /not a Key Vault host/],
      ['https://sni-vault.vault.azure.net/certificates/test1', /certificates\/ carries no private key/],
    ] as const) {
      const r = runCli(['patch', '--target', 'iis', '--bundle', path.join(work, 'never'), '--sites', l.a.replace(`${VAULT}/test1`, url), '--trust', trust]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('iis-site and bundle without target iis are refused', () => {
    const r = runCli(['patch', ...sitesArgs, '--service-definition', 'x.csdef', '--iis-site', 'Default Web Site']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--iis-site is for --target iis only/);
  });

  it('verify --target iis on Linux serves the bundle plan and needs no csdef', () => {
    const r = runCli(['verify', '--target', 'iis', '--server', 'node', ...sitesArgs, '--trust', trust, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.endpoints.map((e: { host: string }) => e.host)).toEqual(expect.arrayContaining(['www.test1.com', 'test1.com', 'www.test2.com']));
    expect(report.notes.join('\n')).toMatch(/bundle that patch --target iis writes for site 'Default Web Site'/);
  });
});

describe('patch with target: iis (node dist/index.js, INPUT_*)', () => {
  it('writes the bundle in the workspace and sets changed', () => {
    const l = sitesLines();
    const ws = tempDir('sni-iis-ws-');
    const r = runAction({ command: 'patch', target: 'iis', sites: `${l.a}\n${l.b}`, trust, 'iis-site': 'Contoso Shop' }, {}, ws);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.changed).toBe('true');
    expect(JSON.parse(fs.readFileSync(path.join(ws, 'sni-ready-iis', 'sni-bindings.json'), 'utf8')).siteName).toBe('Contoso Shop');
    expect(fs.readFileSync(path.join(ws, 'sni-ready-iis', 'sni-bindings.ps1')).equals(fs.readFileSync(RECONCILER))).toBe(true);
    expect(r.report.config.written.map((f: string) => path.basename(f)).sort()).toEqual([
      'install.ps1',
      'keyvault-extension.json',
      'sni-bindings.json',
      'sni-bindings.ps1',
      'uninstall.ps1',
    ]);
  });
});

// ---- install / trigger / uninstall on the Windows model -------------------------------------------

const pwsh = needTool('pwsh', 'install.ps1 and uninstall.ps1 under pwsh against the Windows model');
const dotnet = pwsh ? needTool('dotnet', 'install.ps1 and uninstall.ps1 under pwsh against the Windows model') : undefined;

// each script is a pwsh start (seconds on a busy machine), so the tests get minutes
describe.skipIf(!pwsh || !dotnet)('install.ps1 / uninstall.ps1 under pwsh against a model of IIS, HTTP.sys and Task Scheduler', { timeout: 300_000 }, () => {
  let iisModel: string;
  let bundleDir: string;
  const hosts: IisHost[] = [];
  const FOREIGN: Mapping = { kind: 'ipport', key: '10.0.0.99:443', certhash: '', appid: '{11111111-2222-3333-4444-555555555555}' };

  beforeAll(() => {
    iisModel = buildIisModel(dotnet!);
    bundleDir = path.join(work, 'bundle-model');
    const r = patchIis(bundleDir);
    if (r.status !== 0) throw new Error(`patch --target iis failed: ${r.stderr}${r.stdout}`);
  });

  afterEach(() => {
    for (const h of hosts.splice(0)) h.dispose();
  });

  /** A VM with IIS's Default Web Site (http only), the certificates in the store, another service's mapping. */
  function host(): { h: IisHost; a: string; b: string; other: string; installDir: string } {
    const h = new IisHost(pwsh!, iisModel);
    hosts.push(h);
    const other = h.addCertificate(pki.leaves.other!.cert, pki.leaves.other!.key);
    const a = h.addCertificate(pki.leaves.a!.cert, pki.leaves.a!.key);
    const b = h.addCertificate(pki.leaves.b!.cert, pki.leaves.b!.key);
    h.setIis({ sites: [{ name: SITE, id: 1, bindings: [{ protocol: 'http', bindingInformation: '*:80:', sslFlags: 0 }] }] });
    h.setMappings([{ ...FOREIGN, certhash: other }]);
    return { h, a, b, other, installDir: path.join(h.dir, 'Program Files', 'sni-ready') };
  }

  const install = (h: IisHost, installDir: string, args: string[] = []) =>
    h.runBundleScript(path.join(bundleDir, 'install.ps1'), ['-InstallDir', installDir, ...args]);
  const uninstall = (h: IisHost, installDir: string, args: string[] = []) =>
    h.runBundleScript(path.join(bundleDir, 'uninstall.ps1'), ['-InstallDir', installDir, ...args]);

  it('first install: one task as SYSTEM (highest) with the three triggers, running the installed reconciler', () => {
    const { h, installDir } = host();
    const r = install(h, installDir, ['-NoRun']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/registered the scheduled task \\sni-ready\\sni-bindings/);
    const tasks = h.tasks();
    expect(tasks).toHaveLength(1);
    const t = tasks[0]!;
    expect([t.path, t.name]).toEqual(['\\sni-ready\\', 'sni-bindings']);
    expect(t.principal).toEqual({ userId: 'SYSTEM', logonType: 'ServiceAccount', runLevel: 'Highest' });
    expect(t.triggers.map((x) => x.type).sort()).toEqual(['boot', 'event', 'time']);
    const timer = t.triggers.find((x) => x.type === 'time')!;
    expect(timer.interval).toBe('PT1H');
    expect(timer.duration).toBe(''); // indefinitely
    const event = t.triggers.find((x) => x.type === 'event')!;
    expect(event.delay).toBe('PT30S');
    // the subscription, parsed: one query of the lifecycle channel selecting event 1001
    const q = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(event.subscription!) as {
      QueryList: { Query: { '@Path': string; Select: { '@Path': string; '#text': string } } };
    };
    expect(q.QueryList.Query['@Path']).toBe(RENEWAL_CHANNEL);
    expect(q.QueryList.Query.Select['@Path']).toBe(RENEWAL_CHANNEL);
    expect(q.QueryList.Query.Select['#text'].replace(/\s/g, '')).toBe('*[System[(EventID=1001)]]');
    expect(t.settings).toMatchObject({ MultipleInstances: 'Queue', ExecutionTimeLimit: 'PT1H' });
    // the action: Windows PowerShell running the installed copies, data from the data file only
    expect(t.actions).toHaveLength(1);
    expect(t.actions[0]!.execute).toMatch(/[\\/]System32[\\/]WindowsPowerShell[\\/]v1\.0[\\/]powershell\.exe$/);
    const script = path.join(installDir, 'sni-bindings.ps1');
    const data = path.join(installDir, 'sni-bindings.json');
    expect(t.actions[0]!.arguments).toBe(
      `-NoProfile -NonInteractive -ExecutionPolicy Bypass -File "${script}" -DataFile "${data}" -LogFile "${path.join(h.programData, 'sni-ready', 'sni-bindings.log')}"`,
    );
    expect(fs.readFileSync(script).equals(fs.readFileSync(RECONCILER))).toBe(true);
    expect(fs.readFileSync(data).equals(fs.readFileSync(path.join(bundleDir, 'sni-bindings.json')))).toBe(true);
  });

  it('the event trigger fires on event 1001 of the lifecycle channel only', () => {
    const { h, installDir } = host();
    expect(install(h, installDir, ['-NoRun']).code).toBe(0);
    expect(h.trigger({ channel: RENEWAL_CHANNEL, eventId: 1002 })).toEqual([]);
    expect(h.trigger({ channel: 'System', eventId: 1001 })).toEqual([]);
    const runs = h.trigger({ channel: RENEWAL_CHANNEL, eventId: 1001 });
    expect(runs.map((x) => x.replace(/=-?\d+$/, ''))).toEqual(['\\sni-ready\\sni-bindings']);
    expect(h.taskLog()).toContain(`run \\sni-ready\\sni-bindings (Event): ${pwsh} -NoProfile`);
  });

  it('second install: still one task, updated (a new interval), files replaced', () => {
    const { h, installDir } = host();
    expect(install(h, installDir, ['-NoRun']).code).toBe(0);
    fs.writeFileSync(path.join(installDir, 'sni-bindings.json'), '{}');
    const r = install(h, installDir, ['-NoRun', '-IntervalMinutes', '30']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/updated the scheduled task/);
    const tasks = h.tasks();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.registrations).toBe(2);
    expect(tasks[0]!.triggers.find((x) => x.type === 'time')!.interval).toBe('PT30M');
    expect(fs.readFileSync(path.join(installDir, 'sni-bindings.json')).equals(fs.readFileSync(path.join(bundleDir, 'sni-bindings.json')))).toBe(true);
  });

  it('a bundle whose data is not for a plain IIS host is refused before anything is registered (exit 2)', () => {
    const { h, installDir } = host();
    const bad = tempDir('sni-iis-badbundle-');
    fs.cpSync(bundleDir, bad, { recursive: true });
    const data = JSON.parse(fs.readFileSync(path.join(bad, 'sni-bindings.json'), 'utf8'));
    delete data.mode;
    fs.writeFileSync(path.join(bad, 'sni-bindings.json'), JSON.stringify(data));
    const r = h.runBundleScript(path.join(bad, 'install.ps1'), ['-InstallDir', installDir, '-NoRun']);
    expect(r.code, r.out).toBe(2);
    expect(r.out).toMatch(/not for a plain IIS host/);
    expect(h.tasks()).toEqual([]);
    expect(fs.existsSync(installDir)).toBe(false);
  });

  it('uninstall removes the task and the installed files; a second uninstall is fine', () => {
    const { h, installDir } = host();
    expect(install(h, installDir, ['-NoRun']).code).toBe(0);
    const before = h.snapshot();
    const r = uninstall(h, installDir);
    expect(r.code, r.out).toBe(0);
    expect(h.tasks()).toEqual([]);
    expect(fs.existsSync(installDir)).toBe(false);
    // without -RemoveBindings IIS and HTTP.sys stay as they were
    expect(h.snapshot()).toBe(before);
    const again = uninstall(h, installDir);
    expect(again.code, again.out).toBe(0);
    expect(again.out).toMatch(/no scheduled task/);
  });

  it('uninstall -RemoveBindings removes what the state file records and nothing else', () => {
    const { h, installDir, a, other } = host();
    expect(install(h, installDir, ['-NoRun']).code).toBe(0);
    // what a reconciler run made (recorded) beside what was there before (not recorded)
    h.updateIis((s) => {
      s.sites[0]!.bindings.push(
        { protocol: 'https', bindingInformation: '*:443:www.test1.com', certificateHash: a, certificateStoreName: 'My', sslFlags: 1 },
        { protocol: 'https', bindingInformation: '*:443:other.example', certificateHash: other, certificateStoreName: 'My', sslFlags: 1 },
      );
    });
    h.setMappings([
      { ...FOREIGN, certhash: other },
      { kind: 'hostnameport', key: 'other.example:443', certhash: other, appid: '{11111111-2222-3333-4444-555555555555}' },
      { kind: 'hostnameport', key: 'www.test1.com:443', certhash: a, appid: '{5d0f2a4e-8c1b-4f63-9b7e-3a6c2e1d9f40}' },
      { kind: 'ipport', key: '0.0.0.0:443', certhash: a, appid: '{5d0f2a4e-8c1b-4f63-9b7e-3a6c2e1d9f40}' },
    ]);
    const state = path.join(h.programData, 'sni-ready', 'sni-bindings.state.json');
    fs.writeFileSync(
      state,
      JSON.stringify({ version: 1, bindings: [{ site: SITE, bindingInformation: '*:443:www.test1.com' }], mappings: ['ipport=0.0.0.0:443'] }),
    );
    const r = uninstall(h, installDir, ['-RemoveBindings']);
    expect(r.code, r.out).toBe(0);
    expect(h.site(SITE)!.bindings.map((x) => `${x.protocol} ${x.bindingInformation}`)).toEqual(['http *:80:', 'https *:443:other.example']);
    // the recorded fallback and the SNI mapping IIS kept for the removed binding went; the rest stayed
    expect(
      h
        .mappings()
        .map((m) => `${m.kind}=${m.key}`)
        .sort(),
    ).toEqual(['hostnameport=other.example:443', 'ipport=10.0.0.99:443']);
    expect(fs.existsSync(state)).toBe(false);
    expect(h.tasks()).toEqual([]);
  });

  it('end to end: install runs the reconciler, a renewal (event 1001) is served with no redeploy, uninstall -RemoveBindings leaves what was there before', () => {
    const h = new IisHost(pwsh!, iisModel);
    hosts.push(h);
    const installDir = path.join(h.dir, 'Program Files', 'sni-ready');
    h.trustRoot(pki.root.cert);
    h.addIntermediate(pki.intermediate.cert);
    const other = h.addCertificate(pki.leaves.other!.cert, pki.leaves.other!.key);
    const a = h.addCertificate(pki.leaves.a!.cert, pki.leaves.a!.key);
    const b = h.addCertificate(pki.leaves.b!.cert, pki.leaves.b!.key);
    // another service on the machine: a binding of its own on the site, its SNI mapping
    const foreignBinding = { protocol: 'https', bindingInformation: '*:443:other.example', certificateHash: other, certificateStoreName: 'My', sslFlags: 1 };
    const foreignMapping: Mapping = { kind: 'hostnameport', key: 'other.example:443', certhash: other, appid: '{11111111-2222-3333-4444-555555555555}' };
    h.setIis({ sites: [{ name: SITE, id: 1, bindings: [{ protocol: 'http', bindingInformation: '*:80:', sslFlags: 0 }, foreignBinding] }] });
    h.setMappings([foreignMapping]);
    const before = { bindings: JSON.stringify(h.site(SITE)!.bindings), mappings: JSON.stringify(h.mappings()) };
    const fast = { SniReadyPassDelaySeconds: '0', SniReadyPollSeconds: '0', SniReadyWaitSeconds: '30' };
    const ADDRESS = '10.0.0.4';

    const r = install(h, installDir, []);
    expect(r.code, r.out + h.taskLog()).toBe(0);
    expect(r.out).toMatch(/the first run succeeded/);
    expect(h.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(a);
    expect(h.served({ sni: 'test1.com', address: ADDRESS })).toBe(a);
    expect(h.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(b);
    expect(h.served({ address: ADDRESS })).toBe(a); // no SNI: the fallback
    expect(h.served({ sni: 'other.example', address: ADDRESS })).toBe(other);

    // the Key Vault VM extension installs the renewal beside the old version and raises event 1001
    const a2 = h.addCertificate(pki.leaves.a2!.cert, pki.leaves.a2!.key);
    expect(h.trigger({ channel: RENEWAL_CHANNEL, eventId: 1001 }, fast)).toEqual(['\\sni-ready\\sni-bindings=0']);
    expect(h.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(a2);
    expect(h.served({ sni: 'test1.com', address: ADDRESS })).toBe(a2);
    expect(h.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(b);
    expect(h.served({ address: ADDRESS })).toBe(a2);

    const u = uninstall(h, installDir, ['-RemoveBindings']);
    expect(u.code, u.out).toBe(0);
    expect(h.tasks()).toEqual([]);
    expect(JSON.stringify(h.site(SITE)!.bindings)).toBe(before.bindings);
    expect(JSON.stringify(h.mappings())).toBe(before.mappings);
    expect(fs.existsSync(installDir)).toBe(false);
    expect(fs.existsSync(path.join(h.programData, 'sni-ready', 'sni-bindings.state.json'))).toBe(false);
  });

  it('a state file that records something sni-ready never makes is refused, and nothing is removed', () => {
    const { h, installDir } = host();
    expect(install(h, installDir, ['-NoRun']).code).toBe(0);
    const state = path.join(h.programData, 'sni-ready', 'sni-bindings.state.json');
    fs.writeFileSync(state, JSON.stringify({ version: 1, bindings: [], mappings: ['ipport=10.0.0.99:443 extra=1'] }));
    const before = JSON.stringify(h.mappings());
    const r = uninstall(h, installDir, ['-RemoveBindings']);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/not one sni-ready makes/);
    expect(JSON.stringify(h.mappings())).toBe(before);
    expect(fs.existsSync(state)).toBe(true);
  });
});
