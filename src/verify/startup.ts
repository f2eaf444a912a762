// The startup task that `patch` generates, made for a verify: patch runs on a private copy of the
// service package (or on a minimal one-role package when none is given), and the bindings its data
// file names become what the verify server serves. So the verify proves the generated task's data
// (host → thumbprint, fallback), not only the certificates.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inputRef } from '../door.js';
import { chooseRole, isServiceFile, readServiceFile } from '../service/model.js';
import { STARTUP_CMD, STARTUP_DATA, parseStartupData, type StartupData } from '../service/startup.js';
import { thumbprint } from '../tls/probe.js';
import { InputError, type Finding, type Inputs, type LoadedSite, type Logger } from '../types.js';
import type { BindingPlan, PlannedBinding } from './plan.js';
import { distinctServed } from './server.js';

export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export interface GeneratedStartup {
  /** approot\bin\sni-ready of the emulated role */
  startupDir: string;
  startupCmd: string;
  data: StartupData;
  roleName: string;
}

export function writePrivate(file: string, data: string | Buffer): void {
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
 * Runs `patch` on a copy of the service package inside `dir` (private) and returns the generated
 * startup task; findings instead when patch cannot generate it. The user's files are never touched.
 */
export async function generateStartupTask(
  inputs: Inputs,
  sites: LoadedSite[],
  dir: string,
  log: Logger,
): Promise<GeneratedStartup | { findings: Finding[]; notes: string[] }> {
  const serviceDir = path.join(dir, 'service');
  fs.mkdirSync(serviceDir, { recursive: true, mode: 0o700 });
  let definition: string;
  let configurations: string[];
  /** private copy → the user's file, so findings point at the user's files */
  const originals = new Map<string, string>();
  if (inputs.serviceDefinition) {
    definition = path.join(serviceDir, path.basename(inputs.serviceDefinition));
    fs.copyFileSync(inputs.serviceDefinition, definition);
    originals.set(definition, inputs.serviceDefinition);
    configurations = inputs.serviceConfigurations.map((f, i) => {
      // one folder per cscfg keeps its own name, which findings quote
      const copy = path.join(serviceDir, String(i), path.basename(f));
      fs.mkdirSync(path.dirname(copy), { mode: 0o700 });
      fs.copyFileSync(f, copy);
      originals.set(copy, f);
      return copy;
    });
  } else {
    const role = inputs.role ?? 'WebRole1';
    if (!SAFE_NAME.test(role)) throw new InputError(`Invalid role name '${role}' in ${inputRef(inputs.door, 'role')}`);
    ({ definition, configurations } = writeMinimalService(serviceDir, role));
  }
  // approot\bin of the emulated role: the startup task's commandLine is relative to it.
  const startupDir = path.join(dir, 'approot', 'bin', 'sni-ready');
  const { patchService } = await import('../service/patch.js');
  const patchLog: Logger = { info: (l) => log.info(`verify: patch (private copy): ${l}`), warn: (l) => log.warn(`verify: patch (private copy): ${l}`) };
  // patch writes upload-ready PFX files beside each certificate file: point those into `dir` too,
  // so a verify writes nothing outside its private directory.
  const privateSites = sites.map((site, i) => {
    const folder = path.join(dir, 'sites', String(i));
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return { ...site, spec: { ...site.spec, path: path.join(folder, path.basename(site.spec.path)) } };
  });
  const patched = await patchService(
    { ...inputs, command: 'patch', serviceDefinition: definition, serviceConfigurations: configurations, startupDir, dryRun: false },
    privateSites,
    patchLog,
  );
  const dataFile = path.join(startupDir, STARTUP_DATA);
  const data = fs.existsSync(dataFile) ? parseStartupData(fs.readFileSync(dataFile, 'utf8')) : null;
  const def = readServiceFile(definition, 'definition', inputs.door);
  const role = isServiceFile(def) ? chooseRole(def, inputs.role, inputs.door) : def;
  if (!data || !fs.existsSync(path.join(startupDir, STARTUP_CMD)) || !('el' in role)) {
    const findings = patched.findings
      .filter((f) => f.severity === 'error')
      .map((f) => (f.file && originals.has(f.file) ? { ...f, file: originals.get(f.file) } : f));
    if (!('el' in role) && !findings.includes(role)) findings.push(role);
    return {
      findings,
      notes: [
        'verify: stopped before starting a server, because patch could not generate the startup task for this package (see findings).',
        ...(patched.notes ?? []),
      ],
    };
  }
  if (!SAFE_NAME.test(role.name) || !SAFE_NAME.test(data.siteName)) {
    throw new InputError(`The role '${role.name}' or site '${data.siteName}' name cannot be used as an IIS site name`);
  }
  log.info(`verify: patch generated the startup task in ${startupDir} (role ${role.name}, site ${data.siteName}, ${data.bindings.length} binding(s))`);
  return { startupDir, startupCmd: path.join(startupDir, STARTUP_CMD), data, roleName: role.name };
}

/**
 * The plan a server should serve when it does what the startup task's data file says: each host
 * with the certificate of the thumbprint the data names, the data's fallback for clients without
 * SNI. A host the data leaves out, or binds to a thumbprint no `sites` certificate has, is not
 * served (the probe then shows what the role would really do).
 */
export function planFromStartupData(plan: BindingPlan, data: StartupData): { served: BindingPlan; notes: string[] } {
  const certs = distinctServed(plan.bindings);
  const byThumbprint = (t: string) => certs.find((c) => thumbprint(c.leaf) === t.toUpperCase());
  const notes: string[] = [];
  const bindings: PlannedBinding[] = [];
  for (const d of data.bindings) {
    const planned = plan.bindings.find((b) => b.host === d.host);
    const serve = byThumbprint(d.thumbprint);
    if (!planned || !serve) {
      notes.push(
        `verify: the startup task's data binds ${d.host} to ${d.thumbprint}, which ${planned ? 'no certificate of sites has' : 'is not a host of sites'}; not served.`,
      );
      continue;
    }
    bindings.push({ ...planned, serve });
  }
  for (const b of plan.bindings) {
    if (!data.bindings.some((d) => d.host === b.host)) notes.push(`verify: the startup task's data has no binding for ${b.host}.`);
  }
  let fallback: PlannedBinding | null = null;
  if (data.fallback) {
    const serve = byThumbprint(data.fallback.thumbprint);
    fallback = bindings.find((b) => b.host === data.fallback!.host && b.serve === serve) ?? (serve ? (bindings.find((b) => b.serve === serve) ?? null) : null);
  }
  return { served: { bindings, fallback, anchors: plan.anchors }, notes };
}
