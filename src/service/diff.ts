// A unified diff (`diff -u` format, 3 lines of context) of two texts, for dry runs and the job
// summary. Myers' O((N+M)·D) algorithm over lines; patches change few lines, so D stays small.
import { STARTUP_CMD, STARTUP_PS1 } from './startup.js';

type Op = { kind: ' ' | '-' | '+'; line: string };

const NO_EOL = '\u0000';

/** Lines without their CR/LF; the last line of a text without a final newline carries a marker,
 * so it differs from the same line with one, and prints `\ No newline at end of file`. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines.map((l) => (l.endsWith('\r' + NO_EOL) ? l.slice(0, -2) + NO_EOL : l.replace(/\r$/, '')));
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk back through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]! });
    }
    if (x === prevX) ops.push({ kind: '+', line: b[--y]! });
    else ops.push({ kind: '-', line: a[--x]! });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    ops.push({ kind: ' ', line: a[x]! });
  }
  return ops.reverse();
}

/** Unified diff of `before` → `after` with file labels; '' when they are equal. */
export function unifiedDiff(before: string, after: string, labelBefore: string, labelAfter: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = myers(a, b);
  const out = [`--- ${labelBefore}`, `+++ ${labelAfter}`];
  // Group changes into hunks with `context` lines around them.
  let i = 0;
  let aLine = 1;
  let bLine = 1;
  const pos: { a: number; b: number }[] = [];
  for (const op of ops) {
    pos.push({ a: aLine, b: bLine });
    if (op.kind !== '+') aLine++;
    if (op.kind !== '-') bLine++;
  }
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    let start = Math.max(0, i - context);
    let end = i;
    // extend while the next change is within 2*context lines
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next]!.kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((o) => o.kind !== '+').length;
    const bCount = hunk.filter((o) => o.kind !== '-').length;
    const aStart = aCount ? pos[start]!.a : pos[start]!.a - 1;
    const bStart = bCount ? pos[start]!.b : pos[start]!.b - 1;
    out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const o of hunk) {
      if (o.line.endsWith(NO_EOL)) out.push(o.kind + o.line.slice(0, -1), '\\ No newline at end of file');
      else out.push(o.kind + o.line);
    }
    i = stop;
    start = stop;
  }
  return out.join('\n') + '\n';
}

// Presentation of a patch's diff (several files' unified diffs, one after another) for people.

export interface DiffFile {
  /** the file's path as labelled in the diff, without its a/ or b/ prefix */
  path: string;
  created: boolean;
  added: number;
  removed: number;
  /** lines of the file after the change (for a new file, its length) */
  lines: number;
  /** the file's part of the diff, from its `---` line */
  text: string;
}

/** Splits a multi-file unified diff into its files. Hunk line counts are followed, so a changed
 * line that itself begins with `--` is never taken for a file header. */
export function diffFiles(diff: string): DiffFile[] {
  const lines = diff.split('\n');
  const files: DiffFile[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!lines[i]!.startsWith('--- ') || !lines[i + 1]?.startsWith('+++ ')) {
      i++;
      continue;
    }
    const start = i;
    const from = lines[i]!.slice(4);
    const to = lines[i + 1]!.slice(4);
    const f: DiffFile = { path: to.replace(/^b\//, ''), created: from === '/dev/null', added: 0, removed: 0, lines: 0, text: '' };
    i += 2;
    let m: RegExpExecArray | null;
    while (i < lines.length && (m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]!))) {
      let oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      let newLeft = m[3] === undefined ? 1 : Number(m[3]);
      f.lines = Math.max(f.lines, Number(m[2]) + newLeft - 1);
      i++;
      while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i]!.startsWith('\\'))) {
        const c = lines[i]![0];
        if (c === '-' || c === ' ') oldLeft--;
        if (c === '+' || c === ' ') newLeft--;
        if (c === '-') f.removed++;
        if (c === '+') f.added++;
        i++;
      }
    }
    f.text = lines.slice(start, i).join('\n') + '\n';
    files.push(f);
  }
  return files;
}

/** The diff as shown to a person: files for which `collapse` is true keep their header and one
 * line that says what changed instead of their hunks (a generated template, the same in every
 * package, says nothing about this one). */
export function presentDiff(diff: string, collapse: (path: string) => boolean): string {
  return diffFiles(diff)
    .map((f) =>
      collapse(f.path)
        ? `${f.text.split('\n').slice(0, 2).join('\n')}\n@@ ${f.created ? `new file: the generated template, ${f.lines} lines` : `the generated template: +${f.added} -${f.removed} lines`} (not shown) @@\n`
        : f.text,
    )
    .join('');
}

/** The generated startup template (its .ps1 and .cmd): the same for every package, so a diff for
 * people names it and leaves its body out; the data file next to it is what changes. */
export function isGeneratedTemplate(file: string): boolean {
  return file.endsWith(`/${STARTUP_PS1}`) || file.endsWith(`/${STARTUP_CMD}`) || /\/(?:un)?install\.ps1$/.test(file);
}

/** What a patch does to one file, in words (the job summary's and the CLI's file list):
 * "new, the generated template, 366 lines, …", "new, 20 lines" or "+5 −1". */
export function describeDiffFile(f: DiffFile, templateShown = false): string {
  const lines = `${f.lines} line${f.lines === 1 ? '' : 's'}`;
  if (isGeneratedTemplate(f.path))
    return `${f.created ? 'new, ' : ''}the generated template, ${lines}, the same for every package${templateShown ? '' : ' (not shown in the diff)'}`;
  return f.created ? `new, ${lines}` : `+${f.added} −${f.removed}`;
}
