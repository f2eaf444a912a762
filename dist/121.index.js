export const id = 121;
export const ids = [121];
export const modules = {

/***/ 5766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ NAME_CONSTRAINT_COMPARISONS),
/* harmony export */   Y$: () => (/* binding */ withBudget),
/* harmony export */   __: () => (/* binding */ Budget),
/* harmony export */   x5: () => (/* binding */ SIGNATURE_CHECKS),
/* harmony export */   ze: () => (/* binding */ currentBudget)
/* harmony export */ });
// The work one validation may do, as rustls-webpki bounds path building: a fixed number of
// signature checks and of name-constraint comparisons per chain judged (a file's chain or a served
// one). Every loop that grows with a hostile input spends from the budget in effect; when a budget
// runs out, the work stops there and the finding says which budget it was. The bound lives here.
//
// The budget in effect is one module value, set for the span of one synchronous validation
// (`withBudget`): no other validation can run in between, so the signature checks deep in x509.ts
// and the name-constraint loops need no extra parameter.
/** rustls-webpki's numbers: 100 signature checks, 250,000 name-constraint comparisons. */
const SIGNATURE_CHECKS = 100;
const NAME_CONSTRAINT_COMPARISONS = 250_000;
class Budget {
    signatures;
    comparisons;
    /** the first budget that ran out, if any */
    exhausted;
    constructor(signatures = SIGNATURE_CHECKS, comparisons = NAME_CONSTRAINT_COMPARISONS) {
        this.signatures = signatures;
        this.comparisons = comparisons;
    }
    /** Spends one signature check; false (and `exhausted` set) when none is left. */
    signature() {
        if (this.signatures <= 0) {
            this.exhausted ??= 'signature checks';
            return false;
        }
        this.signatures--;
        return true;
    }
    /** Spends `n` name-constraint comparisons; false (and `exhausted` set) when they are not left. */
    comparison(n = 1) {
        if (this.comparisons < n) {
            this.comparisons = 0;
            this.exhausted ??= 'name-constraint comparisons';
            return false;
        }
        this.comparisons -= n;
        return true;
    }
    get signaturesLeft() {
        return this.signatures;
    }
    get comparisonsLeft() {
        return this.comparisons;
    }
}
/** No budget in effect: work outside a validation (reading a file, loading trust) is not charged. */
const UNBOUNDED = new Budget(Infinity, Infinity);
let active = UNBOUNDED;
/** The budget in effect. */
function currentBudget() {
    return active;
}
/** Runs `fn` with `budget` in effect, and restores the one before (validations do not nest, but a
 * throw must not leave a spent budget behind). */
function withBudget(budget, fn) {
    const before = active;
    active = budget;
    try {
        return fn();
    }
    finally {
        active = before;
    }
}


/***/ }),

/***/ 5672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   I4: () => (/* binding */ DerError),
/* harmony export */   J8: () => (/* binding */ octetString),
/* harmony export */   L0: () => (/* binding */ intOf),
/* harmony export */   O6: () => (/* binding */ seq),
/* harmony export */   Qs: () => (/* binding */ content),
/* harmony export */   _f: () => (/* binding */ oidOf),
/* harmony export */   hZ: () => (/* binding */ set),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   jq: () => (/* binding */ oid),
/* harmony export */   lF: () => (/* binding */ encode),
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   m: () => (/* binding */ lengthBytes),
/* harmony export */   nb: () => (/* binding */ bmpString),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   zE: () => (/* binding */ parseDer)
/* harmony export */ });
// A small, bounded ASN.1 reader/writer for the containers Node's crypto cannot open (PKCS#12,
// PKCS#7). It reads DER and the BER that Windows and Java sometimes write (indefinite lengths,
// constructed OCTET STRINGs), and hands raw certificate DER to X509Certificate untouched.
const TAG = {
    BOOLEAN: 0x01,
    INTEGER: 0x02,
    BIT_STRING: 0x03,
    OCTET_STRING: 0x04,
    NULL: 0x05,
    OID: 0x06,
    UTF8_STRING: 0x0c,
    BMP_STRING: 0x1e,
    SEQUENCE: 0x30,
    SET: 0x31,
};
/** Thrown for malformed or truncated ASN.1; callers turn it into `cert-unreadable`. */
class DerError extends Error {
    refused;
    name = 'DerError';
    /** `refused`: well-formed, but past a limit or in a form this reader does not take (not corrupt) */
    constructor(message, refused = false) {
        super(message);
        this.refused = refused;
    }
}
const MAX_DEPTH = 40;
const MAX_NODES = 200_000;
/** Parses one element at `offset`; throws DerError when it does not fit inside `limit`. */
function parseDer(buf, offset = 0, limit = buf.length) {
    const counter = { nodes: 0 };
    return parseAt(buf, offset, limit, 0, counter);
}
function parseAt(buf, offset, limit, depth, counter) {
    if (depth > MAX_DEPTH)
        throw new DerError(`ASN.1 nested more than ${MAX_DEPTH} levels deep`, true);
    if (++counter.nodes > MAX_NODES)
        throw new DerError(`ASN.1 with more than ${MAX_NODES} elements`, true);
    if (offset + 2 > limit)
        throw new DerError('ASN.1 truncated');
    const tag = buf[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError('ASN.1 tags above 30 (high-tag-number form), which no certificate container uses', true);
    let pos = offset + 1;
    const first = buf[pos++];
    let length = -1;
    if (first < 0x80)
        length = first;
    else if (first > 0x80) {
        const n = first & 0x7f;
        if (pos + n > limit)
            throw new DerError('ASN.1 length truncated');
        // BER allows leading zero octets in a long-form length
        length = 0;
        for (let i = 0; i < n; i++) {
            length = length * 256 + buf[pos++];
            if (length > 0xffffffff)
                throw new DerError('ASN.1 length over 4 GiB');
        }
    }
    const constructed = (tag & 0x20) !== 0;
    const node = { tag, start: offset, contentStart: pos, contentEnd: pos, end: pos, buf, children: [] };
    if (length >= 0) {
        if (pos + length > limit)
            throw new DerError('ASN.1 truncated');
        node.contentEnd = node.end = pos + length;
        if (constructed) {
            let p = pos;
            while (p < node.contentEnd) {
                const child = parseAt(buf, p, node.contentEnd, depth + 1, counter);
                node.children.push(child);
                p = child.end;
            }
        }
        return node;
    }
    // indefinite length (BER): children until the end-of-contents octets 00 00
    if (!constructed)
        throw new DerError('ASN.1 indefinite length on a primitive element');
    let p = pos;
    for (;;) {
        if (p + 2 > limit)
            throw new DerError('ASN.1 truncated');
        if (buf[p] === 0 && buf[p + 1] === 0)
            break;
        const child = parseAt(buf, p, limit, depth + 1, counter);
        node.children.push(child);
        p = child.end;
    }
    node.contentEnd = p;
    node.end = p + 2;
    return node;
}
/** The content octets of a primitive element. */
function content(node) {
    return node.buf.subarray(node.contentStart, node.contentEnd);
}
/** The whole encoding of an element (identifier, length and content). */
function raw(node) {
    return node.buf.subarray(node.start, node.end);
}
/** The octets of an OCTET STRING, joining the pieces of a constructed (BER) one. */
function octets(node) {
    if ((node.tag & 0x1f) !== TAG.OCTET_STRING)
        throw new DerError('expected an OCTET STRING');
    if ((node.tag & 0x20) === 0)
        return content(node);
    return Buffer.concat(node.children.map(octets));
}
function child(node, index, tag) {
    const c = node.children[index];
    if (!c)
        throw new DerError('ASN.1 element missing');
    if (tag !== undefined && c.tag !== tag)
        throw new DerError(`ASN.1 tag 0x${c.tag.toString(16)} where 0x${tag.toString(16)} was expected`);
    return c;
}
function oidOf(node) {
    if (node.tag !== TAG.OID)
        throw new DerError('expected an OBJECT IDENTIFIER');
    const b = content(node);
    if (b.length === 0)
        throw new DerError('empty OBJECT IDENTIFIER');
    const parts = [];
    let value = 0;
    for (const byte of b) {
        value = value * 128 + (byte & 0x7f);
        if (value > Number.MAX_SAFE_INTEGER / 256)
            throw new DerError('OBJECT IDENTIFIER arc too large');
        if ((byte & 0x80) === 0) {
            if (parts.length === 0) {
                const first = value < 80 ? Math.floor(value / 40) : 2;
                parts.push(first, value - first * 40);
            }
            else
                parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
function intOf(node) {
    if (node.tag !== TAG.INTEGER)
        throw new DerError('expected an INTEGER');
    const b = content(node);
    if (b.length === 0 || b.length > 6)
        throw new DerError('INTEGER out of range');
    let v = 0;
    for (const byte of b)
        v = v * 256 + byte;
    return v;
}
// --- writer (DER) ---
/** The DER length octets of a body of `n` bytes. */
function lengthBytes(n) {
    if (n < 0x80)
        return Buffer.from([n]);
    const bytes = [];
    while (n > 0) {
        bytes.unshift(n & 0xff);
        n = Math.floor(n / 256);
    }
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
function encode(tag, ...parts) {
    const body = Buffer.concat(parts);
    return Buffer.concat([Buffer.from([tag]), lengthBytes(body.length), body]);
}
const seq = (...parts) => encode(TAG.SEQUENCE, ...parts);
const set = (...parts) => encode(TAG.SET, ...parts);
const octetString = (b) => encode(TAG.OCTET_STRING, b);
/** [n] EXPLICIT (constructed context-specific) */
const explicit = (n, ...parts) => encode(0xa0 | n, ...parts);
function integer(n) {
    const bytes = [];
    do {
        bytes.unshift(n & 0xff);
        n = Math.floor(n / 256);
    } while (n > 0);
    if (bytes[0] & 0x80)
        bytes.unshift(0);
    return encode(TAG.INTEGER, Buffer.from(bytes));
}
function oid(dotted) {
    const arcs = dotted.split('.').map(Number);
    const out = [];
    const push = (v) => {
        const stack = [v & 0x7f];
        v = Math.floor(v / 128);
        while (v > 0) {
            stack.unshift((v & 0x7f) | 0x80);
            v = Math.floor(v / 128);
        }
        out.push(...stack);
    };
    push(arcs[0] * 40 + arcs[1]);
    for (const a of arcs.slice(2))
        push(a);
    return encode(TAG.OID, Buffer.from(out));
}
function bmpString(s) {
    const le = Buffer.from(s, 'utf16le');
    return encode(TAG.BMP_STRING, le.swap16());
}


/***/ }),

/***/ 2639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   HA: () => (/* binding */ thresholdText),
/* harmony export */   RZ: () => (/* binding */ DEFAULT_FAIL),
/* harmony export */   gP: () => (/* binding */ thresholdMs),
/* harmony export */   zi: () => (/* binding */ DEFAULT_WARN)
/* harmony export */ });
/* unused harmony export spanText */
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
// When a certificate's remaining life is "soon": warn-days and fail-days as whole days, as a share
// of the certificate's own lifetime ("33%"), or — by default — the smaller of both (30 days and a
// third of the lifetime to warn, where ACME clients renew; 7 days and a tenth to fail). One owner
// for the arithmetic, so check, scan and verify judge a 47-day certificate the same way.

const DEFAULT_WARN = { days: 30, share: 1 / 3 };
const DEFAULT_FAIL = { days: 7, share: 1 / 10 };
/** The threshold in milliseconds before notAfter for a certificate that lives `lifetimeMs`. */
function thresholdMs(threshold, lifetimeMs) {
    const t = typeof threshold === 'number' ? { days: threshold } : threshold;
    const parts = [];
    if (t.days !== undefined)
        parts.push(t.days * _x509_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    if (t.share !== undefined && Number.isFinite(lifetimeMs) && lifetimeMs > 0)
        parts.push(t.share * lifetimeMs);
    return parts.length ? Math.min(...parts) : 0;
}
/** "15.6 days", "14 hours": a duration as a person reads it. */
function spanText(ms) {
    const days = ms / _x509_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    if (days >= 1) {
        const rounded = Math.round(days * 10) / 10;
        return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} day${rounded === 1 ? '' : 's'}`;
    }
    const hours = Math.round(ms / 3_600_000);
    return `${hours} hour${hours === 1 ? '' : 's'}`;
}
/**
 * Why the threshold is where it is, for a message: "30 days", "a third of its 47-day lifetime:
 * 15.7 days". Only the part that decided is named.
 */
function thresholdText(threshold, lifetimeMs) {
    const t = typeof threshold === 'number' ? { days: threshold } : threshold;
    const ms = thresholdMs(t, lifetimeMs);
    const byShare = t.share !== undefined && lifetimeMs > 0 && t.share * lifetimeMs <= (t.days ?? Infinity) * _x509_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO;
    if (!byShare)
        return spanText(ms);
    const life = Math.round(lifetimeMs / _x509_js__WEBPACK_IMPORTED_MODULE_0__/* .DAY_MS */ .sO);
    return `${shareText(t.share)} of its ${life}-day lifetime: ${spanText(ms)}`;
}
function shareText(share) {
    if (Math.abs(share - 1 / 3) < 1e-9)
        return 'a third';
    if (Math.abs(share - 1 / 10) < 1e-9)
        return 'a tenth';
    const pct = Math.round(share * 1000) / 10;
    return `${pct}%`;
}
/** Parses "30" (days) or "33%" (share of the lifetime); empty gives `def`. Null when malformed. */
function parseThreshold(raw, def) {
    const v = raw.trim();
    if (v === '')
        return def;
    const pct = /^(\d{1,3}(?:\.\d{1,2})?)\s*%$/.exec(v);
    if (pct) {
        const share = Number(pct[1]) / 100;
        return share > 0 && share <= 1 ? { share } : null;
    }
    if (/^\d{1,4}$/.test(v) && Number(v) <= 3650)
        return { days: Number(v) };
    return null;
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ sha256Thumbprint),
/* harmony export */   $F: () => (/* binding */ notBefore),
/* harmony export */   AV: () => (/* binding */ dayCount),
/* harmony export */   B: () => (/* binding */ hostCoverage),
/* harmony export */   C4: () => (/* binding */ rsaKeyRefusal),
/* harmony export */   Cb: () => (/* binding */ isSelfIssued),
/* harmony export */   Cw: () => (/* binding */ notAfter),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   FC: () => (/* binding */ rdnsOf),
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   K$: () => (/* binding */ hasExplicitCurve),
/* harmony export */   KJ: () => (/* binding */ commonNameOf),
/* harmony export */   LS: () => (/* binding */ commonName),
/* harmony export */   Nl: () => (/* binding */ isSelfSigned),
/* harmony export */   O1: () => (/* binding */ thumbprint),
/* harmony export */   PI: () => (/* binding */ shortNameOf),
/* harmony export */   Pf: () => (/* binding */ label),
/* harmony export */   QU: () => (/* binding */ extendedKeyUsageNames),
/* harmony export */   T1: () => (/* binding */ issuedBy),
/* harmony export */   Vv: () => (/* binding */ sanNames),
/* harmony export */   Vx: () => (/* binding */ OID),
/* harmony export */   Wm: () => (/* binding */ emailsInName),
/* harmony export */   Ww: () => (/* binding */ dnsNames),
/* harmony export */   Xb: () => (/* binding */ hasSanForHosts),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   YV: () => (/* binding */ namesIssuer),
/* harmony export */   _X: () => (/* binding */ subjectAltNames),
/* harmony export */   bH: () => (/* binding */ PROCESSED_CRITICAL),
/* harmony export */   jh: () => (/* binding */ keyUsageNames),
/* harmony export */   kb: () => (/* binding */ dayOf),
/* harmony export */   nD: () => (/* binding */ formatName),
/* harmony export */   ow: () => (/* binding */ subjectKey),
/* harmony export */   p_: () => (/* binding */ serialInfo),
/* harmony export */   sK: () => (/* binding */ verifiedBefore),
/* harmony export */   sO: () => (/* binding */ DAY_MS),
/* harmony export */   tE: () => (/* binding */ issuerKey),
/* harmony export */   tF: () => (/* binding */ ipBytes),
/* harmony export */   uc: () => (/* binding */ keyInfo),
/* harmony export */   v9: () => (/* binding */ isWeakSignature),
/* harmony export */   wO: () => (/* binding */ signatureAlgorithm),
/* harmony export */   wn: () => (/* binding */ subjectName),
/* harmony export */   wz: () => (/* binding */ serialNumber)
/* harmony export */ });
/* unused harmony exports RSA_MAX_EXPONENT_BITS, RSA_MAX_MODULUS_BITS, ipAddresses, hasSanExtension, KEY_USAGE, nameKey */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7962);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5766);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5672);
// X.509 facts: every property of one certificate the product reports or judges, defined once.
// Thumbprints, names and the common name, validity and days left, key, signature algorithm,
// self-signed, host coverage, and the extensions path validation needs (basic constraints, key
// usage, extended key usage, name constraints, critical extensions, version).
//
// Facts never throw: a certificate Node parsed can still have an empty subject (RFC 5280 allows
// it with a critical subjectAltName), a date Node cannot turn into a Date, a public key Node
// cannot load (DSA with inherited parameters, an unknown curve) or extensions our DER reader
// refuses. Such a fact is `undefined` / 'unknown' and the checks report it; nothing is thrown.





const DAY_MS = 86_400_000;
// --- identity ---
/** SHA-1 thumbprint: 40 upper-case hex digits, as Windows and `openssl x509 -fingerprint -sha1` show it. */
function thumbprint(cert) {
    return cert.fingerprint.replace(/:/g, '').toUpperCase();
}
function sha256Thumbprint(cert) {
    return cert.fingerprint256.replace(/:/g, '').toUpperCase();
}
/** A distinguished name on one line, most specific part first (as Windows shows it); the
 * certificate's owner chose it, so it is foreign text, escaped here (src/report/foreign.ts). */
function formatName(name) {
    return typeof name === 'string' ? (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(name.split('\n').filter(Boolean).reverse().join(', ')) : '';
}
function subjectName(cert) {
    return formatName(cert.subject);
}
/** The subject's common name (the most specific CN), or undefined when there is none. */
function commonName(cert) {
    return commonNameOf(cert.subject);
}
/** The most specific CN of a distinguished name, in Node's multi-line form (most general part
 * first: `C=..\nO=..\nCN=..`) or on one line as reports show it (`CN=.., O=..`, see formatName). */
function commonNameOf(dn) {
    if (typeof dn !== 'string')
        return undefined;
    const parts = dn.includes('\n') ? dn.split('\n').reverse() : dn.split(/,\s*/);
    const cn = parts.find((p) => p.startsWith('CN='));
    return cn === undefined ? undefined : (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(cn.slice(3));
}
/** A short name for messages: the CN when there is one, else the subject, else the first DNS name,
 * else the thumbprint (an RFC 5280 certificate may have an empty subject). */
function shortName(cert) {
    return commonName(cert) || subjectName(cert) || dnsNames(cert)[0] || thumbprint(cert);
}
/** `'name' (THUMBPRINT)`, how findings name a certificate. */
function label(cert) {
    return `'${shortName(cert)}' (${thumbprint(cert)})`;
}
// --- validity ---
function validDate(d) {
    return d && !Number.isNaN(d.getTime()) ? d : undefined;
}
/** notBefore, or undefined when Node cannot read it as a date. */
function notBefore(cert) {
    const c = cert;
    return validDate(c.validFromDate ?? new Date(cert.validFrom));
}
/** notAfter, or undefined when Node cannot read it as a date. */
function notAfter(cert) {
    const c = cert;
    return validDate(c.validToDate ?? new Date(cert.validTo));
}
/**
 * Whole days from `at` to `end`, rounded toward zero: 1 day 23 hours left is 1; expired 1 day and
 * 2 minutes ago is -1 ("expired 1 day ago"), not -2. Less than a day either side is 0.
 */
function daysBetween(at, end) {
    const days = Math.trunc((end.getTime() - at.getTime()) / DAY_MS);
    return days === 0 ? 0 : days; // no -0
}
/** Whole days until the certificate expires (see daysBetween); negative once expired, NaN when unknown. */
function daysLeft(cert, at) {
    const end = notAfter(cert);
    return end ? daysBetween(at, end) : Number.NaN;
}
/** "1 day", "3 days", "less than a day". */
function dayCount(days) {
    const n = Math.abs(days);
    return n === 0 ? 'less than a day' : `${n} day${n === 1 ? '' : 's'}`;
}
// --- key and signature ---
const CURVE_BITS = {
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
const KEY_ALGORITHMS = {
    '1.2.840.113549.1.1.1': 'RSA',
    '1.2.840.113549.1.1.10': 'RSA-PSS',
    '1.2.840.10045.2.1': 'EC',
    '1.2.840.10040.4.1': 'DSA',
    '1.3.101.112': 'Ed25519',
    '1.3.101.113': 'Ed448',
};
/** The public key's type and size. A key Node cannot load (e.g. DSA with inherited parameters)
 * is named from the certificate's algorithm identifier, size 0. */
function keyInfo(cert) {
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
    }
    catch {
        const oid = facts(cert)?.keyAlgorithm;
        return { keyType: (oid && KEY_ALGORITHMS[oid]) ?? oid ?? 'unknown', keySize: 0 };
    }
}
const SIGNATURE_NAMES = {
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
function signatureAlgorithm(cert) {
    const id = facts(cert)?.signatureAlgorithm;
    return id === undefined ? 'unknown' : (SIGNATURE_NAMES[id] ?? id);
}
/** SHA-1, MD5, MD2 or DSA signatures: browsers refuse them on every certificate but a root's own. */
function isWeakSignature(name) {
    return /^(md2|md5|sha1)With|^ecdsa-with-SHA1$|^dsa-with-/.test(name);
}
/** The serial number's magnitude in octets (a leading zero octet that only keeps it positive is not
 * counted: a 20-octet serial with its top bit set is encoded in 21) and its sign. */
function serialInfo(cert) {
    const s = facts(cert)?.serial;
    if (!s || s.length === 0)
        return undefined;
    const negative = (s[0] & 0x80) !== 0;
    const octets = s.length > 1 && s[0] === 0 ? s.length - 1 : s.length;
    return { octets, negative, zero: s.every((b) => b === 0) };
}
/** An EC public key given with explicit curve parameters instead of a named curve (RFC 5480
 * forbids it; BoringSSL and hence Chrome cannot read such a key). */
function hasExplicitCurve(cert) {
    const f = facts(cert);
    return f?.keyAlgorithm === '1.2.840.10045.2.1' && f.keyParamsTag === _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE;
}
// --- issuance ---
const publicKeys = new WeakMap();
/** The certificate's public key, loaded once (Node makes a new KeyObject on every `publicKey`), or
 * null when Node cannot load it. */
function publicKeyOf(cert) {
    let key = publicKeys.get(cert);
    if (key === undefined) {
        try {
            key = cert.publicKey;
        }
        catch {
            key = null;
        }
        publicKeys.set(cert, key);
    }
    return key;
}
/** BoringSSL's bounds on an RSA public key (rsa_check_public_key, which Chrome applies before any
 * signature check): an odd exponent of 2 to 33 bits (3 ≤ e < 2^33) and a modulus of at most 16384
 * bits. A larger exponent or modulus makes every signature check with the key far slower. */
const RSA_MAX_EXPONENT_BITS = 33;
const RSA_MAX_MODULUS_BITS = 16384;
const refusals = new WeakMap();
/** Why browsers refuse this certificate's RSA key before checking any signature with it (its
 * exponent or modulus size), or undefined for an acceptable key or one that is not RSA. */
function rsaKeyRefusal(cert) {
    let why = refusals.get(cert);
    if (why === undefined) {
        why = null;
        const key = publicKeyOf(cert);
        if (key && (key.asymmetricKeyType === 'rsa' || key.asymmetricKeyType === 'rsa-pss')) {
            const { publicExponent: e, modulusLength: bits } = key.asymmetricKeyDetails ?? {};
            if (bits !== undefined && bits > RSA_MAX_MODULUS_BITS)
                why = `its ${bits}-bit RSA modulus is over the ${RSA_MAX_MODULUS_BITS} bits browsers accept`;
            else if (e !== undefined && (e < 3n || e % 2n === 0n || e >= 1n << BigInt(RSA_MAX_EXPONENT_BITS))) {
                const shown = e < 1n << 64n ? `${e}` : `of ${e.toString(2).length} bits`;
                why = `its RSA public exponent ${shown} is ${e % 2n === 0n ? 'even' : e < 3n ? 'under 3' : `over ${RSA_MAX_EXPONENT_BITS} bits`}, which browsers refuse (an odd exponent from 3 to 2^33-1)`;
            }
        }
        refusals.set(cert, why);
    }
    return why ?? undefined;
}
const verified = new WeakMap();
/** Does `issuer`'s key verify `cert`'s signature? Each pair is checked once (the builder and the
 * checks ask again); a key browsers refuse verifies nothing; each check spends one of the budget's
 * signature checks, and when none is left the signature counts as not verified. */
function safeVerify(cert, issuer) {
    let known = verified.get(cert);
    const result = known?.get(issuer.fingerprint256);
    if (result !== undefined)
        return result;
    let ok = false;
    if (rsaKeyRefusal(issuer) === undefined) {
        const key = publicKeyOf(issuer);
        if (!key)
            ok = false;
        else if (!(0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .currentBudget */ .ze)().signature())
            return false; // not remembered: a later validation has its own budget
        else {
            try {
                ok = cert.verify(key);
            }
            catch {
                ok = false;
            }
        }
    }
    if (!known)
        verified.set(cert, (known = new Map()));
    known.set(issuer.fingerprint256, ok);
    return ok;
}
/** Whether `issuer`'s signature on `cert` was already checked (the answer costs nothing). */
function verifiedBefore(cert, issuer) {
    return verified.get(cert)?.has(issuer.fingerprint256) === true;
}
/** Is `issuer`'s subject the issuer name of `cert` (RFC 5280 7.1: case-insensitive, whitespace folded)? */
function namesIssuer(cert, issuer) {
    const a = facts(cert)?.issuer;
    const b = facts(issuer)?.subject;
    if (!a || !b)
        return false;
    return a.equals(b) || issuerKey(cert) === subjectKey(issuer);
}
/** `issuer` issued `cert`: the names chain and `cert`'s signature verifies with `issuer`'s key.
 * (checkIssued is not used: it also demands keyCertSign, which is a check of its own.) */
function issuedBy(cert, issuer) {
    return namesIssuer(cert, issuer) && safeVerify(cert, issuer);
}
/** Signed by its own key under its own name. */
function isSelfSigned(cert) {
    return issuedBy(cert, cert);
}
/** Subject and issuer are the same name (RFC 5280's "self-issued"; the key may differ). */
function isSelfIssued(cert) {
    return namesIssuer(cert, cert);
}
// --- hosts ---
const HOST_OPTIONS = { wildcards: true, partialWildcards: false, multiLabelWildcards: false, singleLabelSubdomains: false };
/** The DNS names of the subjectAltName extension (lower case; foreign text, escaped). */
function dnsNames(cert) {
    const san = facts(cert)?.san;
    return san ? san.dns.map((d) => (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(d.toLowerCase())) : [];
}
/** The IP addresses of the subjectAltName extension, as text (IPv4 dotted, IPv6 compressed). */
function ipAddresses(cert) {
    const san = facts(cert)?.san;
    return san ? san.ip.map(ipText) : [];
}
/** What the subjectAltName names, for messages: DNS names then IP addresses. */
function sanNames(cert) {
    return [...dnsNames(cert), ...ipAddresses(cert)];
}
/** Does the certificate have a subjectAltName with at least one DNS name or IP address? */
function hasSanForHosts(cert) {
    const san = facts(cert)?.san;
    return !!san && san.dns.length + san.ip.length > 0;
}
/** Does the certificate carry a subjectAltName extension at all (whatever it holds)? RFC 6125
 * 6.4.4: when it does, the subject CN is never used as a presented identifier. */
function hasSanExtension(cert) {
    return facts(cert)?.extensions.some((e) => e.oid === OID.subjectAltName) ?? false;
}
/** The 4 or 16 octets of an IP address literal (IPv6 optionally in brackets), or undefined. */
function ipBytes(literal) {
    const h = literal.startsWith('[') && literal.endsWith(']') ? literal.slice(1, -1) : literal;
    const v = (0,node_net__WEBPACK_IMPORTED_MODULE_1__.isIP)(h);
    if (v === 4)
        return Buffer.from(h.split('.').map(Number));
    if (v !== 6)
        return undefined;
    // a dotted IPv4 tail (::ffff:1.2.3.4) becomes two hex words
    const text = h.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_m, a, b, c, d) => `${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`);
    const words = (s) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
    const [l = '', r] = text.split('::');
    const left = words(l);
    const right = r === undefined ? [] : words(r);
    const all = r === undefined ? left : [...left, ...new Array(8 - left.length - right.length).fill(0), ...right];
    if (all.length !== 8 || all.some((w) => !(w >= 0 && w <= 0xffff)))
        return undefined;
    const out = Buffer.alloc(16);
    all.forEach((w, i) => out.writeUInt16BE(w, i * 2));
    return out;
}
function ipText(b) {
    if (b.length === 4)
        return [...b].join('.');
    if (b.length !== 16)
        return `<${b.toString('hex')}>`;
    const words = Array.from({ length: 8 }, (_, i) => b.readUInt16BE(i * 2).toString(16));
    // the longest run of zero words (two or more) becomes '::' (RFC 5952)
    let best = -1;
    let len = 0;
    for (let i = 0; i < 8;) {
        let j = i;
        while (j < 8 && words[j] === '0')
            j++;
        if (j - i > len && j - i > 1)
            [best, len] = [i, j - i];
        i = j === i ? i + 1 : j;
    }
    if (best < 0)
        return words.join(':');
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
function hostCoverage(cert, host) {
    const ip = ipBytes(host);
    if (ip)
        return (facts(cert)?.san?.ip ?? []).some((b) => b.equals(ip)) ? 'san' : null;
    const h = host.toLowerCase();
    const names = dnsNames(cert);
    const cnAllowed = !hasSanExtension(cert);
    if (h.startsWith('*.')) {
        if (names.includes(h))
            return 'san';
        if (cnAllowed && commonName(cert)?.toLowerCase() === h)
            return 'cn';
        return null;
    }
    try {
        if (cert.checkHost(h, { ...HOST_OPTIONS, subject: 'never' }))
            return 'san';
        if (cnAllowed && cert.checkHost(h, { ...HOST_OPTIONS, subject: 'always' }))
            return 'cn';
    }
    catch {
        return null;
    }
    return null;
}
// --- extensions and the parsed structure ---
const OID = {
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
};
/** Extensions a verifier must understand to accept them as critical: the ones OpenSSL and Chrome
 * process (an unknown critical extension makes the certificate invalid, RFC 5280 4.2). */
const PROCESSED_CRITICAL = new Set([
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
/** keyUsage bits, RFC 5280 4.2.1.3 */
const KEY_USAGE = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign'];
const factsCache = new WeakMap();
/** The parsed structure of the certificate, or undefined when its DER cannot be read at all. */
function facts(cert) {
    let f = factsCache.get(cert);
    if (f === undefined) {
        try {
            f = parseCertificate(cert.raw);
        }
        catch {
            f = null;
        }
        factsCache.set(cert, f);
    }
    return f ?? undefined;
}
function parseCertificate(der) {
    const top = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(der);
    const tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(top, 0, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE);
    const out = { version: 1, extensions: [], broken: [] };
    try {
        out.signatureAlgorithm = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(top, 1), 0));
    }
    catch {
        // stays undefined: 'unknown'
    }
    let i = 0;
    const first = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(tbs, 0);
    if (first.tag === 0xa0) {
        out.version = readSmallInt((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(first, 0)) + 1;
        i = 1;
    }
    // serial, signature, issuer, validity, subject, subjectPublicKeyInfo
    const serial = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(tbs, i);
    if (serial.tag === _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.INTEGER)
        out.serial = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(serial);
    out.issuer = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(tbs, i + 2, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE));
    out.subject = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(tbs, i + 4, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE));
    try {
        const algorithm = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(tbs, i + 5), 0);
        out.keyAlgorithm = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(algorithm, 0));
        out.keyParamsTag = algorithm.children[1]?.tag;
    }
    catch {
        // unknown
    }
    const ext = tbs.children.find((c) => c.tag === 0xa3);
    if (ext) {
        for (const e of (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(ext, 0, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE).children) {
            const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(e, 0));
            const critical = e.children.length === 3 && (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(e, 1).tag === _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.BOOLEAN && (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(e, 1))[0] !== 0;
            const value = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(e, e.children.length - 1, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.OCTET_STRING));
            out.extensions.push({ oid: id, critical, value });
            try {
                readExtension(out, id, value);
            }
            catch {
                out.broken.push(id);
            }
        }
    }
    return out;
}
function readSmallInt(node) {
    if (node.tag !== _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.INTEGER)
        throw new Error('expected INTEGER');
    const b = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(node);
    if (b.length > 4)
        return Number.MAX_SAFE_INTEGER;
    let v = 0;
    for (const byte of b)
        v = v * 256 + byte;
    return v;
}
function readExtension(out, id, value) {
    switch (id) {
        case OID.basicConstraints: {
            const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value);
            let ca = false;
            let pathLen;
            for (const c of seq.children) {
                if (c.tag === _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.BOOLEAN)
                    ca = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(c)[0] !== 0;
                else if (c.tag === _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.INTEGER)
                    pathLen = readSmallInt(c);
            }
            out.basicConstraints = pathLen === undefined ? { ca } : { ca, pathLen };
            return;
        }
        case OID.keyUsage: {
            const bits = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value));
            const set = new Set();
            KEY_USAGE.forEach((name, n) => {
                const byte = bits[1 + (n >> 3)];
                if (byte !== undefined && (byte & (0x80 >> (n & 7))) !== 0)
                    set.add(name);
            });
            out.keyUsage = set;
            return;
        }
        case OID.authorityKeyIdentifier: {
            const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value);
            if (seq.tag !== _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE)
                throw new Error('expected SEQUENCE');
            const keyId = seq.children.find((c) => c.tag === 0x80);
            const aki = { issuerAndSerial: seq.children.some((c) => c.tag === 0xa1 || c.tag === 0x82) };
            if (keyId)
                aki.keyId = Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(keyId));
            if (seq.children.some((c) => c.tag !== 0x80 && c.tag !== 0xa1 && c.tag !== 0x82))
                throw new Error('unknown field');
            out.aki = aki;
            return;
        }
        case OID.subjectKeyIdentifier: {
            const node = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value);
            if (node.tag !== _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.OCTET_STRING)
                throw new Error('expected OCTET STRING');
            out.subjectKeyId = Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(node));
            return;
        }
        case OID.extKeyUsage:
            out.extKeyUsage = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value).children.map(_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f);
            return;
        case OID.subjectAltName:
            out.san = generalNames((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value).children);
            return;
        case OID.nameConstraints: {
            const seq = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(value);
            const subtrees = (tag) => {
                const node = seq.children.find((c) => c.tag === tag);
                return generalNames(node ? node.children.map((s) => (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(s, 0)) : []);
            };
            out.nameConstraints = { permitted: subtrees(0xa0), excluded: subtrees(0xa1) };
            return;
        }
    }
}
function generalNames(nodes) {
    const names = { dns: [], email: [], uri: [], ip: [], dirName: [] };
    for (const n of nodes) {
        switch (n.tag) {
            case 0x81:
                names.email.push((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(n).toString('latin1'));
                break;
            case 0x82:
                names.dns.push((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(n).toString('latin1'));
                break;
            case 0x86:
                names.uri.push((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(n).toString('latin1'));
                break;
            case 0x87:
                names.ip.push(Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(n)));
                break;
            case 0xa4:
                names.dirName.push((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(n, 0, _der_js__WEBPACK_IMPORTED_MODULE_4__/* .TAG */ .Dk.SEQUENCE)));
                break;
        }
    }
    return names;
}
/** The RDNs of an encoded Name, each canonical; undefined when the name cannot be read. */
function rdnsOf(name) {
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(name).children.map((set) => set.children
            .map((atv) => `${(0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(atv, 0))}=${canonicalValue((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(atv, 1))}`)
            .sort()
            .join('+'));
    }
    catch {
        return undefined;
    }
}
function canonicalName(name) {
    return rdnsOf(name)?.join(',');
}
/** A key under which equal names (RFC 5280 7.1) meet: for indexing certificates by subject. */
function nameKey(name) {
    if (!name)
        return '';
    return canonicalName(name) ?? name.toString('hex');
}
const keys = new WeakMap();
function keysOf(cert) {
    let k = keys.get(cert);
    if (!k) {
        const f = facts(cert);
        k = { subject: nameKey(f?.subject), issuer: nameKey(f?.issuer) };
        keys.set(cert, k);
    }
    return k;
}
/** The index key of the certificate's subject / issuer name. */
function subjectKey(cert) {
    return keysOf(cert).subject;
}
function issuerKey(cert) {
    return keysOf(cert).issuer;
}
const STRING_TAGS = new Set([0x0c, 0x13, 0x14, 0x16, 0x1a, 0x1c, 0x1e]);
function canonicalValue(node) {
    if (!STRING_TAGS.has(node.tag))
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .raw */ .lS)(node).toString('hex');
    const b = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)(node);
    const s = node.tag === 0x1e ? Buffer.from(b).swap16().toString('utf16le') : node.tag === 0x0c ? b.toString('utf8') : b.toString('latin1');
    return s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
/** The emailAddress attributes of an encoded Name (legacy e-mail in the subject). */
function emailsInName(name) {
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(name).children.flatMap((set) => set.children.filter((atv) => (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(atv, 0)) === OID.emailAddress).map((atv) => (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(atv, 1)).toString('latin1')));
    }
    catch {
        return [];
    }
}
/** Re-exported so callers can hold one type for certificates. */

// --- what a report shows of a certificate ---
/** The serial number, upper-case hex, as Windows and `openssl x509 -serial` show it. */
function serialNumber(cert) {
    return cert.serialNumber.toUpperCase();
}
/** Every subjectAltName entry for display: DNS names and IP addresses as they are, e-mail
 * addresses and URIs with their kind (`email:`, `URI:`); foreign text, escaped. */
function subjectAltNames(cert) {
    const san = facts(cert)?.san;
    if (!san)
        return [];
    return [...san.dns.map((d) => (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(d)), ...ipAddresses(cert), ...san.email.map((e) => (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(`email:${e}`)), ...san.uri.map((u) => (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_2__/* .foreign */ .V$)(`URI:${u}`))];
}
/** The keyUsage bits by RFC 5280 name, or undefined when the extension is absent (any use). */
function keyUsageNames(cert) {
    const ku = facts(cert)?.keyUsage;
    return ku ? KEY_USAGE.filter((k) => ku.has(k)) : undefined;
}
const EKU_NAMES = {
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
function extendedKeyUsageNames(cert) {
    const eku = facts(cert)?.extKeyUsage;
    return eku ? eku.map((oid) => EKU_NAMES[oid] ?? oid) : undefined;
}
/** A date as people read it in a sentence: `2025-04-01` (no time, no milliseconds). */
function dayOf(d) {
    return d.toISOString().slice(0, 10);
}
/** The short name of a distinguished name as reports hold it (formatName's one line): its CN, or the
 * whole name when it has none. The one way every presenter shortens a subject or an issuer. */
function shortNameOf(dn) {
    return commonNameOf(dn) ?? dn.split('\n')[0];
}


/***/ }),

/***/ 8087:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nx: () => (/* binding */ capital),
/* harmony export */   Pq: () => (/* binding */ pathHint),
/* harmony export */   eZ: () => (/* binding */ sitesLineRef),
/* harmony export */   io: () => (/* binding */ inputRef),
/* harmony export */   n3: () => (/* binding */ passwordSource),
/* harmony export */   pA: () => (/* binding */ nearest),
/* harmony export */   pw: () => (/* binding */ inputSetting)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The door a run came through (the action or the command line) decides how a message names an
// input: "input 'warn-days'" for a workflow, "--warn-days" for a shell. Every message that tells
// the user to set something asks this module, so the CLI never points at an action input it
// refuses (such as `password`) and the action never at a flag.

/** How to name input `name` in a sentence: `input 'sites'` or `--sites`. */
function inputRef(door, name) {
    return door === 'cli' ? `--${name}` : `input '${name}'`;
}
/** A sentence's first word: `Input 'fallback'` (a flag stays as it is). */
function capital(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** How to write `name: value` through this door: `os-family: 6` or `--os-family 6`. */
function inputSetting(door, name, value) {
    return door === 'cli' ? `--${name} ${value}` : `${name}: ${value}`;
}
/** `line 2 of \`sites\`` or `line 2 of --sites` (each repeated --sites adds a line). */
function sitesLineRef(door, line) {
    return door === 'cli' ? `line ${line} of --sites` : `line ${line} of \`sites\``;
}
/** Where a common password comes from through this door. */
function passwordSource(door) {
    return door === 'cli'
        ? 'the environment variable SNI_READY_PASSWORD (or --password-stdin)'
        : 'the `password` input (from a secret: password: ${{ secrets.PFX_PASSWORD }})';
}
/**
 * A hint for a path that does not exist: a Windows-style path (`certs\x.pfx`) on a system whose
 * separator is '/', where the backslash is part of the file name. Empty when there is none.
 */
function pathHint(raw) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '/' && raw.includes('\\'))
        return ` On ${process.platform === 'darwin' ? 'macOS' : 'Linux'} '\\' is not a folder separator: write '${raw.replace(/\\/g, '/')}'.`;
    return '';
}
/** Edit distance (insert, delete, substitute, swap), for "did you mean" suggestions. */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** The known name closest to `given` (ignoring case, '_' for '-'), when it is close enough to be a typo. */
function nearest(given, known) {
    const g = given.toLowerCase().replace(/_/g, '-');
    let best;
    for (const name of known) {
        const d = distance(g, name);
        if (!best || d < best.d)
            best = { name, d };
    }
    return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// One way to replace a file: write a temp file in the same folder, then rename it over the
// target, so a reader never sees half a file. (patch's writeFilesAtomically adds rollback across
// several files on top of the same idea.)



function tempPathFor(file) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_2__.basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
function writeFileAtomic(file, content, mode = 0o644) {
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const tmp = tempPathFor(file);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, content, { mode, flag: 'wx' });
        node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    catch (err) {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
        throw err;
    }
}
/** How a path is shown in findings, diffs and annotations: relative to `cwd` (with /) when inside it. */
function displayPath(file, cwd) {
    if (file.startsWith('keyvault:'))
        return file; // a Key Vault address, not a path
    const rel = node_path__WEBPACK_IMPORTED_MODULE_2__.relative(cwd, file);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute(rel) ? rel.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/') : file;
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ someHosts),
/* harmony export */   oX: () => (/* binding */ isIpAddress),
/* harmony export */   rQ: () => (/* binding */ canonicalHost)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// Hostname validation: letters, digits, hyphens and dots, an optional leading `*.`, IDN turned
// into punycode. Every hostname is validated here before any other use.


const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Returns the canonical (lower-case, punycode) form of `raw`, or null when it is not a hostname. */
function canonicalHost(raw) {
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 253)
        return null;
    const wildcard = raw.startsWith('*.');
    let rest = wildcard ? raw.slice(2) : raw;
    if (rest.endsWith('.'))
        rest = rest.slice(0, -1);
    // Reject anything but letters (any script), digits, hyphens and dots before IDN conversion,
    // so that `domainToASCII` never sees whitespace, quotes, slashes or other punctuation.
    if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(rest))
        return null;
    const ascii = /^[\x21-\x7e]+$/.test(rest) ? rest.toLowerCase() : (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(rest);
    if (!ascii)
        return null;
    // label by label without an array of copies (a scan may read a million names)
    for (let start = 0; start <= ascii.length;) {
        let end = ascii.indexOf('.', start);
        if (end < 0)
            end = ascii.length;
        if (!LABEL.test(ascii.slice(start, end)))
            return null;
        start = end + 1;
    }
    const host = wildcard ? '*.' + ascii : ascii;
    return host.length <= 253 ? host : null;
}
function isIpAddress(value) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(value) !== 0;
}
/** A few of many hosts for a sentence: "h05", "h05 and h06", "h05 and 24 more" — never five names
 * of 29 as if they were all. */
function someHosts(hosts, shown = 1) {
    if (hosts.length <= shown + 1)
        return hosts.length > 1 ? `${hosts.slice(0, -1).join(', ')} and ${hosts[hosts.length - 1]}` : (hosts[0] ?? '');
    return `${hosts.slice(0, shown).join(', ')} and ${hosts.length - shown} more`;
}


/***/ }),

/***/ 8422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ nothingToCheck),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   Wp: () => (/* binding */ unknownActionInputs)
/* harmony export */ });
/* unused harmony exports COMMANDS, stripComment, host, parseSites, splitWords, parseEndpoints */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8087);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9892);
/* harmony import */ var _keyvault_ref_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7864);
/* harmony import */ var _service_keyvault_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(370);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8522);
/* harmony import */ var _certs_thresholds_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2639);
// Inputs are parsed once, here, into a typed object. Every message names the input and the bad
// value. Nothing below this module reads action inputs or CLI flags.











/** An IP address as Windows' netsh prints it: IPv4 dotted, IPv6 lower-case and compressed. */
function canonicalIp(addr) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_4__.isIP)(addr) === 6)
        return new URL(`http://[${addr}]/`).hostname.slice(1, -1);
    return addr;
}
const INPUT_NAMES = [
    'command',
    'sites',
    'password',
    'service-definition',
    'service-configuration',
    'role',
    'os-family',
    'warn-days',
    'fail-days',
    'at',
    'trust',
    'endpoints',
    'endpoints-file',
    'expect',
    'startup-dir',
    'fallback',
    'dry-run',
    'server',
    'timeout',
    'revocation',
    'concurrency',
    'shard',
    'reports',
    'fail-on',
    'report',
    'sarif',
    'issue',
    'github-token',
    'template',
    'template-parameters',
    'target',
    'iis-site',
    'bundle',
    'remove-ip-mappings',
    'keyvault-extension',
];
const COMMANDS = ['check', 'patch', 'verify', 'scan', 'merge'];
const verifyProbesSites = { verify: (sites) => `verify serves and probes the hosts of ${sites} itself` };
const ONLY_FOR = {
    expect: {
        commands: ['scan'],
        instead: {
            verify: (sites) => `verify takes the expected certificate of each host from ${sites} (every host must be served the certificate of its line)`,
            check: (sites) => `check reads the certificates of ${sites} themselves`,
            patch: (sites) => `patch takes the thumbprints from the certificates of ${sites}`,
        },
    },
    endpoints: { commands: ['scan'], instead: verifyProbesSites },
    'endpoints-file': { commands: ['scan'], instead: verifyProbesSites },
    shard: { commands: ['scan'] },
    reports: { commands: ['merge'] },
    'dry-run': { commands: ['patch'], instead: { check: () => 'check never writes anything' } },
    issue: { commands: ['scan', 'merge'] },
    template: { commands: ['check', 'patch'] },
    'template-parameters': { commands: ['check', 'patch'] },
    target: { commands: ['patch', 'verify'] },
    'iis-site': { commands: ['patch'] },
    bundle: { commands: ['patch'] },
    'remove-ip-mappings': { commands: ['patch'] },
    'keyvault-extension': { commands: ['check'] },
    revocation: { commands: ['scan', 'check'] },
};
/** Inputs that only mean something with `target: iis` (patch writes them into the bundle). */
const IIS_ONLY = ['iis-site', 'bundle', 'remove-ip-mappings'];
/** Inputs of the Cloud Service package, which `target: iis` has none of. */
const CLOUD_SERVICE_ONLY = ['service-definition', 'service-configuration', 'role', 'startup-dir', 'template', 'template-parameters'];
/** An IIS site name: no control characters and none of the characters IIS refuses in one. */
// eslint-disable-next-line no-control-regex
const IIS_SITE_NAME = /^[^\x00-\x1f\x7f\\/?;:@&=+$,|"<>*]{1,259}$/;
/** Action inputs present in `env` (INPUT_* variables) that action.yml does not declare, each with the nearest real input. */
function unknownActionInputs(env) {
    const known = new Set(INPUT_NAMES.map((n) => `INPUT_${n.toUpperCase()}`));
    return Object.keys(env)
        .filter((k) => k.startsWith('INPUT_') && !known.has(k))
        .map((k) => {
        const name = k.slice('INPUT_'.length).toLowerCase();
        return { name, suggestion: (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .pA)(name, INPUT_NAMES) };
    });
}
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((text, i) => ({ text: stripComment(text).trim(), line: i + 1 }))
        .filter((l) => l.text !== '');
}
/**
 * A line without its comment: `#` at the start of the line or after white space, outside quotes,
 * starts one (`www.a.com = a.pfx  # renewed in May`). A `#` inside a word (`c#1.pfx`) or in
 * quotes is text.
 */
function stripComment(text) {
    if (!text.includes('#'))
        return text;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = '';
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            return text.slice(0, i);
    }
    return text;
}
/** Values people write for the three `fail-on` levels that are not one of them. */
const NEAR_MISSES = { none: 'never', off: 'never', false: 'never', no: 'never', errors: 'error', warn: 'warning', warnings: 'warning' };
// `what` below is an input named for the door in use: "input 'warn-days'" or "--warn-days".
/** One of `allowed`, in any letter case (`fail-on: Error`). */
function choice(what, value, allowed, def) {
    const v = (value.trim().toLowerCase() || def);
    if (!allowed.includes(v)) {
        const miss = NEAR_MISSES[v];
        const near = miss && allowed.includes(miss) ? miss : (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .nearest */ .pA)(value.trim(), allowed);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${value}' for ${what}: expected one of ${allowed.join(', ')}${near ? ` (did you mean '${near}'?)` : ''}`);
    }
    return v;
}
function integer(what, value, def, min, max) {
    const v = value.trim();
    if (v === '')
        return def;
    if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${value}' for ${what}: expected a whole number from ${min} to ${max}`);
    }
    return Number(v);
}
function threshold(what, value, def) {
    const t = (0,_certs_thresholds_js__WEBPACK_IMPORTED_MODULE_8__/* .parseThreshold */ .B7)(value, def);
    if (!t)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${value}' for ${what}: expected whole days from 0 to 3650 (such as 30) or a share of the certificate's lifetime (such as 33%)`);
    return t;
}
function bool(what, value) {
    const v = value.trim().toLowerCase();
    if (v === '' || v === 'false')
        return false;
    if (v === 'true')
        return true;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${value}' for ${what}: expected true or false`);
}
function host(what, raw, line) {
    const h = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalHost */ .rQ)(raw);
    if (!h)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid host '${raw}' in ${what}${line ? ` (line ${line})` : ''}: input-invalid — a hostname has letters, digits, hyphens and dots, optionally starting with '*.'`);
    return h;
}
function filePath(what, raw, cwd, line) {
    // eslint-disable-next-line no-control-regex
    if (raw === '' || /[\x00-\x1f]/.test(raw))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid path '${raw}' in ${what}${line ? ` (line ${line})` : ''}`);
    return node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(cwd, raw);
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Parses `HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]` lines. */
function parseSites(value, password, env, cwd, door = 'action') {
    const sites = (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputRef */ .io)(door, 'sites');
    return lines(value).map(({ text, line }) => {
        const eq = text.indexOf('=');
        if (eq < 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid ${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .sitesLineRef */ .eZ)(door, line)}: expected 'HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]'`);
        const hostPart = text.slice(0, eq).trim().split(/\s+/).filter(Boolean);
        if (hostPart.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid ${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .sitesLineRef */ .eZ)(door, line)}: no host before '='`);
        const hosts = [...new Set(hostPart.map((h) => host(sites, h, line)))];
        const words = splitWords(text.slice(eq + 1), (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .sitesLineRef */ .eZ)(door, line));
        if (words.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid ${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .sitesLineRef */ .eZ)(door, line)}: no certificate path after '='`);
        const keyVault = words[0].startsWith('keyvault:') ? keyVaultSource(words[0], sites, line, env) : undefined;
        const spec = keyVault
            ? { hosts, path: words[0], password: '', line, door, keyVault }
            : { hosts, path: filePath(sites, words[0], cwd, line), password, line, door };
        for (const w of words.slice(1)) {
            if (keyVault && /^(key|password-env)=/.test(w))
                throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid option '${w.split('=')[0]}=' in ${sites} (line ${line}): a Key Vault certificate carries its own key and has no password`);
            const m = /^(key|password-env|keyvault)=(.+)$/.exec(w);
            if (!m)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid option '${w}' in ${sites} (line ${line}): expected key=PATH, password-env=VAR or keyvault=URL`);
            if (m[1] === 'key')
                spec.keyPath = filePath(sites, m[2], cwd, line);
            else if (m[1] === 'keyvault') {
                const ref = (0,_service_keyvault_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKeyVaultSecretUrl */ .ex)(m[2]);
                const expected = 'expected the versionless secret URL https://VAULT.vault.azure.net/secrets/NAME';
                if (typeof ref === 'string')
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid keyvault= URL in ${sites} (line ${line}): ${ref}; ${expected}`);
                if (ref.version)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid keyvault= URL in ${sites} (line ${line}): it pins version ${ref.version}, and the Key Vault VM extension 4.0 cannot pin one; ${expected}`);
                if (ref.certificatesPath)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid keyvault= URL in ${sites} (line ${line}): /certificates/ carries no private key; ${expected}`);
                spec.keyVaultSecret = ref;
            }
            else {
                if (!ENV_NAME.test(m[2]))
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid variable name '${m[2]}' in ${sites} (line ${line})`);
                spec.passwordEnv = m[2];
                const v = env[m[2]];
                if (v === undefined)
                    throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Environment variable '${m[2]}' named by password-env in ${sites} (line ${line}) is not set`);
                spec.password = v;
            }
        }
        // A Key Vault certificate's secret (the same name, versionless) is what the VM extension observes.
        if (keyVault && !spec.keyVaultSecret) {
            const secret = (0,_service_keyvault_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKeyVaultSecretUrl */ .ex)(`${keyVault.vaultUrl}/secrets/${keyVault.name}`);
            if (typeof secret !== 'string')
                spec.keyVaultSecret = secret;
        }
        return spec;
    });
}
/**
 * The words of a line, as a shell would split them for a path with spaces: "C:\My Certs\a.pfx" and
 * 'my certs/a.pfx' are one word each (backslashes in quotes are kept: Windows paths), `my\ certs`
 * outside quotes is one word too; quotes may start inside a word (key="my key.pem").
 */
function splitWords(text, where) {
    const words = [];
    let word;
    let quote = '';
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = '';
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            word ??= '';
        }
        else if (c === '\\' && /\s/.test(text[i + 1] ?? '')) {
            word = (word ?? '') + text[++i];
        }
        else if (/\s/.test(c)) {
            if (word !== undefined)
                words.push(word);
            word = undefined;
        }
        else
            word = (word ?? '') + c;
    }
    if (quote)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid ${where}: the quote ${quote} is not closed`);
    if (word !== undefined)
        words.push(word);
    return words;
}
/** `keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]` as a certificate source. */
function keyVaultSource(word, what, line, env) {
    const ref = (0,_keyvault_ref_js__WEBPACK_IMPORTED_MODULE_10__/* .parseKeyVaultUrl */ .Ms)(word.slice('keyvault:'.length), ['certificates', 'secrets'], env);
    if (!ref)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid Key Vault address '${word.slice(0, 300)}' in ${what} (line ${line}): expected keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]`);
    return ref;
}
/** More endpoints than any scan can probe in a job: each one held costs about 100 bytes. */
const MAX_ENDPOINTS = 1_000_000;
function parseEndpoints(value, source = "input 'endpoints'", what = source, file) {
    return collectEndpoints((fn) => eachLine(value, fn), source, what, file);
}
function collectEndpoints(each, source, what, file) {
    const out = [];
    // Line by line, straight into the result: a 64 MiB endpoints file must not be split, trimmed and
    // filtered into arrays of copies first (that took 13 times its size).
    each((text, line) => {
        if (out.length >= MAX_ENDPOINTS)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${source} holds more than ${MAX_ENDPOINTS.toLocaleString('en-US')} endpoints (at line ${line}); split the list over several files and jobs`);
        out.push(parseEndpoint(text, line, source, what, file));
    });
    return out;
}
/** Calls `fn` for each trimmed, non-empty, non-comment line, without building arrays of lines. */
function eachLine(value, fn) {
    let line = 0;
    for (let start = 0; start <= value.length;) {
        let end = value.indexOf('\n', start);
        if (end < 0)
            end = value.length;
        line++;
        const text = stripComment(value.slice(start, end)).trim();
        if (text !== '')
            fn(text, line);
        start = end + 1;
    }
}
/** The longest endpoints line read from a file; a longer one is refused before it is joined up. */
const MAX_FILE_LINE = 64 * 1024;
/**
 * eachLine over a file read in 1 MiB chunks, so a large endpoints file is never held whole (as
 * bytes and again as text: twice its size before the first endpoint is parsed).
 */
function eachFileLine(fd, source, fn) {
    const chunk = Buffer.alloc(1024 * 1024);
    const decoder = new node_string_decoder__WEBPACK_IMPORTED_MODULE_1__.StringDecoder('utf8');
    let carry = '';
    let line = 0;
    const emit = (raw) => {
        line++;
        const text = stripComment(raw).trim();
        if (text !== '')
            fn(text, line);
    };
    for (;;) {
        const n = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, chunk, 0, chunk.length, null);
        const text = carry + (n > 0 ? decoder.write(chunk.subarray(0, n)) : decoder.end());
        let start = 0;
        for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
            emit(text.slice(start, end));
            start = end + 1;
        }
        carry = text.slice(start);
        if (carry.length > MAX_FILE_LINE)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid line ${line + 1} of ${source}: over ${MAX_FILE_LINE / 1024} KiB without a line break`);
        if (n === 0) {
            if (carry !== '')
                emit(carry);
            return;
        }
    }
}
/**
 * One endpoint: `HOST[:PORT] [@ADDRESS]`, and what people paste for it — a URL
 * (`https://www.a.com:8443/login`: scheme and path dropped, https's port 443 by default), the form
 * the CLI prints (`www.a.com:443@10.0.0.5`, no space before `@`), an IP address as the host
 * (`10.0.0.5:443`, `[2001:db8::5]:443`: probed without SNI, judged against the certificate's IP
 * addresses).
 */
function parseEndpoint(text, line, source, what, file) {
    // Split by hand rather than with a lazy regex, which backtracks quadratically on one long token.
    const invalid = () => new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid line ${line} of ${source}: expected 'HOST[:PORT] [@ADDRESS]', got '${text.slice(0, 300)}'`);
    const at = text.indexOf('@');
    let hostPort = (at < 0 ? text : text.slice(0, at)).trim();
    const rest = at < 0 ? '' : text.slice(at).replace(/^@\s*/, '@').trim();
    if (rest && (rest.length === 1 || /\s|@/.test(rest.slice(1))))
        throw invalid();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(hostPort);
    if (scheme) {
        if (scheme[1].toLowerCase() !== 'https')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid line ${line} of ${source}: '${scheme[0]}' is not TLS; write https://HOST[:PORT] or HOST[:PORT] (got '${text.slice(0, 300)}')`);
        hostPort = hostPort.slice(scheme[0].length);
    }
    // a path, query or fragment after the host (pasted from a browser) says nothing about TLS
    hostPort = hostPort.replace(/[/?#].*$/, '');
    if (/\s/.test(hostPort))
        throw invalid();
    let hostRaw;
    let portText;
    const bracket = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(hostPort);
    if (bracket)
        [hostRaw, portText] = [bracket[1], bracket[2]];
    else if ((0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .isIpAddress */ .oX)(hostPort))
        hostRaw = hostPort;
    else {
        const portMatch = /:(\d{1,5})$/.exec(hostPort);
        hostRaw = portMatch ? hostPort.slice(0, portMatch.index) : hostPort;
        portText = portMatch?.[1];
    }
    if (!hostRaw)
        throw invalid();
    const port = portText ? Number(portText) : 443;
    if (port < 1 || port > 65535)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid port '${portText}' in ${source} (line ${line})`);
    const spec = { host: (0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .isIpAddress */ .oX)(hostRaw) ? hostRaw.toLowerCase() : host(what, hostRaw.slice(0, 300), line), port, line };
    if (file !== undefined)
        spec.file = file;
    if (spec.host.startsWith('*.'))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid host '${hostRaw}' in ${source} (line ${line}): a wildcard cannot be probed`);
    if (rest) {
        const addrRaw = rest.slice(1);
        const addr = addrRaw.replace(/^\[(.*)\]$/, '$1');
        if (!(0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .isIpAddress */ .oX)(addr) && !(0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalHost */ .rQ)(addr))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid address '${addrRaw}' in ${source} (line ${line})`);
        spec.address = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .isIpAddress */ .oX)(addr) ? addr : (0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .canonicalHost */ .rQ)(addr);
    }
    return spec;
}
function parseExpect(value, what) {
    const map = new Map();
    for (const { text, line } of lines(value)) {
        const m = /^(\S+)\s*=\s*([0-9A-Fa-f:]+)$/.exec(text);
        const thumb = m?.[2]?.replace(/:/g, '').toUpperCase();
        if (!m || !thumb || thumb.length !== 40)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid line ${line} of ${what}: expected 'HOST = SHA1-THUMBPRINT' (40 hex digits)`);
        map.set(host(what, m[1], line), thumb);
    }
    return map;
}
/** `endpoints-file`: the same lines from a file, for lists too long for an input (environment variables are capped at 128 KiB). */
function readEndpointsFile(raw, cwd, door) {
    if (!raw)
        return [];
    const what = (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputRef */ .io)(door, 'endpoints-file');
    const file = filePath(what, raw, cwd);
    let fd;
    try {
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size > 64 * 1024 * 1024)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`The file '${raw}' of ${what} is over 64 MiB`);
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd).isDirectory()) {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
            throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        }
    }
    catch (err) {
        if (err instanceof _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d)
            throw err;
        const code = err.code;
        const where = node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute(raw) ? '' : ` (relative to ${cwd})`;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`The file '${raw}' of ${what} does not exist${where}.${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .pathHint */ .Pq)(raw)}`.replace(/\.$/, ''));
        if (code === 'EISDIR')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`'${raw}' of ${what} is a folder; name the file of endpoint lines inside it`);
        if (code === 'EACCES' || code === 'EPERM')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`The file '${raw}' of ${what} cannot be read: permission denied`);
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`The file '${raw}' of ${what} cannot be read (${code ?? 'unreadable'})`);
    }
    const source = `'${raw}' (${what})`;
    try {
        return collectEndpoints((fn) => eachFileLine(fd, source, fn), source, what, file);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
    }
}
function parseInputs(get, env = process.env, cwd = process.cwd(), door = 'action') {
    const ref = (name) => (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputRef */ .io)(door, name);
    const command = choice(ref('command'), get('command'), COMMANDS, 'check');
    const password = get('password');
    const warnDays = threshold(ref('warn-days'), get('warn-days'), _certs_thresholds_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_WARN */ .zi);
    const failDays = threshold(ref('fail-days'), get('fail-days'), _certs_thresholds_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_FAIL */ .RZ);
    const atRaw = get('at').trim();
    const at = atRaw ? new Date(atRaw) : new Date();
    if (atRaw && (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(atRaw)))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${atRaw}' for ${ref('at')}: expected an ISO-8601 date or instant such as 2026-01-31T00:00:00Z`);
    const trustLines = lines(get('trust') || 'system').map((l) => l.text);
    const trustSystem = trustLines.includes('system');
    const trustFiles = trustLines.filter((t) => t !== 'system').map((t) => filePath(ref('trust'), t, cwd));
    const fallbackRaw = get('fallback').trim();
    const fallback = fallbackRaw === '' ? undefined : fallbackRaw.toLowerCase() === 'none' ? null : host(ref('fallback'), fallbackRaw);
    const shardRaw = get('shard').trim();
    let shard;
    if (shardRaw) {
        const m = /^(\d+)\/(\d+)$/.exec(shardRaw);
        if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${shardRaw}' for ${ref('shard')}: expected K/N with 1 ≤ K ≤ N, such as 2/4`);
        shard = { index: Number(m[1]), count: Number(m[2]) };
    }
    const timeoutRaw = get('timeout').trim();
    const timeoutSec = timeoutRaw === '' ? 10 : Number(timeoutRaw);
    if (!Number.isFinite(timeoutSec) || timeoutSec <= 0 || timeoutSec > 600)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${timeoutRaw}' for ${ref('timeout')}: expected seconds from 0 to 600`);
    const runnerTemp = env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir();
    const sarif = get('sarif').trim();
    const sd = get('service-definition').trim();
    for (const [name, rule] of Object.entries(ONLY_FOR)) {
        // a flag at its default (false) is not given
        if (/^(|false)$/i.test(get(name).trim()) || rule.commands.includes(command))
            continue;
        const why = rule.instead?.[command]?.(ref('sites'));
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .capital */ .Nx)(ref(name))} is for ${rule.commands.join('/')} only${why ? `: ${why}` : `, not for ${command}`}; remove it from this ${door === 'cli' ? 'command' : 'step'}`);
    }
    const osFamilyRaw = get('os-family').trim();
    const target = choice(ref('target'), get('target'), ['cloud-service', 'iis'], 'cloud-service');
    for (const name of target === 'iis' ? CLOUD_SERVICE_ONLY : IIS_ONLY) {
        if (get(name).trim() === '')
            continue;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(target === 'iis'
            ? `${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .capital */ .Nx)(ref(name))} is for the Cloud Service package; with ${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputSetting */ .pw)(door, 'target', 'iis')} ${command} needs no csdef or cscfg (the bundle targets a plain IIS host); remove it from this ${door === 'cli' ? 'command' : 'step'}`
            : `${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .capital */ .Nx)(ref(name))} is for ${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputSetting */ .pw)(door, 'target', 'iis')} only; add that, or remove it from this ${door === 'cli' ? 'command' : 'step'}`);
    }
    const iisSite = get('iis-site').trim() || 'Default Web Site';
    if (!IIS_SITE_NAME.test(iisSite))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid value '${iisSite}' for ${ref('iis-site')}: an IIS site name has none of \\ / ? ; : @ & = + $ , | " < > * and no control characters`);
    const removeIpMappings = lines(get('remove-ip-mappings')).map(({ text, line }) => {
        const addr = text.replace(/^\[(.*)\]$/, '$1');
        if (!(0,_hosts_js__WEBPACK_IMPORTED_MODULE_6__/* .isIpAddress */ .oX)(addr))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid address '${text}' in ${ref('remove-ip-mappings')} (line ${line}): expected an IPv4 or IPv6 address`);
        const canonical = canonicalIp(addr);
        if (canonical === '0.0.0.0' || canonical === '::')
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid address '${text}' in ${ref('remove-ip-mappings')} (line ${line}): 0.0.0.0:443 / [::]:443 is the fallback for clients without SNI, which ${ref('fallback')} controls`);
        return canonical;
    });
    const kvRaw = get('keyvault-extension').trim();
    const inputs = {
        command,
        door,
        sites: parseSites(get('sites'), password, env, cwd, door),
        serviceDefinition: sd ? filePath(ref('service-definition'), sd, cwd) : undefined,
        serviceConfigurations: lines(get('service-configuration')).map((l) => filePath(ref('service-configuration'), l.text, cwd, l.line)),
        role: get('role').trim() || undefined,
        osFamily: integer(ref('os-family'), osFamilyRaw, 5, 1, 99),
        osFamilyGiven: osFamilyRaw !== '',
        warnDays,
        failDays,
        at,
        trustSystem,
        trustFiles,
        endpoints: [...parseEndpoints(get('endpoints'), ref('endpoints')), ...readEndpointsFile(get('endpoints-file').trim(), cwd, door)],
        expect: parseExpect(get('expect'), ref('expect')),
        startupDir: get('startup-dir').trim() || undefined,
        fallback,
        dryRun: bool(ref('dry-run'), get('dry-run')),
        server: choice(ref('server'), get('server'), ['auto', 'iis', 'nginx', 'node'], 'auto'),
        timeoutMs: Math.round(timeoutSec * 1000),
        revocation: bool(ref('revocation'), get('revocation')),
        concurrency: integer(ref('concurrency'), get('concurrency'), 50, 1, 10000),
        shard,
        reports: lines(get('reports')).map((l) => l.text),
        failOn: choice(ref('fail-on'), get('fail-on'), ['error', 'warning', 'never'], 'error'),
        reportPath: filePath(ref('report'), get('report').trim() || node_path__WEBPACK_IMPORTED_MODULE_3__.join(runnerTemp, 'sni-ready-report.json'), cwd),
        sarifPath: sarif ? filePath(ref('sarif'), sarif, cwd) : undefined,
        issue: bool(ref('issue'), get('issue')),
        githubToken: get('github-token').trim() || undefined,
        cwd,
        target,
        iisSite,
        bundleDir: filePath(ref('bundle'), get('bundle').trim() || 'sni-ready-iis', cwd),
        removeIpMappings: [...new Set(removeIpMappings)],
        keyvaultExtension: kvRaw ? filePath(ref('keyvault-extension'), kvRaw, cwd) : undefined,
    };
    if (inputs.role !== undefined && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(inputs.role))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`Invalid role name '${inputs.role}' in ${ref('role')}`);
    if (inputs.startupDir !== undefined)
        inputs.startupDir = filePath(ref('startup-dir'), inputs.startupDir, cwd);
    const template = get('template').trim();
    const templateParameters = get('template-parameters').trim();
    if (template)
        inputs.template = filePath(ref('template'), template, cwd);
    if (templateParameters) {
        if (!template)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .capital */ .Nx)(ref('template-parameters'))} needs ${ref('template')} (the template those parameters are for)`);
        inputs.templateParameters = filePath(ref('template-parameters'), templateParameters, cwd);
    }
    if (template && !inputs.serviceConfigurations.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_9__/* .InputError */ .d(`${(0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .capital */ .Nx)(ref('template'))} is linted against the cscfg: set ${ref('service-configuration')} too`);
    return inputs;
}
/**
 * What each command needs before it can check anything. A command with nothing to check fails
 * with one sentence naming what is missing: a green step has to mean that something was checked.
 */
function nothingToCheck(inputs) {
    const ref = (name) => (0,_door_js__WEBPACK_IMPORTED_MODULE_5__/* .inputRef */ .io)(inputs.door, name);
    const sitesLines = `${ref('sites')} (HOST [HOST ...] = PATH lines)`;
    switch (inputs.command) {
        case 'check':
            if (!inputs.sites.length && !inputs.serviceDefinition && !inputs.serviceConfigurations.length && !inputs.keyvaultExtension)
                return `Nothing to check: set ${sitesLines}, ${ref('service-definition')}, or both`;
            return undefined;
        case 'patch':
            if (inputs.target === 'iis') {
                if (!inputs.sites.length)
                    return `Nothing to patch with: set ${sitesLines}; patch --target iis writes the bundle for their hosts`;
                return undefined;
            }
            if (!inputs.serviceDefinition)
                return `Nothing to patch: set ${ref('service-definition')} (the .csdef to patch) and ${sitesLines}`;
            if (!inputs.sites.length)
                return `Nothing to patch with: set ${sitesLines}; patch takes the certificates and hosts from them`;
            return undefined;
        case 'verify':
            if (!inputs.sites.length)
                return `Nothing to verify: set ${sitesLines}; verify serves each host with the certificate of its line`;
            return undefined;
        case 'scan':
            if (!inputs.endpoints.length)
                return `Nothing to scan: set ${ref('endpoints')} (HOST[:PORT] [@ADDRESS] lines) or ${ref('endpoints-file')}`;
            return undefined;
        case 'merge':
            if (!inputs.reports.length)
                return `Nothing to merge: set ${ref('reports')} (the shard reports, paths or globs, one a line)`;
            return undefined;
    }
}


/***/ }),

/***/ 7864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ms: () => (/* binding */ parseKeyVaultUrl),
/* harmony export */   j4: () => (/* binding */ keyVaultLoopbackAllowed),
/* harmony export */   rg: () => (/* binding */ versionedUrl)
/* harmony export */ });
// Key Vault addresses as `sites` lines and templates write them:
// `keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]` (a certificate, read
// through its secret) and `https://VAULT.vault.azure.net/secrets/NAME[/VERSION]` (a template's
// certificateUrl). Parsing is plain text work: the Azure SDK is loaded only by runs that read a
// vault (src/keyvault/read.ts).
/** Vault hosts of the public and sovereign clouds. */
const VAULT_HOST = /^([a-z0-9](?:[a-z0-9-]{1,22}[a-z0-9])?)\.(vault\.azure\.net|vault\.azure\.cn|vault\.usgovcloudapi\.net|vault\.microsoftazure\.de)$/;
/** Key Vault object names: letters, digits and hyphens, up to 127. Versions: 32 hex digits. */
const OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
const VERSION = /^[0-9A-Za-z]{1,64}$/;
/**
 * Test only: SNI_READY_KEYVAULT_LOOPBACK=1 lets a vault address be `https://127.0.0.1:PORT` or
 * `https://localhost:PORT` (a stand-in vault started by the tests), skips the SDK's check that the
 * challenge's resource matches the vault's domain, and turns off the identity library's instance
 * discovery (a request to login.microsoftonline.com). Never set in a real run.
 */
function keyVaultLoopbackAllowed(env = process.env) {
    return env.SNI_READY_KEYVAULT_LOOPBACK === '1';
}
/**
 * Parses a Key Vault object address; undefined when `raw` is not one (the caller says why).
 * `collections` limits which kind of object may be named.
 */
function parseKeyVaultUrl(raw, collections, env = process.env) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' || u.username || u.password || u.search || u.hash)
        return undefined;
    const host = u.hostname.toLowerCase();
    const m = VAULT_HOST.exec(host);
    const loopback = keyVaultLoopbackAllowed(env) && (host === '127.0.0.1' || host === 'localhost');
    if (!m && !loopback)
        return undefined;
    if (m && u.port)
        return undefined;
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts.length < 2 || parts.length > 3)
        return undefined;
    const [collection, name, version] = parts;
    if (!collections.includes(collection) || !OBJECT_NAME.test(name) || (version !== undefined && !VERSION.test(version)))
        return undefined;
    const ref = {
        url: raw,
        vaultUrl: u.origin,
        vaultName: m ? m[1] : u.host,
        collection: collection,
        name,
    };
    if (version !== undefined)
        ref.version = version;
    return ref;
}
/** `https://VAULT.vault.azure.net/certificates/NAME/VERSION`: the address of the version read. */
function versionedUrl(ref, version) {
    return `${ref.vaultUrl}/${ref.collection}/${ref.name}${version ? `/${version}` : ''}`;
}


/***/ }),

/***/ 9334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bs: () => (/* binding */ rowStatus),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   PN: () => (/* binding */ soonestExpiry),
/* harmony export */   Tp: () => (/* binding */ exitNote),
/* harmony export */   U9: () => (/* binding */ count),
/* harmony export */   WJ: () => (/* binding */ verdict),
/* harmony export */   WR: () => (/* binding */ endpointStatus),
/* harmony export */   aZ: () => (/* binding */ byImpact),
/* harmony export */   cK: () => (/* binding */ endpointFindings),
/* harmony export */   ln: () => (/* binding */ thumbprints),
/* harmony export */   n7: () => (/* binding */ hostFindings),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   xJ: () => (/* binding */ unopened)
/* harmony export */ });
/* unused harmony exports findingsFor, worst */
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9244);
// Small queries over a report's findings, shared by every presenter.


function count(findings, severity) {
    return findings.filter((f) => f.severity === severity).length;
}
function failing(report, failOn) {
    return report.findings.filter((f) => (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .atOrAbove */ .kU)(f.severity, failOn));
}
/**
 * Findings that concern a certificate entry: same file (and, when the finding names a host, one of
 * the entry's hosts: two `sites` lines may name the same file), or one of its hosts.
 */
function findingsFor(report, cert) {
    return report.findings.filter((f) => (f.file === undefined ? f.host !== undefined && cert.hosts.includes(f.host) : concerns(f, cert)));
}
function concerns(f, cert) {
    return f.file === cert.file && (f.host === undefined || cert.hosts.includes(f.host));
}
const SEVERITY_RANK = { error: 0, warning: 1, notice: 2 };
/** Rules by impact: a bad input first, then the catalog's order (the certificate that cannot be
 * read or opened, expired, the wrong host, ... before legacy encryption and the package's set-up). */
const IMPACT = new Map([..._rules_js__WEBPACK_IMPORTED_MODULE_1__.RULES.keys()].map((id, i) => [id, id === 'input-invalid' ? -1 : i]));
/** Sort order of findings everywhere a user reads them: severity, then impact; stable otherwise. */
function byImpact(a, b) {
    return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (IMPACT.get(a.rule) ?? 999) - (IMPACT.get(b.rule) ?? 999);
}
function worst(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'error';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warning';
    if (findings.some((f) => f.severity === 'notice'))
        return 'notice';
    return 'ok';
}
/**
 * The status of one row — a host of a certificate entry, or an endpoint probed — decided here
 * only: the worst finding about it, whatever its area (an expired, wrong or self-signed served
 * certificate is not "ok"); a row that could not be probed is an error.
 */
function rowStatus(findings, unreachable = false) {
    return unreachable ? 'error' : worst(findings);
}
/** Whether a finding's host (`*.example.com` included) is the row's host name. */
function about(f, name) {
    if (f.host === undefined)
        return false;
    if (f.host === name)
        return true;
    const dot = name.indexOf('.');
    return f.host.startsWith('*.') && dot > 0 && f.host.slice(2) === name.slice(dot + 1);
}
/**
 * Every finding about one endpoint row: the findings about its SNI name (every area: the served
 * certificate's, the expected file's, the server's), or for the probe without SNI those about its
 * address (fallback and per-address configuration probes).
 */
function endpointFindings(report, e) {
    const name = e.sni ?? e.host;
    return report.findings.filter((f) => about(f, name));
}
/** The status of one endpoint row (also written to the JSON report as `endpoints[].status`). */
function endpointStatus(report, e) {
    return rowStatus(endpointFindings(report, e), Boolean(e.error));
}
/**
 * Every finding about one host of a certificate entry: the entry's own (a host mismatch only for
 * the host it names), and any other finding about the host (e.g. what a server served for it).
 */
function hostFindings(report, cert, host) {
    const mine = findingsFor(report, cert).filter((f) => f.rule !== 'cert-host-mismatch' || f.host === host);
    for (const f of report.findings)
        if (about(f, host) && !mine.includes(f))
            mine.push(f);
    return mine;
}
/** The verdict comes from the findings alone; `fail-on` decides only the exit status. */
function verdict(report) {
    const errors = count(report.findings, 'error');
    const warnings = count(report.findings, 'warning');
    if (errors)
        return { status: 'error', text: 'not ready', icon: '❌' };
    if (warnings)
        return { status: 'warning', text: 'ready, with warnings', icon: '⚠️' };
    return { status: 'ok', text: 'ready', icon: '✅' };
}
/**
 * What `fail-on` made of the verdict, when the two differ (an error under `fail-on: never`, or a
 * warning under `fail-on: warning`); undefined when the exit status says what the verdict says.
 */
function exitNote(report, failOn, step = 'step') {
    const fails = failing(report, failOn).length > 0;
    const bad = count(report.findings, 'error') > 0;
    if (bad && !fails)
        return `fail-on: ${failOn}, so the ${step} passes`;
    if (!bad && fails)
        return `fail-on: ${failOn}, so the ${step} fails`;
    return undefined;
}
const STATUS_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️', ok: '✅' };
/** Smallest days-left over every certificate checked (chains included), and its expiry. */
function soonestExpiry(report) {
    const at = new Date(report.at).getTime();
    let best;
    const consider = (notAfter) => {
        if (!notAfter)
            return;
        const t = new Date(notAfter).getTime();
        if (Number.isNaN(t))
            return;
        const daysLeft = (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_0__/* .daysBetween */ .YM)(new Date(at), new Date(t));
        if (!best || daysLeft < best.daysLeft)
            best = { daysLeft, expires: new Date(t).toISOString().slice(0, 10) };
    };
    for (const c of report.certificates) {
        consider(c.notAfter);
        for (const e of c.chain)
            consider(e.notAfter);
    }
    for (const e of report.endpoints) {
        consider(e.notAfter);
        for (const c of e.chain)
            consider(c.notAfter);
    }
    return best;
}
/** host → SHA-1 thumbprint of its certificate (files first, then served endpoints). */
function thumbprints(report) {
    const out = {};
    for (const c of report.certificates)
        for (const h of c.hosts)
            out[h] ??= c.thumbprint;
    for (const e of report.endpoints)
        if (e.sni && e.thumbprint)
            out[e.sni] ??= e.thumbprint;
    return out;
}
/** Certificate files that could not be opened: they have findings but no certificate entry. */
function unopened(report) {
    const byLine = new Map();
    for (const f of report.findings) {
        if (!f.file || !f.rule.startsWith('cert-') || report.certificates.some((c) => concerns(f, c)))
            continue;
        const key = `${f.file}\0${f.host ?? ''}`;
        const entry = byLine.get(key) ?? { file: f.file, findings: [] };
        entry.findings.push(f);
        byLine.set(key, entry);
    }
    return [...byLine.values()].map(({ file, findings }) => ({ host: findings.find((f) => f.host)?.host ?? '—', file, findings }));
}


/***/ }),

/***/ 7962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $b: () => (/* binding */ inertReport),
/* harmony export */   F: () => (/* binding */ guardLines),
/* harmony export */   MZ: () => (/* binding */ codeCell),
/* harmony export */   V$: () => (/* binding */ foreign),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   cz: () => (/* binding */ mdCell),
/* harmony export */   md: () => (/* binding */ md)
/* harmony export */ });
/* unused harmony export foreignLines */
// C0 controls, DEL, C1 controls, the bidi controls and marks, the Unicode line and paragraph
// separators, and the byte-order mark / zero-width no-break space.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const UNSAFE_BUT_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
function escapeChar(c) {
    const named = NAMED[c];
    if (named)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
/** One line of foreign text, inert: every control character escaped visibly (`\n`, `\x1b`, `\u202e`). */
function foreign(text) {
    return String(text ?? '').replace(UNSAFE, escapeChar);
}
/** Foreign text of several lines (a file's lines in a diff, a tool's output): line breaks stay
 * (CRLF becomes LF), every other control character is escaped, and no line starts a workflow command. */
function foreignLines(text) {
    return guardLines(String(text ?? '')
        .replace(/\r\n/g, '\n')
        .replace(UNSAFE_BUT_NEWLINE, escapeChar));
}
/** A GitHub workflow command (`::error::`, `::add-mask::`, the older `##[error]`) is a line that
 * starts with `::` or `##[` once leading white space is trimmed; the runner also splits lines at a
 * lone CR. */
const COMMAND_START = /^(\s*)(::|##\[)/;
/** The doors' last check on a whole output: control characters other than line breaks and tabs
 * escaped, lone CRs escaped, and any line that would start a workflow command escaped (`\x3a:`). */
function guardLines(text) {
    return text
        .replace(/\r(?!\n)/g, '\\r')
        .replace(/[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, escapeChar)
        .split('\n')
        .map((line) => line.replace(COMMAND_START, (_, space, start) => `${space}${escapeChar(start[0])}${start.slice(1)}`))
        .join('\n');
}
// --- Markdown ---
/** One code span holding `text` verbatim: the fence is longer than any backtick run inside, and a
 * space pads content that starts or ends with a backtick (CommonMark 6.1). */
function code(text) {
    const s = foreign(text);
    if (!s)
        return '';
    const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    const pad = s.startsWith('`') || s.endsWith('`') || (s.startsWith(' ') && s.endsWith(' ') && s.trim()) ? ' ' : '';
    return `${fence}${pad}${s}${pad}${fence}`;
}
/** Characters that never start markup, a link or a mention in GitHub's Markdown. */
const SAFE_WORD = /^[\p{L}\p{N}\p{M}.,;:'"()\-/=+%?’‘“”—–…°·×→←✓]+$/u;
/** Safe characters that still make a word live: GFM autolinks (`www.`, `scheme://`) and GitHub's
 * issue references (`GH-12`). */
const LIVE_WORD = /www\.|:\/\/|\bGH-\d/i;
/** A host or file name: shown as code, as every host is in the summary. */
const NAME_WORD = /[\p{L}\p{N}-]\.[\p{L}][\p{L}\p{N}-]/u;
/** Punctuation that ends a sentence or a parenthesis: kept outside a word's code span. */
const TRAIL = /[.,;:'")?]+$/;
const LEAD = /^[('"]+/;
/** A word of prose in Markdown: as is when it cannot be markup, else in a code span. */
function mdWord(word) {
    if (SAFE_WORD.test(word) && !LIVE_WORD.test(word) && !NAME_WORD.test(word))
        return word;
    const lead = LEAD.exec(word)?.[0] ?? '';
    const rest = word.slice(lead.length);
    const trail = TRAIL.exec(rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    if (!core)
        return SAFE_WORD.test(word) ? word : code(word);
    return `${lead}${code(core)}${trail}`;
}
/** Our own code spans (`x`), when CommonMark would read the text's backticks the same way: every
 * backtick run single, paired, not escaped, and no `<` (HTML and autolinks bind tighter) before one. */
function codeSpans(text) {
    const ticks = [];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '`')
            ticks.push(i);
    if (!ticks.length)
        return [];
    if (ticks.length % 2)
        return undefined;
    const spans = [];
    for (let k = 0; k < ticks.length; k += 2) {
        const a = ticks[k];
        const b = ticks[k + 1];
        if (b === a + 1 || text[a - 1] === '\\' || text[b - 1] === '\\')
            return undefined;
        spans.push([a, b + 1]);
    }
    if (text.lastIndexOf('<', ticks[ticks.length - 1]) >= 0)
        return undefined;
    return spans;
}
/**
 * Any text as inert Markdown for a paragraph, a list item or (with `|` escaped) a table cell: line
 * breaks become spaces, control characters are escaped, our own code spans stay, and every word that
 * could be markup, a link, an image, an autolink, an @mention or an issue reference — or is a host
 * or file name — is put in a code span of its own, where GitHub renders nothing live.
 */
function md(text) {
    const s = foreign(String(text ?? '').replace(/\r?\n/g, ' '));
    const spans = codeSpans(s) ?? [];
    // Words: runs of non-space characters; a code span of ours (spaces and all) is part of the word it is in.
    const out = [];
    let i = 0;
    let span = 0;
    while (i < s.length) {
        if (s[i] === ' ') {
            out.push(' ');
            i++;
            continue;
        }
        let j = i;
        const inner = [];
        while (j < s.length && s[j] !== ' ') {
            const sp = spans[span];
            if (sp && sp[0] === j) {
                inner.push(sp);
                j = sp[1];
                span++;
            }
            else
                j++;
        }
        const word = s.slice(i, j);
        if (inner.length === 1) {
            // A code span of ours with safe glue around it (`(x),`): as written.
            const [a, b] = inner[0];
            const before = s.slice(i, a);
            const after = s.slice(b, j);
            if ((!before || SAFE_WORD.test(before)) && (!after || SAFE_WORD.test(after))) {
                out.push(word);
                i = j;
                continue;
            }
        }
        out.push(inner.length ? code(word) : mdWord(word));
        i = j;
    }
    return out.join('');
}
/** `md` for a table cell: pipes escaped too (GFM splits cells at `|`, even inside a code span). */
function mdCell(text) {
    return md(text).replace(/\|/g, '\\|');
}
/** `code` for a table cell. */
function codeCell(text) {
    return code(text).replace(/\|/g, '\\|');
}
// --- the report ---
/** Every string of a value, deep, made inert with `foreign` (`config.diff`, several lines, with `foreignLines`). */
function inertValue(value, key = '') {
    if (typeof value === 'string')
        return key === 'diff' ? foreignLines(value) : foreign(value);
    if (Array.isArray(value))
        return value.map((v) => inertValue(v));
    if (value && typeof value === 'object') {
        const o = value;
        for (const k of Object.keys(o))
            o[k] = inertValue(o[k], k);
        return o;
    }
    return value;
}
/**
 * The report, in place, with every text inert. Names and messages are escaped where they enter
 * (certificate names in src/certs/x509.ts, errors where they are caught, shard reports as `merge`
 * reads them); this pass is the net under them: escaping is idempotent, so an escaped text passes
 * unchanged, and a text someone forgot cannot reach a presenter raw.
 */
function inertReport(report) {
    return inertValue(report);
}


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ addSecret),
/* harmony export */   E: () => (/* binding */ redact)
/* harmony export */ });
// Passwords are masked at the source: where text we did not write (an error message from a
// library, the network, the file system or a child process) enters a finding, a log line or an
// error. The report itself is never rewritten afterwards: our own texts never hold a password,
// and masking the finished report would mangle values that merely equal one (password `2048`
// turned `"keySize": 2048` into `"keySize": ***`, and `true` broke the JSON).
const secrets = [];
/** Short values (under 4 characters) are not masked: that would mangle every foreign text. */
function addSecret(value) {
    if (value && value.length >= 4 && !secrets.includes(value)) {
        secrets.push(value);
        secrets.sort((a, b) => b.length - a.length);
    }
}
/** Masks every known secret in a text that came from outside (error messages, tool output). */
function redact(text) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join('***');
    return out;
}


/***/ }),

/***/ 9244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HO: () => (/* binding */ inArea),
/* harmony export */   KX: () => (/* binding */ isRuleId),
/* harmony export */   PI: () => (/* binding */ ruleInfo),
/* harmony export */   RULES: () => (/* binding */ RULES),
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   kU: () => (/* binding */ atOrAbove)
/* harmony export */ });
/* unused harmony export rulesOf */
const catalog = [
    { id: 'cert-unreadable', severity: 'error', area: 'certificate', summary: 'The certificate file is missing, empty, truncated or not a certificate.' },
    { id: 'cert-password', severity: 'error', area: 'certificate', summary: 'The container cannot be opened with the given password.' },
    { id: 'cert-no-key', severity: 'error', area: 'certificate', summary: 'No private key for the leaf certificate.' },
    { id: 'cert-key-mismatch', severity: 'error', area: 'certificate', summary: 'The private key does not belong to the leaf certificate.' },
    { id: 'cert-expired', severity: 'error', area: 'certificate', summary: 'A certificate of the chain has expired.' },
    { id: 'cert-not-yet-valid', severity: 'error', area: 'certificate', summary: 'A certificate of the chain is not valid yet.' },
    { id: 'cert-expires-soon', severity: 'warning', area: 'certificate', summary: 'A certificate expires within warn-days (warning) or fail-days (error).' },
    { id: 'cert-host-mismatch', severity: 'error', area: 'certificate', summary: 'The leaf does not cover a host (SAN, RFC 6125 wildcards).' },
    {
        id: 'cert-weak-key',
        severity: 'error',
        area: 'certificate',
        summary: 'RSA key under 2048 bits or not a whole number of octets, EC key under 256 bits or with explicit curve parameters, DSA, or an RSA key browsers refuse to check signatures with (exponent even, 1 or over 33 bits; modulus over 16384 bits).',
    },
    { id: 'cert-weak-signature', severity: 'error', area: 'certificate', summary: 'SHA-1 or MD5 signature on the leaf or an intermediate.' },
    { id: 'cert-no-server-auth', severity: 'error', area: 'certificate', summary: 'Extended key usage present without serverAuth.' },
    {
        id: 'cert-no-san',
        severity: 'error',
        area: 'certificate',
        summary: 'The certificate has no subjectAltName DNS entry; browsers ignore the subject CN since 2017.',
    },
    {
        id: 'chain-invalid',
        severity: 'error',
        area: 'certificate',
        summary: 'A certificate of the path breaks a constraint browsers enforce (CA flag, key usage, path length, name constraints, critical extension, EKU, version, algorithm).',
    },
    { id: 'chain-incomplete', severity: 'error', area: 'certificate', summary: 'An issuer of the chain is missing.' },
    { id: 'chain-untrusted', severity: 'error', area: 'certificate', summary: 'The chain does not end at a trusted root.' },
    { id: 'chain-extra', severity: 'warning', area: 'certificate', summary: 'The file holds certificates unrelated to the leaf.' },
    { id: 'chain-order', severity: 'notice', area: 'certificate', summary: 'The chain is not in leaf → intermediates → root order.' },
    {
        id: 'chain-too-complex',
        severity: 'error',
        area: 'certificate',
        summary: 'Judging the chain ran out of its budget (100 signature checks or 250,000 name-constraint comparisons, as rustls-webpki bounds path building); the finding names which.',
    },
    { id: 'chain-root-included', severity: 'notice', area: 'certificate', summary: 'The file includes the root certificate, which clients already have.' },
    {
        id: 'cert-nonconforming',
        severity: 'warning',
        area: 'certificate',
        summary: 'A certificate of the path breaks RFC 5280 or the CA/Browser Forum rules in a way browsers still accept (no authorityKeyIdentifier, serial 0 or negative, critical EKU or AKI, non-critical root basicConstraints).',
    },
    {
        id: 'pfx-legacy-windows',
        severity: 'error',
        area: 'certificate',
        summary: 'AES-encrypted PFX that Windows Server 2016 and older (osFamily ≤ 5) cannot import.',
    },
    { id: 'config-unreadable', severity: 'error', area: 'config', summary: 'csdef/cscfg not well-formed, with DOCTYPE/entities, or wrong root/namespace.' },
    { id: 'config-role-missing', severity: 'error', area: 'config', summary: 'The web role to configure cannot be found.' },
    { id: 'config-os-family', severity: 'error', area: 'config', summary: 'osFamily below os-family (IIS 8+ is needed for SNI).' },
    { id: 'config-https-endpoint', severity: 'error', area: 'config', summary: 'No HTTPS input endpoint on port 443.' },
    { id: 'config-cert-undeclared', severity: 'error', area: 'config', summary: 'An endpoint names a certificate the role does not declare.' },
    { id: 'config-thumbprint', severity: 'error', area: 'config', summary: 'A declared certificate has no cscfg thumbprint or one matching no file.' },
    { id: 'config-intermediate', severity: 'error', area: 'config', summary: 'An intermediate of a served chain is not declared with storeName="CA".' },
    { id: 'config-sni-binding', severity: 'error', area: 'config', summary: 'A host has no SNI binding step, or a host-less HTTPS binding overrides SNI.' },
    {
        id: 'config-cert-drift',
        severity: 'warning',
        area: 'config',
        summary: 'The startup data in the package binds a host to a thumbprint the cscfg or the certificate file no longer has (renewed without re-running patch); error when no declared certificate is left for the host.',
    },
    { id: 'tls-unreachable', severity: 'error', area: 'endpoint', summary: 'The endpoint could not be reached or the handshake failed.' },
    { id: 'tls-wrong-certificate', severity: 'error', area: 'endpoint', summary: 'The served leaf is not the expected certificate.' },
    {
        id: 'tls-renewed-certificate',
        severity: 'notice',
        area: 'endpoint',
        summary: "The server already serves a renewal of the file's certificate (same hosts, later notAfter, valid chain): update the file.",
    },
    { id: 'tls-chain-incomplete', severity: 'error', area: 'endpoint', summary: 'The server does not send the intermediates.' },
    { id: 'tls-no-sni-fallback', severity: 'warning', area: 'endpoint', summary: 'Clients without SNI get no certificate or an unplanned one.' },
    { id: 'tls-protocol', severity: 'error', area: 'endpoint', summary: 'The server negotiated a protocol older than TLS 1.2.' },
    {
        id: 'tls-legacy-protocol',
        severity: 'error',
        area: 'endpoint',
        summary: 'The server still accepts SSL 3.0, TLS 1.0 or 1.1 when a client asks for it (once per configuration: address, port, certificate and suite).',
    },
    {
        id: 'tls-weak-key-exchange',
        severity: 'error',
        area: 'endpoint',
        summary: 'The server uses a Diffie-Hellman group under 2048 bits or accepts an elliptic curve outside X25519/P-256/P-384/P-521/X448.',
    },
    {
        id: 'tls-weak-cipher',
        severity: 'error',
        area: 'endpoint',
        summary: 'The server accepts NULL, EXPORT, RC4, DES or 3DES suites (error) or static-RSA key exchange without forward secrecy (warning).',
    },
    {
        id: 'tls-chain-too-large',
        severity: 'warning',
        area: 'endpoint',
        summary: 'The certificate message exceeds what OpenSSL accepts: browsers connect, OpenSSL-based clients (curl, Python, Node) fail.',
    },
    {
        id: 'cert-revoked',
        severity: 'error',
        area: 'certificate',
        summary: 'With revocation (scan, check): the leaf is revoked (stapled OCSP, OCSP or CRL, with the date and reason); a notice when revocation could not be checked.',
    },
    { id: 'input-invalid', severity: 'error', area: 'input', summary: 'A malformed hostname, path or option.' },
    {
        id: 'keyvault-unreadable',
        severity: 'error',
        area: 'certificate',
        summary: 'A Key Vault certificate cannot be read: no Azure sign-in, a missing role or access policy, a disabled or missing version, or the vault out of reach.',
    },
    {
        id: 'keyvault-not-certificate',
        severity: 'error',
        area: 'certificate',
        summary: 'The Key Vault secret a sites line names holds no certificate (neither PFX nor PEM).',
    },
    {
        id: 'keyvault-version-disabled',
        severity: 'notice',
        area: 'certificate',
        summary: 'The latest version of a Key Vault certificate is disabled; the latest enabled version was checked.',
    },
    {
        id: 'template-unreadable',
        severity: 'error',
        area: 'config',
        summary: 'The Cloud Services (extended support) template or its parameters file is not JSON, or holds no Microsoft.Compute/cloudServices resource.',
    },
    {
        id: 'template-thumbprint-missing',
        severity: 'error',
        area: 'config',
        summary: 'A cscfg certificate thumbprint has no osProfile.secrets certificate in the template (the deployment fails: Missing thumbprints).',
    },
    { id: 'template-url-unversioned', severity: 'error', area: 'config', summary: 'A template certificateUrl names no secret version (/secrets/NAME/VERSION).' },
    { id: 'template-vault-duplicate', severity: 'error', area: 'config', summary: 'The same sourceVault.id appears in more than one osProfile.secrets entry.' },
    {
        id: 'template-store-mismatch',
        severity: 'error',
        area: 'config',
        summary: 'A template certificateStore differs from the storeName the csdef declares for that certificate (My / CA).',
    },
    {
        id: 'template-expression',
        severity: 'notice',
        area: 'config',
        summary: 'A template value is an ARM expression sni-ready cannot resolve offline (reference(), resourceId() of another deployment ...); it was not checked.',
    },
    {
        id: 'config-not-patched',
        severity: 'error',
        area: 'config',
        summary: 'check: the package is not patched for SNI yet; one finding lists what patch will change (the individual config findings stay, as notices, for their file and line).',
    },
    {
        id: 'keyvault-extension-unreadable',
        severity: 'error',
        area: 'config',
        summary: 'The keyvault-extension file cannot be read, is not JSON, or holds no KeyVaultForWindows settings (secretsManagementSettings, observedCertificates).',
    },
    {
        id: 'keyvault-extension-uncovered',
        severity: 'error',
        area: 'config',
        summary: 'A host of sites is not delivered by the Key Vault VM extension: its line names no keyvault= secret, or that secret is not observed.',
    },
    {
        id: 'keyvault-extension-url',
        severity: 'error',
        area: 'config',
        summary: 'An observed certificate URL is not a versionless Key Vault secret URL (a version pins it and 4.0 cannot; /certificates/ has no key).',
    },
    {
        id: 'keyvault-extension-store',
        severity: 'error',
        area: 'config',
        summary: 'An observed certificate does not go to certificateStoreName "MY", certificateStoreLocation "LocalMachine" (spelled exactly), where IIS looks.',
    },
    {
        id: 'keyvault-extension-polling',
        severity: 'error',
        area: 'config',
        summary: 'pollingIntervalInS is missing or outside 300-3600 seconds (what version 4.0 accepts).',
    },
    {
        id: 'keyvault-extension-duplicate',
        severity: 'error',
        area: 'config',
        summary: 'An observed certificate (the same vault and secret) is listed more than once.',
    },
    {
        id: 'keyvault-extension-os',
        severity: 'error',
        area: 'config',
        summary: 'The template names a Windows Server image older than 2022, where version 4.0 of the Key Vault VM extension does not install.',
    },
];
const RULES = new Map(catalog.map((r) => [r.id, r]));
function isRuleId(id) {
    return RULES.has(id);
}
function ruleInfo(id) {
    const info = RULES.get(id);
    if (!info)
        throw new Error(`Unknown rule id '${id}' (add it to src/rules.ts)`);
    return info;
}
/** The rules of one area, in catalog order. */
function rulesOf(area) {
    return [...RULES.values()].filter((r) => r.area === area);
}
/** Is the finding's rule in this area? Presenters filter with this, never by the id's spelling. */
function inArea(f, area) {
    return RULES.get(f.rule)?.area === area;
}
/** Makes a finding, taking the rule's default severity unless one is given. */
function finding(rule, message, extra = {}) {
    return { rule, severity: extra.severity ?? ruleInfo(rule).severity, message, ...extra };
}
const rank = { error: 3, warning: 2, notice: 1 };
function atOrAbove(severity, threshold) {
    if (threshold === 'never')
        return false;
    return rank[severity] >= rank[threshold];
}


/***/ }),

/***/ 9510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g7: () => (/* binding */ execute),
  d0: () => (/* binding */ syncIssue),
  _2: () => (/* binding */ tracksIssue)
});

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/report/foreign.ts
var foreign = __webpack_require__(7962);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/engine.ts
// The engine: runs one command on parsed inputs and returns the report. It never touches
// @actions/*; presenting the report is the job of src/main.ts and src/cli.ts.




async function runCommand(inputs, log) {
    const missing = (0,src_inputs/* nothingToCheck */.JW)(inputs);
    if (missing)
        throw new types/* InputError */.d(missing);
    const report = {
        version: 1,
        command: inputs.command,
        at: inputs.at.toISOString(),
        certificates: [],
        endpoints: [],
        findings: [],
    };
    switch (inputs.command) {
        case 'check':
        case 'patch':
        case 'verify': {
            const { checkCertificates } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 8719));
            const checked = await checkCertificates(inputs);
            report.certificates.push(...checked.certificates);
            report.findings.push(...checked.findings);
            if (inputs.command === 'check' && (inputs.serviceDefinition || inputs.serviceConfigurations.length)) {
                const { lintService } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(474)]).then(__webpack_require__.bind(__webpack_require__, 474));
                const { consolidateUnpatched } = await __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 3533));
                const linted = await lintService(inputs, checked.sites);
                report.config = linted.config;
                report.findings.push(...consolidateUnpatched(linted.findings, inputs.serviceDefinition));
            }
            if (inputs.command === 'check' && inputs.template) {
                const { lintTemplate } = await Promise.all(/* import() */[__webpack_require__.e(134), __webpack_require__.e(237)]).then(__webpack_require__.bind(__webpack_require__, 8237));
                const linted = await lintTemplate(inputs, checked.sites);
                report.findings.push(...linted.findings);
                if (linted.notes.length)
                    (report.notes ??= []).push(...linted.notes);
            }
            if (inputs.command === 'check' && inputs.keyvaultExtension) {
                const { lintKeyVaultExtension } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 370));
                report.findings.push(...lintKeyVaultExtension(inputs.keyvaultExtension, inputs.sites));
            }
            if (inputs.command === 'patch' && inputs.target === 'iis') {
                const { patchIisBundle } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(474), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 2739));
                const patched = await patchIisBundle(inputs, checked.sites, log);
                report.config = patched.config;
                report.findings.push(...patched.findings);
                (report.notes ??= []).push(...patched.notes);
            }
            else if (inputs.command === 'patch') {
                const { patchService, settleUploadedPfxFindings } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(474), __webpack_require__.e(617)]).then(__webpack_require__.bind(__webpack_require__, 9617));
                const patched = await patchService(inputs, checked.sites, log);
                settleUploadedPfxFindings(checked.findings, inputs);
                report.config = patched.config;
                report.findings.push(...patched.findings);
                (report.notes ??= []).push(...(patched.notes ?? []));
                if (inputs.template) {
                    const { patchTemplate } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(474), __webpack_require__.e(237), __webpack_require__.e(132)]).then(__webpack_require__.bind(__webpack_require__, 1132));
                    const templated = await patchTemplate(inputs, checked.sites, patched.config, log);
                    report.findings.push(...templated.findings);
                    report.notes.push(...templated.notes);
                }
            }
            if (inputs.command === 'verify') {
                const { runVerify } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(134), __webpack_require__.e(958), __webpack_require__.e(266)]).then(__webpack_require__.bind(__webpack_require__, 266));
                const verified = await runVerify(inputs, checked.sites, log);
                report.endpoints.push(...verified.endpoints);
                report.findings.push(...verified.findings);
                (report.notes ??= []).push(...(verified.notes ?? []));
            }
            break;
        }
        case 'scan': {
            const { runScan } = await Promise.all(/* import() */[__webpack_require__.e(832), __webpack_require__.e(958), __webpack_require__.e(857)]).then(__webpack_require__.bind(__webpack_require__, 9857));
            const scanned = await runScan(inputs, log);
            report.certificates.push(...scanned.certificates);
            report.endpoints.push(...scanned.endpoints);
            report.findings.push(...scanned.findings);
            (report.notes ??= []).push(...(scanned.notes ?? []));
            break;
        }
        case 'merge': {
            const { mergeReports } = await __webpack_require__.e(/* import() */ 873).then(__webpack_require__.bind(__webpack_require__, 873));
            return withStatus((0,foreign/* inertReport */.$b)(await mergeReports(inputs)));
        }
    }
    // Names and messages were escaped where they entered; this is the net under them (foreign.ts).
    return withStatus((0,foreign/* inertReport */.$b)(report));
}
/** Each endpoint row carries its status, decided once (report/findings.ts) for every presenter and the JSON report. */
function withStatus(report) {
    for (const e of report.endpoints)
        e.status = (0,findings/* endpointStatus */.WR)(report, e);
    return report;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning: one run, the rules used (with their description and
// help), and results that code scanning can show. GitHub only displays a result that has a
// physical location in the repository, so each result points at a file of the workspace: the
// csdef/cscfg line of a config finding, the certificate file when it is in the workspace, and
// otherwise (certificates made on the runner, served certificates of scan/verify) the line of the
// workflow's `sites`/`endpoints` input that named the host, or of the endpoints file. Each result
// carries a fingerprint of what it is about (rule, host, file, message without its numbers), so
// distinct findings on the same line stay distinct alerts and a day's count does not make a new one.




const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const HOME = 'https://github.com/sni-ready/sni-ready';
/** What each area's findings are about and where their fix goes, for a rule's help text. */
const AREA_HELP = {
    certificate: 'A certificate file named by the `sites` input. Fix the file (a new export, the missing intermediates in it, the right password or key) and run sni-ready check again; each result names the file, the host and the fix.',
    config: 'The Azure Cloud Service package (ServiceDefinition.csdef / ServiceConfiguration.*.cscfg). `sni-ready patch` writes the target state; each result names the file, the line and the fix.',
    endpoint: 'A certificate as a server serves it (scan of live endpoints, or verify on a local server). Each result names the host, the port and what the server should send instead.',
    input: 'An input of the action or an option of the CLI. Each result names the input and the line.',
};
function inside(file, cwd) {
    const rel = external_node_path_.relative(cwd, external_node_path_.resolve(cwd, file));
    if (!rel || rel.startsWith('..') || external_node_path_.isAbsolute(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
/** The workflow file that runs this step (from GITHUB_WORKFLOW_REF), its text and its path in the workspace. */
function workflowOf(ctx) {
    const env = ctx.env ?? {};
    const ref = env.GITHUB_WORKFLOW_REF;
    if (!ref)
        return undefined;
    const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
    if (!m)
        return undefined;
    const root = env.GITHUB_WORKSPACE || ctx.cwd;
    const file = external_node_path_.join(root, m[1]);
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
    const uri = inside(file, ctx.cwd);
    if (!uri)
        return undefined;
    const lines = text.split(/\r?\n/);
    // The step that ran: the `- ` line that opens the step whose `id:` is GITHUB_ACTION.
    let stepStart = 0;
    const id = env.GITHUB_ACTION;
    if (id) {
        const idLine = lines.findIndex((l) => new RegExp(`^\\s*(?:-\\s+)?id:\\s*['"]?${id.replace(/[^\w-]/g, '\\$&')}['"]?\\s*$`).test(l));
        if (idLine >= 0) {
            stepStart = idLine;
            while (stepStart > 0 && !/^\s*-\s/.test(lines[stepStart]))
                stepStart--;
        }
    }
    return { uri, lines, stepStart };
}
/** Line (1-based) in the workflow where `key:` (sites or endpoints) names `words`, searching from the step that ran. */
function workflowLine(lines, stepStart, key, words) {
    const order = [...lines.keys()].slice(stepStart).concat([...lines.keys()].slice(0, stepStart));
    const keyRe = new RegExp(`^(\\s*)(?:-\\s+)?['"]?${key}['"]?:\\s*(.*)$`);
    let firstKey;
    for (const i of order) {
        const m = keyRe.exec(lines[i]);
        if (!m)
            continue;
        firstKey ??= i;
        const indent = m[1].length;
        const block = [i];
        if (/^[|>]/.test(m[2]))
            for (let j = i + 1; j < lines.length && (lines[j].trim() === '' || lines[j].search(/\S/) > indent); j++)
                block.push(j);
        const hit = block.find((j) => names(lines[j], words));
        if (hit !== undefined)
            return hit + 1;
    }
    // The CLI in a `run:` step (`--sites "HOST = PATH"`): the first line of the step, then of the
    // file, naming the host; else the first `sites:`/`endpoints:` input.
    const named = words.length ? order.find((i) => names(lines[i], words)) : undefined;
    if (named !== undefined)
        return named + 1;
    return firstKey === undefined ? undefined : firstKey + 1;
}
/** True when `line` names one of `words` as a whole host (not inside a longer name). */
function names(line, words) {
    return words.some((w) => new RegExp(`(^|[\\s=:|"'])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s=:@"'])`).test(line));
}
function locate(f, ctx) {
    // a Key Vault address (keyvault:https://...) is no file of the workspace: the sites line that names it is
    if (f.file && !f.file.startsWith('keyvault:')) {
        const uri = inside(f.file, ctx.cwd);
        if (uri)
            return { uri, line: f.line ?? 1 };
    }
    const site = ctx.sites?.find((s) => f.file !== undefined && (s.path === f.file || s.keyPath === f.file || (s.keyVault !== undefined && f.file.startsWith(`${s.path}/`)))) ?? ctx.sites?.find((s) => f.host && s.hosts.includes(f.host));
    const endpoint = ctx.endpoints?.find((e) => e.host === f.host);
    const useEndpoint = endpoint && (!site || (0,rules/* inArea */.HO)(f, 'endpoint'));
    if (useEndpoint && endpoint.file) {
        const uri = inside(endpoint.file, ctx.cwd);
        if (uri)
            return { uri, line: endpoint.line };
    }
    const wf = workflowOf(ctx);
    if (wf) {
        const line = useEndpoint
            ? workflowLine(wf.lines, wf.stepStart, 'endpoints', [endpoint.host])
            : site
                ? workflowLine(wf.lines, wf.stepStart, 'sites', site.hosts)
                : undefined;
        return { uri: wf.uri, line: line ?? workflowLine(wf.lines, wf.stepStart, 'sites', []) ?? 1 };
    }
    if (f.file && !f.file.startsWith('keyvault:'))
        return { uri: external_node_path_.resolve(ctx.cwd, f.file).split(external_node_path_.sep).join('/').replace(/^\/?/, 'file:///'), line: f.line ?? 1 };
    if (ctx.reportPath) {
        const uri = inside(ctx.reportPath, ctx.cwd) ?? external_node_path_.resolve(ctx.reportPath).split(external_node_path_.sep).join('/').replace(/^\/?/, 'file:///');
        return { uri, line: 1 };
    }
    return undefined;
}
/** Stable identity of a finding across runs: the rule, the host, the file, and the message with its numbers blanked (days left change daily). */
function fingerprint(f, cwd) {
    const file = f.file ? (inside(f.file, cwd) ?? external_node_path_.basename(f.file)) : '';
    const message = f.message.replace(/\b\d+\b/g, '#');
    return (0,external_node_crypto_.createHash)('sha256')
        .update([f.rule, f.host ?? '', file, message].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
function ruleEntry(id) {
    const info = (0,rules/* ruleInfo */.PI)(id);
    const summary = info.summary;
    const area = info.area;
    const help = `${summary}\n\n${AREA_HELP[area]}\n\nReference: ${HOME}#rule-${id}`;
    return {
        id,
        name: id.replace(/(^|-)(\w)/g, (_m, _d, c) => c.toUpperCase()),
        shortDescription: { text: summary },
        fullDescription: { text: `${summary} ${AREA_HELP[area]}` },
        help: { text: help, markdown: help.replace(/\n\nReference: (.*)$/, `\n\n[Rule reference](${HOME}#rule-${id})`) },
        helpUri: `${HOME}#rule-${id}`,
        defaultConfiguration: { level: LEVEL[info.severity] },
        properties: { tags: ['sni-ready', area] },
    };
}
function toSarif(report, ctx) {
    const used = [...new Set(report.findings.map((f) => f.rule))];
    const results = report.findings.map((f) => {
        const where = locate(f, ctx);
        return {
            ruleId: f.rule,
            ruleIndex: used.indexOf(f.rule),
            level: LEVEL[f.severity],
            message: { text: [f.host ? `${f.host}: ` : '', f.message, f.fix ? ` Fix: ${f.fix}` : ''].join('') },
            locations: [
                {
                    ...(where ? { physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: Math.max(1, where.line) } } } : {}),
                    ...(f.host ? { logicalLocations: [{ name: f.host, kind: 'resource' }] } : {}),
                },
            ],
            partialFingerprints: { 'sniReadyFinding/v1': fingerprint(f, ctx.cwd) },
        };
    });
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'sni-ready', version: ctx.version, semanticVersion: ctx.version, informationUri: HOME, rules: used.map(ruleEntry) } },
                automationDetails: { id: `sni-ready/${report.command}/` },
                results,
            },
        ],
    };
}

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/run.ts
// Shared by both doors (action and CLI): run the command, then write the report files and
// compute the outputs. Presenting them is left to src/main.ts and src/cli.ts.





async function execute(inputs, log) {
    if (tracksIssue(inputs))
        (await __webpack_require__.e(/* import() */ 129).then(__webpack_require__.bind(__webpack_require__, 6129))).issueTarget(inputs); // a missing token is an input error before the run
    const report = await runCommand(inputs, log);
    (0,files/* writeFileAtomic */.Zf)(inputs.reportPath, JSON.stringify(report, null, 2) + '\n');
    if (inputs.sarifPath)
        (0,files/* writeFileAtomic */.Zf)(inputs.sarifPath, JSON.stringify(toSarif(report, {
            cwd: inputs.cwd,
            version: version/* VERSION */.x,
            sites: inputs.sites,
            endpoints: inputs.endpoints,
            reportPath: inputs.reportPath,
            env: process.env,
        }), null, 2) + '\n');
    const soonest = (0,findings/* soonestExpiry */.PN)(report);
    const outputs = {
        report: inputs.reportPath,
        errors: String((0,findings/* count */.U9)(report.findings, 'error')),
        warnings: String((0,findings/* count */.U9)(report.findings, 'warning')),
        'days-left': soonest ? String(soonest.daysLeft) : '',
        expires: soonest?.expires ?? '',
        thumbprints: JSON.stringify((0,findings/* thumbprints */.ln)(report)),
        changed: String(report.config?.changed ?? false),
    };
    return { report, outputs };
}
/**
 * The tracking issue (`issue: true`, scan and merge), synced after the report, summary, outputs
 * and annotations are written: a refusal by the API is one more error after them, never the loss
 * of the run's results. Returns that error's sentence, or undefined.
 */
async function syncIssue(report, inputs, log) {
    if (!tracksIssue(inputs))
        return undefined;
    try {
        const { syncTrackingIssue } = await __webpack_require__.e(/* import() */ 129).then(__webpack_require__.bind(__webpack_require__, 6129));
        await syncTrackingIssue(report, inputs, log);
        return undefined;
    }
    catch (err) {
        return err instanceof Error ? err.message : String(err);
    }
}
/** Whether this run keeps a tracking issue (`issue: true` on scan or merge). */
function tracksIssue(inputs) {
    return inputs.issue && (inputs.command === 'scan' || inputs.command === 'merge');
}


/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ unifiedDiff),
/* harmony export */   _K: () => (/* binding */ isGeneratedTemplate),
/* harmony export */   fI: () => (/* binding */ presentDiff),
/* harmony export */   pm: () => (/* binding */ diffFiles),
/* harmony export */   z3: () => (/* binding */ describeDiffFile)
/* harmony export */ });
/* harmony import */ var _startup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4142);
// A unified diff (`diff -u` format, 3 lines of context) of two texts, for dry runs and the job
// summary. Myers' O((N+M)·D) algorithm over lines; patches change few lines, so D stays small.

const NO_EOL = '\u0000';
/** Lines without their CR/LF; the last line of a text without a final newline carries a marker,
 * so it differs from the same line with one, and prints `\ No newline at end of file`. */
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    else
        lines[lines.length - 1] += NO_EOL;
    return lines.map((l) => (l.endsWith('\r' + NO_EOL) ? l.slice(0, -2) + NO_EOL : l.replace(/\r$/, '')));
}
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const offset = max + 1;
    const v = new Int32Array(2 * max + 3);
    const trace = [];
    let found = false;
    for (let d = 0; d <= max && !found; d++) {
        trace.push(v.slice());
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[offset + k] = x;
            if (x >= n && y >= m) {
                found = true;
                break;
            }
        }
    }
    // Walk back through the saved frontiers.
    const ops = [];
    let x = n;
    let y = m;
    for (let d = trace.length - 1; d > 0; d--) {
        const vd = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && vd[offset + k - 1] < vd[offset + k + 1]) ? k + 1 : k - 1;
        const prevX = vd[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            x--;
            y--;
            ops.push({ kind: ' ', line: a[x] });
        }
        if (x === prevX)
            ops.push({ kind: '+', line: b[--y] });
        else
            ops.push({ kind: '-', line: a[--x] });
    }
    while (x > 0 && y > 0) {
        x--;
        y--;
        ops.push({ kind: ' ', line: a[x] });
    }
    return ops.reverse();
}
/** Unified diff of `before` → `after` with file labels; '' when they are equal. */
function unifiedDiff(before, after, labelBefore, labelAfter, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = myers(a, b);
    const out = [`--- ${labelBefore}`, `+++ ${labelAfter}`];
    // Group changes into hunks with `context` lines around them.
    let i = 0;
    let aLine = 1;
    let bLine = 1;
    const pos = [];
    for (const op of ops) {
        pos.push({ a: aLine, b: bLine });
        if (op.kind !== '+')
            aLine++;
        if (op.kind !== '-')
            bLine++;
    }
    while (i < ops.length) {
        if (ops[i].kind === ' ') {
            i++;
            continue;
        }
        let start = Math.max(0, i - context);
        let end = i;
        // extend while the next change is within 2*context lines
        for (;;) {
            while (end < ops.length && ops[end].kind !== ' ')
                end++;
            let next = end;
            while (next < ops.length && ops[next].kind === ' ')
                next++;
            if (next < ops.length && next - end <= 2 * context)
                end = next;
            else
                break;
        }
        const stop = Math.min(ops.length, end + context);
        const hunk = ops.slice(start, stop);
        const aCount = hunk.filter((o) => o.kind !== '+').length;
        const bCount = hunk.filter((o) => o.kind !== '-').length;
        const aStart = aCount ? pos[start].a : pos[start].a - 1;
        const bStart = bCount ? pos[start].b : pos[start].b - 1;
        out.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
        for (const o of hunk) {
            if (o.line.endsWith(NO_EOL))
                out.push(o.kind + o.line.slice(0, -1), '\\ No newline at end of file');
            else
                out.push(o.kind + o.line);
        }
        i = stop;
        start = stop;
    }
    return out.join('\n') + '\n';
}
/** Splits a multi-file unified diff into its files. Hunk line counts are followed, so a changed
 * line that itself begins with `--` is never taken for a file header. */
function diffFiles(diff) {
    const lines = diff.split('\n');
    const files = [];
    let i = 0;
    while (i < lines.length) {
        if (!lines[i].startsWith('--- ') || !lines[i + 1]?.startsWith('+++ ')) {
            i++;
            continue;
        }
        const start = i;
        const from = lines[i].slice(4);
        const to = lines[i + 1].slice(4);
        const f = { path: to.replace(/^b\//, ''), created: from === '/dev/null', added: 0, removed: 0, lines: 0, text: '' };
        i += 2;
        let m;
        while (i < lines.length && (m = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(lines[i]))) {
            let oldLeft = m[1] === undefined ? 1 : Number(m[1]);
            let newLeft = m[3] === undefined ? 1 : Number(m[3]);
            f.lines = Math.max(f.lines, Number(m[2]) + newLeft - 1);
            i++;
            while (i < lines.length && (oldLeft > 0 || newLeft > 0 || lines[i].startsWith('\\'))) {
                const c = lines[i][0];
                if (c === '-' || c === ' ')
                    oldLeft--;
                if (c === '+' || c === ' ')
                    newLeft--;
                if (c === '-')
                    f.removed++;
                if (c === '+')
                    f.added++;
                i++;
            }
        }
        f.text = lines.slice(start, i).join('\n') + '\n';
        files.push(f);
    }
    return files;
}
/** The diff as shown to a person: files for which `collapse` is true keep their header and one
 * line that says what changed instead of their hunks (a generated template, the same in every
 * package, says nothing about this one). */
function presentDiff(diff, collapse) {
    return diffFiles(diff)
        .map((f) => collapse(f.path)
        ? `${f.text.split('\n').slice(0, 2).join('\n')}\n@@ ${f.created ? `new file: the generated template, ${f.lines} lines` : `the generated template: +${f.added} -${f.removed} lines`} (not shown) @@\n`
        : f.text)
        .join('');
}
/** The generated startup template (its .ps1 and .cmd): the same for every package, so a diff for
 * people names it and leaves its body out; the data file next to it is what changes. */
function isGeneratedTemplate(file) {
    return file.endsWith(`/${_startup_js__WEBPACK_IMPORTED_MODULE_0__/* .STARTUP_PS1 */ .Lf}`) || file.endsWith(`/${_startup_js__WEBPACK_IMPORTED_MODULE_0__/* .STARTUP_CMD */ .jf}`) || /\/(?:un)?install\.ps1$/.test(file);
}
/** What a patch does to one file, in words (the job summary's and the CLI's file list):
 * "new, the generated template, 366 lines, …", "new, 20 lines" or "+5 −1". */
function describeDiffFile(f, templateShown = false) {
    const lines = `${f.lines} line${f.lines === 1 ? '' : 's'}`;
    if (isGeneratedTemplate(f.path))
        return `${f.created ? 'new, ' : ''}the generated template, ${lines}, the same for every package${templateShown ? '' : ' (not shown in the diff)'}`;
    return f.created ? `new, ${lines}` : `+${f.added} −${f.removed}`;
}


/***/ }),

/***/ 370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c5: () => (/* binding */ keyVaultExtensionSettings),
/* harmony export */   ex: () => (/* binding */ parseKeyVaultSecretUrl),
/* harmony export */   lintKeyVaultExtension: () => (/* binding */ lintKeyVaultExtension)
/* harmony export */ });
/* unused harmony exports sameSecret, KEYVAULT_STORE_NAME, KEYVAULT_STORE_LOCATION, KEYVAULT_POLLING_SECONDS, KEYVAULT_POLLING_RANGE, parseJsonWithLines, windowsServerYear */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9244);
/* harmony import */ var _template_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5510);
// The Key Vault VM extension (KeyVaultForWindows, version 4.0) as sni-ready sees it: the secret URL
// a `sites` line names with `keyvault=`, the ready-to-paste settings `patch --target iis` writes
// (keyvault-extension.json), and the lint `check` runs over settings or a template that holds the
// extension. Schema: learn.microsoft.com azure/virtual-machines/extensions/key-vault-windows
// (settings.secretsManagementSettings.{pollingIntervalInS, observedCertificates[{url,
// certificateStoreName, certificateStoreLocation}]}); 4.0 polls every 5 to 60 minutes, always links
// renewals, and installs on Windows Server 2022 and later only.




/** Key Vault's DNS suffixes (public, China, US Government, Germany). */
const VAULT_HOST = /^([a-z](?:[a-z0-9]|-(?!-)){1,22}[a-z0-9])\.(vault\.azure\.net|vault\.azure\.cn|vault\.usgovcloudapi\.net|vault\.microsoftazure\.de)$/;
const SECRET_NAME = /^[0-9A-Za-z-]{1,127}$/;
const VERSION = /^[0-9A-Za-z]{32}$/;
/**
 * Reads a Key Vault secret URL. Returns the reference, or a sentence saying why it is not one. A
 * version or a `/certificates/` path is returned as such (the callers decide: a `sites` line refuses
 * both, the lint reports them).
 */
function parseKeyVaultSecretUrl(raw) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return 'not a URL';
    }
    if (u.protocol !== 'https:')
        return 'not an https URL';
    if (u.username || u.password || u.search || u.hash)
        return 'a Key Vault URL has no user, query or fragment';
    if (u.port !== '' && u.port !== '443')
        return `port ${u.port} is not Key Vault's`;
    const host = VAULT_HOST.exec(u.hostname.toLowerCase());
    if (!host)
        return `'${u.hostname}' is not a Key Vault host (VAULT.vault.azure.net, VAULT 3-24 letters, digits and hyphens)`;
    const parts = u.pathname.replace(/\/$/, '').split('/').slice(1);
    if ((parts[0] !== 'secrets' && parts[0] !== 'certificates') || parts.length < 2 || parts.length > 3)
        return 'the path is not /secrets/NAME (the secret of a Key Vault certificate)';
    const name = parts[1];
    if (!SECRET_NAME.test(name))
        return `'${name}' is not a Key Vault name (1-127 letters, digits and hyphens)`;
    const version = parts[2];
    if (version !== undefined && !VERSION.test(version))
        return `'${version}' is not a Key Vault version`;
    const ref = { url: `https://${host[1]}.${host[2]}/secrets/${name}`, vault: host[1], name };
    if (version)
        ref.version = version;
    if (parts[0] === 'certificates')
        ref.certificatesPath = true;
    return ref;
}
/** Same vault and secret (Key Vault names are case-insensitive). */
function sameSecret(a, b) {
    return a.vault === b.vault && a.name.toLowerCase() === b.name.toLowerCase();
}
const KEYVAULT_STORE_NAME = 'MY';
const KEYVAULT_STORE_LOCATION = 'LocalMachine';
const KEYVAULT_POLLING_SECONDS = 3600;
const KEYVAULT_POLLING_RANGE = [300, 3600];
/** The extension's `settings` for the `sites` lines that name their Key Vault secret, each secret once. */
function keyVaultExtensionSettings(sites) {
    const observed = [];
    const seen = [];
    for (const s of sites) {
        const ref = s.keyVaultSecret;
        if (!ref || seen.some((x) => sameSecret(x, ref)))
            continue;
        seen.push(ref);
        observed.push({ url: ref.url, certificateStoreName: KEYVAULT_STORE_NAME, certificateStoreLocation: KEYVAULT_STORE_LOCATION });
    }
    return { secretsManagementSettings: { pollingIntervalInS: String(KEYVAULT_POLLING_SECONDS), observedCertificates: observed } };
}
/**
 * JSON.parse that also returns the line of every member key and array element, by JSON pointer:
 * the template reader's positions (template/json.ts), turned into plain values.
 */
function parseJsonWithLines(text) {
    const lines = new Map();
    const walk = (node, pointer) => {
        if (node.kind === 'object') {
            const obj = {};
            for (const p of node.props) {
                const at = `${pointer}/${esc(p.key)}`;
                lines.set(at, p.keyLine);
                obj[p.key] = walk(p.value, at);
            }
            return obj;
        }
        if (node.kind === 'array')
            return node.items.map((item, i) => {
                lines.set(`${pointer}/${i}`, item.line);
                return walk(item, `${pointer}/${i}`);
            });
        return node.value;
    };
    return { value: walk((0,_template_json_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonWithLines */ .$f)(text), ''), lines };
}
// ---- the lint --------------------------------------------------------------------------------
const MAX_FILE = 4 * 1024 * 1024;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const prop = (o, name) => {
    const k = Object.keys(o).find((x) => x.toLowerCase() === name.toLowerCase());
    return k === undefined ? undefined : [k, o[k]];
};
/** Every KeyVaultForWindows extension's settings in a template (VM or VMSS, nested or top-level), or the file itself when it is settings. */
function findExtensions(root) {
    if (isObj(root) && prop(root, 'secretsManagementSettings'))
        return [{ settings: '', value: root }];
    const out = [];
    const walk = (v, pointer, depth) => {
        if (depth > 60)
            return;
        if (Array.isArray(v))
            v.forEach((x, k) => walk(x, `${pointer}/${k}`, depth + 1));
        else if (isObj(v)) {
            const props = prop(v, 'properties');
            if (props && isObj(props[1])) {
                const type = prop(props[1], 'type');
                const settings = prop(props[1], 'settings');
                if (type && typeof type[1] === 'string' && type[1].toLowerCase() === 'keyvaultforwindows' && settings && isObj(settings[1]))
                    out.push({ settings: `${pointer}/${esc(props[0])}/${esc(settings[0])}`, value: settings[1] });
            }
            for (const [k, x] of Object.entries(v))
                walk(x, `${pointer}/${esc(k)}`, depth + 1);
        }
    };
    walk(root, '', 0);
    return out;
}
const esc = (k) => k.replace(/~/g, '~0').replace(/\//g, '~1');
/** Every `imageReference` with a sku, its value resolved through `[parameters('x')]` defaults. */
function findImageSkus(root) {
    const params = isObj(root) ? prop(root, 'parameters') : undefined;
    const resolve = (v) => {
        if (typeof v !== 'string')
            return undefined;
        const m = /^\[parameters\('([^']+)'\)\]$/.exec(v.trim());
        if (!m)
            return v.startsWith('[') ? undefined : v;
        const p = params && isObj(params[1]) ? prop(params[1], m[1]) : undefined;
        const def = p && isObj(p[1]) ? prop(p[1], 'defaultValue') : undefined;
        return typeof def?.[1] === 'string' ? def[1] : undefined;
    };
    const out = [];
    const walk = (v, pointer, depth) => {
        if (depth > 60)
            return;
        if (Array.isArray(v))
            v.forEach((x, k) => walk(x, `${pointer}/${k}`, depth + 1));
        else if (isObj(v)) {
            for (const [k, x] of Object.entries(v)) {
                if (k.toLowerCase() === 'imagereference' && isObj(x)) {
                    const sku = prop(x, 'sku');
                    const value = resolve(sku?.[1]);
                    if (sku && value)
                        out.push({ pointer: `${pointer}/${esc(k)}/${esc(sku[0])}`, sku: value, offer: resolve(prop(x, 'offer')?.[1]) });
                }
                walk(x, `${pointer}/${esc(k)}`, depth + 1);
            }
        }
    };
    walk(root, '', 0);
    return out;
}
/** The Windows Server release an image sku names (2016-Datacenter → 2016), when it names one. */
function windowsServerYear(sku, offer) {
    if (offer && !/windows/i.test(offer))
        return undefined;
    const m = /(?:^|[^0-9])(20(?:0[0-9]|1[0-9]|2[0-9]))(?:[^0-9]|$)/.exec(sku);
    return m ? Number(m[1]) : undefined;
}
/**
 * `check` with `keyvault-extension`: the extension's settings (or a template holding it) against the
 * `sites` lines. Findings carry the file and the line of the JSON key concerned.
 */
function lintKeyVaultExtension(file, sites) {
    const findings = [];
    const where = (lines, pointer) => ({ file, line: lines.get(pointer) ?? 1 });
    let text;
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file);
        if (st.isDirectory())
            throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
        if (st.size > MAX_FILE)
            return [(0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} is over 4 MiB; it is not extension settings or a template.`, { file })];
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        return [
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', `${file} cannot be read (${code === 'ENOENT' ? 'it does not exist' : (code ?? 'unreadable')}).`, {
                file,
                fix: 'Point keyvault-extension at the extension settings JSON or at the ARM template (for Bicep: `az bicep build` first).',
            }),
        ];
    }
    let parsed;
    try {
        parsed = parseJsonWithLines(text);
    }
    catch (err) {
        const m = /at line (\d+)/.exec(err.message);
        return [
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} is not JSON: ${err.message}.`, {
                file,
                line: m ? Number(m[1]) : undefined,
                fix: 'Give the settings JSON or an ARM template; compile a Bicep file to JSON with `az bicep build --file main.bicep`.',
            }),
        ];
    }
    const { value, lines } = parsed;
    const extensions = findExtensions(value);
    if (extensions.length === 0)
        return [
            (0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} holds no Key Vault VM extension settings (secretsManagementSettings) and no KeyVaultForWindows extension.`, {
                file,
                fix: 'Give the extension settings (what `az vm extension set --settings` takes) or a template with a Microsoft.Compute/virtualMachines/extensions or virtualMachineScaleSets extension of type KeyVaultForWindows.',
            }),
        ];
    for (const ext of extensions) {
        const sms = prop(ext.value, 'secretsManagementSettings');
        const smsPointer = `${ext.settings}/${esc(sms?.[0] ?? 'secretsManagementSettings')}`;
        if (!sms || !isObj(sms[1])) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', 'The KeyVaultForWindows extension has no secretsManagementSettings object.', {
                ...where(lines, ext.settings),
                fix: 'Add settings.secretsManagementSettings with pollingIntervalInS and observedCertificates (see keyvault-extension.json that patch --target iis writes).',
            }));
            continue;
        }
        const s = sms[1];
        // polling
        const polling = prop(s, 'pollingIntervalInS');
        const [lo, hi] = KEYVAULT_POLLING_RANGE;
        const pollValue = polling
            ? typeof polling[1] === 'string' && /^\d+$/.test(polling[1].trim())
                ? Number(polling[1])
                : typeof polling[1] === 'number'
                    ? polling[1]
                    : NaN
            : NaN;
        if (!(pollValue >= lo && pollValue <= hi))
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-polling', polling
                ? `pollingIntervalInS is ${JSON.stringify(polling[1])}; version 4.0 polls every ${lo} to ${hi} seconds (5 to 60 minutes).`
                : `secretsManagementSettings has no pollingIntervalInS; give one from ${lo} to ${hi} seconds.`, {
                ...where(lines, polling ? `${smsPointer}/${esc(polling[0])}` : smsPointer),
                fix: `Set "pollingIntervalInS": "${KEYVAULT_POLLING_SECONDS}" (a string of seconds from ${lo} to ${hi}).`,
            }));
        // defaults from the 1.0 schema's top-level store settings
        const topName = prop(s, 'certificateStoreName');
        const topLocation = prop(s, 'certificateStoreLocation');
        const observedProp = prop(s, 'observedCertificates');
        const observedPointer = `${smsPointer}/${esc(observedProp?.[0] ?? 'observedCertificates')}`;
        const observed = observedProp && Array.isArray(observedProp[1]) ? observedProp[1] : [];
        if (!observedProp || !Array.isArray(observedProp[1]))
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-unreadable', 'secretsManagementSettings has no observedCertificates array.', {
                ...where(lines, smsPointer),
                fix: 'Add "observedCertificates": [{ "url": "https://VAULT.vault.azure.net/secrets/NAME", "certificateStoreName": "MY", "certificateStoreLocation": "LocalMachine" }].',
            }));
        const refs = [];
        observed.forEach((o, k) => {
            const pointer = `${observedPointer}/${k}`;
            const urlEntry = isObj(o) ? prop(o, 'url') : typeof o === 'string' ? ['', o] : undefined;
            const urlPointer = isObj(o) && urlEntry ? `${pointer}/${esc(urlEntry[0])}` : pointer;
            const raw = urlEntry && typeof urlEntry[1] === 'string' ? urlEntry[1] : undefined;
            const ref = raw === undefined ? 'no url' : parseKeyVaultSecretUrl(raw);
            if (typeof ref === 'string') {
                findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-url', `Observed certificate ${k + 1} (${raw === undefined ? 'no url' : JSON.stringify(raw.slice(0, 200))}) is not a Key Vault secret URL: ${ref}.`, {
                    ...where(lines, urlPointer),
                    fix: 'Use the versionless secret URL of the certificate: https://VAULT.vault.azure.net/secrets/NAME.',
                }));
            }
            else {
                if (ref.version)
                    findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-url', `Observed certificate ${ref.url} pins version ${ref.version}; version 4.0 of the extension cannot pin one (it follows the newest two), and a pinned URL never renews.`, {
                        ...where(lines, urlPointer),
                        fix: `Remove the version: ${ref.url}`,
                    }));
                if (ref.certificatesPath)
                    findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-url', `Observed certificate ${raw} names /certificates/, which has no private key; the extension needs the /secrets/ URL.`, {
                        ...where(lines, urlPointer),
                        fix: `Use ${ref.url}`,
                    }));
                const dup = refs.find((r) => sameSecret(r.ref, ref));
                if (dup)
                    findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-duplicate', `Observed certificate ${ref.url} is listed twice (also at line ${lines.get(dup.pointer) ?? '?'}); list each vault's secret once.`, {
                        ...where(lines, urlPointer),
                        fix: 'Remove the second entry.',
                    }));
                else
                    refs.push({ ref, pointer: urlPointer });
            }
            // store name and location, exactly as the reconciler reads them (LocalMachine\My)
            if (isObj(o) || typeof o === 'string') {
                const name = (isObj(o) ? prop(o, 'certificateStoreName') : undefined) ?? topName;
                const location = (isObj(o) ? prop(o, 'certificateStoreLocation') : undefined) ?? topLocation;
                const namePointer = isObj(o) && prop(o, 'certificateStoreName') ? `${pointer}/${esc(name[0])}` : topName ? `${smsPointer}/${esc(topName[0])}` : pointer;
                const locPointer = isObj(o) && prop(o, 'certificateStoreLocation') ? `${pointer}/${esc(location[0])}` : topLocation ? `${smsPointer}/${esc(topLocation[0])}` : pointer;
                if (!name || typeof name[1] !== 'string' || name[1].toUpperCase() !== KEYVAULT_STORE_NAME)
                    findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-store', `Observed certificate ${k + 1} goes to store ${name ? JSON.stringify(name[1]) : '(none given)'}; IIS and the sni-ready task read LocalMachine\\My, so certificateStoreName must be "MY".`, { ...where(lines, namePointer), fix: 'Set "certificateStoreName": "MY".' }));
                if (!location || location[1] !== KEYVAULT_STORE_LOCATION)
                    findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-store', `Observed certificate ${k + 1} has certificateStoreLocation ${location ? JSON.stringify(location[1]) : '(none given)'}; it must be exactly "LocalMachine" (the value is case-sensitive, and CurrentUser is not where IIS looks).`, { ...where(lines, locPointer), fix: 'Set "certificateStoreLocation": "LocalMachine".' }));
            }
        });
        // every host of sites covered by an observed certificate
        for (const site of sites) {
            const hosts = site.hosts.join(', ');
            if (!site.keyVaultSecret) {
                findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-uncovered', `${hosts} (sites line ${site.line}) names no keyvault= secret, so no observed certificate of the extension delivers its certificate.`, {
                    ...where(lines, observedProp ? observedPointer : smsPointer),
                    host: site.hosts[0],
                    fix: `Add keyvault=https://VAULT.vault.azure.net/secrets/NAME to sites line ${site.line}, and that URL to observedCertificates.`,
                }));
                continue;
            }
            if (!refs.some((r) => sameSecret(r.ref, site.keyVaultSecret)))
                findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-uncovered', `${hosts}: its certificate's secret ${site.keyVaultSecret.url} (sites line ${site.line}) is not among the extension's observedCertificates, so renewals never reach the machine.`, {
                    ...where(lines, observedProp ? observedPointer : smsPointer),
                    host: site.hosts[0],
                    fix: `Add { "url": "${site.keyVaultSecret.url}", "certificateStoreName": "MY", "certificateStoreLocation": "LocalMachine" } to observedCertificates.`,
                }));
        }
    }
    // the OS image, when the template names one
    for (const img of findImageSkus(value)) {
        const year = windowsServerYear(img.sku, img.offer);
        if (year !== undefined && year < 2022)
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('keyvault-extension-os', `The image sku '${img.sku}' is Windows Server ${year}; version 4.0 of the Key Vault VM extension installs on Windows Server 2022 and later only.`, {
                ...where(lines, img.pointer),
                fix: "Use a Windows Server 2022 or 2025 image (e.g. sku '2022-datacenter-azure-edition').",
            }));
    }
    return findings;
}


/***/ }),

/***/ 4142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ defaultStartupDir),
/* harmony export */   I5: () => (/* binding */ ENDPOINT_ADDRESS_VARIABLE),
/* harmony export */   Lf: () => (/* binding */ STARTUP_PS1),
/* harmony export */   UV: () => (/* binding */ startupTaskVariables),
/* harmony export */   XS: () => (/* binding */ INSTANCE_ID_VARIABLE),
/* harmony export */   bB: () => (/* binding */ startupCommandLine),
/* harmony export */   dd: () => (/* binding */ STARTUP_DATA),
/* harmony export */   jT: () => (/* binding */ parseStartupData),
/* harmony export */   jf: () => (/* binding */ STARTUP_CMD),
/* harmony export */   k6: () => (/* binding */ renderStartupData),
/* harmony export */   zq: () => (/* binding */ EMULATED_VARIABLE)
/* harmony export */ });
/* unused harmony exports INSTANCE_ID_XPATH, EMULATED_XPATH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// The generated startup task: a .cmd launcher and a PowerShell script (shipped as files in
// src/powershell/startup/, copied verbatim) plus the JSON data file they read. Hostnames and
// thumbprints only ever reach Windows through that data file, never through generated code.
//
// Where the files go (`startup-dir`): by default `<csdef folder>/<RoleName>Content/bin/sni-ready/`.
// That is the cloud project's Role Content Folder for the role, which Visual Studio / MSBuild
// package into the role's APPROOT, so the files arrive in `approot\bin\sni-ready\`; the startup
// task's commandLine (relative to `approot\bin` for a web role) is `sni-ready\sni-bindings.cmd`.
// Any other `startup-dir` works when its folder reaches `approot\bin\<folder name>` (for example a
// folder of the web project with "Copy to Output Directory"); the commandLine always names
// `<folder name>\sni-bindings.cmd`.

const STARTUP_CMD = 'sni-bindings.cmd';
const STARTUP_PS1 = 'sni-bindings.ps1';
const STARTUP_DATA = 'sni-bindings.json';
/** Environment variable through which the startup task receives the role instance id. */
const INSTANCE_ID_VARIABLE = 'SniReadyRoleInstanceId';
const INSTANCE_ID_XPATH = '/RoleEnvironment/CurrentInstance/@id';
/** "true" in the compute emulator, where the task must leave the developer's machine alone. */
const EMULATED_VARIABLE = 'SniReadyEmulated';
const EMULATED_XPATH = '/RoleEnvironment/Deployment/@emulated';
/** The instance's own address of the HTTPS endpoint: the only IP-specific mapping the task removes. */
const ENDPOINT_ADDRESS_VARIABLE = 'SniReadyEndpointAddress';
const SAFE_ENDPOINT = /^[A-Za-z0-9_.-]{1,64}$/;
/**
 * The environment the csdef startup task declares, each a RoleInstanceValue xpath
 * (learn.microsoft.com azure/cloud-services/cloud-services-role-config-xpath). The endpoint
 * address is left out when there is no HTTPS endpoint or its name cannot sit in an xpath literal.
 */
function startupTaskVariables(httpsEndpointName) {
    const vars = [
        [INSTANCE_ID_VARIABLE, INSTANCE_ID_XPATH],
        [EMULATED_VARIABLE, EMULATED_XPATH],
    ];
    if (httpsEndpointName && SAFE_ENDPOINT.test(httpsEndpointName))
        vars.push([ENDPOINT_ADDRESS_VARIABLE, `/RoleEnvironment/CurrentInstance/Endpoints/Endpoint[@name='${httpsEndpointName}']/@address`]);
    return vars;
}
const SAFE_FOLDER = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
function defaultStartupDir(definitionFile, roleName) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_0__.dirname(definitionFile);
    return SAFE_FOLDER.test(roleName) ? node_path__WEBPACK_IMPORTED_MODULE_0__.join(base, `${roleName}Content`, 'bin', 'sni-ready') : node_path__WEBPACK_IMPORTED_MODULE_0__.join(base, 'sni-ready');
}
/** The task's commandLine, or null when the folder name is not safe to put on a command line. */
function startupCommandLine(startupDir) {
    const folder = node_path__WEBPACK_IMPORTED_MODULE_0__.basename(startupDir);
    return SAFE_FOLDER.test(folder) && !/^\.+$/.test(folder) ? `${folder}\\${STARTUP_CMD}` : null;
}
function renderStartupData(data) {
    return JSON.stringify(data, null, 2) + '\n';
}
/** Reads a data file's content leniently (for linting); null when it is not one of ours. */
function parseStartupData(text) {
    try {
        const d = JSON.parse(text);
        if (d && d.version === 1 && Array.isArray(d.bindings) && typeof d.siteName === 'string')
            return d;
    }
    catch {
        /* not ours */
    }
    return null;
}


/***/ }),

/***/ 5510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ parseJsonWithLines),
/* harmony export */   Ae: () => (/* binding */ path),
/* harmony export */   _w: () => (/* binding */ prop),
/* harmony export */   pj: () => (/* binding */ plain)
/* harmony export */ });
/* unused harmony export JsonError */
// JSON with positions, for ARM templates: every value keeps its offsets and line, so findings
// point at the template's lines and patch can replace one string without touching the rest of the
// file. ARM accepts // and /* */ comments; so does this reader. Keys are looked up without regard
// to case, as ARM does.
class JsonError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** Deeper than any template; bounds the recursion. */
const MAX_DEPTH = 200;
function parseJsonWithLines(text) {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    const fail = (what) => {
        throw new JsonError(`${what} at line ${line}`, line);
    };
    const skip = () => {
        for (;;) {
            const c = text[i];
            if (c === '\n') {
                line++;
                i++;
            }
            else if (c === ' ' || c === '\t' || c === '\r')
                i++;
            else if (c === '/' && text[i + 1] === '/') {
                while (i < text.length && text[i] !== '\n')
                    i++;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const end = text.indexOf('*/', i + 2);
                if (end < 0)
                    fail('an unclosed comment');
                for (let k = i; k < end; k++)
                    if (text[k] === '\n')
                        line++;
                i = end + 2;
            }
            else
                return;
        }
    };
    const str = () => {
        const start = i;
        i++;
        let out = '';
        for (;;) {
            const c = text[i];
            if (c === undefined)
                fail('an unterminated string');
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\n')
                fail('a line break inside a string');
            if (c === '\\') {
                const e = text[i + 1];
                const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('a bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && map[e] !== undefined) {
                    out += map[e];
                    i += 2;
                }
                else
                    fail('a bad escape');
            }
            else {
                out += c;
                i++;
            }
            if (i - start > 1_000_000)
                fail('a string over 1 MB');
        }
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            fail(`nesting deeper than ${MAX_DEPTH} levels`);
        skip();
        const start = i;
        const at = line;
        const c = text[i];
        if (c === '{') {
            i++;
            const props = [];
            skip();
            if (text[i] === '}') {
                i++;
                return { kind: 'object', start, end: i, line: at, props };
            }
            for (;;) {
                skip();
                if (text[i] !== '"')
                    fail('a property name expected');
                const keyLine = line;
                const key = str();
                skip();
                if (text[i] !== ':')
                    fail("':' expected");
                i++;
                props.push({ key, keyLine, value: value(depth + 1) });
                skip();
                if (text[i] === ',') {
                    i++;
                    skip();
                    if (text[i] === '}') {
                        i++;
                        return { kind: 'object', start, end: i, line: at, props };
                    }
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { kind: 'object', start, end: i, line: at, props };
                }
                fail("',' or '}' expected");
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            skip();
            if (text[i] === ']') {
                i++;
                return { kind: 'array', start, end: i, line: at, items };
            }
            for (;;) {
                items.push(value(depth + 1));
                skip();
                if (text[i] === ',') {
                    i++;
                    skip();
                    if (text[i] === ']') {
                        i++;
                        return { kind: 'array', start, end: i, line: at, items };
                    }
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { kind: 'array', start, end: i, line: at, items };
                }
                fail("',' or ']' expected");
            }
        }
        if (c === '"') {
            const v = str();
            return { kind: 'string', start, end: i, line: at, value: v };
        }
        const m = /^(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
        if (!m)
            fail(c === undefined ? 'the end of the file where a value was expected' : `an unexpected character '${c}'`);
        i += m[1].length;
        const t = m[1];
        if (t === 'true' || t === 'false')
            return { kind: 'boolean', start, end: i, line: at, value: t === 'true' };
        if (t === 'null')
            return { kind: 'null', start, end: i, line: at, value: null };
        return { kind: 'number', start, end: i, line: at, value: Number(t) };
    };
    const root = value(0);
    skip();
    if (i < text.length)
        fail('text after the end of the JSON value');
    return root;
}
/** The value of property `key` (ARM compares names without regard to case). */
function prop(node, key) {
    if (node?.kind !== 'object')
        return undefined;
    const k = key.toLowerCase();
    return node.props.find((p) => p.key.toLowerCase() === k)?.value;
}
/** Follows a path of property names. */
function path(node, ...keys) {
    let n = node;
    for (const k of keys)
        n = prop(n, k);
    return n;
}
/** The plain JavaScript value of a node. */
function plain(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries(node.props.map((p) => [p.key, plain(p.value)]));
        case 'array':
            return node.items.map(plain);
        default:
            return node.value;
    }
}


/***/ }),

/***/ 8522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/** Thrown for a usage or input error: one clear sentence, exit status 2, no stack trace. */
class InputError extends Error {
    name = 'InputError';
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ })

};
