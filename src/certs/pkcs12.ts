// PKCS#12 (PFX) read and write on Node's native crypto. node-forge can open PFX files, but its
// pure-JS key derivation is slow, it cannot hold EC keys or certificates, and it derives keys from
// non-ASCII passwords differently from OpenSSL and Windows. Here the PKCS#12 KDF (RFC 7292 B.2)
// runs on createHash, PBES2 on pbkdf2Sync, and the ciphers on createDecipheriv; forge is loaded
// only for the RC2 ciphers that OpenSSL 3 keeps in its legacy provider.
import { createCipheriv, createDecipheriv, createHash, createHmac, createPrivateKey, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { iteratedHash } from './iterated-hash.js';
import {
  child,
  content,
  DerError,
  explicit,
  integer,
  intOf,
  lengthBytes,
  octets,
  octetString,
  oid,
  oidOf,
  parseDer,
  raw,
  seq,
  set,
  TAG,
  type Asn1,
  bmpString,
} from './der.js';

export const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  pbmac1: '1.2.840.113549.1.5.14',
  pbeSha1Rc4_128: '1.2.840.113549.1.12.1.1',
  pbeSha1Rc4_40: '1.2.840.113549.1.12.1.2',
  pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
  pbeSha1TwoKeyTripleDes: '1.2.840.113549.1.12.1.4',
  pbeSha1Rc2_128: '1.2.840.113549.1.12.1.5',
  pbeSha1Rc2_40: '1.2.840.113549.1.12.1.6',
} as const;

const HASH_BY_OID: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.4': 'sha224',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.5': 'sha512-224',
  '2.16.840.1.101.3.4.2.6': 'sha512-256',
  '1.2.840.113549.2.5': 'md5',
};
const HMAC_BY_OID: Record<string, string> = {
  '1.2.840.113549.2.7': 'sha1',
  '1.2.840.113549.2.8': 'sha224',
  '1.2.840.113549.2.9': 'sha256',
  '1.2.840.113549.2.10': 'sha384',
  '1.2.840.113549.2.11': 'sha512',
  '1.2.840.113549.2.12': 'sha512-224',
  '1.2.840.113549.2.13': 'sha512-256',
};
const CIPHER_BY_OID: Record<string, { name: string; keyLength: number }> = {
  '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
  '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
  '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
  '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};
const PBE_NAMES: Record<string, string> = {
  [OIDS.pbeSha1TripleDes]: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
  [OIDS.pbeSha1TwoKeyTripleDes]: 'pbeWithSHAAnd2-KeyTripleDES-CBC',
  [OIDS.pbeSha1Rc2_128]: 'pbeWithSHAAnd128BitRC2-CBC',
  [OIDS.pbeSha1Rc2_40]: 'pbewithSHAAnd40BitRC2-CBC',
  [OIDS.pbeSha1Rc4_128]: 'pbeWithSHAAnd128BitRC4',
  [OIDS.pbeSha1Rc4_40]: 'pbeWithSHAAnd40BitRC4',
};
/** Algorithms met in the wild that we do not open, by name, so a finding can say which one it is. */
const UNSUPPORTED_NAMES: Record<string, string> = {
  // PBES2 ciphers
  '1.3.14.3.2.7': 'DES-CBC',
  '1.2.840.113549.3.2': 'RC2-CBC',
  '1.2.840.113549.3.9': 'RC5-CBC-PAD',
  '1.2.410.200046.1.1.2': 'ARIA-128-CBC',
  '1.2.410.200046.1.1.7': 'ARIA-192-CBC',
  '1.2.410.200046.1.1.12': 'ARIA-256-CBC',
  '1.2.392.200011.61.1.1.1.2': 'Camellia-128-CBC',
  '1.2.392.200011.61.1.1.1.3': 'Camellia-192-CBC',
  '1.2.392.200011.61.1.1.1.4': 'Camellia-256-CBC',
  '1.2.156.10197.1.104.2': 'SM4-CBC',
  '2.16.840.1.101.3.4.1.6': 'AES-128-GCM',
  '2.16.840.1.101.3.4.1.26': 'AES-192-GCM',
  '2.16.840.1.101.3.4.1.46': 'AES-256-GCM',
  '2.16.840.1.101.3.4.1.1': 'AES-128-ECB',
  '2.16.840.1.101.3.4.1.21': 'AES-192-ECB',
  '2.16.840.1.101.3.4.1.41': 'AES-256-ECB',
  '1.2.643.2.2.21': 'GOST 28147-89',
  '1.2.643.7.1.1.5.1.1': 'Magma-CTR-ACPKM',
  '1.2.643.7.1.1.5.2.1': 'Kuznyechik-CTR-ACPKM',
  // key derivations
  '1.3.6.1.4.1.11591.4.11': 'scrypt',
  '1.2.840.113549.1.5.12': 'PBKDF2',
  // PRFs and digests
  '2.16.840.1.101.3.4.2.13': 'HMAC-SHA3-224',
  '2.16.840.1.101.3.4.2.14': 'HMAC-SHA3-256',
  '2.16.840.1.101.3.4.2.15': 'HMAC-SHA3-384',
  '2.16.840.1.101.3.4.2.16': 'HMAC-SHA3-512',
  '1.2.643.7.1.1.4.1': 'HMAC-GOST-R-34.11-2012-256',
  '1.2.643.7.1.1.4.2': 'HMAC-GOST-R-34.11-2012-512',
  '1.2.156.10197.1.401.3.1': 'HMAC-SM3',
  '2.16.840.1.101.3.4.2.7': 'SHA3-224',
  '2.16.840.1.101.3.4.2.8': 'SHA3-256',
  '2.16.840.1.101.3.4.2.9': 'SHA3-384',
  '2.16.840.1.101.3.4.2.10': 'SHA3-512',
  '1.2.840.113549.2.2': 'MD2',
  '1.2.840.113549.2.4': 'MD4',
  '1.2.156.10197.1.401': 'SM3',
  '1.2.643.7.1.1.2.2': 'GOST R 34.11-2012 (256 bit)',
  '1.2.643.7.1.1.2.3': 'GOST R 34.11-2012 (512 bit)',
  '1.2.643.2.2.9': 'GOST R 34.11-94',
  // PKCS#5 v1.5 schemes (single DES or RC2 with MD2, MD5 or SHA-1)
  '1.2.840.113549.1.5.1': 'pbeWithMD2AndDES-CBC',
  '1.2.840.113549.1.5.4': 'pbeWithMD2AndRC2-CBC',
  '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
  '1.2.840.113549.1.5.6': 'pbeWithMD5AndRC2-CBC',
  '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
  '1.2.840.113549.1.5.11': 'pbeWithSHA1AndRC2-CBC',
};

/** A readable name for an algorithm OID: ours, a known unsupported one, or the OID itself. */
function algorithmName(id: string): string {
  return UNSUPPORTED_NAMES[id] ?? PBE_NAMES[id] ?? `an unknown algorithm (OID ${id})`;
}
/** short names used in the report's `container.encryption` */
const PBE_SHORT: Record<string, string> = {
  [OIDS.pbeSha1TripleDes]: '3des',
  [OIDS.pbeSha1TwoKeyTripleDes]: '2des',
  [OIDS.pbeSha1Rc2_128]: 'rc2-128',
  [OIDS.pbeSha1Rc2_40]: 'rc2-40',
  [OIDS.pbeSha1Rc4_128]: 'rc4-128',
  [OIDS.pbeSha1Rc4_40]: 'rc4-40',
};

/** Thrown when the password does not open the container. */
export class PasswordError extends Error {
  override name = 'PasswordError';
}
/** Thrown for a container that uses something we cannot open. */
export class UnsupportedError extends Error {
  override name = 'UnsupportedError';
}

/** The password opens one part of the file but not another: the MAC and the contents were made
 * with different passwords. */
export class PasswordMismatchError extends Error {
  override name = 'PasswordMismatchError';
}
/** Opening the file would cost more key derivation than any real file needs. */
export class TooCostlyError extends UnsupportedError {
  override name = 'TooCostlyError';
}

// OpenSSL and Windows write 2,000-10,000 iterations per part; one part may ask for at most this many
const MAX_ITERATIONS = 1_000_000;
/** PBMAC1 keys are HMAC keys: RFC 9579 makes them as long as the HMAC output (64 bytes at most). */
const MAX_MAC_KEY = 64;

/**
 * What key derivation may cost for one whole file, in work units of hash rounds (a SHA-1 round of
 * the PKCS#12 derivation counts 0.5, a PBKDF2 iteration 0.9: microseconds as first measured; the
 * WebAssembly rounds now take ~0.15 µs, so the same files open in well under the nominal time). Every part is charged before it is derived, so a file of many parts stops at this
 * bound, not at the per-part cap times the number of parts. A usual PFX costs ~8,000; a 3DES one
 * of 400,000 iterations ~1,100,000 (opened); one of 1,000,000 ~2,700,000 (refused).
 */
export const FILE_KDF_BUDGET = 1_500_000;

export class KdfBudget {
  spent = 0;
  constructor(readonly limit: number = FILE_KDF_BUDGET) {}
  /** Charges `cost` for `what` before it runs; throws TooCostlyError past the limit. */
  charge(cost: number, what: string): void {
    if (this.spent + cost > this.limit)
      throw new TooCostlyError(
        `its key derivation is too costly: ${what} would bring the total to about ${Math.round((this.spent + cost) / 1000)} ms of hashing, over the ${this.limit / 1000} ms any real PFX needs (OpenSSL and Windows write 2,000 to 10,000 iterations a part)`,
      );
    this.spent += cost;
  }
}

const HASH_SIZE: Record<string, number> = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28, 'sha512-256': 32 };
/** Work units per round of the PKCS#12 derivation, by hash (see FILE_KDF_BUDGET). */
const ROUND_COST: Record<string, number> = { sha1: 0.5, sha256: 1.3 };
function pkcs12KdfCost(hash: string, iterations: number, length: number): number {
  return Math.ceil(length / (HASH_SIZE[hash] ?? 64)) * iterations * (ROUND_COST[hash] ?? 3);
}
function pbkdf2Cost(hash: string, iterations: number, length: number): number {
  return Math.ceil(length / (HASH_SIZE[hash] ?? 64)) * iterations * (/512|384/.test(hash) ? 1.5 : 0.9);
}

/** The PKCS#12 password encoding: UTF-16BE with a two-byte terminator (BMPString). */
export function bmpPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}

const BLOCK_SIZE: Record<string, number> = { md5: 64, sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128, 'sha512-224': 128, 'sha512-256': 128 };

/** RFC 7292 appendix B.2 key derivation; `id` 1 = key, 2 = IV, 3 = MAC key. */
export function pkcs12Kdf(hash: string, password: Buffer, salt: Buffer, id: 1 | 2 | 3, iterations: number, length: number): Buffer {
  const v = BLOCK_SIZE[hash];
  if (!v) throw new UnsupportedError(`hash ${hash} is not supported for the PKCS#12 key derivation`);
  const u = createHash(hash).digest().length;
  const fill = (src: Buffer): Buffer => {
    if (src.length === 0) return Buffer.alloc(0);
    const out = Buffer.alloc(v * Math.ceil(src.length / v));
    for (let i = 0; i < out.length; i++) out[i] = src[i % src.length]!;
    return out;
  };
  const D = Buffer.alloc(v, id);
  const I = Buffer.concat([fill(salt), fill(password)]);
  const out = Buffer.alloc(Math.ceil(length / u) * u);
  for (let block = 0; block * u < length; block++) {
    const A = iteratedHash(hash, [D, I], iterations);
    A.copy(out, block * u);
    if ((block + 1) * u >= length) break;
    const B = fill(A);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = I[j + k]! + B[k]! + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out.subarray(0, length);
}

/** Password forms tried against the MAC: the standard BMPString, OpenSSL's form for no password,
 * and the byte-wise form older OpenSSL versions used for non-ASCII passwords. */
function passwordCandidates(password: string): Buffer[] {
  const list = [bmpPassword(password)];
  if (password === '') list.push(Buffer.alloc(0));
  const utf8 = Buffer.from(password, 'utf8');
  if (utf8.length !== password.length) list.push(bmpPassword(utf8.toString('latin1')));
  return list;
}

export interface DecryptResult {
  plain: Buffer;
  /** short name for the report, e.g. 'aes-256-cbc' or '3des' */
  encryption: string;
  /** full algorithm name, e.g. 'PBES2/PBKDF2-hmacWithSHA256/aes-256-cbc' */
  algorithm: string;
  iterations: number;
  pbes2: boolean;
}

function checkIterations(n: number): number {
  if (n < 1 || n > MAX_ITERATIONS) throw new UnsupportedError(`an iteration count of ${n} is outside the accepted range (1 to ${MAX_ITERATIONS})`);
  return n;
}

async function rc2Decrypt(key: Buffer, iv: Buffer, data: Buffer, bits: number): Promise<Buffer> {
  const forge = (await import('node-forge')).default;
  const cipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('binary')), bits);
  cipher.start(forge.util.createBuffer(iv.toString('binary')));
  cipher.update(forge.util.createBuffer(data.toString('binary')));
  if (!cipher.finish()) throw new PasswordError('bad decrypt');
  return Buffer.from(cipher.output.getBytes(), 'binary');
}

function decipher(name: string, key: Buffer, iv: Buffer, data: Buffer): Buffer {
  try {
    const d = createDecipheriv(name, key, iv);
    return Buffer.concat([d.update(data), d.final()]);
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    if (/BAD_DECRYPT|WRONG_FINAL_BLOCK_LENGTH/.test(code) || /bad decrypt|final block/i.test(String(err))) throw new PasswordError('bad decrypt');
    throw new UnsupportedError(`the cipher ${name} is not available in this Node.js`);
  }
}

/** One password-based encryption, read from its AlgorithmIdentifier before anything is derived. */
interface Pbe {
  /** full algorithm name, e.g. 'PBES2/PBKDF2-hmacWithSHA256/aes-256-cbc' */
  algorithm: string;
  /** short name for the report, e.g. 'aes-256-cbc' or '3des' */
  encryption: string;
  iterations: number;
  pbes2: boolean;
  /** estimated cost of the derivation in JavaScript (see FILE_KDF_BUDGET) */
  cost: number;
  /** OpenSSL's default provider opens it (3DES, AES): a shrouded key can be handed to createPrivateKey */
  native: boolean;
  decrypt(data: Buffer, bmp: Buffer, utf8: Buffer): Promise<Buffer>;
}

/** Reads a PKCS#12 PBE or PBES2 algorithm identifier; unsupported schemes are named. */
export function pbeOf(alg: Asn1): Pbe {
  const algOid = oidOf(child(alg, 0));
  if (algOid === OIDS.pbes2) {
    const params = child(alg, 1, TAG.SEQUENCE);
    const kdf = child(params, 0, TAG.SEQUENCE);
    const scheme = child(params, 1, TAG.SEQUENCE);
    const kdfOid = oidOf(child(kdf, 0));
    if (kdfOid !== OIDS.pbkdf2) throw new UnsupportedError(`PBES2 with ${algorithmName(kdfOid)} (not PBKDF2) is not supported`);
    const kp = child(kdf, 1, TAG.SEQUENCE);
    const salt = octets(child(kp, 0));
    const iterations = checkIterations(intOf(child(kp, 1)));
    let prf = 'sha1';
    for (const extra of kp.children.slice(2)) {
      if (extra.tag === TAG.SEQUENCE) {
        const prfOid = oidOf(child(extra, 0));
        const p = HMAC_BY_OID[prfOid];
        if (!p) throw new UnsupportedError(`PBES2 with the PRF ${algorithmName(prfOid)} is not supported`);
        prf = p;
      }
    }
    const cipherOid = oidOf(child(scheme, 0));
    const cipher = CIPHER_BY_OID[cipherOid];
    if (!cipher) throw new UnsupportedError(`PBES2 with ${algorithmName(cipherOid)} is not supported`);
    const iv = octets(child(scheme, 1));
    return {
      algorithm: `PBES2/PBKDF2-hmacWith${prf.toUpperCase()}/${cipher.name}`,
      encryption: cipher.name,
      iterations,
      pbes2: true,
      cost: pbkdf2Cost(prf, iterations, cipher.keyLength),
      native: /^sha(1|224|256|384|512)$/.test(prf),
      decrypt: async (data, _bmp, utf8) => decipher(cipher.name, pbkdf2Sync(utf8, salt, iterations, cipher.keyLength, prf), iv, data),
    };
  }
  const name = PBE_NAMES[algOid];
  if (!name) throw new UnsupportedError(`${algorithmName(algOid)} encryption is not supported; re-export the file with AES-256 or 3DES`);
  const params = child(alg, 1, TAG.SEQUENCE);
  const salt = octets(child(params, 0));
  const iterations = checkIterations(params.children[1] ? intOf(child(params, 1)) : 1);
  const base = { algorithm: name, encryption: PBE_SHORT[algOid]!, iterations, pbes2: false };
  switch (algOid) {
    case OIDS.pbeSha1TripleDes:
    case OIDS.pbeSha1TwoKeyTripleDes: {
      const keyLength = algOid === OIDS.pbeSha1TripleDes ? 24 : 16;
      return {
        ...base,
        cost: pkcs12KdfCost('sha1', iterations, keyLength) + pkcs12KdfCost('sha1', iterations, 8),
        native: keyLength === 24,
        decrypt: async (data, bmp) => {
          const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, keyLength);
          const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
          return decipher(keyLength === 24 ? 'des-ede3-cbc' : 'des-ede-cbc', key, iv, data);
        },
      };
    }
    case OIDS.pbeSha1Rc2_40:
    case OIDS.pbeSha1Rc2_128: {
      const bits = algOid === OIDS.pbeSha1Rc2_40 ? 40 : 128;
      return {
        ...base,
        cost: pkcs12KdfCost('sha1', iterations, bits / 8) + pkcs12KdfCost('sha1', iterations, 8),
        native: false,
        decrypt: async (data, bmp) => {
          const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, bits / 8);
          const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
          return rc2Decrypt(key, iv, data, bits);
        },
      };
    }
    default:
      throw new UnsupportedError(`${name} encryption is not supported; re-export the file with AES-256 or 3DES`);
  }
}

/** The estimated derivation cost of a password-based encryption, also for schemes that only
 * OpenSSL opens (PKCS#5 v1.5, scrypt, other ciphers): an encrypted PKCS#8 key goes to OpenSSL, and
 * its iteration count is bounded here first. */
export function pbeCost(alg: Asn1): number {
  try {
    return pbeOf(alg).cost;
  } catch (err) {
    if (!(err instanceof UnsupportedError)) throw err;
  }
  const params = child(alg, 1, TAG.SEQUENCE);
  if (oidOf(child(alg, 0)) !== OIDS.pbes2) return intOf(child(params, 1)) * 3;
  // PBKDF2 (salt, iterations, ...) or scrypt (salt, N, r, p): the second field is the work factor
  const kp = child(child(params, 0, TAG.SEQUENCE), 1, TAG.SEQUENCE);
  const factors = kp.children.slice(1).filter((c) => c.tag === TAG.INTEGER);
  return factors.slice(0, 3).reduce((product, c) => product * intOf(c), 3);
}

/** Decrypts with a PKCS#12 PBE or PBES2 algorithm identifier. `bmp` is the password encoding that
 * verified the MAC; `utf8` is the password as bytes for PBES2. */
export async function pbeDecrypt(alg: Asn1, data: Buffer, bmp: Buffer, utf8: Buffer, budget = new KdfBudget()): Promise<DecryptResult> {
  const pbe = pbeOf(alg);
  budget.charge(pbe.cost, `decrypting with ${pbe.iterations} iterations`);
  const plain = await pbe.decrypt(data, bmp, utf8);
  return { plain, encryption: pbe.encryption, algorithm: pbe.algorithm, iterations: pbe.iterations, pbes2: pbe.pbes2 };
}

export interface Pkcs12Contents {
  /** certificate DER, in bag order */
  certificates: { der: Buffer; localKeyId?: string }[];
  /** unencrypted PKCS#8 DER of each key */
  keys: { der: Buffer; localKeyId?: string }[];
  /** how the keys were encrypted (short name), or of the certificates when no key is shrouded */
  encryption: string;
  keyEncryption?: string;
  certEncryption?: string;
  /** full names of every algorithm met */
  algorithms: string[];
  /** true when any part uses PBES2 (AES): Windows Server 2016 and older cannot import it */
  pbes2: boolean;
  mac?: string;
  macIterations?: number;
  iterations?: number;
}

/** Is this parsed DER a PFX (version 3 + data ContentInfo)? */
export function isPkcs12(top: Asn1): boolean {
  if (top.tag !== TAG.SEQUENCE || top.children.length < 2) return false;
  const [version, authSafe] = top.children;
  if (version!.tag !== TAG.INTEGER || authSafe!.tag !== TAG.SEQUENCE || !authSafe!.children[0]) return false;
  try {
    return intOf(version!) === 3 && oidOf(authSafe!.children[0]) === OIDS.data;
  } catch {
    return false;
  }
}

function macVerify(macData: Asn1, data: Buffer, candidates: Buffer[], utf8: Buffer, budget: KdfBudget): { bmp: Buffer; mac: string; iterations: number } {
  const digestInfo = child(macData, 0, TAG.SEQUENCE);
  const alg = child(digestInfo, 0, TAG.SEQUENCE);
  const expected = octets(child(digestInfo, 1));
  const salt = octets(child(macData, 1));
  const iterations = checkIterations(macData.children[2] ? intOf(child(macData, 2)) : 1);
  const algOid = oidOf(child(alg, 0));
  if (algOid === OIDS.pbmac1) {
    // RFC 9579: PBKDF2 over the UTF-8 password, then HMAC
    const params = child(alg, 1, TAG.SEQUENCE);
    const kdf = child(params, 0, TAG.SEQUENCE);
    const kdfOid = oidOf(child(kdf, 0));
    if (kdfOid !== OIDS.pbkdf2) throw new UnsupportedError(`PBMAC1 with ${algorithmName(kdfOid)} (not PBKDF2) is not supported`);
    const p = child(kdf, 1, TAG.SEQUENCE);
    const pSalt = octets(child(p, 0));
    const pIter = checkIterations(intOf(child(p, 1)));
    const keyLength = intOf(child(p, 2));
    if (keyLength < 1 || keyLength > MAX_MAC_KEY)
      throw new UnsupportedError(`its PBMAC1 key length of ${keyLength} bytes is outside the accepted range (1 to ${MAX_MAC_KEY}, the HMAC output size)`);
    let prf = 'sha1';
    if (p.children[3]) {
      const prfOid = oidOf(child(p.children[3], 0));
      const known = HMAC_BY_OID[prfOid];
      if (!known) throw new UnsupportedError(`PBMAC1 with the PRF ${algorithmName(prfOid)} is not supported`);
      prf = known;
    }
    const macOid = oidOf(child(child(params, 1), 0));
    const hmacHash = HMAC_BY_OID[macOid];
    if (!hmacHash) throw new UnsupportedError(`PBMAC1 with the MAC ${algorithmName(macOid)} is not supported`);
    budget.charge(pbkdf2Cost(prf, pIter, keyLength), `the PBMAC1 MAC of ${pIter} iterations`);
    const key = pbkdf2Sync(utf8, pSalt, pIter, keyLength, prf);
    const got = createHmac(hmacHash, key).update(data).digest();
    if (got.length === expected.length && timingSafeEqual(got, expected)) return { bmp: candidates[0]!, mac: `pbmac1-${hmacHash}`, iterations: pIter };
    throw new PasswordError('mac');
  }
  const hash = HASH_BY_OID[algOid];
  if (!hash) throw new UnsupportedError(`the MAC digest ${algorithmName(algOid)} is not supported`);
  const size = HASH_SIZE[hash]!;
  for (const bmp of candidates) {
    budget.charge(pkcs12KdfCost(hash, iterations, size), `the MAC of ${iterations} iterations`);
    const key = pkcs12Kdf(hash, bmp, salt, 3, iterations, size);
    const got = createHmac(hash, key).update(data).digest();
    if (got.length === expected.length && timingSafeEqual(got, expected)) return { bmp, mac: hash, iterations };
  }
  throw new PasswordError('mac');
}

function attributesOf(bag: Asn1): { localKeyId?: string } {
  const attrs = bag.children[2];
  if (!attrs || attrs.tag !== TAG.SET) return {};
  for (const a of attrs.children) {
    if (a.tag === TAG.SEQUENCE && a.children[0]?.tag === TAG.OID && oidOf(a.children[0]) === OIDS.localKeyId) {
      const value = a.children[1]?.children[0];
      if (value && (value.tag & 0x1f) === TAG.OCTET_STRING) return { localKeyId: octets(value).toString('hex') };
    }
  }
  return {};
}

/** The encrypted parts of the authenticated safe, in order, without decrypting anything. */
function encryptedSafe(info: Asn1): { alg: Asn1; data: Buffer } {
  const encryptedData = child(child(info, 1), 0, TAG.SEQUENCE);
  const eci = child(encryptedData, 1, TAG.SEQUENCE);
  const alg = child(eci, 1, TAG.SEQUENCE);
  const body = child(eci, 2);
  // [0] IMPLICIT OCTET STRING: primitive (0x80) or constructed (0xa0), whose pieces may nest
  const pieces = (n: Asn1): Buffer => ((n.tag & 0x20) === 0 ? content(n) : Buffer.concat(n.children.map(pieces)));
  return { alg, data: pieces(body) };
}

/** Does the password open the first encrypted part? Used only once the MAC has refused it, to tell
 * "wrong password" from "the MAC was made with another password". */
async function contentsOpenWith(safes: Asn1, bmp: Buffer, utf8: Buffer, budget: KdfBudget): Promise<boolean> {
  const first = safes.children.find((info) => oidOf(child(info, 0)) === OIDS.encryptedData);
  if (!first) return false;
  try {
    const { alg, data } = encryptedSafe(first);
    const plain = (await pbeDecrypt(alg, data, bmp, utf8, budget)).plain;
    return parseDer(plain).tag === TAG.SEQUENCE;
  } catch (err) {
    if (err instanceof TooCostlyError) throw err;
    return false;
  }
}

/** Refuses a file whose visible parts (the MAC, each encrypted part, the key bags outside them)
 * already cost more than the budget, before anything is derived. What is malformed or unsupported
 * is left to the real reading, which says so. */
function estimateCost(macData: Asn1 | undefined, safes: Asn1, limit: number): void {
  const estimate = new KdfBudget(limit);
  const part = (what: string, cost: () => number): void => {
    let c: number;
    try {
      c = cost();
    } catch {
      return;
    }
    estimate.charge(c, what);
  };
  if (macData)
    part('the MAC', () => {
      const alg = child(child(macData, 0, TAG.SEQUENCE), 0, TAG.SEQUENCE);
      const hash = HASH_BY_OID[oidOf(child(alg, 0))];
      const iterations = macData.children[2] ? intOf(child(macData, 2)) : 1;
      return hash ? pkcs12KdfCost(hash, iterations, HASH_SIZE[hash]!) : 0;
    });
  for (const info of safes.children) {
    part('its parts', () => {
      const type = oidOf(child(info, 0));
      if (type === OIDS.encryptedData) return pbeCost(encryptedSafe(info).alg);
      if (type !== OIDS.data) return 0;
      const bags = parseDer(octets(child(child(info, 1), 0)));
      let sum = 0;
      for (const bag of bags.children) if (oidOf(child(bag, 0)) === OIDS.shroudedKeyBag) sum += pbeCost(child(child(child(bag, 1), 0), 0, TAG.SEQUENCE)) * 0.45;
      return sum;
    });
  }
}

/** Opens a PFX. Throws PasswordError (wrong password), PasswordMismatchError, UnsupportedError
 * (TooCostlyError past the file's key-derivation budget), or DerError (corrupt). */
export async function readPkcs12(top: Asn1, password: string, budget = new KdfBudget()): Promise<Pkcs12Contents> {
  const authSafe = child(top, 1, TAG.SEQUENCE);
  const authData = octets(child(child(authSafe, 1), 0));
  const utf8 = Buffer.from(password, 'utf8');
  const candidates = passwordCandidates(password);
  const out: Pkcs12Contents = { certificates: [], keys: [], encryption: 'none', algorithms: [], pbes2: false };
  let bmp = candidates[0]!;
  const macData = top.children[2];
  const safes = parseDer(authData);
  if (safes.tag !== TAG.SEQUENCE) throw new DerError('PKCS#12 authenticated safe is not a SEQUENCE');
  estimateCost(macData, safes, budget.limit);
  if (macData) {
    let verified: ReturnType<typeof macVerify>;
    try {
      verified = macVerify(macData, authData, candidates, utf8, budget);
    } catch (err) {
      if (err instanceof PasswordError && (await contentsOpenWith(safes, bmp, utf8, budget)))
        throw new PasswordMismatchError(
          'the password decrypts its contents, but its integrity check (MAC) was made with another password, or the file was changed after export',
        );
      throw err;
    }
    bmp = verified.bmp;
    out.mac = verified.mac;
    out.macIterations = verified.iterations;
  }
  const note = (p: Pbe, what: 'key' | 'cert'): void => {
    if (!out.algorithms.includes(p.algorithm)) out.algorithms.push(p.algorithm);
    if (p.pbes2) out.pbes2 = true;
    if (what === 'key') out.keyEncryption ??= p.encryption;
    else out.certEncryption ??= p.encryption;
    out.iterations = Math.max(out.iterations ?? 0, p.iterations);
  };
  const mismatch = (what: 'key' | 'cert'): PasswordMismatchError =>
    new PasswordMismatchError(
      `the password opens its integrity check (MAC) but does not decrypt its ${what === 'key' ? 'private key' : 'certificates'}: the file was made with a different encryption password than MAC password`,
    );
  const decrypt = async (alg: Asn1, data: Buffer, what: 'key' | 'cert'): Promise<Buffer> => {
    const pbe = pbeOf(alg);
    budget.charge(pbe.cost, `decrypting a part with ${pbe.iterations} iterations`);
    try {
      const plain = await pbe.decrypt(data, bmp, utf8);
      note(pbe, what);
      return plain;
    } catch (err) {
      // without a MAC, a failed decryption is the only sign of a wrong password
      if (err instanceof PasswordError && macData) throw mismatch(what);
      throw err;
    }
  };
  // A shrouded key bag is an EncryptedPrivateKeyInfo: OpenSSL derives its key natively (about
  // twice as fast as the derivation here), when the password is in the standard encoding.
  const nativeKey = (alg: Asn1, value: Asn1): Buffer | undefined => {
    const pbe = pbeOf(alg);
    if (!pbe.native || password === '' || bmp !== candidates[0]) return undefined;
    budget.charge(pbe.cost * 0.45, `decrypting a key with ${pbe.iterations} iterations`);
    try {
      const key = createPrivateKey({ key: Buffer.from(raw(value)), format: 'der', type: 'pkcs8', passphrase: password });
      note(pbe, 'key');
      return key.export({ format: 'der', type: 'pkcs8' });
    } catch (err) {
      if (macData && /BAD_DECRYPT|bad decrypt/i.test(`${(err as { code?: string }).code} ${String(err)}`)) throw mismatch('key');
      return undefined;
    }
  };
  for (const info of safes.children) {
    const type = oidOf(child(info, 0));
    let safeContents: Buffer;
    if (type === OIDS.data) safeContents = octets(child(child(info, 1), 0));
    else if (type === OIDS.encryptedData) {
      const { alg, data } = encryptedSafe(info);
      safeContents = await decrypt(alg, data, 'cert');
    } else throw new UnsupportedError('PKCS#12 public-key (enveloped) content is not supported');
    const bags = parseDer(safeContents);
    for (const bag of bags.children) {
      const bagId = oidOf(child(bag, 0));
      const value = child(child(bag, 1), 0);
      const attrs = attributesOf(bag);
      if (bagId === OIDS.certBag) {
        if (oidOf(child(value, 0)) !== OIDS.x509Certificate) continue;
        out.certificates.push({ der: octets(child(child(value, 1), 0)), ...attrs });
      } else if (bagId === OIDS.keyBag) {
        out.keys.push({ der: Buffer.from(raw(value)), ...attrs });
      } else if (bagId === OIDS.shroudedKeyBag) {
        const alg = child(value, 0, TAG.SEQUENCE);
        const der = nativeKey(alg, value) ?? (await decrypt(alg, octets(child(value, 1)), 'key'));
        out.keys.push({ der, ...attrs });
      }
    }
  }
  out.encryption = out.keyEncryption ?? out.certEncryption ?? 'none';
  return out;
}

// --- writing ---

export interface Pkcs12Input {
  /** PKCS#8 DER of the private key */
  keyDer: Buffer;
  /** the leaf first, then the chain */
  certificates: Buffer[];
  password: string;
  friendlyName?: string;
  iterations?: number;
}

function tripleDesEncrypt(plain: Buffer, bmp: Buffer, iterations: number): { alg: Buffer; data: Buffer } {
  const salt = randomBytes(8);
  const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, 24);
  const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
  const c = createCipheriv('des-ede3-cbc', key, iv);
  const data = Buffer.concat([c.update(plain), c.final()]);
  return { alg: seq(oid(OIDS.pbeSha1TripleDes), seq(octetString(salt), integer(iterations))), data };
}

/** Builds a PFX that every Windows version imports: key and certificates encrypted with
 * pbeWithSHAAnd3-KeyTripleDES-CBC, and an HMAC-SHA1 MAC (what `openssl pkcs12 -export -legacy` writes). */
export function buildLegacyPkcs12(input: Pkcs12Input): Buffer {
  const iterations = input.iterations ?? 2048;
  const bmp = bmpPassword(input.password);
  const leafDer = input.certificates[0];
  if (!leafDer) throw new Error('a PFX needs at least the leaf certificate');
  const keyId = createHash('sha1').update(leafDer).digest();
  const attrs = (withName: boolean): Buffer =>
    set(
      ...(withName && input.friendlyName ? [seq(oid(OIDS.friendlyName), set(bmpString(input.friendlyName)))] : []),
      seq(oid(OIDS.localKeyId), set(octetString(keyId))),
    );
  const certBags = input.certificates.map((der, i) => {
    const value = seq(oid(OIDS.x509Certificate), explicit(0, octetString(der)));
    return seq(oid(OIDS.certBag), explicit(0, value), ...(i === 0 ? [attrs(true)] : []));
  });
  const certSafe = tripleDesEncrypt(seq(...certBags), bmp, iterations);
  const encryptedData = seq(
    integer(0),
    seq(oid(OIDS.data), certSafe.alg, Buffer.concat([Buffer.from([0x80]), lengthBytes(certSafe.data.length), certSafe.data])),
  );
  const keyEnc = tripleDesEncrypt(input.keyDer, bmp, iterations);
  const keyBag = seq(oid(OIDS.shroudedKeyBag), explicit(0, seq(keyEnc.alg, octetString(keyEnc.data))), attrs(true));
  const authSafe = seq(seq(oid(OIDS.encryptedData), explicit(0, encryptedData)), seq(oid(OIDS.data), explicit(0, octetString(seq(keyBag)))));
  const macSalt = randomBytes(8);
  const macKey = pkcs12Kdf('sha1', bmp, macSalt, 3, iterations, 20);
  const mac = createHmac('sha1', macKey).update(authSafe).digest();
  const macData = seq(seq(seq(oid('1.3.14.3.2.26'), Buffer.from([TAG.NULL, 0])), octetString(mac)), octetString(macSalt), integer(iterations));
  return seq(integer(3), seq(oid(OIDS.data), explicit(0, octetString(authSafe))), macData);
}
