// The action as GitHub's own @github/local-action runs it (it imports src/main.ts and calls the
// exported run(), the actions/typescript-action convention), with the shipped .env.example.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/pki.js';
import { ROOT } from './helpers/run-dist.js';

const BIN = path.join(ROOT, 'node_modules', '.bin', 'local-action');

function localAction(envFile: string): { status: number | null; out: string } {
  const clean: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('INPUT_') && !k.startsWith('GITHUB_')) clean[k] = v;
  const r = spawnSync(BIN, ['run', '.', 'src/main.ts', envFile], { cwd: ROOT, env: clean, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('npx @github/local-action run . src/main.ts .env.example', () => {
  it('runs the action: outputs, annotations on the example package, the report, and a green run (fail-on never)', () => {
    const r = localAction('.env.example');
    expect(r.status, r.out).toBe(0);
    // the package before patch: one config-not-patched error; the settings patch changes stay notices on their lines
    expect(r.out).toContain('::set-output name=errors::1');
    expect(r.out).toMatch(/::error title=config-not-patched,file=examples\/service\/ServiceDefinition\.csdef,line=16/);
    expect(r.out).toMatch(/::notice title=config-https-endpoint,file=examples\/service\/ServiceDefinition\.csdef,line=16/);
    expect(r.out).not.toMatch(/^::error::/m); // not failed
    const report = JSON.parse(fs.readFileSync(path.join(ROOT, '.local-action', 'sni-ready-report.json'), 'utf8'));
    expect(report.command).toBe('check');
  });

  it('fails the step when findings reach fail-on', () => {
    const env = path.join(tempDir(), 'fail.env');
    fs.writeFileSync(env, fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8').replace('INPUT_FAIL-ON=never', 'INPUT_FAIL-ON=error'));
    const r = localAction(env);
    expect(r.out).toMatch(/^::error::1 finding\(s\) at or above fail-on 'error': config-not-patched$/m);
  });
});
