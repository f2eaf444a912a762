export const id = 730;
export const ids = [730];
export const modules = {

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7264);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1011);
/* harmony import */ var _report_findings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9334);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(649);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9510);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8522);
// The action's door: read inputs, run the engine, present the report. Every decision lives in
// the engine; this file only talks to the runner.








/**
 * The action's entry point, `run()` by the convention of actions/typescript-action, so that
 * `npx @github/local-action run . src/main.ts .env.example` runs it as GitHub would.
 */
async function run() {
    try {
        const password = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('password');
        if (password)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(password);
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .addSecret */ .C)(password);
        const token = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4('github-token');
        if (token)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(token);
        // A misspelled input (site: for sites:) would otherwise be ignored without a word.
        const unknown = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownActionInputs */ .Wp)(process.env);
        if (unknown.length)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d(`${unknown.map((u) => `'${u.name}' is not an input of sni-ready${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`).join('; ')}; its inputs are listed in action.yml and the README`);
        const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .TL)((name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name), process.env, process.env.GITHUB_WORKSPACE || process.cwd());
        for (const s of inputs.sites) {
            if (s.password) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(s.password);
                (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .addSecret */ .C)(s.password);
            }
        }
        const log = { info: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(l)), warn: (l) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(l)) };
        const { report, outputs } = await (0,_run_js__WEBPACK_IMPORTED_MODULE_5__/* .execute */ .g)(inputs, log);
        for (const [name, value] of Object.entries(outputs))
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value);
        for (const f of report.findings) {
            const props = { title: `${f.rule}${f.host ? ` (${f.host})` : ''}` };
            if (f.file)
                props.file = (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(f.file, inputs.cwd);
            if (f.line)
                props.startLine = f.line;
            const text = f.fix ? `${f.message} Fix: ${f.fix}` : f.message;
            if (f.severity === 'error')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(text, props);
            else if (f.severity === 'warning')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(text, props);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(text, props);
        }
        if (process.env.GITHUB_STEP_SUMMARY)
            await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .renderSummary */ .Br)(report, inputs.failOn, inputs.cwd)).write();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Report written to ${inputs.reportPath}`);
        const failed = (0,_report_findings_js__WEBPACK_IMPORTED_MODULE_3__/* .failing */ .Jr)(report, inputs.failOn);
        if (failed.length)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${failed.length} finding(s) at or above fail-on '${inputs.failOn}': ${[...new Set(failed.map((f) => f.rule))].join(', ')}`);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(err instanceof _types_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .d ? message : `sni-ready failed: ${message}`));
    }
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   MF: () => (/* binding */ servedOwn),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9244);
/* harmony import */ var _service_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9334);
// The job summary, read in a browser at laptop width: a heading that says whether it is OK and a
// line that says what to do, a short table per host (it fits 1000 px: long texts live in lists,
// which wrap, never in table cells, which do not), the findings grouped — one entry per problem
// with every host it concerns — the endpoints probed under their own heading, and for patch the
// files it changes, with the diff folded and the generated PowerShell template left out of it.





/** Table cells stay short: a cell never wraps, so a long one pushes the table off the page. */
const MAX_CELL = 34;
const MAX_ROWS = 500;
function clip(text, max = MAX_CELL) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function cell(text, max = MAX_CELL) {
    return clip(String(text ?? '').replace(/\r?\n/g, ' '), max)
        .replace(/\|/g, '\\|')
        .replace(/</g, '&lt;');
}
/** Text for a list item: markdown-significant characters that could start markup are escaped. */
function prose(text) {
    return text.replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
function shortName(dn) {
    return (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_0__/* .commonNameOf */ .KJ)(dn) ?? dn.split('\n')[0];
}
function relative(file, cwd) {
    return file ? (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file, cwd) : '';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
const ORDER = { error: 0, warning: 1, notice: 2 };
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function groupFindings(findings, cwd) {
    const groups = new Map();
    for (const f of findings) {
        const generic = (text) => (text && f.host ? text.replace(new RegExp(`\\b${escapeRe(f.host)}\\b`, 'g'), '\u0000') : text);
        const where = f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : '';
        const key = [f.rule, f.severity, generic(f.message), generic(f.fix) ?? '', f.file ?? ''].join('\u0001');
        const g = groups.get(key);
        if (g) {
            if (f.host && !g.hosts.includes(f.host))
                g.hosts.push(f.host);
            if (where && !g.where.includes(where))
                g.where.push(where);
            continue;
        }
        groups.set(key, { rule: f.rule, severity: f.severity, hosts: f.host ? [f.host] : [], where: where ? [where] : [], message: f.message, fix: f.fix });
    }
    const out = [...groups.values()];
    for (const g of out) {
        if (g.hosts.length < 2)
            continue;
        // The first host's name stands for each of them.
        const first = new RegExp(`\\b${escapeRe(g.hosts[0])}\\b`, 'g');
        g.message = g.message.replace(first, 'each host');
        if (g.fix)
            g.fix = g.fix.replace(first, 'each host');
    }
    return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
function hostFindings(report, c, host) {
    const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .findingsFor */ .I6)(report, c).filter((f) => f.rule !== 'cert-host-mismatch' || f.host === host);
    for (const f of report.findings)
        if (f.host === host && !mine.includes(f))
            mine.push(f);
    return mine;
}
function statusText(findings) {
    if (!findings.length)
        return 'ok';
    const rules = [...new Set(findings.map((f) => f.rule))];
    return rules.length === 1 ? `\`${rules[0]}\`` : `\`${rules[0]}\` +${rules.length - 1}`;
}
function expiry(notAfter, daysLeft) {
    if (!notAfter)
        return '';
    return `${notAfter.slice(0, 10)} (${daysLeft ?? '?'} d)`;
}
/** For verify and scan: how many hosts (with SNI) were served their own certificate, out of how
 * many were probed, and whether clients without SNI got one; undefined when nothing was served. */
function servedOwn(report) {
    const withSni = report.endpoints.filter((e) => e.sni);
    if (!withSni.length)
        return undefined;
    const own = withSni.filter((e) => {
        if (e.error || !e.thumbprint)
            return false;
        const cert = report.certificates.find((c) => c.hosts.includes(e.sni));
        const wrong = report.findings.some((f) => f.host === e.sni && f.severity === 'error' && (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .inArea */ .HO)(f, 'endpoint'));
        return cert ? cert.thumbprint === e.thumbprint && !wrong : !wrong;
    }).length;
    return { own, probed: withSni.length, fallback: report.endpoints.some((e) => e.sni === null && !e.error && e.thumbprint) };
}
/** The one line under the heading: what happened, then what to do (or that nothing needs doing). */
function nextStep(report, groups) {
    const parts = [];
    const served = servedOwn(report);
    if (served && served.own === served.probed) {
        const noun = report.command === 'scan' ? 'endpoint' : 'host';
        parts.push(`**Each of ${plural(served.probed, noun)} was served its own certificate${served.fallback ? ', and clients without SNI got the fallback' : ''}.**`);
    }
    const c = report.config;
    if (report.command === 'patch' && c) {
        const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff).length : 0;
        parts.push(c.changed
            ? `**Patched:** ${plural(c.written.length, 'file')} written; deploy the package.`
            : c.refused
                ? '**Nothing written:** patch changes every file or none, and a finding below stops it.'
                : c.diff
                    ? `**Dry run:** ${plural(files, 'file')} would change (listed below); run again without \`dry-run\` to write them.`
                    : '**The package is already in the target state.**');
    }
    const todo = groups.filter((g) => g.severity !== 'notice');
    if (todo.length) {
        const first = todo[0];
        const who = first.hosts.length ? ` (${first.hosts.slice(0, 3).join(', ')}${first.hosts.length > 3 ? ', …' : ''})` : '';
        parts.push(`**What to do:** ${todo.length === 1 ? 'one fix' : `${todo.length} fixes`}, listed below. First: \`${first.rule}\`${who} — ${prose(clip(first.fix ?? first.message, 240))}`);
    }
    else {
        const hosts = new Set(report.certificates.flatMap((x) => x.hosts)).size;
        parts.push(hosts || report.endpoints.length || c
            ? `**Nothing to do${parts.length ? '' : `: ${hosts ? `${plural(hosts, 'host')} checked, each with a valid certificate` : 'no problem found'}`}.**`
            : '**Nothing was checked.**');
    }
    return parts.join(' ');
}
function renderSummary(report, failOn, cwd = process.cwd()) {
    const out = [];
    const errors = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'error');
    const warnings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'warning');
    const failed = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .failing */ .Jr)(report, failOn).length > 0;
    const groups = groupFindings(report.findings, cwd);
    const verdict = failed ? 'not ready' : warnings ? 'ready, with warnings' : 'ready';
    out.push(`## ${failed ? '❌' : warnings ? '⚠️' : '✅'} sni-ready ${report.command}: ${verdict} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`, '', nextStep(report, groups), '');
    const broken = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .unopened */ .xJ)(report);
    if (report.certificates.length || broken.length) {
        out.push('### Hosts', '', '| | Host | Certificate | Issuer | Expires | Findings |', '|---|---|---|---|---|---|');
        let rows = 0;
        for (const c of report.certificates) {
            for (const host of c.hosts) {
                if (rows++ >= MAX_ROWS)
                    break;
                const mine = hostFindings(report, c, host);
                out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .worst */ .QZ)(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer), 24)} | ${expiry(c.notAfter, c.daysLeft)} | ${statusText(mine)} |`);
            }
        }
        for (const b of broken) {
            if (rows++ >= MAX_ROWS)
                break;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .worst */ .QZ)(b.findings)]} | ${cell(b.host)} | not opened: ${cell(relative(b.file, cwd), 24)} | | | ${statusText(b.findings)} |`);
        }
        if (rows > MAX_ROWS)
            out.push('', `…and ${rows - MAX_ROWS} more hosts (see the JSON report).`);
        out.push('');
    }
    if (groups.length) {
        out.push('### What to do', '');
        groups.slice(0, MAX_ROWS).forEach((g, i) => {
            const hosts = g.hosts.length ? ` — ${g.hosts.length > 1 ? `${g.hosts.length} hosts: ` : ''}${g.hosts.map(prose).join(', ')}` : '';
            const where = g.where.length ? ` · ${g.where.map((w) => `\`${w}\``).join(', ')}` : '';
            out.push(`${i + 1}. ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[g.severity]} **\`${g.rule}\`**${hosts}${where}<br>`);
            out.push(`   ${prose(g.message)}${g.fix ? `<br>**Fix:** ${prose(g.fix)}` : ''}`);
        });
        if (groups.length > MAX_ROWS)
            out.push('', `…and ${groups.length - MAX_ROWS} more (see the JSON report).`);
        out.push('');
    }
    if (report.endpoints.length) {
        out.push(`### Endpoints ${report.command === 'verify' ? 'served by the local test server' : 'probed'}`, '');
        out.push('| | Endpoint | SNI | Served certificate | Expires | Result |', '|---|---|---|---|---|---|');
        for (const e of report.endpoints.slice(0, MAX_ROWS)) {
            const mine = report.findings.filter((f) => f.host === (e.sni ?? e.host) && (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .inArea */ .HO)(f, 'endpoint'));
            const status = e.error ? 'error' : (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .worst */ .QZ)(mine);
            const served = e.thumbprint ? `${cell(e.subject ? shortName(e.subject) : '', 22)} \`${e.thumbprint.slice(0, 8)}…\`` : '';
            const target = `${e.host}:${e.port}${e.address && e.address !== e.host ? ` @${e.address}` : ''}`;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[status]} | ${cell(target, 40)} | ${cell(e.sni ?? '(none)', 28)} | ${served} | ${expiry(e.notAfter, e.daysLeft)} | ${e.error ? cell(e.error, 24) : statusText(mine)} |`);
        }
        if (report.endpoints.length > MAX_ROWS)
            out.push('', `…and ${report.endpoints.length - MAX_ROWS} more endpoints (see the JSON report).`);
        out.push('');
    }
    if (report.config) {
        const c = report.config;
        out.push('### Service package', '');
        if (c.serviceDefinition)
            out.push(`- Definition: \`${relative(c.serviceDefinition, cwd)}\``);
        for (const s of c.serviceConfigurations)
            out.push(`- Configuration: \`${relative(s, cwd)}\``);
        if (report.command === 'patch') {
            const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff) : [];
            const verb = c.changed
                ? 'Changed'
                : c.refused
                    ? 'Nothing written: patch changes every file or none (see the findings)'
                    : c.diff
                        ? 'Would change (dry run, nothing written)'
                        : 'Already in the target state: nothing to change';
            out.push(`- ${verb}${files.length ? ':' : ''}`);
            for (const f of files)
                out.push(`  - \`${f.path}\` — ${(0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDiffFile */ .z3)(f)}`);
            for (const w of c.written)
                if (!files.some((f) => w.endsWith(f.path)))
                    out.push(`  - \`${relative(w, cwd)}\``);
        }
        if (c.diff) {
            const shown = (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .presentDiff */ .fI)(c.diff, _service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .isGeneratedTemplate */ ._K);
            out.push('', '<details><summary>Diff</summary>', '', '```diff', shown.trimEnd(), '```', '', '</details>');
        }
        out.push('');
    }
    const certs = report.certificates.slice(0, MAX_ROWS);
    if (certs.length) {
        out.push('<details><summary>Certificate details</summary>', '');
        for (const c of certs)
            out.push(`- **${prose(c.hosts.join(', '))}** — \`${relative(c.file, cwd)}\`<br>${prose(c.subject.replace(/\n/g, ', '))}, issued by ${prose(shortName(c.issuer))}<br>SHA-1 \`${c.thumbprint}\` · expires ${c.notAfter.slice(0, 10)} · ${c.keyType} ${c.keySize} · ${c.container.type}${c.container.encryption ? ` (${c.container.encryption})` : ''}`);
        out.push('', '</details>', '');
    }
    const notes = report.notes ?? [];
    if (notes.length) {
        out.push('### Notes', '');
        for (const note of notes)
            out.push(`- ${prose(note)}`);
        out.push('');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}


/***/ })

};
