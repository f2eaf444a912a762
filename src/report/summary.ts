// The job summary: a table a person reads at a glance (a row per host), then the findings with
// their fixes, the endpoints probed, and what patch changed.
import { commonNameOf } from '../certs/x509.js';
import { displayPath } from '../files.js';
import { inArea, RULES } from '../rules.js';
import type { FailOn, Finding, Report } from '../types.js';
import { count, failing, findingsFor, STATUS_ICON, unopened, worst } from './findings.js';

function cell(text: string | number | undefined): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

function shortName(dn: string): string {
  return commonNameOf(dn) ?? dn.split('\n')[0]!;
}

function relative(file: string | undefined, cwd: string): string {
  return file ? displayPath(file, cwd) : '';
}

export function renderSummary(report: Report, failOn: FailOn, cwd = process.cwd()): string {
  const out: string[] = [];
  const errors = count(report.findings, 'error');
  const warnings = count(report.findings, 'warning');
  const failed = failing(report, failOn).length > 0;
  out.push(
    `## ${failed ? '❌' : warnings ? '⚠️' : '✅'} sni-ready ${report.command}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  );
  out.push('');
  const broken = unopened(report);
  if (report.certificates.length || broken.length) {
    out.push('| | Host | Subject | Issuer | Thumbprint (SHA-1) | Expires | Days left | Findings |');
    out.push('|---|---|---|---|---|---|---|---|');
    for (const c of report.certificates) {
      const fs = findingsFor(report, c);
      for (const host of c.hosts) {
        const mine = fs.filter((f) => f.rule !== 'cert-host-mismatch' || f.host === host);
        out.push(
          `| ${STATUS_ICON[worst(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer))} | \`${c.thumbprint}\` | ${c.notAfter.slice(0, 10)} | ${c.daysLeft} | ${cell([...new Set(mine.map((f) => f.rule))].join(', '))} |`,
        );
      }
    }
    for (const b of broken) {
      out.push(
        `| ${STATUS_ICON[worst(b.findings)]} | ${cell(b.host)} | (${cell(relative(b.file, cwd))} not opened) | | | | | ${cell([...new Set(b.findings.map((f) => f.rule))].join(', '))} |`,
      );
    }
    out.push('');
  }
  if (report.endpoints.length) {
    out.push('| | Endpoint | SNI | Protocol | Served thumbprint | Days left | Result |');
    out.push('|---|---|---|---|---|---|---|');
    const shown = report.endpoints.slice(0, 500);
    for (const e of shown) {
      const mine = report.findings.filter((f) => f.host === (e.sni ?? e.host) && inArea(f, 'endpoint'));
      const status = e.error ? 'error' : worst(mine);
      out.push(
        `| ${STATUS_ICON[status]} | ${cell(e.host)}:${e.port}${e.address && e.address !== e.host ? ` @${cell(e.address)}` : ''} | ${cell(e.sni ?? '(none)')} | ${cell(e.protocol)} | ${e.thumbprint ? `\`${e.thumbprint}\`` : ''} | ${e.daysLeft ?? ''} | ${cell(e.error ?? ([...new Set(mine.map((f) => f.rule))].join(', ') || 'ok'))} |`,
      );
    }
    if (report.endpoints.length > shown.length) out.push(`\n…and ${report.endpoints.length - shown.length} more endpoints (see the JSON report).`);
    out.push('');
  }
  if (report.findings.length) {
    out.push('### Findings');
    out.push('');
    out.push('| Severity | Rule | Where | What | Fix |');
    out.push('|---|---|---|---|---|');
    for (const f of report.findings.slice(0, 500)) out.push(findingRow(f, cwd));
    if (report.findings.length > 500) out.push(`\n…and ${report.findings.length - 500} more findings (see the JSON report).`);
    out.push('');
  }
  if (report.config) {
    const c = report.config;
    out.push('### Service package');
    out.push('');
    if (c.serviceDefinition) out.push(`- Definition: \`${relative(c.serviceDefinition, cwd)}\``);
    for (const s of c.serviceConfigurations) out.push(`- Configuration: \`${relative(s, cwd)}\``);
    if (report.command === 'patch')
      out.push(
        `- ${c.changed ? `Changed: ${c.written.map((w) => `\`${relative(w, cwd)}\``).join(', ')}` : c.refused ? 'Nothing written: patch changes every file or none (see the findings)' : c.diff ? 'Dry run: nothing written' : 'Already in the target state: nothing to change'}`,
      );
    if (c.diff) out.push('', '<details><summary>Diff</summary>', '', '```diff', c.diff.trimEnd(), '```', '', '</details>');
    out.push('');
  }
  for (const note of report.notes ?? []) out.push(`- ${note}`);
  return out.join('\n') + '\n';
}

function findingRow(f: Finding, cwd: string): string {
  const where = [f.host, f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : undefined].filter(Boolean).join(' ');
  const known = RULES.has(f.rule);
  return `| ${STATUS_ICON[f.severity]} ${f.severity} | \`${f.rule}\`${known ? '' : ' (new)'} | ${cell(where)} | ${cell(f.message)} | ${cell(f.fix)} |`;
}
