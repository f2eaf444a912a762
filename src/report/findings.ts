// Small queries over a report's findings, shared by every presenter.
import { daysBetween } from '../certs/x509.js';
import { atOrAbove, RULES } from '../rules.js';
import type { CertificateReport, EndpointReport, FailOn, Finding, Report, Severity } from '../types.js';

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

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
/** Rules by impact: a bad input first, then the catalog's order (the certificate that cannot be
 * read or opened, expired, the wrong host, ... before legacy encryption and the package's set-up). */
const IMPACT = new Map([...RULES.keys()].map((id, i) => [id, id === 'input-invalid' ? -1 : i]));

/** Sort order of findings everywhere a user reads them: severity, then impact; stable otherwise. */
export function byImpact(a: Pick<Finding, 'rule' | 'severity'>, b: Pick<Finding, 'rule' | 'severity'>): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (IMPACT.get(a.rule) ?? 999) - (IMPACT.get(b.rule) ?? 999);
}

export function worst(findings: Finding[]): Severity | 'ok' {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  if (findings.some((f) => f.severity === 'notice')) return 'notice';
  return 'ok';
}

/**
 * The status of one row — a host of a certificate entry, or an endpoint probed — decided here
 * only: the worst finding about it, whatever its area (an expired, wrong or self-signed served
 * certificate is not "ok"); a row that could not be probed is an error.
 */
export function rowStatus(findings: Finding[], unreachable = false): Severity | 'ok' {
  return unreachable ? 'error' : worst(findings);
}

/** Whether a finding's host (`*.example.com` included) is the row's host name. */
function about(f: Finding, name: string): boolean {
  if (f.host === undefined) return false;
  if (f.host === name) return true;
  const dot = name.indexOf('.');
  return f.host.startsWith('*.') && dot > 0 && f.host.slice(2) === name.slice(dot + 1);
}

/**
 * Every finding about one endpoint row: the findings about its SNI name (every area: the served
 * certificate's, the expected file's, the server's), or for the probe without SNI those about its
 * address (fallback and per-address configuration probes).
 */
export function endpointFindings(report: Report, e: EndpointReport): Finding[] {
  const name = e.sni ?? e.host;
  return report.findings.filter((f) => about(f, name));
}

/** The status of one endpoint row (also written to the JSON report as `endpoints[].status`). */
export function endpointStatus(report: Report, e: EndpointReport): Severity | 'ok' {
  return rowStatus(endpointFindings(report, e), Boolean(e.error));
}

/**
 * Every finding about one host of a certificate entry: the entry's own (a host mismatch only for
 * the host it names), and any other finding about the host (e.g. what a server served for it).
 */
export function hostFindings(report: Report, cert: CertificateReport, host: string): Finding[] {
  const mine = findingsFor(report, cert).filter((f) => f.rule !== 'cert-host-mismatch' || f.host === host);
  for (const f of report.findings) if (about(f, host) && !mine.includes(f)) mine.push(f);
  return mine;
}

/** The verdict comes from the findings alone; `fail-on` decides only the exit status. */
export function verdict(report: Report): { status: Severity | 'ok'; text: string; icon: string } {
  const errors = count(report.findings, 'error');
  const warnings = count(report.findings, 'warning');
  if (errors) return { status: 'error', text: 'not ready', icon: '❌' };
  if (warnings) return { status: 'warning', text: 'ready, with warnings', icon: '⚠️' };
  return { status: 'ok', text: 'ready', icon: '✅' };
}

/**
 * What `fail-on` made of the verdict, when the two differ (an error under `fail-on: never`, or a
 * warning under `fail-on: warning`); undefined when the exit status says what the verdict says.
 */
export function exitNote(report: Report, failOn: FailOn, step = 'step'): string | undefined {
  const fails = failing(report, failOn).length > 0;
  const bad = count(report.findings, 'error') > 0;
  if (bad && !fails) return `fail-on: ${failOn}, so the ${step} passes`;
  if (!bad && fails) return `fail-on: ${failOn}, so the ${step} fails`;
  return undefined;
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
