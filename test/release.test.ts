// The release scheme holds together: README's and the examples' `uses:` lines name the major tag
// that the release workflow moves, the workflow checks dist/ and publishes, the versions agree,
// and every workflow uses the current major of GitHub's own actions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { ROOT } from './helpers/run-dist.js';

const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8');
const WORKFLOWS = fs.readdirSync(path.join(ROOT, '.github', 'workflows')).map((f) => `.github/workflows/${f}`);
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples', 'workflows')).map((f) => `examples/workflows/${f}`);
const DOCS = ['README.md', ...EXAMPLES, ...WORKFLOWS];

/** The current majors (checked against each action's releases when this list was last changed). */
const CURRENT: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'github/codeql-action': 'v4',
};

function uses(text: string): { action: string; ref: string }[] {
  return [...text.matchAll(/uses:\s*([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([\w.-]+)/g)].map((m) => ({ action: m[1]!, ref: m[2]! }));
}

describe('releases', () => {
  it('the uses: lines of README and the examples name the major tag of the newest CHANGELOG version', () => {
    const newest = /^## \[(\d+)\.(\d+)\.(\d+)\]/m.exec(read('CHANGELOG.md'));
    expect(newest, 'CHANGELOG.md has a ## [X.Y.Z] section').not.toBeNull();
    const refs = DOCS.flatMap((f) =>
      uses(read(f))
        .filter((u) => u.action === 'sni-ready/sni-ready')
        .map((u) => `${f}: ${u.ref}`),
    );
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(r).toMatch(new RegExp(`: v${newest![1]}$`));
  });

  it('the release workflow checks dist/, tags vX.Y.Z, moves the major tag and publishes a release', () => {
    const wf = read('.github/workflows/release.yml');
    expect(wf).toContain('diff -r dist "$RUNNER_TEMP/fresh-dist"');
    expect(wf).toContain('git tag -a "v$VERSION"');
    expect(wf).toMatch(/git tag -fa "\$major"[\s\S]*git push --force origin "refs\/tags\/\$major"/);
    expect(wf).toContain('gh release create "v$VERSION"');
    expect(wf).toMatch(/permissions:\s*\n\s*contents: write/);
  });

  it('package.json and src/version.ts carry the same version', () => {
    expect(JSON.parse(read('package.json')).version).toBe(VERSION);
  });

  it.each(DOCS)('%s uses the current major of GitHub’s actions', (f) => {
    for (const u of uses(read(f))) if (CURRENT[u.action]) expect(`${u.action}@${u.ref}`).toBe(`${u.action}@${CURRENT[u.action]}`);
  });

  it('CI makes the tool-dependent suites mandatory, and CodeQL and SECURITY.md exist', () => {
    expect(read('.github/workflows/ci.yml')).toMatch(/SNI_READY_REQUIRE_TOOLS: '1'/);
    expect(read('.ci/run')).toContain('export SNI_READY_REQUIRE_TOOLS=1');
    expect(read('.github/workflows/codeql.yml')).toContain('github/codeql-action/analyze@v4');
    expect(read('SECURITY.md')).toMatch(/Report a vulnerability/);
  });
});
