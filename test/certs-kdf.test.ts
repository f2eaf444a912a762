// The fast PKCS#12 key derivation against references: Node's createHash for the iterated rounds,
// node-forge's PKCS#12 KDF for whole keys (ASCII passwords, where forge's encoding is right).
import { createHash, randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { iteratedHash } from '../src/certs/iterated-hash.js';
import { bmpPassword, pkcs12Kdf } from '../src/certs/pkcs12.js';
import { SLICE } from '../src/certs/sha1-wasm.js';

describe('iteratedHash', () => {
  it.each(['sha1', 'sha256', 'sha384', 'sha512'])('equals repeated createHash for %s', (hash) => {
    // SHA-1 rounds run in calls of SLICE rounds: counts on, around and across its boundaries
    for (const rounds of [1, 2, 3, 17, 2048, SLICE, SLICE + 1, SLICE + 2, 3 * SLICE + 7]) {
      const input = randomBytes(91);
      let ref = createHash(hash).update(input).digest();
      for (let i = 1; i < rounds; i++) ref = createHash(hash).update(ref).digest();
      expect(iteratedHash(hash, [input.subarray(0, 40), input.subarray(40)], rounds).toString('hex'), `${hash} x${rounds}`).toBe(ref.toString('hex'));
    }
  });
});

describe('pkcs12Kdf', () => {
  it.each([
    ['sha1', 1, 24],
    ['sha1', 2, 8],
    ['sha1', 3, 20],
    ['sha256', 3, 32],
  ] as const)('matches node-forge for %s id %i length %i', (hash, id, length) => {
    for (const password of ['', 'secret', 'a-much-longer-password-that-spans-more-than-one-64-byte-block-of-input']) {
      const salt = randomBytes(8);
      const mine = pkcs12Kdf(hash, bmpPassword(password), salt, id, 2048, length);
      const md = hash === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create();
      const ref = forge.pkcs12.generateKey(password, forge.util.createBuffer(salt.toString('binary')), id, 2048, length, md);
      expect(mine.toString('hex'), JSON.stringify(password)).toBe(Buffer.from(ref.getBytes(), 'binary').toString('hex'));
    }
  });

  it('encodes passwords as BMPString with a terminator (UTF-16BE, surrogate pairs kept)', () => {
    expect(bmpPassword('')).toEqual(Buffer.from([0, 0]));
    expect(bmpPassword('ä日').toString('hex')).toBe('00e465e50000');
    expect(bmpPassword('😀').toString('hex')).toBe('d83dde000000');
  });
});
