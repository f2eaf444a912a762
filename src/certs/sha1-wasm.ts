// SHA-1 compression rounds for the PKCS#12 key derivation as WebAssembly, emitted here byte by
// byte (no toolchain, no binary in the repository). After its first round the derivation hashes
// one 20-byte digest, i.e. one fixed padded block, thousands of times; this loop runs those
// blocks with the state and the message schedule in registers, several times faster than the
// same rounds in JavaScript. test/certs-kdf.test.ts checks it against createHash.

const IV = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];

const op = { get: 0x20, set: 0x21, const: 0x41, add: 0x6a, sub: 0x6b, and: 0x71, or: 0x72, xor: 0x73, rotl: 0x77, eqz: 0x45 } as const;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  n |= 0;
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function moduleBytes(): Uint8Array {
  // locals: 0 rounds (param), 1-5 h0-h4, 6-10 working registers, 11-90 w0-w79
  const ROUNDS = 0;
  const H = (i: number) => 1 + i;
  const R = (i: number) => 6 + i;
  const W = (i: number) => 11 + i;
  const code: number[] = [];
  const get = (l: number) => code.push(op.get, ...uleb(l));
  const set = (l: number) => code.push(op.set, ...uleb(l));
  const konst = (v: number) => code.push(op.const, ...sleb(v));
  // the padded block of a 20-byte message: w5 = 0x80000000, w6-w14 = 0, w15 = 160 bits
  const w = (i: number) => {
    if (i < 5 || i >= 16) get(W(i));
    else konst(i === 5 ? 0x80000000 : i === 15 ? 160 : 0);
  };
  for (let i = 0; i < 5; i++) {
    konst(0);
    code.push(0x28, 2, ...uleb(i * 4)); // i32.load align=4 offset=4i
    set(H(i));
  }
  code.push(0x02, 0x40, 0x03, 0x40); // block, loop
  get(ROUNDS);
  code.push(op.eqz, 0x0d, 1); // br_if 1: out of the block when no round is left
  for (let i = 0; i < 5; i++) {
    get(H(i));
    set(W(i));
  }
  for (let t = 16; t < 80; t++) {
    w(t - 3);
    w(t - 8);
    code.push(op.xor);
    w(t - 14);
    code.push(op.xor);
    w(t - 16);
    code.push(op.xor);
    konst(1);
    code.push(op.rotl);
    set(W(t));
  }
  // each round is a fresh hash: the registers start at the IV, the message is the last digest
  for (let i = 0; i < 5; i++) {
    konst(IV[i]!);
    set(R(i));
  }
  // the registers' roles rotate instead of their values: each round writes two of them
  let [a, b, c, d, e] = [R(0), R(1), R(2), R(3), R(4)];
  for (let t = 0; t < 80; t++) {
    get(a);
    konst(5);
    code.push(op.rotl);
    if (t < 20) {
      get(c);
      get(d);
      code.push(op.xor);
      get(b);
      code.push(op.and);
      get(d);
      code.push(op.xor);
    } else if (t >= 40 && t < 60) {
      get(b);
      get(c);
      code.push(op.and);
      get(d);
      get(b);
      get(c);
      code.push(op.or, op.and, op.or);
    } else {
      get(b);
      get(c);
      code.push(op.xor);
      get(d);
      code.push(op.xor);
    }
    code.push(op.add);
    get(e);
    code.push(op.add);
    konst(K[Math.floor(t / 20)]!);
    code.push(op.add);
    w(t);
    code.push(op.add);
    set(e);
    get(b);
    konst(30);
    code.push(op.rotl);
    set(b);
    [a, b, c, d, e] = [e, a, b, c, d];
  }
  for (let i = 0; i < 5; i++) {
    konst(IV[i]!);
    get(R(i));
    code.push(op.add);
    set(H(i));
  }
  get(ROUNDS);
  konst(1);
  code.push(op.sub);
  set(ROUNDS);
  code.push(0x0c, 0, 0x0b, 0x0b); // br 0 (loop), end loop, end block
  for (let i = 0; i < 5; i++) {
    konst(0);
    get(H(i));
    code.push(0x36, 2, ...uleb(i * 4)); // i32.store
  }
  code.push(0x0b);
  const body = [...vector([[...uleb(90), 0x7f]]), ...code];
  const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, vector([[0x60, 1, 0x7f, 0]])),
    ...section(3, vector([[0]])),
    ...section(5, vector([[0x00, 1]])),
    ...section(
      7,
      vector([
        [...name('run'), 0x00, 0],
        [...name('mem'), 0x02, 0],
      ]),
    ),
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

let instance: { run: (rounds: number) => void; view: DataView } | undefined;

function load(): { run: (rounds: number) => void; view: DataView } {
  if (!instance) {
    // the project's lib settings carry no WebAssembly types; this is the part used here
    const api = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const exports = new api.Instance(new api.Module(moduleBytes())).exports as { run: (rounds: number) => void; mem: { buffer: ArrayBuffer } };
    instance = { run: exports.run, view: new DataView(exports.mem.buffer) };
  }
  return instance;
}

/** Rounds per call. V8 runs a WebAssembly function first as baseline (Liftoff) code and switches to
 * optimized code only at a later call, never inside a running one: a whole chain in one call ran
 * 5 to 8 times slower (400,000 rounds in a fresh thread: ~500 ms, ~60 ms optimized). In calls of
 * this many rounds it switches after the first few (issue 9: derivation within 1.5x OpenSSL's). */
export const SLICE = 1 << 10;

/** `rounds` more SHA-1 rounds over a 20-byte digest: H(H(...H(digest))). */
export function sha1RoundsWasm(digest: Buffer, rounds: number): Buffer {
  const { run, view } = load();
  for (let i = 0; i < 5; i++) view.setInt32(i * 4, digest.readInt32BE(i * 4), true);
  for (let left = rounds; left > 0; left -= SLICE) run(Math.min(left, SLICE));
  const out = Buffer.alloc(20);
  for (let i = 0; i < 5; i++) out.writeInt32BE(view.getInt32(i * 4, true), i * 4);
  return out;
}
