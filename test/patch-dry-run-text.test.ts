// The CLI's `patch --dry-run` presents the diff as the job summary does (issue 11): the generated
// PowerShell template named with its length and its body left out, the data file (what changes
// per package) shown in full; the whole diff one flag (`--diff`) away. Through the CLI bundle.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, tempDir, type Pki } from './helpers/pki.js';
import { ROOT, runCli } from './helpers/run-dist.js';

const PW = 'dry-Pw-0815';
let dir: string;
let pki: Pki;

beforeAll(() => {
  dir = tempDir();
  pki = makePki(dir, { a: { cn: 'a.test', dns: ['a.test'] } });
});

describe('CLI patch --dry-run: the generated template named, not printed', () => {
  const args = () => {
    const svc = tempDir('sni-door-svc-');
    fs.cpSync(path.join(ROOT, 'examples', 'service'), svc, { recursive: true });
    const file = pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], PW, 'legacy'); // os-family 5 reads it
    return [
      'patch',
      '--sites',
      `a.test = ${file}`,
      '--trust',
      pki.root.cert,
      '--service-definition',
      path.join(svc, 'ServiceDefinition.csdef'),
      '--service-configuration',
      path.join(svc, 'ServiceConfiguration.Cloud.cscfg'),
      '--startup-dir',
      path.join(svc, 'WebRole1', 'sni-ready'),
      '--dry-run',
    ];
  };

  it('lists the files with the template as "new, the generated template, N lines", shows the data file in full, --diff prints everything', () => {
    const short = runCli(args(), { SNI_READY_PASSWORD: PW });
    expect(short.status, short.stderr).toBe(0);
    const n = Number(
      /sni-bindings\.ps1 — new, the generated template, (\d+) lines, the same for every package \(not shown in the diff\)$/m.exec(short.stdout)?.[1],
    );
    expect(n).toBeGreaterThan(100);
    expect(short.stdout).toContain(`+++ b/`);
    expect(short.stdout).toMatch(/sni-bindings\.ps1\n@@ new file: the generated template, \d+ lines \(not shown\) @@\n/);
    // the template's body is left out, the data file (what changes per package) is shown
    expect(short.stdout).not.toContain('.SYNOPSIS');
    expect(short.stdout).toMatch(/^\+ {6}"host": "a\.test",$/m);
    expect(short.stdout).toContain('(the whole diff, the generated template included: add --diff)');
    expect(short.stdout.split('\n').length).toBeLessThan(n);

    const full = runCli([...args(), '--diff'], { SNI_READY_PASSWORD: PW });
    expect(full.status, full.stderr).toBe(0);
    expect(full.stdout).toContain('.SYNOPSIS');
    expect(full.stdout).toMatch(new RegExp(`sni-bindings\\.ps1\\n@@ -0,0 \\+1,${n} @@\\n`));
    expect(full.stdout).not.toContain('add --diff');
  });

  it('--diff is refused where there is no diff', () => {
    const run = runCli(['check', '--sites', 'a.test = x.pfx', '--diff'], {}, { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--diff is for patch and demo only');
  });
});
