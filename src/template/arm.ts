// The part of ARM's template language that can be evaluated offline: parameters() (from the
// parameters file, else the template's defaultValue), variables(), concat(), format(), toLower(),
// toUpper(), string(), replace(), trim(), if(), equals(), last(), split(), and resourceId() with
// the subscription and resource group left as placeholders (enough to tell two vault ids apart).
// Anything else (reference(), subscription().id, listKeys() ...) is "cannot resolve", with the
// reason, and the caller says so instead of guessing.
import { plain, prop, type JsonNode } from './json.js';

export type Resolved = { ok: true; value: unknown } | { ok: false; why: string };

class Unresolvable extends Error {}

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'id'; v: string } | { t: 'punct'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Unresolvable('an unterminated string in an expression');
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v });
    } else if (/[0-9-]/.test(c)) {
      const m = /^-?\d+/.exec(src.slice(i))!;
      if (!m) throw new Unresolvable(`an unexpected '${c}' in an expression`);
      out.push({ t: 'num', v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else if ('(),.[]'.includes(c)) {
      out.push({ t: 'punct', v: c });
      i++;
    } else throw new Unresolvable(`an unexpected '${c}' in an expression`);
  }
  return out;
}

/** Evaluates templates' strings against one parameters file. */
export class ArmEvaluator {
  private readonly variables: Map<string, JsonNode>;
  private readonly parameters: Map<string, JsonNode>;
  private readonly given: Map<string, unknown>;
  private depth = 0;

  constructor(template: JsonNode, parametersFile?: JsonNode) {
    const entries = (n: JsonNode | undefined): [string, JsonNode][] => (n?.kind === 'object' ? n.props.map((p) => [p.key.toLowerCase(), p.value]) : []);
    this.variables = new Map(entries(prop(template, 'variables')));
    this.parameters = new Map(entries(prop(template, 'parameters')));
    this.given = new Map();
    // a deployment parameters file ({ parameters: { x: { value } } }), or a bare { x: { value } } object
    const params = prop(parametersFile, 'parameters') ?? parametersFile;
    for (const [k, v] of entries(params)) {
      const value = prop(v, 'value');
      if (value) this.given.set(k, plain(value));
      else if (prop(v, 'reference')) this.given.set(k, new Unresolvable(`parameter '${k}' is a Key Vault reference in the parameters file`));
    }
  }

  /** The value of a node: an expression string is evaluated; objects and arrays are evaluated throughout. */
  resolve(node: JsonNode | undefined): Resolved {
    if (!node) return { ok: false, why: 'it is missing' };
    try {
      return { ok: true, value: this.node(node) };
    } catch (err) {
      if (err instanceof Unresolvable) return { ok: false, why: err.message };
      throw err;
    }
  }

  /** Where a parameter's value comes from: the parameters file, else the template's defaultValue. */
  parameterSource(name: string): 'parameters-file' | 'default' | undefined {
    const k = name.toLowerCase();
    if (this.given.has(k)) return 'parameters-file';
    return prop(this.parameters.get(k), 'defaultValue') ? 'default' : undefined;
  }

  private node(node: JsonNode): unknown {
    switch (node.kind) {
      case 'string':
        return this.string(node.value);
      case 'object':
        return Object.fromEntries(node.props.map((p) => [p.key, this.node(p.value)]));
      case 'array':
        return node.items.map((n) => this.node(n));
      default:
        return node.value;
    }
  }

  private string(s: string): unknown {
    if (!s.startsWith('[') || !s.endsWith(']')) return s;
    if (s.startsWith('[[')) return s.slice(1); // an escaped literal '['
    if (++this.depth > 50) throw new Unresolvable('variables refer to each other in a loop');
    try {
      const tokens = tokenize(s.slice(1, -1));
      let pos = 0;
      const peek = () => tokens[pos];
      const expect = (v: string) => {
        const t = tokens[pos++];
        if (!t || t.t !== 'punct' || t.v !== v) throw new Unresolvable(`'${v}' expected in '${s.slice(0, 120)}'`);
      };
      const expr = (): unknown => {
        const t = tokens[pos++];
        if (!t) throw new Unresolvable(`an incomplete expression '${s.slice(0, 120)}'`);
        let v: unknown;
        if (t.t === 'str' || t.t === 'num') v = t.v;
        else if (t.t === 'id') {
          const name = t.v.toLowerCase();
          if (name === 'true' || name === 'false') v = name === 'true';
          else if (name === 'null') v = null;
          else {
            expect('(');
            const args: unknown[] = [];
            if (!(peek()?.t === 'punct' && peek()!.v === ')')) {
              for (;;) {
                args.push(expr());
                if (peek()?.t === 'punct' && peek()!.v === ',') {
                  pos++;
                  continue;
                }
                break;
              }
            }
            expect(')');
            v = this.call(name, args, t.v);
          }
        } else throw new Unresolvable(`an unexpected '${t.v}' in '${s.slice(0, 120)}'`);
        // property and index access
        for (;;) {
          const p = peek();
          if (p?.t === 'punct' && p.v === '.') {
            pos++;
            const id = tokens[pos++];
            if (!id || id.t !== 'id') throw new Unresolvable(`a property name expected in '${s.slice(0, 120)}'`);
            v = member(v, id.v);
          } else if (p?.t === 'punct' && p.v === '[') {
            pos++;
            const k = expr();
            expect(']');
            v = member(v, k);
          } else return v;
        }
      };
      const v = expr();
      if (pos !== tokens.length) throw new Unresolvable(`text after the expression in '${s.slice(0, 120)}'`);
      return v;
    } finally {
      this.depth--;
    }
  }

  private call(name: string, args: unknown[], written: string): unknown {
    const str = (x: unknown): string => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x));
    switch (name) {
      case 'parameters': {
        const k = String(args[0]).toLowerCase();
        if (this.given.has(k)) {
          const v = this.given.get(k);
          if (v instanceof Unresolvable) throw v;
          return v;
        }
        const def = prop(this.parameters.get(k), 'defaultValue');
        if (def) return this.node(def);
        throw new Unresolvable(`parameter '${String(args[0])}' has no value (not in the parameters file, no defaultValue)`);
      }
      case 'variables': {
        const v = this.variables.get(String(args[0]).toLowerCase());
        if (!v) throw new Unresolvable(`variable '${String(args[0])}' is not defined`);
        return this.node(v);
      }
      case 'concat':
        return args.every(Array.isArray) && args.length ? (args as unknown[][]).flat() : args.map(str).join('');
      case 'format':
        return str(args[0]).replace(/\{(\d+)(?::[^}]*)?\}/g, (_, n: string) => str(args[Number(n) + 1]));
      case 'tolower':
        return str(args[0]).toLowerCase();
      case 'toupper':
        return str(args[0]).toUpperCase();
      case 'string':
        return str(args[0]);
      case 'replace':
        return str(args[0]).split(str(args[1])).join(str(args[2]));
      case 'trim':
        return str(args[0]).trim();
      case 'equals':
        return JSON.stringify(args[0]) === JSON.stringify(args[1]);
      case 'if':
        return args[0] ? args[1] : args[2];
      case 'split':
        return str(args[0]).split(str(args[1]));
      case 'last': {
        const a = args[0];
        return Array.isArray(a) ? a[a.length - 1] : str(a).slice(-1);
      }
      case 'resourceid': {
        // resourceId([subscriptionId], [resourceGroupName], type, name...): the deployment's own
        // subscription and group stay placeholders (the same placeholders for every id of the file)
        const parts = args.map(str);
        const typeAt = parts.findIndex((p) => p.includes('/'));
        if (typeAt < 0) throw new Unresolvable(`resourceId() without a resource type`);
        const sub = typeAt >= 2 ? parts[0] : '{subscription}';
        const rg = typeAt >= 1 ? parts[typeAt - 1] : '{resourceGroup}';
        const [ns, ...types] = parts[typeAt]!.split('/');
        const names = parts.slice(typeAt + 1);
        const tail = types.map((t, k) => `${t}/${names[k] ?? ''}`).join('/');
        return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${ns}/${tail}`;
      }
      default:
        throw new Unresolvable(`${written}() cannot be evaluated before deployment`);
    }
  }
}

function member(v: unknown, key: unknown): unknown {
  if (Array.isArray(v) && typeof key === 'number') return v[key];
  if (v && typeof v === 'object') {
    const k = String(key).toLowerCase();
    const hit = Object.entries(v).find(([name]) => name.toLowerCase() === k);
    if (hit) return hit[1];
  }
  throw new Unresolvable(`no '${String(key)}' in a value of the template`);
}
