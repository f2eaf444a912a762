// Small queries over a report's findings, shared by every presenter.
import { daysBetween } from '../certs/x509.js';
import { atOrAbove } from '../rules.js';
import type { CertificateReport, FailOn, Finding, Report, Severity } from '../types.js';

export function count(findings: Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

export function failing(report: Report, failOn: FailOn): Finding[] {
  return report.findings.filter((f) => atOrAbove(f.severity, failOn));
}

/**
 * Findings that concern a certificate entry: same file (and, when the finding names a host, one of
 * the entry's hosts: two `sites` lines may name the same file), or one of its hosts.
 */
export function findingsFor(report: Report, cert: CertificateReport): Finding[] {
  return report.findings.filter((f) => (f.file === undefined ? f.host !== undefined && cert.hosts.includes(f.host) : concerns(f, cert)));
}

function concerns(f: Finding, cert: CertificateReport): boolean {
  return f.file === cert.file && (f.host === undefined || cert.hosts.includes(f.host));
}

export function worst(findings: Finding[]): Severity | 'ok' {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  if (findings.some((f) => f.severity === 'notice')) return 'notice';
  return 'ok';
}

export const STATUS_ICON: Record<Severity | 'ok', string> = { error: '❌', warning: '⚠️', notice: 'ℹ️', ok: '✅' };

/** Smallest days-left over every certificate checked (chains included), and its expiry. */
export function soonestExpiry(report: Report): { daysLeft: number; expires: string } | undefined {
  const at = new Date(report.at).getTime();
  let best: { daysLeft: number; expires: string } | undefined;
  const consider = (notAfter: string | undefined) => {
    if (!notAfter) return;
    const t = new Date(notAfter).getTime();
    if (Number.isNaN(t)) return;
    const daysLeft = daysBetween(new Date(at), new Date(t));
    if (!best || daysLeft < best.daysLeft) best = { daysLeft, expires: new Date(t).toISOString().slice(0, 10) };
  };
  for (const c of report.certificates) {
    consider(c.notAfter);
    for (const e of c.chain) consider(e.notAfter);
  }
  for (const e of report.endpoints) {
    consider(e.notAfter);
    for (const c of e.chain) consider(c.notAfter);
  }
  return best;
}

/** host → SHA-1 thumbprint of its certificate (files first, then served endpoints). */
export function thumbprints(report: Report): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of report.certificates) for (const h of c.hosts) out[h] ??= c.thumbprint;
  for (const e of report.endpoints) if (e.sni && e.thumbprint) out[e.sni] ??= e.thumbprint;
  return out;
}

/** Certificate files that could not be opened: they have findings but no certificate entry. */
export function unopened(report: Report): { host: string; file: string; findings: Finding[] }[] {
  const byLine = new Map<string, { file: string; findings: Finding[] }>();
  for (const f of report.findings) {
    if (!f.file || !f.rule.startsWith('cert-') || report.certificates.some((c) => concerns(f, c))) continue;
    const key = `${f.file}\0${f.host ?? ''}`;
    const entry = byLine.get(key) ?? { file: f.file, findings: [] };
    entry.findings.push(f);
    byLine.set(key, entry);
  }
  return [...byLine.values()].map(({ file, findings }) => ({ host: findings.find((f) => f.host)?.host ?? '—', file, findings }));
}
