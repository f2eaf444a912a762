import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInputs } from '../src/inputs.js';
import { expandReportPaths, mergeReports } from '../src/scan/merge.js';
import { InputError, type Report } from '../src/types.js';
import { tempDir } from './helpers/pki.js';

function shard(host: string, rule?: string): Report {
  return {
    version: 1,
    command: 'scan',
    at: '2026-01-01T00:00:00.000Z',
    certificates: [],
    endpoints: [
      { host, port: 443, address: '10.0.0.1', sni: host, thumbprint: 'A'.repeat(40), chain: [] },
      { host: '10.0.0.1', port: 443, address: '10.0.0.1', sni: null, thumbprint: 'B'.repeat(40), chain: [] },
    ],
    findings: [
      ...(rule ? [{ rule, severity: 'error' as const, message: `${host} broke`, host }] : []),
      { rule: 'tls-no-sni-fallback', severity: 'warning', message: 'same on every shard', host: '10.0.0.1' },
    ],
    notes: [`probed ${host}`],
  };
}

function write(dir: string, name: string, content: unknown): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const inputs = (dir: string, reports: string) => parseInputs((n) => (({ command: 'merge', reports }) as Record<string, string>)[n] ?? '', {}, dir);

describe('mergeReports', () => {
  it('combines shard reports found by glob, once per no-SNI address and per shared finding', async () => {
    const dir = tempDir();
    write(dir, 'shards/report-1.json', shard('a.test', 'tls-wrong-certificate'));
    write(dir, 'shards/report-2.json', shard('b.test'));
    write(dir, 'shards/report-3.json', shard('c.test', 'tls-unreachable'));
    write(dir, 'shards/other.txt', 'not a report');
    const merged = await mergeReports(inputs(dir, 'shards/report-?.json'));
    expect(merged.command).toBe('merge');
    expect(merged.version).toBe(1);
    expect(merged.endpoints.filter((e) => e.sni !== null).map((e) => e.host)).toEqual(['a.test', 'b.test', 'c.test']);
    expect(merged.endpoints.filter((e) => e.sni === null)).toHaveLength(1);
    expect(merged.findings.map((f) => f.rule).sort()).toEqual(['tls-no-sni-fallback', 'tls-unreachable', 'tls-wrong-certificate']);
    expect(merged.notes?.[0]).toMatch(/Merged 3 shard reports: 3 endpoints/);
  });

  it('takes several lines and plain paths, without duplicates', () => {
    const dir = tempDir();
    const a = write(dir, 'r/a.json', shard('a.test'));
    const b = write(dir, 'r/b.json', shard('b.test'));
    expect(expandReportPaths(['r/*.json', a], dir)).toEqual([a, b]);
  });

  it('a missing, invalid or foreign shard report is an input error naming the file', async () => {
    const dir = tempDir();
    write(dir, 'bad.json', '{ not json');
    write(dir, 'v2.json', { ...shard('a.test'), version: 2 });
    write(dir, 'nofindings.json', { version: 1, endpoints: [] });
    write(dir, 'badfinding.json', { version: 1, endpoints: [], findings: [{ rule: 'x' }] });
    const cases: [string, RegExp][] = [
      ['missing.json', /missing\.json' cannot be read/],
      ['bad.json', /bad\.json' is not valid JSON/],
      ['v2.json', /v2\.json' has version 2/],
      ['nofindings.json', /nofindings\.json' is not a sni-ready report/],
      ['badfinding.json', /badfinding\.json' holds a malformed finding/],
      ['none-*.json', /no file matches 'none-\*\.json'/],
    ];
    for (const [reports, message] of cases) {
      const err = await mergeReports(inputs(dir, reports)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(message);
    }
    await expect(mergeReports(inputs(dir, ''))).rejects.toThrow(/'reports' is empty/);
  });
});
