export const id = 730;
export const ids = [730];
export const modules = {

/***/ 6730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ hostCoverage),
/* harmony export */   CM: () => (/* binding */ assessChain),
/* harmony export */   Cw: () => (/* binding */ notAfter),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   H_: () => (/* binding */ daysLeft),
/* harmony export */   Jl: () => (/* binding */ chainElements),
/* harmony export */   Nl: () => (/* binding */ isSelfSigned),
/* harmony export */   O1: () => (/* binding */ thumbprint),
/* harmony export */   Vc: () => (/* binding */ loadTrust),
/* harmony export */   Ww: () => (/* binding */ dnsNames),
/* harmony export */   dF: () => (/* binding */ describeCertificate),
/* harmony export */   nD: () => (/* binding */ formatName),
/* harmony export */   wn: () => (/* binding */ subjectName)
/* harmony export */ });
/* unused harmony exports sha256Thumbprint, notBefore, keyInfo, signatureAlgorithm, isWeakSignature, TrustStore */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8522);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5672);
// Chain analysis shared by `check` (certificates from files) and `scan` (chains served over TLS):
// build leaf → intermediates → trust anchor with Node's X509Certificate (checkIssued + verify),
// then judge validity, hostnames, keys, signatures and usage. Returns findings as data.






const DAY = 86_400_000;
const MAX_CHAIN = 10;
// --- certificate facts ---
/** SHA-1 thumbprint: 40 upper-case hex digits, as Windows and `openssl x509 -fingerprint -sha1` show it. */
function thumbprint(cert) {
    return cert.fingerprint.replace(/:/g, '').toUpperCase();
}
function sha256Thumbprint(cert) {
    return cert.fingerprint256.replace(/:/g, '').toUpperCase();
}
/** A distinguished name on one line, most specific part first (as Windows shows it). */
function formatName(name) {
    return name.split('\n').filter(Boolean).reverse().join(', ');
}
function subjectName(cert) {
    return formatName(cert.subject);
}
/** A short name for messages: the CN when there is one, else the whole subject. */
function shortName(cert) {
    const cn = cert.subject
        .split('\n')
        .reverse()
        .find((p) => p.startsWith('CN='));
    return cn ? cn.slice(3) : subjectName(cert);
}
function notBefore(cert) {
    return cert.validFromDate ?? new Date(cert.validFrom);
}
function notAfter(cert) {
    return cert.validToDate ?? new Date(cert.validTo);
}
/** Whole days from `at` to expiry, rounded down; negative once expired. */
function daysLeft(cert, at) {
    return Math.floor((notAfter(cert).getTime() - at.getTime()) / DAY);
}
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
function keyInfo(cert) {
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
        default:
            return { keyType: String(key.asymmetricKeyType ?? 'unknown').toUpperCase(), keySize: 0 };
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
    '1.3.101.112': 'ED25519',
    '1.3.101.113': 'ED448',
};
const signatureCache = new WeakMap();
/** The signatureAlgorithm of the certificate (OpenSSL's long names), read from its DER. */
function signatureAlgorithm(cert) {
    let name = signatureCache.get(cert);
    if (name === undefined) {
        try {
            const top = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .parseDer */ .zE)(cert.raw);
            const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_4__/* .child */ .jf)(top, 1), 0));
            name = SIGNATURE_NAMES[id] ?? id;
        }
        catch {
            name = 'unknown';
        }
        signatureCache.set(cert, name);
    }
    return name;
}
function isWeakSignature(name) {
    return /^(md2|md5|sha1)With|^ecdsa-with-SHA1$|^dsa-with-SHA1$/.test(name);
}
/** Signed by its own key under its own name (checkIssued is not used: it also demands keyCertSign,
 * which a self-signed server certificate lacks). */
function isSelfSigned(cert) {
    return cert.subject === cert.issuer && safeVerify(cert, cert);
}
function safeVerify(cert, issuer) {
    try {
        return cert.verify(issuer.publicKey);
    }
    catch {
        return false;
    }
}
function issuedBy(cert, issuer) {
    return cert.checkIssued(issuer) && safeVerify(cert, issuer);
}
const HOST_OPTIONS = { wildcards: true, partialWildcards: false, multiLabelWildcards: false, singleLabelSubdomains: false };
/** The DNS names of the subjectAltName extension. */
function dnsNames(cert) {
    const san = cert.subjectAltName ?? '';
    return san
        .split(/,\s*/)
        .filter((p) => p.startsWith('DNS:'))
        .map((p) => p.slice(4).toLowerCase());
}
/**
 * How the certificate covers `host`: 'san' (a subjectAltName entry, RFC 6125 wildcards: `*.a.com`
 * covers `x.a.com`, not `a.com` nor `x.y.a.com`), 'cn' (only the subject CN, which clients use
 * only when there is no SAN at all and browsers ignore), or null. A wildcard host (`*.a.com` in
 * `sites`) is covered only by the same wildcard entry.
 */
function hostCoverage(cert, host) {
    const h = host.toLowerCase();
    const names = dnsNames(cert);
    if (h.startsWith('*.')) {
        if (names.includes(h))
            return 'san';
        if (names.length === 0 && shortName(cert).toLowerCase() === h)
            return 'cn';
        return null;
    }
    if (cert.checkHost(h, { ...HOST_OPTIONS, subject: 'never' }))
        return 'san';
    if (names.length === 0 && cert.checkHost(h, { ...HOST_OPTIONS, subject: 'always' }))
        return 'cn';
    return null;
}
// --- trust ---
class TrustStore {
    anchors = [];
    bySubject = new Map();
    fingerprints = new Set();
    add(cert) {
        if (this.fingerprints.has(cert.fingerprint256))
            return;
        this.fingerprints.add(cert.fingerprint256);
        this.anchors.push(cert);
        const list = this.bySubject.get(cert.subject) ?? [];
        list.push(cert);
        this.bySubject.set(cert.subject, list);
    }
    /** Is this exact certificate a trust anchor? */
    has(cert) {
        return this.fingerprints.has(cert.fingerprint256);
    }
    /** Anchors that issued `cert` (name match, checkIssued and a verified signature). */
    issuersOf(cert) {
        return (this.bySubject.get(cert.issuer) ?? []).filter((a) => issuedBy(cert, a));
    }
}
let systemRoots;
function loadSystemRoots() {
    systemRoots ??= node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates.flatMap((pem) => {
        try {
            return [new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem)];
        }
        catch {
            return [];
        }
    });
    return systemRoots;
}
const PEM_CERT = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----[\s\S]*?-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;
const MAX_TRUST_FILE = 16 * 1024 * 1024;
/** Node's root store (when `trustSystem`) plus the certificates of each PEM file in `trustFiles`.
 * An unreadable trust file is an input error (one sentence, exit 2). */
function loadTrust(inputs) {
    const store = new TrustStore();
    if (inputs.trustSystem)
        for (const c of loadSystemRoots())
            store.add(c);
    for (const file of inputs.trustFiles) {
        let text;
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).size > MAX_TRUST_FILE)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Trust file '${file}' in input 'trust' is larger than 16 MB`);
            text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'latin1');
        }
        catch (err) {
            if (err instanceof _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d)
                throw err;
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Trust file '${file}' in input 'trust' cannot be read (${err.code ?? 'error'})`);
        }
        const blocks = text.match(PEM_CERT) ?? [];
        if (blocks.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Trust file '${file}' in input 'trust' holds no PEM certificate`);
        for (const block of blocks) {
            try {
                store.add(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block.replace(/(X509 |TRUSTED )/g, '')));
            }
            catch {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`Trust file '${file}' in input 'trust' holds a certificate that cannot be parsed`);
            }
        }
    }
    return store;
}
function caIssuersUrl(cert) {
    const m = /CA Issuers - URI:(\S+)/.exec(cert.infoAccess ?? '');
    return m?.[1];
}
function label(cert) {
    return `'${shortName(cert)}' (${thumbprint(cert)})`;
}
function assessChain(opts) {
    const { leaf, hosts, at, trust } = opts;
    const where = opts.served ? 'the served chain' : opts.file ? opts.file : 'the certificate set';
    const base = {};
    if (opts.file)
        base.file = opts.file;
    if (hosts.length === 1)
        base.host = hosts[0];
    const findings = [];
    const add = (rule, message, extra = {}) => {
        findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)(rule, message, { ...base, ...extra }));
    };
    // deduplicate, keep order, drop the leaf
    const seen = new Set([leaf.fingerprint256]);
    const pool = [];
    for (const c of opts.presented) {
        if (seen.has(c.fingerprint256))
            continue;
        seen.add(c.fingerprint256);
        pool.push(c);
    }
    const chain = [];
    const sources = [];
    const used = new Set();
    let trusted = false;
    let cur = leaf;
    for (let depth = 0; depth < MAX_CHAIN; depth++) {
        if (cur !== leaf && trust.has(cur)) {
            trusted = true;
            if (isSelfSigned(cur) && sources[sources.length - 1] === 'file') {
                add('chain-root-included', `${where} includes the root ${label(cur)}; clients already have it, and servers should not send it.`, {
                    fix: 'Remove the root certificate from the file (keep the leaf and the intermediates).',
                });
            }
            break;
        }
        if (isSelfSigned(cur)) {
            if (trust.has(cur))
                trusted = true;
            else {
                const what = cur === leaf ? `The certificate ${label(cur)} is self-signed and` : `The chain of ${label(leaf)} ends at the root ${label(cur)}, which`;
                add('chain-untrusted', `${what} is not in the trust store, so clients will reject it.`, {
                    fix: 'Use a certificate from a publicly trusted CA, or add its root to the `trust` input if this is a private CA.',
                });
            }
            break;
        }
        const fromPool = pool.find((c) => !used.has(c.fingerprint256) && issuedBy(cur, c));
        const anchor = trust.issuersOf(cur)[0];
        // A trusted issuer wins over a presented one, unless the presented one is that very root:
        // clients prefer their own root to a cross-signed copy of it (e.g. an old fullchain.pem).
        if (fromPool && (!anchor || anchor.fingerprint256 === fromPool.fingerprint256)) {
            used.add(fromPool.fingerprint256);
            chain.push(fromPool);
            sources.push('file');
            cur = fromPool;
            continue;
        }
        if (anchor) {
            chain.push(anchor);
            sources.push('trust');
            trusted = true;
            // an anchor from a trust file may itself be an intermediate; the path ends at a trust anchor
            break;
        }
        const url = caIssuersUrl(cur);
        const issuer = formatName(cur.issuer);
        if (opts.served) {
            add('tls-chain-incomplete', `The server does not send the issuer '${issuer}' of ${label(cur)}, and it is not a trusted root; clients without it cached will fail.`, {
                fix: `Install the intermediate certificate '${issuer}' with the site's certificate (Cloud Service: declare it in the csdef with storeName="CA")${url ? `; it is published at ${url}` : ''}.`,
            });
        }
        else {
            add('chain-incomplete', `The chain of ${label(leaf)} is incomplete: the issuer '${issuer}' of ${label(cur)} is neither in ${where} nor a trusted root.`, {
                fix: `Add the intermediate certificate '${issuer}' to the file${url ? ` (it is published at ${url})` : ''}, e.g. export the PFX with the whole chain.`,
            });
        }
        break;
    }
    // certificates of the set that are not on the leaf's path
    for (const c of pool) {
        if (used.has(c.fingerprint256))
            continue;
        const twin = chain.find((e) => e.subject === c.subject);
        const why = twin
            ? `a second copy of ${label(twin)} issued by '${formatName(c.issuer)}', which clients do not need`
            : `which is not part of the chain of ${label(leaf)}`;
        add('chain-extra', `${where} contains ${label(c)}, ${why}.`, {
            fix: opts.served
                ? 'Remove the unrelated certificate from what the server sends.'
                : 'Remove the unrelated certificate from the file, or give it its own `sites` line.',
        });
    }
    // order: in the file, the leaf first, then each issuer above it
    if (opts.checkOrder !== false) {
        const path = [leaf, ...chain.filter((_, i) => sources[i] === 'file')].map((c) => c.fingerprint256);
        const order = opts.presented.map((c) => c.fingerprint256).filter((f, i, all) => path.includes(f) && all.indexOf(f) === i);
        const expected = order.includes(leaf.fingerprint256) ? path : path.slice(1);
        if (order.join() !== expected.join()) {
            add('chain-order', `The certificates in ${where} are not in leaf → intermediate → root order.`, {
                fix: 'Put the leaf first, then each issuer after the certificate it signed (nginx and some clients rely on this order).',
            });
        }
    }
    // validity of every certificate on the path
    const warnMs = opts.warnDays * DAY;
    const failMs = opts.failDays * DAY;
    [leaf, ...chain].forEach((c, i) => {
        const role = i === 0 ? 'The certificate' : isSelfSigned(c) ? 'The root' : 'The intermediate';
        const from = notBefore(c);
        const to = notAfter(c);
        const renew = i === 0 ? 'Renew the certificate and replace the file before it is deployed.' : `Get the current chain from the CA and replace ${label(c)} in the file.`;
        if (at < from) {
            add('cert-not-yet-valid', `${role} ${label(c)} is not valid until ${from.toISOString()}.`, {
                fix: 'Wait until the certificate is valid before deploying it, or check the server clock and the certificate dates.',
            });
        }
        else if (at > to) {
            add('cert-expired', `${role} ${label(c)} expired on ${to.toISOString()} (${-daysLeft(c, at)} days ago).`, { fix: renew });
        }
        else {
            const left = to.getTime() - at.getTime();
            if (left < failMs || left < warnMs) {
                add('cert-expires-soon', `${role} ${label(c)} expires on ${to.toISOString()}, in ${daysLeft(c, at)} days.`, {
                    severity: left < failMs ? 'error' : 'warning',
                    fix: renew,
                });
            }
        }
    });
    // hosts
    for (const host of hosts) {
        const how = hostCoverage(leaf, host);
        const names = dnsNames(leaf);
        if (how === 'cn') {
            add('cert-host-mismatch', `${label(leaf)} covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`, {
                host,
                severity: 'warning',
                fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.`,
            });
        }
        else if (!how) {
            add('cert-host-mismatch', `${label(leaf)} does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${shortName(leaf)}'`}).`, {
                host,
                fix: `Use a certificate whose subjectAltName lists ${host}${host.startsWith('*.') ? '' : ` or *.${host.split('.').slice(1).join('.')}`}, or move ${host} to the line of the certificate that covers it.`,
            });
        }
    }
    // keys and signatures of the leaf and the intermediates (roots are trusted by their presence)
    [leaf, ...chain].forEach((c, i) => {
        if (i > 0 && isSelfSigned(c))
            return;
        const role = i === 0 ? 'The certificate' : 'The intermediate';
        const { keyType, keySize } = keyInfo(c);
        if ((keyType === 'RSA' && keySize < 2048) || (keyType === 'EC' && keySize < 256)) {
            add('cert-weak-key', `${role} ${label(c)} has a ${keySize}-bit ${keyType} key; clients require RSA ≥ 2048 or EC ≥ 256 bits.`, {
                fix: 'Reissue the certificate with an RSA 2048-bit (or larger) or an EC P-256 key.',
            });
        }
        const sig = signatureAlgorithm(c);
        if (isWeakSignature(sig)) {
            add('cert-weak-signature', `${role} ${label(c)} is signed with ${sig}, which browsers reject.`, {
                fix: i === 0 ? 'Reissue the certificate with a SHA-256 signature.' : "Use the CA's current SHA-256 intermediate instead.",
            });
        }
    });
    // extended key usage of the leaf
    // Node 23.5+ names it extKeyUsage (keyUsage stays as a deprecated alias)
    const eku = leaf.extKeyUsage ?? leaf.keyUsage;
    if (eku && eku.length > 0 && !eku.includes('1.3.6.1.5.5.7.3.1') && !eku.includes('2.5.29.37.0')) {
        add('cert-no-server-auth', `${label(leaf)} has an extended key usage without serverAuth (${eku.join(', ')}), so TLS clients reject it for a server.`, {
            fix: 'Reissue the certificate as a TLS server certificate (extendedKeyUsage serverAuth).',
        });
    }
    return { chain, sources, findings, trusted };
}
function chainElements(chain, sources) {
    return chain.map((c, i) => ({ subject: subjectName(c), thumbprint: thumbprint(c), notAfter: notAfter(c).toISOString(), source: sources[i] ?? 'file' }));
}
/** The report's view of one certificate with its chain. */
function describeCertificate(o) {
    const { keyType, keySize } = keyInfo(o.leaf);
    return {
        file: o.file,
        hosts: o.hosts,
        subject: subjectName(o.leaf),
        issuer: formatName(o.leaf.issuer),
        thumbprint: thumbprint(o.leaf),
        sha256: sha256Thumbprint(o.leaf),
        notBefore: notBefore(o.leaf).toISOString(),
        notAfter: notAfter(o.leaf).toISOString(),
        daysLeft: daysLeft(o.leaf, o.at),
        keyType,
        keySize,
        signature: signatureAlgorithm(o.leaf),
        container: o.container,
        chain: chainElements(o.chain, o.sources),
    };
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
/* harmony export */   lS: () => (/* binding */ raw),
/* harmony export */   m: () => (/* binding */ lengthBytes),
/* harmony export */   nb: () => (/* binding */ bmpString),
/* harmony export */   nd: () => (/* binding */ integer),
/* harmony export */   pc: () => (/* binding */ explicit),
/* harmony export */   tu: () => (/* binding */ octets),
/* harmony export */   zE: () => (/* binding */ parseDer)
/* harmony export */ });
/* unused harmony export encode */
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
    name = 'DerError';
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
        throw new DerError('ASN.1 nested too deeply');
    if (++counter.nodes > MAX_NODES)
        throw new DerError('ASN.1 has too many elements');
    if (offset + 2 > limit)
        throw new DerError('ASN.1 truncated');
    const tag = buf[offset];
    if ((tag & 0x1f) === 0x1f)
        throw new DerError('ASN.1 high tag numbers are not supported');
    let pos = offset + 1;
    const first = buf[pos++];
    let length = -1;
    if (first < 0x80)
        length = first;
    else if (first > 0x80) {
        const n = first & 0x7f;
        if (n > 4 || pos + n > limit)
            throw new DerError('ASN.1 length invalid or truncated');
        length = 0;
        for (let i = 0; i < n; i++)
            length = length * 256 + buf[pos++];
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


/***/ })

};
