export const id = 993;
export const ids = [993];
export const modules = {

/***/ 8993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W4: () => (/* binding */ OIDS),
  Kz: () => (/* binding */ PasswordError),
  Wt: () => (/* binding */ UnsupportedError),
  cB: () => (/* binding */ buildLegacyPkcs12),
  $r: () => (/* binding */ isPkcs12),
  X$: () => (/* binding */ readPkcs12)
});

// UNUSED EXPORTS: bmpPassword, pbeDecrypt, pkcs12Kdf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/certs/iterated-hash.ts
// H^n(x) for the PKCS#12 key derivation, which hashes its own output thousands of times.
// Node has no iterated digest, and a createHash object per round costs ~3 µs (a 3DES PFX needs
// ~14,000 rounds: 40 ms, three times `openssl pkcs12`). After the first round the input is one
// fixed-size digest, i.e. exactly one padded block, so the rounds below run only the SHA-1/SHA-256
// compression function on 32-bit words. The first round and every other hash use Node's crypto;
// test/certs-kdf.test.ts checks these rounds against createHash.

const K256 = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
    0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
    0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
function toWords(b, n) {
    const w = new Int32Array(n);
    for (let i = 0; i < n; i++)
        w[i] = b.readInt32BE(i * 4);
    return w;
}
function fromWords(w, n) {
    const b = Buffer.alloc(n * 4);
    for (let i = 0; i < n; i++)
        b.writeInt32BE(w[i], i * 4);
    return b;
}
function sha1Rounds(digest, rounds) {
    const W = new Int32Array(80);
    const h = toWords(digest, 5);
    for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < 5; i++)
            W[i] = h[i];
        W[5] = 0x80000000 | 0;
        for (let i = 6; i < 15; i++)
            W[i] = 0;
        W[15] = 160;
        for (let i = 16; i < 80; i++) {
            const x = W[i - 3] ^ W[i - 8] ^ W[i - 14] ^ W[i - 16];
            W[i] = (x << 1) | (x >>> 31);
        }
        let a = 0x67452301 | 0, b = 0xefcdab89 | 0, c = 0x98badcfe | 0, d = 0x10325476 | 0, e = 0xc3d2e1f0 | 0;
        for (let i = 0; i < 80; i++) {
            let f, k;
            if (i < 20) {
                f = (b & c) | (~b & d);
                k = 0x5a827999;
            }
            else if (i < 40) {
                f = b ^ c ^ d;
                k = 0x6ed9eba1;
            }
            else if (i < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8f1bbcdc | 0;
            }
            else {
                f = b ^ c ^ d;
                k = 0xca62c1d6 | 0;
            }
            const t = (((a << 5) | (a >>> 27)) + f + e + k + W[i]) | 0;
            e = d;
            d = c;
            c = (b << 30) | (b >>> 2);
            b = a;
            a = t;
        }
        h[0] = (0x67452301 + a) | 0;
        h[1] = (0xefcdab89 + b) | 0;
        h[2] = (0x98badcfe + c) | 0;
        h[3] = (0x10325476 + d) | 0;
        h[4] = (0xc3d2e1f0 + e) | 0;
    }
    return fromWords(h, 5);
}
const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19].map((x) => x | 0);
function sha256Rounds(digest, rounds) {
    const W = new Int32Array(64);
    const h = toWords(digest, 8);
    for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < 8; i++)
            W[i] = h[i];
        W[8] = 0x80000000 | 0;
        for (let i = 9; i < 15; i++)
            W[i] = 0;
        W[15] = 256;
        for (let i = 16; i < 64; i++) {
            const x = W[i - 15], y = W[i - 2];
            const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
            const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
            W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
        }
        let a = IV256[0], b = IV256[1], c = IV256[2], d = IV256[3], e = IV256[4], f = IV256[5], g = IV256[6], hh = IV256[7];
        for (let i = 0; i < 64; i++) {
            const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K256[i] + W[i]) | 0;
            const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = (IV256[0] + a) | 0;
        h[1] = (IV256[1] + b) | 0;
        h[2] = (IV256[2] + c) | 0;
        h[3] = (IV256[3] + d) | 0;
        h[4] = (IV256[4] + e) | 0;
        h[5] = (IV256[5] + f) | 0;
        h[6] = (IV256[6] + g) | 0;
        h[7] = (IV256[7] + hh) | 0;
    }
    return fromWords(h, 8);
}
/** hash applied `iterations` times: H(H(...H(parts...))). */
function iteratedHash(hash, parts, iterations) {
    const first = (0,external_node_crypto_.createHash)(hash);
    for (const p of parts)
        first.update(p);
    let out = first.digest();
    if (iterations <= 1)
        return out;
    if (hash === 'sha1')
        return sha1Rounds(out, iterations - 1);
    if (hash === 'sha256')
        return sha256Rounds(out, iterations - 1);
    for (let r = 1; r < iterations; r++)
        out = (0,external_node_crypto_.createHash)(hash).update(out).digest();
    return out;
}

// EXTERNAL MODULE: ./src/certs/der.ts
var certs_der = __webpack_require__(5672);
;// CONCATENATED MODULE: ./src/certs/pkcs12.ts
// PKCS#12 (PFX) read and write on Node's native crypto. node-forge can open PFX files, but its
// pure-JS key derivation is slow, it cannot hold EC keys or certificates, and it derives keys from
// non-ASCII passwords differently from OpenSSL and Windows. Here the PKCS#12 KDF (RFC 7292 B.2)
// runs on createHash, PBES2 on pbkdf2Sync, and the ciphers on createDecipheriv; forge is loaded
// only for the RC2 ciphers that OpenSSL 3 keeps in its legacy provider.



const OIDS = {
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
};
const HASH_BY_OID = {
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.4': 'sha224',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
    '1.2.840.113549.2.5': 'md5',
};
const HMAC_BY_OID = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
};
const CIPHER_BY_OID = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
    '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};
const PBE_NAMES = {
    [OIDS.pbeSha1TripleDes]: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
    [OIDS.pbeSha1TwoKeyTripleDes]: 'pbeWithSHAAnd2-KeyTripleDES-CBC',
    [OIDS.pbeSha1Rc2_128]: 'pbeWithSHAAnd128BitRC2-CBC',
    [OIDS.pbeSha1Rc2_40]: 'pbewithSHAAnd40BitRC2-CBC',
    [OIDS.pbeSha1Rc4_128]: 'pbeWithSHAAnd128BitRC4',
    [OIDS.pbeSha1Rc4_40]: 'pbeWithSHAAnd40BitRC4',
};
/** short names used in the report's `container.encryption` */
const PBE_SHORT = {
    [OIDS.pbeSha1TripleDes]: '3des',
    [OIDS.pbeSha1TwoKeyTripleDes]: '2des',
    [OIDS.pbeSha1Rc2_128]: 'rc2-128',
    [OIDS.pbeSha1Rc2_40]: 'rc2-40',
    [OIDS.pbeSha1Rc4_128]: 'rc4-128',
    [OIDS.pbeSha1Rc4_40]: 'rc4-40',
};
/** Thrown when the password does not open the container. */
class PasswordError extends Error {
    name = 'PasswordError';
}
/** Thrown for a container that uses something we cannot open. */
class UnsupportedError extends Error {
    name = 'UnsupportedError';
}
// OpenSSL and Windows use 2,000-10,000; a hostile file must not cost more than about a second
const MAX_ITERATIONS = 1_000_000;
/** The PKCS#12 password encoding: UTF-16BE with a two-byte terminator (BMPString). */
function bmpPassword(password) {
    return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}
const BLOCK_SIZE = { md5: 64, sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128 };
/** RFC 7292 appendix B.2 key derivation; `id` 1 = key, 2 = IV, 3 = MAC key. */
function pkcs12Kdf(hash, password, salt, id, iterations, length) {
    const v = BLOCK_SIZE[hash];
    if (!v)
        throw new UnsupportedError(`hash ${hash} is not supported for the PKCS#12 key derivation`);
    const u = (0,external_node_crypto_.createHash)(hash).digest().length;
    const fill = (src) => {
        if (src.length === 0)
            return Buffer.alloc(0);
        const out = Buffer.alloc(v * Math.ceil(src.length / v));
        for (let i = 0; i < out.length; i++)
            out[i] = src[i % src.length];
        return out;
    };
    const D = Buffer.alloc(v, id);
    const I = Buffer.concat([fill(salt), fill(password)]);
    const out = Buffer.alloc(Math.ceil(length / u) * u);
    for (let block = 0; block * u < length; block++) {
        const A = iteratedHash(hash, [D, I], iterations);
        A.copy(out, block * u);
        if ((block + 1) * u >= length)
            break;
        const B = fill(A);
        for (let j = 0; j < I.length; j += v) {
            let carry = 1;
            for (let k = v - 1; k >= 0; k--) {
                const sum = I[j + k] + B[k] + carry;
                I[j + k] = sum & 0xff;
                carry = sum >> 8;
            }
        }
    }
    return out.subarray(0, length);
}
/** Password forms tried against the MAC: the standard BMPString, OpenSSL's form for no password,
 * and the byte-wise form older OpenSSL versions used for non-ASCII passwords. */
function passwordCandidates(password) {
    const list = [bmpPassword(password)];
    if (password === '')
        list.push(Buffer.alloc(0));
    const utf8 = Buffer.from(password, 'utf8');
    if (utf8.length !== password.length)
        list.push(bmpPassword(utf8.toString('latin1')));
    return list;
}
function checkIterations(n) {
    if (n < 1 || n > MAX_ITERATIONS)
        throw new UnsupportedError(`an iteration count of ${n} is outside the accepted range`);
    return n;
}
async function rc2Decrypt(key, iv, data, bits) {
    const forge = (await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.t.bind(__webpack_require__, 8542, 23))).default;
    const cipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('binary')), bits);
    cipher.start(forge.util.createBuffer(iv.toString('binary')));
    cipher.update(forge.util.createBuffer(data.toString('binary')));
    if (!cipher.finish())
        throw new PasswordError('bad decrypt');
    return Buffer.from(cipher.output.getBytes(), 'binary');
}
function decipher(name, key, iv, data) {
    try {
        const d = (0,external_node_crypto_.createDecipheriv)(name, key, iv);
        return Buffer.concat([d.update(data), d.final()]);
    }
    catch (err) {
        const code = err.code ?? '';
        if (/BAD_DECRYPT|WRONG_FINAL_BLOCK_LENGTH/.test(code) || /bad decrypt|final block/i.test(String(err)))
            throw new PasswordError('bad decrypt');
        throw new UnsupportedError(`cipher ${name} is not available`);
    }
}
/** Decrypts with a PKCS#12 PBE or PBES2 algorithm identifier. `bmp` is the password encoding that
 * verified the MAC; `utf8` is the password as bytes for PBES2. */
async function pbeDecrypt(alg, data, bmp, utf8) {
    const algOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0));
    const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
    if (algOid === OIDS.pbes2) {
        const kdf = (0,certs_der/* child */.jf)(params, 0, certs_der/* TAG */.Dk.SEQUENCE);
        const scheme = (0,certs_der/* child */.jf)(params, 1, certs_der/* TAG */.Dk.SEQUENCE);
        if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(kdf, 0)) !== OIDS.pbkdf2)
            throw new UnsupportedError('PBES2 with a key derivation other than PBKDF2 is not supported');
        const kp = (0,certs_der/* child */.jf)(kdf, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(kp, 0));
        const iterations = checkIterations((0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(kp, 1)));
        let prf = 'sha1';
        for (const extra of kp.children.slice(2)) {
            if (extra.tag === certs_der/* TAG */.Dk.SEQUENCE) {
                const p = HMAC_BY_OID[(0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(extra, 0))];
                if (!p)
                    throw new UnsupportedError('PBKDF2 with an unknown PRF is not supported');
                prf = p;
            }
        }
        const cipher = CIPHER_BY_OID[(0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(scheme, 0))];
        if (!cipher)
            throw new UnsupportedError('PBES2 with an unknown cipher is not supported');
        const iv = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(scheme, 1));
        const key = (0,external_node_crypto_.pbkdf2Sync)(utf8, salt, iterations, cipher.keyLength, prf);
        const plain = decipher(cipher.name, key, iv, data);
        return { plain, encryption: cipher.name, algorithm: `PBES2/PBKDF2-hmacWith${prf.toUpperCase()}/${cipher.name}`, iterations, pbes2: true };
    }
    const name = PBE_NAMES[algOid];
    if (!name)
        throw new UnsupportedError(`encryption algorithm ${algOid} is not supported`);
    const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(params, 0));
    const iterations = checkIterations(params.children[1] ? (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(params, 1)) : 1);
    const result = (plain) => ({ plain, encryption: PBE_SHORT[algOid], algorithm: name, iterations, pbes2: false });
    switch (algOid) {
        case OIDS.pbeSha1TripleDes:
        case OIDS.pbeSha1TwoKeyTripleDes: {
            const keyLength = algOid === OIDS.pbeSha1TripleDes ? 24 : 16;
            const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, keyLength);
            const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
            return result(decipher(keyLength === 24 ? 'des-ede3-cbc' : 'des-ede-cbc', key, iv, data));
        }
        case OIDS.pbeSha1Rc2_40:
        case OIDS.pbeSha1Rc2_128: {
            const bits = algOid === OIDS.pbeSha1Rc2_40 ? 40 : 128;
            const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, bits / 8);
            const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
            return result(await rc2Decrypt(key, iv, data, bits));
        }
        default:
            throw new UnsupportedError(`${name} encryption is not supported; re-export the file with AES-256 or 3DES`);
    }
}
/** Is this parsed DER a PFX (version 3 + data ContentInfo)? */
function isPkcs12(top) {
    if (top.tag !== certs_der/* TAG */.Dk.SEQUENCE || top.children.length < 2)
        return false;
    const [version, authSafe] = top.children;
    if (version.tag !== certs_der/* TAG */.Dk.INTEGER || authSafe.tag !== certs_der/* TAG */.Dk.SEQUENCE || !authSafe.children[0])
        return false;
    try {
        return (0,certs_der/* intOf */.L0)(version) === 3 && (0,certs_der/* oidOf */._f)(authSafe.children[0]) === OIDS.data;
    }
    catch {
        return false;
    }
}
function macVerify(macData, data, candidates, utf8) {
    const digestInfo = (0,certs_der/* child */.jf)(macData, 0, certs_der/* TAG */.Dk.SEQUENCE);
    const alg = (0,certs_der/* child */.jf)(digestInfo, 0, certs_der/* TAG */.Dk.SEQUENCE);
    const expected = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(digestInfo, 1));
    const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(macData, 1));
    const iterations = checkIterations(macData.children[2] ? (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(macData, 2)) : 1);
    const algOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0));
    if (algOid === OIDS.pbmac1) {
        // RFC 9579: PBKDF2 over the UTF-8 password, then HMAC
        const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const kdf = (0,certs_der/* child */.jf)(params, 0, certs_der/* TAG */.Dk.SEQUENCE);
        if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(kdf, 0)) !== OIDS.pbkdf2)
            throw new UnsupportedError('PBMAC1 with a key derivation other than PBKDF2 is not supported');
        const p = (0,certs_der/* child */.jf)(kdf, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const pSalt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(p, 0));
        const pIter = checkIterations((0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(p, 1)));
        const keyLength = (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(p, 2));
        let prf = 'sha1';
        if (p.children[3])
            prf = HMAC_BY_OID[(0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(p.children[3], 0))] ?? 'sha1';
        const hmacHash = HMAC_BY_OID[(0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(params, 1), 0))];
        if (!hmacHash)
            throw new UnsupportedError('PBMAC1 with an unknown MAC is not supported');
        const key = (0,external_node_crypto_.pbkdf2Sync)(utf8, pSalt, pIter, keyLength, prf);
        const got = (0,external_node_crypto_.createHmac)(hmacHash, key).update(data).digest();
        if (got.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(got, expected))
            return { bmp: candidates[0], mac: `pbmac1-${hmacHash}`, iterations: pIter };
        throw new PasswordError('mac');
    }
    const hash = HASH_BY_OID[algOid];
    if (!hash)
        throw new UnsupportedError(`MAC digest ${algOid} is not supported`);
    const size = (0,external_node_crypto_.createHash)(hash).digest().length;
    for (const bmp of candidates) {
        const key = pkcs12Kdf(hash, bmp, salt, 3, iterations, size);
        const got = (0,external_node_crypto_.createHmac)(hash, key).update(data).digest();
        if (got.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(got, expected))
            return { bmp, mac: hash, iterations };
    }
    throw new PasswordError('mac');
}
function attributesOf(bag) {
    const attrs = bag.children[2];
    if (!attrs || attrs.tag !== certs_der/* TAG */.Dk.SET)
        return {};
    for (const a of attrs.children) {
        if (a.tag === certs_der/* TAG */.Dk.SEQUENCE && a.children[0]?.tag === certs_der/* TAG */.Dk.OID && (0,certs_der/* oidOf */._f)(a.children[0]) === OIDS.localKeyId) {
            const value = a.children[1]?.children[0];
            if (value && (value.tag & 0x1f) === certs_der/* TAG */.Dk.OCTET_STRING)
                return { localKeyId: (0,certs_der/* octets */.tu)(value).toString('hex') };
        }
    }
    return {};
}
/** Opens a PFX. Throws PasswordError (wrong password), UnsupportedError, or DerError (corrupt). */
async function readPkcs12(top, password) {
    const authSafe = (0,certs_der/* child */.jf)(top, 1, certs_der/* TAG */.Dk.SEQUENCE);
    const authData = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(authSafe, 1), 0));
    const utf8 = Buffer.from(password, 'utf8');
    const candidates = passwordCandidates(password);
    const out = { certificates: [], keys: [], encryption: 'none', algorithms: [], pbes2: false };
    let bmp = candidates[0];
    const macData = top.children[2];
    if (macData) {
        const verified = macVerify(macData, authData, candidates, utf8);
        bmp = verified.bmp;
        out.mac = verified.mac;
        out.macIterations = verified.iterations;
    }
    const safes = (0,certs_der/* parseDer */.zE)(authData);
    if (safes.tag !== certs_der/* TAG */.Dk.SEQUENCE)
        throw new certs_der/* DerError */.I4('PKCS#12 authenticated safe is not a SEQUENCE');
    const note = (r, what) => {
        if (!out.algorithms.includes(r.algorithm))
            out.algorithms.push(r.algorithm);
        if (r.pbes2)
            out.pbes2 = true;
        if (what === 'key')
            out.keyEncryption ??= r.encryption;
        else
            out.certEncryption ??= r.encryption;
        out.iterations = Math.max(out.iterations ?? 0, r.iterations);
    };
    const decrypt = async (alg, data, what) => {
        try {
            const r = await pbeDecrypt(alg, data, bmp, utf8);
            note(r, what);
            return r.plain;
        }
        catch (err) {
            // without a MAC, a failed decryption is the only sign of a wrong password
            if (err instanceof PasswordError && macData)
                throw new certs_der/* DerError */.I4('PKCS#12 content does not decrypt although the MAC matched');
            throw err;
        }
    };
    for (const info of safes.children) {
        const type = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(info, 0));
        let safeContents;
        if (type === OIDS.data)
            safeContents = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(info, 1), 0));
        else if (type === OIDS.encryptedData) {
            const encryptedData = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(info, 1), 0, certs_der/* TAG */.Dk.SEQUENCE);
            const eci = (0,certs_der/* child */.jf)(encryptedData, 1, certs_der/* TAG */.Dk.SEQUENCE);
            const alg = (0,certs_der/* child */.jf)(eci, 1, certs_der/* TAG */.Dk.SEQUENCE);
            const body = (0,certs_der/* child */.jf)(eci, 2);
            // [0] IMPLICIT OCTET STRING: primitive (0x80) or constructed (0xa0)
            const data = (body.tag & 0x20) === 0 ? (0,certs_der/* content */.Qs)(body) : Buffer.concat(body.children.map(certs_der/* octets */.tu));
            safeContents = await decrypt(alg, data, 'cert');
        }
        else
            throw new UnsupportedError('PKCS#12 public-key (enveloped) content is not supported');
        const bags = (0,certs_der/* parseDer */.zE)(safeContents);
        for (const bag of bags.children) {
            const bagId = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(bag, 0));
            const value = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(bag, 1), 0);
            const attrs = attributesOf(bag);
            if (bagId === OIDS.certBag) {
                if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(value, 0)) !== OIDS.x509Certificate)
                    continue;
                out.certificates.push({ der: (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(value, 1), 0)), ...attrs });
            }
            else if (bagId === OIDS.keyBag) {
                out.keys.push({ der: Buffer.from((0,certs_der/* raw */.lS)(value)), ...attrs });
            }
            else if (bagId === OIDS.shroudedKeyBag) {
                const alg = (0,certs_der/* child */.jf)(value, 0, certs_der/* TAG */.Dk.SEQUENCE);
                out.keys.push({ der: await decrypt(alg, (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(value, 1)), 'key'), ...attrs });
            }
        }
    }
    out.encryption = out.keyEncryption ?? out.certEncryption ?? 'none';
    return out;
}
function tripleDesEncrypt(plain, bmp, iterations) {
    const salt = (0,external_node_crypto_.randomBytes)(8);
    const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, 24);
    const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
    const c = (0,external_node_crypto_.createCipheriv)('des-ede3-cbc', key, iv);
    const data = Buffer.concat([c.update(plain), c.final()]);
    return { alg: (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.pbeSha1TripleDes), (0,certs_der/* seq */.O6)((0,certs_der/* octetString */.J8)(salt), (0,certs_der/* integer */.nd)(iterations))), data };
}
/** Builds a PFX that every Windows version imports: key and certificates encrypted with
 * pbeWithSHAAnd3-KeyTripleDES-CBC, and an HMAC-SHA1 MAC (what `openssl pkcs12 -export -legacy` writes). */
function buildLegacyPkcs12(input) {
    const iterations = input.iterations ?? 2048;
    const bmp = bmpPassword(input.password);
    const leafDer = input.certificates[0];
    if (!leafDer)
        throw new Error('a PFX needs at least the leaf certificate');
    const keyId = (0,external_node_crypto_.createHash)('sha1').update(leafDer).digest();
    const attrs = (withName) => (0,certs_der/* set */.hZ)(...(withName && input.friendlyName ? [(0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.friendlyName), (0,certs_der/* set */.hZ)((0,certs_der/* bmpString */.nb)(input.friendlyName)))] : []), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.localKeyId), (0,certs_der/* set */.hZ)((0,certs_der/* octetString */.J8)(keyId))));
    const certBags = input.certificates.map((der, i) => {
        const value = (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.x509Certificate), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)(der)));
        return (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.certBag), (0,certs_der/* explicit */.pc)(0, value), ...(i === 0 ? [attrs(true)] : []));
    });
    const certSafe = tripleDesEncrypt((0,certs_der/* seq */.O6)(...certBags), bmp, iterations);
    const encryptedData = (0,certs_der/* seq */.O6)((0,certs_der/* integer */.nd)(0), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), certSafe.alg, Buffer.concat([Buffer.from([0x80]), (0,certs_der/* lengthBytes */.m)(certSafe.data.length), certSafe.data])));
    const keyEnc = tripleDesEncrypt(input.keyDer, bmp, iterations);
    const keyBag = (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.shroudedKeyBag), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* seq */.O6)(keyEnc.alg, (0,certs_der/* octetString */.J8)(keyEnc.data))), attrs(true));
    const authSafe = (0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.encryptedData), (0,certs_der/* explicit */.pc)(0, encryptedData)), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)((0,certs_der/* seq */.O6)(keyBag)))));
    const macSalt = (0,external_node_crypto_.randomBytes)(8);
    const macKey = pkcs12Kdf('sha1', bmp, macSalt, 3, iterations, 20);
    const mac = (0,external_node_crypto_.createHmac)('sha1', macKey).update(authSafe).digest();
    const macData = (0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)('1.3.14.3.2.26'), Buffer.from([certs_der/* TAG */.Dk.NULL, 0])), (0,certs_der/* octetString */.J8)(mac)), (0,certs_der/* octetString */.J8)(macSalt), (0,certs_der/* integer */.nd)(iterations));
    return (0,certs_der/* seq */.O6)((0,certs_der/* integer */.nd)(3), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)(authSafe))), macData);
}


/***/ })

};
