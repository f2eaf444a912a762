// One tracking issue for scheduled scans (`issue: true`): found by its label and a hidden marker
// (listing issues by label: the search API lags and would make duplicates), opened when an error
// or a warning is found (a certificate expiring within warn-days is tracked before it fails),
// updated in place only when the findings change (a fingerprint of them is kept in the body), and
// closed with a comment when nothing at warning level remains. The GitHub client is loaded only
// here and only when needed.
import { createHash } from 'node:crypto';
import type { Finding, Inputs, Logger, Report, Severity } from '../types.js';
import { InputError } from '../types.js';
import { codeCell, mdCell } from './foreign.js';
import { byImpact, endpointStatus } from './findings.js';

export const ISSUE_LABEL = 'sni-ready';
export const ISSUE_MARKER = '<!-- sni-ready:tracking-issue -->';
const FINGERPRINT = /<!-- sni-ready:fingerprint=([0-9a-f]{64}) -->/;
/** GitHub refuses bodies over 65,536 characters; keep room for the footer. */
const MAX_BODY = 60_000;

/** Text inert inside a markdown table cell: no pipes, line breaks, markup, links, images or
 * @mentions from served data (foreign.ts). */
export function cell(text: string | number | undefined | null): string {
  if (text === undefined || text === null || text === '') return '—';
  return mdCell(String(text));
}

const ICON: Record<Severity | 'ok', string> = { error: '❌', warning: '⚠️', notice: 'ℹ️', ok: '✅' };

/**
 * The findings the issue tracks: errors and warnings, whatever `fail-on` (which decides only the
 * step's exit status): a certificate expiring within warn-days is tracked until it is renewed.
 */
export function trackedFindings(report: Report): Finding[] {
  return report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
}

/**
 * What the issue is about, independent of wording and of the day: rule, severity, host and file of
 * each tracked finding. The issue is rewritten only when this changes (a renewed certificate, a
 * new problem, a warning turned error), not because "expires in 12 days" became 11.
 */
export function findingsFingerprint(tracked: Finding[]): string {
  const keys = [...new Set(tracked.map((f) => [f.severity, f.rule, f.host ?? '', f.file ?? '', f.line ?? ''].join('\u0000')))].sort();
  return createHash('sha256').update(keys.join('\n')).digest('hex');
}

export function issueTitle(report: Report, tracked: Finding[]): string {
  const errors = tracked.filter((f) => f.severity === 'error').length;
  const warnings = tracked.filter((f) => f.severity === 'warning').length;
  const hosts = new Set(tracked.map((f) => f.host ?? f.file ?? '')).size;
  const parts = [errors && `${errors} error${errors === 1 ? '' : 's'}`, warnings && `${warnings} warning${warnings === 1 ? '' : 's'}`].filter(Boolean);
  return `sni-ready: ${parts.join(', ') || 'no findings'} on ${hosts} host${hosts === 1 ? '' : 's'} (${report.command})`;
}

/** The issue body: marker, fingerprint, counts, errors, then warnings (own sections), then endpoints with a problem; cut to GitHub's limit. */
export function issueBody(report: Report, tracked: Finding[], env: NodeJS.ProcessEnv = process.env): string {
  const head: string[] = [ISSUE_MARKER, `<!-- sni-ready:fingerprint=${findingsFingerprint(tracked)} -->`, ''];
  const run =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const probed = report.endpoints.filter((e) => e.sni !== null).length;
  const errors = tracked.filter((f) => f.severity === 'error');
  const warnings = tracked.filter((f) => f.severity === 'warning');
  const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
  head.push(
    `**${n(errors.length, 'error')} and ${n(warnings.length, 'warning')}** at the \`${report.command}\` of ${report.at}${probed ? ` over ${probed} endpoints` : ''}${run ? ` ([run](${run}))` : ''}. This issue is kept up to date by sni-ready and closed when no error or warning remains.`,
    '',
  );
  const byHost = (a: Finding, b: Finding) => byImpact(a, b) || (a.host ?? '').localeCompare(b.host ?? '');
  const section = (title: string, fs: Finding[]): string[] =>
    fs.length
      ? [
          '',
          `### ${title}`,
          '',
          '| | Rule | Host | Finding | Fix |',
          '|---|---|---|---|---|',
          ...[...fs].sort(byHost).map((f) => `| ${ICON[f.severity]} | ${codeCell(f.rule)} | ${cell(f.host ?? f.file)} | ${cell(f.message)} | ${cell(f.fix)} |`),
        ]
      : [];
  const rows = [...section(`Errors (${errors.length})`, errors), ...section(`Warnings (${warnings.length})`, warnings)];
  const bad = report.endpoints
    .map((e) => ({ e, status: e.status ?? endpointStatus(report, e) }))
    .filter(({ status }) => status === 'error' || status === 'warning');
  const eps: string[] = bad.length
    ? ['', '### Endpoints', '', '| Host | Address | SNI | Protocol | Thumbprint | Days left | Status |', '|---|---|---|---|---|---|---|']
    : [];
  for (const { e, status } of bad)
    eps.push(
      `| ${cell(e.host)} | ${cell(e.address ? `${e.address}:${e.port}` : `:${e.port}`)} | ${e.sni === null ? 'none' : 'yes'} | ${cell(e.protocol)} | ${cell(e.thumbprint)} | ${cell(e.daysLeft)} | ${ICON[status]} ${e.error ? cell(e.error) : codeCell(worstRule(report, e.sni ?? e.host))} |`,
    );

  let body = head.join('\n') + '\n';
  let used = 0;
  for (const r of rows) {
    if (body.length + r.length + 200 > MAX_BODY * 0.75) break;
    body += r + '\n';
    used++;
  }
  const left = rows.slice(used).filter((r) => r.startsWith('| ') && !r.startsWith('| |')).length;
  if (used < rows.length) body += `\n… and ${left} more findings: see the report artifact of the run.\n`;
  let usedE = 0;
  for (const r of eps) {
    if (body.length + r.length + 200 > MAX_BODY) break;
    body += r + '\n';
    usedE++;
  }
  if (usedE < eps.length) body += `\n… and ${eps.length - usedE} more endpoints.\n`;
  return body;
}

/** The most important rule about a host, for the endpoint table. */
function worstRule(report: Report, host: string): string {
  return [...report.findings].filter((f) => f.host === host && f.severity !== 'notice').sort(byImpact)[0]?.rule ?? '';
}

interface IssueLike {
  number: number;
  body?: string | null;
  title: string;
  html_url?: string;
  pull_request?: unknown;
}

/** Where the tracking issue goes; an input error (before anything runs) when that is not known. */
export function issueTarget(inputs: Pick<Inputs, 'githubToken' | 'door'>): { token: string; owner: string; repo: string } {
  const token = inputs.githubToken;
  if (!token)
    throw new InputError(
      inputs.door === 'cli'
        ? '--issue needs a token with issues: write: set GITHUB_TOKEN or pass --github-token'
        : "Input 'issue' needs 'github-token' (the default ${{ github.token }} with 'permissions: issues: write')",
    );
  const slug = process.env.GITHUB_REPOSITORY ?? '';
  const [owner, repo] = slug.split('/');
  if (!owner || !repo) throw new InputError("Input 'issue' needs the GITHUB_REPOSITORY environment variable (owner/name), which GitHub Actions sets");
  return { token, owner, repo };
}

export async function syncTrackingIssue(report: Report, inputs: Inputs, log: Logger): Promise<void> {
  const { token, owner, repo } = issueTarget(inputs);

  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
  const tracked = trackedFindings(report);
  const url = (i: Pick<IssueLike, 'number' | 'html_url'>) =>
    i.html_url ?? `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${owner}/${repo}/issues/${i.number}`;

  try {
    const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: ISSUE_LABEL, state: 'open', per_page: 100 })) as IssueLike[];
    const mine = open.filter((i) => !i.pull_request && (i.body ?? '').includes(ISSUE_MARKER)).sort((a, b) => a.number - b.number);
    const existing = mine[0];
    if (mine.length > 1)
      log.warn(`Several open tracking issues carry the sni-ready marker (${mine.map((i) => `#${i.number}`).join(', ')}); updating #${existing!.number}.`);

    if (tracked.length) {
      const title = issueTitle(report, tracked);
      const body = issueBody(report, tracked);
      if (!existing) {
        const created = await octokit.rest.issues.create({ owner, repo, title, body, labels: [ISSUE_LABEL] });
        log.info(`Opened tracking issue #${created.data.number}: ${title} — ${url(created.data as IssueLike)}`);
      } else if (FINGERPRINT.exec(existing.body ?? '')?.[1] !== findingsFingerprint(tracked)) {
        await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
        log.info(`Updated tracking issue #${existing.number}: ${title} — ${url(existing)}`);
      } else {
        log.info(`Tracking issue #${existing.number} is up to date (the same findings): ${url(existing)}`);
      }
    } else if (existing) {
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
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint = status === 403 || status === 404 ? " Give the job 'permissions: issues: write' and pass 'github-token'." : '';
    throw new Error(
      `Could not update the sni-ready tracking issue in ${owner}/${repo}: ${status ? `GitHub answered ${status}: ` : ''}${(err as Error).message}.${hint}`,
    );
  }
}
