// One TLS probe: connect to an address and port, send SNI (or none), read what is served.
// The handshake itself never fails on trust (rejectUnauthorized: false): judging the served
// chain is the caller's job. A hostile server costs at most `timeoutMs`: one timer covers DNS,
// connect and handshake and destroys the socket, so a server that drips bytes cannot hold it.
import { X509Certificate } from 'node:crypto';
import * as net from 'node:net';
import * as tls from 'node:tls';
import { finding } from '../rules.js';
import type { Finding } from '../types.js';
import { foreign } from '../report/foreign.js';
import { redact } from '../report/redact.js';
import type { Oversize } from './handshake.js';

export interface ProbeOptions {
  host: string;
  port: number;
  /** connect here instead of `host` (SNI stays `servername`) */
  address?: string;
  /** SNI to send; null sends no SNI extension at all */
  servername: string | null;
  timeoutMs: number;
  /** most certificates of the served chain to collect (default 16) */
  maxChain?: number;
  /** a restricted handshake (protocol versions, cipher list, groups) instead of the default one */
  handshake?: HandshakeOptions;
  /** ask the server to staple an OCSP response (status_request); what it sends is `stapled` */
  requestOCSP?: boolean;
}

/** What a restricted handshake offers: the configuration probes ask for one protocol or one kind of cipher. */
export interface HandshakeOptions {
  minVersion?: tls.SecureVersion;
  maxVersion?: tls.SecureVersion;
  /** an OpenSSL cipher list (TLS 1.2 and older) */
  ciphers?: string;
  /** the groups offered, colon-separated (OpenSSL names) */
  ecdhCurve?: string;
}

export interface ProbeResult {
  ok: boolean;
  /** e.g. 'TLSv1.3' */
  protocol?: string;
  /** the served chain, leaf first, in the order the server sent it */
  chain: X509Certificate[];
  /** one sentence with the reason, when !ok */
  error?: string;
  /** the IP address actually connected to (after DNS), when the TCP connection was made */
  remoteAddress?: string;
  /** the negotiated cipher suite (OpenSSL name) and its standard name */
  cipher?: { name: string; standardName?: string };
  /** the ephemeral key exchange: { type: 'DH', size } or { type: 'ECDH', name, size }; empty for static RSA */
  ephemeral?: { type?: string; name?: string; size?: number };
  /** the error code of a failed handshake (e.g. ERR_SSL_EXCESSIVE_MESSAGE_SIZE) */
  code?: string;
  /** the suites a configuration probe found accepted (IANA names), when it asks for several kinds */
  accepted?: string[];
  /** what the handshake message OpenSSL refused as too large is, when it was read (tls/handshake.ts) */
  oversize?: Oversize;
  /** with requestOCSP: the OCSP response the server stapled, when it sent one */
  stapled?: Buffer;
  /** the probe ran out of time (a server that accepts and stays silent, or drips) */
  timedOut?: boolean;
  /** milliseconds from start to result */
  ms: number;
}

export const DEFAULT_MAX_CHAIN = 16;

// Certificate names and thumbprints as the rest of the product shows them.
export { shortName as subjectName, thumbprint } from '../certs/chain.js';

export function probeTls(opts: ProbeOptions): Promise<ProbeResult> {
  const started = performance.now();
  const target = opts.address ?? opts.host;
  const connectTo = opts.address ?? opts.host;
  const where = connectTo.includes(':') ? `[${connectTo}]:${opts.port}` : `${connectTo}:${opts.port}`;
  const maxChain = Math.max(1, opts.maxChain ?? DEFAULT_MAX_CHAIN);

  return new Promise<ProbeResult>((resolve) => {
    let settled = false;
    let connected = false;
    let remoteAddress: string | undefined;
    let socket: tls.TLSSocket | undefined;

    const finish = (result: Omit<ProbeResult, 'ms'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (socket) {
        socket.removeAllListeners('secureConnect');
        socket.on('error', () => undefined); // late errors after destroy must not crash the run
        socket.destroy();
      }
      resolve({ ...result, remoteAddress, ms: Math.round(performance.now() - started) });
    };

    const timer = setTimeout(() => {
      const seconds = opts.timeoutMs / 1000;
      finish({
        ok: false,
        chain: [],
        timedOut: true,
        error: connected
          ? `No TLS handshake from ${where} within ${seconds} s (the server accepted the connection but did not complete the handshake).`
          : `Timed out connecting to ${where} after ${seconds} s.`,
      });
    }, opts.timeoutMs);

    const options: tls.ConnectionOptions = {
      host: target,
      port: opts.port,
      rejectUnauthorized: false,
      // No hostname judgement in the handshake: the rules do it on the served chain.
      checkServerIdentity: () => undefined,
      // '' suppresses Node's default of sending `host` as SNI.
      servername: opts.servername ?? '',
      secureContext: probeContext(opts.handshake),
      // Node refuses DH groups under 1024 bits by default; a configuration probe must see them to report them.
      ...(opts.handshake ? { minDHSize: 1 } : {}),
      ...(opts.requestOCSP ? { requestOCSP: true } : {}),
    };

    try {
      socket = tls.connect(options);
    } catch (err) {
      finish({ ok: false, chain: [], error: describeError(err, where, opts.host, false) });
      return;
    }
    let stapled: Buffer | undefined;
    if (opts.requestOCSP) socket.once('OCSPResponse', (response: Buffer | null) => (stapled = response?.length ? Buffer.from(response) : undefined));
    socket.once('connect', () => {
      connected = true;
      remoteAddress = socket!.remoteAddress;
    });
    socket.once('secureConnect', () => {
      try {
        const protocol = socket!.getProtocol() ?? undefined;
        if (opts.handshake) {
          // A configuration probe: what was negotiated is the answer, the chain is not read.
          const c = socket!.getCipher();
          const ephemeral = socket!.getEphemeralKeyInfo();
          finish({ ok: true, protocol, chain: [], cipher: { name: c.name, standardName: c.standardName }, ephemeral: ephemeral ?? {} });
          return;
        }
        const chain = servedChain(socket!, maxChain);
        // The suite a current client gets: two hosts of one certificate that negotiate differently are configured differently.
        const c = socket!.getCipher();
        finish({
          ok: chain.length > 0,
          protocol,
          chain,
          cipher: { name: c.name, standardName: c.standardName },
          error: chain.length ? undefined : `${where} completed the handshake without sending a certificate.`,
          ...(stapled ? { stapled } : {}),
        });
      } catch (err) {
        finish({ ok: false, chain: [], error: `Could not read the certificate served by ${where}: ${errorText(err)}.` });
      }
    });
    socket.on('error', (err) =>
      finish({ ok: false, chain: [], error: describeError(err, where, opts.host, connected), code: (err as NodeJS.ErrnoException).code }),
    );
    socket.once('close', () => finish({ ok: false, chain: [], error: `${where} closed the connection during the TLS handshake.` }));
  });
}

const contexts = new Map<string, tls.SecureContext>();

/** One client context per kind of handshake, shared by every probe (building one per connection
 * costs as much as a handshake). The default accepts legacy protocols so that `tls-protocol` can
 * report them instead of a failed handshake. */
function probeContext(handshake?: HandshakeOptions): tls.SecureContext {
  const key = handshake ? JSON.stringify(handshake) : '';
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = tls.createSecureContext(handshake ? { minVersion: 'TLSv1', ...handshake } : { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    contexts.set(key, ctx);
  }
  return ctx;
}

/** Whether this Node's OpenSSL can make a client context offering `handshake` (e.g. it has no RC4 or 3DES). */
export function canOffer(handshake: HandshakeOptions): boolean {
  try {
    probeContext(handshake);
    return true;
  } catch {
    return false;
  }
}

/** The served chain in wire order, leaf first, cycle-safe and capped at `max` certificates. */
function servedChain(socket: tls.TLSSocket, max: number): X509Certificate[] {
  // getPeerX509Certificate links each certificate to the next one the server sent, and costs far
  // less than getPeerCertificate(true), which converts every certificate to a plain object.
  const peer = typeof socket.getPeerX509Certificate === 'function' ? socket.getPeerX509Certificate() : undefined;
  if (peer) {
    const out: X509Certificate[] = [];
    const seen = new Set<string>();
    for (let c: X509Certificate | undefined = peer; c && out.length < max; c = c.issuerCertificate) {
      if (seen.has(c.fingerprint256)) break;
      seen.add(c.fingerprint256);
      out.push(c);
    }
    return out;
  }
  const out: X509Certificate[] = [];
  const seen = new Set<unknown>();
  const seenDer = new Set<string>();
  let cert: tls.DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (cert && cert.raw && out.length < max && !seen.has(cert)) {
    seen.add(cert);
    const key = cert.fingerprint256;
    if (seenDer.has(key)) break;
    seenDer.add(key);
    out.push(new X509Certificate(cert.raw));
    const next: tls.DetailedPeerCertificate | undefined = cert.issuerCertificate;
    if (!next || next === cert) break;
    cert = next;
  }
  return out;
}

function errorText(err: unknown): string {
  return foreign(redact((err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').replace(/\.$/, '')));
}

/** One sentence naming the reason: DNS, refused, reset, not TLS, a handshake alert. */
export function describeError(err: unknown, where: string, host: string, connected: boolean): string {
  const e = err as NodeJS.ErrnoException & { reason?: string; library?: string };
  const code = e?.code ?? '';
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_NODATA':
      return `DNS lookup of ${host} found no address (${code}).`;
    case 'EAI_AGAIN':
      return `DNS lookup of ${host} failed temporarily (${code}).`;
    case 'ECONNREFUSED':
      return `Connection to ${where} was refused (nothing listens on that port).`;
    case 'ECONNRESET':
      return connected ? `${where} reset the connection during the TLS handshake.` : `${where} reset the connection.`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${where} is unreachable (${code}).`;
    case 'ETIMEDOUT':
      return `Timed out connecting to ${where}.`;
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
    case 'ERR_SSL_PACKET_LENGTH_TOO_LONG':
    case 'ERR_SSL_RECORD_LAYER_FAILURE':
      return `${where} did not answer with TLS (${e.reason ?? code}).`;
    case 'ERR_SSL_EXCESSIVE_MESSAGE_SIZE':
      return `${where} sent an oversized handshake message (${e.reason ?? code}), e.g. a certificate chain that is far too long.`;
  }
  if (/alert/i.test(e?.reason ?? '') || /alert/i.test(e?.message ?? '')) {
    return `${where} refused the TLS handshake with ${e.reason ?? errorText(err)}.`;
  }
  if (code.startsWith('ERR_SSL_')) return `The TLS handshake with ${where} failed: ${e.reason ?? errorText(err)}.`;
  if (/socket disconnected/i.test(e?.message ?? '')) return `${where} closed the connection during the TLS handshake.`;
  if (!connected && net.isIP(where.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')) === 0 && /getaddrinfo/.test(e?.message ?? '')) {
    return `DNS lookup of ${host} failed: ${errorText(err)}.`;
  }
  return `Could not probe ${where}: ${errorText(err)}${code ? ` (${code})` : ''}.`;
}

/** Protocols older than TLS 1.2 (`tls-protocol`). */
export function isLegacyProtocol(protocol: string | undefined): boolean {
  return protocol === 'SSLv3' || protocol === 'TLSv1' || protocol === 'TLSv1.1';
}

export function protocolFinding(host: string, where: string, protocol: string | undefined): Finding | null {
  if (!isLegacyProtocol(protocol)) return null;
  return finding('tls-protocol', `${where} (SNI ${host}) negotiated ${protocol}, older than TLS 1.2.`, {
    host,
    fix: 'Disable SSL 3.0, TLS 1.0 and TLS 1.1 on the server (on IIS: SCHANNEL\\Protocols registry keys, or IIS Crypto) and enable TLS 1.2 and 1.3.',
  });
}

export interface ServedIdentity {
  thumbprint: string;
  subject: string;
}

/** `tls-wrong-certificate` when the served leaf is not the expected one, naming both. */
export function compareServed(host: string, where: string, served: ServedIdentity, expected: { thumbprint: string; subject?: string }): Finding | null {
  const want = expected.thumbprint.replace(/:/g, '').toUpperCase();
  if (served.thumbprint === want) return null;
  const wanted = expected.subject ? `'${expected.subject}' (${want})` : want;
  return finding('tls-wrong-certificate', `${where} serves '${served.subject}' (${served.thumbprint}) for ${host}, expected ${wanted}.`, {
    host,
    fix: `Bind the certificate ${want} to ${host} with an SNI binding (sslFlags=1) and remove any IP-specific :${where.split(':').pop()} certificate mapping that overrides SNI.`,
  });
}
