// Text edits on the original file: insert, replace or remove elements and attributes at their
// exact offsets, in the file's own indentation and line endings, so every byte the patch does
// not mean to change stays as it was.
import { escapeAttr, type XmlDocument, type XmlElement } from './xml.js';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A new element to write: `<name a="v" />` or with children. */
export interface NewElement {
  name: string;
  attrs: [string, string][];
  children?: NewElement[];
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) throw new Error(`internal error: overlapping edits at offset ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

export class Layout {
  readonly eol: string;
  readonly unit: string;

  constructor(private readonly doc: XmlDocument) {
    this.eol = doc.eol;
    this.unit = detectUnit(doc);
  }

  /** Whitespace before `el` on its line, when only whitespace precedes it; else undefined. */
  ownIndent(el: XmlElement): string | undefined {
    return indentBefore(this.doc.text, el.start);
  }

  indentOf(el: XmlElement): string {
    const own = this.ownIndent(el);
    if (own !== undefined) return own;
    return el.parent ? this.indentOf(el.parent) + this.unit : '';
  }

  /** Indentation for a new child of `parent`: that of an existing child, else parent's plus one unit. */
  childIndent(parent: XmlElement): string {
    for (const c of parent.children) {
      const own = this.ownIndent(c);
      if (own !== undefined) return own;
    }
    return this.indentOf(parent) + this.unit;
  }

  render(el: NewElement, indent: string): string {
    const attrs = el.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    if (!el.children?.length) return `${indent}<${el.name}${attrs} />`;
    const inner = el.children.map((c) => this.render(c, indent + this.unit)).join(this.eol);
    return `${indent}<${el.name}${attrs}>${this.eol}${inner}${this.eol}${indent}</${el.name}>`;
  }

  /** Inserts new children at the end of `parent`. */
  appendChildren(parent: XmlElement, items: NewElement[]): Edit {
    const text = this.doc.text;
    const indent = this.childIndent(parent);
    const body = items.map((c) => this.render(c, indent));
    if (parent.selfClosing) {
      // `<X ... />` becomes `<X ...>` + children + `</X>`; the start tag's attributes stay as written.
      const tagBody = text.slice(parent.start, parent.end).replace(/\s*\/>$/, '>');
      return {
        start: parent.start,
        end: parent.end,
        text: `${tagBody}${this.eol}${body.join(this.eol)}${this.eol}${this.indentOf(parent)}</${parent.name}>`,
      };
    }
    const lineStart = text.lastIndexOf('\n', parent.closeStart - 1) + 1;
    const beforeClose = text.slice(lineStart, parent.closeStart);
    if (/^[ \t]*$/.test(beforeClose) && lineStart > parent.startTagEnd) {
      // The end tag sits on its own line: insert whole lines just before it.
      return { start: lineStart, end: lineStart, text: body.map((b) => b + this.eol).join('') };
    }
    // `<X></X>` or content on the end tag's line: open a new line before the end tag.
    return { start: parent.closeStart, end: parent.closeStart, text: `${this.eol}${body.join(this.eol)}${this.eol}${this.indentOf(parent)}` };
  }

  /** Replaces an element (keeping its line's indentation) with a new rendering. */
  replaceElement(el: XmlElement, replacement: NewElement): Edit {
    const indent = this.indentOf(el);
    const rendered = this.render(replacement, indent).slice(indent.length);
    return { start: el.start, end: el.end, text: rendered };
  }

  /** Removes an element, and its whole line when nothing else is on it. */
  removeElement(el: XmlElement): Edit {
    const text = this.doc.text;
    const lineStart = text.lastIndexOf('\n', el.start - 1) + 1;
    const nl = text.indexOf('\n', el.end);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const before = text.slice(lineStart, el.start);
    const after = text.slice(el.end, nl < 0 ? text.length : nl).replace(/\r$/, '');
    if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after) && lineStart > 0) return { start: lineStart, end: lineEnd, text: '' };
    return { start: el.start, end: el.end, text: '' };
  }

  /** Sets an attribute: replaces the value in its own quotes, or adds it after the last attribute. */
  setAttribute(el: XmlElement, name: string, value: string): Edit | undefined {
    const existing = el.attrs.find((a) => a.name === name);
    if (existing) {
      if (existing.value === value) return undefined;
      const escaped = escapeAttr(value).replace(existing.quote === "'" ? /'/g : /(?!)/g, '&apos;');
      return { start: existing.valueStart, end: existing.valueEnd, text: escaped };
    }
    const at = el.attrs.length ? el.attrs[el.attrs.length - 1]!.end : el.start + 1 + el.name.length;
    return { start: at, end: at, text: ` ${name}="${escapeAttr(value)}"` };
  }
}

/**
 * The whitespace between the start of the line and `offset` when nothing else precedes it there,
 * else undefined. It reads backwards only over spaces and tabs, so asking it for every element of
 * a one-line file stays linear (searching back for the line start was quadratic there).
 */
export function indentBefore(text: string, offset: number): string | undefined {
  let p = offset;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
  if (p === 0 || text[p - 1] === '\n' || (p === 1 && text[0] === '\uFEFF')) return text.slice(p, offset);
  return undefined;
}

/** The file's indentation unit: the first child indented deeper than its parent, breadth first. */
function detectUnit(doc: XmlDocument): string {
  const queue: XmlElement[] = [doc.root];
  for (let q = 0; q < queue.length; q++) {
    const el = queue[q]!;
    const pIndent = indentBefore(doc.text, el.start);
    for (const c of el.children) {
      const cIndent = pIndent === undefined ? undefined : indentBefore(doc.text, c.start);
      if (pIndent !== undefined && cIndent !== undefined && cIndent.length > pIndent.length && cIndent.startsWith(pIndent))
        return cIndent.slice(pIndent.length);
      queue.push(c);
    }
  }
  return '  ';
}
