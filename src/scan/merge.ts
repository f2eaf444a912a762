// `merge`: combines the JSON reports of sharded `scan` jobs into one report (then one summary
// and one tracking issue). A missing or invalid shard report is an input error naming the file:
// a merge that silently dropped a shard would hide endpoints.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { capital, inputRef, type Door } from '../door.js';
import type { CertificateReport, EndpointReport, Finding, Inputs, Report } from '../types.js';
import { InputError } from '../types.js';
import { inertReport } from '../report/foreign.js';
import { readServing, servingText } from '../tls/serving.js';

/** Expands `*` and `?` in the last path segment (no other glob syntax), sorted; a plain path is returned as is. */
export function expandReportPaths(patterns: string[], cwd: string, door: Door = 'action'): string[] {
  const reports = inputRef(door, 'reports');
  const out: string[] = [];
  for (const raw of patterns) {
    const p = path.resolve(cwd, raw.trim());
    const base = path.basename(p);
    if (!/[*?]/.test(base)) {
      out.push(p);
      continue;
    }
    const dir = path.dirname(p);
    if (/[*?]/.test(dir)) throw new InputError(`Invalid pattern '${raw}' in ${reports}: '*' and '?' are allowed in the file name only`);
    const re = new RegExp(
      '^' +
        base
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.') +
        '$',
    );
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      throw new InputError(`${capital(reports)}: directory '${dir}' of pattern '${raw}' cannot be read`);
    }
    const matched = names
      .filter((n) => re.test(n))
      .sort()
      .map((n) => path.join(dir, n));
    if (!matched.length) throw new InputError(`${capital(reports)}: no file matches '${raw}' (a shard job may have failed to upload its report)`);
    out.push(...matched);
  }
  return [...new Set(out)];
}

const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/** Rules `scan` judges once per address and port (tls/config.ts), which every shard probing that address reports. */
const PER_ADDRESS = new Set(['tls-legacy-protocol', 'tls-weak-key-exchange', 'tls-weak-cipher']);

function readShard(file: string): Report {
  let text: string;
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_REPORT_BYTES) throw new InputError(`Shard report '${file}' is larger than 256 MB`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`Shard report '${file}' cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`Shard report '${file}' is not valid JSON`);
  }
  const r = data as Partial<Report> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw new InputError(`Shard report '${file}' is not a sni-ready report (expected a JSON object)`);
  if (r.version !== 1) throw new InputError(`Shard report '${file}' has version ${JSON.stringify(r.version)}; this sni-ready reads version 1`);
  for (const key of ['endpoints', 'certificates', 'findings'] as const) {
    if (r[key] !== undefined && !Array.isArray(r[key])) throw new InputError(`Shard report '${file}' is not a sni-ready report ('${key}' is not a list)`);
  }
  if (!Array.isArray(r.findings)) throw new InputError(`Shard report '${file}' is not a sni-ready report (no 'findings' list)`);
  for (const f of r.findings) {
    if (
      !f ||
      typeof f.rule !== 'string' ||
      !/^[a-z0-9-]{1,64}$/.test(f.rule) ||
      typeof f.message !== 'string' ||
      !['error', 'warning', 'notice'].includes(f.severity)
    ) {
      throw new InputError(`Shard report '${file}' holds a malformed finding`);
    }
  }
  // A report file is foreign text (a shard job, or whoever could write the artifact, wrote it).
  return inertReport(r as Report);
}

export async function mergeReports(inputs: Inputs): Promise<Report> {
  const reports = capital(inputRef(inputs.door, 'reports'));
  if (!inputs.reports.length)
    throw new InputError(
      `${reports} is empty: give the shard reports (paths or globs, ${inputs.door === 'cli' ? 'one per --reports' : 'one a line'}) for command merge`,
    );
  const files = expandReportPaths(inputs.reports, inputs.cwd, inputs.door);
  const endpoints: EndpointReport[] = [];
  const certificates: CertificateReport[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];
  const seenFinding = new Set<string>();
  const servingFindings = new Map<string, { finding: Finding; hosts: string[]; more: number }>();
  const seenCert = new Set<string>();
  const seenNoSni = new Set<string>();
  const shards: { file: string; index: number; count: number }[] = [];
  for (const file of files) {
    const r = readShard(file);
    const shard = shardOfReport(r);
    if (shard) shards.push({ file, ...shard });
    for (const e of r.endpoints ?? []) {
      // Every shard probes its addresses without SNI: keep one row per address.
      if (e.sni === null) {
        const key = `${e.address}|${e.port}`;
        if (seenNoSni.has(key)) continue;
        seenNoSni.add(key);
      }
      endpoints.push(e);
    }
    for (const c of r.certificates ?? []) {
      const key = `${c.file}|${c.thumbprint}`;
      if (seenCert.has(key)) continue;
      seenCert.add(key);
      certificates.push(c);
    }
    for (const f of r.findings) {
      // A configuration finding ('ADDRESS:PORT for a.test and b.test accepts …') found by several
      // shards, each for its own hosts (shards split hosts, so they are disjoint): one finding
      // naming the hosts of all of them.
      const serving = PER_ADDRESS.has(f.rule) ? readServing(f.message) : undefined;
      if (serving) {
        const key = `${f.rule}|${f.severity}|${f.host ?? ''}|${serving.where}|${serving.rest}`;
        const seen = servingFindings.get(key);
        if (!seen) {
          const copy = { ...f };
          servingFindings.set(key, { finding: copy, hosts: serving.hosts, more: serving.more });
          findings.push(copy);
          continue;
        }
        seen.hosts.push(...serving.hosts);
        seen.more += serving.more;
        seen.finding.message = `${servingText(serving.where, seen.hosts, seen.more)} ${serving.rest}`;
        continue;
      }
      // Shards share file findings (from `sites`), no-SNI findings and configuration findings:
      // report each once. A no-SNI finding names the hosts its shard saw at the address: one per
      // address and severity; a configuration finding of an older report ('ADDRESS:PORT (serving
      // …) accepts …'): one per address, port and severity.
      const key =
        f.rule === 'tls-no-sni-fallback'
          ? `${f.rule}|${f.severity}|${f.host ?? ''}`
          : PER_ADDRESS.has(f.rule)
            ? `${f.rule}|${f.severity}|${f.host ?? ''}|${/^(\S+) \(serving /.exec(f.message)?.[1] ?? f.message}`
            : `${f.rule}|${f.severity}|${f.host ?? ''}|${f.file ?? ''}|${f.line ?? ''}|${f.message}`;
      if (seenFinding.has(key)) continue;
      seenFinding.add(key);
      findings.push(f);
    }
    for (const n of r.notes ?? []) if (typeof n === 'string') notes.push(`${path.basename(file)}: ${n}`);
  }
  checkShardsComplete(shards, reports);
  notes.unshift(`Merged ${files.length} shard report${files.length === 1 ? '' : 's'}: ${endpoints.filter((e) => e.sni !== null).length} endpoints.`);
  return { version: 1, command: 'merge', at: inputs.at.toISOString(), certificates, endpoints, findings, notes };
}

/** The `shard: K/N` a scan report was made with (its note 'Shard K/N: …'), if any. */
function shardOfReport(r: Report): { index: number; count: number } | undefined {
  for (const n of r.notes ?? []) {
    const m = typeof n === 'string' ? /^Shard (\d+)\/(\d+): /.exec(n) : null;
    if (m) return { index: Number(m[1]), count: Number(m[2]) };
  }
  return undefined;
}

/**
 * Sharded reports must be one per shard, all of the same split, none missing: a glob that matched
 * 3 of 4 reports (a shard job that failed before uploading) would otherwise hide a quarter of the
 * endpoints behind a clean merge.
 */
function checkShardsComplete(shards: { file: string; index: number; count: number }[], reports: string): void {
  if (!shards.length) return;
  const counts = [...new Set(shards.map((s) => s.count))];
  if (counts.length > 1)
    throw new InputError(
      `${reports}: the shard reports come from different splits (${shards.map((s) => `${path.basename(s.file)}: ${s.index}/${s.count}`).join(', ')})`,
    );
  const count = counts[0]!;
  const byIndex = new Map<number, string>();
  for (const s of shards) {
    const other = byIndex.get(s.index);
    if (other) throw new InputError(`${reports}: '${path.basename(other)}' and '${path.basename(s.file)}' are both shard ${s.index}/${count}`);
    byIndex.set(s.index, s.file);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length)
    throw new InputError(
      `${reports}: shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${count}`).join(', ')} missing (found ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')} of ${count}); a shard job may have failed to upload its report`,
    );
}
