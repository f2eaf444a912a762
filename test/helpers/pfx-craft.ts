// PFX files shaped by hand: many encrypted parts sharing one derivation (cheap to build, costly
// to open part by part), a PBMAC1 MAC with a chosen key length, a MAC made with another password.
import { createCipheriv, createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import { child, encode, explicit, integer, octets, octetString, oid, parseDer, seq } from '../../src/certs/der.js';
import { bmpPassword, OIDS, pkcs12Kdf } from '../../src/certs/pkcs12.js';

const SHA1 = seq(oid('1.3.14.3.2.26'), Buffer.from([0x05, 0]));
const HMAC_SHA256 = seq(oid('1.2.840.113549.2.9'), Buffer.from([0x05, 0]));

function certBags(certs: Buffer[]): Buffer {
  return seq(...certs.map((der) => seq(oid(OIDS.certBag), explicit(0, seq(oid(OIDS.x509Certificate), explicit(0, octetString(der)))))));
}

function sha1Mac(authSafe: Buffer, password: string, iterations: number): Buffer {
  const salt = randomBytes(8);
  const key = pkcs12Kdf('sha1', bmpPassword(password), salt, 3, iterations, 20);
  const mac = createHmac('sha1', key).update(authSafe).digest();
  return seq(seq(SHA1, octetString(mac)), octetString(salt), integer(iterations));
}

/** `parts` EncryptedData safes of 3DES at `iterations`, all with one salt (so one derivation builds them). */
export function manyPartsPfx(certDer: Buffer, password: string, parts: number, iterations: number): Buffer {
  const salt = randomBytes(8);
  const bmp = bmpPassword(password);
  const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, 24);
  const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
  const c = createCipheriv('des-ede3-cbc', key, iv);
  const data = Buffer.concat([c.update(certBags([certDer])), c.final()]);
  const alg = seq(oid(OIDS.pbeSha1TripleDes), seq(octetString(salt), integer(iterations)));
  const safe = seq(oid(OIDS.encryptedData), explicit(0, seq(integer(0), seq(oid(OIDS.data), alg, encode(0x80, data)))));
  const authSafe = seq(...Array.from({ length: parts }, () => safe));
  return seq(integer(3), seq(oid(OIDS.data), explicit(0, octetString(authSafe))), sha1Mac(authSafe, password, 1));
}

/** An unencrypted PFX whose MAC is PBMAC1 (PBKDF2-HMAC-SHA256, HMAC-SHA256) with the given key length. */
export function pbmac1Pfx(certDer: Buffer, password: string, keyLength: number, iterations: number, realMac = true): Buffer {
  const authSafe = seq(seq(oid(OIDS.data), explicit(0, octetString(certBags([certDer])))));
  const salt = randomBytes(16);
  const mac = realMac
    ? createHmac('sha256', pbkdf2Sync(password, salt, iterations, keyLength, 'sha256'))
        .update(authSafe)
        .digest()
    : Buffer.alloc(32);
  const params = seq(seq(oid(OIDS.pbkdf2), seq(octetString(salt), integer(iterations), integer(keyLength), HMAC_SHA256)), HMAC_SHA256);
  const macData = seq(seq(seq(oid(OIDS.pbmac1), params), octetString(mac)), octetString(randomBytes(8)), integer(1));
  return seq(integer(3), seq(oid(OIDS.data), explicit(0, octetString(authSafe))), macData);
}

/** The same PFX with its MAC made again under another password. */
export function remac(pfx: Buffer, macPassword: string): Buffer {
  const top = parseDer(pfx);
  const authInfo = child(top, 1);
  const authSafe = octets(child(child(authInfo, 1), 0));
  return seq(integer(3), Buffer.from(top.buf.subarray(authInfo.start, authInfo.end)), sha1Mac(authSafe, macPassword, 2048));
}

export function sha1Hex(b: Buffer): string {
  return createHash('sha1').update(b).digest('hex').toUpperCase();
}

/** An EncryptedPrivateKeyInfo (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC) naming `iterations`, with junk ciphertext. */
export function costlyEncryptedKey(iterations: number): Buffer {
  const kdf = seq(oid(OIDS.pbkdf2), seq(octetString(randomBytes(16)), integer(iterations), HMAC_SHA256));
  const alg = seq(oid(OIDS.pbes2), seq(kdf, seq(oid('2.16.840.1.101.3.4.1.42'), octetString(randomBytes(16)))));
  return seq(alg, octetString(randomBytes(1232)));
}
