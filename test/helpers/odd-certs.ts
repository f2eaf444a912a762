// Certificates that are legal (or at least parseable) DER but odd in ways real files are: an
// empty subject with a critical SAN, a public key Node cannot load, a validity date that does not
// parse, a CN that is not a string. Built here byte by byte and signed with Node's crypto, since
// OpenSSL's command line refuses to write most of them.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { encode, explicit, integer, oid, octetString, seq, set, TAG } from '../../src/certs/der.js';

const SHA256_RSA = seq(oid('1.2.840.113549.1.1.11'), Buffer.from([TAG.NULL, 0]));

export interface OddOptions {
  /** the subject Name's DER (default: CN=odd.test) */
  subject?: Buffer;
  /** the SubjectPublicKeyInfo DER (default: the signing key's) */
  spki?: Buffer;
  /** notBefore / notAfter as raw time elements (default: UTCTime now-1d / now+365d) */
  notBefore?: Buffer;
  notAfter?: Buffer;
  /** DNS names of the SAN */
  dns?: string[];
  sanCritical?: boolean;
  /** sign with a P-256 key (fast to make) instead of RSA 2048 */
  ecdsa?: boolean;
}

export function utf8(s: string): Buffer {
  return encode(0x0c, Buffer.from(s, 'utf8'));
}

/** A Name of one RDN per attribute: [oid, value element]. */
export function name(...attrs: [string, Buffer][]): Buffer {
  return seq(...attrs.map(([o, v]) => set(seq(oid(o), v))));
}

export const CN = '2.5.4.3';

export function utcTime(d: Date): Buffer {
  const s = d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';
  return encode(0x17, Buffer.from(s, 'latin1'));
}

export function rawTime(tag: 0x17 | 0x18, text: string): Buffer {
  return encode(tag, Buffer.from(text, 'latin1'));
}

function bitString(b: Buffer): Buffer {
  return encode(TAG.BIT_STRING, Buffer.concat([Buffer.from([0]), b]));
}

let serial = 1000;

/** A self-issued certificate signed with a fresh RSA key (whose private key is returned). */
export function oddCertificate(opts: OddOptions = {}): { der: Buffer; pem: string; key: KeyObject } {
  const { privateKey, publicKey } = opts.ecdsa ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const sigAlg = opts.ecdsa ? seq(oid('1.2.840.10045.4.3.2')) : SHA256_RSA;
  const subject = opts.subject ?? name([CN, utf8('odd.test')]);
  const spki = opts.spki ?? publicKey.export({ format: 'der', type: 'spki' });
  const day = 86_400_000;
  const validity = seq(opts.notBefore ?? utcTime(new Date(Date.now() - day)), opts.notAfter ?? utcTime(new Date(Date.now() + 365 * day)));
  const ext: Buffer[] = [seq(oid('2.5.29.19'), octetString(seq()))];
  if (opts.dns?.length) {
    const names = seq(...opts.dns.map((d) => encode(0x82, Buffer.from(d, 'latin1'))));
    ext.push(seq(oid('2.5.29.17'), ...(opts.sanCritical ? [encode(TAG.BOOLEAN, Buffer.from([0xff]))] : []), octetString(names)));
  }
  const tbs = seq(explicit(0, integer(2)), integer(serial++), sigAlg, subject, validity, subject, spki, explicit(3, seq(...ext)));
  const signature = sign('sha256', tbs, privateKey);
  const der = seq(tbs, sigAlg, bitString(signature));
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return { der, pem, key: privateKey };
}

/** A DSA public key whose parameters are inherited from the issuer (absent here): Node cannot load it. */
export function dsaInheritedSpki(): Buffer {
  const y = integer(0x1234567);
  return seq(seq(oid('1.2.840.10040.4.1')), bitString(y));
}

export interface CraftOptions {
  /** the serialNumber INTEGER's content octets (default: 8 random-looking positive octets) */
  serial?: Buffer;
  issuer: Buffer;
  subject: Buffer;
  /** the subject's public key */
  publicKey: KeyObject;
  /** the issuer's private key (EC P-256: signed ecdsa-with-SHA256; RSA: sha256WithRSAEncryption) */
  signer: KeyObject;
  /** whole Extension elements (see extension()) */
  extensions: Buffer[];
}

/** One Extension element: extnID, critical when asked, extnValue wrapping `value`. */
export function extension(id: string, value: Buffer, critical = false): Buffer {
  return seq(oid(id), ...(critical ? [encode(TAG.BOOLEAN, Buffer.from([0xff]))] : []), octetString(value));
}

/** A v3 certificate made field by field, for shapes OpenSSL's command line will not write. */
export function craftCertificate(o: CraftOptions): { der: Buffer; pem: string } {
  const ec = o.signer.asymmetricKeyType === 'ec';
  const sigAlg = ec ? seq(oid('1.2.840.10045.4.3.2')) : SHA256_RSA;
  const day = 86_400_000;
  const validity = seq(utcTime(new Date(Date.now() - day)), utcTime(new Date(Date.now() + 30 * day)));
  const serialNumber = encode(TAG.INTEGER, o.serial ?? Buffer.from([0x12, 0x34, 0x56, 0x78, serial++ & 0x7f]));
  const spki = o.publicKey.export({ format: 'der', type: 'spki' });
  const tbs = seq(explicit(0, integer(2)), serialNumber, sigAlg, o.issuer, validity, o.subject, spki, explicit(3, seq(...o.extensions)));
  const signature = sign('sha256', tbs, o.signer);
  const der = seq(tbs, sigAlg, bitString(signature));
  const pem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  return { der, pem };
}
