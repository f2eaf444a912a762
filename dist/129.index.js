export const id = 129;
export const ids = [129];
export const modules = {

/***/ 6129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ISSUE_LABEL: () => (/* binding */ ISSUE_LABEL),
/* harmony export */   ISSUE_MARKER: () => (/* binding */ ISSUE_MARKER),
/* harmony export */   cell: () => (/* binding */ cell),
/* harmony export */   findingsFingerprint: () => (/* binding */ findingsFingerprint),
/* harmony export */   issueBody: () => (/* binding */ issueBody),
/* harmony export */   issueTarget: () => (/* binding */ issueTarget),
/* harmony export */   issueTitle: () => (/* binding */ issueTitle),
/* harmony export */   syncTrackingIssue: () => (/* binding */ syncTrackingIssue),
/* harmony export */   trackedFindings: () => (/* binding */ trackedFindings)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8522);
/* harmony import */ var _foreign_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7962);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9334);
// One tracking issue for scheduled scans (`issue: true`): found by its label and a hidden marker
// (listing issues by label: the search API lags and would make duplicates), opened when an error
// or a warning is found (a certificate expiring within warn-days is tracked before it fails),
// updated in place only when the findings change (a fingerprint of them is kept in the body), and
// closed with a comment when nothing at warning level remains. The GitHub client is loaded only
// here and only when needed.




const ISSUE_LABEL = 'sni-ready';
const ISSUE_MARKER = '<!-- sni-ready:tracking-issue -->';
const FINGERPRINT = /<!-- sni-ready:fingerprint=([0-9a-f]{64}) -->/;
/** GitHub refuses bodies over 65,536 characters; keep room for the footer. */
const MAX_BODY = 60_000;
/** Text inert inside a markdown table cell: no pipes, line breaks, markup, links, images or
 * @mentions from served data (foreign.ts). */
function cell(text) {
    if (text === undefined || text === null || text === '')
        return '—';
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCell */ .cz)(String(text));
}
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️', ok: '✅' };
/**
 * The findings the issue tracks: errors and warnings, whatever `fail-on` (which decides only the
 * step's exit status): a certificate expiring within warn-days is tracked until it is renewed.
 */
function trackedFindings(report) {
    return report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}
/**
 * What the issue is about, independent of wording and of the day: rule, severity, host and file of
 * each tracked finding. The issue is rewritten only when this changes (a renewed certificate, a
 * new problem, a warning turned error), not because "expires in 12 days" became 11.
 */
function findingsFingerprint(tracked) {
    const keys = [...new Set(tracked.map((f) => [f.severity, f.rule, f.host ?? '', f.file ?? '', f.line ?? ''].join('\u0000')))].sort();
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(keys.join('\n')).digest('hex');
}
function issueTitle(report, tracked) {
    const errors = tracked.filter((f) => f.severity === 'error').length;
    const warnings = tracked.filter((f) => f.severity === 'warning').length;
    const hosts = new Set(tracked.map((f) => f.host ?? f.file ?? '')).size;
    const parts = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean);
    return `sni-ready: ${parts.join(', ') || 'no findings'} on ${hosts} host${hosts === 1 ? '' : 's'} (${report.command})`;
}
/** The issue body: marker, fingerprint, counts, errors, then warnings (own sections), then endpoints with a problem; cut to GitHub's limit. */
function issueBody(report, tracked, env = process.env) {
    const head = [ISSUE_MARKER, `<!-- sni-ready:fingerprint=${findingsFingerprint(tracked)} -->`, ''];
    const run = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined;
    const probed = report.endpoints.filter((e) => e.sni !== null).length;
    const errors = tracked.filter((f) => f.severity === 'error');
    const warnings = tracked.filter((f) => f.severity === 'warning');
    const n = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
    head.push(`**${n(errors.length, 'error')} and ${n(warnings.length, 'warning')}** at the \`${report.command}\` of ${report.at}${probed ? ` over ${probed} endpoints` : ''}${run ? ` ([run](${run}))` : ''}. This issue is kept up to date by sni-ready and closed when no error or warning remains.`, '');
    const byHost = (a, b) => (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .byImpact */ .aZ)(a, b) || (a.host ?? '').localeCompare(b.host ?? '');
    const section = (title, fs) => fs.length
        ? [
            '',
            `### ${title}`,
            '',
            '| | Rule | Host | Finding | Fix |',
            '|---|---|---|---|---|',
            ...[...fs].sort(byHost).map((f) => `| ${ICON[f.severity]} | ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(f.rule)} | ${cell(f.host ?? f.file)} | ${cell(f.message)} | ${cell(f.fix)} |`),
        ]
        : [];
    const rows = [...section(`Errors (${errors.length})`, errors), ...section(`Warnings (${warnings.length})`, warnings)];
    const bad = report.endpoints
        .map((e) => ({ e, status: e.status ?? (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .endpointStatus */ .WR)(report, e) }))
        .filter(({ status }) => status === 'error' || status === 'warning');
    const eps = bad.length
        ? ['', '### Endpoints', '', '| Host | Address | SNI | Protocol | Thumbprint | Days left | Status |', '|---|---|---|---|---|---|---|']
        : [];
    for (const { e, status } of bad)
        eps.push(`| ${cell(e.host)} | ${cell(e.address ? `${e.address}:${e.port}` : `:${e.port}`)} | ${e.sni === null ? 'none' : 'yes'} | ${cell(e.protocol)} | ${cell(e.thumbprint)} | ${cell(e.daysLeft)} | ${ICON[status]} ${e.error ? cell(e.error) : (0,_foreign_js__WEBPACK_IMPORTED_MODULE_1__/* .codeCell */ .MZ)(worstRule(report, e.sni ?? e.host))} |`);
    let body = head.join('\n') + '\n';
    let used = 0;
    for (const r of rows) {
        if (body.length + r.length + 200 > MAX_BODY * 0.75)
            break;
        body += r + '\n';
        used++;
    }
    const left = rows.slice(used).filter((r) => r.startsWith('| ') && !r.startsWith('| |')).length;
    if (used < rows.length)
        body += `\n… and ${left} more findings: see the report artifact of the run.\n`;
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
/** The most important rule about a host, for the endpoint table. */
function worstRule(report, host) {
    return [...report.findings].filter((f) => f.host === host && f.severity !== 'notice').sort(_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .byImpact */ .aZ)[0]?.rule ?? '';
}
/** Where the tracking issue goes; an input error (before anything runs) when that is not known. */
function issueTarget(inputs) {
    const token = inputs.githubToken;
    if (!token)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(inputs.door === 'cli'
            ? '--issue needs a token with issues: write: set GITHUB_TOKEN or pass --github-token'
            : "Input 'issue' needs 'github-token' (the default ${{ github.token }} with 'permissions: issues: write')");
    const slug = process.env.GITHUB_REPOSITORY ?? '';
    const [owner, repo] = slug.split('/');
    if (!owner || !repo)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d("Input 'issue' needs the GITHUB_REPOSITORY environment variable (owner/name), which GitHub Actions sets");
    return { token, owner, repo };
}
async function syncTrackingIssue(report, inputs, log) {
    const { token, owner, repo } = issueTarget(inputs);
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    const octokit = getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    const tracked = trackedFindings(report);
    const url = (i) => i.html_url ?? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${owner}/${repo}/issues/${i.number}`;
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
                log.info(`Opened tracking issue #${created.data.number}: ${title} — ${url(created.data)}`);
            }
            else if (FINGERPRINT.exec(existing.body ?? '')?.[1] !== findingsFingerprint(tracked)) {
                await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
                log.info(`Updated tracking issue #${existing.number}: ${title} — ${url(existing)}`);
            }
            else {
                log.info(`Tracking issue #${existing.number} is up to date (the same findings): ${url(existing)}`);
            }
        }
        else if (existing) {
            const probed = report.endpoints.filter((e) => e.sni !== null).length;
            await octokit.rest.issues.createComment({
                owner,
                repo,
                issue_number: existing.number,
                body: `✅ The \`${report.command}\` of ${report.at} found no error or warning${probed ? ` over ${probed} endpoints` : ''}: closing. sni-ready opens a new issue if findings come back.`,
            });
            await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
            log.info(`Closed tracking issue #${existing.number}: no error or warning remains — ${url(existing)}`);
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
