// CI fails only for a real reason: under `set -o pipefail`, a pipeline whose reader may stop
// reading early (`head`, `grep -q`, `grep -m`, `sed …q`, `awk … exit`) fails whenever the writer
// still has output and dies of SIGPIPE (exit 141) — `xmllint --version 2>&1 | head -1` failed 18
// of 200 runs. No script CI runs may hold such a pipeline.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

/** Readers that may exit before their input ends. */
const EARLY_EXIT = [
  /^head\b/,
  /^grep\b[^|]*\s-(\w*[qlLm]\w*)\b/,
  /^grep\b[^|]*\s--(quiet|silent|max-count|files-with(out)?-match)/,
  /^sed\b.*\bq\b/,
  /^awk\b.*\bexit\b/,
  /^read\b/,
];

/** Pipelines of a shell text whose later stage is an early-exit reader (line number and text). */
export function earlyExitPipes(text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/(^|\s)#.*$/, '');
    // split on single `|` (not `||`)
    const stages = code.split(/(?<!\|)\|(?!\|)/).map((s) => s.trim());
    if (stages.length < 2) return;
    for (const stage of stages.slice(1)) {
      const cmd = stage.replace(/^[({!\s]+/, '');
      if (EARLY_EXIT.some((re) => re.test(cmd))) out.push(`${i + 1}: ${line.trim()}`);
    }
  });
  return out;
}

function shellScripts(): string[] {
  const scripts = [
    '.ci/run',
    ...fs
      .readdirSync(path.join(root, 'scripts'))
      .filter((f) => f.endsWith('.sh'))
      .map((f) => `scripts/${f}`),
  ];
  const workflows = fs.readdirSync(path.join(root, '.github/workflows')).map((f) => `.github/workflows/${f}`);
  return [...scripts, ...workflows];
}

describe('CI scripts never fail on SIGPIPE', () => {
  it('the detector finds the pipelines that failed CI', () => {
    expect(earlyExitPipes('xmllint --version 2>&1 | head -1')).toHaveLength(1);
    expect(earlyExitPipes(`grep -A1 '^x<<' "$f" | grep -q 'www' || exit 1`)).toHaveLength(1);
    expect(earlyExitPipes('diff -r a b | head -20')).toHaveLength(1);
    expect(earlyExitPipes('a || b')).toHaveLength(0);
    expect(earlyExitPipes(`grep -A1 '^x<<' "$f" | grep 'www' >/dev/null`)).toHaveLength(0);
  });

  it('the early-exit reader really fails a pipefail run (why the rule exists)', () => {
    const r = spawnSync('bash', ['-c', 'set -o pipefail; yes | head -1 >/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(141);
    const fixed = spawnSync('bash', ['-c', 'set -o pipefail; v=$(seq 1 100000); echo "${v%%$\'\\n\'*}"'], { encoding: 'utf8' });
    expect(fixed.status).toBe(0);
    expect(fixed.stdout.trim()).toBe('1');
  });

  it.each(shellScripts())('%s has no pipeline that can die of SIGPIPE', (file) => {
    expect(earlyExitPipes(fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('.ci/run is valid bash and keeps pipefail', () => {
    const text = fs.readFileSync(path.join(root, '.ci/run'), 'utf8');
    expect(text).toContain('set -euo pipefail');
    expect(spawnSync('bash', ['-n', path.join(root, '.ci/run')]).status).toBe(0);
  });
});
