// What a server sends after its ServerHello, read from the answer to a hand-made TLS 1.2
// ClientHello (tls/hello.ts), where none of it is encrypted: the size of the Diffie-Hellman group
// in a ServerKeyExchange (OpenSSL 3 refuses groups under 1024 bits before Node can report them,
// even at @SECLEVEL=0), and what a handshake message over OpenSSL's size limit really is (a
// Certificate message of real certificates, or a broken server). Nothing is verified or
// completed: only the server's own messages are read, each within the exchange's one timer.
import { X509Certificate } from 'node:crypto';
import { exchange, SUITE_NAMES, TLS12, type HelloOptions } from './hello.js';
import type { ProbeResult } from './probe.js';

/** Finite-field DHE suites (TLS 1.0–1.2): a server with any DHE suite must choose one of these. */
export const DHE_SUITES = [0x009e, 0x009f, 0xccaa, 0x0033, 0x0039, 0x0067, 0x006b, 0x0016, 0x0032, 0x0038, 0x00a2, 0x00a3, 0x0013, 0x0040, 0x006a];

const DHE_NAMES: Record<number, string> = {
  0x009e: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  0x009f: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  0xccaa: 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  0x0033: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  0x0039: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
  0x0067: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
  0x006b: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
  0x0016: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
  0x0032: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
  0x0038: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA',
  0x00a2: 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
  0x00a3: 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
  0x0013: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
  0x0040: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
  0x006a: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
};

/** Suites nearly every TLS 1.2 server has, for a hello that only wants to see what follows the ServerHello. */
const COMMON_SUITES = [0xc02f, 0xc030, 0xc02b, 0xc02c, 0xcca8, 0xcca9, 0xc013, 0xc014, 0xc009, 0xc00a, 0x009e, 0x009f, 0x009c, 0x009d, 0x002f, 0x0035];

export const MESSAGE_NAMES: Record<number, string> = {
  2: 'ServerHello',
  4: 'NewSessionTicket',
  8: 'EncryptedExtensions',
  11: 'Certificate',
  12: 'ServerKeyExchange',
  13: 'CertificateRequest',
  14: 'ServerHelloDone',
  22: 'CertificateStatus',
};

/**
 * The most OpenSSL 3 accepts of each server message before a TLS 1.2 client gives up with
 * "excessive message size" (ssl/statem/statem_clnt.c: SERVER_HELLO_MAX_LENGTH,
 * max_cert_list's default, SERVER_KEY_EXCH_MAX_LENGTH, a plain record, SERVER_HELLO_DONE).
 */
export const OPENSSL_LIMITS: Record<number, number> = { 2: 20000, 11: 102400, 12: 102400, 13: 102400, 22: 16384, 14: 0 };

/** One handshake message as far as it has arrived: its type, declared length and the body bytes received. */
export interface Message {
  type: number;
  length: number;
  body: Buffer;
  complete: boolean;
}

/**
 * A cursor over the handshake messages of a growing buffer (the concatenated handshake records,
 * as tls/hello.ts's reader hands them over on every chunk): each complete message is looked at
 * once, so a server sending thousands of tiny messages a byte at a time costs what it sends.
 */
export class MessageCursor {
  private off = 0;

  /** The message at the cursor, complete or as far as received; undefined before its header. */
  current(hs: Buffer): Message | undefined {
    if (hs.length - this.off < 4) return undefined;
    const type = hs[this.off]!;
    const length = hs.readUIntBE(this.off + 1, 3);
    const body = hs.subarray(this.off + 4, this.off + 4 + length);
    return { type, length, body, complete: body.length === length };
  }

  /** Moves past a complete message. */
  advance(m: Message): void {
    this.off += 4 + m.length;
  }
}

/** The size in bits of the big-endian unsigned integer in `bytes` (leading zero bytes ignored). */
function bitLength(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

export type DhRead = { bits: number } | { error: string } | undefined;

/**
 * A reader of the DH prime's size from a DHE ServerKeyExchange (RFC 5246 7.4.3: dh_p<1..2^16-1>
 * first), fed the handshake bytes so far: the size once the prime has arrived, an error when the
 * server ends its hello without one, undefined while more is needed.
 */
export function dhGroupReader(): (hs: Buffer) => DhRead {
  const cursor = new MessageCursor();
  return (hs) => {
    for (let m = cursor.current(hs); m; m = cursor.current(hs)) {
      if (m.type === 12) {
        if (m.body.length < 2) return undefined;
        const plen = m.body.readUInt16BE(0);
        if (plen === 0 || plen > m.length - 2) return { error: 'The ServerKeyExchange holds no Diffie-Hellman prime.' };
        if (m.body.length < 2 + plen) return undefined;
        return { bits: bitLength(m.body.subarray(2, 2 + plen)) };
      }
      if (m.type === 14) return { error: 'The server chose a DHE suite but sent no ServerKeyExchange.' };
      if (!m.complete) return undefined;
      cursor.advance(m);
    }
    return undefined;
  };
}

/** `dhGroupReader` over a whole answer at once. */
export const readDhGroup = (hs: Buffer): DhRead => dhGroupReader()(hs);

/**
 * Offers only DHE suites and reads the group from the ServerKeyExchange: any size, including
 * those OpenSSL 3 refuses to complete a handshake with. One exchange, within `timeoutMs`.
 */
export async function probeDhGroup(o: Omit<HelloOptions, 'version' | 'suites'>): Promise<ProbeResult> {
  const started = performance.now();
  const read = dhGroupReader();
  const outcome = await exchange<Omit<ProbeResult, 'ms' | 'chain'>>(
    { ...o, version: TLS12, suites: DHE_SUITES },
    (a) => {
      if (a.kind === 'more') return undefined;
      if (a.kind === 'refused') return { error: `The server refused DHE suites (${a.why}).` };
      const name = DHE_NAMES[a.suite] ?? SUITE_NAMES[a.suite] ?? `0x${a.suite.toString(16).padStart(4, '0')}`;
      if (!DHE_SUITES.includes(a.suite)) return { error: `The server chose ${name}, which was not offered.` };
      const dh = read(a.handshake);
      if (!dh) return undefined;
      if ('error' in dh) return { error: dh.error };
      return { value: { ok: true, cipher: { name, standardName: name }, ephemeral: { type: 'DH', size: dh.bits } } };
    },
    // The certificate chain comes first: room for a large one.
    256 * 1024,
  );
  const ms = Math.round(performance.now() - started);
  return 'value' in outcome ? { ...outcome.value, chain: [], ms } : { ok: false, chain: [], ms, error: outcome.error };
}

/** What a handshake message over OpenSSL's limit turned out to be. */
export type Oversize =
  /** a Certificate message of real certificates (the leaf and every certificate read parse as X.509) */
  | { kind: 'chain'; bytes: number; certificates: number }
  /** anything else: a message no client completes a handshake with */
  | { kind: 'broken'; what: string }
  /** the TLS 1.2 answer did not show it (e.g. a TLS 1.3-only server, whose certificate message is encrypted) */
  | { kind: 'unread'; why: string };

/** How much of an oversized Certificate message is read to see that it holds certificates. */
export const CERTIFICATE_READ_CAP = 1024 * 1024;
/** Certificates of one message parsed as X.509 (the rest are checked by their DER framing). */
const PARSED_CERTIFICATES = 32;

const nameOf = (type: number) => MESSAGE_NAMES[type] ?? `handshake message type ${type}`;
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB` : `${Math.round(n / 1024)} KB`);

/**
 * A reader of the server's messages (the ServerHello included), fed the handshake bytes so far,
 * until one is over OpenSSL's limit: then it says what that message is; undefined while more is
 * needed.
 */
export function oversizeReader(): (hs: Buffer) => Oversize | undefined {
  const cursor = new MessageCursor();
  return (hs) => {
    for (let m = cursor.current(hs); m; m = cursor.current(hs)) {
      const limit = OPENSSL_LIMITS[m.type] ?? 102400;
      if (m.length <= limit) {
        if (m.type === 14 && m.complete) return { kind: 'unread', why: 'the TLS 1.2 handshake has no message over the limit' };
        if (!m.complete) return undefined;
        cursor.advance(m);
        continue;
      }
      if (m.type !== 11) {
        return {
          kind: 'broken',
          what: `a ${nameOf(m.type)} announcing ${kb(m.length)} (${m.length} bytes; OpenSSL accepts ${limit ? `${limit} at most` : 'none'}, and a real one ${m.type === 2 ? 'is under 1 KB' : 'is far smaller'})`,
        };
      }
      return readCertificateMessage(m);
    }
    return undefined;
  };
}

/** `oversizeReader` over a whole answer at once. */
export const readOversized = (hs: Buffer): Oversize | undefined => oversizeReader()(hs);

/** A Certificate message over the limit: real certificates (a large chain) or something else (broken). */
function readCertificateMessage(m: Message): Oversize | undefined {
  const want = Math.min(m.length, CERTIFICATE_READ_CAP);
  if (m.body.length < want) return undefined;
  const body = m.body.subarray(0, want);
  const broken = (why: string): Oversize => ({ kind: 'broken', what: `a Certificate message of ${kb(m.length)} that ${why}` });
  if (body.length < 3) return broken('is empty');
  const listLength = body.readUIntBE(0, 3);
  if (listLength !== m.length - 3) return broken(`declares a certificate list of ${listLength} bytes in a message of ${m.length}`);
  let off = 3;
  let count = 0;
  while (off < 3 + listLength) {
    if (body.length - off < 3) break; // beyond what is read
    const len = body.readUIntBE(off, 3);
    const start = off + 3;
    if (len === 0 || start + len > 3 + listLength) return broken(`has a certificate entry ${count + 1} of ${len} bytes that does not fit the list`);
    const der = body.subarray(start, start + len);
    const framing = derLength(der);
    if (framing !== undefined && framing !== len) return broken(`has a certificate entry ${count + 1} that is not one DER structure`);
    if (der.length === len && count < PARSED_CERTIFICATES) {
      try {
        new X509Certificate(der);
      } catch {
        return broken(`has a certificate entry ${count + 1} that is not an X.509 certificate`);
      }
    } else if (count === 0) {
      return broken(`has a first certificate of ${kb(len)}, too large to be read`);
    }
    count++;
    off = start + len;
  }
  if (!count) return broken('holds no certificate');
  return { kind: 'chain', bytes: m.length, certificates: count };
}

/** The total length of the DER SEQUENCE at the start of `b` (tag and length included), when its header is there. */
function derLength(b: Buffer): number | undefined {
  if (b.length < 2) return undefined;
  if (b[0] !== 0x30) return -1;
  const first = b[1]!;
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4) return -1;
  if (b.length < 2 + n) return undefined;
  return 2 + n + b.readUIntBE(2, n);
}

/**
 * Sends a TLS 1.2 hello with common suites and reads what the server sends until the message
 * OpenSSL refused as too large is seen: the answer to "is this a large chain or a broken server".
 */
export async function readOversizedMessage(o: Omit<HelloOptions, 'version' | 'suites'>): Promise<Oversize> {
  const read = oversizeReader();
  const outcome = await exchange<Oversize>(
    { ...o, version: TLS12, suites: COMMON_SUITES },
    (a) => {
      if (a.kind === 'more') return undefined;
      if (a.kind === 'refused') return { value: { kind: 'unread', why: `the server refused a TLS 1.2 hello (${a.why})` } };
      const v = read(a.handshake);
      return v ? { value: v } : undefined;
    },
    CERTIFICATE_READ_CAP + 64 * 1024,
  );
  return 'value' in outcome ? outcome.value : { kind: 'unread', why: outcome.error.replace(/\.$/, '') };
}
