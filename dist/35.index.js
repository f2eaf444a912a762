export const id = 35;
export const ids = [35];
export const modules = {

/***/ 8035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revocationChecker: () => (/* binding */ revocationChecker)
/* harmony export */ });
/* unused harmony exports ocspUrls, crlUrls, ocspRequest, readOcspResponse, readCrl, httpFetch */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5672);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(819);
// Revocation (opt-in, `revocation: true`): is the leaf revoked? Answered from the OCSP response
// the server stapled, else its OCSP responder (AIA), else its CRL distribution point, each lookup
// over plain HTTP with one timer (the `timeout` input) and a size cap, cached per run. The OCSP
// request and the OCSP/CRL answers are read and written here with the DER reader of der.ts and
// Node's crypto (no dependency); a response counts only when its signature verifies with the
// issuer's key (or with a responder certificate the issuer signed for OCSP signing) and it names
// this very certificate. Anything else is "could not check", never a verdict.





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
const HASHES = {
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
function extensionValue(cert, id) {
    return (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(cert)?.extensions.find((e) => e.oid === id)?.value;
}
/** HTTP(S) URIs of the leaf's OCSP responders (authorityInfoAccess). */
function ocspUrls(cert) {
    const v = extensionValue(cert, OID_AIA);
    if (!v)
        return [];
    try {
        return (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(v)
            .children.filter((ad) => (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(ad, 0)) === OID_OCSP && (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(ad, 1).tag === 0x86)
            .map((ad) => (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(ad, 1)).toString('latin1'))
            .filter(isHttp);
    }
    catch {
        return [];
    }
}
/** HTTP(S) URIs of the leaf's CRL distribution points. */
function crlUrls(cert) {
    const v = extensionValue(cert, OID_CRLDP);
    if (!v)
        return [];
    const out = [];
    const walk = (n) => {
        if (n.tag === 0x86)
            out.push((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)(n).toString('latin1'));
        else
            n.children.forEach(walk);
    };
    try {
        walk((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(v));
    }
    catch {
        return [];
    }
    return out.filter(isHttp);
}
function isHttp(url) {
    return /^https?:\/\/[^\s]+$/i.test(url);
}
/** The subjectPublicKey bits of a certificate (what an OCSP CertID hashes as the issuer key). */
function subjectPublicKeyBits(cert) {
    // tbsCertificate: [version], serial, signature, issuer, validity, subject, subjectPublicKeyInfo
    const tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(cert.raw), 0);
    const i = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, 0).tag === 0xa0 ? 1 : 0;
    return (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, i + 5, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE), 1, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.BIT_STRING)).subarray(1);
}
function certIdOf(leaf, issuer) {
    const issuerName = (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(leaf)?.issuer;
    const serial = (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(leaf)?.serial;
    if (!issuerName || !serial)
        throw new Error('the certificate cannot be read');
    return {
        nameHash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(issuerName).digest(),
        keyHash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(subjectPublicKeyBits(issuer)).digest(),
        serial,
    };
}
/** The DER of an OCSPRequest for one certificate (SHA-1 CertID, no nonce: responders cache). */
function ocspRequest(leaf, issuer) {
    const id = certIdOf(leaf, issuer);
    const certId = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oid */ .jq)(OID_SHA1), Buffer.from([_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.NULL, 0])), (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .octetString */ .J8)(id.nameHash), (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .octetString */ .J8)(id.keyHash), (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .encode */ .lF)(_der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.INTEGER, id.serial));
    return (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .seq */ .O6)(certId))));
}
// --- reading answers ---
function time(node) {
    const s = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)(node).toString('latin1');
    let m;
    if (node.tag === 0x17 && (m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(s))) {
        const y = Number(m[1]);
        return new Date(Date.UTC(y < 50 ? 2000 + y : 1900 + y, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    }
    if (node.tag === 0x18 && (m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.\d+)?Z$/.exec(s))) {
        return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    }
    return undefined;
}
function enumerated(node) {
    const b = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)(node);
    return b.length === 1 ? b[0] : -1;
}
function reasonName(code) {
    return code >= 0 ? (REASONS[code] ?? `reason ${code}`) : undefined;
}
/** Does `signature` over `data` verify with `key` for the signature algorithm `algorithm`? */
function signedBy(data, algorithm, signature, key) {
    const id = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(algorithm, 0));
    if (!(id in HASHES))
        return false;
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.verify)(HASHES[id] ?? null, data, key, (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)(signature).subarray(1));
    }
    catch {
        return false;
    }
}
const sameInteger = (a, b) => a.equals(b);
/**
 * The verdict of a DER OCSPResponse on `leaf` issued by `issuer`, or the reason it gives none.
 * The response must be successful, signed by the issuer or by a responder certificate the issuer
 * signed for OCSP signing, name this certificate (issuer key hash and serial) and be current.
 */
function readOcspResponse(der, leaf, issuer, at, source, url) {
    try {
        const top = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(der);
        const status = enumerated((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(top, 0, 0x0a));
        if (status !== 0)
            return {
                status: 'unchecked',
                why: `the OCSP responder answered with status ${['successful', 'malformedRequest', 'internalError', 'tryLater', '4', 'sigRequired', 'unauthorized'][status] ?? status}`,
            };
        const bytes = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(top, 1, 0xa0), 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(bytes, 0)) !== OID_OCSP_BASIC)
            return { status: 'unchecked', why: 'the OCSP response is not a basic response' };
        const basic = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(bytes, 1, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.OCTET_STRING)));
        const tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(basic, 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
        const algorithm = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(basic, 1, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
        const signature = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(basic, 2, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.BIT_STRING);
        const signers = [issuer.publicKey];
        const certs = basic.children.find((c) => c.tag === 0xa0);
        if (certs) {
            for (const c of (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(certs, 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE).children.slice(0, 4)) {
                try {
                    const responder = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(c));
                    if ((0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .issuedBy */ .T1)(responder, issuer) && (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(responder)?.extKeyUsage?.includes(OID_OCSP_SIGNING))
                        signers.push(responder.publicKey);
                }
                catch {
                    // not a certificate: ignored
                }
            }
        }
        const data = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(tbs);
        if (!signers.some((k) => signedBy(data, algorithm, signature, k)))
            return { status: 'unchecked', why: 'the OCSP response is not signed by the issuer or a responder it authorised' };
        const id = certIdOf(leaf, issuer);
        let i = 0;
        if ((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, 0).tag === 0xa0)
            i++; // version
        i++; // responderID
        i++; // producedAt
        const responses = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, i, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
        for (const single of responses.children) {
            const cid = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(single, 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
            if (!sameInteger((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(cid, 3, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.INTEGER)), id.serial) || !(0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(cid, 2, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.OCTET_STRING)).equals(issuerKeyHash(cid, issuer)))
                continue;
            const st = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(single, 1);
            const thisUpdate = time((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(single, 2));
            const next = single.children.find((c) => c.tag === 0xa0);
            const nextUpdate = next ? time((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(next, 0)) : undefined;
            if (!thisUpdate || thisUpdate.getTime() > at.getTime() + 5 * 60_000)
                return { status: 'unchecked', why: 'the OCSP response is dated in the future' };
            if (nextUpdate && nextUpdate.getTime() < at.getTime() - 5 * 60_000)
                return { status: 'unchecked', why: `the OCSP response is stale (next update was ${nextUpdate.toISOString()})` };
            if (st.tag === 0x80)
                return { status: 'good', source, ...(url ? { url } : {}) };
            if (st.tag === 0xa1) {
                const revokedAt = time((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(st, 0));
                const r = st.children.find((c) => c.tag === 0xa0);
                const reason = r ? reasonName(enumerated((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(r, 0))) : undefined;
                return { status: 'revoked', source, ...(url ? { url } : {}), ...(revokedAt ? { revokedAt } : {}), ...(reason ? { reason } : {}) };
            }
            return { status: 'unchecked', why: 'the OCSP responder does not know the certificate (status unknown)' };
        }
        return { status: 'unchecked', why: 'the OCSP response does not name this certificate' };
    }
    catch {
        return { status: 'unchecked', why: 'the OCSP response cannot be read' };
    }
}
/** The issuer key hash with the CertID's own hash algorithm. */
function issuerKeyHash(cid, issuer) {
    const alg = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(cid, 0), 0));
    const name = { '1.3.14.3.2.26': 'sha1', '2.16.840.1.101.3.4.2.1': 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' }[alg];
    if (!name)
        return Buffer.alloc(0);
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(name).update(subjectPublicKeyBits(issuer)).digest();
}
/** The verdict of a DER CRL on `leaf`: signed by the issuer, current, and listing the serial or not. */
function readCrl(der, leaf, issuer, at, url) {
    try {
        const top = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)(der);
        const tbs = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(top, 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE);
        if (!signedBy((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)(tbs), (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(top, 1, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE), (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(top, 2, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.BIT_STRING), issuer.publicKey)) {
            return { status: 'unchecked', why: `the CRL at ${url} is not signed by the issuer` };
        }
        let i = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, 0).tag === _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.INTEGER ? 1 : 0;
        i++; // signature
        const crlIssuer = (0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .raw */ .lS)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(tbs, i++, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE));
        const leafIssuer = (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(leaf)?.issuer;
        if (!leafIssuer || !crlIssuer.equals(leafIssuer))
            return { status: 'unchecked', why: `the CRL at ${url} is another issuer's` };
        i++; // thisUpdate
        const maybeNext = tbs.children[i];
        if (maybeNext && (maybeNext.tag === 0x17 || maybeNext.tag === 0x18)) {
            const next = time(maybeNext);
            if (next && next.getTime() < at.getTime() - 5 * 60_000)
                return { status: 'unchecked', why: `the CRL at ${url} is stale (next update was ${next.toISOString()})` };
            i++;
        }
        const list = tbs.children[i];
        const serial = (0,_x509_js__WEBPACK_IMPORTED_MODULE_4__/* .facts */ .Ix)(leaf)?.serial;
        if (list && list.tag === _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.SEQUENCE && serial) {
            for (const entry of list.children) {
                if (!(0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(entry, 0, _der_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.INTEGER)).equals(serial))
                    continue;
                const revokedAt = time((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(entry, 1));
                let reason;
                const exts = entry.children[2];
                for (const e of exts?.children ?? []) {
                    if ((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .oidOf */ ._f)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(e, 0)) === OID_REASON)
                        reason = reasonName(enumerated((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDer */ .zE)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .content */ .Qs)((0,_der_js__WEBPACK_IMPORTED_MODULE_3__/* .child */ .jf)(e, e.children.length - 1)))));
                }
                return { status: 'revoked', source: 'crl', url, ...(revokedAt ? { revokedAt } : {}), ...(reason ? { reason } : {}) };
            }
        }
        return { status: 'good', source: 'crl', url };
    }
    catch {
        return { status: 'unchecked', why: `the CRL at ${url} cannot be read` };
    }
}
// --- HTTP, bounded ---
/** One HTTP(S) exchange under one timer and a byte cap; never throws, never outlives `timeoutMs`. */
function httpFetch(url, o) {
    return new Promise((resolve) => {
        let done = false;
        let req;
        const finish = (r) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            req?.destroy();
            resolve(r);
        };
        const timer = setTimeout(() => finish({ ok: false, why: `${url} did not answer within ${o.timeoutMs / 1000} s` }), o.timeoutMs);
        try {
            const lib = url.startsWith('https:') ? node_https__WEBPACK_IMPORTED_MODULE_2__ : node_http__WEBPACK_IMPORTED_MODULE_1__;
            req = lib.request(url, {
                method: o.body ? 'POST' : 'GET',
                headers: o.body ? { 'content-type': o.contentType ?? 'application/octet-stream', 'content-length': o.body.length } : {},
            }, (res) => {
                if (res.statusCode !== 200) {
                    res.resume();
                    return finish({ ok: false, why: `${url} answered HTTP ${res.statusCode}` });
                }
                const declared = Number(res.headers['content-length'] ?? 0);
                if (declared > o.maxBytes)
                    return finish({ ok: false, why: `${url} sent ${declared} bytes, over the ${o.maxBytes}-byte limit` });
                const parts = [];
                let size = 0;
                res.on('data', (d) => {
                    size += d.length;
                    if (size > o.maxBytes)
                        return finish({ ok: false, why: `${url} sent more than the ${o.maxBytes}-byte limit` });
                    parts.push(d);
                });
                res.on('end', () => finish({ ok: true, body: Buffer.concat(parts) }));
                res.on('error', (err) => finish({ ok: false, why: `${url} failed: ${err.message}` }));
            });
            req.on('error', (err) => finish({ ok: false, why: `${url} failed: ${err.code ?? err.message}` }));
            req.end(o.body);
        }
        catch (err) {
            finish({ ok: false, why: `${url} cannot be fetched: ${err.message}` });
        }
    });
}
/** A checker for one run: every certificate is looked up once, every CRL downloaded once. */
function revocationChecker(o) {
    const verdicts = new Map();
    const crls = new Map();
    const lookups = { ocsp: 0, crl: 0 };
    const lookup = async (leaf, issuer) => {
        const whys = [];
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
            if (v.status !== 'unchecked')
                return v;
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
            if (v.status !== 'unchecked')
                return v;
            whys.push(`CRL: ${v.why}`);
        }
        if (!whys.length)
            return { status: 'unchecked', why: 'the certificate names no OCSP responder and no CRL distribution point' };
        return { status: 'unchecked', why: whys.join('; ') };
    };
    return {
        lookups,
        check(leaf, issuer, stapled) {
            if (stapled?.length) {
                const v = readOcspResponse(stapled, leaf, issuer, o.at, 'staple');
                if (v.status !== 'unchecked')
                    return Promise.resolve(v);
            }
            const key = `${leaf.fingerprint256}|${issuer.fingerprint256}`;
            let p = verdicts.get(key);
            if (!p) {
                p = lookup(leaf, issuer).catch((err) => ({ status: 'unchecked', why: `the lookup failed: ${err.message}` }));
                verdicts.set(key, p);
            }
            return p;
        },
    };
}


/***/ })

};
