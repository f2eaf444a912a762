// Inputs are parsed once, here, into a typed object. Every message names the input and the bad
// value. Nothing below this module reads action inputs or CLI flags.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { canonicalHost, isIpAddress } from './hosts.js';
import { InputError, type Command, type EndpointSpec, type FailOn, type Inputs, type ServerKind, type SiteSpec } from './types.js';

/** Reads one input by its action name ('' when unset). */
export type InputGetter = (name: string) => string;

export const INPUT_NAMES = [
  'command',
  'sites',
  'password',
  'service-definition',
  'service-configuration',
  'role',
  'os-family',
  'warn-days',
  'fail-days',
  'at',
  'trust',
  'endpoints',
  'endpoints-file',
  'expect',
  'startup-dir',
  'fallback',
  'dry-run',
  'server',
  'timeout',
  'concurrency',
  'shard',
  'reports',
  'fail-on',
  'report',
  'sarif',
  'issue',
  'github-token',
] as const;

const COMMANDS: Command[] = ['check', 'patch', 'verify', 'scan', 'merge'];

function lines(value: string): { text: string; line: number }[] {
  return value
    .split(/\r?\n/)
    .map((text, i) => ({ text: text.trim(), line: i + 1 }))
    .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}

function choice<T extends string>(name: string, value: string, allowed: readonly T[], def: T): T {
  const v = (value.trim() || def) as T;
  if (!allowed.includes(v)) throw new InputError(`Invalid value '${value}' for input '${name}': expected one of ${allowed.join(', ')}`);
  return v;
}

function integer(name: string, value: string, def: number, min: number, max: number): number {
  const v = value.trim();
  if (v === '') return def;
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(`Invalid value '${value}' for input '${name}': expected a whole number from ${min} to ${max}`);
  }
  return Number(v);
}

function bool(name: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new InputError(`Invalid value '${value}' for input '${name}': expected true or false`);
}

export function host(name: string, raw: string, line?: number): string {
  const h = canonicalHost(raw);
  if (!h)
    throw new InputError(
      `Invalid host '${raw}' in input '${name}'${line ? ` (line ${line})` : ''}: input-invalid — a hostname has letters, digits, hyphens and dots, optionally starting with '*.'`,
    );
  return h;
}

function filePath(name: string, raw: string, cwd: string, line?: number): string {
  // eslint-disable-next-line no-control-regex
  if (raw === '' || /[\x00-\x1f]/.test(raw)) throw new InputError(`Invalid path '${raw}' in input '${name}'${line ? ` (line ${line})` : ''}`);
  return path.resolve(cwd, raw);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses `HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]` lines. */
export function parseSites(value: string, password: string, env: NodeJS.ProcessEnv, cwd: string): SiteSpec[] {
  return lines(value).map(({ text, line }) => {
    const eq = text.indexOf('=');
    if (eq < 0) throw new InputError(`Invalid line ${line} of input 'sites': expected 'HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]'`);
    const hostPart = text.slice(0, eq).trim().split(/\s+/).filter(Boolean);
    if (hostPart.length === 0) throw new InputError(`Invalid line ${line} of input 'sites': no host before '='`);
    const hosts = [...new Set(hostPart.map((h) => host('sites', h, line)))];
    const words = text
      .slice(eq + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) throw new InputError(`Invalid line ${line} of input 'sites': no certificate path after '='`);
    const spec: SiteSpec = { hosts, path: filePath('sites', words[0]!, cwd, line), password, line };
    for (const w of words.slice(1)) {
      const m = /^(key|password-env)=(.+)$/.exec(w);
      if (!m) throw new InputError(`Invalid option '${w}' in input 'sites' (line ${line}): expected key=PATH or password-env=VAR`);
      if (m[1] === 'key') spec.keyPath = filePath('sites', m[2]!, cwd, line);
      else {
        if (!ENV_NAME.test(m[2]!)) throw new InputError(`Invalid variable name '${m[2]}' in input 'sites' (line ${line})`);
        spec.passwordEnv = m[2]!;
        const v = env[m[2]!];
        if (v === undefined) throw new InputError(`Environment variable '${m[2]}' named by password-env in input 'sites' (line ${line}) is not set`);
        spec.password = v;
      }
    }
    return spec;
  });
}

export function parseEndpoints(value: string, source = "input 'endpoints'"): EndpointSpec[] {
  return lines(value).map(({ text, line }) => {
    const m = /^(\S+?)(?::(\d{1,5}))?(?:\s+@(\S+))?$/.exec(text);
    if (!m) throw new InputError(`Invalid line ${line} of ${source}: expected 'HOST[:PORT] [@ADDRESS]', got '${text}'`);
    const port = m[2] ? Number(m[2]) : 443;
    if (port < 1 || port > 65535) throw new InputError(`Invalid port '${m[2]}' in ${source} (line ${line})`);
    const spec: EndpointSpec = { host: host('endpoints', m[1]!, line), port, line };
    if (spec.host.startsWith('*.')) throw new InputError(`Invalid host '${m[1]}' in ${source} (line ${line}): a wildcard cannot be probed`);
    if (m[3]) {
      const addr = m[3].replace(/^\[(.*)\]$/, '$1');
      if (!isIpAddress(addr) && !canonicalHost(addr)) throw new InputError(`Invalid address '${m[3]}' in ${source} (line ${line})`);
      spec.address = isIpAddress(addr) ? addr : canonicalHost(addr)!;
    }
    return spec;
  });
}

function parseExpect(value: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { text, line } of lines(value)) {
    const m = /^(\S+)\s*=\s*([0-9A-Fa-f:]+)$/.exec(text);
    const thumb = m?.[2]?.replace(/:/g, '').toUpperCase();
    if (!m || !thumb || thumb.length !== 40) throw new InputError(`Invalid line ${line} of input 'expect': expected 'HOST = SHA1-THUMBPRINT' (40 hex digits)`);
    map.set(host('expect', m[1]!, line), thumb);
  }
  return map;
}

/** `endpoints-file`: the same lines from a file, for lists too long for an input (environment variables are capped at 128 KiB). */
function readEndpointsFile(raw: string, cwd: string): EndpointSpec[] {
  if (!raw) return [];
  const file = filePath('endpoints-file', raw, cwd);
  let text: string;
  try {
    if (fs.statSync(file).size > 64 * 1024 * 1024) throw new InputError(`File '${raw}' of input 'endpoints-file' is over 64 MiB`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`Cannot read '${raw}' of input 'endpoints-file': ${(err as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  return parseEndpoints(text, `'${raw}' (input 'endpoints-file')`).map((e) => ({ ...e, file }));
}

export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Inputs {
  const command = choice('command', get('command'), COMMANDS, 'check');
  const password = get('password');
  const warnDays = integer('warn-days', get('warn-days'), 30, 0, 3650);
  const failDays = integer('fail-days', get('fail-days'), 7, 0, 3650);
  const atRaw = get('at').trim();
  const at = atRaw ? new Date(atRaw) : new Date();
  if (atRaw && (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atRaw)))
    throw new InputError(`Invalid value '${atRaw}' for input 'at': expected an ISO-8601 date or instant such as 2026-01-31T00:00:00Z`);

  const trustLines = lines(get('trust') || 'system').map((l) => l.text);
  const trustSystem = trustLines.includes('system');
  const trustFiles = trustLines.filter((t) => t !== 'system').map((t) => filePath('trust', t, cwd));

  const fallbackRaw = get('fallback').trim();
  const fallback = fallbackRaw === '' ? undefined : fallbackRaw === 'none' ? null : host('fallback', fallbackRaw);

  const shardRaw = get('shard').trim();
  let shard: Inputs['shard'];
  if (shardRaw) {
    const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
    if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
      throw new InputError(`Invalid value '${shardRaw}' for input 'shard': expected K/N with 1 ≤ K ≤ N, such as 2/4`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  const timeoutRaw = get('timeout').trim();
  const timeoutSec = timeoutRaw === '' ? 10 : Number(timeoutRaw);
  if (!Number.isFinite(timeoutSec) || timeoutSec <= 0 || timeoutSec > 600)
    throw new InputError(`Invalid value '${timeoutRaw}' for input 'timeout': expected seconds from 0 to 600`);

  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const sarif = get('sarif').trim();
  const sd = get('service-definition').trim();
  const inputs: Inputs = {
    command,
    sites: parseSites(get('sites'), password, env, cwd),
    serviceDefinition: sd ? filePath('service-definition', sd, cwd) : undefined,
    serviceConfigurations: lines(get('service-configuration')).map((l) => filePath('service-configuration', l.text, cwd, l.line)),
    role: get('role').trim() || undefined,
    osFamily: integer('os-family', get('os-family'), 5, 1, 99),
    warnDays,
    failDays,
    at,
    trustSystem,
    trustFiles,
    endpoints: [...parseEndpoints(get('endpoints')), ...readEndpointsFile(get('endpoints-file').trim(), cwd)],
    expect: parseExpect(get('expect')),
    startupDir: get('startup-dir').trim() || undefined,
    fallback,
    dryRun: bool('dry-run', get('dry-run')),
    server: choice<ServerKind>('server', get('server'), ['auto', 'iis', 'nginx', 'node'], 'auto'),
    timeoutMs: Math.round(timeoutSec * 1000),
    concurrency: integer('concurrency', get('concurrency'), 50, 1, 10000),
    shard,
    reports: lines(get('reports')).map((l) => l.text),
    failOn: choice<FailOn>('fail-on', get('fail-on'), ['error', 'warning', 'never'], 'error'),
    reportPath: filePath('report', get('report').trim() || path.join(runnerTemp, 'sni-ready-report.json'), cwd),
    sarifPath: sarif ? filePath('sarif', sarif, cwd) : undefined,
    issue: bool('issue', get('issue')),
    githubToken: get('github-token').trim() || undefined,
    cwd,
  };
  if (inputs.role !== undefined && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(inputs.role)) throw new InputError(`Invalid role name '${inputs.role}' in input 'role'`);
  if (inputs.startupDir !== undefined) inputs.startupDir = filePath('startup-dir', inputs.startupDir, cwd);
  return inputs;
}
