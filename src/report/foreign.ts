// Foreign text — what we did not write: a certificate's names (a scanned server chooses them), csdef
// and cscfg attributes, report files given to `merge`, a server's alert, a library's error — is
// data from the moment it enters. It is made inert once, at that border:
// - `foreign` escapes every control character visibly (`\n`, `\x1b`, `\u202e`), so that it cannot
//   break a line (no output line can start with `::`, a GitHub workflow command, unless we wrote
//   it), move a terminal's cursor or colour it, or reorder text (bidi overrides);
// - `md` renders any text inert in Markdown (job summary, tracking issue): a word that could be
//   markup, a link, an image, an autolink, an @mention or an issue reference goes into a code span;
// - `guardLines` is the doors' last check on whole outputs (CLI, log): a line that would still
//   start a workflow command is escaped.
// The engine passes every report through `inertReport` before presenting it, so a finding
// message built from a name nobody escaped cannot reach a presenter raw.
/* eslint-disable no-control-regex -- finding control characters is this module's job */
import type { Report } from '../types.js';

/** Text made inert by `foreign` (a brand: a plain string has not been through it). */
export type Inert = string & { readonly __inert: true };

// C0 controls, DEL, C1 controls, the bidi controls and marks, the Unicode line and paragraph
// separators, and the byte-order mark / zero-width no-break space.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of foreign text, inert: every control character escaped visibly (`\n`, `\x1b`, `\u202e`). */
export function foreign(text: unknown): Inert {
  return String(text ?? '').replace(UNSAFE, escapeChar) as Inert;
}

/** Foreign text of several lines (a file's lines in a diff, a tool's output): line breaks stay
 * (CRLF becomes LF), every other control character is escaped, and no line starts a workflow command. */
export function foreignLines(text: unknown): Inert {
  return guardLines(
    String(text ?? '')
      .replace(/\r\n/g, '\n')
      .replace(UNSAFE_BUT_NEWLINE, escapeChar),
  ) as Inert;
}

/** A GitHub workflow command (`::error::`, `::add-mask::`, the older `##[error]`) is a line that
 * starts with `::` or `##[` once leading white space is trimmed; the runner also splits lines at a
 * lone CR. */
const COMMAND_START = /^(\s*)(::|##\[)/;

/** The doors' last check on a whole output: control characters other than line breaks and tabs
 * escaped, lone CRs escaped, and any line that would start a workflow command escaped (`\x3a:`). */
export function guardLines(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\\r')
    .replace(/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, escapeChar)
    .split('\n')
    .map((line) => line.replace(COMMAND_START, (_, space: string, start: string) => `${space}${escapeChar(start[0]!)}${start.slice(1)}`))
    .join('\n');
}

// --- Markdown ---

/** One code span holding `text` verbatim: the fence is longer than any backtick run inside, and a
 * space pads content that starts or ends with a backtick (CommonMark 6.1). */
export function code(text: unknown): string {
  const s = foreign(text);
  if (!s) return '';
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim()) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/** Characters that never start markup, a link or a mention in GitHub's Markdown. */
const SAFE_WORD = /^[\p{L}\p{N}\p{M}.,;:'"()\-/=+%?’‘“”—–…°·×→←✓]+$/u;
/** Safe characters that still make a word live: GFM autolinks (`www.`, `scheme://`) and GitHub's
 * issue references (`GH-12`). */
const LIVE_WORD = /www\.|:\/\/|\bGH-\d/i;
/** A host or file name: shown as code, as every host is in the summary. */
const NAME_WORD = /[\p{L}\p{N}-]\.[\p{L}][\p{L}\p{N}-]/u;
/** Punctuation that ends a sentence or a parenthesis: kept outside a word's code span. */
const TRAIL = /[.,;:'")?]+$/;
const LEAD = /^[('"]+/;

/** A word of prose in Markdown: as is when it cannot be markup, else in a code span. */
function mdWord(word: string): string {
  if (SAFE_WORD.test(word) && !LIVE_WORD.test(word) && !NAME_WORD.test(word)) return word;
  const lead = LEAD.exec(word)?.[0] ?? '';
  const rest = word.slice(lead.length);
  const trail = TRAIL.exec(rest)?.[0] ?? '';
  const core = rest.slice(0, rest.length - trail.length);
  if (!core) return SAFE_WORD.test(word) ? word : code(word);
  return `${lead}${code(core)}${trail}`;
}

/** Our own code spans (`x`), when CommonMark would read the text's backticks the same way: every
 * backtick run single, paired, not escaped, and no `<` (HTML and autolinks bind tighter) before one. */
function codeSpans(text: string): [number, number][] | undefined {
  const ticks: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === '`') ticks.push(i);
  if (!ticks.length) return [];
  if (ticks.length % 2) return undefined;
  const spans: [number, number][] = [];
  for (let k = 0; k < ticks.length; k += 2) {
    const a = ticks[k]!;
    const b = ticks[k + 1]!;
    if (b === a + 1 || text[a - 1] === '\\' || text[b - 1] === '\\') return undefined;
    spans.push([a, b + 1]);
  }
  if (text.lastIndexOf('<', ticks[ticks.length - 1]) >= 0) return undefined;
  return spans;
}

/**
 * Any text as inert Markdown for a paragraph, a list item or (with `|` escaped) a table cell: line
 * breaks become spaces, control characters are escaped, our own code spans stay, and every word that
 * could be markup, a link, an image, an autolink, an @mention or an issue reference — or is a host
 * or file name — is put in a code span of its own, where GitHub renders nothing live.
 */
export function md(text: unknown): string {
  const s = foreign(String(text ?? '').replace(/\r?\n/g, ' '));
  const spans = codeSpans(s) ?? [];
  // Words: runs of non-space characters; a code span of ours (spaces and all) is part of the word it is in.
  const out: string[] = [];
  let i = 0;
  let span = 0;
  while (i < s.length) {
    if (s[i] === ' ') {
      out.push(' ');
      i++;
      continue;
    }
    let j = i;
    const inner: [number, number][] = [];
    while (j < s.length && s[j] !== ' ') {
      const sp = spans[span];
      if (sp && sp[0] === j) {
        inner.push(sp);
        j = sp[1];
        span++;
      } else j++;
    }
    const word = s.slice(i, j);
    if (inner.length === 1) {
      // A code span of ours with safe glue around it (`(x),`): as written.
      const [a, b] = inner[0]!;
      const before = s.slice(i, a);
      const after = s.slice(b, j);
      if ((!before || SAFE_WORD.test(before)) && (!after || SAFE_WORD.test(after))) {
        out.push(word);
        i = j;
        continue;
      }
    }
    out.push(inner.length ? code(word) : mdWord(word));
    i = j;
  }
  return out.join('');
}

/** `md` for a table cell: pipes escaped too (GFM splits cells at `|`, even inside a code span). */
export function mdCell(text: unknown): string {
  return md(text).replace(/\|/g, '\\|');
}

/** `code` for a table cell. */
export function codeCell(text: unknown): string {
  return code(text).replace(/\|/g, '\\|');
}

// --- the report ---

/** Every string of a value, deep, made inert with `foreign` (`config.diff`, several lines, with `foreignLines`). */
function inertValue(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return key === 'diff' ? foreignLines(value) : foreign(value);
  if (Array.isArray(value)) return value.map((v) => inertValue(v));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const k of Object.keys(o)) o[k] = inertValue(o[k], k);
    return o;
  }
  return value;
}

/**
 * The report, in place, with every text inert. Names and messages are escaped where they enter
 * (certificate names in src/certs/x509.ts, errors where they are caught, shard reports as `merge`
 * reads them); this pass is the net under them: escaping is idempotent, so an escaped text passes
 * unchanged, and a text someone forgot cannot reach a presenter raw.
 */
export function inertReport<R extends Report>(report: R): R {
  return inertValue(report) as R;
}
