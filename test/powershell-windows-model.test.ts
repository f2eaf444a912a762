// The startup task that `patch` writes, executed: its exact .cmd/.ps1/.json bytes run under pwsh
// against the model of a Cloud Service web role instance in test/windows-model/ (IIS's
// configuration API, HTTP.sys through netsh, the certificate store, the role environment), and
// each scenario asks which certificate HTTP.sys then serves to a client with or without SNI.
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { issue, makePki, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';
import { loadedSite, recordingLog, verifyInputs } from './helpers/verify.js';
import { generateStartupTask } from '../src/verify/startup.js';
import { instanceAddress } from '../src/verify/iis.js';
import { chooseRole, isServiceFile, readServiceFile } from '../src/service/model.js';
import { findStartupTask } from '../src/service/plan.js';
import { attr, child, children } from '../src/service/xml.js';
import { STARTUP_DATA } from '../src/service/startup.js';
import { buildIisModel, FABRIC_APP_ID, IIS_APP_ID, WindowsMachine, type IisSite, type RoleInstance } from './windows-model/model.js';
import { RealWindowsMachine, realWindows } from './windows-model/real.js';

// With SNI_READY_WINDOWS_REAL=1 on Windows (the windows workflow), the same scenarios run on real
// IIS, HTTP.sys and LocalMachine\My, the task under Windows PowerShell 5.1 through cmd.exe; the two
// that need a scripted fabric (a site that appears late, a concurrent commit) run on the model only.
const pwsh = realWindows ? 'powershell.exe' : needTool('pwsh', 'the startup task under pwsh against the Windows model');
const dotnet = realWindows ? 'unused' : pwsh ? needTool('dotnet', 'the startup task under pwsh against the Windows model') : undefined;
type Machine = WindowsMachine | RealWindowsMachine;
/** The netsh changes (model only: real netsh keeps no log). */
const netshLog = (m: Machine) => (m instanceof WindowsMachine ? m.netshLog() : undefined);

// on real Windows the instance's own address, so IIS can start the site (as the fabric's would)
const ADDRESS = realWindows ? instanceAddress() : '10.0.0.4';
const OTHER_ADDRESS = realWindows ? '127.0.0.2' : '10.0.0.99';
const FAST = { SniReadyPasses: '3', SniReadyPassDelaySeconds: '0', SniReadyPollSeconds: '0', SniReadyWaitSeconds: '30' };

let pki: Pki;
let selfSigned: Issued;
let iisModel: string;
let OTHER_CERT: string;
let approotBin: string;
let commandLine: string;
let variables: Record<string, string>;
let siteName: string;
let endpointName: string;
const machines: Machine[] = [];

describe.skipIf(!pwsh || !dotnet)('the startup task under pwsh against a model of IIS and HTTP.sys', () => {
  beforeAll(async () => {
    if (!realWindows) iisModel = buildIisModel(dotnet!);
    pki = makePki(tempDir(), {
      a: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 300 },
      b: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 300 },
      w: { cn: '*.test3.com', dns: ['*.test3.com'], days: 300 },
      // the renewals: same hosts, new keys, later expiry
      a2: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 500 },
      b2: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 500 },
      // another service's certificate, on another address of the machine
      o: { cn: 'other.example', dns: ['other.example'], days: 300 },
      // for the host from the trusted CA, longer-lived, but for client authentication only
      client: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 900, eku: 'clientAuth' },
    });
    selfSigned = issue(pki.dir, 'self', { cn: 'www.test2.com', dns: ['www.test2.com'], days: 1000 });
    const chain = [pki.intermediate.cert, pki.root.cert];
    const sites = [
      loadedSite(['www.test1.com'], pki.leaves.a!, chain, 1),
      loadedSite(['www.test2.com'], pki.leaves.b!, chain, 2),
      loadedSite(['*.test3.com'], pki.leaves.w!, chain, 3),
    ];
    const dir = tempDir('sni-model-task-');
    // patch, on a minimal service package: the files and the csdef task exactly as a user gets them
    const generated = await generateStartupTask(verifyInputs({ command: 'patch' }), sites, dir, recordingLog());
    if (!('startupDir' in generated)) throw new Error(`patch failed: ${JSON.stringify(generated.findings)}`);
    approotBin = path.dirname(generated.startupDir);
    const def = readServiceFile(path.join(dir, 'service', 'ServiceDefinition.csdef'), 'definition');
    if (!isServiceFile(def)) throw new Error('no csdef');
    const role = chooseRole(def, undefined);
    if (!('el' in role)) throw new Error('no role');
    const task = findStartupTask(role.el)!;
    commandLine = attr(task, 'commandLine')!;
    variables = Object.fromEntries(
      children(child(task, 'Environment'), 'Variable').map((v) => [attr(v, 'name')!, attr(child(v, 'RoleInstanceValue')!, 'xpath')!]),
    );
    siteName = `${role.name}_IN_0_${generated.data.siteName}`;
    endpointName = /Endpoint\[@name='([^']+)'\]/.exec(Object.values(variables).join(' '))?.[1] ?? '';
  });

  afterEach(() => {
    for (const m of machines.splice(0)) m.dispose();
  });

  const instance = (over: Partial<RoleInstance> = {}): RoleInstance => ({
    id: siteName.replace(/_[^_]+$/, ''),
    endpoints: { [endpointName]: ADDRESS },
    ...over,
  });

  /** The site as the fabric creates it: http on the instance address, https on it with the endpoint's certificate. */
  function fabricSite(endpointCert: string): IisSite {
    return {
      name: siteName,
      id: 1,
      bindings: [
        { protocol: 'http', bindingInformation: `${ADDRESS}:80:`, sslFlags: 0 },
        { protocol: 'https', bindingInformation: `${ADDRESS}:443:`, certificateHash: endpointCert, certificateStoreName: 'My', sslFlags: 0 },
      ],
    };
  }

  /** A fresh instance: certificates a, b, w in the store, the fabric's site and its IP-specific mapping, another service's mapping. */
  function machine(): { m: Machine; a: string; b: string; w: string } {
    const m = realWindows ? new RealWindowsMachine() : new WindowsMachine(pwsh!, iisModel);
    machines.push(m);
    // the machine trusts the test root and holds the intermediate, as for a public CA's chain
    m.trustRoot(pki.root.cert);
    m.addIntermediate(pki.intermediate.cert);
    OTHER_CERT = m.addCertificate(pki.leaves.o!.cert, pki.leaves.o!.key);
    const a = m.addCertificate(pki.leaves.a!.cert, pki.leaves.a!.key);
    const b = m.addCertificate(pki.leaves.b!.cert, pki.leaves.b!.key);
    const w = m.addCertificate(pki.leaves.w!.cert, pki.leaves.w!.key);
    m.setIis({ sites: [fabricSite(a)] });
    m.setMappings([
      { kind: 'ipport', key: `${ADDRESS}:443`, certhash: a, appid: FABRIC_APP_ID },
      { kind: 'ipport', key: `${OTHER_ADDRESS}:443`, certhash: OTHER_CERT, appid: '{11111111-2222-3333-4444-555555555555}' },
    ]);
    return { m, a, b, w };
  }

  function run(m: Machine, env: Record<string, string> = {}, inst = instance(), bin = approotBin) {
    return m.runTask(bin, commandLine, variables, inst, { ...FAST, ...env });
  }

  /** Every host gets its own certificate with SNI, a client without SNI the fallback, the other address its own. */
  function expectServed(m: Machine, want: { a: string; b: string; w: string }) {
    expect(m.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(want.a);
    expect(m.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(want.b);
    expect(m.served({ sni: 'shop.test3.com', address: ADDRESS })).toBe(want.w);
    expect(m.served({ address: ADDRESS })).toBe(want.a);
    expect(m.served({ address: OTHER_ADDRESS })).toBe(OTHER_CERT);
  }

  function httpsBindings(m: Machine) {
    return (m.site(siteName)?.bindings ?? []).filter((b) => b.protocol === 'https' && !b.bindingInformation.startsWith(ADDRESS));
  }

  it('the csdef task declares the instance id, the emulator flag and the HTTPS endpoint address', () => {
    expect(variables).toEqual({
      SniReadyRoleInstanceId: '/RoleEnvironment/CurrentInstance/@id',
      SniReadyEmulated: '/RoleEnvironment/Deployment/@emulated',
      SniReadyEndpointAddress: `/RoleEnvironment/CurrentInstance/Endpoints/Endpoint[@name='${endpointName}']/@address`,
    });
  });

  it.each([
    ['English', 'en'],
    ['German', 'de'],
  ])('first run (netsh in %s): every host served its certificate, the fallback set, exit 0', (_name, lang) => {
    const { m, a, b, w } = machine();
    const r = run(m, { SNI_MODEL_LANG: lang });
    expect(r.code, r.log).toBe(0);
    expectServed(m, { a, b, w });
    expect(
      httpsBindings(m)
        .map((x) => `${x.bindingInformation} ${x.certificateHash} ${x.sslFlags}`)
        .sort(),
    ).toEqual([`*:443:*.test3.com ${w} 1`, `*:443:www.test1.com ${a} 1`, `*:443:www.test2.com ${b} 1`]);
    expect(r.log).toMatch(/done: 3 SNI binding\(s\)/);
    // each binding created with SslFlags.Sni in the Add call, never added without it and fixed afterwards
    if (m instanceof WindowsMachine) {
      expect(
        m
          .iisLog()
          .filter((l) => l.startsWith('add https') || l.includes('after Add'))
          .sort(),
      ).toEqual(['*.test3.com', 'www.test1.com', 'www.test2.com'].map((h) => `add https *:443:${h} sslFlags=Sni`).sort());
    }
  });

  it("removes the fabric's IP-specific mapping of the instance's own endpoint address only", () => {
    const { m } = machine();
    expect(run(m).code).toBe(0);
    expect(m.mappings().find((x) => x.key === `${ADDRESS}:443`)).toBeUndefined();
    const log = netshLog(m);
    if (log) expect(log.filter((l) => l.startsWith('delete'))).toEqual([`delete ipport=${ADDRESS}:443`]);
    expect(m.mappings().find((x) => x.key === `${OTHER_ADDRESS}:443`)?.certhash).toBe(OTHER_CERT);
  });

  it.skipIf(realWindows)('the site appears late and the fabric rewrites it once more: waits, then converges', () => {
    const { m, a, b, w } = machine() as { m: WindowsMachine; a: string; b: string; w: string };
    m.setIis({
      sites: [],
      events: [
        { atRead: 3, site: fabricSite(a) },
        { atRead: 7, site: fabricSite(a) },
      ],
    });
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expect(r.log).toContain(`waiting for site '${siteName}'`);
    expect(fs.readFileSync(path.join(m.dir, 'iis.log'), 'utf8').match(/fabric: wrote site/g)).toHaveLength(2);
    expectServed(m, { a, b, w });
    expect(httpsBindings(m)).toHaveLength(3);
  });

  it('a second run changes nothing', () => {
    const { m } = machine();
    expect(run(m).code).toBe(0);
    const before = m.snapshot();
    const netsh = netshLog(m)?.length;
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expect(m.snapshot()).toBe(before);
    expect(netshLog(m)?.length).toBe(netsh);
    expect(r.log).not.toMatch(/adding|replacing|removing|updating/);
  });

  it('role recycle: the site is recreated while the HTTP.sys mappings survive; the task restores every binding', () => {
    const { m, a, b, w } = machine();
    expect(run(m).code).toBe(0);
    // the fabric recreates the site and its endpoint mapping; hostnameport mappings stay, IIS's and ours
    m.setIis({ sites: [fabricSite(a)] });
    m.setMappings([...m.mappings(), { kind: 'ipport', key: `${ADDRESS}:443`, certhash: a, appid: FABRIC_APP_ID }]);
    // in the model IIS made them on commit, as WAS does for a started site
    if (!realWindows) expect(m.mappings().some((x) => x.kind === 'hostnameport' && x.appid === IIS_APP_ID)).toBe(true);
    expect(m.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(a);
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expectServed(m, { a, b, w });
    expect(httpsBindings(m)).toHaveLength(3);
  });

  it("the seed's ':443:host' binding (empty address) is fixed in place, not duplicated", () => {
    const { m, a, b, w } = machine();
    m.updateIis((s) => {
      s.sites[0]!.bindings.push({ protocol: 'https', bindingInformation: ':443:www.test1.com', certificateHash: b, certificateStoreName: 'My', sslFlags: 0 });
    });
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    const test1 = httpsBindings(m).filter((x) => x.bindingInformation.endsWith(':443:www.test1.com'));
    expect(test1).toEqual([{ protocol: 'https', bindingInformation: ':443:www.test1.com', certificateHash: a, certificateStoreName: 'My', sslFlags: 1 }]);
    expectServed(m, { a, b, w });
  });

  it('one certificate missing: every other host and the fallback are still served, exit 1 naming the host', () => {
    const { m, a, b, w } = machine();
    m.removeCertificate(b);
    const r = run(m);
    expect(r.code, r.log).toBe(1);
    expect(r.log).toMatch(/ERROR: no certificate for: www\.test2\.com/);
    expect(m.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(a);
    expect(m.served({ sni: 'shop.test3.com', address: ADDRESS })).toBe(w);
    expect(m.served({ address: ADDRESS })).toBe(a);
    // www.test2.com falls back to 0.0.0.0:443 (no mapping of its own)
    expect(m.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(a);
  });

  it.skipIf(realWindows)('a commit conflict (a concurrent writer) is retried and converges', () => {
    const { m, a, b, w } = machine();
    m.updateIis((s) => {
      s.conflicts = 2;
    });
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expect(r.log).toMatch(/changed by another program.*retrying/);
    expectServed(m, { a, b, w });
  });

  it('in the compute emulator nothing on the machine changes, and the log says so', () => {
    const { m } = machine();
    const before = m.snapshot();
    const r = run(m, {}, instance({ emulated: true }));
    expect(r.code, r.log).toBe(0);
    expect(r.log).toMatch(/compute emulator.*nothing changed/);
    expect(m.snapshot()).toBe(before);
    expect(netshLog(m) ?? []).toEqual([]);
  });

  it('a wildcard host gets an SNI binding and serves any name one label below it', () => {
    const { m, w } = machine();
    expect(run(m).code).toBe(0);
    expect(httpsBindings(m).find((x) => x.bindingInformation === '*:443:*.test3.com')?.certificateHash).toBe(w);
    expect(m.served({ sni: 'a.test3.com', address: ADDRESS })).toBe(w);
    expect(m.served({ sni: 'www.test3.com', address: ADDRESS })).toBe(w);
  });

  it.each([
    ['a data file that is not JSON', (bin: string) => fs.writeFileSync(path.join(bin, 'sni-ready', STARTUP_DATA), '{ "version": 1, '), {}, /not valid JSON/],
    ['a whole-number setting that is not one', () => undefined, { SniReadyPasses: 'three' }, /SniReadyPasses must be a whole number/],
  ])('%s: exit 2, nothing changed, and the reason in the log outside approot', (_name, spoil, env, reason) => {
    const { m } = machine();
    const bin = tempDir('sni-model-approot-');
    fs.cpSync(approotBin, bin, { recursive: true });
    spoil(bin);
    const before = m.snapshot();
    const r = run(m, env as Record<string, string>, instance(), bin);
    expect(r.code, r.log).toBe(2);
    expect(m.snapshot()).toBe(before);
    const errors = r.log.split('\n').filter((l) => /ERROR/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
    expect(m.logFile().startsWith(m.programData)).toBe(true);
    expect(fs.readdirSync(path.join(bin, 'sni-ready')).filter((f) => f.endsWith('.log'))).toEqual([]);
  });

  it('renewal: only the cscfg thumbprint and the store change; after the next role start every host is served its new certificate', () => {
    const { m, a, b, w } = machine();
    expect(run(m).code).toBe(0);
    expectServed(m, { a, b, w });
    // the documented renewal: the new certificates uploaded and their thumbprints set in the cscfg;
    // the fabric installs them, the old ones leave the store; the package (and its data file) stay
    const a2 = m.addCertificate(pki.leaves.a2!.cert, pki.leaves.a2!.key);
    const b2 = m.addCertificate(pki.leaves.b2!.cert, pki.leaves.b2!.key);
    m.removeCertificate(a);
    m.removeCertificate(b);
    // the trigger: the role instance restarts (the fabric recreates the site), the task runs again
    m.setIis({ sites: [fabricSite(a2)] });
    m.setMappings([...m.mappings(), { kind: 'ipport', key: `${ADDRESS}:443`, certhash: a2, appid: FABRIC_APP_ID }]);
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expect(r.log).toContain(`www.test1.com: using certificate ${a2}`);
    expectServed(m, { a: a2, b: b2, w });
    expect(httpsBindings(m).map((x) => x.certificateHash)).not.toContain(a);
  });

  it('renewal with the old certificate still in the store: the one that expires last wins', () => {
    const { m, b, w } = machine();
    const a2 = m.addCertificate(pki.leaves.a2!.cert, pki.leaves.a2!.key);
    // a renewal without its private key is not usable: the old certificate stays
    const b2 = m.addCertificate(pki.leaves.b2!.cert, null);
    // nor is a longer-lived self-signed leftover for the host, or one for client authentication only
    const self = m.addCertificate(selfSigned.cert, selfSigned.key);
    const client = m.addCertificate(pki.leaves.client!.cert, pki.leaves.client!.key);
    const r = run(m);
    expect(r.code, r.log).toBe(0);
    expectServed(m, { a: a2, b, w });
    expect(b2).not.toBe(b);
    const choice = r.log.split('\n').find((l) => l.includes('www.test2.com: using certificate'));
    expect(choice, r.log).toContain(`${b2} (no private key)`);
    expect(choice).toContain(`${self} (self-signed, chain does not build to a trusted root`);
    expect(choice).toContain(`${client} (no serverAuth extended key usage (only clientAuth))`);
  });
});
