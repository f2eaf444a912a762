// The same surface as WindowsMachine (model.ts), on a real Windows machine with IIS: the windows
// workflow runs the startup task scenarios with it (SNI_READY_WINDOWS_REAL=1), the task under
// Windows PowerShell 5.1 through cmd.exe, IIS through its own Microsoft.Web.Administration
// (real-machine.ps1), HTTP.sys through the real netsh, certificates in LocalMachine\My. It deletes
// and adds HTTP.sys mappings and sites, so it refuses to run outside CI on Windows.
import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openssl } from '../helpers/pki.js';
import { resolveXpath, selectCertificate, type IisSite, type IisState, type Mapping, type RoleInstance, type TaskRun } from './model.js';

const HERE = path.dirname(new URL(import.meta.url).pathname.replace(/^\/([A-Za-z]:)/, '$1'));
const POWERSHELL = path.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
const PFX_PASSWORD = 'sni-ready-real-scenarios';

export const realWindows = process.platform === 'win32' && process.env.SNI_READY_WINDOWS_REAL === '1';

/** `netsh http show sslcert` (English, as on GitHub's runners) as mappings. */
export function parseNetsh(text: string): Mapping[] {
  const out: Mapping[] = [];
  let cur: Mapping | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\S.*?)\s*:\s+(\S+)\s*$/.exec(line);
    if (!m) continue;
    const [label, value] = [m[1]!.toLowerCase(), m[2]!];
    if (label === 'ip:port' || label === 'hostname:port' || label === 'central certificate store') {
      cur = { kind: label === 'ip:port' ? 'ipport' : label === 'hostname:port' ? 'hostnameport' : 'ccs', key: value, certhash: '', appid: '' };
      out.push(cur);
    } else if (cur && label === 'certificate hash') cur.certhash = /^[0-9a-f]{40}$/i.test(value) ? value.toUpperCase() : '';
    else if (cur && label === 'application id') cur.appid = value.toLowerCase();
    else if (cur && label === 'certificate store name') cur.store = value;
  }
  return out;
}

export class RealWindowsMachine {
  readonly dir: string;
  readonly programData = process.env.ProgramData ?? 'C:\\ProgramData';
  private readonly sites = new Set<string>();
  private readonly imported = new Set<string>();
  private readonly added = new Set<string>();
  private readonly trusted: { store: 'Root' | 'CA'; thumbprint: string }[] = [];

  constructor() {
    if (!realWindows || process.env.CI !== 'true') throw new Error('the real-Windows scenarios change IIS and HTTP.sys: only on a disposable CI machine');
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-real-'));
  }

  private ps(action: string, request: unknown): Record<string, unknown> {
    const inFile = path.join(this.dir, 'request.json');
    const outFile = path.join(this.dir, 'answer.json');
    fs.writeFileSync(inFile, JSON.stringify(request));
    const r = spawnSync(
      POWERSHELL,
      [
        '-NoProfile',
        '-NonInteractive',
        '-ExecutionPolicy',
        'Bypass',
        '-File',
        path.join(HERE, 'real-machine.ps1'),
        '-Action',
        action,
        '-InFile',
        inFile,
        '-OutFile',
        outFile,
      ],
      { encoding: 'utf8', env: { ...process.env, SNI_REAL_PFX_PASSWORD: PFX_PASSWORD } },
    );
    if (r.status !== 0) throw new Error(`real-machine.ps1 ${action} failed: ${r.stdout}${r.stderr}`);
    return JSON.parse(fs.readFileSync(outFile, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
  }

  private netsh(args: string[]): { code: number; out: string } {
    const r = spawnSync('netsh', args, { encoding: 'utf8' });
    return { code: r.status ?? 1, out: (r.stdout ?? '') + (r.stderr ?? '') };
  }

  addCertificate(certPem: string, key: string | null): string {
    const t = new X509Certificate(fs.readFileSync(certPem)).fingerprint.replace(/:/g, '').toUpperCase();
    if (key) {
      const pfx = path.join(this.dir, `${t}.pfx`);
      openssl([
        'pkcs12',
        '-export',
        '-in',
        certPem,
        '-inkey',
        key,
        '-certpbe',
        'PBE-SHA1-3DES',
        '-keypbe',
        'PBE-SHA1-3DES',
        '-macalg',
        'sha1',
        '-passout',
        `pass:${PFX_PASSWORD}`,
        '-out',
        pfx,
      ]);
      this.ps('import', { pfx });
    } else {
      this.ps('import', { cer: certPem });
    }
    this.imported.add(t);
    return t;
  }

  removeCertificate(thumbprint: string): void {
    this.ps('remove', { thumbprint });
  }

  /** Makes the machine trust this root: LocalMachine\Root (removed again on dispose). */
  trustRoot(certPem: string): void {
    this.importTo('Root', certPem);
  }

  /** An intermediate in LocalMachine\CA (removed again on dispose). */
  addIntermediate(certPem: string): void {
    this.importTo('CA', certPem);
  }

  private importTo(store: 'Root' | 'CA', certPem: string): void {
    const t = new X509Certificate(fs.readFileSync(certPem)).fingerprint.replace(/:/g, '').toUpperCase();
    this.ps('import', { cer: certPem, store });
    this.trusted.push({ store, thumbprint: t });
  }

  storeThumbprints(): string[] {
    const r = spawnSync(
      POWERSHELL,
      ['-NoProfile', '-NonInteractive', '-Command', "Get-ChildItem -LiteralPath 'Cert:\\LocalMachine\\My' | ForEach-Object { $_.Thumbprint }"],
      {
        encoding: 'utf8',
      },
    );
    return r.stdout.split(/\r?\n/).filter(Boolean);
  }

  setIis(state: IisState): void {
    for (const s of state.sites) this.sites.add(s.name);
    this.ps('set-sites', { manage: [...this.sites], sites: state.sites, physicalPath: this.dir });
  }

  iis(): IisState {
    const answer = this.ps('get-sites', { names: [...this.sites] }) as { sites: IisSite[] };
    return { sites: answer.sites ?? [] };
  }

  updateIis(change: (s: IisState) => void): void {
    const s = this.iis();
    change(s);
    if (s.conflicts || s.events?.length) throw new Error('conflicts and fabric events exist in the model only');
    this.setIis(s);
  }

  site(name: string): IisSite | undefined {
    return this.iis().sites.find((s) => s.name === name);
  }

  /** Replaces every port-443 mapping with these (the runner's other mappings stay). */
  setMappings(mappings: Mapping[]): void {
    for (const m of this.mappings()) if (/:443$/.test(m.key)) this.netsh(['http', 'delete', 'sslcert', `${m.kind}=${m.key}`]);
    for (const m of mappings) {
      if (!/:443$/.test(m.key)) continue; // left in place above
      const r = this.netsh(['http', 'add', 'sslcert', `${m.kind}=${m.key}`, `certhash=${m.certhash}`, `appid=${m.appid}`, `certstorename=${m.store ?? 'MY'}`]);
      if (r.code !== 0) throw new Error(`netsh add ${m.kind}=${m.key}: ${r.out}`);
      this.added.add(`${m.kind}=${m.key}`);
    }
  }

  mappings(): Mapping[] {
    return parseNetsh(this.netsh(['http', 'show', 'sslcert']).out);
  }

  served(conn: { sni?: string; address: string; port?: number }): string | null {
    return selectCertificate(this.mappings(), conn);
  }

  snapshot(): string {
    return JSON.stringify({ sites: this.iis().sites, httpsys: this.mappings(), store: this.storeThumbprints().sort() });
  }

  logFile(): string {
    return path.join(this.programData, 'sni-ready', 'sni-bindings.log');
  }

  /** The csdef task's command line run by cmd.exe from approot\bin, with the role's variables. */
  runTask(approotBin: string, commandLine: string, variables: Record<string, string>, instance: RoleInstance, extraEnv: Record<string, string> = {}): TaskRun {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    Object.assign(env, extraEnv);
    for (const [name, xpath] of Object.entries(variables)) {
      const v = resolveXpath(xpath, instance);
      if (v !== undefined) env[name] = v;
    }
    const before = fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').length : 0;
    const r = spawnSync('cmd.exe', ['/d', '/c', commandLine], { cwd: approotBin, env, encoding: 'utf8', timeout: 300_000 });
    if (r.error) throw r.error;
    const log = fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').slice(before) : '';
    return { code: r.status ?? 1, log };
  }

  dispose(): void {
    try {
      this.ps('set-sites', { manage: [...this.sites], sites: [], physicalPath: this.dir });
      for (const m of this.mappings()) if (/:443$/.test(m.key)) this.netsh(['http', 'delete', 'sslcert', `${m.kind}=${m.key}`]);
      for (const t of this.imported) this.ps('remove', { thumbprint: t });
      for (const t of this.trusted) this.ps('remove', t);
    } finally {
      fs.rmSync(this.dir, { recursive: true, force: true });
    }
  }
}
