// `server: iis` (Windows, administrator): the proof on real IIS. It reproduces a freshly
// provisioned Cloud Service web role instance (iis-setup.ps1: IIS, certificates in My and CA, the
// role's site with the fabric's IP-specific :443 mapping that overrides SNI), runs the startup
// task that `patch` generates exactly as the role would (its .cmd, with the role instance id in
// the environment), probes every host, and removes what it created (iis-cleanup.ps1).
//
// Roots of the chains are trusted in LocalMachine\Root for the run (on Azure they are public
// roots the machine already trusts); every one the run added is removed again.
//
// Every value reaches PowerShell through a JSON data file in a private temporary directory; the
// PFX passwords (random per run, never the user's) through environment variables it names.
import { randomBytes, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { assetPath } from '../assets.js';
import { buildLegacyPkcs12 } from '../certs/pkcs12.js';
import { finding } from '../rules.js';
import { chooseRole, isServiceFile, readServiceFile } from '../service/model.js';
import { INSTANCE_ID_VARIABLE, STARTUP_CMD, STARTUP_DATA, parseStartupData } from '../service/startup.js';
import { thumbprint } from '../tls/probe.js';
import { InputError, type EndpointReport, type Finding, type Inputs, type LoadedSite, type Logger } from '../types.js';
import { probePlan } from './judge.js';
import { isSelfSigned, type BindingPlan } from './plan.js';
import type { VerifyResult } from './run.js';
import { distinctServed } from './server.js';

/** The appid the reproduced fabric mapping is registered with (any fixed GUID works). */
export const FABRIC_APP_ID = '{0f6b3c52-7d0e-4a8e-9c1f-5b2d7e4a9c30}';
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export interface IisVerifyData {
  version: 1;
  /** the IIS site the fabric would create: `<RoleInstanceId>_<csdef Site name>` */
  siteName: string;
  physicalPath: string;
  /** the instance's IPv4 address, where the fabric binds the endpoints */
  address: string;
  httpPort: number;
  appId: string;
  /** the certificate of the fabric's IP-specific :443 mapping */
  fabricThumbprint: string;
  /** where iis-setup.ps1 records what it created, for iis-cleanup.ps1 */
  stateFile: string;
  certificates: { pfx: string; passwordEnv: string; thumbprint: string }[];
  intermediates: { file: string; thumbprint: string }[];
  /**
   * the roots of the served chains, for LocalMachine\Root: on Azure the roots are public CAs the
   * machine already trusts; Schannel sends the intermediates only of a chain it can build
   */
  roots: { file: string; thumbprint: string }[];
  hosts: string[];
}

export interface IisPrepared {
  dataFile: string;
  data: IisVerifyData;
  /** PFX password variables for the PowerShell process (never logged) */
  secrets: Record<string, string>;
  /** the generated startup task launcher and the environment the role gives it */
  startupCmd: string;
  startupEnv: Record<string, string>;
  instanceId: string;
}

/** The instance's first non-internal IPv4 address (the "DIP" the fabric binds), else loopback. */
export function instanceAddress(): string {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return '127.0.0.1';
}

function writePrivate(file: string, data: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
}

/** A minimal service package with one web role, for a verify without `service-definition`. */
function writeMinimalService(dir: string, role: string): { definition: string; configurations: string[] } {
  const definition = path.join(dir, 'ServiceDefinition.csdef');
  const configuration = path.join(dir, 'ServiceConfiguration.Cloud.cscfg');
  writePrivate(
    definition,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<ServiceDefinition name="SniReadyVerify" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">',
      `  <WebRole name="${role}" vmsize="Standard_D1_v2">`,
      '    <Sites>',
      '      <Site name="Web">',
      '        <Bindings>',
      '          <Binding name="Endpoint1" endpointName="Endpoint1" />',
      '        </Bindings>',
      '      </Site>',
      '    </Sites>',
      '    <Endpoints>',
      '      <InputEndpoint name="Endpoint1" protocol="http" port="80" />',
      '    </Endpoints>',
      '  </WebRole>',
      '</ServiceDefinition>',
      '',
    ].join('\r\n'),
  );
  writePrivate(
    configuration,
    [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<ServiceConfiguration serviceName="SniReadyVerify" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="7" osVersion="*">',
      `  <Role name="${role}">`,
      '    <Instances count="1" />',
      '  </Role>',
      '</ServiceConfiguration>',
      '',
    ].join('\r\n'),
  );
  return { definition, configurations: [configuration] };
}

/**
 * Everything the IIS run needs, written into `dir` (private): the startup files generated by
 * `patch` on a copy of the service package, one PFX per certificate (leaf and key, 3DES, a random
 * password), one .cer per intermediate, and the data file. Returns findings instead when the
 * startup files cannot be generated. Runs on any OS, so it is tested on Linux.
 */
export async function prepareIisRun(
  inputs: Inputs,
  sites: LoadedSite[],
  plan: BindingPlan,
  dir: string,
  log: Logger,
): Promise<IisPrepared | { findings: Finding[]; notes: string[] }> {
  // 1. The startup task, generated by patch on a copy of the package (the user's files stay as they are).
  const serviceDir = path.join(dir, 'service');
  fs.mkdirSync(serviceDir, { recursive: true, mode: 0o700 });
  let definition: string;
  let configurations: string[];
  if (inputs.serviceDefinition) {
    definition = path.join(serviceDir, path.basename(inputs.serviceDefinition));
    fs.copyFileSync(inputs.serviceDefinition, definition);
    configurations = inputs.serviceConfigurations.map((f, i) => {
      const copy = path.join(serviceDir, `${i}-${path.basename(f)}`);
      fs.copyFileSync(f, copy);
      return copy;
    });
  } else {
    const role = inputs.role ?? 'WebRole1';
    if (!SAFE_NAME.test(role)) throw new InputError(`Invalid role name '${role}' in input 'role'`);
    ({ definition, configurations } = writeMinimalService(serviceDir, role));
  }
  // approot\bin of the emulated role: the startup task's commandLine is relative to it.
  const approotBin = path.join(dir, 'approot', 'bin');
  const startupDir = path.join(approotBin, 'sni-ready');
  const { patchService } = await import('../service/patch.js');
  const patched = await patchService(
    { ...inputs, command: 'patch', serviceDefinition: definition, serviceConfigurations: configurations, startupDir, dryRun: false },
    sites,
    log,
  );
  const startupData = fs.existsSync(path.join(startupDir, STARTUP_DATA))
    ? parseStartupData(fs.readFileSync(path.join(startupDir, STARTUP_DATA), 'utf8'))
    : null;
  const def = readServiceFile(definition, 'definition');
  const role = isServiceFile(def) ? chooseRole(def, inputs.role) : def;
  if (!startupData || !fs.existsSync(path.join(startupDir, STARTUP_CMD)) || !('el' in role)) {
    const findings = patched.findings.filter((f) => f.severity === 'error');
    if (!('el' in role)) findings.push(role);
    return {
      findings,
      notes: [
        'verify: stopped before touching IIS, because patch could not generate the startup task for this package (see findings).',
        ...(patched.notes ?? []),
      ],
    };
  }
  if (!SAFE_NAME.test(role.name) || !SAFE_NAME.test(startupData.siteName)) {
    throw new InputError(`The role '${role.name}' or site '${startupData.siteName}' name cannot be used as an IIS site name`);
  }
  const instanceId = `${role.name}_IN_0`;
  log.info(`verify: iis: patch generated the startup task in ${startupDir} (role ${role.name}, site ${startupData.siteName})`);

  // 2. Certificates as the fabric installs them: leaf + key into My, intermediates into CA.
  const secrets: Record<string, string> = {};
  const certificates = distinctServed(plan.bindings).map((serve, i) => {
    const passwordEnv = `SNI_READY_VERIFY_PFX_${i}`;
    const password = randomBytes(24).toString('base64url');
    secrets[passwordEnv] = password;
    const pfx = path.join(dir, 'certs', `leaf-${i}.pfx`);
    writePrivate(pfx, buildLegacyPkcs12({ keyDer: serve.key.export({ type: 'pkcs8', format: 'der' }), certificates: [Buffer.from(serve.leaf.raw)], password }));
    return { pfx, passwordEnv, thumbprint: thumbprint(serve.leaf) };
  });
  const intermediates: IisVerifyData['intermediates'] = [];
  for (const serve of distinctServed(plan.bindings)) {
    for (const c of serve.chain) {
      const t = thumbprint(c);
      if (intermediates.some((x) => x.thumbprint === t)) continue;
      const file = path.join(dir, 'certs', `ca-${intermediates.length}.cer`);
      writePrivate(file, Buffer.from(c.raw));
      intermediates.push({ file, thumbprint: t });
    }
  }

  const roots: IisVerifyData['roots'] = [];
  for (const b of plan.bindings) {
    for (const c of b.site.chain.filter(isSelfSigned)) {
      const t = thumbprint(c);
      if (roots.some((x) => x.thumbprint === t)) continue;
      const file = path.join(dir, 'certs', `root-${roots.length}.cer`);
      writePrivate(file, Buffer.from(c.raw));
      roots.push({ file, thumbprint: t });
    }
  }

  // 3. The data file for iis-setup.ps1 / iis-cleanup.ps1.
  const data: IisVerifyData = {
    version: 1,
    siteName: `${instanceId}_${startupData.siteName}`,
    physicalPath: path.join(dir, 'site'),
    address: instanceAddress(),
    httpPort: 80,
    appId: FABRIC_APP_ID,
    fabricThumbprint: plan.fallback?.thumbprint ?? plan.bindings[0]!.thumbprint,
    stateFile: path.join(dir, 'iis-state.json'),
    certificates,
    intermediates,
    roots,
    hosts: plan.bindings.map((b) => b.host),
  };
  const dataFile = path.join(dir, 'verify-iis.json');
  writePrivate(dataFile, JSON.stringify(data, null, 2) + '\n');
  return {
    dataFile,
    data,
    secrets,
    startupCmd: path.join(startupDir, STARTUP_CMD),
    startupEnv: { [INSTANCE_ID_VARIABLE]: instanceId },
    instanceId,
  };
}

/** The powershell.exe arguments for one of our scripts (the data file is its only parameter). */
export function powershellArgs(script: string, dataFile: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script, '-DataFile', dataFile];
}

function baseEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, ...extra };
}

async function run(
  tool: string,
  args: string[],
  extraEnv: Record<string, string>,
  log: Logger,
  label: string,
  cwd?: string,
): Promise<{ code: number; lines: string[] }> {
  const { exec } = await import('@actions/exec');
  const lines: string[] = [];
  const onLine = (line: string): void => {
    if (lines.length < 2000) lines.push(line);
    log.info(`verify: iis: ${label}: ${line}`);
  };
  const code = await exec(tool, args, { env: baseEnv(extraEnv), cwd, silent: true, ignoreReturnCode: true, listeners: { stdline: onLine, errline: onLine } });
  return { code, lines };
}

export async function runIisVerify(inputs: Inputs, sites: LoadedSite[], plan: BindingPlan, log: Logger): Promise<VerifyResult> {
  if (process.platform !== 'win32')
    throw new InputError("server 'iis' needs Windows with administrator rights (for example a windows-latest runner); on Linux use server: nginx or node");
  const started = performance.now();
  let t = started;
  const step = (what: string): void => {
    const now = performance.now();
    log.info(`verify: iis: ${what} (${Math.round(now - t)} ms)`);
    t = now;
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sni-ready-iis-${randomUUID().slice(0, 8)}-`));
  const powershell = path.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
  let setupStarted = false;
  let prepared: IisPrepared | undefined;
  const notes: string[] = [];
  try {
    const p = await prepareIisRun(inputs, sites, plan, dir, log);
    if (!('dataFile' in p)) return { endpoints: [], findings: p.findings, notes: p.notes };
    prepared = p;
    step(`wrote the startup task, ${p.data.certificates.length} PFX, ${p.data.intermediates.length} intermediate(s) and the data file in ${dir}`);

    setupStarted = true;
    const setup = await run(powershell, powershellArgs(assetPath('verify/iis-setup.ps1'), p.dataFile), p.secrets, log, 'setup');
    if (setup.code !== 0) throw new Error(`Setting up IIS failed (iis-setup.ps1 exit ${setup.code}): ${setup.lines.slice(-3).join(' | ')}`);
    step(`IIS has site ${p.data.siteName} with the fabric's IP-specific mapping ${p.data.address}:443`);

    // Before the startup task: what the fabric's mapping does to SNI (the problem, measured).
    const before = await probePlan(plan, { address: p.data.address, port: 443 }, inputs);
    const wrongBefore = before.findings.filter((f) => f.rule === 'tls-wrong-certificate' || f.rule === 'tls-unreachable').length;
    notes.push(
      `verify: before the startup task, ${wrongBefore} of ${plan.bindings.length} host(s) at ${p.data.address}:443 did not get their own certificate (the fabric's IP-specific mapping).`,
    );
    step('probed the fabric state');

    // The startup task exactly as the role runs it: its .cmd from approot\bin, with the instance id.
    const task = await run(p.startupCmd, [], p.startupEnv, log, 'startup task', path.dirname(path.dirname(p.startupCmd)));
    step(`the startup task ${path.basename(p.startupCmd)} exited ${task.code}`);
    const findings: Finding[] = [];
    if (task.code !== 0) {
      findings.push(
        finding('config-sni-binding', `The generated startup task exited ${task.code} on IIS: ${task.lines.slice(-3).join(' | ')}`, {
          fix: 'Read the startup task log above (sni-bindings.log) and fix the cause; the role would not get its SNI bindings.',
        }),
      );
    }

    const endpoints: EndpointReport[] = [];
    for (const address of [...new Set(['127.0.0.1', p.data.address])]) {
      const judged = await probePlan(plan, { address, port: 443 }, inputs);
      endpoints.push(...judged.endpoints);
      findings.push(...judged.findings);
      notes.push(...judged.notes);
    }
    step(`probed ${plan.bindings.length} host(s) at 127.0.0.1:443 and ${p.data.address}:443`);
    notes.unshift(
      `verify: IIS with site ${p.data.siteName}; the generated startup task ran as instance ${p.instanceId}; whole run ${Math.round((performance.now() - started) / 1000)} s.`,
    );
    return { endpoints, findings, notes };
  } finally {
    if (setupStarted && prepared) {
      try {
        const cleanup = await run(powershell, powershellArgs(assetPath('verify/iis-cleanup.ps1'), prepared.dataFile), {}, log, 'cleanup');
        if (cleanup.code !== 0) log.warn(`verify: iis: cleanup did not finish (exit ${cleanup.code}); see the lines above`);
        else step('removed the site, mappings and imported certificates');
      } catch (err) {
        log.warn(`verify: iis: cleanup failed: ${(err as Error).message}`);
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
