// The bounded ASN.1 reader: DER, BER indefinite lengths and constructed OCTET STRINGs (as some
// Windows and Java PFX files use), and refusal of truncated or hostile input.
import { describe, expect, it } from 'vitest';
import { DerError, integer, octets, oid, oidOf, parseDer, seq } from '../src/certs/der.js';

describe('parseDer', () => {
  it('round-trips what the writer encodes, including long lengths and big OID arcs', () => {
    const big = Buffer.alloc(70_000, 7);
    const der = seq(oid('1.2.840.113549.1.12.10.1.2'), integer(2048), Buffer.concat([Buffer.from([0x04, 0x83, 0x01, 0x11, 0x70]), big]));
    const top = parseDer(der);
    expect(top.end).toBe(der.length);
    expect(oidOf(top.children[0]!)).toBe('1.2.840.113549.1.12.10.1.2');
    expect(octets(top.children[2]!).equals(big)).toBe(true);
  });

  it('reads BER indefinite lengths and joins constructed OCTET STRING pieces', () => {
    // SEQUENCE (indefinite) { OCTET STRING (constructed, indefinite) { 'ab', 'cd' } }
    const ber = Buffer.from([0x30, 0x80, 0x24, 0x80, 0x04, 0x02, 0x61, 0x62, 0x04, 0x02, 0x63, 0x64, 0x00, 0x00, 0x00, 0x00]);
    const top = parseDer(ber);
    expect(top.end).toBe(ber.length);
    expect(octets(top.children[0]!).toString()).toBe('abcd');
  });

  it('refuses truncated, over-long and too deeply nested input with a DerError', () => {
    expect(() => parseDer(Buffer.from([0x30, 0x05, 0x02, 0x01]))).toThrow(DerError);
    expect(() => parseDer(Buffer.from([0x30, 0x85, 1, 2, 3, 4, 5]))).toThrow(DerError);
    expect(() => parseDer(Buffer.from([0x30, 0x80, 0x02, 0x01, 0x01]))).toThrow(DerError);
    const deep = Buffer.from(
      Array.from({ length: 100 }, () => [0x30, 0x80])
        .flat()
        .concat(Array(200).fill(0)),
    );
    expect(() => parseDer(deep)).toThrow(/nested more than 40 levels deep/);
  });
});
