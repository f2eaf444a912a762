export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* unused harmony export parseArgs */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1011);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9334);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(649);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5655);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9510);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(311);
// The command line's door: `sni-ready <command> --<input> value ...`, the same engine as the
// action. Exit status: 0 clean, 1 findings at fail-on, 2 bad usage or input.







const USAGE = `sni-ready ${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x} — certificates, service package and SNI bindings for multi-domain HTTPS on IIS

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
    const names = new Set(_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .INPUT_NAMES */ .Qh);
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
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('Passwords are not taken on the command line (other users can read it): set SNI_READY_PASSWORD, use password-env=VAR in a sites line, or pass --password-stdin');
            if (name === 'out')
                names.add('out');
            if (!names.has(name) || name === 'command')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Unknown option '--${name}' (sni-ready --help lists them)`);
            if (value === undefined) {
                if (FLAGS.has(name) && (argv[i + 1] === undefined || argv[i + 1].startsWith('--') || !/^(true|false)$/.test(argv[i + 1])))
                    value = 'true';
                else {
                    value = argv[++i];
                    if (value === undefined)
                        throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Option '--${name}' needs a value`);
                }
            }
            values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
        }
        else if (!parsed.command)
            parsed.command = arg;
        else
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Unexpected argument '${arg}' (values follow their --option)`);
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
    // A closed pipe (`sni-ready rules | head`) is not an error.
    process.stdout.on('error', (err) => {
        if (err.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
        throw err;
    });
    try {
        const args = parseArgs(argv);
        if (args.help || !args.command) {
            process.stdout.write(USAGE);
            return args.help ? 0 : 2;
        }
        if (args.command === 'version') {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x}\n`);
            return 0;
        }
        if (args.command === 'rules') {
            const { RULES } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9244));
            for (const r of RULES.values())
                process.stdout.write(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.summary}\n`);
            return 0;
        }
        if (args.command === 'demo' || args.command === 'demo-certs') {
            const { runDemo, writeDemoCertificates } = await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 2185));
            if (args.command === 'demo-certs') {
                const out = args.values.get('out');
                if (!out)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('demo-certs needs --out DIR');
                const made = await writeDemoCertificates(out);
                process.stdout.write(JSON.stringify(made, null, 2) + '\n');
                return 0;
            }
            return await runDemo(args.values);
        }
        const password = args.passwordStdin ? await readStdin() : (process.env.SNI_READY_PASSWORD ?? '');
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .addSecret */ .Ck)(password);
        const get = (name) => (name === 'command' ? args.command : name === 'password' ? password : (args.values.get(name) ?? ''));
        if (!get('github-token') && process.env.GITHUB_TOKEN)
            args.values.set('github-token', process.env.GITHUB_TOKEN);
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .parseInputs */ .TL)(get, process.env, process.cwd());
        for (const s of inputs.sites)
            (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .addSecret */ .Ck)(s.password);
        const log = { info: (l) => process.stderr.write((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(l) + '\n'), warn: (l) => process.stderr.write(`warning: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(l)}\n`) };
        const { report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .execute */ .g)(inputs, log);
        process.stdout.write((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(args.json ? JSON.stringify(report, null, 2) + '\n' : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_2__/* .renderText */ .S)(report, inputs.failOn)));
        return (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .failing */ .Jr)(report, inputs.failOn).length ? 1 : 0;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`sni-ready: ${(0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E$)(message)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9334);

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


/***/ })

};
