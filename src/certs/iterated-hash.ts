// H^n(x) for the PKCS#12 key derivation, which hashes its own output thousands of times.
// Node has no iterated digest, and a createHash object per round costs ~3 µs (a 3DES PFX needs
// ~14,000 rounds: 40 ms, three times `openssl pkcs12`). After the first round the input is one
// fixed-size digest, i.e. exactly one padded block, so only the compression function runs: SHA-1
// as WebAssembly (sha1-wasm.ts, 2.5 times the JavaScript rounds), SHA-256 below on 32-bit words.
// The first round and every other hash use Node's crypto;
// test/certs-kdf.test.ts checks these rounds against createHash.
import { createHash } from 'node:crypto';
import { sha1RoundsWasm } from './sha1-wasm.js';

const K256 = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

function toWords(b: Buffer, n: number): Int32Array {
  const w = new Int32Array(n);
  for (let i = 0; i < n; i++) w[i] = b.readInt32BE(i * 4);
  return w;
}

function fromWords(w: Int32Array, n: number): Buffer {
  const b = Buffer.alloc(n * 4);
  for (let i = 0; i < n; i++) b.writeInt32BE(w[i]!, i * 4);
  return b;
}

const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19].map((x) => x | 0);

function sha256Rounds(digest: Buffer, rounds: number): Buffer {
  const W = new Int32Array(64);
  const h = toWords(digest, 8);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < 8; i++) W[i] = h[i]!;
    W[8] = 0x80000000 | 0;
    for (let i = 9; i < 15; i++) W[i] = 0;
    W[15] = 256;
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15]!,
        y = W[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16]! + s0 + W[i - 7]! + s1) | 0;
    }
    let a = IV256[0]!,
      b = IV256[1]!,
      c = IV256[2]!,
      d = IV256[3]!,
      e = IV256[4]!,
      f = IV256[5]!,
      g = IV256[6]!,
      hh = IV256[7]!;
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K256[i]! + W[i]!) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (IV256[0]! + a) | 0;
    h[1] = (IV256[1]! + b) | 0;
    h[2] = (IV256[2]! + c) | 0;
    h[3] = (IV256[3]! + d) | 0;
    h[4] = (IV256[4]! + e) | 0;
    h[5] = (IV256[5]! + f) | 0;
    h[6] = (IV256[6]! + g) | 0;
    h[7] = (IV256[7]! + hh) | 0;
  }
  return fromWords(h, 8);
}

/** hash applied `iterations` times: H(H(...H(parts...))). */
export function iteratedHash(hash: string, parts: Buffer[], iterations: number): Buffer {
  const first = createHash(hash);
  for (const p of parts) first.update(p);
  let out = first.digest();
  if (iterations <= 1) return out;
  if (hash === 'sha1') return sha1RoundsWasm(out, iterations - 1);
  if (hash === 'sha256') return sha256Rounds(out, iterations - 1);
  for (let r = 1; r < iterations; r++) out = createHash(hash).update(out).digest();
  return out;
}
