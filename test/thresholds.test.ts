// warn-days / fail-days for short-lived certificates (issue 18): whole days, a share of the
// certificate's lifetime, and defaults that adapt (the smaller of 30 days and a third, of 7 days
// and a tenth) — the README's arithmetic for 200-, 100-, 47- and 6-day certificates, through the
// built action.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseThreshold, thresholdMs } from '../src/certs/thresholds.js';
import { bundle, makePki, tempDir, type Pki } from './helpers/pki.js';
import { runAction } from './helpers/run-dist.js';

const DAY = 86_400_000;
const LIFETIMES = [200, 100, 47, 6] as const;
// [lifetime, warn threshold in days, fail threshold in days] as README states them
const README_TABLE: [number, number, number][] = [
  [200, 30, 7],
  [100, 30, 7],
  [47, 47 / 3, 4.7],
  [6, 2, 0.6],
];

let pki: Pki;
const files: Record<number, { file: string; notAfter: number; notBefore: number }> = {};

beforeAll(() => {
  const dir = tempDir();
  const leaves: Record<string, { cn: string; dns: string[]; days: number; keyType: 'ec256' }> = {};
  for (const days of LIFETIMES) leaves[`d${days}`] = { cn: `d${days}.test1.com`, dns: [`d${days}.test1.com`], days, keyType: 'ec256' };
  pki = makePki(dir, leaves, { keyType: 'ec256' });
  for (const days of LIFETIMES) {
    const leaf = pki.leaves[`d${days}`]!;
    const x = new X509Certificate(fs.readFileSync(leaf.cert));
    files[days] = {
      file: bundle(dir, `d${days}-bundle`, [leaf.cert, leaf.key, pki.intermediate.cert]),
      notAfter: new Date(x.validTo).getTime(),
      notBefore: new Date(x.validFrom).getTime(),
    };
  }
});

function verdict(days: number, leftMs: number, extra: Record<string, string> = {}): { rule: string; severity: string; message: string }[] {
  const f = files[days]!;
  const r = runAction({
    sites: `d${days}.test1.com = ${f.file}`,
    trust: pki.root.cert,
    at: new Date(f.notAfter - leftMs).toISOString(),
    'fail-on': 'never',
    ...extra,
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  return r.report.findings;
}

describe('default thresholds adapt to the lifetime', () => {
  for (const [days, warn, fail] of README_TABLE) {
    it(`a ${days}-day certificate: clean before ${warn.toFixed(1)} days left, a warning inside, an error inside ${fail} days`, () => {
      const margin = Math.min(0.05 * DAY, (fail * DAY) / 4);
      expect(verdict(days, warn * DAY + margin)).toEqual([]);
      const w = verdict(days, warn * DAY - margin);
      expect(w.map((f) => [f.rule, f.severity])).toEqual([['cert-expires-soon', 'warning']]);
      const e = verdict(days, fail * DAY - margin);
      expect(e.map((f) => [f.rule, f.severity])).toEqual([['cert-expires-soon', 'error']]);
      // the message names the threshold that applied: the share for short lifetimes, days for long ones
      expect(w[0]!.message).toMatch(days >= 100 ? /warn-days: 30 days\)/ : new RegExp(`warn-days: a third of its ${days}-day lifetime`));
    });
  }
});

describe('explicit thresholds', () => {
  it('whole days keep the fixed behaviour: warn-days 30 warns a 47-day certificate with 20 days left', () => {
    expect(verdict(47, 20 * DAY)).toEqual([]);
    expect(verdict(47, 20 * DAY, { 'warn-days': '30' }).map((f) => f.severity)).toEqual(['warning']);
  });

  it('a share of the lifetime: 50% of 200 days warns with 99 days left, not with 101', () => {
    expect(verdict(200, 101 * DAY, { 'warn-days': '50%' })).toEqual([]);
    expect(verdict(200, 99 * DAY, { 'warn-days': '50%' }).map((f) => f.severity)).toEqual(['warning']);
    expect(verdict(200, 99 * DAY, { 'warn-days': '50%', 'fail-days': '60%' }).map((f) => f.severity)).toEqual(['error']);
  });

  it('malformed values are refused with the forms accepted', () => {
    const f = files[47]!;
    for (const bad of ['150%', '0%', 'soon', '-3', '33.333%']) {
      const r = runAction({ sites: `d47.test1.com = ${f.file}`, trust: pki.root.cert, 'warn-days': bad });
      expect(r.status).toBe(1);
      // workflow commands escape % as %25
      expect(r.stdout.replace(/%25/g, '%')).toContain(
        `Invalid value '${bad}' for input 'warn-days': expected whole days from 0 to 3650 (such as 30) or a share`,
      );
    }
  });
});

describe('threshold arithmetic', () => {
  it('takes the smaller part, and plain numbers as days', () => {
    expect(thresholdMs(parseThreshold('', { days: 30, share: 1 / 3 })!, 47 * DAY)).toBeCloseTo((47 / 3) * DAY);
    expect(thresholdMs(parseThreshold('', { days: 30, share: 1 / 3 })!, 365 * DAY)).toBe(30 * DAY);
    expect(thresholdMs(parseThreshold('33%', { days: 30 })!, 300 * DAY)).toBeCloseTo(99 * DAY);
    expect(thresholdMs(12, 47 * DAY)).toBe(12 * DAY);
  });
});
