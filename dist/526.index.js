export const id = 526;
export const ids = [526];
export const modules = {

/***/ 526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(7264);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(1011);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary: a table a person reads at a glance (a row per host), then the findings with
// their fixes, the endpoints probed, and what patch changed.



function cell(text) {
    return String(text ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, ' ');
}
function shortName(dn) {
    const cn = /(?:^|\n|,\s*)CN=([^\n,]+)/.exec(dn);
    return cn ? cn[1] : dn.split('\n')[0];
}
function relative(file, cwd) {
    return file ? (0,files/* displayPath */.Gt)(file, cwd) : '';
}
function renderSummary(report, failOn, cwd = process.cwd()) {
    const out = [];
    const errors = (0,findings/* count */.U9)(report.findings, 'error');
    const warnings = (0,findings/* count */.U9)(report.findings, 'warning');
    const failed = (0,findings/* failing */.Jr)(report, failOn).length > 0;
    out.push(`## ${failed ? '❌' : warnings ? '⚠️' : '✅'} sni-ready ${report.command}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
    out.push('');
    const broken = (0,findings/* unopened */.xJ)(report);
    if (report.certificates.length || broken.length) {
        out.push('| | Host | Subject | Issuer | Thumbprint (SHA-1) | Expires | Days left | Findings |');
        out.push('|---|---|---|---|---|---|---|---|');
        for (const c of report.certificates) {
            const fs = (0,findings/* findingsFor */.I6)(report, c);
            for (const host of c.hosts) {
                const mine = fs.filter((f) => f.rule !== 'cert-host-mismatch' || f.host === host);
                out.push(`| ${findings/* STATUS_ICON */.tW[(0,findings/* worst */.QZ)(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer))} | \`${c.thumbprint}\` | ${c.notAfter.slice(0, 10)} | ${c.daysLeft} | ${cell([...new Set(mine.map((f) => f.rule))].join(', '))} |`);
            }
        }
        for (const b of broken) {
            out.push(`| ${findings/* STATUS_ICON */.tW[(0,findings/* worst */.QZ)(b.findings)]} | ${cell(b.host)} | (${cell(relative(b.file, cwd))} not opened) | | | | | ${cell([...new Set(b.findings.map((f) => f.rule))].join(', '))} |`);
        }
        out.push('');
    }
    if (report.endpoints.length) {
        out.push('| | Endpoint | SNI | Protocol | Served thumbprint | Days left | Result |');
        out.push('|---|---|---|---|---|---|---|');
        const shown = report.endpoints.slice(0, 500);
        for (const e of shown) {
            const mine = report.findings.filter((f) => f.host === (e.sni ?? e.host) && f.rule.startsWith('tls-'));
            const status = e.error ? 'error' : (0,findings/* worst */.QZ)(mine);
            out.push(`| ${findings/* STATUS_ICON */.tW[status]} | ${cell(e.host)}:${e.port}${e.address && e.address !== e.host ? ` @${cell(e.address)}` : ''} | ${cell(e.sni ?? '(none)')} | ${cell(e.protocol)} | ${e.thumbprint ? `\`${e.thumbprint}\`` : ''} | ${e.daysLeft ?? ''} | ${cell(e.error ?? ([...new Set(mine.map((f) => f.rule))].join(', ') || 'ok'))} |`);
        }
        if (report.endpoints.length > shown.length)
            out.push(`\n…and ${report.endpoints.length - shown.length} more endpoints (see the JSON report).`);
        out.push('');
    }
    if (report.findings.length) {
        out.push('### Findings');
        out.push('');
        out.push('| Severity | Rule | Where | What | Fix |');
        out.push('|---|---|---|---|---|');
        for (const f of report.findings.slice(0, 500))
            out.push(findingRow(f, cwd));
        if (report.findings.length > 500)
            out.push(`\n…and ${report.findings.length - 500} more findings (see the JSON report).`);
        out.push('');
    }
    if (report.config) {
        const c = report.config;
        out.push('### Service package');
        out.push('');
        if (c.serviceDefinition)
            out.push(`- Definition: \`${relative(c.serviceDefinition, cwd)}\``);
        for (const s of c.serviceConfigurations)
            out.push(`- Configuration: \`${relative(s, cwd)}\``);
        if (report.command === 'patch')
            out.push(`- ${c.changed ? `Changed: ${c.written.map((w) => `\`${relative(w, cwd)}\``).join(', ')}` : c.diff ? 'Dry run: nothing written' : 'Already in the target state: nothing to change'}`);
        if (c.diff)
            out.push('', '<details><summary>Diff</summary>', '', '```diff', c.diff.trimEnd(), '```', '', '</details>');
        out.push('');
    }
    for (const note of report.notes ?? [])
        out.push(`- ${note}`);
    return out.join('\n') + '\n';
}
function findingRow(f, cwd) {
    const where = [f.host, f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : undefined].filter(Boolean).join(' ');
    const known = rules.RULES.has(f.rule);
    return `| ${findings/* STATUS_ICON */.tW[f.severity]} ${f.severity} | \`${f.rule}\`${known ? '' : ' (new)'} | ${cell(where)} | ${cell(f.message)} | ${cell(f.fix)} |`;
}

// EXTERNAL MODULE: ./src/run.ts + 2 modules
var run = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/main.ts
// The action's door: read inputs, run the engine, present the report. Every decision lives in
// the engine; this file only talks to the runner.








async function main() {
    try {
        const password = core/* getInput */.V4('password');
        if (password)
            core/* setSecret */.Pq(password);
        (0,redact/* addSecret */.Ck)(password);
        const token = core/* getInput */.V4('github-token');
        if (token)
            core/* setSecret */.Pq(token);
        const inputs = (0,src_inputs/* parseInputs */.TL)((name) => core/* getInput */.V4(name), process.env, process.env.GITHUB_WORKSPACE || process.cwd());
        for (const s of inputs.sites) {
            if (s.password) {
                core/* setSecret */.Pq(s.password);
                (0,redact/* addSecret */.Ck)(s.password);
            }
        }
        const log = { info: (l) => core/* info */.pq((0,redact/* redact */.E$)(l)), warn: (l) => core/* warning */.$e((0,redact/* redact */.E$)(l)) };
        const { report, outputs } = await (0,run/* execute */.g)(inputs, log);
        for (const [name, value] of Object.entries(outputs))
            core/* setOutput */.uH(name, value);
        for (const f of report.findings) {
            const props = { title: `${f.rule}${f.host ? ` (${f.host})` : ''}` };
            if (f.file)
                props.file = (0,files/* displayPath */.Gt)(f.file, inputs.cwd);
            if (f.line)
                props.startLine = f.line;
            const text = (0,redact/* redact */.E$)(f.fix ? `${f.message} Fix: ${f.fix}` : f.message);
            if (f.severity === 'error')
                core/* error */.z3(text, props);
            else if (f.severity === 'warning')
                core/* warning */.$e(text, props);
            else
                core/* notice */.lm(text, props);
        }
        if (process.env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw((0,redact/* redact */.E$)(renderSummary(report, inputs.failOn, inputs.cwd))).write();
        core/* info */.pq(`Report written to ${inputs.reportPath}`);
        const failed = (0,findings/* failing */.Jr)(report, inputs.failOn);
        if (failed.length)
            core/* setFailed */.C1(`${failed.length} finding(s) at or above fail-on '${inputs.failOn}': ${[...new Set(failed.map((f) => f.rule))].join(', ')}`);
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        core/* setFailed */.C1((0,redact/* redact */.E$)(err instanceof types/* InputError */.d ? message : `sni-ready failed: ${message}`));
    }
}


/***/ })

};
