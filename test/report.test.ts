import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli.js';
import { soonestExpiry, thumbprints } from '../src/report/findings.js';
import { addSecret, redact } from '../src/report/redact.js';
import { failureReason } from '../src/certs/isolate.js';
import { toSarif } from '../src/report/sarif.js';
import { renderSummary } from '../src/report/summary.js';
import { renderText } from '../src/report/text.js';
import { finding } from '../src/rules.js';
import type { Report } from '../src/types.js';

function sample(): Report {
  return {
    version: 1,
    command: 'check',
    at: '2026-01-01T00:00:00.000Z',
    certificates: [
      {
        file: '/w/certs/a.pfx',
        hosts: ['www.test1.com', 'test1.com'],
        subject: 'CN=www.test1.com',
        issuer: 'CN=Test Intermediate',
        thumbprint: 'A'.repeat(40),
        sha256: 'B'.repeat(64),
        notBefore: '2025-01-01T00:00:00.000Z',
        notAfter: '2026-01-11T00:00:00.000Z',
        daysLeft: 10,
        keyType: 'RSA',
        keySize: 2048,
        signature: 'sha256WithRSAEncryption',
        container: { type: 'pfx', encryption: 'aes-256-cbc', mac: 'sha256' },
        chain: [{ subject: 'CN=Test Intermediate', thumbprint: 'C'.repeat(40), notAfter: '2025-12-25T00:00:00.000Z', source: 'file' }],
      },
    ],
    endpoints: [],
    findings: [
      finding('cert-expires-soon', 'expires in 10 days', { host: 'www.test1.com', file: '/w/certs/a.pfx', fix: 'renew it' }),
      finding('config-os-family', 'osFamily 4 is below 5', { file: '/w/svc/ServiceConfiguration.Cloud.cscfg', line: 2, fix: 'raise it' }),
    ],
  };
}

describe('outputs', () => {
  it('days-left is the soonest expiry over the whole chain, not only the leaf', () => {
    expect(soonestExpiry(sample())).toEqual({ daysLeft: -7, expires: '2025-12-25' });
  });
  it('maps every host to its thumbprint', () => {
    expect(thumbprints(sample())).toEqual({ 'www.test1.com': 'A'.repeat(40), 'test1.com': 'A'.repeat(40) });
  });
});

describe('presenters', () => {
  it('summary: a verdict and what to do first, a short row per host, the findings with file:line and fix', () => {
    const md = renderSummary(sample(), 'error', '/w');
    expect(md).toMatch(
      /^## ❌ sni-ready check: not ready — 1 error, 1 warning\n\n\*\*What to do:\*\* 2 fixes, listed below\. First: `config-os-family` — raise it\n/,
    );
    expect(md).toMatch(/^\| ⚠️ \| `www\.test1\.com` \| `www\.test1\.com` \| Test Intermediate \| 2026-01-11 \(10 d\) \| `cert-expires-soon` \|$/m);
    expect(md).toMatch(/^\| ⚠️ \| `test1\.com` \|/m);
    expect(md).toMatch(
      /^1\. ❌ \*\*`config-os-family`\*\* · `svc\/ServiceConfiguration\.Cloud\.cscfg:2`<br>\n {3}osFamily 4 is below 5<br>\*\*Fix:\*\* raise it$/m,
    );
    expect(md).toContain(`SHA-1 \`${'A'.repeat(40)}\``); // the full thumbprint, in the details below the tables
  });
  it('summary groups one finding about several hosts into one entry that names them', () => {
    const r = sample();
    r.findings = ['a.test', 'b.test', 'c.test'].map((host) =>
      finding('config-sni-binding', `${host} has no SNI binding step`, {
        host,
        file: '/w/svc/ServiceDefinition.csdef',
        line: 5,
        fix: `Bind ${host} with sslFlags=1.`,
      }),
    );
    r.findings.push(finding('config-sni-binding', 'a host-less HTTPS binding overrides SNI', { file: '/w/svc/ServiceDefinition.csdef', line: 9 }));
    const md = renderSummary(r, 'error', '/w');
    const entries = md.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(entries).toEqual([
      '1. ❌ **`config-sni-binding`** — 3 hosts: `a.test`, `b.test` and `c.test` · `svc/ServiceDefinition.csdef:5`<br>',
      '2. ❌ **`config-sni-binding`** · `svc/ServiceDefinition.csdef:9`<br>',
    ]);
    expect(md).toContain('each host has no SNI binding step<br>**Fix:** Bind each host with sslFlags=1.');
  });
  it('CLI text: the verdict comes from the findings, fail-on decides only the exit status and the line says so', () => {
    expect(renderText(sample(), 'error')).toContain('FAILED: 1 error(s), 1 warning(s) (fail-on: error)');
    // an error under fail-on: never is not "PASSED"
    const never = renderText(sample(), 'never');
    expect(never).not.toContain('PASSED');
    expect(never).toContain('NOT READY: 1 error(s), 1 warning(s) (fail-on: never, so the run passes: exit status 0)');
    const warnOnly = sample();
    warnOnly.findings = warnOnly.findings.filter((f) => f.severity === 'warning');
    expect(renderText(warnOnly, 'error')).toContain('PASSED: 0 error(s), 1 warning(s) (fail-on: error)');
    expect(renderText(warnOnly, 'warning')).toContain('READY, WITH WARNINGS: 0 error(s), 1 warning(s) (fail-on: warning, so the run fails: exit status 1)');
  });
  it('summary headline: the verdict from the findings, fail-on named when it decides otherwise', () => {
    // was "✅ sni-ready check: ready — 1 error" under fail-on: never
    expect(renderSummary(sample(), 'never', '/w')).toMatch(/^## ❌ sni-ready check: not ready — 1 error, 1 warning \(fail-on: never, so the step passes\)\n/);
    expect(renderSummary(sample(), 'error', '/w')).toMatch(/^## ❌ sni-ready check: not ready — 1 error, 1 warning\n/);
    // a shard (fail-on: never) with errors was "⚠️ … ready, with warnings — 4 errors"
    const shard = { ...sample(), command: 'scan' as const };
    expect(renderSummary(shard, 'never', '/w')).toMatch(/^## ❌ sni-ready scan: not ready — 1 error/);
    const warnOnly = sample();
    warnOnly.findings = warnOnly.findings.filter((f) => f.severity === 'warning');
    expect(renderSummary(warnOnly, 'warning', '/w')).toMatch(
      /^## ⚠️ sni-ready check: ready, with warnings — 0 errors, 1 warning \(fail-on: warning, so the step fails\)\n/,
    );
  });
  it('SARIF 2.1.0 has the rules used and results with relative locations', () => {
    const sarif = toSarif(sample(), { cwd: '/w', version: '0.0.0' }) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['cert-expires-soon', 'config-os-family']);
    const r = sarif.runs[0]!.results[1]!;
    expect(r.level).toBe('error');
    expect(r.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'svc/ServiceConfiguration.Cloud.cscfg' }, region: { startLine: 2 } });
  });
});

describe('redaction', () => {
  it('removes a registered secret from foreign text where it enters (an error message)', () => {
    addSecret('hunter2-secret');
    expect(redact('password hunter2-secret used')).toBe('password *** used');
    expect(failureReason(new Error('library said hunter2-secret.'))).toBe('library said ***');
  });
});

describe('CLI arguments', () => {
  it('joins repeated inputs as lines and takes flags without values', () => {
    const a = parseArgs(['patch', '--sites', 'a.com = a.pfx', '--sites', 'b.com = b.pfx', '--dry-run', '--json']);
    expect(a.command).toBe('patch');
    expect(a.values.get('sites')).toBe('a.com = a.pfx\nb.com = b.pfx');
    expect(a.values.get('dry-run')).toBe('true');
    expect(a.json).toBe(true);
  });
  it('refuses --password and unknown options', () => {
    expect(() => parseArgs(['check', '--password', 'x'])).toThrow(/not taken on the command line/);
    expect(() => parseArgs(['check', '--bogus', 'x'])).toThrow(/Unknown option '--bogus'/);
  });
});

describe('files that could not be opened', () => {
  it('still get a row in the summary and the CLI table', () => {
    const r = sample();
    r.findings.push(finding('cert-password', 'wrong password', { host: 'www.test9.com', file: '/w/certs/bad.pfx' }));
    expect(renderSummary(r, 'error', '/w')).toMatch(/^\| ❌ \| `www\.test9\.com` \| not opened: `certs\/bad\.pfx` \| .*`cert-password` \|$/m);
    expect(renderText(r, 'error')).toMatch(/^FAIL\s+www\.test9\.com\s+\(\/w\/certs\/bad\.pfx not opened\)\s+cert-password$/m);
  });
});
