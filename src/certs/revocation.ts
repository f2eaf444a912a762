// Revocation (opt-in, `revocation: true`): is the leaf revoked? Answered from the OCSP response
// the server stapled, else its OCSP responder (AIA), else its CRL distribution point, each lookup
// over plain HTTP with one timer (the `timeout` input) and a size cap, cached per run. The OCSP
// request and the OCSP/CRL answers are read and written here with the DER reader of der.ts and
// Node's crypto (no dependency); a response counts only when its signature verifies with the
// issuer's key (or with a responder certificate the issuer signed for OCSP signing) and it names
// this very certificate. Anything else is "could not check", never a verdict.
import { createHash, verify as verifySignature, X509Certificate, type KeyObject } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import { child, content, encode, octetString, oid, oidOf, parseDer, raw, seq, TAG, type Asn1 } from './der.js';
import { facts, issuedBy } from './x509.js';

export type RevocationSource = 'staple' | 'ocsp' | 'crl';

export type RevocationStatus =
  | { status: 'good'; source: RevocationSource; url?: string }
  | { status: 'revoked'; source: RevocationSource; url?: string; revokedAt?: Date; reason?: string }
  /** no verdict: no responder or CRL named, none answered in time, or the answer did not count */
  | { status: 'unchecked'; why: string };

const OCSP_MAX_BYTES = 256 * 1024;
const CRL_MAX_BYTES = 16 * 1024 * 1024;

const OID_AIA = '1.3.6.1.5.5.7.1.1';
const OID_OCSP = '1.3.6.1.5.5.7.48.1';
const OID_CRLDP = '2.5.29.31';
const OID_OCSP_BASIC = '1.3.6.1.5.5.7.48.1.1';
const OID_OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
const OID_REASON = '2.5.29.21';
const OID_SHA1 = '1.3.14.3.2.26';

/** RFC 5280 5.3.1 CRLReason */
const REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  '(unused)',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
];

const HASHES: Record<string, string | null> = {
  '1.2.840.113549.1.1.5': 'sha1',
  '1.2.840.113549.1.1.11': 'sha256',
  '1.2.840.113549.1.1.12': 'sha384',
  '1.2.840.113549.1.1.13': 'sha512',
  '1.2.840.10045.4.1': 'sha1',
  '1.2.840.10045.4.3.2': 'sha256',
  '1.2.840.10045.4.3.3': 'sha384',
  '1.2.840.10045.4.3.4': 'sha512',
  '1.3.101.112': null,
  '1.3.101.113': null,
};

// --- what the certificate names ---

function extensionValue(cert: X509Certificate, id: string): Buffer | undefined {
  return facts(cert)?.extensions.find((e) => e.oid === id)?.value;
}

/** HTTP(S) URIs of the leaf's OCSP responders (authorityInfoAccess). */
export function ocspUrls(cert: X509Certificate): string[] {
  const v = extensionValue(cert, OID_AIA);
  if (!v) return [];
  try {
    return parseDer(v)
      .children.filter((ad) => oidOf(child(ad, 0)) === OID_OCSP && child(ad, 1).tag === 0x86)
      .map((ad) => content(child(ad, 1)).toString('latin1'))
      .filter(isHttp);
  } catch {
    return [];
  }
}

/** HTTP(S) URIs of the leaf's CRL distribution points. */
export function crlUrls(cert: X509Certificate): string[] {
  const v = extensionValue(cert, OID_CRLDP);
  if (!v) return [];
  const out: string[] = [];
  const walk = (n: Asn1): void => {
    if (n.tag === 0x86) out.push(content(n).toString('latin1'));
    else n.children.forEach(walk);
  };
  try {
    walk(parseDer(v));
  } catch {
    return [];
  }
  return out.filter(isHttp);
}

function isHttp(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}

// --- OCSP request (RFC 6960 4.1.1) ---

interface CertId {
  nameHash: Buffer;
  keyHash: Buffer;
  serial: Buffer;
}

/** The subjectPublicKey bits of a certificate (what an OCSP CertID hashes as the issuer key). */
function subjectPublicKeyBits(cert: X509Certificate): Buffer {
  // tbsCertificate: [version], serial, signature, issuer, validity, subject, subjectPublicKeyInfo
  const tbs = child(parseDer(cert.raw), 0);
  const i = child(tbs, 0).tag === 0xa0 ? 1 : 0;
  return content(child(child(tbs, i + 5, TAG.SEQUENCE), 1, TAG.BIT_STRING)).subarray(1);
}

function certIdOf(leaf: X509Certificate, issuer: X509Certificate): CertId {
  const issuerName = facts(leaf)?.issuer;
  const serial = facts(leaf)?.serial;
  if (!issuerName || !serial) throw new Error('the certificate cannot be read');
  return {
    nameHash: createHash('sha1').update(issuerName).digest(),
    keyHash: createHash('sha1').update(subjectPublicKeyBits(issuer)).digest(),
    serial,
  };
}

/** The DER of an OCSPRequest for one certificate (SHA-1 CertID, no nonce: responders cache). */
export function ocspRequest(leaf: X509Certificate, issuer: X509Certificate): Buffer {
  const id = certIdOf(leaf, issuer);
  const certId = seq(seq(oid(OID_SHA1), Buffer.from([TAG.NULL, 0])), octetString(id.nameHash), octetString(id.keyHash), encode(TAG.INTEGER, id.serial));
  return seq(seq(seq(seq(certId))));
}

// --- reading answers ---

function time(node: Asn1): Date | undefined {
  const s = content(node).toString('latin1');
  let m: RegExpExecArray | null;
  if (node.tag === 0x17 && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s))) {
    const y = Number(m[1]);
    return new Date(Date.UTC(y < 50 ? 2000 + y : 1900 + y, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  if (node.tag === 0x18 && (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s))) {
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
  }
  return undefined;
}

function enumerated(node: Asn1): number {
  const b = content(node);
  return b.length === 1 ? b[0]! : -1;
}

function reasonName(code: number): string | undefined {
  return code >= 0 ? (REASONS[code] ?? `reason ${code}`) : undefined;
}

/** Does `signature` over `data` verify with `key` for the signature algorithm `algorithm`? */
function signedBy(data: Buffer, algorithm: Asn1, signature: Asn1, key: KeyObject): boolean {
  const id = oidOf(child(algorithm, 0));
  if (!(id in HASHES)) return false;
  try {
    return verifySignature(HASHES[id] ?? null, data, key, content(signature).subarray(1));
  } catch {
    return false;
  }
}

const sameInteger = (a: Buffer, b: Buffer): boolean => a.equals(b);

/**
 * The verdict of a DER OCSPResponse on `leaf` issued by `issuer`, or the reason it gives none.
 * The response must be successful, signed by the issuer or by a responder certificate the issuer
 * signed for OCSP signing, name this certificate (issuer key hash and serial) and be current.
 */
export function readOcspResponse(
  der: Buffer,
  leaf: X509Certificate,
  issuer: X509Certificate,
  at: Date,
  source: RevocationSource,
  url?: string,
): RevocationStatus {
  try {
    const top = parseDer(der);
    const status = enumerated(child(top, 0, 0x0a));
    if (status !== 0)
      return {
        status: 'unchecked',
        why: `the OCSP responder answered with status ${['successful', 'malformedRequest', 'internalError', 'tryLater', '4', 'sigRequired', 'unauthorized'][status] ?? status}`,
      };
    const bytes = child(child(top, 1, 0xa0), 0, TAG.SEQUENCE);
    if (oidOf(child(bytes, 0)) !== OID_OCSP_BASIC) return { status: 'unchecked', why: 'the OCSP response is not a basic response' };
    const basic = parseDer(content(child(bytes, 1, TAG.OCTET_STRING)));
    const tbs = child(basic, 0, TAG.SEQUENCE);
    const algorithm = child(basic, 1, TAG.SEQUENCE);
    const signature = child(basic, 2, TAG.BIT_STRING);
    const signers: KeyObject[] = [issuer.publicKey];
    const certs = basic.children.find((c) => c.tag === 0xa0);
    if (certs) {
      for (const c of child(certs, 0, TAG.SEQUENCE).children.slice(0, 4)) {
        try {
          const responder = new X509Certificate(raw(c));
          if (issuedBy(responder, issuer) && facts(responder)?.extKeyUsage?.includes(OID_OCSP_SIGNING)) signers.push(responder.publicKey);
        } catch {
          // not a certificate: ignored
        }
      }
    }
    const data = raw(tbs);
    if (!signers.some((k) => signedBy(data, algorithm, signature, k)))
      return { status: 'unchecked', why: 'the OCSP response is not signed by the issuer or a responder it authorised' };
    const id = certIdOf(leaf, issuer);
    let i = 0;
    if (child(tbs, 0).tag === 0xa0) i++; // version
    i++; // responderID
    i++; // producedAt
    const responses = child(tbs, i, TAG.SEQUENCE);
    for (const single of responses.children) {
      const cid = child(single, 0, TAG.SEQUENCE);
      if (!sameInteger(content(child(cid, 3, TAG.INTEGER)), id.serial) || !content(child(cid, 2, TAG.OCTET_STRING)).equals(issuerKeyHash(cid, issuer)))
        continue;
      const st = child(single, 1);
      const thisUpdate = time(child(single, 2));
      const next = single.children.find((c) => c.tag === 0xa0);
      const nextUpdate = next ? time(child(next, 0)) : undefined;
      if (!thisUpdate || thisUpdate.getTime() > at.getTime() + 5 * 60_000) return { status: 'unchecked', why: 'the OCSP response is dated in the future' };
      if (nextUpdate && nextUpdate.getTime() < at.getTime() - 5 * 60_000)
        return { status: 'unchecked', why: `the OCSP response is stale (next update was ${nextUpdate.toISOString()})` };
      if (st.tag === 0x80) return { status: 'good', source, ...(url ? { url } : {}) };
      if (st.tag === 0xa1) {
        const revokedAt = time(child(st, 0));
        const r = st.children.find((c) => c.tag === 0xa0);
        const reason = r ? reasonName(enumerated(child(r, 0))) : undefined;
        return { status: 'revoked', source, ...(url ? { url } : {}), ...(revokedAt ? { revokedAt } : {}), ...(reason ? { reason } : {}) };
      }
      return { status: 'unchecked', why: 'the OCSP responder does not know the certificate (status unknown)' };
    }
    return { status: 'unchecked', why: 'the OCSP response does not name this certificate' };
  } catch {
    return { status: 'unchecked', why: 'the OCSP response cannot be read' };
  }
}

/** The issuer key hash with the CertID's own hash algorithm. */
function issuerKeyHash(cid: Asn1, issuer: X509Certificate): Buffer {
  const alg = oidOf(child(child(cid, 0), 0));
  const name = { '1.3.14.3.2.26': 'sha1', '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' }[alg];
  if (!name) return Buffer.alloc(0);
  return createHash(name).update(subjectPublicKeyBits(issuer)).digest();
}

/** The verdict of a DER CRL on `leaf`: signed by the issuer, current, and listing the serial or not. */
export function readCrl(der: Buffer, leaf: X509Certificate, issuer: X509Certificate, at: Date, url: string): RevocationStatus {
  try {
    const top = parseDer(der);
    const tbs = child(top, 0, TAG.SEQUENCE);
    if (!signedBy(raw(tbs), child(top, 1, TAG.SEQUENCE), child(top, 2, TAG.BIT_STRING), issuer.publicKey)) {
      return { status: 'unchecked', why: `the CRL at ${url} is not signed by the issuer` };
    }
    let i = child(tbs, 0).tag === TAG.INTEGER ? 1 : 0;
    i++; // signature
    const crlIssuer = raw(child(tbs, i++, TAG.SEQUENCE));
    const leafIssuer = facts(leaf)?.issuer;
    if (!leafIssuer || !crlIssuer.equals(leafIssuer)) return { status: 'unchecked', why: `the CRL at ${url} is another issuer's` };
    i++; // thisUpdate
    const maybeNext = tbs.children[i];
    if (maybeNext && (maybeNext.tag === 0x17 || maybeNext.tag === 0x18)) {
      const next = time(maybeNext);
      if (next && next.getTime() < at.getTime() - 5 * 60_000)
        return { status: 'unchecked', why: `the CRL at ${url} is stale (next update was ${next.toISOString()})` };
      i++;
    }
    const list = tbs.children[i];
    const serial = facts(leaf)?.serial;
    if (list && list.tag === TAG.SEQUENCE && serial) {
      for (const entry of list.children) {
        if (!content(child(entry, 0, TAG.INTEGER)).equals(serial)) continue;
        const revokedAt = time(child(entry, 1));
        let reason: string | undefined;
        const exts = entry.children[2];
        for (const e of exts?.children ?? []) {
          if (oidOf(child(e, 0)) === OID_REASON) reason = reasonName(enumerated(parseDer(content(child(e, e.children.length - 1)))));
        }
        return { status: 'revoked', source: 'crl', url, ...(revokedAt ? { revokedAt } : {}), ...(reason ? { reason } : {}) };
      }
    }
    return { status: 'good', source: 'crl', url };
  } catch {
    return { status: 'unchecked', why: `the CRL at ${url} cannot be read` };
  }
}

// --- HTTP, bounded ---

/** One HTTP(S) exchange under one timer and a byte cap; never throws, never outlives `timeoutMs`. */
export function httpFetch(
  url: string,
  o: { body?: Buffer; contentType?: string; timeoutMs: number; maxBytes: number },
): Promise<{ ok: true; body: Buffer } | { ok: false; why: string }> {
  return new Promise((resolve) => {
    let done = false;
    let req: http.ClientRequest | undefined;
    const finish = (r: { ok: true; body: Buffer } | { ok: false; why: string }): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req?.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, why: `${url} did not answer within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
    try {
      const lib = url.startsWith('https:') ? https : http;
      req = lib.request(
        url,
        {
          method: o.body ? 'POST' : 'GET',
          headers: o.body ? { 'content-type': o.contentType ?? 'application/octet-stream', 'content-length': o.body.length } : {},
        },
        (res) => {
          if (res.statusCode !== 200) {
            res.resume();
            return finish({ ok: false, why: `${url} answered HTTP ${res.statusCode}` });
          }
          const declared = Number(res.headers['content-length'] ?? 0);
          if (declared > o.maxBytes) return finish({ ok: false, why: `${url} sent ${declared} bytes, over the ${o.maxBytes}-byte limit` });
          const parts: Buffer[] = [];
          let size = 0;
          res.on('data', (d: Buffer) => {
            size += d.length;
            if (size > o.maxBytes) return finish({ ok: false, why: `${url} sent more than the ${o.maxBytes}-byte limit` });
            parts.push(d);
          });
          res.on('end', () => finish({ ok: true, body: Buffer.concat(parts) }));
          res.on('error', (err) => finish({ ok: false, why: `${url} failed: ${err.message}` }));
        },
      );
      req.on('error', (err) => finish({ ok: false, why: `${url} failed: ${(err as NodeJS.ErrnoException).code ?? err.message}` }));
      req.end(o.body);
    } catch (err) {
      finish({ ok: false, why: `${url} cannot be fetched: ${(err as Error).message}` });
    }
  });
}

// --- the check, cached per run ---

export interface RevocationChecker {
  /** the verdict on `leaf` (issued by `issuer`), with the server's stapled OCSP response if any */
  check(leaf: X509Certificate, issuer: X509Certificate, stapled?: Buffer): Promise<RevocationStatus>;
  /** lookups made over the network (OCSP requests, CRL downloads), for the notes */
  readonly lookups: { ocsp: number; crl: number };
}

/** A checker for one run: every certificate is looked up once, every CRL downloaded once. */
export function revocationChecker(o: { timeoutMs: number; at: Date }): RevocationChecker {
  const verdicts = new Map<string, Promise<RevocationStatus>>();
  const crls = new Map<string, ReturnType<typeof httpFetch>>();
  const lookups = { ocsp: 0, crl: 0 };
  const lookup = async (leaf: X509Certificate, issuer: X509Certificate): Promise<RevocationStatus> => {
    const whys: string[] = [];
    for (const url of ocspUrls(leaf).slice(0, 1)) {
      lookups.ocsp++;
      const r = await httpFetch(url, {
        body: ocspRequest(leaf, issuer),
        contentType: 'application/ocsp-request',
        timeoutMs: o.timeoutMs,
        maxBytes: OCSP_MAX_BYTES,
      });
      if (!r.ok) {
        whys.push(`OCSP: ${r.why}`);
        continue;
      }
      const v = readOcspResponse(r.body, leaf, issuer, o.at, 'ocsp', url);
      if (v.status !== 'unchecked') return v;
      whys.push(`OCSP ${url}: ${v.why}`);
    }
    for (const url of crlUrls(leaf).slice(0, 1)) {
      let fetched = crls.get(url);
      if (!fetched) {
        lookups.crl++;
        fetched = httpFetch(url, { timeoutMs: o.timeoutMs, maxBytes: CRL_MAX_BYTES });
        crls.set(url, fetched);
      }
      const r = await fetched;
      if (!r.ok) {
        whys.push(`CRL: ${r.why}`);
        continue;
      }
      const v = readCrl(r.body, leaf, issuer, o.at, url);
      if (v.status !== 'unchecked') return v;
      whys.push(`CRL: ${v.why}`);
    }
    if (!whys.length) return { status: 'unchecked', why: 'the certificate names no OCSP responder and no CRL distribution point' };
    return { status: 'unchecked', why: whys.join('; ') };
  };
  return {
    lookups,
    check(leaf, issuer, stapled) {
      if (stapled?.length) {
        const v = readOcspResponse(stapled, leaf, issuer, o.at, 'staple');
        if (v.status !== 'unchecked') return Promise.resolve(v);
      }
      const key = `${leaf.fingerprint256}|${issuer.fingerprint256}`;
      let p = verdicts.get(key);
      if (!p) {
        p = lookup(leaf, issuer).catch((err: unknown) => ({ status: 'unchecked' as const, why: `the lookup failed: ${(err as Error).message}` }));
        verdicts.set(key, p);
      }
      return p;
    },
  };
}
