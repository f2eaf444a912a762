export const id = 581;
export const ids = [581];
export const modules = {

/***/ 5581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cli: () => (/* binding */ cli)
/* harmony export */ });
/* unused harmony export parseArgs */
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8087);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8422);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7962);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(649);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5655);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9510);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8522);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(311);
// The command line's door: `sni-ready <command> --<input> value ...`, the same engine as the
// action. Exit status: 0 clean, 1 findings at fail-on, 2 bad usage or input.









/** One line of help per input (the command line's names for the action's inputs); `password` and `command` have their own doors. */
const INPUT_HELP = {
    sites: '"HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]" (repeat for more lines)',
    'service-definition': 'the ServiceDefinition.csdef',
    'service-configuration': 'a ServiceConfiguration .cscfg (repeat: Cloud, Local, ...)',
    role: 'the web role to configure (default: the only WebRole)',
    'os-family': 'the lowest osFamily (default 5, Windows Server 2016; see pfx-legacy-windows in README)',
    'warn-days': 'days (30) or share of the lifetime (33%) before expiry that warn (default: the smaller of 30 days and a third)',
    'fail-days': 'days (7) or share of the lifetime (10%) before expiry that fail (default: the smaller of 7 days and a tenth)',
    at: 'judge validity as of this ISO-8601 instant (default now)',
    trust: 'system and/or PEM files of trust anchors (default system)',
    endpoints: 'scan: "HOST[:PORT] [@ADDRESS]" (repeat)',
    'endpoints-file': 'scan: a file of endpoints lines',
    expect: 'scan: "HOST = SHA1-THUMBPRINT" (default: from --sites)',
    'startup-dir': 'patch: where the startup files go',
    fallback: 'the host clients without SNI get, or none',
    'dry-run': 'patch: show the diff, write nothing',
    server: 'verify: auto, iis, nginx or node',
    timeout: 'seconds per connection (default 10)',
    revocation: 'scan, check: check each leaf for revocation (stapled OCSP, OCSP, CRL)',
    concurrency: 'probes at once (default 50)',
    shard: 'scan: K/N, this share of the endpoints',
    reports: 'merge: shard reports (paths or globs; repeat)',
    'fail-on': 'error, warning or never (default error)',
    report: 'path of the JSON report',
    sarif: 'path of a SARIF 2.1.0 file to write',
    issue: 'scan/merge: keep one tracking issue',
    'github-token': 'token for the tracking issue (default: $GITHUB_TOKEN)',
    template: 'check/patch: a Cloud Services (extended support) ARM template (JSON) to lint against the cscfg',
    'template-parameters': "check/patch: the template's parameters file",
    target: 'patch/verify: cloud-service (default: csdef/cscfg) or iis (a bundle for a plain IIS host: VM, scale set)',
    'iis-site': "patch --target iis: the IIS site (default 'Default Web Site')",
    bundle: 'patch --target iis: the bundle folder to write (default sni-ready-iis)',
    'remove-ip-mappings': 'patch --target iis: an address whose IP-specific :443 mapping the task may remove (repeat)',
    'keyvault-extension': 'check: Key Vault VM extension settings JSON, or an ARM template (Bicep compiled) holding the extension',
};
const COMMAND_HELP = [
    ['check', 'read every certificate of --sites (and --service-definition/--service-configuration) and report findings'],
    [
        'patch',
        'check, then bring csdef/cscfg to the multi-SSL SNI target state and write the startup script (--dry-run: diff only);\n             --target iis: write the bundle for a plain IIS host (reconciler, install.ps1, Key Vault extension settings)',
    ],
    ['verify', 'bring up a real server (--server iis|nginx|node) with the SNI bindings and probe every host'],
    ['scan', 'probe live --endpoints over TLS with SNI ("HOST[:PORT] [@ADDRESS]" lines)'],
    ['merge', 'combine the JSON reports of sharded scans (--reports)'],
    ['demo', 'the whole pipeline on the bundled example with demo certificates (what npm start runs); --diff adds every step in full and the whole diff'],
    ['demo-certs', "--out DIR: write the demo certificates (two PFX files, 3DES, password in SNI_READY_DEMO_PASSWORD or 'demo')"],
    ['rules', 'list the rule ids'],
    ['help', 'this text'],
    ['version', 'the version'],
];
const CLI_COMMANDS = COMMAND_HELP.map(([c]) => c);
const USAGE = `sni-ready ${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x} — certificates, service package and SNI bindings for multi-domain HTTPS on IIS

Usage: sni-ready <command> [--<input> value ...] [--json]

Commands:
${COMMAND_HELP.map(([c, h]) => `  ${c.padEnd(11)}${h}`).join('\n')}

Inputs (the action's, see README; a repeated input adds a line):
${Object.entries(INPUT_HELP)
    .map(([n, h]) => `  --${n.padEnd(23)}${h}`)
    .join('\n')}
  --password-stdin         read the password for every container from standard input
  --json                   print the report as JSON instead of tables
  --diff                   patch and demo: print the whole diff, the generated PowerShell template included
Flags without a value: --diff, --dry-run, --issue, --json, --password-stdin, --revocation.
Passwords never go on the command line: set SNI_READY_PASSWORD, use password-env=VAR in a sites line,
or pass --password-stdin to read it from standard input.

Exit status: 0 no finding at --fail-on (default error), 1 findings at --fail-on, 2 bad usage or input.
`;
const FLAGS = new Set(['dry-run', 'issue', 'revocation']);
function parseArgs(argv) {
    const values = new Map();
    const parsed = { command: '', values, json: false, passwordStdin: false, help: false, diff: false };
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
        else if (arg === '--diff')
            parsed.diff = true;
        else if (arg.startsWith('--')) {
            let name = arg.slice(2);
            let value;
            const eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.slice(eq + 1);
                name = name.slice(0, eq);
            }
            if (name === 'password')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d('Passwords are not taken on the command line (other users can read it): set SNI_READY_PASSWORD, use password-env=VAR in a sites line, or pass --password-stdin');
            if (name === 'out' && parsed.command === 'demo-certs')
                names.add('out');
            if (!names.has(name) || name === 'command') {
                const near = (0,_door_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(name, [...names, 'json', 'password-stdin', 'diff', 'help', 'version'].filter((n) => n !== 'command' && n !== 'password'));
                throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`Unknown option '--${name}'${near ? ` (did you mean --${near}?)` : ''}; sni-ready --help lists them`);
            }
            if (value === undefined) {
                if (FLAGS.has(name) && (argv[i + 1] === undefined || argv[i + 1].startsWith('--') || !/^(true|false)$/.test(argv[i + 1])))
                    value = 'true';
                else {
                    value = argv[++i];
                    if (value === undefined)
                        throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`Option '--${name}' needs a value`);
                }
            }
            values.set(name, values.has(name) ? `${values.get(name)}\n${value}` : value);
        }
        else if (!parsed.command)
            parsed.command = arg;
        else
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`Unexpected argument '${arg}' (values follow their --option)`);
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
        if (args.help || !args.command || args.command === 'help') {
            process.stdout.write(USAGE);
            return args.help || args.command === 'help' ? 0 : 2;
        }
        if (!CLI_COMMANDS.includes(args.command)) {
            const near = (0,_door_js__WEBPACK_IMPORTED_MODULE_0__/* .nearest */ .pA)(args.command, CLI_COMMANDS);
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`Unknown command '${args.command}'${near ? ` (did you mean '${near}'?)` : ''}; the commands are ${CLI_COMMANDS.join(', ')}`);
        }
        if (args.command === 'version') {
            process.stdout.write(`${_version_js__WEBPACK_IMPORTED_MODULE_6__/* .VERSION */ .x}\n`);
            return 0;
        }
        if (args.command === 'rules') {
            const { RULES } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 9244));
            for (const r of RULES.values())
                process.stdout.write(`${r.id.padEnd(24)} ${r.severity.padEnd(8)} ${r.summary}\n`);
            return 0;
        }
        if (args.diff && args.command !== 'patch' && args.command !== 'demo')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`--diff is for patch and demo only: it prints the whole diff of what patch changes, not for ${args.command}`);
        if (args.diff && args.command === 'demo')
            args.values.set('diff', 'true'); // `npm start -- --diff`: the demo's full output
        if (args.command === 'demo' || args.command === 'demo-certs') {
            const { runDemo, writeDemoCertificates } = await Promise.all(/* import() */[__webpack_require__.e(542), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 2185));
            if (args.command === 'demo-certs') {
                const out = args.values.get('out');
                if (!out)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d('demo-certs needs --out DIR');
                const made = await writeDemoCertificates(out);
                process.stdout.write(JSON.stringify(made, null, 2) + '\n');
                return 0;
            }
            return await runDemo(args.values);
        }
        const password = args.passwordStdin ? await readStdin() : (process.env.SNI_READY_PASSWORD ?? '');
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .addSecret */ .C)(password);
        const get = (name) => (name === 'command' ? args.command : name === 'password' ? password : (args.values.get(name) ?? ''));
        if (!get('github-token') && process.env.GITHUB_TOKEN)
            args.values.set('github-token', process.env.GITHUB_TOKEN);
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseInputs */ .TL)(get, process.env, process.cwd(), 'cli');
        for (const s of inputs.sites)
            (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .addSecret */ .C)(s.password);
        // Whatever a run prints passes guardLines: no escape sequence reaches the terminal and no line
        // starts a workflow command when the CLI runs in a workflow's `run:` step (foreign.ts).
        const log = {
            info: (l) => process.stderr.write((0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .guardLines */ .F)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(l)) + '\n'),
            warn: (l) => process.stderr.write(`warning: ${(0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .guardLines */ .F)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(l))}\n`),
        };
        const { report } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .execute */ .g7)(inputs, log);
        process.stdout.write((0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .guardLines */ .F)(args.json ? JSON.stringify(report, null, 2) + '\n' : (0,_report_text_js__WEBPACK_IMPORTED_MODULE_4__/* .renderText */ .S)(report, inputs.failOn, { fullDiff: args.diff })));
        // After the results: a tracking issue that cannot be updated is one more error, not their loss.
        const issueError = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .syncIssue */ .d0)(report, inputs, log);
        if (issueError)
            process.stderr.write(`sni-ready: ${(0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .guardLines */ .F)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(issueError))}\n`);
        return (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .failing */ .Jr)(report, inputs.failOn).length || issueError ? 1 : 0;
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`sni-ready: ${(0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .guardLines */ .F)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E)(message))}\n`);
        return 2;
    }
}


/***/ }),

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9892);
/* harmony import */ var _service_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3200);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9334);
// The CLI's human-readable output: an aligned table per host, then findings with fixes.




const MARK = { error: 'FAIL', warning: 'WARN', notice: 'NOTE', ok: 'OK' };
function table(rows) {
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    return rows.map((r) => r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd());
}
const cn = _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__/* .shortNameOf */ .PI;
/** SANs, serial, key usage and EKU on one line. */
function certificateFacts(c) {
    return [
        c.sans && `SANs ${c.sans.length ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .someHosts */ .GC)(c.sans, 10) : 'none'}`,
        c.serial && `serial ${c.serial}`,
        c.keyUsage && `key usage ${c.keyUsage.join(', ')}`,
        c.extendedKeyUsage && `EKU ${c.extendedKeyUsage.join(', ')}`,
    ]
        .filter(Boolean)
        .join(' · ');
}
function renderText(report, failOn, opts = {}) {
    const lines = [];
    const broken = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .unopened */ .xJ)(report);
    if (report.certificates.length || broken.length) {
        const rows = [['STATUS', 'HOST', 'SUBJECT', 'ISSUER', 'THUMBPRINT', 'EXPIRES', 'DAYS', 'FINDINGS']];
        for (const c of report.certificates) {
            for (const h of c.hosts) {
                const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .hostFindings */ .n7)(report, c, h);
                rows.push([
                    MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .rowStatus */ .Bs)(mine)],
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
            rows.push([MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .rowStatus */ .Bs)(b.findings)], b.host, `(${b.file} not opened)`, '', '', '', '', [...new Set(b.findings.map((f) => f.rule))].join(',')]);
        lines.push(...table(rows));
        for (const c of report.certificates)
            if (c.sans || c.serial)
                lines.push(`  ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_1__/* .someHosts */ .GC)(c.hosts, 2)}: ${certificateFacts(c)}`);
        lines.push('');
    }
    if (report.endpoints.length) {
        const rows = [['STATUS', 'ENDPOINT', 'SNI', 'PROTOCOL', 'SERVED THUMBPRINT', 'DAYS', 'RESULT']];
        for (const e of report.endpoints) {
            const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointFindings */ .cK)(report, e);
            rows.push([
                MARK[(0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointStatus */ .WR)(report, e)],
                `${e.host}:${e.port}${e.address && e.address !== e.host ? '@' + e.address : ''}`,
                e.sni ?? '(none)',
                e.protocol ?? '',
                e.thumbprint ?? '',
                e.daysLeft === undefined ? '' : String(e.daysLeft),
                e.error ?? ([...new Set(mine.map((f) => f.rule))].join(',') || 'ok'),
            ]);
        }
        lines.push(...table(rows));
        // what each server sent, once per served certificate
        const seen = new Set();
        for (const e of report.endpoints) {
            if (!e.thumbprint || !e.sans || seen.has(e.thumbprint))
                continue;
            seen.add(e.thumbprint);
            const sent = e.certificatesSent === undefined ? '' : `sent ${e.certificatesSent} certificate${e.certificatesSent === 1 ? '' : 's'} · `;
            lines.push(`  ${e.sni ?? `${e.host}:${e.port} (no SNI)`}: ${sent}${cn(e.subject ?? '')} · ${certificateFacts(e)}`);
        }
        lines.push('');
    }
    for (const f of report.findings) {
        const where = [f.host, f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : undefined].filter(Boolean).join(' ');
        lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.rule}${where ? ` (${where})` : ''}: ${f.message}`);
        if (f.fix)
            lines.push(`        fix: ${f.fix}`);
    }
    if (report.config) {
        const c = report.config;
        if (c.diff) {
            const files = (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffFiles */ .pm)(c.diff);
            lines.push('', c.changed ? 'Changed:' : c.refused ? 'Would change (nothing written):' : 'Would change:');
            for (const f of files)
                lines.push(`  ${f.path} — ${(0,_service_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .describeDiffFile */ .z3)(f, opts.fullDiff)}`);
            lines.push('', (opts.fullDiff ? c.diff : (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .presentDiff */ .fI)(c.diff, _service_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isGeneratedTemplate */ ._K)).trimEnd());
            if (!opts.fullDiff && files.some((f) => (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .isGeneratedTemplate */ ._K)(f.path)))
                lines.push('(the whole diff, the generated template included: add --diff)');
        }
        if (report.command === 'patch')
            lines.push('', c.changed
                ? `Wrote ${c.written.join(', ')}`
                : c.refused
                    ? 'Nothing written: patch changes every file or none (see the findings).'
                    : c.diff
                        ? 'Dry run: nothing written.'
                        : 'Service package already in the target state: nothing changed.');
    }
    for (const n of report.notes ?? [])
        lines.push(n);
    const steps = report.config?.nextSteps ?? [];
    if (steps.length) {
        lines.push('', 'Next steps:');
        steps.forEach((s, i) => {
            lines.push(`  ${i + 1}. ${s.step}`);
            for (const l of s.lines ?? [])
                lines.push(`       ${l}`);
        });
    }
    const errors = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(report.findings, 'error');
    const warnings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .count */ .U9)(report.findings, 'warning');
    const fail = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .failing */ .Jr)(report, failOn).length > 0;
    // The verdict is the findings'; fail-on decides only the exit status, and the line says so when they differ.
    const exit = (0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .exitNote */ .Tp)(report, failOn, 'run');
    lines.push('', exit
        ? `${(0,_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .verdict */ .WJ)(report).text.toUpperCase()}: ${errors} error(s), ${warnings} warning(s) (${exit}: exit status ${fail ? 1 : 0})`
        : `${fail ? 'FAILED' : 'PASSED'}: ${errors} error(s), ${warnings} warning(s) (fail-on: ${failOn})`);
    return lines.join('\n') + '\n';
}


/***/ })

};
