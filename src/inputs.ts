// Inputs are parsed once, here, into a typed object. Every message names the input and the bad
// value. Nothing below this module reads action inputs or CLI flags.
import * as fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import * as os from 'node:os';
import * as path from 'node:path';
import { isIP } from 'node:net';
import { capital, inputRef, inputSetting, nearest, pathHint, sitesLineRef, type Door } from './door.js';
import { canonicalHost, isIpAddress } from './hosts.js';
import { parseKeyVaultUrl, type KeyVaultRef } from './keyvault/ref.js';
import { parseKeyVaultSecretUrl } from './service/keyvault.js';
import { InputError, type Command, type EndpointSpec, type FailOn, type Inputs, type ServerKind, type SiteSpec, type Target } from './types.js';
import { DEFAULT_FAIL, DEFAULT_WARN, parseThreshold, type ExpiryThreshold } from './certs/thresholds.js';

/** An IP address as Windows' netsh prints it: IPv4 dotted, IPv6 lower-case and compressed. */
function canonicalIp(addr: string): string {
  if (isIP(addr) === 6) return new URL(`http://[${addr}]/`).hostname.slice(1, -1);
  return addr;
}

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
  'revocation',
  'concurrency',
  'shard',
  'reports',
  'fail-on',
  'report',
  'sarif',
  'issue',
  'github-token',
  'template',
  'template-parameters',
  'target',
  'iis-site',
  'bundle',
  'remove-ip-mappings',
  'keyvault-extension',
] as const;

export const COMMANDS: Command[] = ['check', 'patch', 'verify', 'scan', 'merge'];

/**
 * Inputs that mean something to some commands only. Given to another command they would be
 * ignored without a word, so they are refused with the sentence here (a green step must not hide
 * an input that did nothing).
 */
type Instead = Partial<Record<Command, (sites: string) => string>>;
const verifyProbesSites: Instead = { verify: (sites) => `verify serves and probes the hosts of ${sites} itself` };
const ONLY_FOR: Partial<Record<(typeof INPUT_NAMES)[number], { commands: Command[]; instead?: Instead }>> = {
  expect: {
    commands: ['scan'],
    instead: {
      verify: (sites) => `verify takes the expected certificate of each host from ${sites} (every host must be served the certificate of its line)`,
      check: (sites) => `check reads the certificates of ${sites} themselves`,
      patch: (sites) => `patch takes the thumbprints from the certificates of ${sites}`,
    },
  },
  endpoints: { commands: ['scan'], instead: verifyProbesSites },
  'endpoints-file': { commands: ['scan'], instead: verifyProbesSites },
  shard: { commands: ['scan'] },
  reports: { commands: ['merge'] },
  'dry-run': { commands: ['patch'], instead: { check: () => 'check never writes anything' } },
  issue: { commands: ['scan', 'merge'] },
  template: { commands: ['check', 'patch'] },
  'template-parameters': { commands: ['check', 'patch'] },
  target: { commands: ['patch', 'verify'] },
  'iis-site': { commands: ['patch'] },
  bundle: { commands: ['patch'] },
  'remove-ip-mappings': { commands: ['patch'] },
  'keyvault-extension': { commands: ['check'] },
  revocation: { commands: ['scan', 'check'] },
};

/** Inputs that only mean something with `target: iis` (patch writes them into the bundle). */
const IIS_ONLY = ['iis-site', 'bundle', 'remove-ip-mappings'] as const;
/** Inputs of the Cloud Service package, which `target: iis` has none of. */
const CLOUD_SERVICE_ONLY = ['service-definition', 'service-configuration', 'role', 'startup-dir', 'template', 'template-parameters'] as const;

/** An IIS site name: no control characters and none of the characters IIS refuses in one. */
// eslint-disable-next-line no-control-regex
const IIS_SITE_NAME = /^[^\x00-\x1f\x7f\\/?;:@&=+$,|"<>*]{1,259}$/;

/** Action inputs present in `env` (INPUT_* variables) that action.yml does not declare, each with the nearest real input. */
export function unknownActionInputs(env: NodeJS.ProcessEnv): { name: string; suggestion?: string }[] {
  const known = new Set(INPUT_NAMES.map((n) => `INPUT_${n.toUpperCase()}`));
  return Object.keys(env)
    .filter((k) => k.startsWith('INPUT_') && !known.has(k))
    .map((k) => {
      const name = k.slice('INPUT_'.length).toLowerCase();
      return { name, suggestion: nearest(name, INPUT_NAMES) };
    });
}

function lines(value: string): { text: string; line: number }[] {
  return value
    .split(/\r?\n/)
    .map((text, i) => ({ text: stripComment(text).trim(), line: i + 1 }))
    .filter((l) => l.text !== '');
}

/**
 * A line without its comment: `#` at the start of the line or after white space, outside quotes,
 * starts one (`www.a.com = a.pfx  # renewed in May`). A `#` inside a word (`c#1.pfx`) or in
 * quotes is text.
 */
export function stripComment(text: string): string {
  if (!text.includes('#')) return text;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) return text.slice(0, i);
  }
  return text;
}

/** Values people write for the three `fail-on` levels that are not one of them. */
const NEAR_MISSES: Record<string, string> = { none: 'never', off: 'never', false: 'never', no: 'never', errors: 'error', warn: 'warning', warnings: 'warning' };

// `what` below is an input named for the door in use: "input 'warn-days'" or "--warn-days".
/** One of `allowed`, in any letter case (`fail-on: Error`). */
function choice<T extends string>(what: string, value: string, allowed: readonly T[], def: T): T {
  const v = (value.trim().toLowerCase() || def) as T;
  if (!allowed.includes(v)) {
    const miss = NEAR_MISSES[v];
    const near = miss && allowed.includes(miss as T) ? miss : nearest(value.trim(), allowed);
    throw new InputError(`Invalid value '${value}' for ${what}: expected one of ${allowed.join(', ')}${near ? ` (did you mean '${near}'?)` : ''}`);
  }
  return v;
}

function integer(what: string, value: string, def: number, min: number, max: number): number {
  const v = value.trim();
  if (v === '') return def;
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new InputError(`Invalid value '${value}' for ${what}: expected a whole number from ${min} to ${max}`);
  }
  return Number(v);
}

function threshold(what: string, value: string, def: ExpiryThreshold): ExpiryThreshold {
  const t = parseThreshold(value, def);
  if (!t)
    throw new InputError(
      `Invalid value '${value}' for ${what}: expected whole days from 0 to 3650 (such as 30) or a share of the certificate's lifetime (such as 33%)`,
    );
  return t;
}

function bool(what: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  throw new InputError(`Invalid value '${value}' for ${what}: expected true or false`);
}

export function host(what: string, raw: string, line?: number): string {
  const h = canonicalHost(raw);
  if (!h)
    throw new InputError(
      `Invalid host '${raw}' in ${what}${line ? ` (line ${line})` : ''}: input-invalid — a hostname has letters, digits, hyphens and dots, optionally starting with '*.'`,
    );
  return h;
}

function filePath(what: string, raw: string, cwd: string, line?: number): string {
  // eslint-disable-next-line no-control-regex
  if (raw === '' || /[\x00-\x1f]/.test(raw)) throw new InputError(`Invalid path '${raw}' in ${what}${line ? ` (line ${line})` : ''}`);
  return path.resolve(cwd, raw);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses `HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]` lines. */
export function parseSites(value: string, password: string, env: NodeJS.ProcessEnv, cwd: string, door: Door = 'action'): SiteSpec[] {
  const sites = inputRef(door, 'sites');
  return lines(value).map(({ text, line }) => {
    const eq = text.indexOf('=');
    if (eq < 0) throw new InputError(`Invalid ${sitesLineRef(door, line)}: expected 'HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]'`);
    const hostPart = text.slice(0, eq).trim().split(/\s+/).filter(Boolean);
    if (hostPart.length === 0) throw new InputError(`Invalid ${sitesLineRef(door, line)}: no host before '='`);
    const hosts = [...new Set(hostPart.map((h) => host(sites, h, line)))];
    const words = splitWords(text.slice(eq + 1), sitesLineRef(door, line));
    if (words.length === 0) throw new InputError(`Invalid ${sitesLineRef(door, line)}: no certificate path after '='`);
    const keyVault = words[0]!.startsWith('keyvault:') ? keyVaultSource(words[0]!, sites, line, env) : undefined;
    const spec: SiteSpec = keyVault
      ? { hosts, path: words[0]!, password: '', line, door, keyVault }
      : { hosts, path: filePath(sites, words[0]!, cwd, line), password, line, door };
    for (const w of words.slice(1)) {
      if (keyVault && /^(key|password-env)=/.test(w))
        throw new InputError(
          `Invalid option '${w.split('=')[0]}=' in ${sites} (line ${line}): a Key Vault certificate carries its own key and has no password`,
        );
      const m = /^(key|password-env|keyvault)=(.+)$/.exec(w);
      if (!m) throw new InputError(`Invalid option '${w}' in ${sites} (line ${line}): expected key=PATH, password-env=VAR or keyvault=URL`);
      if (m[1] === 'key') spec.keyPath = filePath(sites, m[2]!, cwd, line);
      else if (m[1] === 'keyvault') {
        const ref = parseKeyVaultSecretUrl(m[2]!);
        const expected = 'expected the versionless secret URL https://VAULT.vault.azure.net/secrets/NAME';
        if (typeof ref === 'string') throw new InputError(`Invalid keyvault= URL in ${sites} (line ${line}): ${ref}; ${expected}`);
        if (ref.version)
          throw new InputError(
            `Invalid keyvault= URL in ${sites} (line ${line}): it pins version ${ref.version}, and the Key Vault VM extension 4.0 cannot pin one; ${expected}`,
          );
        if (ref.certificatesPath) throw new InputError(`Invalid keyvault= URL in ${sites} (line ${line}): /certificates/ carries no private key; ${expected}`);
        spec.keyVaultSecret = ref;
      } else {
        if (!ENV_NAME.test(m[2]!)) throw new InputError(`Invalid variable name '${m[2]}' in ${sites} (line ${line})`);
        spec.passwordEnv = m[2]!;
        const v = env[m[2]!];
        if (v === undefined) throw new InputError(`Environment variable '${m[2]}' named by password-env in ${sites} (line ${line}) is not set`);
        spec.password = v;
      }
    }
    // A Key Vault certificate's secret (the same name, versionless) is what the VM extension observes.
    if (keyVault && !spec.keyVaultSecret) {
      const secret = parseKeyVaultSecretUrl(`${keyVault.vaultUrl}/secrets/${keyVault.name}`);
      if (typeof secret !== 'string') spec.keyVaultSecret = secret;
    }
    return spec;
  });
}

/**
 * The words of a line, as a shell would split them for a path with spaces: "C:\My Certs\a.pfx" and
 * 'my certs/a.pfx' are one word each (backslashes in quotes are kept: Windows paths), `my\ certs`
 * outside quotes is one word too; quotes may start inside a word (key="my key.pem").
 */
export function splitWords(text: string, where: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && /\s/.test(text[i + 1] ?? '')) {
      word = (word ?? '') + text[++i];
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (quote) throw new InputError(`Invalid ${where}: the quote ${quote} is not closed`);
  if (word !== undefined) words.push(word);
  return words;
}

/** `keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]` as a certificate source. */
function keyVaultSource(word: string, what: string, line: number, env: NodeJS.ProcessEnv): KeyVaultRef {
  const ref = parseKeyVaultUrl(word.slice('keyvault:'.length), ['certificates', 'secrets'], env);
  if (!ref)
    throw new InputError(
      `Invalid Key Vault address '${word.slice(0, 300)}' in ${what} (line ${line}): expected keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]`,
    );
  return ref;
}

/** More endpoints than any scan can probe in a job: each one held costs about 100 bytes. */
const MAX_ENDPOINTS = 1_000_000;

export function parseEndpoints(value: string, source = "input 'endpoints'", what = source, file?: string): EndpointSpec[] {
  return collectEndpoints((fn) => eachLine(value, fn), source, what, file);
}

function collectEndpoints(each: (fn: (text: string, line: number) => void) => void, source: string, what: string, file: string | undefined): EndpointSpec[] {
  const out: EndpointSpec[] = [];
  // Line by line, straight into the result: a 64 MiB endpoints file must not be split, trimmed and
  // filtered into arrays of copies first (that took 13 times its size).
  each((text, line) => {
    if (out.length >= MAX_ENDPOINTS)
      throw new InputError(
        `${source} holds more than ${MAX_ENDPOINTS.toLocaleString('en-US')} endpoints (at line ${line}); split the list over several files and jobs`,
      );
    out.push(parseEndpoint(text, line, source, what, file));
  });
  return out;
}

/** Calls `fn` for each trimmed, non-empty, non-comment line, without building arrays of lines. */
function eachLine(value: string, fn: (text: string, line: number) => void): void {
  let line = 0;
  for (let start = 0; start <= value.length;) {
    let end = value.indexOf('\n', start);
    if (end < 0) end = value.length;
    line++;
    const text = stripComment(value.slice(start, end)).trim();
    if (text !== '') fn(text, line);
    start = end + 1;
  }
}

/** The longest endpoints line read from a file; a longer one is refused before it is joined up. */
const MAX_FILE_LINE = 64 * 1024;

/**
 * eachLine over a file read in 1 MiB chunks, so a large endpoints file is never held whole (as
 * bytes and again as text: twice its size before the first endpoint is parsed).
 */
function eachFileLine(fd: number, source: string, fn: (text: string, line: number) => void): void {
  const chunk = Buffer.alloc(1024 * 1024);
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let line = 0;
  const emit = (raw: string) => {
    line++;
    const text = stripComment(raw).trim();
    if (text !== '') fn(text, line);
  };
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    const text = carry + (n > 0 ? decoder.write(chunk.subarray(0, n)) : decoder.end());
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      emit(text.slice(start, end));
      start = end + 1;
    }
    carry = text.slice(start);
    if (carry.length > MAX_FILE_LINE) throw new InputError(`Invalid line ${line + 1} of ${source}: over ${MAX_FILE_LINE / 1024} KiB without a line break`);
    if (n === 0) {
      if (carry !== '') emit(carry);
      return;
    }
  }
}

/**
 * One endpoint: `HOST[:PORT] [@ADDRESS]`, and what people paste for it — a URL
 * (`https://www.a.com:8443/login`: scheme and path dropped, https's port 443 by default), the form
 * the CLI prints (`www.a.com:443@10.0.0.5`, no space before `@`), an IP address as the host
 * (`10.0.0.5:443`, `[2001:db8::5]:443`: probed without SNI, judged against the certificate's IP
 * addresses).
 */
function parseEndpoint(text: string, line: number, source: string, what: string, file: string | undefined): EndpointSpec {
  // Split by hand rather than with a lazy regex, which backtracks quadratically on one long token.
  const invalid = () => new InputError(`Invalid line ${line} of ${source}: expected 'HOST[:PORT] [@ADDRESS]', got '${text.slice(0, 300)}'`);
  const at = text.indexOf('@');
  let hostPort = (at < 0 ? text : text.slice(0, at)).trim();
  const rest = at < 0 ? '' : text.slice(at).replace(/^@\s*/, '@').trim();
  if (rest && (rest.length === 1 || /\s|@/.test(rest.slice(1)))) throw invalid();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(hostPort);
  if (scheme) {
    if (scheme[1]!.toLowerCase() !== 'https')
      throw new InputError(
        `Invalid line ${line} of ${source}: '${scheme[0]}' is not TLS; write https://HOST[:PORT] or HOST[:PORT] (got '${text.slice(0, 300)}')`,
      );
    hostPort = hostPort.slice(scheme[0].length);
  }
  // a path, query or fragment after the host (pasted from a browser) says nothing about TLS
  hostPort = hostPort.replace(/[/?#].*$/, '');
  if (/\s/.test(hostPort)) throw invalid();
  let hostRaw: string;
  let portText: string | undefined;
  const bracket = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(hostPort);
  if (bracket) [hostRaw, portText] = [bracket[1]!, bracket[2]];
  else if (isIpAddress(hostPort)) hostRaw = hostPort;
  else {
    const portMatch = /:(\d{1,5})$/.exec(hostPort);
    hostRaw = portMatch ? hostPort.slice(0, portMatch.index) : hostPort;
    portText = portMatch?.[1];
  }
  if (!hostRaw) throw invalid();
  const port = portText ? Number(portText) : 443;
  if (port < 1 || port > 65535) throw new InputError(`Invalid port '${portText}' in ${source} (line ${line})`);
  const spec: EndpointSpec = { host: isIpAddress(hostRaw) ? hostRaw.toLowerCase() : host(what, hostRaw.slice(0, 300), line), port, line };
  if (file !== undefined) spec.file = file;
  if (spec.host.startsWith('*.')) throw new InputError(`Invalid host '${hostRaw}' in ${source} (line ${line}): a wildcard cannot be probed`);
  if (rest) {
    const addrRaw = rest.slice(1);
    const addr = addrRaw.replace(/^\[(.*)\]$/, '$1');
    if (!isIpAddress(addr) && !canonicalHost(addr)) throw new InputError(`Invalid address '${addrRaw}' in ${source} (line ${line})`);
    spec.address = isIpAddress(addr) ? addr : canonicalHost(addr)!;
  }
  return spec;
}

function parseExpect(value: string, what: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const { text, line } of lines(value)) {
    const m = /^(\S+)\s*=\s*([0-9A-Fa-f:]+)$/.exec(text);
    const thumb = m?.[2]?.replace(/:/g, '').toUpperCase();
    if (!m || !thumb || thumb.length !== 40) throw new InputError(`Invalid line ${line} of ${what}: expected 'HOST = SHA1-THUMBPRINT' (40 hex digits)`);
    map.set(host(what, m[1]!, line), thumb);
  }
  return map;
}

/** `endpoints-file`: the same lines from a file, for lists too long for an input (environment variables are capped at 128 KiB). */
function readEndpointsFile(raw: string, cwd: string, door: Door): EndpointSpec[] {
  if (!raw) return [];
  const what = inputRef(door, 'endpoints-file');
  const file = filePath(what, raw, cwd);
  let fd: number;
  try {
    if (fs.statSync(file).size > 64 * 1024 * 1024) throw new InputError(`The file '${raw}' of ${what} is over 64 MiB`);
    fd = fs.openSync(file, 'r');
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const where = path.isAbsolute(raw) ? '' : ` (relative to ${cwd})`;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new InputError(`The file '${raw}' of ${what} does not exist${where}.${pathHint(raw)}`.replace(/\.$/, ''));
    if (code === 'EISDIR') throw new InputError(`'${raw}' of ${what} is a folder; name the file of endpoint lines inside it`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`The file '${raw}' of ${what} cannot be read: permission denied`);
    throw new InputError(`The file '${raw}' of ${what} cannot be read (${code ?? 'unreadable'})`);
  }
  const source = `'${raw}' (${what})`;
  try {
    return collectEndpoints((fn) => eachFileLine(fd, source, fn), source, what, file);
  } finally {
    fs.closeSync(fd);
  }
}

export function parseInputs(get: InputGetter, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(), door: Door = 'action'): Inputs {
  const ref = (name: string) => inputRef(door, name);
  const command = choice(ref('command'), get('command'), COMMANDS, 'check');
  const password = get('password');
  const warnDays = threshold(ref('warn-days'), get('warn-days'), DEFAULT_WARN);
  const failDays = threshold(ref('fail-days'), get('fail-days'), DEFAULT_FAIL);
  const atRaw = get('at').trim();
  const at = atRaw ? new Date(atRaw) : new Date();
  if (atRaw && (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atRaw)))
    throw new InputError(`Invalid value '${atRaw}' for ${ref('at')}: expected an ISO-8601 date or instant such as 2026-01-31T00:00:00Z`);

  const trustLines = lines(get('trust') || 'system').map((l) => l.text);
  const trustSystem = trustLines.includes('system');
  const trustFiles = trustLines.filter((t) => t !== 'system').map((t) => filePath(ref('trust'), t, cwd));

  const fallbackRaw = get('fallback').trim();
  const fallback = fallbackRaw === '' ? undefined : fallbackRaw.toLowerCase() === 'none' ? null : host(ref('fallback'), fallbackRaw);

  const shardRaw = get('shard').trim();
  let shard: Inputs['shard'];
  if (shardRaw) {
    const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
    if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
      throw new InputError(`Invalid value '${shardRaw}' for ${ref('shard')}: expected K/N with 1 ≤ K ≤ N, such as 2/4`);
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  const timeoutRaw = get('timeout').trim();
  const timeoutSec = timeoutRaw === '' ? 10 : Number(timeoutRaw);
  if (!Number.isFinite(timeoutSec) || timeoutSec <= 0 || timeoutSec > 600)
    throw new InputError(`Invalid value '${timeoutRaw}' for ${ref('timeout')}: expected seconds from 0 to 600`);

  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const sarif = get('sarif').trim();
  const sd = get('service-definition').trim();
  for (const [name, rule] of Object.entries(ONLY_FOR)) {
    // a flag at its default (false) is not given
    if (/^(|false)$/i.test(get(name).trim()) || rule.commands.includes(command)) continue;
    const why = rule.instead?.[command]?.(ref('sites'));
    throw new InputError(
      `${capital(ref(name))} is for ${rule.commands.join('/')} only${why ? `: ${why}` : `, not for ${command}`}; remove it from this ${door === 'cli' ? 'command' : 'step'}`,
    );
  }
  const osFamilyRaw = get('os-family').trim();
  const target = choice<Target>(ref('target'), get('target'), ['cloud-service', 'iis'], 'cloud-service');
  for (const name of target === 'iis' ? CLOUD_SERVICE_ONLY : IIS_ONLY) {
    if (get(name).trim() === '') continue;
    throw new InputError(
      target === 'iis'
        ? `${capital(ref(name))} is for the Cloud Service package; with ${inputSetting(door, 'target', 'iis')} ${command} needs no csdef or cscfg (the bundle targets a plain IIS host); remove it from this ${door === 'cli' ? 'command' : 'step'}`
        : `${capital(ref(name))} is for ${inputSetting(door, 'target', 'iis')} only; add that, or remove it from this ${door === 'cli' ? 'command' : 'step'}`,
    );
  }
  const iisSite = get('iis-site').trim() || 'Default Web Site';
  if (!IIS_SITE_NAME.test(iisSite))
    throw new InputError(
      `Invalid value '${iisSite}' for ${ref('iis-site')}: an IIS site name has none of \\ / ? ; : @ & = + $ , | " < > * and no control characters`,
    );
  const removeIpMappings = lines(get('remove-ip-mappings')).map(({ text, line }) => {
    const addr = text.replace(/^\[(.*)\]$/, '$1');
    if (!isIpAddress(addr)) throw new InputError(`Invalid address '${text}' in ${ref('remove-ip-mappings')} (line ${line}): expected an IPv4 or IPv6 address`);
    const canonical = canonicalIp(addr);
    if (canonical === '0.0.0.0' || canonical === '::')
      throw new InputError(
        `Invalid address '${text}' in ${ref('remove-ip-mappings')} (line ${line}): 0.0.0.0:443 / [::]:443 is the fallback for clients without SNI, which ${ref('fallback')} controls`,
      );
    return canonical;
  });
  const kvRaw = get('keyvault-extension').trim();
  const inputs: Inputs = {
    command,
    door,
    sites: parseSites(get('sites'), password, env, cwd, door),
    serviceDefinition: sd ? filePath(ref('service-definition'), sd, cwd) : undefined,
    serviceConfigurations: lines(get('service-configuration')).map((l) => filePath(ref('service-configuration'), l.text, cwd, l.line)),
    role: get('role').trim() || undefined,
    osFamily: integer(ref('os-family'), osFamilyRaw, 5, 1, 99),
    osFamilyGiven: osFamilyRaw !== '',
    warnDays,
    failDays,
    at,
    trustSystem,
    trustFiles,
    endpoints: [...parseEndpoints(get('endpoints'), ref('endpoints')), ...readEndpointsFile(get('endpoints-file').trim(), cwd, door)],
    expect: parseExpect(get('expect'), ref('expect')),
    startupDir: get('startup-dir').trim() || undefined,
    fallback,
    dryRun: bool(ref('dry-run'), get('dry-run')),
    server: choice<ServerKind>(ref('server'), get('server'), ['auto', 'iis', 'nginx', 'node'], 'auto'),
    timeoutMs: Math.round(timeoutSec * 1000),
    revocation: bool(ref('revocation'), get('revocation')),
    concurrency: integer(ref('concurrency'), get('concurrency'), 50, 1, 10000),
    shard,
    reports: lines(get('reports')).map((l) => l.text),
    failOn: choice<FailOn>(ref('fail-on'), get('fail-on'), ['error', 'warning', 'never'], 'error'),
    reportPath: filePath(ref('report'), get('report').trim() || path.join(runnerTemp, 'sni-ready-report.json'), cwd),
    sarifPath: sarif ? filePath(ref('sarif'), sarif, cwd) : undefined,
    issue: bool(ref('issue'), get('issue')),
    githubToken: get('github-token').trim() || undefined,
    cwd,
    target,
    iisSite,
    bundleDir: filePath(ref('bundle'), get('bundle').trim() || 'sni-ready-iis', cwd),
    removeIpMappings: [...new Set(removeIpMappings)],
    keyvaultExtension: kvRaw ? filePath(ref('keyvault-extension'), kvRaw, cwd) : undefined,
  };
  if (inputs.role !== undefined && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(inputs.role))
    throw new InputError(`Invalid role name '${inputs.role}' in ${ref('role')}`);
  if (inputs.startupDir !== undefined) inputs.startupDir = filePath(ref('startup-dir'), inputs.startupDir, cwd);
  const template = get('template').trim();
  const templateParameters = get('template-parameters').trim();
  if (template) inputs.template = filePath(ref('template'), template, cwd);
  if (templateParameters) {
    if (!template) throw new InputError(`${capital(ref('template-parameters'))} needs ${ref('template')} (the template those parameters are for)`);
    inputs.templateParameters = filePath(ref('template-parameters'), templateParameters, cwd);
  }
  if (template && !inputs.serviceConfigurations.length)
    throw new InputError(`${capital(ref('template'))} is linted against the cscfg: set ${ref('service-configuration')} too`);
  return inputs;
}

/**
 * What each command needs before it can check anything. A command with nothing to check fails
 * with one sentence naming what is missing: a green step has to mean that something was checked.
 */
export function nothingToCheck(inputs: Inputs): string | undefined {
  const ref = (name: string) => inputRef(inputs.door, name);
  const sitesLines = `${ref('sites')} (HOST [HOST ...] = PATH lines)`;
  switch (inputs.command) {
    case 'check':
      if (!inputs.sites.length && !inputs.serviceDefinition && !inputs.serviceConfigurations.length && !inputs.keyvaultExtension)
        return `Nothing to check: set ${sitesLines}, ${ref('service-definition')}, or both`;
      return undefined;
    case 'patch':
      if (inputs.target === 'iis') {
        if (!inputs.sites.length) return `Nothing to patch with: set ${sitesLines}; patch --target iis writes the bundle for their hosts`;
        return undefined;
      }
      if (!inputs.serviceDefinition) return `Nothing to patch: set ${ref('service-definition')} (the .csdef to patch) and ${sitesLines}`;
      if (!inputs.sites.length) return `Nothing to patch with: set ${sitesLines}; patch takes the certificates and hosts from them`;
      return undefined;
    case 'verify':
      if (!inputs.sites.length) return `Nothing to verify: set ${sitesLines}; verify serves each host with the certificate of its line`;
      return undefined;
    case 'scan':
      if (!inputs.endpoints.length) return `Nothing to scan: set ${ref('endpoints')} (HOST[:PORT] [@ADDRESS] lines) or ${ref('endpoints-file')}`;
      return undefined;
    case 'merge':
      if (!inputs.reports.length) return `Nothing to merge: set ${ref('reports')} (the shard reports, paths or globs, one a line)`;
      return undefined;
  }
}
