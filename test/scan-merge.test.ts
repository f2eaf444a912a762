import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInputs } from '../src/inputs.js';
import { expandReportPaths, mergeReports } from '../src/scan/merge.js';
import { InputError, type Report } from '../src/types.js';
import type { RuleId } from '../src/rules.js';
import { tempDir } from './helpers/pki.js';
import { recordingLog, verifyInputs } from './helpers/verify.js';
import { runScan, shardOf } from '../src/scan/scan.js';

function shard(host: string, rule?: RuleId): Report {
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

  it('refuses sharded reports with a shard missing, twice, or from another split', async () => {
    const dir = tempDir();
    const sharded = (host: string, k: number, n: number, rule?: RuleId): Report => {
      const r = shard(host, rule);
      return { ...r, notes: [`Shard ${k}/${n}: 1 of 3 endpoints.`, ...(r.notes ?? [])] };
    };
    write(dir, 's/report-1.json', sharded('a.test', 1, 3));
    write(dir, 's/report-3.json', sharded('c.test', 3, 3));
    await expect(mergeReports(inputs(dir, 's/report-*.json'))).rejects.toThrow(/shard 2\/3 missing \(found 1, 3 of 3\)/);
    write(dir, 's/report-2.json', sharded('b.test', 2, 3));
    const merged = await mergeReports(inputs(dir, 's/report-*.json'));
    expect(merged.endpoints.filter((e) => e.sni !== null).map((e) => e.host)).toEqual(['a.test', 'b.test', 'c.test']);
    write(dir, 's/report-2-rerun.json', sharded('b.test', 2, 3));
    await expect(mergeReports(inputs(dir, 's/report-*.json'))).rejects.toThrow(
      /'report-2-rerun.json' and 'report-2.json' are both shard 2\/3|'report-2.json' and 'report-2-rerun.json' are both shard 2\/3/,
    );
    write(dir, 't/a.json', sharded('a.test', 1, 2));
    write(dir, 't/b.json', sharded('b.test', 2, 3));
    await expect(mergeReports(inputs(dir, 't/*.json'))).rejects.toThrow(/different splits/);
  });

  it('reads the shard from the note scan writes (a report of runScan with shard: K/N)', async () => {
    const dir = tempDir();
    const endpoints = [{ host: 'a.test', port: 443, line: 1 }];
    const empty = shardOf(endpoints[0]!, 2) === 1 ? 2 : 1; // the shard that gets no endpoint: nothing is probed
    const r = await runScan(verifyInputs({ command: 'scan', endpoints, shard: { index: empty, count: 2 } }), recordingLog());
    write(dir, 'x/only.json', { version: 1, command: 'scan', at: '2026-01-01T00:00:00.000Z', ...r });
    await expect(mergeReports(inputs(dir, 'x/*.json'))).rejects.toThrow(new RegExp(`shard ${3 - empty}/2 missing`));
  });

  it('keeps one no-SNI finding per address although each shard names its own hosts there', async () => {
    const dir = tempDir();
    const noSni = (host: string): Report => ({
      ...shard(host),
      findings: [
        {
          rule: 'tls-no-sni-fallback',
          severity: 'warning',
          message: `Clients without SNI get no certificate from 10.0.0.1:443 (serving ${host})`,
          host: '10.0.0.1',
        },
      ],
    });
    write(dir, 'n/1.json', noSni('a.test'));
    write(dir, 'n/2.json', noSni('b.test'));
    const merged = await mergeReports(inputs(dir, 'n/*.json'));
    expect(merged.findings.map((f) => [f.rule, f.host])).toEqual([['tls-no-sni-fallback', '10.0.0.1']]);
  });

  it('keeps one configuration finding per address and port, whichever hosts each shard saw there', async () => {
    const dir = tempDir();
    const legacy = (host: string, port: number) => ({
      rule: 'tls-legacy-protocol',
      severity: 'error' as const,
      message: `10.0.0.1:${port} (serving ${host}) accepts TLS 1.0 when a client asks for it; only TLS 1.2 and 1.3 are safe.`,
      host: '10.0.0.1',
    });
    write(dir, 'c/1.json', { ...shard('a.test'), findings: [legacy('a.test', 443), legacy('a.test', 8443)] });
    write(dir, 'c/2.json', { ...shard('b.test'), findings: [legacy('b.test', 443)] });
    const merged = await mergeReports(inputs(dir, 'c/*.json'));
    expect(merged.findings.map((f) => f.message)).toEqual([legacy('a.test', 443).message, legacy('a.test', 8443).message]);
  });

  it('joins the hosts each shard found a configuration finding for, and keeps different judgements at one address apart', async () => {
    const dir = tempDir();
    const f = (hosts: string, rest: string) => ({
      rule: 'tls-weak-key-exchange',
      severity: 'error' as const,
      message: `10.0.0.1:443 for ${hosts} ${rest}`,
      host: '10.0.0.1',
    });
    const dh1024 = 'uses a 1024-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).';
    const dh512 = 'uses a 512-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).';
    write(dir, 's/1.json', { ...shard('a.test'), findings: [f('a.test and b.test', dh1024), f('z.test', dh512)] });
    write(dir, 's/2.json', { ...shard('c.test'), findings: [f('c.test, d.test, e.test, f.test, g.test and 3 more', dh1024)] });
    const merged = await mergeReports(inputs(dir, 's/*.json'));
    expect(merged.findings.map((x) => x.message)).toEqual([
      `10.0.0.1:443 for a.test, b.test, c.test, d.test, e.test and 5 more ${dh1024}`,
      `10.0.0.1:443 for z.test ${dh512}`,
    ]);
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
    write(dir, 'badfinding.json', { ...shard('a.test'), findings: [{ rule: 'x' }] });
    const cases: [string, RegExp][] = [
      ['missing.json', /missing\.json' cannot be read/],
      ['bad.json', /bad\.json' is not valid JSON/],
      ['v2.json', /v2\.json' has version 2/],
      ['nofindings.json', /nofindings\.json' is not a sni-ready report/],
      ['badfinding.json', /badfinding\.json' holds a malformed finding: \/findings\/0\/severity is missing/],
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
