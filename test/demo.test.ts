// `npm start` as a newcomer runs it: the outcome first (each host served its own certificate),
// in under 60 lines, saying that the first FAILED is the expected before-state; the full output
// and diff one flag away.
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './helpers/run-dist.js';

const env = { SNI_READY_DEMO_PASSWORD: 'demo-Test-Pw' };

describe('npm start (sni-ready demo)', () => {
  it('leads with the payoff in under 60 lines and calls the first FAILED expected', async () => {
    const run = await runCliAsync(['demo'], env);
    expect(run.status, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(60);
    expect(lines[0]).toBe(
      'sni-ready demo: each host was served its own certificate — www.test1.com and www.test2.com on one address and port, through SNI, after patch.',
    );
    const failed = lines.findIndex((l) => l.includes('FAILED'));
    expect(lines[failed]).toMatch(/^1\. check — .*before patch: FAILED/);
    expect(lines[failed + 1]).toMatch(/This FAILED is the expected before-state/);
    expect(run.stdout).toMatch(/sni-bindings\.ps1: new, the generated template \(\d{3} lines/);
    expect(run.stdout).toMatch(/^ {5}www\.test1\.com +→ www\.test1\.com +[0-9A-F]{8}… +its own certificate$/m);
    expect(run.stdout).toMatch(/^ {5}www\.test2\.com +→ www\.test2\.com +[0-9A-F]{8}… +its own certificate$/m);
    expect(run.stdout).toContain('npm start -- --diff');
    expect(run.stdout).not.toContain('+++ b/');
  });

  it('--diff adds every step in full and the whole diff, the PowerShell template included', async () => {
    const run = await runCliAsync(['demo', '--diff'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^=== sni-ready check ===$/m);
    expect(run.stdout).toMatch(/^\+\+\+ b\/service\/WebRole1\/sni-ready\/sni-bindings\.ps1$/m);
    expect(run.stdout).toMatch(/^\+\+\+ b\/service\/ServiceDefinition\.csdef$/m);
    expect(run.stdout).toContain('sni-ready demo: each host was served its own certificate');
  });
});
