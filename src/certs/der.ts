// A small, bounded ASN.1 reader/writer for the containers Node's crypto cannot open (PKCS#12,
// PKCS#7). It reads DER and the BER that Windows and Java sometimes write (indefinite lengths,
// constructed OCTET STRINGs), and hands raw certificate DER to X509Certificate untouched.

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  BMP_STRING: 0x1e,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Thrown for malformed or truncated ASN.1; callers turn it into `cert-unreadable`. */
export class DerError extends Error {
  override name = 'DerError';
  /** `refused`: well-formed, but past a limit or in a form this reader does not take (not corrupt) */
  constructor(
    message: string,
    readonly refused = false,
  ) {
    super(message);
  }
}

export interface Asn1 {
  /** the identifier octet (low-tag-number form only) */
  tag: number;
  /** offset of the identifier octet */
  start: number;
  /** offset of the first content octet */
  contentStart: number;
  /** offset just past the content (before the end-of-contents octets of an indefinite length) */
  contentEnd: number;
  /** offset just past the whole element */
  end: number;
  buf: Buffer;
  /** children, for constructed elements */
  children: Asn1[];
}

const MAX_DEPTH = 40;
const MAX_NODES = 200_000;

/** Parses one element at `offset`; throws DerError when it does not fit inside `limit`. */
export function parseDer(buf: Buffer, offset = 0, limit = buf.length): Asn1 {
  const counter = { nodes: 0 };
  return parseAt(buf, offset, limit, 0, counter);
}

function parseAt(buf: Buffer, offset: number, limit: number, depth: number, counter: { nodes: number }): Asn1 {
  if (depth > MAX_DEPTH) throw new DerError(`ASN.1 nested more than ${MAX_DEPTH} levels deep`, true);
  if (++counter.nodes > MAX_NODES) throw new DerError(`ASN.1 with more than ${MAX_NODES} elements`, true);
  if (offset + 2 > limit) throw new DerError('ASN.1 truncated');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('ASN.1 tags above 30 (high-tag-number form), which no certificate container uses', true);
  let pos = offset + 1;
  const first = buf[pos++]!;
  let length = -1;
  if (first < 0x80) length = first;
  else if (first > 0x80) {
    const n = first & 0x7f;
    if (pos + n > limit) throw new DerError('ASN.1 length truncated');
    // BER allows leading zero octets in a long-form length
    length = 0;
    for (let i = 0; i < n; i++) {
      length = length * 256 + buf[pos++]!;
      if (length > 0xffffffff) throw new DerError('ASN.1 length over 4 GiB');
    }
  }
  const constructed = (tag & 0x20) !== 0;
  const node: Asn1 = { tag, start: offset, contentStart: pos, contentEnd: pos, end: pos, buf, children: [] };
  if (length >= 0) {
    if (pos + length > limit) throw new DerError('ASN.1 truncated');
    node.contentEnd = node.end = pos + length;
    if (constructed) {
      let p = pos;
      while (p < node.contentEnd) {
        const child = parseAt(buf, p, node.contentEnd, depth + 1, counter);
        node.children.push(child);
        p = child.end;
      }
    }
    return node;
  }
  // indefinite length (BER): children until the end-of-contents octets 00 00
  if (!constructed) throw new DerError('ASN.1 indefinite length on a primitive element');
  let p = pos;
  for (;;) {
    if (p + 2 > limit) throw new DerError('ASN.1 truncated');
    if (buf[p] === 0 && buf[p + 1] === 0) break;
    const child = parseAt(buf, p, limit, depth + 1, counter);
    node.children.push(child);
    p = child.end;
  }
  node.contentEnd = p;
  node.end = p + 2;
  return node;
}

/** The content octets of a primitive element. */
export function content(node: Asn1): Buffer {
  return node.buf.subarray(node.contentStart, node.contentEnd);
}

/** The whole encoding of an element (identifier, length and content). */
export function raw(node: Asn1): Buffer {
  return node.buf.subarray(node.start, node.end);
}

/** The octets of an OCTET STRING, joining the pieces of a constructed (BER) one. */
export function octets(node: Asn1): Buffer {
  if ((node.tag & 0x1f) !== TAG.OCTET_STRING) throw new DerError('expected an OCTET STRING');
  if ((node.tag & 0x20) === 0) return content(node);
  return Buffer.concat(node.children.map(octets));
}

export function child(node: Asn1, index: number, tag?: number): Asn1 {
  const c = node.children[index];
  if (!c) throw new DerError('ASN.1 element missing');
  if (tag !== undefined && c.tag !== tag) throw new DerError(`ASN.1 tag 0x${c.tag.toString(16)} where 0x${tag.toString(16)} was expected`);
  return c;
}

export function oidOf(node: Asn1): string {
  if (node.tag !== TAG.OID) throw new DerError('expected an OBJECT IDENTIFIER');
  const b = content(node);
  if (b.length === 0) throw new DerError('empty OBJECT IDENTIFIER');
  const parts: number[] = [];
  let value = 0;
  for (const byte of b) {
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256) throw new DerError('OBJECT IDENTIFIER arc too large');
    if ((byte & 0x80) === 0) {
      if (parts.length === 0) {
        const first = value < 80 ? Math.floor(value / 40) : 2;
        parts.push(first, value - first * 40);
      } else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

export function intOf(node: Asn1): number {
  if (node.tag !== TAG.INTEGER) throw new DerError('expected an INTEGER');
  const b = content(node);
  if (b.length === 0 || b.length > 6) throw new DerError('INTEGER out of range');
  let v = 0;
  for (const byte of b) v = v * 256 + byte;
  return v;
}

// --- writer (DER) ---

/** The DER length octets of a body of `n` bytes. */
export function lengthBytes(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function encode(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}

export const seq = (...parts: Buffer[]): Buffer => encode(TAG.SEQUENCE, ...parts);
export const set = (...parts: Buffer[]): Buffer => encode(TAG.SET, ...parts);
export const octetString = (b: Buffer): Buffer => encode(TAG.OCTET_STRING, b);
/** [n] EXPLICIT (constructed context-specific) */
export const explicit = (n: number, ...parts: Buffer[]): Buffer => encode(0xa0 | n, ...parts);

export function integer(n: number): Buffer {
  const bytes: number[] = [];
  do {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  if (bytes[0]! & 0x80) bytes.unshift(0);
  return encode(TAG.INTEGER, Buffer.from(bytes));
}

export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map(Number);
  const out: number[] = [];
  const push = (v: number): void => {
    const stack = [v & 0x7f];
    v = Math.floor(v / 128);
    while (v > 0) {
      stack.unshift((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(...stack);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const a of arcs.slice(2)) push(a);
  return encode(TAG.OID, Buffer.from(out));
}

export function bmpString(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  return encode(TAG.BMP_STRING, le.swap16());
}
