// The CLI's human-readable output: an aligned table per host, then findings with fixes.
import { shortNameOf } from '../certs/x509.js';
import { someHosts } from '../hosts.js';
import { describeDiffFile, diffFiles, isGeneratedTemplate, presentDiff } from '../service/diff.js';
import type { FailOn, Report } from '../types.js';
import { count, endpointFindings, endpointStatus, exitNote, failing, hostFindings, rowStatus, unopened, verdict } from './findings.js';

const MARK = { error: 'FAIL', warning: 'WARN', notice: 'NOTE', ok: 'OK' } as const;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}

const cn = shortNameOf;

/** SANs, serial, key usage and EKU on one line. */
function certificateFacts(c: { sans?: string[]; serial?: string; keyUsage?: string[]; extendedKeyUsage?: string[] }): string {
  return [
    c.sans && `SANs ${c.sans.length ? someHosts(c.sans, 10) : 'none'}`,
    c.serial && `serial ${c.serial}`,
    c.keyUsage && `key usage ${c.keyUsage.join(', ')}`,
    c.extendedKeyUsage && `EKU ${c.extendedKeyUsage.join(', ')}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface TextOptions {
  /** print the whole diff, the generated PowerShell template included (`--diff`); by default the
   * template is named with its length and its body left out, as in the job summary */
  fullDiff?: boolean;
}

export function renderText(report: Report, failOn: FailOn, opts: TextOptions = {}): string {
  const lines: string[] = [];
  const broken = unopened(report);
  if (report.certificates.length || broken.length) {
    const rows = [['STATUS', 'HOST', 'SUBJECT', 'ISSUER', 'THUMBPRINT', 'EXPIRES', 'DAYS', 'FINDINGS']];
    for (const c of report.certificates) {
      for (const h of c.hosts) {
        const mine = hostFindings(report, c, h);
        rows.push([
          MARK[rowStatus(mine)],
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
      rows.push([MARK[rowStatus(b.findings)], b.host, `(${b.file} not opened)`, '', '', '', '', [...new Set(b.findings.map((f) => f.rule))].join(',')]);
    lines.push(...table(rows));
    for (const c of report.certificates) if (c.sans || c.serial) lines.push(`  ${someHosts(c.hosts, 2)}: ${certificateFacts(c)}`);
    lines.push('');
  }
  if (report.endpoints.length) {
    const rows = [['STATUS', 'ENDPOINT', 'SNI', 'PROTOCOL', 'SERVED THUMBPRINT', 'DAYS', 'RESULT']];
    for (const e of report.endpoints) {
      const mine = endpointFindings(report, e);
      rows.push([
        MARK[endpointStatus(report, e)],
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
    const seen = new Set<string>();
    for (const e of report.endpoints) {
      if (!e.thumbprint || !e.sans || seen.has(e.thumbprint)) continue;
      seen.add(e.thumbprint);
      const sent = e.certificatesSent === undefined ? '' : `sent ${e.certificatesSent} certificate${e.certificatesSent === 1 ? '' : 's'} · `;
      lines.push(`  ${e.sni ?? `${e.host}:${e.port} (no SNI)`}: ${sent}${cn(e.subject ?? '')} · ${certificateFacts(e)}`);
    }
    lines.push('');
  }
  for (const f of report.findings) {
    const where = [f.host, f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : undefined].filter(Boolean).join(' ');
    lines.push(`${f.severity.toUpperCase().padEnd(7)} ${f.rule}${where ? ` (${where})` : ''}: ${f.message}`);
    if (f.fix) lines.push(`        fix: ${f.fix}`);
  }
  if (report.config) {
    const c = report.config;
    if (c.diff) {
      const files = diffFiles(c.diff);
      lines.push('', c.changed ? 'Changed:' : c.refused ? 'Would change (nothing written):' : 'Would change:');
      for (const f of files) lines.push(`  ${f.path} — ${describeDiffFile(f, opts.fullDiff)}`);
      lines.push('', (opts.fullDiff ? c.diff : presentDiff(c.diff, isGeneratedTemplate)).trimEnd());
      if (!opts.fullDiff && files.some((f) => isGeneratedTemplate(f.path))) lines.push('(the whole diff, the generated template included: add --diff)');
    }
    if (report.command === 'patch')
      lines.push(
        '',
        c.changed
          ? `Wrote ${c.written.join(', ')}`
          : c.refused
            ? 'Nothing written: patch changes every file or none (see the findings).'
            : c.diff
              ? 'Dry run: nothing written.'
              : 'Service package already in the target state: nothing changed.',
      );
  }
  for (const n of report.notes ?? []) lines.push(n);
  const steps = report.config?.nextSteps ?? [];
  if (steps.length) {
    lines.push('', 'Next steps:');
    steps.forEach((s, i) => {
      lines.push(`  ${i + 1}. ${s.step}`);
      for (const l of s.lines ?? []) lines.push(`       ${l}`);
    });
  }
  const errors = count(report.findings, 'error');
  const warnings = count(report.findings, 'warning');
  const fail = failing(report, failOn).length > 0;
  // The verdict is the findings'; fail-on decides only the exit status, and the line says so when they differ.
  const exit = exitNote(report, failOn, 'run');
  lines.push(
    '',
    exit
      ? `${verdict(report).text.toUpperCase()}: ${errors} error(s), ${warnings} warning(s) (${exit}: exit status ${fail ? 1 : 0})`
      : `${fail ? 'FAILED' : 'PASSED'}: ${errors} error(s), ${warnings} warning(s) (fail-on: ${failOn})`,
  );
  return lines.join('\n') + '\n';
}
