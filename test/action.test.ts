// The action end to end, as a runner runs it: `node dist/index.js` with INPUT_* variables,
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, on certificate sets made by OpenSSL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, sha1, tempDir, type Pki } from './helpers/pki.js';
import { runAction, runCli } from './helpers/run-dist.js';

const PASSWORD = 'Zq8-unique-Pässwort-5521';
let dir: string;
let pki: Pki;
let good1: string;
let good2: string;
let soon: string;

beforeAll(() => {
  dir = tempDir();
  pki = makePki(dir, {
    a: { cn: 'www.test1.com', dns: ['www.test1.com'] },
    b: { cn: 'www.test2.com', dns: ['www.test2.com'] },
    c: { cn: 'soon.test3.com', dns: ['soon.test3.com'], days: 20 },
  });
  good1 = pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], PASSWORD);
  good2 = pfx(dir, 'b', pki.leaves.b!, [pki.intermediate.cert], PASSWORD, 'legacy');
  soon = pfx(dir, 'c', pki.leaves.c!, [pki.intermediate.cert], PASSWORD, 'legacy');
});

describe('node dist/index.js (check)', () => {
  it('reports a clean two-host set with outputs, summary and report; thumbprints equal OpenSSL', () => {
    const run = runAction({
      command: 'check',
      sites: `www.test1.com = ${good1}\nwww.test2.com = ${good2}`,
      password: PASSWORD,
      trust: pki.root.cert,
      'os-family': '7',
    });
    expect(run.stderr).toBe('');
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.errors).toBe('0');
    const thumbs = JSON.parse(run.outputs.thumbprints!);
    expect(thumbs['www.test1.com']).toBe(sha1(pki.leaves.a!.cert));
    expect(thumbs['www.test2.com']).toBe(sha1(pki.leaves.b!.cert));
    expect(Number(run.outputs['days-left'])).toBeGreaterThan(300);
    expect(run.outputs.report).toBe(run.reportFile);
    expect(run.report.version).toBe(1);
    expect(run.report.certificates).toHaveLength(2);
    expect(run.summary).toContain('www.test1.com');
    expect(run.summary).toContain(sha1(pki.leaves.a!.cert));
  });

  it('fails on fail-on=warning for a certificate that expires soon, passes with fail-on=error', () => {
    // a 20-day certificate with 20 days left is not due by the default (a third of its lifetime): 30 days is
    const base = { command: 'check', sites: `soon.test3.com = ${soon}`, password: PASSWORD, trust: pki.root.cert, 'warn-days': '30' };
    expect(runAction({ ...base, 'warn-days': '', 'fail-on': 'warning' }).status).toBe(0);
    const warn = runAction({ ...base, 'fail-on': 'warning' });
    expect(warn.status).toBe(1);
    expect(warn.outputs.warnings).toBe('1');
    expect(Number(warn.outputs['days-left'])).toBeLessThanOrEqual(20);
    expect(warn.stdout).toMatch(/::warning .*cert-expires-soon/);
    const err = runAction({ ...base, 'fail-on': 'error' });
    expect(err.status).toBe(0);
    const never = runAction({ ...base, 'fail-on': 'never', 'fail-days': '30' });
    expect(never.outputs.errors).toBe('1');
    expect(never.status).toBe(0);
  });

  it('rejects a malformed host with one sentence naming the input, and no stack trace', () => {
    const run = runAction({ command: 'check', sites: `www..test1.com = ${good1}` });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error::Invalid host 'www..test1.com' in input 'sites' (line 1)");
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });
});

describe('passwords never reach an output channel', () => {
  it('is absent from stdout, stderr, outputs, summary, report, SARIF and annotations', () => {
    const sarif = path.join(dir, 'out.sarif');
    const run = runAction(
      {
        command: 'check',
        sites: `www.test1.com = ${good1}\nwww.test2.com = ${good2} password-env=OTHER_PW\nwrong.test.com = ${path.join(dir, 'missing.pfx')}`,
        password: PASSWORD,
        sarif,
      },
      { OTHER_PW: 'Wrong-Other-Secret-99' },
    );
    expect(run.status).toBe(1); // a wrong password and a missing file are errors
    // The runner learns what to mask from `::add-mask::` commands, which it never shows; every
    // other byte of every channel must be free of both passwords.
    expect(run.stdout).toContain(`::add-mask::${PASSWORD}`);
    expect(run.stdout).toContain('::add-mask::Wrong-Other-Secret-99');
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const channels = [
      stdout,
      run.stderr,
      fs.readFileSync(run.outputFile, 'utf8'),
      run.summary,
      fs.readFileSync(run.reportFile, 'utf8'),
      fs.readFileSync(sarif, 'utf8'),
    ];
    for (const text of channels) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain('Wrong-Other-Secret-99');
    }
    expect(run.report.findings.some((f: { rule: string }) => f.rule === 'cert-password')).toBe(true);
    expect(JSON.parse(fs.readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
  });

  it('the CLI refuses a password on the command line and reads it from the environment', () => {
    const refused = runCli(['check', '--sites', `www.test1.com = ${good1}`, '--password', PASSWORD]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).not.toContain(PASSWORD);
    const ok = runCli(['check', '--sites', `www.test1.com = ${good1}`, '--trust', pki.root.cert, '--os-family', '7', '--report', path.join(dir, 'cli.json')], {
      SNI_READY_PASSWORD: PASSWORD,
    });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(sha1(pki.leaves.a!.cert));
    expect(ok.stdout + ok.stderr).not.toContain(PASSWORD);
  });
});

describe('CLI', () => {
  it('prints the report as JSON with --json and exits 2 on usage errors', () => {
    const json = runCli(
      ['check', '--sites', `www.test1.com = ${good1}`, '--trust', pki.root.cert, '--os-family', '7', '--json', '--report', path.join(dir, 'j.json')],
      { SNI_READY_PASSWORD: PASSWORD },
    );
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout).certificates[0].thumbprint).toBe(sha1(pki.leaves.a!.cert));
    expect(runCli(['bogus-command']).status).toBe(2);
    expect(runCli(['check', '--no-such-input', 'x']).status).toBe(2);
  });
});
