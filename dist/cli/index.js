#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ parseArgs),
/* harmony export */   x: () => (/* binding */ cli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1011);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9334);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(649);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5655);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4937);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(8522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(311);
// The command line's door: `sni-ready <command> --<input> value ...`, the same engine as the
// action. Exit status: 0 clean, 1 findings at fail-on, 2 bad usage or input.








const USAGE = `sni-ready ${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x} — certificates, service package and SNI bindings for multi-domain HTTPS on IIS

Usage: sni-ready <command> [--<input> value ...] [--json]

Commands:
  check    read every certificate of --sites (and --service-definition/--service-configuration) and report findings
  patch    check, then bring csdef/cscfg to the multi-SSL SNI target state and write the startup script (--dry-run: diff only)
  verify   bring up a real server (--server iis|nginx|node) with the SNI bindings and probe every host
  scan     probe live --endpoints over TLS with SNI ("HOST[:PORT] [@ADDRESS]" lines)
  merge    combine the JSON reports of sharded scans (--reports)
  demo     the whole pipeline on the bundled example with demo certificates (what npm start runs)
  demo-certs --out DIR   write the demo certificates (two PFX files, 3DES, password in SNI_READY_DEMO_PASSWORD or 'demo')
  rules    list the rule ids

Inputs are the action's (see README): --sites, --service-definition, --service-configuration, --role,
--os-family, --warn-days, --fail-days, --at, --trust, --endpoints, --expect, --startup-dir, --fallback,
--server, --timeout, --concurrency, --shard, --reports, --fail-on, --report, --sarif, --issue, --github-token.
A repeated input adds a line. Flags without a value: --dry-run, --issue, --json.
Passwords never go on the command line: set SNI_READY_PASSWORD, use password-env=VAR in a sites line,
or pass --password-stdin to read it from standard input.

Exit status: 0 no finding at --fail-on (default error), 1 findings at --fail-on, 2 bad usage or input.
`;
const FLAGS = new Set(['dry-run', 'issue']);
function parseArgs(argv) {
    const values = new Map();
    const parsed = { command: '', values, json: false, passwordStdin: false, help: false };
    const names = new Set(_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .INPUT_NAMES */ .Qh);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h')
            parsed.help = true;
        else if (arg === '--json')
            parsed.json = true;
        else if (arg === '--version')
            parsed.command = 'version';
        else if (arg === '--password-stdin')
            parsed.passwordStdin = true;
        else if (arg.startsWith('--')) {
            let name = arg.slice(2);
            let value;
            const eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.slice(eq + 1);
                name = name.slice(0, eq);
            }
            if (name === 'password')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('Passwords are not taken on the command line (other users can read it): set SNI_READY_PASSWORD, use password-env=VAR in a sites line, or pass --password-stdin');
            if (name === 'out')
                names.add('out');
            if (!names.has(name) || name === 'command')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Unknown option '--${name}' (sni-ready --help lists them)`);
            if (value === undefined) {
                if (FLAGS.has(name) && (argv[i + 1] === undefined || argv[i + 1].startsWith('--') || !/^(true|false)$/.test(argv[i + 1])))
                    value = 'true';
                else {
                    value = argv[++i];
                    if (value === undefined)
                        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Option '--${name}' needs a value`);
                }
            }
            values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
        }
        else if (!parsed.command)
            parsed.command = arg;
        else
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Unexpected argument '${arg}' (values follow their --option)`);
    }
    return parsed;
}
async function readStdin() {
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(c);
    return Buffer.concat(chunks)
        .toString('utf8')
        .replace(/\r?\n$/, '');
}
async function cli(argv) {
    try {
        const args = parseArgs(argv);
        if (args.help || !args.command) {
            process.stdout.write(USAGE);
            return args.help ? 0 : 2;
        }
        if (args.command === 'version') {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x}\n`);
            return 0;
        }
        if (args.command === 'rules') {
            const { RULES } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 9244));
            for (const r of RULES.values())
                process.stdout.write(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.summary}\n`);
            return 0;
        }
        if (args.command === 'demo' || args.command === 'demo-certs') {
            const { runDemo, writeDemoCertificates } = await Promise.all(/* import() */[__nccwpck_require__.e(542), __nccwpck_require__.e(185)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2185));
            if (args.command === 'demo-certs') {
                const out = args.values.get('out');
                if (!out)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d('demo-certs needs --out DIR');
                const made = await writeDemoCertificates(out);
                process.stdout.write(JSON.stringify(made, null, 2) + '\n');
                return 0;
            }
            return await runDemo(args.values);
        }
        const password = args.passwordStdin ? await readStdin() : (process.env.SNI_READY_PASSWORD ?? '');
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(password);
        const get = (name) => (name === 'command' ? args.command : name === 'password' ? password : (args.values.get(name) ?? ''));
        if (!get('github-token') && process.env.GITHUB_TOKEN)
            args.values.set('github-token', process.env.GITHUB_TOKEN);
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(get, process.env, process.cwd());
        for (const s of inputs.sites)
            (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .addSecret */ .Ck)(s.password);
        const log = { info: (l) => process.stderr.write((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(l) + '\n'), warn: (l) => process.stderr.write(`warning: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(l)}\n`) };
        const { report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .execute */ .g)(inputs, log);
        process.stdout.write((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(args.json ? JSON.stringify(report, null, 2) + '\n' : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_3__/* .renderText */ .S)(report, inputs.failOn)));
        return (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failing */ .Jr)(report, inputs.failOn).length ? 1 : 0;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`sni-ready: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_7__/* .redact */ .E$)(message)}\n`);
        return 2;
    }
}
// A closed pipe (`sni-ready rules | head`) is not an error.
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw err;
});
// Run when executed directly (the bin, or `node dist/cli/index.js`), not when imported by tests.
if (process.argv[1] && node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(process.argv[1]) === node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(new URL(import.meta.url).pathname)) {
    process.exitCode = await cli(process.argv.slice(2));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: host, parseEndpoints, parseSites

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/hosts.ts
// Hostname validation: letters, digits, hyphens and dots, an optional leading `*.`, IDN turned
// into punycode. Every hostname is validated here before any other use.

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Returns the canonical (lower-case, punycode) form of `raw`, or null when it is not a hostname. */
function canonicalHost(raw) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 253)
        return null;
    let wildcard = false;
    let rest = raw.trim() === raw ? raw : null;
    if (rest === null)
        return null;
    if (rest.startsWith('*.')) {
        wildcard = true;
        rest = rest.slice(2);
    }
    if (rest.endsWith('.'))
        rest = rest.slice(0, -1);
    // Reject anything but letters (any script), digits, hyphens and dots before IDN conversion,
    // so that `domainToASCII` never sees quotes, spaces, slashes or other punctuation.
    if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(rest))
        return null;
    const ascii = /^[\x21-\x7e]+$/.test(rest) ? rest.toLowerCase() : (0,external_node_url_.domainToASCII)(rest);
    if (!ascii)
        return null;
    const labels = ascii.split('.');
    if (labels.length < 1 || labels.some((l) => !LABEL.test(l)))
        return null;
    const host = (wildcard ? '*.' : '') + labels.join('.');
    return host.length <= 253 ? host : null;
}
function isIpAddress(value) {
    return /^\d{1,3}(\.\d{1,3}){3}$/.test(value) || (/^[0-9a-f:]+$/i.test(value) && value.includes(':'));
}

// EXTERNAL MODULE: ./src/types.ts
var types = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/inputs.ts
// Inputs are parsed once, here, into a typed object. Every message names the input and the bad
// value. Nothing below this module reads action inputs or CLI flags.





const INPUT_NAMES = [
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
];
const COMMANDS = ['check', 'patch', 'verify', 'scan', 'merge'];
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((text, i) => ({ text: text.trim(), line: i + 1 }))
        .filter((l) => l.text !== '' && !l.text.startsWith('#'));
}
function choice(name, value, allowed, def) {
    const v = (value.trim() || def);
    if (!allowed.includes(v))
        throw new types/* InputError */.d(`Invalid value '${value}' for input '${name}': expected one of ${allowed.join(', ')}`);
    return v;
}
function integer(name, value, def, min, max) {
    const v = value.trim();
    if (v === '')
        return def;
    if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new types/* InputError */.d(`Invalid value '${value}' for input '${name}': expected a whole number from ${min} to ${max}`);
    }
    return Number(v);
}
function bool(name, value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new types/* InputError */.d(`Invalid value '${value}' for input '${name}': expected true or false`);
}
function host(name, raw, line) {
    const h = canonicalHost(raw);
    if (!h)
        throw new types/* InputError */.d(`Invalid host '${raw}' in input '${name}'${line ? ` (line ${line})` : ''}: input-invalid — a hostname has letters, digits, hyphens and dots, optionally starting with '*.'`);
    return h;
}
function filePath(name, raw, cwd, line) {
    // eslint-disable-next-line no-control-regex
    if (raw === '' || /[\x00-\x1f]/.test(raw))
        throw new types/* InputError */.d(`Invalid path '${raw}' in input '${name}'${line ? ` (line ${line})` : ''}`);
    return external_node_path_.resolve(cwd, raw);
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses `HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]` lines. */
function parseSites(value, password, env, cwd) {
    return lines(value).map(({ text, line }) => {
        const eq = text.indexOf('=');
        if (eq < 0)
            throw new types/* InputError */.d(`Invalid line ${line} of input 'sites': expected 'HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]'`);
        const hostPart = text.slice(0, eq).trim().split(/\s+/).filter(Boolean);
        if (hostPart.length === 0)
            throw new types/* InputError */.d(`Invalid line ${line} of input 'sites': no host before '='`);
        const hosts = [...new Set(hostPart.map((h) => host('sites', h, line)))];
        const words = text
            .slice(eq + 1)
            .trim()
            .split(/\s+/)
            .filter(Boolean);
        if (words.length === 0)
            throw new types/* InputError */.d(`Invalid line ${line} of input 'sites': no certificate path after '='`);
        const spec = { hosts, path: filePath('sites', words[0], cwd, line), password, line };
        for (const w of words.slice(1)) {
            const m = /^(key|password-env)=(.+)$/.exec(w);
            if (!m)
                throw new types/* InputError */.d(`Invalid option '${w}' in input 'sites' (line ${line}): expected key=PATH or password-env=VAR`);
            if (m[1] === 'key')
                spec.keyPath = filePath('sites', m[2], cwd, line);
            else {
                if (!ENV_NAME.test(m[2]))
                    throw new types/* InputError */.d(`Invalid variable name '${m[2]}' in input 'sites' (line ${line})`);
                spec.passwordEnv = m[2];
                const v = env[m[2]];
                if (v === undefined)
                    throw new types/* InputError */.d(`Environment variable '${m[2]}' named by password-env in input 'sites' (line ${line}) is not set`);
                spec.password = v;
            }
        }
        return spec;
    });
}
function parseEndpoints(value, source = "input 'endpoints'") {
    return lines(value).map(({ text, line }) => {
        const m = /^(\S+?)(?::(\d{1,5}))?(?:\s+@(\S+))?$/.exec(text);
        if (!m)
            throw new types/* InputError */.d(`Invalid line ${line} of ${source}: expected 'HOST[:PORT] [@ADDRESS]', got '${text}'`);
        const port = m[2] ? Number(m[2]) : 443;
        if (port < 1 || port > 65535)
            throw new types/* InputError */.d(`Invalid port '${m[2]}' in ${source} (line ${line})`);
        const spec = { host: host('endpoints', m[1], line), port, line };
        if (spec.host.startsWith('*.'))
            throw new types/* InputError */.d(`Invalid host '${m[1]}' in ${source} (line ${line}): a wildcard cannot be probed`);
        if (m[3]) {
            const addr = m[3].replace(/^\[(.*)\]$/, '$1');
            if (!isIpAddress(addr) && !canonicalHost(addr))
                throw new types/* InputError */.d(`Invalid address '${m[3]}' in ${source} (line ${line})`);
            spec.address = isIpAddress(addr) ? addr : canonicalHost(addr);
        }
        return spec;
    });
}
function parseExpect(value) {
    const map = new Map();
    for (const { text, line } of lines(value)) {
        const m = /^(\S+)\s*=\s*([0-9A-Fa-f:]+)$/.exec(text);
        const thumb = m?.[2]?.replace(/:/g, '').toUpperCase();
        if (!m || !thumb || thumb.length !== 40)
            throw new types/* InputError */.d(`Invalid line ${line} of input 'expect': expected 'HOST = SHA1-THUMBPRINT' (40 hex digits)`);
        map.set(host('expect', m[1], line), thumb);
    }
    return map;
}
/** `endpoints-file`: the same lines from a file, for lists too long for an input (environment variables are capped at 128 KiB). */
function readEndpointsFile(raw, cwd) {
    if (!raw)
        return [];
    const file = filePath('endpoints-file', raw, cwd);
    let text;
    try {
        if (external_node_fs_.statSync(file).size > 64 * 1024 * 1024)
            throw new types/* InputError */.d(`File '${raw}' of input 'endpoints-file' is over 64 MiB`);
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err instanceof types/* InputError */.d)
            throw err;
        throw new types/* InputError */.d(`Cannot read '${raw}' of input 'endpoints-file': ${err.code ?? 'unreadable'}`);
    }
    return parseEndpoints(text, `'${raw}' (input 'endpoints-file')`);
}
function parseInputs(get, env = process.env, cwd = process.cwd()) {
    const command = choice('command', get('command'), COMMANDS, 'check');
    const password = get('password');
    const warnDays = integer('warn-days', get('warn-days'), 30, 0, 3650);
    const failDays = integer('fail-days', get('fail-days'), 7, 0, 3650);
    const atRaw = get('at').trim();
    const at = atRaw ? new Date(atRaw) : new Date();
    if (atRaw && (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atRaw)))
        throw new types/* InputError */.d(`Invalid value '${atRaw}' for input 'at': expected an ISO-8601 date or instant such as 2026-01-31T00:00:00Z`);
    const trustLines = lines(get('trust') || 'system').map((l) => l.text);
    const trustSystem = trustLines.includes('system');
    const trustFiles = trustLines.filter((t) => t !== 'system').map((t) => filePath('trust', t, cwd));
    const fallbackRaw = get('fallback').trim();
    const fallback = fallbackRaw === '' ? undefined : fallbackRaw === 'none' ? null : host('fallback', fallbackRaw);
    const shardRaw = get('shard').trim();
    let shard;
    if (shardRaw) {
        const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
        if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
            throw new types/* InputError */.d(`Invalid value '${shardRaw}' for input 'shard': expected K/N with 1 ≤ K ≤ N, such as 2/4`);
        shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    const timeoutRaw = get('timeout').trim();
    const timeoutSec = timeoutRaw === '' ? 10 : Number(timeoutRaw);
    if (!Number.isFinite(timeoutSec) || timeoutSec <= 0 || timeoutSec > 600)
        throw new types/* InputError */.d(`Invalid value '${timeoutRaw}' for input 'timeout': expected seconds from 0 to 600`);
    const runnerTemp = env.RUNNER_TEMP || external_node_os_.tmpdir();
    const sarif = get('sarif').trim();
    const sd = get('service-definition').trim();
    const inputs = {
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
        server: choice('server', get('server'), ['auto', 'iis', 'nginx', 'node'], 'auto'),
        timeoutMs: Math.round(timeoutSec * 1000),
        concurrency: integer('concurrency', get('concurrency'), 50, 1, 10000),
        shard,
        reports: lines(get('reports')).map((l) => l.text),
        failOn: choice('fail-on', get('fail-on'), ['error', 'warning', 'never'], 'error'),
        reportPath: filePath('report', get('report').trim() || external_node_path_.join(runnerTemp, 'sni-ready-report.json'), cwd),
        sarifPath: sarif ? filePath('sarif', sarif, cwd) : undefined,
        issue: bool('issue', get('issue')),
        githubToken: get('github-token').trim() || undefined,
        cwd,
    };
    if (inputs.role !== undefined && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(inputs.role))
        throw new types/* InputError */.d(`Invalid role name '${inputs.role}' in input 'role'`);
    if (inputs.startupDir !== undefined)
        inputs.startupDir = filePath('startup-dir', inputs.startupDir, cwd);
    return inputs;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ findingsFor),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   PN: () => (/* binding */ soonestExpiry),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   ln: () => (/* binding */ thumbprints),
/* harmony export */   xJ: () => (/* binding */ unopened)
/* harmony export */ });
/* unused harmony export STATUS_ICON */
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9244);
// Small queries over a report's findings, shared by every presenter.

function count(findings, severity) {
    return findings.filter((f) => f.severity === severity).length;
}
function failing(report, failOn) {
    return report.findings.filter((f) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, failOn));
}
/** Findings that concern a certificate entry: same file, or one of its hosts. */
function findingsFor(report, cert) {
    return report.findings.filter((f) => (f.file !== undefined && f.file === cert.file) || (f.host !== undefined && f.file === undefined && cert.hosts.includes(f.host)));
}
function worst(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'error';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warning';
    if (findings.some((f) => f.severity === 'notice'))
        return 'notice';
    return 'ok';
}
const STATUS_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️', ok: '✅' };
/** Smallest days-left over every certificate checked (chains included), and its expiry. */
function soonestExpiry(report) {
    const at = new Date(report.at).getTime();
    let best;
    const consider = (notAfter) => {
        if (!notAfter)
            return;
        const t = new Date(notAfter).getTime();
        if (Number.isNaN(t))
            return;
        const daysLeft = Math.floor((t - at) / 86_400_000);
        if (!best || daysLeft < best.daysLeft)
            best = { daysLeft, expires: new Date(t).toISOString().slice(0, 10) };
    };
    for (const c of report.certificates) {
        consider(c.notAfter);
        for (const e of c.chain)
            consider(e.notAfter);
    }
    for (const e of report.endpoints) {
        consider(e.notAfter);
        for (const c of e.chain)
            consider(c.notAfter);
    }
    return best;
}
/** host → SHA-1 thumbprint of its certificate (files first, then served endpoints). */
function thumbprints(report) {
    const out = {};
    for (const c of report.certificates)
        for (const h of c.hosts)
            out[h] ??= c.thumbprint;
    for (const e of report.endpoints)
        if (e.sni && e.thumbprint)
            out[e.sni] ??= e.thumbprint;
    return out;
}
/** Certificate files that could not be opened: they have findings but no certificate entry. */
function unopened(report) {
    const known = new Set(report.certificates.map((c) => c.file));
    const byFile = new Map();
    for (const f of report.findings) {
        if (!f.file || known.has(f.file) || !f.rule.startsWith('cert-'))
            continue;
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    }
    return [...byFile].map(([file, findings]) => ({ host: findings.find((f) => f.host)?.host ?? '—', file, findings }));
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ck: () => (/* binding */ addSecret),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   KL: () => (/* binding */ redactDeep)
/* harmony export */ });
// Defence in depth: every text that leaves the process passes through here, so a password
// that slipped into a message (an error from a library, say) is still never shown.
const secrets = [];
/** Short values (under 4 characters) are not redacted: that would mangle every text. */
function addSecret(value) {
    if (value && value.length >= 4 && !secrets.includes(value)) {
        secrets.push(value);
        secrets.sort((a, b) => b.length - a.length);
    }
}
function redact(text) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join('***');
    return out;
}
/** Redacts every string inside a JSON-able value. */
function redactDeep(value) {
    if (secrets.length === 0)
        return value;
    return JSON.parse(redact(JSON.stringify(value)));
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9334);

const MARK = { error: 'FAIL', warning: 'WARN', notice: 'NOTE', ok: 'OK' };
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}
function cn(dn) {
    return /CN=([^\n,]+)/.exec(dn)?.[1] ?? dn.split('\n')[0];
}
function renderText(report, failOn) {
    const lines = [];
    const broken = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .unopened */ .xJ)(report);
    if (report.certificates.length || broken.length) {
        const rows = [['STATUS', 'HOST', 'SUBJECT', 'ISSUER', 'THUMBPRINT', 'EXPIRES', 'DAYS', 'FINDINGS']];
        for (const c of report.certificates) {
            const fs = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsFor */ .I6)(report, c);
            for (const h of c.hosts) {
                const mine = fs.filter((f) => f.rule !== 'cert-host-mismatch' || f.host === h);
                rows.push([
                    MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)(mine)],
                    h,
                    cn(c.subject),
                    cn(c.issuer),
                    c.thumbprint,
                    c.notAfter.slice(0, 10),
                    String(c.daysLeft),
                    [...new Set(mine.map((f) => f.rule))].join(','),
                ]);
            }
        }
        for (const b of broken)
            rows.push([MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)(b.findings)], b.host, `(${b.file} not opened)`, '', '', '', '', [...new Set(b.findings.map((f) => f.rule))].join(',')]);
        lines.push(...table(rows), '');
    }
    if (report.endpoints.length) {
        const rows = [['STATUS', 'ENDPOINT', 'SNI', 'PROTOCOL', 'SERVED THUMBPRINT', 'DAYS', 'RESULT']];
        for (const e of report.endpoints) {
            const mine = report.findings.filter((f) => f.host === (e.sni ?? e.host) && f.rule.startsWith('tls-'));
            rows.push([
                e.error ? 'FAIL' : MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .worst */ .QZ)(mine)],
                `${e.host}:${e.port}${e.address && e.address !== e.host ? '@' + e.address : ''}`,
                e.sni ?? '(none)',
                e.protocol ?? '',
                e.thumbprint ?? '',
                e.daysLeft === undefined ? '' : String(e.daysLeft),
                e.error ?? ([...new Set(mine.map((f) => f.rule))].join(',') || 'ok'),
            ]);
        }
        lines.push(...table(rows), '');
    }
    for (const f of report.findings) {
        const where = [f.host, f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : undefined].filter(Boolean).join(' ');
        lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.rule}${where ? ` (${where})` : ''}: ${f.message}`);
        if (f.fix)
            lines.push(`        fix: ${f.fix}`);
    }
    if (report.config) {
        const c = report.config;
        if (c.diff)
            lines.push('', c.diff.trimEnd());
        if (report.command === 'patch')
            lines.push('', c.changed ? `Wrote ${c.written.join(', ')}` : c.diff ? 'Dry run: nothing written.' : 'Service package already in the target state: nothing changed.');
    }
    for (const n of report.notes ?? [])
        lines.push(n);
    const errors = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(report.findings, 'error');
    const warnings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .count */ .U9)(report.findings, 'warning');
    const fail = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .failing */ .Jr)(report, failOn).length > 0;
    lines.push('', `${fail ? 'FAILED' : 'PASSED'}: ${errors} error(s), ${warnings} warning(s) (fail-on: ${failOn})`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RULES: () => (/* binding */ RULES),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   kU: () => (/* binding */ atOrAbove)
/* harmony export */ });
/* unused harmony export ruleInfo */
const catalog = [
    { id: 'cert-unreadable', severity: 'error', area: 'certificate', summary: 'The certificate file is missing, empty, truncated or not a certificate.' },
    { id: 'cert-password', severity: 'error', area: 'certificate', summary: 'The container cannot be opened with the given password.' },
    { id: 'cert-no-key', severity: 'error', area: 'certificate', summary: 'No private key for the leaf certificate.' },
    { id: 'cert-key-mismatch', severity: 'error', area: 'certificate', summary: 'The private key does not belong to the leaf certificate.' },
    { id: 'cert-expired', severity: 'error', area: 'certificate', summary: 'A certificate of the chain has expired.' },
    { id: 'cert-not-yet-valid', severity: 'error', area: 'certificate', summary: 'A certificate of the chain is not valid yet.' },
    { id: 'cert-expires-soon', severity: 'warning', area: 'certificate', summary: 'A certificate expires within warn-days (warning) or fail-days (error).' },
    { id: 'cert-host-mismatch', severity: 'error', area: 'certificate', summary: 'The leaf does not cover a host (SAN, RFC 6125 wildcards).' },
    { id: 'cert-weak-key', severity: 'error', area: 'certificate', summary: 'RSA key under 2048 bits or EC key under 256 bits.' },
    { id: 'cert-weak-signature', severity: 'error', area: 'certificate', summary: 'SHA-1 or MD5 signature on the leaf or an intermediate.' },
    { id: 'cert-no-server-auth', severity: 'error', area: 'certificate', summary: 'Extended key usage present without serverAuth.' },
    { id: 'chain-incomplete', severity: 'error', area: 'certificate', summary: 'An issuer of the chain is missing.' },
    { id: 'chain-untrusted', severity: 'error', area: 'certificate', summary: 'The chain does not end at a trusted root.' },
    { id: 'chain-extra', severity: 'warning', area: 'certificate', summary: 'The file holds certificates unrelated to the leaf.' },
    { id: 'chain-order', severity: 'notice', area: 'certificate', summary: 'The chain is not in leaf → intermediates → root order.' },
    { id: 'chain-root-included', severity: 'notice', area: 'certificate', summary: 'The file includes the root certificate, which clients already have.' },
    {
        id: 'pfx-legacy-windows',
        severity: 'error',
        area: 'certificate',
        summary: 'AES-encrypted PFX that Windows Server 2016 and older (osFamily ≤ 5) cannot import.',
    },
    { id: 'config-unreadable', severity: 'error', area: 'config', summary: 'csdef/cscfg not well-formed, with DOCTYPE/entities, or wrong root/namespace.' },
    { id: 'config-role-missing', severity: 'error', area: 'config', summary: 'The web role to configure cannot be found.' },
    { id: 'config-os-family', severity: 'error', area: 'config', summary: 'osFamily below os-family (IIS 8+ is needed for SNI).' },
    { id: 'config-https-endpoint', severity: 'error', area: 'config', summary: 'No HTTPS input endpoint on port 443.' },
    { id: 'config-cert-undeclared', severity: 'error', area: 'config', summary: 'An endpoint names a certificate the role does not declare.' },
    { id: 'config-thumbprint', severity: 'error', area: 'config', summary: 'A declared certificate has no cscfg thumbprint or one matching no file.' },
    { id: 'config-intermediate', severity: 'error', area: 'config', summary: 'An intermediate of a served chain is not declared with storeName="CA".' },
    { id: 'config-sni-binding', severity: 'error', area: 'config', summary: 'A host has no SNI binding step, or a host-less HTTPS binding overrides SNI.' },
    { id: 'tls-unreachable', severity: 'error', area: 'endpoint', summary: 'The endpoint could not be reached or the handshake failed.' },
    { id: 'tls-wrong-certificate', severity: 'error', area: 'endpoint', summary: 'The served leaf is not the expected certificate.' },
    { id: 'tls-chain-incomplete', severity: 'error', area: 'endpoint', summary: 'The server does not send the intermediates.' },
    { id: 'tls-no-sni-fallback', severity: 'warning', area: 'endpoint', summary: 'Clients without SNI get no certificate or an unplanned one.' },
    { id: 'tls-protocol', severity: 'error', area: 'endpoint', summary: 'The server negotiated a protocol older than TLS 1.2.' },
    { id: 'input-invalid', severity: 'error', area: 'input', summary: 'A malformed hostname, path or option.' },
];
const RULES = new Map(catalog.map((r) => [r.id, r]));
function ruleInfo(id) {
    const info = RULES.get(id);
    if (!info)
        throw new Error(`Unknown rule id '${id}' (add it to src/rules.ts)`);
    return info;
}
/** Makes a finding, taking the rule's default severity unless one is given. */
function finding(rule, message, extra = {}) {
    return { rule, severity: extra.severity ?? ruleInfo(rule).severity, message, ...extra };
}
const rank = { error: 3, warning: 2, notice: 1 };
function atOrAbove(severity, threshold) {
    if (threshold === 'never')
        return false;
    return rank[severity] >= rank[threshold];
}


/***/ }),

/***/ 4937:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/engine.ts
// The engine: runs one command on parsed inputs and returns the report. It never touches
// @actions/*; presenting the report is the job of src/main.ts and src/cli.ts.


async function runCommand(inputs, log) {
    const report = {
        version: 1,
        command: inputs.command,
        at: inputs.at.toISOString(),
        certificates: [],
        endpoints: [],
        findings: [],
    };
    switch (inputs.command) {
        case 'check':
        case 'patch':
        case 'verify': {
            const { checkCertificates } = await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(730), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3486));
            const checked = await checkCertificates(inputs);
            report.certificates.push(...checked.certificates);
            report.findings.push(...checked.findings);
            if (inputs.command === 'check' && (inputs.serviceDefinition || inputs.serviceConfigurations.length)) {
                const { lintService } = await Promise.all(/* import() */[__nccwpck_require__.e(474), __nccwpck_require__.e(477)]).then(__nccwpck_require__.bind(__nccwpck_require__, 474));
                const linted = await lintService(inputs, checked.sites);
                report.config = linted.config;
                report.findings.push(...linted.findings);
            }
            if (inputs.command === 'patch') {
                const { patchService } = await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(730), __nccwpck_require__.e(474), __nccwpck_require__.e(477), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2211));
                const patched = await patchService(inputs, checked.sites, log);
                report.config = patched.config;
                report.findings.push(...patched.findings);
                // An AES PFX for which patch wrote the 3DES upload-ready copy is no longer a blocker:
                // what gets uploaded is that copy. It stays a warning so the swap is not forgotten.
                const { uploadPfxPath } = await Promise.all(/* import() */[__nccwpck_require__.e(993), __nccwpck_require__.e(730), __nccwpck_require__.e(474), __nccwpck_require__.e(477), __nccwpck_require__.e(211)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2211));
                for (const f of report.findings) {
                    if (inputs.dryRun || f.rule !== 'pfx-legacy-windows' || !f.file || f.severity !== 'error')
                        continue;
                    const upload = uploadPfxPath(external_node_path_.resolve(inputs.cwd, f.file));
                    if (!external_node_fs_.existsSync(upload))
                        continue;
                    f.severity = 'warning';
                    f.message += ` sni-ready wrote ${external_node_path_.relative(inputs.cwd, upload)} (3DES, full chain, same password): upload that file instead.`;
                }
                (report.notes ??= []).push(...(patched.notes ?? []));
            }
            if (inputs.command === 'verify') {
                const { runVerify } = await Promise.all(/* import() */[__nccwpck_require__.e(477), __nccwpck_require__.e(266)]).then(__nccwpck_require__.bind(__nccwpck_require__, 266));
                const verified = await runVerify(inputs, checked.sites, log);
                report.endpoints.push(...verified.endpoints);
                report.findings.push(...verified.findings);
                (report.notes ??= []).push(...(verified.notes ?? []));
            }
            break;
        }
        case 'scan': {
            const { runScan } = await Promise.all(/* import() */[__nccwpck_require__.e(730), __nccwpck_require__.e(734)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3734));
            const scanned = await runScan(inputs, log);
            report.certificates.push(...scanned.certificates);
            report.endpoints.push(...scanned.endpoints);
            report.findings.push(...scanned.findings);
            (report.notes ??= []).push(...(scanned.notes ?? []));
            break;
        }
        case 'merge': {
            const { mergeReports } = await __nccwpck_require__.e(/* import() */ 333).then(__nccwpck_require__.bind(__nccwpck_require__, 9333));
            return mergeReports(inputs);
        }
    }
    return report;
}

// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __nccwpck_require__(9334);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __nccwpck_require__(649);
// EXTERNAL MODULE: ./src/rules.ts
var src_rules = __nccwpck_require__(9244);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for code scanning: one run, rules from the catalog, results with locations.


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function toSarif(report, cwd, version) {
    const used = [...new Set(report.findings.map((f) => f.rule))];
    const rules = used.map((id) => {
        const info = src_rules.RULES.get(id);
        return {
            id,
            name: id,
            shortDescription: { text: info?.summary ?? id },
            defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'] },
            helpUri: `https://github.com/sni-ready/sni-ready#rule-${id}`,
        };
    });
    const results = report.findings.map((f) => {
        const file = f.file ?? '';
        const uri = file ? external_node_path_.relative(cwd, file).split(external_node_path_.sep).join('/') : undefined;
        return {
            ruleId: f.rule,
            ruleIndex: used.indexOf(f.rule),
            level: LEVEL[f.severity],
            message: { text: [f.host ? `${f.host}: ` : '', f.message, f.fix ? ` Fix: ${f.fix}` : ''].join('') },
            locations: uri && !uri.startsWith('..')
                ? [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line ?? 1 } } }]
                : [{ logicalLocations: [{ name: f.host ?? f.rule, kind: 'resource' }] }],
        };
    });
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'sni-ready', version, informationUri: 'https://github.com/sni-ready/sni-ready', rules } }, results }],
    };
}

;// CONCATENATED MODULE: ./src/report/write.ts
// Writes report files atomically (temp file in the same folder, then rename).


function writeFileAtomic(file, content) {
    external_node_fs_.mkdirSync(external_node_path_.dirname(file), { recursive: true });
    const tmp = external_node_path_.join(external_node_path_.dirname(file), `.${external_node_path_.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        external_node_fs_.writeFileSync(tmp, content, { mode: 0o644 });
        external_node_fs_.renameSync(tmp, file);
    }
    catch (err) {
        external_node_fs_.rmSync(tmp, { force: true });
        throw err;
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/run.ts
// Shared by both doors (action and CLI): run the command, then write the report files and
// compute the outputs. Presenting them is left to src/main.ts and src/cli.ts.






async function execute(inputs, log) {
    let report = await runCommand(inputs, log);
    if (inputs.command !== 'merge' && !report.certificates.length && !report.endpoints.length && !report.config && !report.findings.length) {
        log.warn(inputs.command === 'scan'
            ? "Nothing to scan: set 'endpoints' (HOST[:PORT] [@ADDRESS] lines)"
            : "Nothing to check: set 'sites' (HOST [HOST ...] = PATH lines) and/or 'service-definition'");
    }
    if (inputs.issue && (inputs.command === 'scan' || inputs.command === 'merge')) {
        const { syncTrackingIssue } = await __nccwpck_require__.e(/* import() */ 129).then(__nccwpck_require__.bind(__nccwpck_require__, 6129));
        await syncTrackingIssue(report, inputs, log);
    }
    report = (0,redact/* redactDeep */.KL)(report);
    writeFileAtomic(inputs.reportPath, JSON.stringify(report, null, 2) + '\n');
    if (inputs.sarifPath)
        writeFileAtomic(inputs.sarifPath, JSON.stringify(toSarif(report, inputs.cwd, version/* VERSION */.x), null, 2) + '\n');
    const soonest = (0,findings/* soonestExpiry */.PN)(report);
    const outputs = {
        report: inputs.reportPath,
        errors: String((0,findings/* count */.U9)(report.findings, 'error')),
        warnings: String((0,findings/* count */.U9)(report.findings, 'warning')),
        'days-left': soonest ? String(soonest.daysLeft) : '',
        expires: soonest?.expires ?? '',
        thumbprints: JSON.stringify((0,findings/* thumbprints */.ln)(report)),
        changed: String(report.config?.changed ?? false),
    };
    return { report, outputs };
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
// Shared data types of the engine. Nothing here imports @actions/*: the action (src/main.ts)
// and the CLI (src/cli.ts) both present the same values.
/** Thrown for a usage or input error: one clear sentence, exit status 2, no stack trace. */
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 6141:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__cli = __webpack_exports__.x;
/******/ var __webpack_exports__parseArgs = __webpack_exports__.Z;
/******/ export { __webpack_exports__cli as cli, __webpack_exports__parseArgs as parseArgs };
/******/ 
