// X.509 facts: every property of one certificate the product reports or judges, defined once.
// Thumbprints, names and the common name, validity and days left, key, signature algorithm,
// self-signed, host coverage, and the extensions path validation needs (basic constraints, key
// usage, extended key usage, name constraints, critical extensions, version).
//
// Facts never throw: a certificate Node parsed can still have an empty subject (RFC 5280 allows
// it with a critical subjectAltName), a date Node cannot turn into a Date, a public key Node
// cannot load (DSA with inherited parameters, an unknown curve) or extensions our DER reader
// refuses. Such a fact is `undefined` / 'unknown' and the checks report it; nothing is thrown.
import { X509Certificate, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import { foreign } from '../report/foreign.js';
import { currentBudget } from './budget.js';
import { child, content, oidOf, parseDer, raw, TAG, type Asn1 } from './der.js';

export const DAY_MS = 86_400_000;

// --- identity ---

/** SHA-1 thumbprint: 40 upper-case hex digits, as Windows and `openssl x509 -fingerprint -sha1` show it. */
export function thumbprint(cert: X509Certificate): string {
  return cert.fingerprint.replace(/:/g, '').toUpperCase();
}

export function sha256Thumbprint(cert: X509Certificate): string {
  return cert.fingerprint256.replace(/:/g, '').toUpperCase();
}

/** A distinguished name on one line, most specific part first (as Windows shows it); the
 * certificate's owner chose it, so it is foreign text, escaped here (src/report/foreign.ts). */
export function formatName(name: unknown): string {
  return typeof name === 'string' ? foreign(name.split('\n').filter(Boolean).reverse().join(', ')) : '';
}

export function subjectName(cert: X509Certificate): string {
  return formatName(cert.subject);
}

/** The subject's common name (the most specific CN), or undefined when there is none. */
export function commonName(cert: X509Certificate): string | undefined {
  return commonNameOf(cert.subject);
}

/** The most specific CN of a distinguished name, in Node's multi-line form (most general part
 * first: `C=..\nO=..\nCN=..`) or on one line as reports show it (`CN=.., O=..`, see formatName). */
export function commonNameOf(dn: unknown): string | undefined {
  if (typeof dn !== 'string') return undefined;
  const parts = dn.includes('\n') ? dn.split('\n').reverse() : dn.split(/,\s*/);
  const cn = parts.find((p) => p.startsWith('CN='));
  return cn === undefined ? undefined : foreign(cn.slice(3));
}

/** A short name for messages: the CN when there is one, else the subject, else the first DNS name,
 * else the thumbprint (an RFC 5280 certificate may have an empty subject). */
export function shortName(cert: X509Certificate): string {
  return commonName(cert) || subjectName(cert) || dnsNames(cert)[0] || thumbprint(cert);
}

/** `'name' (THUMBPRINT)`, how findings name a certificate. */
export function label(cert: X509Certificate): string {
  return `'${shortName(cert)}' (${thumbprint(cert)})`;
}

// --- validity ---

function validDate(d: Date | undefined): Date | undefined {
  return d && !Number.isNaN(d.getTime()) ? d : undefined;
}

/** notBefore, or undefined when Node cannot read it as a date. */
export function notBefore(cert: X509Certificate): Date | undefined {
  const c = cert as X509Certificate & { validFromDate?: Date };
  return validDate(c.validFromDate ?? new Date(cert.validFrom));
}

/** notAfter, or undefined when Node cannot read it as a date. */
export function notAfter(cert: X509Certificate): Date | undefined {
  const c = cert as X509Certificate & { validToDate?: Date };
  return validDate(c.validToDate ?? new Date(cert.validTo));
}

/**
 * Whole days from `at` to `end`, rounded toward zero: 1 day 23 hours left is 1; expired 1 day and
 * 2 minutes ago is -1 ("expired 1 day ago"), not -2. Less than a day either side is 0.
 */
export function daysBetween(at: Date, end: Date): number {
  const days = Math.trunc((end.getTime() - at.getTime()) / DAY_MS);
  return days === 0 ? 0 : days; // no -0
}

/** Whole days until the certificate expires (see daysBetween); negative once expired, NaN when unknown. */
export function daysLeft(cert: X509Certificate, at: Date): number {
  const end = notAfter(cert);
  return end ? daysBetween(at, end) : Number.NaN;
}

/** "1 day", "3 days", "less than a day". */
export function dayCount(days: number): string {
  const n = Math.abs(days);
  return n === 0 ? 'less than a day' : `${n} day${n === 1 ? '' : 's'}`;
}

// --- key and signature ---

const CURVE_BITS: Record<string, number> = {
  prime256v1: 256,
  'P-256': 256,
  secp256r1: 256,
  secp256k1: 256,
  secp384r1: 384,
  'P-384': 384,
  secp521r1: 521,
  'P-521': 521,
  secp224r1: 224,
  'P-224': 224,
  prime192v1: 192,
  secp192r1: 192,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512,
};

const KEY_ALGORITHMS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'RSA',
  '1.2.840.113549.1.1.10': 'RSA-PSS',
  '1.2.840.10045.2.1': 'EC',
  '1.2.840.10040.4.1': 'DSA',
  '1.3.101.112': 'Ed25519',
  '1.3.101.113': 'Ed448',
};

export interface KeyInfo {
  /** RSA, EC, Ed25519, Ed448, DSA, or the algorithm OID when Node cannot load the key */
  keyType: string;
  /** bits; 0 when unknown */
  keySize: number;
}

/** The public key's type and size. A key Node cannot load (e.g. DSA with inherited parameters)
 * is named from the certificate's algorithm identifier, size 0. */
export function keyInfo(cert: X509Certificate): KeyInfo {
  try {
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    switch (key.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
        return { keyType: 'RSA', keySize: details.modulusLength ?? 0 };
      case 'ec':
        return { keyType: 'EC', keySize: CURVE_BITS[details.namedCurve ?? ''] ?? 0 };
      case 'ed25519':
        return { keyType: 'Ed25519', keySize: 256 };
      case 'ed448':
        return { keyType: 'Ed448', keySize: 456 };
      case 'dsa':
        return { keyType: 'DSA', keySize: details.modulusLength ?? 0 };
      default:
        return { keyType: String(key.asymmetricKeyType ?? 'unknown').toUpperCase(), keySize: 0 };
    }
  } catch {
    const oid = facts(cert)?.keyAlgorithm;
    return { keyType: (oid && KEY_ALGORITHMS[oid]) ?? oid ?? 'unknown', keySize: 0 };
  }
}

const SIGNATURE_NAMES: Record<string, string> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '2.16.840.1.101.3.4.3.1': 'dsa-with-SHA224',
  '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
};

/** The signatureAlgorithm of the certificate (OpenSSL's long names), read from its DER; 'unknown'
 * when it cannot be read. */
export function signatureAlgorithm(cert: X509Certificate): string {
  const id = facts(cert)?.signatureAlgorithm;
  return id === undefined ? 'unknown' : (SIGNATURE_NAMES[id] ?? id);
}

/** SHA-1, MD5, MD2 or DSA signatures: browsers refuse them on every certificate but a root's own. */
export function isWeakSignature(name: string): boolean {
  return /^(md2|md5|sha1)With|^ecdsa-with-SHA1$|^dsa-with-/.test(name);
}

/** The serial number's magnitude in octets (a leading zero octet that only keeps it positive is not
 * counted: a 20-octet serial with its top bit set is encoded in 21) and its sign. */
export function serialInfo(cert: X509Certificate): { octets: number; negative: boolean; zero: boolean } | undefined {
  const s = facts(cert)?.serial;
  if (!s || s.length === 0) return undefined;
  const negative = (s[0]! & 0x80) !== 0;
  const octets = s.length > 1 && s[0] === 0 ? s.length - 1 : s.length;
  return { octets, negative, zero: s.every((b) => b === 0) };
}

/** An EC public key given with explicit curve parameters instead of a named curve (RFC 5480
 * forbids it; BoringSSL and hence Chrome cannot read such a key). */
export function hasExplicitCurve(cert: X509Certificate): boolean {
  const f = facts(cert);
  return f?.keyAlgorithm === '1.2.840.10045.2.1' && f.keyParamsTag === TAG.SEQUENCE;
}

// --- issuance ---

const publicKeys = new WeakMap<X509Certificate, KeyObject | null>();

/** The certificate's public key, loaded once (Node makes a new KeyObject on every `publicKey`), or
 * null when Node cannot load it. */
function publicKeyOf(cert: X509Certificate): KeyObject | null {
  let key = publicKeys.get(cert);
  if (key === undefined) {
    try {
      key = cert.publicKey;
    } catch {
      key = null;
    }
    publicKeys.set(cert, key);
  }
  return key;
}

/** BoringSSL's bounds on an RSA public key (rsa_check_public_key, which Chrome applies before any
 * signature check): an odd exponent of 2 to 33 bits (3 ≤ e < 2^33) and a modulus of at most 16384
 * bits. A larger exponent or modulus makes every signature check with the key far slower. */
export const RSA_MAX_EXPONENT_BITS = 33;
export const RSA_MAX_MODULUS_BITS = 16384;

const refusals = new WeakMap<X509Certificate, string | null>();

/** Why browsers refuse this certificate's RSA key before checking any signature with it (its
 * exponent or modulus size), or undefined for an acceptable key or one that is not RSA. */
export function rsaKeyRefusal(cert: X509Certificate): string | undefined {
  let why = refusals.get(cert);
  if (why === undefined) {
    why = null;
    const key = publicKeyOf(cert);
    if (key && (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')) {
      const { publicExponent: e, modulusLength: bits } = key.asymmetricKeyDetails ?? {};
      if (bits !== undefined && bits > RSA_MAX_MODULUS_BITS) why = `its ${bits}-bit RSA modulus is over the ${RSA_MAX_MODULUS_BITS} bits browsers accept`;
      else if (e !== undefined && (e < 3n || e % 2n === 0n || e >= 1n << BigInt(RSA_MAX_EXPONENT_BITS))) {
        const shown = e < 1n << 64n ? `${e}` : `of ${e.toString(2).length} bits`;
        why = `its RSA public exponent ${shown} is ${e % 2n === 0n ? 'even' : e < 3n ? 'under 3' : `over ${RSA_MAX_EXPONENT_BITS} bits`}, which browsers refuse (an odd exponent from 3 to 2^33-1)`;
      }
    }
    refusals.set(cert, why);
  }
  return why ?? undefined;
}

const verified = new WeakMap<X509Certificate, Map<string, boolean>>();

/** Does `issuer`'s key verify `cert`'s signature? Each pair is checked once (the builder and the
 * checks ask again); a key browsers refuse verifies nothing; each check spends one of the budget's
 * signature checks, and when none is left the signature counts as not verified. */
function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  let known = verified.get(cert);
  const result = known?.get(issuer.fingerprint256);
  if (result !== undefined) return result;
  let ok = false;
  if (rsaKeyRefusal(issuer) === undefined) {
    const key = publicKeyOf(issuer);
    if (!key) ok = false;
    else if (!currentBudget().signature())
      return false; // not remembered: a later validation has its own budget
    else {
      try {
        ok = cert.verify(key);
      } catch {
        ok = false;
      }
    }
  }
  if (!known) verified.set(cert, (known = new Map()));
  known.set(issuer.fingerprint256, ok);
  return ok;
}

/** Whether `issuer`'s signature on `cert` was already checked (the answer costs nothing). */
export function verifiedBefore(cert: X509Certificate, issuer: X509Certificate): boolean {
  return verified.get(cert)?.has(issuer.fingerprint256) === true;
}

/** Is `issuer`'s subject the issuer name of `cert` (RFC 5280 7.1: case-insensitive, whitespace folded)? */
export function namesIssuer(cert: X509Certificate, issuer: X509Certificate): boolean {
  const a = facts(cert)?.issuer;
  const b = facts(issuer)?.subject;
  if (!a || !b) return false;
  return a.equals(b) || issuerKey(cert) === subjectKey(issuer);
}

/** `issuer` issued `cert`: the names chain and `cert`'s signature verifies with `issuer`'s key.
 * (checkIssued is not used: it also demands keyCertSign, which is a check of its own.) */
export function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return namesIssuer(cert, issuer) && safeVerify(cert, issuer);
}

/** Signed by its own key under its own name. */
export function isSelfSigned(cert: X509Certificate): boolean {
  return issuedBy(cert, cert);
}

/** Subject and issuer are the same name (RFC 5280's "self-issued"; the key may differ). */
export function isSelfIssued(cert: X509Certificate): boolean {
  return namesIssuer(cert, cert);
}

// --- hosts ---

const HOST_OPTIONS = { wildcards: true, partialWildcards: false, multiLabelWildcards: false, singleLabelSubdomains: false } as const;

/** The DNS names of the subjectAltName extension (lower case; foreign text, escaped). */
export function dnsNames(cert: X509Certificate): string[] {
  const san = facts(cert)?.san;
  return san ? san.dns.map((d) => foreign(d.toLowerCase())) : [];
}

/** The IP addresses of the subjectAltName extension, as text (IPv4 dotted, IPv6 compressed). */
export function ipAddresses(cert: X509Certificate): string[] {
  const san = facts(cert)?.san;
  return san ? san.ip.map(ipText) : [];
}

/** What the subjectAltName names, for messages: DNS names then IP addresses. */
export function sanNames(cert: X509Certificate): string[] {
  return [...dnsNames(cert), ...ipAddresses(cert)];
}

/** Does the certificate have a subjectAltName with at least one DNS name or IP address? */
export function hasSanForHosts(cert: X509Certificate): boolean {
  const san = facts(cert)?.san;
  return !!san && san.dns.length + san.ip.length > 0;
}

/** Does the certificate carry a subjectAltName extension at all (whatever it holds)? RFC 6125
 * 6.4.4: when it does, the subject CN is never used as a presented identifier. */
export function hasSanExtension(cert: X509Certificate): boolean {
  return facts(cert)?.extensions.some((e) => e.oid === OID.subjectAltName) ?? false;
}

/** The 4 or 16 octets of an IP address literal (IPv6 optionally in brackets), or undefined. */
export function ipBytes(literal: string): Buffer | undefined {
  const h = literal.startsWith('[') && literal.endsWith(']') ? literal.slice(1, -1) : literal;
  const v = isIP(h);
  if (v === 4) return Buffer.from(h.split('.').map(Number));
  if (v !== 6) return undefined;
  // a dotted IPv4 tail (::ffff:1.2.3.4) becomes two hex words
  const text = h.replace(
    /(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
    (_m, a: string, b: string, c: string, d: string) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`,
  );
  const words = (s: string): number[] => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  const [l = '', r] = text.split('::') as [string, string | undefined];
  const left = words(l);
  const right = r === undefined ? [] : words(r);
  const all = r === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  if (all.length !== 8 || all.some((w) => !(w >= 0 && w <= 0xffff))) return undefined;
  const out = Buffer.alloc(16);
  all.forEach((w, i) => out.writeUInt16BE(w, i * 2));
  return out;
}

function ipText(b: Buffer): string {
  if (b.length === 4) return [...b].join('.');
  if (b.length !== 16) return `<${b.toString('hex')}>`;
  const words = Array.from({ length: 8 }, (_, i) => b.readUInt16BE(i * 2).toString(16));
  // the longest run of zero words (two or more) becomes '::' (RFC 5952)
  let best = -1;
  let len = 0;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === '0') j++;
    if (j - i > len && j - i > 1) [best, len] = [i, j - i];
    i = j === i ? i + 1 : j;
  }
  if (best < 0) return words.join(':');
  return `${words.slice(0, best).join(':')}::${words.slice(best + len).join(':')}`;
}

/**
 * How the certificate covers `host`: 'san' (a subjectAltName entry, RFC 6125 wildcards: `*.a.com`
 * covers `x.a.com`, not `a.com` nor `x.y.a.com`), 'cn' (only the subject CN, which clients use
 * only when there is no subjectAltName extension at all and browsers ignore), or null. A
 * subjectAltName of IP addresses only still hides the CN from a DNS host (RFC 6125 6.4.4). An IP
 * address host is matched only against the iPAddress entries of the SAN, octet for octet (never a
 * DNS entry or the CN). A wildcard host (`*.a.com` in `sites`) is covered only by the same
 * wildcard entry.
 */
export function hostCoverage(cert: X509Certificate, host: string): 'san' | 'cn' | null {
  const ip = ipBytes(host);
  if (ip) return (facts(cert)?.san?.ip ?? []).some((b) => b.equals(ip)) ? 'san' : null;
  const h = host.toLowerCase();
  const names = dnsNames(cert);
  const cnAllowed = !hasSanExtension(cert);
  if (h.startsWith('*.')) {
    if (names.includes(h)) return 'san';
    if (cnAllowed && commonName(cert)?.toLowerCase() === h) return 'cn';
    return null;
  }
  try {
    if (cert.checkHost(h, { ...HOST_OPTIONS, subject: 'never' })) return 'san';
    if (cnAllowed && cert.checkHost(h, { ...HOST_OPTIONS, subject: 'always' })) return 'cn';
  } catch {
    return null;
  }
  return null;
}

// --- extensions and the parsed structure ---

export const OID = {
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectAltName: '2.5.29.17',
  nameConstraints: '2.5.29.30',
  authorityKeyIdentifier: '2.5.29.35',
  subjectKeyIdentifier: '2.5.29.14',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  anyExtendedKeyUsage: '2.5.29.37.0',
  emailAddress: '1.2.840.113549.1.9.1',
  commonName: '2.5.4.3',
} as const;

/** Extensions a verifier must understand to accept them as critical: the ones OpenSSL and Chrome
 * process (an unknown critical extension makes the certificate invalid, RFC 5280 4.2). */
export const PROCESSED_CRITICAL = new Set<string>([
  OID.basicConstraints,
  OID.keyUsage,
  OID.extKeyUsage,
  OID.subjectAltName,
  OID.nameConstraints,
  OID.authorityKeyIdentifier, // must not be critical (a warning of its own), but every verifier knows it
  OID.subjectKeyIdentifier,
  '2.5.29.32', // certificatePolicies
  '2.5.29.33', // policyMappings
  '2.5.29.36', // policyConstraints
  '2.5.29.54', // inhibitAnyPolicy
]);

export interface Extension {
  oid: string;
  critical: boolean;
  value: Buffer;
}

/** keyUsage bits, RFC 5280 4.2.1.3 */
export const KEY_USAGE = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign'] as const;
export type KeyUsage = (typeof KEY_USAGE)[number];

export interface GeneralNames {
  dns: string[];
  email: string[];
  uri: string[];
  ip: Buffer[];
  /** directoryName entries, DER of each Name */
  dirName: Buffer[];
}

export interface Subtrees {
  permitted: GeneralNames;
  excluded: GeneralNames;
}

/** What our reader got from the DER; a part it could not read is undefined (or `broken` names it). */
export interface X509Facts {
  /** 1, 2 or 3 */
  version: number;
  signatureAlgorithm?: string;
  keyAlgorithm?: string;
  issuer?: Buffer;
  subject?: Buffer;
  extensions: Extension[];
  basicConstraints?: { ca: boolean; pathLen?: number };
  keyUsage?: Set<KeyUsage>;
  extKeyUsage?: string[];
  san?: GeneralNames;
  nameConstraints?: Subtrees;
  /** the serialNumber INTEGER's content octets (two's complement, as encoded) */
  serial?: Buffer;
  /** the authorityKeyIdentifier: which of its fields are present */
  aki?: { keyId?: Buffer; issuerAndSerial: boolean };
  subjectKeyId?: Buffer;
  /** the tag of the public key's algorithm parameters (EC: 0x06 a named curve, 0x30 explicit
   * parameters, 0x05 implicitlyCA); undefined when there are none */
  keyParamsTag?: number;
  /** extensions that are present but could not be decoded (by OID) */
  broken: string[];
}

const factsCache = new WeakMap<X509Certificate, X509Facts | null>();

/** The parsed structure of the certificate, or undefined when its DER cannot be read at all. */
export function facts(cert: X509Certificate): X509Facts | undefined {
  let f = factsCache.get(cert);
  if (f === undefined) {
    try {
      f = parseCertificate(cert.raw);
    } catch {
      f = null;
    }
    factsCache.set(cert, f);
  }
  return f ?? undefined;
}

function parseCertificate(der: Buffer): X509Facts {
  const top = parseDer(der);
  const tbs = child(top, 0, TAG.SEQUENCE);
  const out: X509Facts = { version: 1, extensions: [], broken: [] };
  try {
    out.signatureAlgorithm = oidOf(child(child(top, 1), 0));
  } catch {
    // stays undefined: 'unknown'
  }
  let i = 0;
  const first = child(tbs, 0);
  if (first.tag === 0xa0) {
    out.version = readSmallInt(child(first, 0)) + 1;
    i = 1;
  }
  // serial, signature, issuer, validity, subject, subjectPublicKeyInfo
  const serial = child(tbs, i);
  if (serial.tag === TAG.INTEGER) out.serial = content(serial);
  out.issuer = raw(child(tbs, i + 2, TAG.SEQUENCE));
  out.subject = raw(child(tbs, i + 4, TAG.SEQUENCE));
  try {
    const algorithm = child(child(tbs, i + 5), 0);
    out.keyAlgorithm = oidOf(child(algorithm, 0));
    out.keyParamsTag = algorithm.children[1]?.tag;
  } catch {
    // unknown
  }
  const ext = tbs.children.find((c) => c.tag === 0xa3);
  if (ext) {
    for (const e of child(ext, 0, TAG.SEQUENCE).children) {
      const id = oidOf(child(e, 0));
      const critical = e.children.length === 3 && child(e, 1).tag === TAG.BOOLEAN && content(child(e, 1))[0] !== 0;
      const value = content(child(e, e.children.length - 1, TAG.OCTET_STRING));
      out.extensions.push({ oid: id, critical, value });
      try {
        readExtension(out, id, value);
      } catch {
        out.broken.push(id);
      }
    }
  }
  return out;
}

function readSmallInt(node: Asn1): number {
  if (node.tag !== TAG.INTEGER) throw new Error('expected INTEGER');
  const b = content(node);
  if (b.length > 4) return Number.MAX_SAFE_INTEGER;
  let v = 0;
  for (const byte of b) v = v * 256 + byte;
  return v;
}

function readExtension(out: X509Facts, id: string, value: Buffer): void {
  switch (id) {
    case OID.basicConstraints: {
      const seq = parseDer(value);
      let ca = false;
      let pathLen: number | undefined;
      for (const c of seq.children) {
        if (c.tag === TAG.BOOLEAN) ca = content(c)[0] !== 0;
        else if (c.tag === TAG.INTEGER) pathLen = readSmallInt(c);
      }
      out.basicConstraints = pathLen === undefined ? { ca } : { ca, pathLen };
      return;
    }
    case OID.keyUsage: {
      const bits = content(parseDer(value));
      const set = new Set<KeyUsage>();
      KEY_USAGE.forEach((name, n) => {
        const byte = bits[1 + (n >> 3)];
        if (byte !== undefined && (byte & (0x80 >> (n & 7))) !== 0) set.add(name);
      });
      out.keyUsage = set;
      return;
    }
    case OID.authorityKeyIdentifier: {
      const seq = parseDer(value);
      if (seq.tag !== TAG.SEQUENCE) throw new Error('expected SEQUENCE');
      const keyId = seq.children.find((c) => c.tag === 0x80);
      const aki: NonNullable<X509Facts['aki']> = { issuerAndSerial: seq.children.some((c) => c.tag === 0xa1 || c.tag === 0x82) };
      if (keyId) aki.keyId = Buffer.from(content(keyId));
      if (seq.children.some((c) => c.tag !== 0x80 && c.tag !== 0xa1 && c.tag !== 0x82)) throw new Error('unknown field');
      out.aki = aki;
      return;
    }
    case OID.subjectKeyIdentifier: {
      const node = parseDer(value);
      if (node.tag !== TAG.OCTET_STRING) throw new Error('expected OCTET STRING');
      out.subjectKeyId = Buffer.from(content(node));
      return;
    }
    case OID.extKeyUsage:
      out.extKeyUsage = parseDer(value).children.map(oidOf);
      return;
    case OID.subjectAltName:
      out.san = generalNames(parseDer(value).children);
      return;
    case OID.nameConstraints: {
      const seq = parseDer(value);
      const subtrees = (tag: number): GeneralNames => {
        const node = seq.children.find((c) => c.tag === tag);
        return generalNames(node ? node.children.map((s) => child(s, 0)) : []);
      };
      out.nameConstraints = { permitted: subtrees(0xa0), excluded: subtrees(0xa1) };
      return;
    }
  }
}

function generalNames(nodes: Asn1[]): GeneralNames {
  const names: GeneralNames = { dns: [], email: [], uri: [], ip: [], dirName: [] };
  for (const n of nodes) {
    switch (n.tag) {
      case 0x81:
        names.email.push(content(n).toString('latin1'));
        break;
      case 0x82:
        names.dns.push(content(n).toString('latin1'));
        break;
      case 0x86:
        names.uri.push(content(n).toString('latin1'));
        break;
      case 0x87:
        names.ip.push(Buffer.from(content(n)));
        break;
      case 0xa4:
        names.dirName.push(raw(child(n, 0, TAG.SEQUENCE)));
        break;
    }
  }
  return names;
}

// --- names: RFC 5280 7.1 comparison ---

/** One RDN: its attributes as `oid=value` (value case-folded, whitespace compressed), sorted. */
export type Rdn = string;

/** The RDNs of an encoded Name, each canonical; undefined when the name cannot be read. */
export function rdnsOf(name: Buffer): Rdn[] | undefined {
  try {
    return parseDer(name).children.map((set) =>
      set.children
        .map((atv) => `${oidOf(child(atv, 0))}=${canonicalValue(child(atv, 1))}`)
        .sort()
        .join('+'),
    );
  } catch {
    return undefined;
  }
}

function canonicalName(name: Buffer): string | undefined {
  return rdnsOf(name)?.join(',');
}

/** A key under which equal names (RFC 5280 7.1) meet: for indexing certificates by subject. */
export function nameKey(name: Buffer | undefined): string {
  if (!name) return '';
  return canonicalName(name) ?? name.toString('hex');
}

const keys = new WeakMap<X509Certificate, { subject: string; issuer: string }>();

function keysOf(cert: X509Certificate): { subject: string; issuer: string } {
  let k = keys.get(cert);
  if (!k) {
    const f = facts(cert);
    k = { subject: nameKey(f?.subject), issuer: nameKey(f?.issuer) };
    keys.set(cert, k);
  }
  return k;
}

/** The index key of the certificate's subject / issuer name. */
export function subjectKey(cert: X509Certificate): string {
  return keysOf(cert).subject;
}

export function issuerKey(cert: X509Certificate): string {
  return keysOf(cert).issuer;
}

const STRING_TAGS = new Set([0x0c, 0x13, 0x14, 0x16, 0x1a, 0x1c, 0x1e]);

function canonicalValue(node: Asn1): string {
  if (!STRING_TAGS.has(node.tag)) return raw(node).toString('hex');
  const b = content(node);
  const s = node.tag === 0x1e ? Buffer.from(b).swap16().toString('utf16le') : node.tag === 0x0c ? b.toString('utf8') : b.toString('latin1');
  return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The emailAddress attributes of an encoded Name (legacy e-mail in the subject). */
export function emailsInName(name: Buffer): string[] {
  try {
    return parseDer(name).children.flatMap((set) =>
      set.children.filter((atv) => oidOf(child(atv, 0)) === OID.emailAddress).map((atv) => content(child(atv, 1)).toString('latin1')),
    );
  } catch {
    return [];
  }
}

/** Re-exported so callers can hold one type for certificates. */
export { X509Certificate };

// --- what a report shows of a certificate ---

/** The serial number, upper-case hex, as Windows and `openssl x509 -serial` show it. */
export function serialNumber(cert: X509Certificate): string {
  return cert.serialNumber.toUpperCase();
}

/** Every subjectAltName entry for display: DNS names and IP addresses as they are, e-mail
 * addresses and URIs with their kind (`email:`, `URI:`); foreign text, escaped. */
export function subjectAltNames(cert: X509Certificate): string[] {
  const san = facts(cert)?.san;
  if (!san) return [];
  return [...san.dns.map((d) => foreign(d)), ...ipAddresses(cert), ...san.email.map((e) => foreign(`email:${e}`)), ...san.uri.map((u) => foreign(`URI:${u}`))];
}

/** The keyUsage bits by RFC 5280 name, or undefined when the extension is absent (any use). */
export function keyUsageNames(cert: X509Certificate): string[] | undefined {
  const ku = facts(cert)?.keyUsage;
  return ku ? KEY_USAGE.filter((k) => ku.has(k)) : undefined;
}

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
  '1.3.6.1.4.1.311.10.3.3': 'msSGC',
  '2.16.840.1.113730.4.1': 'nsSGC',
};

/** The extendedKeyUsage purposes by name (an unknown one by its OID), or undefined when the extension is absent. */
export function extendedKeyUsageNames(cert: X509Certificate): string[] | undefined {
  const eku = facts(cert)?.extKeyUsage;
  return eku ? eku.map((oid) => EKU_NAMES[oid] ?? oid) : undefined;
}

/** A date as people read it in a sentence: `2025-04-01` (no time, no milliseconds). */
export function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The short name of a distinguished name as reports hold it (formatName's one line): its CN, or the
 * whole name when it has none. The one way every presenter shortens a subject or an issuer. */
export function shortNameOf(dn: string): string {
  return commonNameOf(dn) ?? dn.split('\n')[0]!;
}
