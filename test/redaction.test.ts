// A password that equals a value of the report must not change the report: masking happens where
// foreign text enters (error messages), never by rewriting the finished report. Through the
// bundle, with the passwords the issue names: `2048` (a key size), `true` (a JSON literal) and the
// demo's `demo` (part of the demo certificates' subject).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { issue, pfx, tempDir } from './helpers/pki.js';
import { runCli } from './helpers/run-dist.js';

let dir: string;
let leaf: { cert: string; key: string };

beforeAll(() => {
  dir = path.join(tempDir(), 'demo');
  fs.mkdirSync(dir);
  leaf = issue(dir, 'demo', { cn: 'demo.test/O=sni-ready Demo', dns: ['demo.test'] });
});

describe('passwords equal to report values', () => {
  for (const password of ['2048', 'true', 'demo']) {
    it(`password '${password}' leaves the report as it is`, () => {
      const file = pfx(dir, `demo-${password}`, leaf, [], password, 'legacy');
      const out = path.join(dir, `report-${password}.json`);
      const run = runCli(['check', '--sites', `demo.test = ${file}`, '--report', out, '--fail-on', 'never', '--json'], { SNI_READY_PASSWORD: password });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const text = fs.readFileSync(out, 'utf8');
      expect(run.stdout).toBe(text);
      const report = JSON.parse(text);
      expect(text).not.toContain('***');
      const cert = report.certificates[0];
      expect(cert.keySize).toBe(2048);
      expect(cert.subject).toContain('O=sni-ready Demo');
      expect(cert.file).toContain(`demo-${password}.pfx`);
      expect(cert.container.pbes2).toBe(false);
      expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['chain-untrusted']);
    });
  }
});
