import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../src/service/diff.js';
import { applyEdits, Layout } from '../src/service/writer.js';
import { child, parseXml } from '../src/service/xml.js';
import { tempDir } from './helpers/pki.js';

const cert = {
  name: 'Certificate',
  attrs: [
    ['name', 'A'],
    ['storeLocation', 'LocalMachine'],
    ['storeName', 'CA'],
  ] as [string, string][],
};

function append(text: string, pick: (root: ReturnType<typeof parseXml>['root']) => ReturnType<typeof parseXml>['root']): string {
  const doc = parseXml(text);
  const layout = new Layout(doc);
  return applyEdits(text, [layout.appendChildren(pick(doc.root), [cert])]);
}

describe('writer: inserting into every shape of parent', () => {
  it('a self-closing parent becomes open + close, keeping its attributes', () => {
    const out = append('<R>\n  <Certificates a="1" />\n</R>', (r) => child(r, 'Certificates')!);
    expect(out).toBe('<R>\n  <Certificates a="1">\n    <Certificate name="A" storeLocation="LocalMachine" storeName="CA" />\n  </Certificates>\n</R>');
  });

  it('an empty parent closed on the same line', () => {
    const out = append('<R>\n\t<Certificates></Certificates>\n</R>', (r) => child(r, 'Certificates')!);
    expect(out).toBe('<R>\n\t<Certificates>\n\t\t<Certificate name="A" storeLocation="LocalMachine" storeName="CA" />\n\t</Certificates>\n</R>');
  });

  it('an empty parent closed on its own line (CRLF)', () => {
    const out = append('<R>\r\n    <Certificates>\r\n    </Certificates>\r\n</R>', (r) => child(r, 'Certificates')!);
    expect(out).toBe(
      '<R>\r\n    <Certificates>\r\n        <Certificate name="A" storeLocation="LocalMachine" storeName="CA" />\r\n    </Certificates>\r\n</R>',
    );
  });

  it('a parent with children: the new one takes the siblings’ indentation, after a trailing comment', () => {
    const out = append('<R>\n  <C>\n     <X />\n     <!-- c -->\n  </C>\n</R>', (r) => child(r, 'C')!);
    expect(out).toBe('<R>\n  <C>\n     <X />\n     <!-- c -->\n     <Certificate name="A" storeLocation="LocalMachine" storeName="CA" />\n  </C>\n</R>');
  });

  it('sets attributes in their own quotes, or adds them after the last one', () => {
    const text = '<R a=\'x\' b="y"   />';
    const doc = parseXml(text);
    const l = new Layout(doc);
    expect(applyEdits(text, [l.setAttribute(doc.root, 'a', "it's")!, l.setAttribute(doc.root, 'c', 'z&')!])).toBe('<R a=\'it&apos;s\' b="y" c="z&amp;"   />');
    expect(l.setAttribute(doc.root, 'b', 'y')).toBeUndefined();
  });

  it('removes an element with its whole line', () => {
    const text = '<R>\r\n  <A />\r\n  <B />\r\n</R>';
    const doc = parseXml(text);
    expect(applyEdits(text, [new Layout(doc).removeElement(child(doc.root, 'A')!)])).toBe('<R>\r\n  <B />\r\n</R>');
  });
});

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });

  it('produces a diff that git apply accepts and that reproduces the new text', () => {
    const before = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const lines = before.split('\n');
    lines.splice(3, 1, 'changed 3');
    lines.splice(10, 0, 'inserted a', 'inserted b');
    lines.splice(30, 2);
    const after = lines.join('\n');
    const dir = tempDir('sni-diff-');
    fs.writeFileSync(path.join(dir, 'f.txt'), before);
    const patch = unifiedDiff(before, after, 'a/f.txt', 'b/f.txt');
    expect(patch.match(/^@@ /gm)!.length).toBeGreaterThanOrEqual(2);
    fs.writeFileSync(path.join(dir, 'p.diff'), patch);
    execFileSync('git', ['apply', '--unidiff-zero', 'p.diff'], { cwd: dir, stdio: 'pipe' });
    expect(fs.readFileSync(path.join(dir, 'f.txt'), 'utf8')).toBe(after);
  });

  it('marks a last line without a newline, and git apply accepts it', () => {
    const before = '<a>\n  <b />\n</a>';
    const after = '<a>\n  <b />\n  <c />\n</a>';
    const patch = unifiedDiff(before, after, 'a/f.xml', 'b/f.xml');
    expect(patch).toContain(' </a>\n\\ No newline at end of file\n'); // unchanged last line, as context
    const changedLast = unifiedDiff(before, '<a>\n  <b />\n</a>\n', 'a/f.xml', 'b/f.xml');
    expect(changedLast).toContain('-</a>\n\\ No newline at end of file\n+</a>\n');
    const dir = tempDir('sni-diff-eol-');
    for (const [p, a] of [
      [patch, after],
      [changedLast, '<a>\n  <b />\n</a>\n'],
    ] as const) {
      fs.writeFileSync(path.join(dir, 'f.xml'), before);
      fs.writeFileSync(path.join(dir, 'p.diff'), p);
      execFileSync('git', ['apply', 'p.diff'], { cwd: dir, stdio: 'pipe' });
      expect(fs.readFileSync(path.join(dir, 'f.xml'), 'utf8')).toBe(a);
    }
  });

  it('shows a new file against /dev/null', () => {
    expect(unifiedDiff('', 'x\ny\n', '/dev/null', 'b/n')).toBe('--- /dev/null\n+++ b/n\n@@ -0,0 +1,2 @@\n+x\n+y\n');
  });
});
