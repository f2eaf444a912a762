// How a patch's multi-file diff is presented: split into files with their counts, and generated
// templates collapsed to one line.
import { describe, expect, it } from 'vitest';
import { diffFiles, presentDiff, unifiedDiff } from '../src/service/diff.js';

// a removed '-- old' and an added '++ new' print as '--- old' and '+++ new': a file header's look
const before = 'keep\n-- old\nkeep 2\n';
const after = 'keep\n++ new\nkeep 2\nadded\n';
const template = Array.from({ length: 40 }, (_, i) => `Write-Host ${i}`).join('\n') + '\n';
const diff =
  unifiedDiff(before, after, 'a/x.cscfg', 'b/x.cscfg') +
  unifiedDiff('', template, '/dev/null', 'b/pkg/sni-bindings.ps1') +
  unifiedDiff('', '{}\n', '/dev/null', 'b/pkg/sni-bindings.json');

describe('diffFiles', () => {
  it('splits by file, following hunk counts, so changed lines that look like headers stay in their file', () => {
    expect(diffFiles(diff).map(({ path, created, added, removed, lines }) => ({ path, created, added, removed, lines }))).toEqual([
      { path: 'x.cscfg', created: false, added: 2, removed: 1, lines: 4 },
      { path: 'pkg/sni-bindings.ps1', created: true, added: 40, removed: 0, lines: 40 },
      { path: 'pkg/sni-bindings.json', created: true, added: 1, removed: 0, lines: 1 },
    ]);
    expect(
      diffFiles(diff)
        .map((f) => f.text)
        .join(''),
    ).toBe(diff);
  });
});

describe('presentDiff', () => {
  it('keeps every file but replaces a collapsed one’s hunks with one line', () => {
    const shown = presentDiff(diff, (p) => p.endsWith('.ps1'));
    expect(shown).toContain('+++ b/pkg/sni-bindings.ps1\n@@ new file: the generated template, 40 lines (not shown) @@\n');
    expect(shown).not.toContain('Write-Host');
    expect(shown).toContain('+++ b/pkg/sni-bindings.json\n@@ -0,0 +1,1 @@\n+{}\n');
    expect(shown).toContain('--- old\n+++ new\n');
  });
});
