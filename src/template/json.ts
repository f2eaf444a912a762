// JSON with positions, for ARM templates: every value keeps its offsets and line, so findings
// point at the template's lines and patch can replace one string without touching the rest of the
// file. ARM accepts // and /* */ comments; so does this reader. Keys are looked up without regard
// to case, as ARM does.

export type JsonNode =
  | { kind: 'object'; start: number; end: number; line: number; props: JsonProp[] }
  | { kind: 'array'; start: number; end: number; line: number; items: JsonNode[] }
  | { kind: 'string'; start: number; end: number; line: number; value: string }
  | { kind: 'number'; start: number; end: number; line: number; value: number }
  | { kind: 'boolean'; start: number; end: number; line: number; value: boolean }
  | { kind: 'null'; start: number; end: number; line: number; value: null };

export interface JsonProp {
  key: string;
  keyLine: number;
  value: JsonNode;
}

export class JsonError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** Deeper than any template; bounds the recursion. */
const MAX_DEPTH = 200;

export function parseJsonWithLines(text: string): JsonNode {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const fail = (what: string): never => {
    throw new JsonError(`${what} at line ${line}`, line);
  };
  const skip = () => {
    for (;;) {
      const c = text[i];
      if (c === '\n') {
        line++;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail('an unclosed comment');
        for (let k = i; k < end; k++) if (text[k] === '\n') line++;
        i = end + 2;
      } else return;
    }
  };
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('an unterminated string');
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('a line break inside a string');
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('a bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          i += 2;
        } else fail('a bad escape');
      } else {
        out += c;
        i++;
      }
      if (i - start > 1_000_000) fail('a string over 1 MB');
    }
  };
  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    skip();
    const start = i;
    const at = line;
    const c = text[i];
    if (c === '{') {
      i++;
      const props: JsonProp[] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', start, end: i, line: at, props };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail('a property name expected');
        const keyLine = line;
        const key = str();
        skip();
        if (text[i] !== ':') fail("':' expected");
        i++;
        props.push({ key, keyLine, value: value(depth + 1) });
        skip();
        if (text[i] === ',') {
          i++;
          skip();
          if (text[i] === '}') {
            i++;
            return { kind: 'object', start, end: i, line: at, props };
          }
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', start, end: i, line: at, props };
        }
        fail("',' or '}' expected");
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', start, end: i, line: at, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        skip();
        if (text[i] === ',') {
          i++;
          skip();
          if (text[i] === ']') {
            i++;
            return { kind: 'array', start, end: i, line: at, items };
          }
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', start, end: i, line: at, items };
        }
        fail("',' or ']' expected");
      }
    }
    if (c === '"') {
      const v = str();
      return { kind: 'string', start, end: i, line: at, value: v };
    }
    const m = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail(c === undefined ? 'the end of the file where a value was expected' : `an unexpected character '${c}'`);
    i += m![1]!.length;
    const t = m![1]!;
    if (t === 'true' || t === 'false') return { kind: 'boolean', start, end: i, line: at, value: t === 'true' };
    if (t === 'null') return { kind: 'null', start, end: i, line: at, value: null };
    return { kind: 'number', start, end: i, line: at, value: Number(t) };
  };
  const root = value(0);
  skip();
  if (i < text.length) fail('text after the end of the JSON value');
  return root;
}

/** The value of property `key` (ARM compares names without regard to case). */
export function prop(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.kind !== 'object') return undefined;
  const k = key.toLowerCase();
  return node.props.find((p) => p.key.toLowerCase() === k)?.value;
}

/** Follows a path of property names. */
export function path(node: JsonNode | undefined, ...keys: string[]): JsonNode | undefined {
  let n = node;
  for (const k of keys) n = prop(n, k);
  return n;
}

/** The plain JavaScript value of a node. */
export function plain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.props.map((p) => [p.key, plain(p.value)]));
    case 'array':
      return node.items.map(plain);
    default:
      return node.value;
  }
}
