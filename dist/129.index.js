export const id = 129;
export const ids = [129];
export const modules = {

/***/ 6129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue)
/* harmony export */ });
/* unused harmony exports ISSUE_LABEL, ISSUE_MARKER, cell, trackedFindings, issueTitle, issueBody */
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9244);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var _foreign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7962);
// One tracking issue for scheduled scans (`issue: true`): found by its label and a hidden marker
// (listing issues by label: the search API lags and would make duplicates), opened when findings
// reach `fail-on`, updated in place with the current table, closed with a comment when clean.
// The GitHub client is loaded only here and only when needed.



const ISSUE_LABEL = 'sni-ready';
const ISSUE_MARKER = '<!-- sni-ready:tracking-issue -->';
/** GitHub refuses bodies over 65,536 characters; keep room for the footer. */
const MAX_BODY = 60_000;
/** Text inert inside a markdown table cell: no pipes, line breaks, markup, links, images or
 * @mentions from served data (foreign.ts). */
function cell(text) {
    if (text === undefined || text === null || text === '')
        return '—';
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(String(text));
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function threshold(inputs) {
    // With fail-on: never the step never fails, but the issue still tracks errors.
    return inputs.failOn === 'warning' ? 'warning' : 'error';
}
function trackedFindings(report, inputs) {
    return report.findings.filter((f) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .atOrAbove */ .kU)(f.severity, threshold(inputs)));
}
function issueTitle(report, tracked) {
    const errors = tracked.filter((f) => f.severity === 'error').length;
    const warnings = tracked.filter((f) => f.severity === 'warning').length;
    const hosts = new Set(tracked.map((f) => f.host ?? f.file ?? '')).size;
    const parts = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean);
    return `sni-ready: ${parts.join(', ') || 'no findings'} on ${hosts} host${hosts === 1 ? '' : 's'} (${report.command})`;
}
function endpointStatus(e, byHost) {
    const fs = byHost.get(e.host) ?? [];
    if (e.error)
        return `${ICON.error} ${cell(e.error)}`;
    const worst = fs.find((f) => f.severity === 'error') ?? fs.find((f) => f.severity === 'warning');
    return worst ? `${ICON[worst.severity]} ${cell(worst.rule)}` : '✅';
}
/** The issue body: marker, counts, findings table, then endpoints with a problem; cut to GitHub's limit. */
function issueBody(report, tracked, env = process.env) {
    const head = [ISSUE_MARKER, ''];
    const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const probed = report.endpoints.filter((e) => e.sni !== null).length;
    head.push(`**${tracked.length} finding${tracked.length === 1 ? '' : 's'}** at the \`${report.command}\` of ${report.at}${probed ? ` over ${probed} endpoints` : ''}${run ? ` ([run](${run}))` : ''}. This issue is kept up to date by sni-ready and closed when a scan is clean.`, '');
    const rows = ['| | Rule | Host | Finding | Fix |', '|---|---|---|---|---|'];
    const sorted = [...tracked].sort((a, b) => (a.severity === b.severity ? (a.host ?? '').localeCompare(b.host ?? '') : a.severity === 'error' ? -1 : 1));
    for (const f of sorted)
        rows.push(`| ${ICON[f.severity]} | ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(f.rule)} | ${cell(f.host ?? f.file)} | ${cell(f.message)} | ${cell(f.fix)} |`);
    const byHost = new Map();
    for (const f of tracked)
        if (f.host)
            byHost.set(f.host, [...(byHost.get(f.host) ?? []), f]);
    const bad = report.endpoints.filter((e) => e.error || byHost.has(e.host));
    const eps = bad.length
        ? ['', '### Endpoints', '', '| Host | Address | SNI | Protocol | Thumbprint | Days left | Status |', '|---|---|---|---|---|---|---|']
        : [];
    for (const e of bad)
        eps.push(`| ${cell(e.host)} | ${cell(e.address ? `${e.address}:${e.port}` : `:${e.port}`)} | ${e.sni === null ? 'none' : 'yes'} | ${cell(e.protocol)} | ${cell(e.thumbprint)} | ${cell(e.daysLeft)} | ${endpointStatus(e, byHost)} |`);
    let body = head.join('\n') + '\n';
    let used = 0;
    for (const r of rows) {
        if (body.length + r.length + 200 > MAX_BODY * 0.75)
            break;
        body += r + '\n';
        used++;
    }
    if (used < rows.length)
        body += `\n… and ${rows.length - used} more findings: see the report artifact of the run.\n`;
    let usedE = 0;
    for (const r of eps) {
        if (body.length + r.length + 200 > MAX_BODY)
            break;
        body += r + '\n';
        usedE++;
    }
    if (usedE < eps.length)
        body += `\n… and ${eps.length - usedE} more endpoints.\n`;
    return body;
}
async function syncTrackingIssue(report, inputs, log) {
    const token = inputs.githubToken;
    if (!token)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(inputs.door === 'cli'
            ? '--issue needs a token with issues: write: set GITHUB_TOKEN or pass --github-token'
            : "Input 'issue' needs 'github-token' (the default ${{ github.token }} with 'permissions: issues: write')");
    const slug = process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = slug.split('/');
    if (!owner || !repo)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d("Input 'issue' needs the GITHUB_REPOSITORY environment variable (owner/name), which GitHub Actions sets");
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    const tracked = trackedFindings(report, inputs);
    try {
        const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'open', per_page: 100 }));
        const mine = open.filter((i) => !i.pull_request && (i.body ?? '').includes(ISSUE_MARKER)).sort((a, b) => a.number - b.number);
        const existing = mine[0];
        if (mine.length > 1)
            log.warn(`Several open tracking issues carry the sni-ready marker (${mine.map((i) => `#${i.number}`).join(', ')}); updating #${existing.number}.`);
        if (tracked.length) {
            const title = issueTitle(report, tracked);
            const body = issueBody(report, tracked);
            if (!existing) {
                const created = await octokit.rest.issues.create({ owner, repo, title, body, labels: [ISSUE_LABEL] });
                log.info(`Opened tracking issue #${created.data.number}: ${title}`);
            }
            else if (existing.body !== body || existing.title !== title) {
                await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
                log.info(`Updated tracking issue #${existing.number}: ${title}`);
            }
            else {
                log.info(`Tracking issue #${existing.number} is up to date.`);
            }
        }
        else if (existing) {
            const probed = report.endpoints.filter((e) => e.sni !== null).length;
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: existing.number,
                body: `✅ The \`${report.command}\` of ${report.at} is clean${probed ? ` over ${probed} endpoints` : ''}: closing. sni-ready reopens a new issue if findings come back.`,
            });
            await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
            log.info(`Closed tracking issue #${existing.number}: the scan is clean.`);
        }
    }
    catch (err) {
        const status = err.status;
        const hint = status === 403 || status === 404 ? " Give the job 'permissions: issues: write' and pass 'github-token'." : '';
        throw new Error(`Could not update the sni-ready tracking issue in ${owner}/${repo}: ${status ? `GitHub answered ${status}: ` : ''}${err.message}.${hint}`);
    }
}


/***/ })

};
