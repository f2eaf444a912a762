// A model of the Windows side of an Azure Cloud Service web role instance, for running the startup
// task that `patch` writes (the exact .cmd/.ps1/.json bytes) under pwsh on Linux:
//   - IIS's configuration API: a Microsoft.Web.Administration.dll built here from C# (mwa/), found
//     by the script at %windir%\System32\inetsrv like the real one; state in iis.json;
//   - HTTP.sys: a netsh.exe on PATH (netsh.mjs) over the mapping table httpsys.json, which the
//     IIS stand-in also writes on commit, as WAS does;
//   - the certificate store: .NET's CurrentUser\My under the model's HOME (the script's test seam
//     SniReadyTestCertStore=CurrentUser; on Windows it reads LocalMachine\My); the machine's
//     trusted roots are CurrentUser\Root and its intermediates CurrentUser\CA there (.NET on Linux
//     builds chains with both, on top of the system's roots), like LocalMachine\Root and \CA;
//   - the role environment: the variables the patched csdef task declares, with their
//     RoleInstanceValue xpaths resolved against the instance described here;
//   - cmd.exe, for sni-bindings.cmd only: its lines are checked against the shape the launcher has
//     and its one PowerShell line is run with pwsh, %~dp0 / %ProgramData% / %SystemRoot% expanded
//     and the >>log 2>&1 redirection done.
// `served()` applies HTTP.sys's certificate selection rule to the mapping table.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openssl } from '../helpers/pki.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const ROOT = path.resolve(HERE, '..', '..');

export interface Mapping {
  kind: 'ipport' | 'hostnameport' | 'ccs';
  key: string;
  certhash: string;
  appid: string;
  store?: string;
}

export interface IisBinding {
  protocol: string;
  bindingInformation: string;
  certificateHash?: string;
  certificateStoreName?: string;
  sslFlags?: number;
}

export interface IisSite {
  name: string;
  id?: number;
  bindings: IisBinding[];
}

export interface IisState {
  version?: number;
  reads?: number;
  conflicts?: number;
  /** the next n ServerManager constructions throw (IIS being installed) */
  failReads?: number;
  sites: IisSite[];
  events?: ({ atRead: number } & ({ site: IisSite } | { removeSite: string } | { mappings: Mapping[] }))[];
}

export const IIS_APP_ID = '{4dc3e181-e14b-4a21-b022-59fc669b0914}';
export const FABRIC_APP_ID = '{0f6b3c52-7d0e-4a8e-9c1f-5b2d7e4a9c30}';

/**
 * The certificate HTTP.sys serves on a connection to `address`:`port`, with SNI `sni` or none:
 *   1. an exact IP:port mapping (ipport=address:port);
 *   2. an exact Hostname:port mapping for the SNI name (hostnameport=sni:port), then a wildcard
 *      one (hostnameport=*.parent:port, IIS 10);
 *   3. the Central Certificate Store mapping for the port (ccs=port): 'ccs';
 *   4. the wildcard IP:port mapping (ipport=0.0.0.0:port).
 * Source: Microsoft, "SSL for Web Sites on Windows Server for Hosting Service Providers" (IIS
 * support blog, "On IIS 8, HTTP.SYS uses follow order to setup a secure connection": exact
 * IP:Port, exact Hostname:Port, Central Certificate Store, then the 0.0.0.0:Port wildcard),
 * https://docs.microsoft.com/en-us/archive/blogs/asiatech/ssl-for-web-sites-on-windows-server-for-hosting-service-providers
 * Returns null when no mapping matches (the handshake fails).
 */
export function selectCertificate(mappings: Mapping[], conn: { sni?: string; address: string; port?: number }): string | null {
  const port = conn.port ?? 443;
  const ip = conn.address.includes(':') ? `[${conn.address}]` : conn.address;
  const find = (kind: Mapping['kind'], key: string) => mappings.find((m) => m.kind === kind && m.key.toLowerCase() === key.toLowerCase());
  const exactIp = find('ipport', `${ip}:${port}`);
  if (exactIp) return exactIp.certhash;
  if (conn.sni) {
    const exactHost = find('hostnameport', `${conn.sni}:${port}`);
    if (exactHost) return exactHost.certhash;
    const dot = conn.sni.indexOf('.');
    const wild = dot > 0 ? find('hostnameport', `*${conn.sni.slice(dot)}:${port}`) : undefined;
    if (wild) return wild.certhash;
  }
  if (find('ccs', String(port))) return 'ccs';
  return find('ipport', `${conn.address.includes(':') ? '[::]' : '0.0.0.0'}:${port}`)?.certhash ?? null;
}

// ---- building the IIS stand-in ----------------------------------------------------------------

let built: string | undefined;

/** Builds mwa/ with the .NET SDK once per source version (cached under .tools/cache); the DLL's folder. */
export function buildIisModel(dotnet: string): string {
  if (built) return built;
  const sources = ['Microsoft.Web.Administration.csproj', 'ServerManager.cs'];
  const hash = createHash('sha256');
  for (const s of sources) hash.update(fs.readFileSync(path.join(HERE, 'mwa', s)));
  const out = path.join(ROOT, '.tools', 'cache', `windows-model-${hash.digest('hex').slice(0, 16)}`);
  const dll = path.join(out, 'Microsoft.Web.Administration.dll');
  if (!fs.existsSync(dll)) {
    // several test files may build at once: build in a private folder, then rename into place
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-mwa-'));
    for (const s of sources) fs.copyFileSync(path.join(HERE, 'mwa', s), path.join(work, s));
    const r = spawnSync(dotnet, ['build', '-c', 'Release', '-o', path.join(work, 'out'), '-nologo', '-v', 'q'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
    });
    if (r.status !== 0) throw new Error(`dotnet build of the IIS model failed:\n${r.stdout}\n${r.stderr}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    try {
      fs.renameSync(path.join(work, 'out'), out);
    } catch (err) {
      if (!fs.existsSync(dll)) throw err;
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
  built = out;
  return out;
}

// ---- one machine --------------------------------------------------------------------------------

export interface RoleInstance {
  id: string;
  emulated?: boolean;
  /** endpoint name -> the instance's address for it */
  endpoints?: Record<string, string>;
}

export interface TaskRun {
  code: number;
  /** what this run appended to the log the .cmd writes (%ProgramData%\sni-ready\sni-bindings.log) */
  log: string;
}

export class WindowsMachine {
  readonly dir: string;
  readonly home: string;
  readonly programData: string;
  private readonly windir: string;
  private readonly bin: string;

  constructor(
    readonly pwsh: string,
    private readonly iisModelDir: string,
  ) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-windows-'));
    this.home = path.join(this.dir, 'home');
    this.programData = path.join(this.dir, 'ProgramData');
    this.windir = path.join(this.dir, 'Windows');
    this.bin = path.join(this.dir, 'bin');
    fs.mkdirSync(path.join(this.windir, 'System32'), { recursive: true });
    fs.symlinkSync(iisModelDir, this.inetsrv);
    fs.mkdirSync(this.storeDir, { recursive: true });
    fs.mkdirSync(this.programData, { recursive: true });
    fs.mkdirSync(this.bin, { recursive: true });
    const netsh = path.join(this.bin, 'netsh.exe');
    fs.writeFileSync(netsh, `#!/bin/sh\nexec '${process.execPath}' '${path.join(HERE, 'netsh.mjs')}' "$@"\n`);
    fs.chmodSync(netsh, 0o755);
    this.setIis({ sites: [] });
    this.setMappings([]);
  }

  get storeDir(): string {
    return this.storeOf('my');
  }

  private storeOf(name: 'my' | 'root' | 'ca'): string {
    return path.join(this.home, '.dotnet', 'corefx', 'cryptography', 'x509stores', name);
  }

  /** Makes the machine trust this root (LocalMachine\Root on Windows). */
  trustRoot(certPem: string): void {
    this.addTo('root', certPem);
  }

  /** Puts an intermediate where chain building finds it (LocalMachine\CA on Windows). */
  addIntermediate(certPem: string): void {
    this.addTo('ca', certPem);
  }

  private addTo(store: 'root' | 'ca', certPem: string): void {
    const dir = this.storeOf(store);
    fs.mkdirSync(dir, { recursive: true });
    const t = new X509Certificate(fs.readFileSync(certPem)).fingerprint.replace(/:/g, '').toUpperCase();
    openssl(['pkcs12', '-export', '-nokeys', '-in', certPem, '-passout', 'pass:', '-out', path.join(dir, `${t}.pfx`)]);
  }

  // -- Microsoft.Web.Administration.dll (absent until IIS is installed) --
  private get inetsrv(): string {
    return path.join(this.windir, 'System32', 'inetsrv');
  }

  /** IIS not installed yet: %windir%\System32\inetsrv holds no Microsoft.Web.Administration.dll. */
  removeMwa(): void {
    // inetsrv is a symlink to the model's folder: unlink it (Node 24's rmSync follows it to the directory and refuses)
    if (fs.lstatSync(this.inetsrv, { throwIfNoEntry: false })) fs.unlinkSync(this.inetsrv);
  }

  installMwa(): void {
    if (!fs.existsSync(this.inetsrv)) fs.symlinkSync(this.iisModelDir, this.inetsrv);
  }

  /** What the IIS stand-in did (iis.log): reads refused, bindings added and how, commits. */
  iisLog(): string[] {
    const f = path.join(this.dir, 'iis.log');
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : [];
  }

  // -- certificate store (LocalMachine\My on Windows) --
  /** Puts a certificate (PEM) into the store, with its key (PEM) unless `key` is null; its thumbprint. */
  addCertificate(certPem: string, key: string | null): string {
    const t = new X509Certificate(fs.readFileSync(certPem)).fingerprint.replace(/:/g, '').toUpperCase();
    const args = ['pkcs12', '-export', '-in', certPem, '-passout', 'pass:', '-out', path.join(this.storeDir, `${t}.pfx`)];
    openssl(key ? [...args, '-inkey', key] : [...args, '-nokeys']);
    return t;
  }

  removeCertificate(thumbprint: string): void {
    fs.rmSync(path.join(this.storeDir, `${thumbprint}.pfx`));
  }

  storeThumbprints(): string[] {
    return fs.readdirSync(this.storeDir).map((f) => f.replace(/\.pfx$/, ''));
  }

  // -- IIS --
  setIis(state: IisState): void {
    fs.writeFileSync(path.join(this.dir, 'iis.json'), JSON.stringify({ version: 0, reads: 0, conflicts: 0, events: [], ...state }, null, 2));
  }

  iis(): IisState {
    return JSON.parse(fs.readFileSync(path.join(this.dir, 'iis.json'), 'utf8')) as IisState;
  }

  updateIis(change: (s: IisState) => void): void {
    const s = this.iis();
    change(s);
    fs.writeFileSync(path.join(this.dir, 'iis.json'), JSON.stringify(s, null, 2));
  }

  site(name: string): IisSite | undefined {
    return this.iis().sites.find((s) => s.name === name);
  }

  // -- HTTP.sys --
  setMappings(mappings: Mapping[]): void {
    fs.writeFileSync(path.join(this.dir, 'httpsys.json'), JSON.stringify({ mappings }, null, 2));
  }

  mappings(): Mapping[] {
    return (JSON.parse(fs.readFileSync(path.join(this.dir, 'httpsys.json'), 'utf8')) as { mappings: Mapping[] }).mappings;
  }

  served(conn: { sni?: string; address: string; port?: number }): string | null {
    return selectCertificate(this.mappings(), conn);
  }

  /** The changes netsh made (add/delete lines), in order. */
  netshLog(): string[] {
    const f = path.join(this.dir, 'netsh.log');
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : [];
  }

  /** Everything the machine holds that a run could change. */
  snapshot(): string {
    const read = (f: string) => (fs.existsSync(path.join(this.dir, f)) ? fs.readFileSync(path.join(this.dir, f), 'utf8') : '');
    return JSON.stringify({ sites: this.iis().sites, httpsys: read('httpsys.json'), store: this.storeThumbprints().sort() });
  }

  logFile(): string {
    return path.join(this.programData, 'sni-ready', 'sni-bindings.log');
  }

  /** The environment every process of this machine gets: netsh on PATH, the store under HOME, %windir%. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      PATH: `${this.bin}${path.delimiter}${process.env.PATH ?? ''}`,
      HOME: this.home,
      windir: this.windir,
      SystemRoot: this.windir,
      ProgramData: this.programData,
      SNI_MODEL_DIR: this.dir,
      SniReadyTestCertStore: 'CurrentUser',
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      POWERSHELL_TELEMETRY_OPTOUT: '1',
      POWERSHELL_UPDATECHECK: 'Off',
      ...extra,
    };
  }

  /** Runs pwsh with these arguments on this machine. */
  pwshRun(args: string[], extra: Record<string, string> = {}): { code: number; out: string } {
    const r = spawnSync(this.pwsh, ['-NoProfile', '-NonInteractive', ...args], { env: this.env(extra), encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    return { code: r.status ?? 1, out: (r.stdout ?? '') + (r.stderr ?? '') };
  }

  /**
   * Runs the startup task as the role does: `commandLine` of the csdef task, relative to approot\bin,
   * with the task's environment variables resolved for `instance`. Only sni-bindings.cmd's own
   * shape is understood: any other line fails the run.
   */
  runTask(approotBin: string, commandLine: string, variables: Record<string, string>, instance: RoleInstance, extraEnv: Record<string, string> = {}): TaskRun {
    const cmdFile = path.join(approotBin, ...commandLine.split('\\'));
    const cmdDir = path.dirname(cmdFile) + path.sep;
    const env = this.env(extraEnv);
    for (const [name, xpath] of Object.entries(variables)) {
      const v = resolveXpath(xpath, instance);
      if (v !== undefined) env[name] = v;
    }
    const expand = (s: string) =>
      s
        .replace(/%~dp0/g, cmdDir)
        .replace(/%(\w+)%/g, (m, name: string) => env[Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase()) ?? ''] ?? m);
    const toLinux = (p: string) => p.replace(/\\/g, '/').replace(/\/+/g, '/');
    const logBefore = fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').length : 0;
    const text = fs.readFileSync(cmdFile, 'utf8');
    if (!text.endsWith('\r\n')) throw new Error('sni-bindings.cmd: not CRLF');
    let code = 0;
    for (const line of text.split('\r\n').filter(Boolean)) {
      if (line === '@echo off' || line === 'setlocal' || line.startsWith('REM ')) continue;
      let m = /^if not exist "([^"]+)" mkdir "([^"]+)"$/.exec(line);
      if (m && m[1] === m[2]) {
        fs.mkdirSync(toLinux(expand(m[1]!)), { recursive: true });
        continue;
      }
      if (line === 'exit /b %ERRORLEVEL%') break;
      m = /^"%SystemRoot%\\System32\\WindowsPowerShell\\v1\.0\\powershell\.exe" (.*?)(?: >>"([^"]+)" 2>&1)?$/.exec(line);
      if (!m) throw new Error(`sni-bindings.cmd: a line the model does not know: ${line}`);
      const args = [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => (a[1] !== undefined ? toLinux(expand(a[1])) : a[2]!));
      const r = spawnSync(this.pwsh, args, { env, encoding: 'utf8', timeout: 120_000 });
      if (r.error) throw r.error;
      const out = (r.stdout ?? '') + (r.stderr ?? '');
      if (m[2]) fs.appendFileSync(toLinux(expand(m[2])), out);
      else process.stdout.write(out);
      code = r.status ?? 1;
    }
    const log = fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').slice(logBefore) : '';
    return { code, log };
  }

  /**
   * Runs a PowerShell script as a scheduled task would (`powershell.exe -NoProfile -NonInteractive
   * -ExecutionPolicy Bypass -File SCRIPT ARGS`), here with pwsh, asynchronously; `during` is called
   * once when the log file (logFile()) first matches `when`, while the script still runs, to change
   * the machine under it (IIS being installed). The log is what this run appended to logFile().
   */
  runTaskScript(
    script: string,
    args: string[],
    extra: Record<string, string> = {},
    during?: { when: RegExp; then: () => void },
  ): Promise<TaskRun & { out: string }> {
    const before = fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').length : 0;
    const appended = () => (fs.existsSync(this.logFile()) ? fs.readFileSync(this.logFile(), 'utf8').slice(before) : '');
    return new Promise((resolve, reject) => {
      const child = spawn(this.pwsh, ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script, ...args], {
        env: this.env(extra),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      let pending = during;
      const watch = setInterval(() => {
        if (pending && pending.when.test(appended())) {
          const act = pending;
          pending = undefined;
          act.then();
        }
      }, 50);
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', (err) => {
        clearInterval(watch);
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code) => {
        clearInterval(watch);
        clearTimeout(timer);
        resolve({ code: code ?? 1, log: appended(), out });
      });
    });
  }

  dispose(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The RoleInstanceValue xpaths the startup task uses (cloud-services-role-config-xpath), for `instance`. */
export function resolveXpath(xpath: string, instance: RoleInstance): string | undefined {
  if (xpath === '/RoleEnvironment/CurrentInstance/@id') return instance.id;
  if (xpath === '/RoleEnvironment/Deployment/@emulated') return instance.emulated ? 'true' : 'false';
  const m = /^\/RoleEnvironment\/CurrentInstance\/Endpoints\/Endpoint\[@name='([^']+)'\]\/@address$/.exec(xpath);
  if (m) return instance.endpoints?.[m[1]!];
  throw new Error(`the model knows no RoleInstanceValue xpath ${xpath}`);
}
