export const id = 108;
export const ids = [108];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// One way to replace a file: write a temp file in the same folder, then rename it over the
// target, so a reader never sees half a file. (patch's writeFilesAtomically adds rollback across
// several files on top of the same idea.)



function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
function writeFileAtomic(file, content, mode = 0o644) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const tmp = tempPathFor(file);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, content, { mode, flag: 'wx' });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    catch (err) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
        throw err;
    }
}
/** How a path is shown in findings, diffs and annotations: relative to `cwd` (with /) when inside it. */
function displayPath(file, cwd) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(cwd, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : file;
}


/***/ }),

/***/ 1011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qh: () => (/* binding */ INPUT_NAMES),
  TL: () => (/* binding */ parseInputs)
});

// UNUSED EXPORTS: host, parseEndpoints, parseSites

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/hosts.ts
// Hostname validation: letters, digits, hyphens and dots, an optional leading `*.`, IDN turned
// into punycode. Every hostname is validated here before any other use.


const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Returns the canonical (lower-case, punycode) form of `raw`, or null when it is not a hostname. */
function canonicalHost(raw) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 253)
        return null;
    const wildcard = raw.startsWith('*.');
    let rest = wildcard ? raw.slice(2) : raw;
    if (rest.endsWith('.'))
        rest = rest.slice(0, -1);
    // Reject anything but letters (any script), digits, hyphens and dots before IDN conversion,
    // so that `domainToASCII` never sees whitespace, quotes, slashes or other punctuation.
    if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(rest))
        return null;
    const ascii = /^[\x21-\x7e]+$/.test(rest) ? rest.toLowerCase() : (0,external_node_url_.domainToASCII)(rest);
    if (!ascii)
        return null;
    const labels = ascii.split('.');
    if (labels.some((l) => !LABEL.test(l)))
        return null;
    const host = (wildcard ? '*.' : '') + labels.join('.');
    return host.length <= 253 ? host : null;
}
function isIpAddress(value) {
    return (0,external_node_net_.isIP)(value) !== 0;
}

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ findingsFor),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   PN: () => (/* binding */ soonestExpiry),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   ln: () => (/* binding */ thumbprints),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   xJ: () => (/* binding */ unopened)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9244);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ execute)
});

;// CONCATENATED MODULE: ./src/engine.ts
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
            const { checkCertificates } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(993), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 3486));
            const checked = await checkCertificates(inputs);
            report.certificates.push(...checked.certificates);
            report.findings.push(...checked.findings);
            if (inputs.command === 'check' && (inputs.serviceDefinition || inputs.serviceConfigurations.length)) {
                const { lintService } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(474), __webpack_require__.e(477)]).then(__webpack_require__.bind(__webpack_require__, 474));
                const linted = await lintService(inputs, checked.sites);
                report.config = linted.config;
                report.findings.push(...linted.findings);
            }
            if (inputs.command === 'patch') {
                const { patchService, settleUploadedPfxFindings } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(993), __webpack_require__.e(474), __webpack_require__.e(477), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 2211));
                const patched = await patchService(inputs, checked.sites, log);
                settleUploadedPfxFindings(checked.findings, inputs);
                report.config = patched.config;
                report.findings.push(...patched.findings);
                (report.notes ??= []).push(...(patched.notes ?? []));
            }
            if (inputs.command === 'verify') {
                const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(477), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 266));
                const verified = await runVerify(inputs, checked.sites, log);
                report.endpoints.push(...verified.endpoints);
                report.findings.push(...verified.findings);
                (report.notes ??= []).push(...(verified.notes ?? []));
            }
            break;
        }
        case 'scan': {
            const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(730), __webpack_require__.e(734)]).then(__webpack_require__.bind(__webpack_require__, 3734));
            const scanned = await runScan(inputs, log);
            report.certificates.push(...scanned.certificates);
            report.endpoints.push(...scanned.endpoints);
            report.findings.push(...scanned.findings);
            (report.notes ??= []).push(...(scanned.notes ?? []));
            break;
        }
        case 'merge': {
            const { mergeReports } = await __webpack_require__.e(/* import() */ 333).then(__webpack_require__.bind(__webpack_require__, 9333));
            return mergeReports(inputs);
        }
    }
    return report;
}

// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/rules.ts
var src_rules = __webpack_require__(9244);
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

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
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
        const { syncTrackingIssue } = await __webpack_require__.e(/* import() */ 129).then(__webpack_require__.bind(__webpack_require__, 6129));
        await syncTrackingIssue(report, inputs, log);
    }
    report = (0,redact/* redactDeep */.KL)(report);
    (0,files/* writeFileAtomic */.Zf)(inputs.reportPath, JSON.stringify(report, null, 2) + '\n');
    if (inputs.sarifPath)
        (0,files/* writeFileAtomic */.Zf)(inputs.sarifPath, JSON.stringify(toSarif(report, inputs.cwd, version/* VERSION */.x), null, 2) + '\n');
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ })

};
