// A hand-made ClientHello for what this Node's OpenSSL can no longer offer (SSL 3.0, RC4, DES,
// 3DES, EXPORT suites): it offers only the given cipher suites at the given version and reads the
// server's first answer. A ServerHello naming one of them means the server accepts it; an alert
// or a closed connection means it does not. No handshake is completed and nothing is encrypted:
// the question is only what the server would choose. One timer bounds the whole exchange.
import { randomBytes } from 'node:crypto';
import * as net from 'node:net';
import type { ProbeResult } from './probe.js';

export const SSL3 = 0x0300;
export const TLS12 = 0x0303;

export interface HelloOptions {
  /** where to connect */
  address: string;
  port: number;
  /** SNI to send (none for SSL 3.0, which has no extensions) */
  servername: string | null;
  /** the highest version offered (0x0300 SSL 3.0 … 0x0303 TLS 1.2) */
  version: number;
  suites: readonly number[];
  timeoutMs: number;
}

const VERSION_NAMES: Record<number, string> = { 0x0300: 'SSLv3', 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' };

/** IANA names of the suites the hand-made hellos offer. */
export const SUITE_NAMES: Record<number, string> = {
  0x0001: 'TLS_RSA_WITH_NULL_MD5',
  0x0002: 'TLS_RSA_WITH_NULL_SHA',
  0x003b: 'TLS_RSA_WITH_NULL_SHA256',
  0xc006: 'TLS_ECDHE_ECDSA_WITH_NULL_SHA',
  0xc010: 'TLS_ECDHE_RSA_WITH_NULL_SHA',
  0x0003: 'TLS_RSA_EXPORT_WITH_RC4_40_MD5',
  0x0004: 'TLS_RSA_WITH_RC4_128_MD5',
  0x0005: 'TLS_RSA_WITH_RC4_128_SHA',
  0x0006: 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5',
  0x0008: 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA',
  0x0009: 'TLS_RSA_WITH_DES_CBC_SHA',
  0x000a: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  0x0011: 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA',
  0x0012: 'TLS_DHE_DSS_WITH_DES_CBC_SHA',
  0x0013: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
  0x0014: 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA',
  0x0015: 'TLS_DHE_RSA_WITH_DES_CBC_SHA',
  0x0016: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
  0x002f: 'TLS_RSA_WITH_AES_128_CBC_SHA',
  0x0033: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  0x0035: 'TLS_RSA_WITH_AES_256_CBC_SHA',
  0x0039: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
  0x0062: 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA',
  0x0064: 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA',
  0xc007: 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA',
  0xc008: 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA',
  0xc009: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  0xc00a: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  0xc011: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
  0xc012: 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
  0xc013: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  0xc014: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  0xc02b: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  0xc02f: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
};

function u16(n: number): Buffer {
  return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}

function ext(type: number, body: Buffer): Buffer {
  return Buffer.concat([u16(type), u16(body.length), body]);
}

/** The ClientHello record: the version, the suites, and (above SSL 3.0) SNI, groups, point formats, signature algorithms. */
export function clientHello(o: Pick<HelloOptions, 'servername' | 'version' | 'suites'>): Buffer {
  const suites = Buffer.concat(o.suites.map(u16));
  const parts = [u16(o.version), randomBytes(32), Buffer.from([0]), u16(suites.length), suites, Buffer.from([1, 0])];
  if (o.version > SSL3) {
    const exts: Buffer[] = [];
    if (o.servername) {
      const name = Buffer.from(o.servername, 'ascii');
      const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name]);
      exts.push(ext(0x0000, Buffer.concat([u16(entry.length), entry])));
    }
    const groups = Buffer.concat([0x001d, 0x0017, 0x0018, 0x0019].map(u16));
    exts.push(ext(0x000a, Buffer.concat([u16(groups.length), groups])));
    exts.push(ext(0x000b, Buffer.from([1, 0])));
    if (o.version >= TLS12) {
      const algs = Buffer.concat([0x0401, 0x0501, 0x0601, 0x0201, 0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806].map(u16));
      exts.push(ext(0x000d, Buffer.concat([u16(algs.length), algs])));
    }
    exts.push(ext(0xff01, Buffer.from([0])));
    const all = Buffer.concat(exts);
    parts.push(u16(all.length), all);
  }
  const body = Buffer.concat(parts);
  const handshake = Buffer.concat([Buffer.from([1, (body.length >> 16) & 0xff, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
  return Buffer.concat([Buffer.from([0x16]), u16(o.version === SSL3 ? SSL3 : 0x0301), u16(handshake.length), handshake]);
}

export type Answer = { kind: 'hello'; version: number; suite: number; handshake: Buffer } | { kind: 'refused'; why: string } | { kind: 'more' };

/** Largest TLS record payload a server may send (2^14 plus expansion, RFC 5246 6.2.3). */
const MAX_RECORD = 18432;

/**
 * Reads the server's first records as they arrive: every byte is looked at once. Record headers
 * are checked as they complete, handshake payload bytes are appended to one growing buffer (the
 * part of a record not yet complete included, since the first ServerHello fields may be in it),
 * and the answer is decided from that buffer's first bytes. A server trickling empty records, one
 * byte at a time, costs work in proportion to what it sends, not to its square.
 */
export class AnswerReader {
  private readonly header = Buffer.alloc(5);
  private headerLen = 0;
  /** payload bytes left in the current record; 0 while reading a header */
  private recordLeft = 0;
  private hs = Buffer.alloc(256);
  private hsLen = 0;
  private refused: Answer | undefined;
  /** bytes received so far */
  received = 0;

  push(chunk: Buffer): Answer {
    this.received += chunk.length;
    if (this.refused) return this.refused;
    let i = 0;
    while (i < chunk.length) {
      if (this.recordLeft > 0) {
        const n = Math.min(this.recordLeft, chunk.length - i);
        this.append(chunk, i, i + n);
        this.recordLeft -= n;
        i += n;
        continue;
      }
      const n = Math.min(5 - this.headerLen, chunk.length - i);
      chunk.copy(this.header, this.headerLen, i, i + n);
      this.headerLen += n;
      i += n;
      if (this.headerLen < 5) break;
      this.headerLen = 0;
      const type = this.header[0]!;
      const len = this.header.readUInt16BE(3);
      if (type === 0x15) return (this.refused = { kind: 'refused', why: chunk.length - i >= 2 ? `alert ${chunk[i + 1]}` : 'an alert' });
      if (type !== 0x16 || len > MAX_RECORD) return (this.refused = { kind: 'refused', why: 'not a TLS handshake answer' });
      this.recordLeft = len;
    }
    return this.answer();
  }

  private append(from: Buffer, start: number, end: number): void {
    const need = this.hsLen + (end - start);
    if (need > this.hs.length) {
      const grown = Buffer.alloc(Math.max(need, this.hs.length * 2));
      this.hs.copy(grown, 0, 0, this.hsLen);
      this.hs = grown;
    }
    from.copy(this.hs, this.hsLen, start, end);
    this.hsLen = need;
  }

  private answer(): Answer {
    const hs = this.hs.subarray(0, this.hsLen);
    if (hs.length < 4) return { kind: 'more' };
    if (hs[0] !== 2) return (this.refused = { kind: 'refused', why: `handshake message ${hs[0]} instead of a ServerHello` });
    if (hs.length < 4 + 2 + 32 + 1) return { kind: 'more' };
    const sid = hs[4 + 2 + 32]!;
    const at = 4 + 2 + 32 + 1 + sid;
    if (hs.length < at + 2) return { kind: 'more' };
    return { kind: 'hello', version: hs.readUInt16BE(4), suite: hs.readUInt16BE(at), handshake: hs };
  }
}

/** Reads the server's first records at once: a ServerHello (version, suite, and the handshake bytes so far), an alert, or not enough yet. */
export function readAnswer(data: Buffer): Answer {
  return new AnswerReader().push(data);
}

export type Outcome<T> = { value: T } | { error: string };

/** Sends the hello and reads the answer until `decide` settles it (or the timer, an error or the close ends it). */
export function exchange<T>(o: HelloOptions, decide: (a: Answer) => Outcome<T> | undefined, limit = 64 * 1024): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    let settled = false;
    const reader = new AnswerReader();
    const socket = net.connect({ host: o.address, port: o.port });
    const finish = (outcome: Outcome<T>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.removeAllListeners('data');
      socket.on('error', () => undefined);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ error: `No answer to the ClientHello within ${o.timeoutMs / 1000} s.` }), o.timeoutMs);
    socket.once('connect', () => socket.write(clientHello(o)));
    socket.on('data', (chunk: Buffer) => {
      const d = decide(reader.push(chunk));
      if (d) finish(d);
      else if (reader.received > limit) finish({ error: `No usable answer in the first ${limit / 1024} KB.` });
    });
    socket.on('error', (err) => finish({ error: err.message }));
    socket.once('close', () => finish({ error: 'The server closed the connection.' }));
  });
}

/** Offers only `suites` at `version` and reports what the server chose, as a configuration probe's result. */
export async function probeHello(o: HelloOptions): Promise<ProbeResult> {
  const started = performance.now();
  const outcome = await exchange<Omit<ProbeResult, 'ms' | 'chain'>>(o, (a) => {
    if (a.kind === 'more') return undefined;
    if (a.kind === 'refused') return { error: `The server refused (${a.why}).` };
    // A server that ignores the offer and picks something else has not accepted any of it.
    const offered = o.suites.includes(a.suite);
    const name = SUITE_NAMES[a.suite] ?? `0x${a.suite.toString(16).padStart(4, '0')}`;
    return {
      value: {
        ok: offered,
        protocol: VERSION_NAMES[a.version] ?? `0x${a.version.toString(16)}`,
        cipher: { name, standardName: name },
        ...(offered ? {} : { error: `The server chose ${name}, which was not offered.` }),
      },
    };
  });
  const ms = Math.round(performance.now() - started);
  return 'value' in outcome ? { ...outcome.value, chain: [], ms } : { ok: false, chain: [], ms, error: outcome.error };
}

/**
 * Offers `groups` of suites together; each time the server chooses one, that suite's group is
 * dropped and the rest offered again, so every group the server accepts is named once and a
 * server that accepts none costs one exchange. All exchanges share `timeoutMs`.
 */
export async function probeSuiteGroups(o: Omit<HelloOptions, 'suites'> & { groups: number[][] }): Promise<ProbeResult> {
  const started = performance.now();
  const accepted: string[] = [];
  let groups = o.groups;
  let protocol: string | undefined;
  let error: string | undefined;
  while (groups.length) {
    const left = Math.round(o.timeoutMs - (performance.now() - started));
    if (left <= 0) break;
    const r = await probeHello({ ...o, suites: groups.flat(), timeoutMs: left });
    const name = r.ok ? r.cipher?.standardName : undefined;
    if (!name) {
      error = r.error;
      break;
    }
    accepted.push(name);
    protocol ??= r.protocol;
    groups = groups.filter((g) => !g.some((c) => SUITE_NAMES[c] === name));
  }
  const ms = Math.round(performance.now() - started);
  return accepted.length ? { ok: true, protocol, accepted, chain: [], ms } : { ok: false, chain: [], ms, error };
}
