// The reconciler on a plain IIS host (`target: iis`): the bundle that `patch --target iis` writes
// (node dist/cli/index.js), its sni-bindings.ps1 run under pwsh as the scheduled task runs it
// (-File, -DataFile, -LogFile) with the bundle's data file (mode "iis",
// /work/notes/iis-data-format.md), against the model of IIS, HTTP.sys and LocalMachine\My in
// test/windows-model/. No Azure: no role instance id, no endpoint address. Each scenario asks which
// certificate HTTP.sys then serves, with and without SNI. Run `npm run build` first.
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundle, issue, makePki, tempDir, type Issued, type Pki } from './helpers/pki.js';
import { runCli } from './helpers/run-dist.js';
import { needTool } from './helpers/tools.js';
import { buildIisModel, WindowsMachine, type Mapping } from './windows-model/model.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SCRIPT = path.join(ROOT, 'src', 'powershell', 'startup', 'sni-bindings.ps1');
const pwsh = needTool('pwsh', 'the reconciler under pwsh against the Windows model');
const dotnet = pwsh ? needTool('dotnet', 'the reconciler under pwsh against the Windows model') : undefined;

const SITE = 'Default Web Site';
const ADDRESS = '10.0.0.4';
const OTHER_ADDRESS = '10.0.0.99';
const FOREIGN_APP = '{11111111-2222-3333-4444-555555555555}';
// the iis defaults (one pass, then one to confirm when it changed something), without the waits
const FAST = { SniReadyPassDelaySeconds: '0', SniReadyPollSeconds: '0', SniReadyWaitSeconds: '30' };

let pki: Pki;
let selfSigned: Issued;
let iisModel: string;
/** the bundles `patch --target iis` wrote: without and with --remove-ip-mappings ADDRESS */
let patched: { plain: string; removing: string };
const machines: WindowsMachine[] = [];

interface Host {
  m: WindowsMachine;
  a: string;
  b: string;
  bundle: string;
  data: string;
}

describe.skipIf(!pwsh || !dotnet)('the reconciler on a plain IIS host (mode iis) under pwsh against the Windows model', () => {
  beforeAll(() => {
    iisModel = buildIisModel(dotnet!);
    pki = makePki(tempDir(), {
      a: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 300 },
      b: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 300 },
      // the Key Vault extension's newer version of a's certificate (it keeps the two newest)
      a2: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 500 },
      // issued by the trusted CA for the host, longer-lived, but for client authentication only
      client: { cn: 'www.test1.com', dns: ['www.test1.com'], days: 900, eku: 'clientAuth' },
    });
    // a self-signed leftover for the host, longer-lived than any other
    selfSigned = issue(pki.dir, 'self', { cn: 'www.test1.com', dns: ['www.test1.com'], days: 1000 });
    const a = bundle(pki.dir, 'a-chain.pem', [pki.leaves.a!.cert, pki.intermediate.cert]);
    const b = bundle(pki.dir, 'b-chain.pem', [pki.leaves.b!.cert, pki.intermediate.cert]);
    const patch = (extra: string[]): string => {
      const dir = path.join(tempDir('sni-iis-patched-'), 'sni-ready-iis');
      const r = runCli([
        'patch',
        '--target',
        'iis',
        '--bundle',
        dir,
        '--sites',
        `www.test1.com = ${a} key=${pki.leaves.a!.key}`,
        '--sites',
        `www.test2.com = ${b} key=${pki.leaves.b!.key}`,
        '--trust',
        pki.root.cert,
        ...extra,
      ]);
      if (r.status !== 0) throw new Error(`patch --target iis failed: ${r.stderr}${r.stdout}`);
      return dir;
    };
    patched = { plain: patch([]), removing: patch(['--remove-ip-mappings', ADDRESS]) };
  });

  afterEach(() => {
    for (const m of machines.splice(0)) m.dispose();
  });

  /** A bundle `patch --target iis` wrote, copied to the machine as install.ps1 would. */
  function installBundle(m: WindowsMachine, from: string): { bundle: string; data: string } {
    const dir = path.join(m.dir, 'sni-ready-iis');
    fs.cpSync(from, dir, { recursive: true });
    return { bundle: dir, data: path.join(dir, 'sni-bindings.json') };
  }

  /** A VM with IIS's Default Web Site (http only), the test CA trusted, certificates a and b in LocalMachine\My. */
  function host(mappings: Mapping[] = [], from = patched.plain): Host {
    const m = new WindowsMachine(pwsh!, iisModel);
    machines.push(m);
    m.trustRoot(pki.root.cert);
    m.addIntermediate(pki.intermediate.cert);
    const a = m.addCertificate(pki.leaves.a!.cert, pki.leaves.a!.key);
    const b = m.addCertificate(pki.leaves.b!.cert, pki.leaves.b!.key);
    m.setIis({ sites: [{ name: SITE, id: 1, bindings: [{ protocol: 'http', bindingInformation: '*:80:', sslFlags: 0 }] }] });
    m.setMappings(mappings);
    return { m, a, b, ...installBundle(m, from) };
  }

  function run(h: Host, env: Record<string, string> = {}, during?: { when: RegExp; then: () => void }) {
    return h.m.runTaskScript(path.join(h.bundle, 'sni-bindings.ps1'), ['-DataFile', h.data, '-LogFile', h.m.logFile()], { ...FAST, ...env }, during);
  }

  function httpsBindings(m: WindowsMachine) {
    return (m.site(SITE)?.bindings ?? []).filter((x) => x.protocol === 'https');
  }

  function stateFile(m: WindowsMachine): string {
    return path.join(m.programData, 'sni-ready', 'sni-bindings.state.json');
  }

  function expectServed(m: WindowsMachine, want: { a: string; b: string; fallback?: string }) {
    expect(m.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(want.a);
    expect(m.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(want.b);
    expect(m.served({ address: ADDRESS })).toBe(want.fallback ?? want.a);
  }

  it('first install: each host bound with SNI (SslFlags.Sni given to Add), the fallback set, what it made recorded, exit 0', async () => {
    const h = host();
    // the bundle's reconciler is the startup task's script, byte for byte; its data is mode iis
    expect(fs.readFileSync(path.join(h.bundle, 'sni-bindings.ps1')).equals(fs.readFileSync(SCRIPT))).toBe(true);
    expect(JSON.parse(fs.readFileSync(h.data, 'utf8'))).toMatchObject({ version: 1, mode: 'iis', siteName: SITE, removeIpMappings: [] });
    // the compute emulator flag is a Cloud Services value: a plain host ignores it
    const r = await run(h, { SniReadyEmulated: 'true' });
    expect(r.code, r.log + r.out).toBe(0);
    expectServed(h.m, { a: h.a, b: h.b });
    expect(httpsBindings(h.m).map((x) => `${x.bindingInformation} ${x.certificateHash} ${x.sslFlags}`)).toEqual([
      `*:443:www.test1.com ${h.a} 1`,
      `*:443:www.test2.com ${h.b} 1`,
    ]);
    // created with Sni in the Add call, never added without it and changed afterwards
    const iis = h.m.iisLog();
    expect(iis).toContain('add https *:443:www.test1.com sslFlags=Sni');
    expect(iis).toContain('add https *:443:www.test2.com sslFlags=Sni');
    expect(iis.filter((l) => /sslFlags=None|after Add/.test(l))).toEqual([]);
    expect(r.log).not.toMatch(/ERROR/);
    expect(r.log).toMatch(/done: 2 SNI binding\(s\) on site 'Default Web Site'/);
    // the record uninstall.ps1 reads
    const state = JSON.parse(fs.readFileSync(stateFile(h.m), 'utf8')) as { version: number; bindings: unknown[]; mappings: string[] };
    expect(state.version).toBe(1);
    expect(state.bindings).toEqual([
      { site: SITE, bindingInformation: '*:443:www.test1.com' },
      { site: SITE, bindingInformation: '*:443:www.test2.com' },
    ]);
    expect([...state.mappings].sort()).toEqual(['hostnameport=www.test1.com:443', 'hostnameport=www.test2.com:443', 'ipport=0.0.0.0:443']);
  });

  it('a second run changes nothing: same site, mappings, store and record; no netsh change', async () => {
    const h = host();
    expect((await run(h)).code).toBe(0);
    const before = h.m.snapshot();
    const netsh = h.m.netshLog().length;
    const state = fs.readFileSync(stateFile(h.m), 'utf8');
    const r = await run(h);
    expect(r.code, r.log).toBe(0);
    expect(h.m.snapshot()).toBe(before);
    expect(h.m.netshLog().length).toBe(netsh);
    expect(fs.readFileSync(stateFile(h.m), 'utf8')).toBe(state);
    expect(r.log).not.toMatch(/adding|updating|removing|recorded/);
    expect(r.log).toContain('nothing to change');
  });

  it('renewal with the two newest versions in the store: the newer wins, the fallback is updated in place (netsh update, no delete)', async () => {
    const h = host();
    expect((await run(h)).code).toBe(0);
    // the Key Vault extension adds the new version and keeps the old one
    const a2 = h.m.addCertificate(pki.leaves.a2!.cert, pki.leaves.a2!.key);
    const r = await run(h);
    expect(r.code, r.log).toBe(0);
    expectServed(h.m, { a: a2, b: h.b });
    expect(r.log).toMatch(
      new RegExp(`www\\.test1\\.com: using certificate ${a2} \\(expires [0-9-]+\\), not the patch-time ${h.a}; passed over: ${h.a} \\(expires earlier`),
    );
    const netsh = h.m.netshLog();
    expect(netsh).toContain(`update ipport=0.0.0.0:443 ${a2}`);
    expect(netsh.filter((l) => l.startsWith('delete'))).toEqual([]);
    expect(httpsBindings(h.m)).toHaveLength(2);
  });

  it('a foreign IP-specific mapping is reported with the netsh command that removes it, and left in place', async () => {
    const foreign = host();
    // another program's mapping for the machine's address, with a certificate of its own
    const other = foreign.m.addCertificate(selfSigned.cert, selfSigned.key);
    foreign.m.setMappings([{ kind: 'ipport', key: `${ADDRESS}:443`, certhash: other, appid: FOREIGN_APP }]);
    const r = await run(foreign);
    expect(r.code, r.log).toBe(1);
    const errors = r.log.split('\n').filter((l) => /ERROR/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`ipport=${ADDRESS}:443`);
    expect(errors[0]).toContain(`remove it with: netsh http delete sslcert ipport=${ADDRESS}:443`);
    expect(foreign.m.mappings().find((x) => x.key === `${ADDRESS}:443`)?.certhash).toBe(other);
    expect(foreign.m.netshLog().filter((l) => l.startsWith('delete'))).toEqual([]);
    // the SNI bindings are made anyway; the IP-specific mapping still wins on its address
    expect(foreign.m.served({ sni: 'www.test1.com', address: OTHER_ADDRESS })).toBe(foreign.a);
    expect(foreign.m.served({ sni: 'www.test1.com', address: ADDRESS })).toBe(other);
  });

  it('an IP-specific mapping is removed when its address is listed in removeIpMappings, and only that one', async () => {
    const h = host([], patched.removing);
    h.m.setMappings([
      { kind: 'ipport', key: `${ADDRESS}:443`, certhash: h.b, appid: FOREIGN_APP },
      { kind: 'ipport', key: `${OTHER_ADDRESS}:443`, certhash: h.b, appid: FOREIGN_APP },
    ]);
    const r = await run(h);
    expect(h.m.netshLog().filter((l) => l.startsWith('delete'))).toEqual([`delete ipport=${ADDRESS}:443`]);
    expect(h.m.mappings().find((x) => x.key === `${ADDRESS}:443`)).toBeUndefined();
    expectServed(h.m, { a: h.a, b: h.b });
    // the unlisted address's mapping stays, reported
    expect(h.m.mappings().find((x) => x.key === `${OTHER_ADDRESS}:443`)?.certhash).toBe(h.b);
    expect(r.code, r.log).toBe(1);
    expect(r.log).toContain(`netsh http delete sslcert ipport=${OTHER_ADDRESS}:443`);
    // not recorded as made by sni-ready: uninstall cannot bring it back
    expect(fs.readFileSync(stateFile(h.m), 'utf8')).not.toContain(ADDRESS);
  });

  it('a longer-lived self-signed and a client-auth-only certificate for the host are passed over, and the log says why', async () => {
    const h = host();
    const self = h.m.addCertificate(selfSigned.cert, selfSigned.key);
    const client = h.m.addCertificate(pki.leaves.client!.cert, pki.leaves.client!.key);
    // the renewal without its private key is not usable either
    const keyless = h.m.addCertificate(pki.leaves.a2!.cert, null);
    const r = await run(h);
    expect(r.code, r.log).toBe(0);
    expectServed(h.m, { a: h.a, b: h.b });
    const line = r.log.split('\n').find((l) => l.includes('www.test1.com: using certificate'));
    expect(line, r.log).toBeDefined();
    expect(line).toContain(`using certificate ${h.a}`);
    expect(line).toMatch(new RegExp(`${self} \\(self-signed, chain does not build to a trusted root \\(UntrustedRoot`));
    expect(line).toContain(`${client} (no serverAuth extended key usage (only clientAuth))`);
    expect(line).toContain(`${keyless} (no private key)`);
  });

  it('a host whose only certificates fail the checks gets none: the others are still bound, exit 1 with the reasons', async () => {
    const h = host();
    h.m.removeCertificate(h.a);
    const self = h.m.addCertificate(selfSigned.cert, selfSigned.key);
    const r = await run(h);
    expect(r.code, r.log).toBe(1);
    expect(r.log).toMatch(new RegExp(`ERROR: no certificate for www\\.test1\\.com: .*passed over: ${self} \\(self-signed`));
    expect(httpsBindings(h.m).map((x) => x.bindingInformation)).toEqual(['*:443:www.test2.com']);
    expect(h.m.served({ sni: 'www.test2.com', address: ADDRESS })).toBe(h.b);
  });

  it('Microsoft.Web.Administration missing at first (IIS being installed), then present: waits, then binds', async () => {
    const h = host();
    h.m.removeMwa();
    const r = await run(h, {}, { when: /waiting for IIS/, then: () => h.m.installMwa() });
    expect(r.code, r.log + r.out).toBe(0);
    expect(r.log).toMatch(/waiting for IIS \(up to 30 seconds\): its configuration API is not usable yet/);
    expectServed(h.m, { a: h.a, b: h.b });
  });

  it('ServerManager throwing on its first uses (IIS not configured yet): polled like a missing site, then binds', async () => {
    const h = host();
    h.m.updateIis((s) => {
      s.failReads = 3;
    });
    const r = await run(h);
    expect(r.code, r.log).toBe(0);
    expect(r.log).toMatch(/waiting for IIS .*Cannot read configuration file/);
    expect(h.m.iisLog().filter((l) => l.startsWith('ServerManager refused'))).toHaveLength(3);
    expectServed(h.m, { a: h.a, b: h.b });
  });

  it('Microsoft.Web.Administration never appears: exit 1 at the deadline, nothing changed', async () => {
    const h = host();
    h.m.removeMwa();
    const before = h.m.snapshot();
    const r = await run(h, { SniReadyWaitSeconds: '2', SniReadyPollSeconds: '1' });
    expect(r.code, r.log).toBe(1);
    expect(r.log).toMatch(/ERROR: IIS's configuration API \(Microsoft\.Web\.Administration\) was not usable within 2 seconds/);
    expect(h.m.snapshot()).toBe(before);
  });

  it('a failing netsh update leaves the old mapping in place (no delete-then-add), exit 1', async () => {
    const h = host();
    expect((await run(h)).code).toBe(0);
    expect(h.m.served({ address: ADDRESS })).toBe(h.a);
    h.m.addCertificate(pki.leaves.a2!.cert, pki.leaves.a2!.key);
    const r = await run(h, { SNI_MODEL_NETSH_FAIL: 'update,add' });
    expect(r.code, r.log).toBe(1);
    expect(r.log).toMatch(/ERROR: netsh http update sslcert ipport=0\.0\.0\.0:443 .*failed/);
    // clients without SNI still get the old certificate: the mapping was never deleted
    expect(h.m.served({ address: ADDRESS })).toBe(h.a);
    expect(h.m.netshLog().filter((l) => l.startsWith('delete'))).toEqual([]);
  });

  it('a data file with mode iis and a bad removeIpMappings entry (patch never writes one): exit 2, nothing changed', async () => {
    const h = host();
    const data = JSON.parse(fs.readFileSync(h.data, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(h.data, JSON.stringify({ ...data, removeIpMappings: ['10.0.0.300'] }));
    const before = h.m.snapshot();
    const r = await run(h);
    expect(r.code, r.log).toBe(2);
    expect(r.log).toMatch(/ERROR: invalid address '10\.0\.0\.300' in removeIpMappings/);
    expect(h.m.snapshot()).toBe(before);
  });
});
