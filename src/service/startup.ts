// The generated startup task: a .cmd launcher and a PowerShell script (shipped as files in
// src/powershell/startup/, copied verbatim) plus the JSON data file they read. Hostnames and
// thumbprints only ever reach Windows through that data file, never through generated code.
//
// Where the files go (`startup-dir`): by default `<csdef folder>/<RoleName>Content/bin/sni-ready/`.
// That is the cloud project's Role Content Folder for the role, which Visual Studio / MSBuild
// package into the role's APPROOT, so the files arrive in `approot\bin\sni-ready\`; the startup
// task's commandLine (relative to `approot\bin` for a web role) is `sni-ready\sni-bindings.cmd`.
// Any other `startup-dir` works when its folder reaches `approot\bin\<folder name>` (for example a
// folder of the web project with "Copy to Output Directory"); the commandLine always names
// `<folder name>\sni-bindings.cmd`.
import * as path from 'node:path';

export const STARTUP_CMD = 'sni-bindings.cmd';
export const STARTUP_PS1 = 'sni-bindings.ps1';
export const STARTUP_DATA = 'sni-bindings.json';
/** Environment variable through which the startup task receives the role instance id. */
export const INSTANCE_ID_VARIABLE = 'SniReadyRoleInstanceId';
export const INSTANCE_ID_XPATH = '/RoleEnvironment/CurrentInstance/@id';
/** "true" in the compute emulator, where the task must leave the developer's machine alone. */
export const EMULATED_VARIABLE = 'SniReadyEmulated';
export const EMULATED_XPATH = '/RoleEnvironment/Deployment/@emulated';
/** The instance's own address of the HTTPS endpoint: the only IP-specific mapping the task removes. */
export const ENDPOINT_ADDRESS_VARIABLE = 'SniReadyEndpointAddress';

const SAFE_ENDPOINT = /^[A-Za-z0-9_.-]{1,64}$/;

/**
 * The environment the csdef startup task declares, each a RoleInstanceValue xpath
 * (learn.microsoft.com azure/cloud-services/cloud-services-role-config-xpath). The endpoint
 * address is left out when there is no HTTPS endpoint or its name cannot sit in an xpath literal.
 */
export function startupTaskVariables(httpsEndpointName: string | undefined): [name: string, xpath: string][] {
  const vars: [string, string][] = [
    [INSTANCE_ID_VARIABLE, INSTANCE_ID_XPATH],
    [EMULATED_VARIABLE, EMULATED_XPATH],
  ];
  if (httpsEndpointName && SAFE_ENDPOINT.test(httpsEndpointName))
    vars.push([ENDPOINT_ADDRESS_VARIABLE, `/RoleEnvironment/CurrentInstance/Endpoints/Endpoint[@name='${httpsEndpointName}']/@address`]);
  return vars;
}

export interface StartupData {
  version: 1;
  /** the csdef `<Site name>`; IIS names the site `<RoleInstanceId>_<siteName>` */
  siteName: string;
  port: 443;
  bindings: { host: string; thumbprint: string }[];
  /** certificate for clients without SNI (`0.0.0.0:443`), or null */
  fallback: { host: string; thumbprint: string } | null;
}

const SAFE_FOLDER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

export function defaultStartupDir(definitionFile: string, roleName: string): string {
  const base = path.dirname(definitionFile);
  return SAFE_FOLDER.test(roleName) ? path.join(base, `${roleName}Content`, 'bin', 'sni-ready') : path.join(base, 'sni-ready');
}

/** The task's commandLine, or null when the folder name is not safe to put on a command line. */
export function startupCommandLine(startupDir: string): string | null {
  const folder = path.basename(startupDir);
  return SAFE_FOLDER.test(folder) && !/^\.+$/.test(folder) ? `${folder}\\${STARTUP_CMD}` : null;
}

export function renderStartupData(data: StartupData): string {
  return JSON.stringify(data, null, 2) + '\n';
}

/** Reads a data file's content leniently (for linting); null when it is not one of ours. */
export function parseStartupData(text: string): StartupData | null {
  try {
    const d = JSON.parse(text) as StartupData;
    if (d && d.version === 1 && Array.isArray(d.bindings) && typeof d.siteName === 'string') return d;
  } catch {
    /* not ours */
  }
  return null;
}
