// A small, strict XML reader that reports the position of every element and attribute, so a
// patch can edit the original text in place and leave every other byte alone (fast-xml-parser
// does not round-trip bytes). It refuses a DOCTYPE or any other declaration where it meets it
// (it has no entity table, so nothing is ever expanded or resolved), and it checks well-formedness
// (matching tags, quoted attributes, no duplicate attributes, one root, only the predefined
// entities and character references).

/** Largest csdef/cscfg accepted; real ones are a few kilobytes. */
export const MAX_XML_BYTES = 4 * 1024 * 1024;
/** Deepest element nesting accepted; real service files nest about 6 levels. Every element on the
 * stack is held in memory and walked by the readers that follow, so depth is bounded like size. */
export const MAX_XML_DEPTH = 256;

export interface XmlAttr {
  name: string;
  /** decoded value */
  value: string;
  /** offset of the first character of the name */
  start: number;
  /** offset just after the closing quote */
  end: number;
  /** offsets of the raw value between the quotes */
  valueStart: number;
  valueEnd: number;
  quote: '"' | "'";
}

export interface XmlElement {
  name: string;
  /** name without a namespace prefix */
  local: string;
  attrs: XmlAttr[];
  /** offset of `<` */
  start: number;
  /** offset just after the start tag's `>` */
  startTagEnd: number;
  selfClosing: boolean;
  /** offset of `</` (equals `end` for a self-closing element) */
  closeStart: number;
  /** offset just after the element */
  end: number;
  /** 1-based line of `<` */
  line: number;
  children: XmlElement[];
  parent?: XmlElement;
}

export interface XmlDocument {
  text: string;
  root: XmlElement;
  /** true when the text starts with U+FEFF */
  bom: boolean;
  /** the line ending the file uses (the first one found; LF when none) */
  eol: '\r\n' | '\n';
  lineAt(offset: number): number;
}

export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'XmlError';
  }
}

const NAME = /[A-Za-z_:\u00C0-\uFFEF][\w.:\-\u00B7\u00C0-\uFFEF]*/y;
const REF = /&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function decode(raw: string): string {
  return raw.replace(/[\t\r\n]/g, ' ').replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref]!;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** Decodes file bytes as UTF-8 (a BOM is kept as U+FEFF so the text round-trips byte for byte). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_XML_BYTES) throw new XmlError(`file is larger than the ${MAX_XML_BYTES}-byte limit for a service file`, 1);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new XmlError('file is UTF-16 encoded; save it as UTF-8 (Visual Studio: File > Save As > Save with Encoding)', 1);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new XmlError('file is not valid UTF-8', 1);
  }
}

/** Parses `text`; throws XmlError (with a 1-based line) when it is refused or not well-formed. */
export function parseXml(text: string): XmlDocument {
  const starts = lineStarts(text);
  const lineAt = (offset: number) => lineOf(starts, offset);
  const fail = (message: string, offset: number): never => {
    throw new XmlError(message, lineAt(offset));
  };
  if (text.length > MAX_XML_BYTES) fail(`file is larger than the ${MAX_XML_BYTES}-byte limit for a service file`, 0);

  const bom = text.charCodeAt(0) === 0xfeff;
  const firstNl = text.indexOf('\n');
  const eol: '\r\n' | '\n' = firstNl > 0 && text[firstNl - 1] === '\r' ? '\r\n' : '\n';
  let i = bom ? 1 : 0;
  const n = text.length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;

  // The next '&' at or after a position, found once and reused: searching from every text node to
  // the end of a file without '&' made many small elements quadratic.
  let nextAmp = -2;
  const ampFrom = (from: number): number => {
    if (nextAmp !== -1 && nextAmp < from) nextAmp = text.indexOf('&', from);
    return nextAmp;
  };
  const checkText = (from: number, to: number) => {
    for (let j = ampFrom(from); j >= 0 && j < to; j = ampFrom(j + 1)) {
      REF.lastIndex = j;
      if (!REF.test(text)) {
        const m = /^&([A-Za-z_][\w.-]*);/.exec(text.slice(j, j + 80));
        fail(
          m ? `entity reference '&${m[1]};' refused: only the predefined XML entities are allowed` : "'&' not followed by an entity or character reference",
          j,
        );
      }
    }
    if (stack.length === 0) {
      const stray = text.slice(from, to).search(/\S/);
      if (stray >= 0) fail(root ? 'text after the root element' : 'text before the root element', from + stray);
    }
  };

  while (i < n) {
    const lt = text.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      checkText(i, textEnd);
      if (text.slice(i, textEnd).includes(']]>')) fail("']]>' outside a CDATA section", i + text.slice(i, textEnd).indexOf(']]>'));
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) fail('unclosed processing instruction', i);
      if (/^<\?xml\s/i.test(text.slice(i, i + 6)) && i !== (bom ? 1 : 0)) fail('XML declaration not at the start of the file', i);
      i = close + 2;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) fail('unclosed comment', i);
      i = close + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail('CDATA section outside the root element', i);
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) fail('unclosed CDATA section', i);
      i = close + 3;
      continue;
    }
    if (text.startsWith('<!', i)) {
      // Declarations are refused where they stand: nothing is ever expanded or resolved.
      const decl = /^<!([A-Za-z]+)/.exec(text.slice(i, i + 12));
      fail(
        `${decl ? decl[1]!.toUpperCase() : 'markup'} declaration refused: service files never need one, and entities could expand without bound or read local files`,
        i,
      );
    }
    if (text.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(text);
      if (!m) fail('malformed end tag', i);
      const name = m![0];
      let j = i + 2 + name.length;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] !== '>') fail(`malformed end tag </${name}>`, i);
      const open = stack.pop();
      if (!open) fail(`end tag </${name}> without a start tag`, i);
      if (open!.name !== name) fail(`end tag </${name}> does not match <${open!.name}> (line ${open!.line})`, i);
      open!.closeStart = i;
      open!.end = j + 1;
      i = j + 1;
      continue;
    }
    // start tag
    NAME.lastIndex = i + 1;
    const m = NAME.exec(text);
    if (!m) fail("'<' not followed by a tag name", i);
    const name = m![0];
    const el: XmlElement = {
      name,
      local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
      attrs: [],
      start: i,
      startTagEnd: -1,
      selfClosing: false,
      closeStart: -1,
      end: -1,
      line: lineAt(i),
      children: [],
    };
    let j = i + 1 + name.length;
    const attrNames = new Set<string>();
    for (;;) {
      const wsStart = j;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (j >= n) fail(`unclosed start tag <${name}>`, i);
      if (text.startsWith('/>', j)) {
        el.selfClosing = true;
        j += 2;
        break;
      }
      if (text[j] === '>') {
        j += 1;
        break;
      }
      if (j === wsStart) fail(`malformed start tag <${name}>: whitespace needed before an attribute`, j);
      NAME.lastIndex = j;
      const a = NAME.exec(text);
      if (!a) fail(`malformed attribute in <${name}>`, j);
      const attrName = a![0];
      const attrStart = j;
      j += attrName.length;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] !== '=') fail(`attribute '${attrName}' of <${name}> has no value`, j);
      j++;
      while (j < n && /\s/.test(text[j]!)) j++;
      const quote = text[j];
      if (quote !== '"' && quote !== "'") fail(`attribute '${attrName}' of <${name}> is not quoted`, j);
      const close = text.indexOf(quote!, j + 1);
      if (close < 0) fail(`unterminated value of attribute '${attrName}' in <${name}>`, j);
      const raw = text.slice(j + 1, close);
      if (raw.includes('<')) fail(`'<' in the value of attribute '${attrName}' of <${name}>`, j);
      checkTextInAttr(raw, j + 1);
      // a set, not a search of the attributes so far: 200,000 attributes would be quadratic
      if (attrNames.has(attrName)) fail(`duplicate attribute '${attrName}' in <${name}>`, attrStart);
      attrNames.add(attrName);
      el.attrs.push({ name: attrName, value: decode(raw), start: attrStart, end: close + 1, valueStart: j + 1, valueEnd: close, quote: quote as '"' | "'" });
      j = close + 1;
    }
    el.startTagEnd = j;
    const parent = stack[stack.length - 1];
    if (parent) {
      el.parent = parent;
      parent.children.push(el);
    } else {
      if (root) fail(`second root element <${name}>`, i);
      root = el;
    }
    if (el.selfClosing) {
      el.closeStart = j;
      el.end = j;
    } else {
      if (stack.length >= MAX_XML_DEPTH) fail(`elements nested deeper than ${MAX_XML_DEPTH} levels (<${name}>); a service file nests a few levels`, i);
      stack.push(el);
    }
    i = j;
  }
  if (stack.length) fail(`element <${stack[stack.length - 1]!.name}> is not closed`, stack[stack.length - 1]!.start);
  if (!root) fail('no root element', 0);
  return { text, root: root!, bom, eol, lineAt };

  function checkTextInAttr(raw: string, offset: number) {
    for (let k = raw.indexOf('&'); k >= 0; k = raw.indexOf('&', k + 1)) {
      REF.lastIndex = offset + k;
      if (!REF.test(text)) fail(`entity reference in an attribute refused: only the predefined XML entities are allowed`, offset + k);
    }
  }
}

export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function attrNode(el: XmlElement, name: string): XmlAttr | undefined {
  return el.attrs.find((a) => a.name === name);
}

export function child(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el?.children.find((c) => c.local === local);
}

export function children(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? el.children.filter((c) => c.local === local) : [];
}

/** The namespace URI in scope for an element's own name (default namespace or its prefix). */
export function namespaceOf(el: XmlElement): string | undefined {
  const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':')) : '';
  const key = prefix ? `xmlns:${prefix}` : 'xmlns';
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const v = attr(e, key);
    if (v !== undefined) return v;
  }
  return undefined;
}

export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
