// The job summary, read in a browser at laptop width: a heading that says whether it is OK and a
// line that says what to do, a short table per host (it fits 1000 px: long texts live in lists,
// which wrap, never in table cells, which do not), the findings grouped — one entry per problem
// with every host it concerns — the endpoints probed under their own heading, and for patch the
// files it changes, with the diff folded and the generated PowerShell template left out of it.
import { shortNameOf } from '../certs/x509.js';
import { displayPath } from '../files.js';
import { someHosts } from '../hosts.js';
import type { EndpointReport, FailOn, Finding, Report, Severity } from '../types.js';
import { describeDiffFile, diffFiles, isGeneratedTemplate, presentDiff } from '../service/diff.js';
import { byImpact, count, endpointFindings, endpointStatus, exitNote, hostFindings, rowStatus, STATUS_ICON, unopened, verdict } from './findings.js';
import { code, md, mdCell } from './foreign.js';

/** Table cells stay short: a cell never wraps, so a long one pushes the table off the page. */
const MAX_CELL = 34;
const MAX_ROWS = 500;

function clip(text: string, max = MAX_CELL): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Text for a table cell, clipped, inert (foreign.ts: a word that could be markup or a link, and
 * every host, goes into a code span). */
function cell(text: string | number | undefined, max = MAX_CELL): string {
  return mdCell(clip(String(text ?? '').replace(/\r?\n/g, ' '), max));
}

/** Text for a list item or paragraph, inert (see cell). */
function prose(text: string): string {
  return md(text);
}

/** A subject or issuer shortened the one way (src/certs/x509.ts). */
export const shortName = shortNameOf;

/** SANs, serial, key usage and EKU of a certificate or a served leaf, for the details lists. */
function facts(c: { sans?: string[]; serial?: string; keyUsage?: string[]; extendedKeyUsage?: string[] }): string {
  const parts: string[] = [];
  if (c.sans) parts.push(`SANs: ${c.sans.length ? someHosts(c.sans.map(code), 10) : 'none'}`);
  if (c.serial) parts.push(`serial ${code(c.serial)}`);
  if (c.keyUsage) parts.push(`key usage: ${md(c.keyUsage.join(', '))}`);
  if (c.extendedKeyUsage) parts.push(`EKU: ${md(c.extendedKeyUsage.join(', '))}`);
  return parts.join(' · ');
}

function relative(file: string | undefined, cwd: string): string {
  return file ? displayPath(file, cwd) : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings that say the same thing about different hosts, as one entry. */
interface Group {
  rule: Finding['rule'];
  severity: Severity;
  hosts: string[];
  where: string[];
  message: string;
  fix?: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function groupFindings(findings: Finding[], cwd: string): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const generic = (text: string | undefined) => (text && f.host ? text.replace(new RegExp(`\\b${escapeRe(f.host)}\\b`, 'g'), '\u0000') : text);
    const where = f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : '';
    const key = [f.rule, f.severity, generic(f.message), generic(f.fix) ?? '', f.file ?? ''].join('\u0001');
    const g = groups.get(key);
    if (g) {
      if (f.host && !g.hosts.includes(f.host)) g.hosts.push(f.host);
      if (where && !g.where.includes(where)) g.where.push(where);
      continue;
    }
    groups.set(key, { rule: f.rule, severity: f.severity, hosts: f.host ? [f.host] : [], where: where ? [where] : [], message: f.message, fix: f.fix });
  }
  const out = [...groups.values()];
  for (const g of out) {
    if (g.hosts.length < 2) continue;
    // The first host's name stands for each of them.
    const first = new RegExp(`\\b${escapeRe(g.hosts[0]!)}\\b`, 'g');
    g.message = g.message.replace(first, 'each host');
    if (g.fix) g.fix = g.fix.replace(first, 'each host');
  }
  return out.sort(byImpact);
}

function statusText(findings: Finding[]): string {
  if (!findings.length) return 'ok';
  const rules = [...new Set(findings.map((f) => f.rule))];
  return rules.length === 1 ? code(rules[0]) : `${code(rules[0])} +${rules.length - 1}`;
}

function expiry(notAfter: string | undefined, daysLeft: number | undefined): string {
  if (!notAfter) return '';
  return md(`${notAfter.slice(0, 10)} (${daysLeft ?? '?'} d)`);
}

/** For verify and scan: how many hosts (with SNI) were served their own certificate with no error
 * about them, out of how many were probed, and whether clients without SNI got the planned
 * fallback (false when none was planned); undefined when nothing was probed with SNI. */
export function servedOwn(report: Report): { own: number; probed: number; fallback: boolean } | undefined {
  const withSni = report.endpoints.filter((e) => e.sni);
  if (!withSni.length) return undefined;
  const own = withSni.filter((e) => {
    if (e.error || !e.thumbprint || endpointStatus(report, e) === 'error') return false;
    const cert = report.certificates.find((c) => c.hosts.includes(e.sni!));
    return !cert || cert.thumbprint === e.thumbprint;
  }).length;
  const fallback = report.endpoints.some((e) => e.sni === null && e.fallback !== undefined && !e.error && endpointStatus(report, e) !== 'error');
  return { own, probed: withSni.length, fallback };
}

/** The one line under the heading: what happened, then what to do (or that nothing needs doing). */
function nextStep(report: Report, groups: Group[]): string {
  const parts: string[] = [];
  const served = servedOwn(report);
  if (served) {
    const noun = report.command === 'verify' ? 'host' : 'endpoint';
    const fallback = served.fallback ? ', and clients without SNI got the planned fallback' : '';
    if (served.own === served.probed) parts.push(`**Each of ${plural(served.probed, noun)} was served its own certificate${fallback}.**`);
    else
      parts.push(
        `**${served.own} of ${plural(served.probed, noun)} ${served.own === 1 ? 'was' : 'were'} served ${served.own === 1 ? 'its' : 'their'} own certificate without an error; ${served.probed - served.own} ${served.probed - served.own === 1 ? 'was' : 'were'} not (see below)${fallback}.**`,
      );
  }
  const c = report.config;
  if (report.command === 'patch' && c) {
    const files = c.diff ? diffFiles(c.diff).length : 0;
    parts.push(
      c.changed
        ? `**Patched:** ${plural(c.written.length, 'file')} written; deploy the package.`
        : c.refused
          ? '**Nothing written:** patch changes every file or none, and a finding below stops it.'
          : c.diff
            ? `**Dry run:** ${plural(files, 'file')} would change (listed below); run again without \`dry-run\` to write them.`
            : '**The package is already in the target state.**',
    );
  }
  const todo = groups.filter((g) => g.severity !== 'notice');
  if (todo.length) {
    const first = todo[0]!;
    const who = first.hosts.length ? ` (${someHosts(first.hosts.map(code), 3)})` : '';
    parts.push(
      `**What to do:** ${todo.length === 1 ? 'one fix' : `${todo.length} fixes`}, listed below. First: ${code(first.rule)}${who} — ${prose(clip(first.fix ?? first.message, 240))}`,
    );
  } else if (c?.nextSteps?.length) {
    parts.push(`**Next:** ${plural(c.nextSteps.length, 'step')} before clients see the SNI bindings, listed at the end.`);
  } else {
    const hosts = new Set(report.certificates.flatMap((x) => x.hosts)).size;
    parts.push(
      hosts || report.endpoints.length || c
        ? `**Nothing to do${parts.length ? '' : `: ${hosts ? `${plural(hosts, 'host')} checked, each with a valid certificate` : 'no problem found'}`}.**`
        : '**Nothing was checked.**',
    );
  }
  return parts.join(' ');
}

export function renderSummary(report: Report, failOn: FailOn, cwd = process.cwd()): string {
  const out: string[] = [];
  const errors = count(report.findings, 'error');
  const warnings = count(report.findings, 'warning');
  const groups = groupFindings(report.findings, cwd);
  const v = verdict(report);
  const exit = exitNote(report, failOn);
  out.push(
    `## ${v.icon} sni-ready ${report.command}: ${v.text} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${exit ? ` (${exit})` : ''}`,
    '',
    nextStep(report, groups),
    '',
  );

  const broken = unopened(report);
  if (report.certificates.length || broken.length) {
    out.push('### Hosts', '', '| | Host | Certificate | Issuer | Expires | Findings |', '|---|---|---|---|---|---|');
    let rows = 0;
    for (const c of report.certificates) {
      for (const host of c.hosts) {
        if (rows++ >= MAX_ROWS) break;
        const mine = hostFindings(report, c, host);
        out.push(
          `| ${STATUS_ICON[rowStatus(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer), 24)} | ${expiry(c.notAfter, c.daysLeft)} | ${statusText(mine)} |`,
        );
      }
    }
    for (const b of broken) {
      if (rows++ >= MAX_ROWS) break;
      out.push(`| ${STATUS_ICON[rowStatus(b.findings)]} | ${cell(b.host)} | not opened: ${cell(relative(b.file, cwd), 24)} | | | ${statusText(b.findings)} |`);
    }
    if (rows > MAX_ROWS) out.push('', `…and ${rows - MAX_ROWS} more hosts (see the JSON report).`);
    out.push('');
  }

  if (groups.length) {
    out.push('### What to do', '');
    groups.slice(0, MAX_ROWS).forEach((g, i) => {
      const hosts = g.hosts.length ? ` — ${g.hosts.length > 1 ? `${g.hosts.length} hosts: ` : ''}${someHosts(g.hosts.map(code), 20)}` : '';
      const where = g.where.length ? ` · ${g.where.map(code).join(', ')}` : '';
      out.push(`${i + 1}. ${STATUS_ICON[g.severity]} **${code(g.rule)}**${hosts}${where}<br>`);
      out.push(`   ${prose(g.message)}${g.fix ? `<br>**Fix:** ${prose(g.fix)}` : ''}`);
    });
    if (groups.length > MAX_ROWS) out.push('', `…and ${groups.length - MAX_ROWS} more (see the JSON report).`);
    out.push('');
  }

  if (report.endpoints.length) {
    out.push(`### Endpoints ${report.command === 'verify' ? 'served by the local test server' : 'probed'}`, '');
    out.push('| | Endpoint | SNI | Served certificate | Expires | Result |', '|---|---|---|---|---|---|');
    for (const e of report.endpoints.slice(0, MAX_ROWS)) {
      const mine = endpointFindings(report, e);
      const status = endpointStatus(report, e);
      const served = e.thumbprint ? `${cell(e.subject ? shortName(e.subject) : '', 22)} ${code(`${e.thumbprint.slice(0, 8)}…`)}` : '';
      const target = `${e.host}:${e.port}${e.address && e.address !== e.host ? ` @${e.address}` : ''}`;
      out.push(
        `| ${STATUS_ICON[status]} | ${cell(target, 40)} | ${cell(e.sni ?? '(none)', 28)} | ${served} | ${expiry(e.notAfter, e.daysLeft)} | ${e.error ? cell(e.error, 24) : statusText(mine)} |`,
      );
    }
    if (report.endpoints.length > MAX_ROWS) out.push('', `…and ${report.endpoints.length - MAX_ROWS} more endpoints (see the JSON report).`);
    out.push('');
  }

  if (report.config) {
    const c = report.config;
    out.push('### Service package', '');
    if (c.serviceDefinition) out.push(`- Definition: ${code(relative(c.serviceDefinition, cwd))}`);
    for (const s of c.serviceConfigurations) out.push(`- Configuration: ${code(relative(s, cwd))}`);
    if (report.command === 'patch') {
      const files = c.diff ? diffFiles(c.diff) : [];
      const verb = c.changed
        ? 'Changed'
        : c.refused
          ? 'Nothing written: patch changes every file or none (see the findings)'
          : c.diff
            ? 'Would change (dry run, nothing written)'
            : 'Already in the target state: nothing to change';
      out.push(`- ${verb}${files.length ? ':' : ''}`);
      for (const f of files) out.push(`  - ${code(f.path)} — ${describeDiffFile(f)}`); // our own words: "+5 −1", "new, 20 lines"
      for (const w of c.written) if (!files.some((f) => w.endsWith(f.path))) out.push(`  - ${code(relative(w, cwd))}`);
    }
    if (c.diff) {
      const shown = presentDiff(c.diff, isGeneratedTemplate);
      // The diff holds the files' own lines: the fence is longer than any run of backticks in them.
      const fence = '`'.repeat(Math.max(3, ...(shown.match(/`{3,}/g) ?? []).map((r) => r.length + 1)));
      out.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, shown.trimEnd(), fence, '', '</details>');
    }
    out.push('');
  }

  const certs = report.certificates.slice(0, MAX_ROWS);
  if (certs.length) {
    out.push('<details><summary>Certificate details</summary>', '');
    for (const c of certs)
      out.push(
        `- **${someHosts(c.hosts.map(code), 20)}** — ${code(relative(c.file, cwd))}<br>${prose(c.subject)}, issued by ${prose(shortName(c.issuer))}<br>SHA-1 ${code(c.thumbprint)} · ${prose(`expires ${c.notAfter.slice(0, 10)} · ${c.keyType} ${c.keySize} · ${c.container.type}${c.container.encryption ? ` (${c.container.encryption})` : ''}`)}${facts(c) ? `<br>${facts(c)}` : ''}`,
      );
    out.push('', '</details>', '');
  }

  // What each server sent, once per served certificate.
  const served = new Map<string, EndpointReport[]>();
  for (const e of report.endpoints) if (e.thumbprint && e.sans) served.set(e.thumbprint, [...(served.get(e.thumbprint) ?? []), e]);
  if (served.size) {
    out.push('<details><summary>Served certificates</summary>', '');
    for (const [thumb, eps] of [...served].slice(0, MAX_ROWS)) {
      const e = eps[0]!;
      const where = someHosts(
        eps.map((x) => code(x.sni ?? `${x.host}:${x.port} (no SNI)`)),
        5,
      );
      const sent =
        e.certificatesSent === undefined
          ? ''
          : ` · the server sent ${e.certificatesSent === 1 ? '1 certificate (the leaf alone)' : `${e.certificatesSent} certificates`}`;
      out.push(
        `- **${where}** — ${prose(e.subject ?? '')}, issued by ${prose(shortName(e.issuer ?? ''))}<br>SHA-1 ${code(thumb)} · ${prose(`expires ${(e.notAfter ?? '').slice(0, 10)}`)}${sent}<br>${facts(e)}`,
      );
    }
    out.push('', '</details>', '');
  }

  const notes = report.notes ?? [];
  if (notes.length) {
    out.push('### Notes', '');
    for (const note of notes) out.push(`- ${prose(note)}`);
    out.push('');
  }

  const steps = report.config?.nextSteps ?? [];
  if (steps.length) {
    out.push('### Next steps', '');
    steps.forEach((s, i) => {
      out.push(`${i + 1}. ${prose(s.step)}`);
      if (s.lines?.length) out.push('', '   ```xml', ...s.lines.map((l) => `   ${l}`), '   ```', '');
    });
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
