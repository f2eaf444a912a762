// `merge`: combines the JSON reports of sharded `scan` jobs into one report (then one summary
// and one tracking issue). A missing or invalid shard report is an input error naming the file:
// a merge that silently dropped a shard would hide endpoints.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { capital, inputRef, type Door } from '../door.js';
import { isRuleId } from '../rules.js';
import type { CertificateReport, EndpointReport, Finding, Inputs, Report } from '../types.js';
import { InputError } from '../types.js';
import { validate, type SchemaError } from './report-schema.generated.js';
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

/** Deepest nesting a report may have: the product writes 4 levels (report → endpoints → chain → element). */
export const MAX_REPORT_DEPTH = 64;
/** Most shards a split may have: GitHub runs at most 256 jobs of a matrix. */
export const MAX_SHARDS = 1000;

/**
 * Every shard report is checked before use: its nesting (in the text, before it is parsed, so a
 * file of a million nested arrays costs one linear pass), then against the published schema
 * (schema/report-v1.schema.json, compiled by scripts/report-schema.mjs), then its rule ids
 * against the catalog. A bad file is an input error naming the file and the field (JSON pointer).
 */
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
  const deep = nestedTooDeep(text, MAX_REPORT_DEPTH);
  if (deep !== undefined) throw new InputError(`Shard report '${file}' is not a sni-ready report: ${deep || '/'} nests deeper than ${MAX_REPORT_DEPTH} levels`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new InputError(`Shard report '${file}' is not valid JSON`);
  }
  const r = data as Partial<Report> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) throw new InputError(`Shard report '${file}' is not a sni-ready report (expected a JSON object)`);
  if (r.version !== 1) throw new InputError(`Shard report '${file}' has version ${JSON.stringify(r.version)}; this sni-ready reads version 1`);
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const problem = e ? schemaProblem(e, data) : 'it does not match the report schema';
    const finding = e && /^\/findings\/\d+/.test(e.instancePath) ? 'holds a malformed finding' : 'is not a sni-ready report';
    throw new InputError(`Shard report '${file}' ${finding}: ${problem} (schema/report-v1.schema.json)`);
  }
  const findings = (data as Report).findings;
  for (const [i, f] of findings.entries()) {
    if (!isRuleId(f.rule))
      throw new InputError(`Shard report '${file}' holds a malformed finding: /findings/${i}/rule '${f.rule}' is no rule of this sni-ready`);
  }
  // A report file is foreign text (a shard job, or whoever could write the artifact, wrote it).
  return inertReport(data as Report);
}

/** One sentence for the first schema error: the JSON pointer of the field, what it must be, and what it is. */
function schemaProblem(e: SchemaError, data: unknown): string {
  if (e.keyword === 'required') return `${e.instancePath}/${escapePointer(String(e.params.missingProperty))} is missing`;
  const value = valueAt(data, e.instancePath);
  const is =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'a list'
        : typeof value === 'object'
          ? 'an object'
          : typeof value === 'string'
            ? 'a string'
            : String(value);
  const allowed = Array.isArray(e.params.allowedValues) ? ` (${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
  return `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${allowed}, not ${is.length > 40 ? `${is.slice(0, 40)}…` : is}`;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

/**
 * The JSON pointer of the first value of a JSON text nested deeper than `max` levels, or undefined.
 * One pass over the text that skips strings and tracks the keys and indexes of the open
 * containers, so the pointer names the field without parsing (JSON.parse of a million nested
 * arrays takes seconds, and what reads the result recurses).
 */
export function nestedTooDeep(text: string, max: number): string | undefined {
  // per open container: is it an object, its current index or key (the key as raw text offsets)
  const isObject: boolean[] = [];
  const index: number[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  const expectKey: boolean[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // a string: to its closing quote, past escaped ones
      let j = i + 1;
      for (;;) {
        j = text.indexOf('"', j);
        if (j < 0) return undefined; // not JSON: JSON.parse says so
        let k = j - 1;
        while (text.charCodeAt(k) === 0x5c) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j++;
      }
      const top = isObject.length - 1;
      if (top >= 0 && isObject[top] && expectKey[top]) {
        keyStart[top] = i + 1;
        keyEnd[top] = j;
      }
      i = j;
    } else if (c === 0x5b || c === 0x7b) {
      if (isObject.length >= max) {
        return isObject
          .map((o, d) => {
            if (!o) return `/${index[d]}`;
            let key = text.slice(keyStart[d], keyEnd[d]);
            try {
              key = JSON.parse(`"${key}"`) as string;
            } catch {
              // shown as written
            }
            return `/${escapePointer(key)}`;
          })
          .join('');
      }
      isObject.push(c === 0x7b);
      index.push(0);
      keyStart.push(0);
      keyEnd.push(0);
      expectKey.push(c === 0x7b);
    } else if (c === 0x5d || c === 0x7d) {
      isObject.pop();
      index.pop();
      keyStart.pop();
      keyEnd.pop();
      expectKey.pop();
    } else if (c === 0x2c) {
      const top = isObject.length - 1;
      if (top >= 0) {
        index[top]!++;
        expectKey[top] = isObject[top]!;
      }
    } else if (c === 0x3a) {
      const top = isObject.length - 1;
      if (top >= 0) expectKey[top] = false;
    }
  }
  return undefined;
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
    const m = typeof n === 'string' ? /^Shard (\d{1,12})\/(\d{1,12}): /.exec(n) : null;
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
  const odd = shards.find((s) => s.count < 1 || s.count > MAX_SHARDS || s.index < 1 || s.index > s.count);
  if (odd)
    throw new InputError(
      `${reports}: '${path.basename(odd.file)}' says it is shard ${odd.index}/${odd.count} (/notes), but a split has 1 to ${MAX_SHARDS} shards numbered from 1`,
    );
  const byIndex = new Map<number, string>();
  for (const s of shards) {
    const other = byIndex.get(s.index);
    if (other) throw new InputError(`${reports}: '${path.basename(other)}' and '${path.basename(s.file)}' are both shard ${s.index}/${count}`);
    byIndex.set(s.index, s.file);
  }
  // only the first few missing shards are listed: a count from a file allocates nothing
  const missing: number[] = [];
  for (let k = 1; k <= count && missing.length < 10; k++) if (!byIndex.has(k)) missing.push(k);
  if (missing.length)
    throw new InputError(
      `${reports}: shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${count}`).join(', ')}${count - byIndex.size > missing.length ? ` and ${count - byIndex.size - missing.length} more` : ''} missing (found ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')} of ${count}); a shard job may have failed to upload its report`,
    );
}
