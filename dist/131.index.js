export const id = 131;
export const ids = [131];
export const modules = {

/***/ 2131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// UNUSED EXPORTS: expectedFor, hostCovers, hostPort, overallDeadlineMs, selectShard, shardOf

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/certs/chain.ts + 21 modules
var chain = __webpack_require__(9012);
// EXTERNAL MODULE: ./src/certs/isolate.ts
var isolate = __webpack_require__(458);
// EXTERNAL MODULE: ./src/door.ts
var door = __webpack_require__(8087);
// EXTERNAL MODULE: ./src/hosts.ts
var hosts = __webpack_require__(9892);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/tls/hello.ts
// A hand-made ClientHello for what this Node's OpenSSL can no longer offer (SSL 3.0, RC4, DES,
// 3DES, EXPORT suites): it offers only the given cipher suites at the given version and reads the
// server's first answer. A ServerHello naming one of them means the server accepts it; an alert
// or a closed connection means it does not. No handshake is completed and nothing is encrypted:
// the question is only what the server would choose. One timer bounds the whole exchange.


const SSL3 = 0x0300;
const TLS12 = 0x0303;
const VERSION_NAMES = { 0x0300: 'SSLv3', 0x0301: 'TLSv1', 0x0302: 'TLSv1.1', 0x0303: 'TLSv1.2' };
/** IANA names of the suites the hand-made hellos offer. */
const SUITE_NAMES = {
    0x0001: 'TLS_RSA_WITH_NULL_MD5',
    0x0002: 'TLS_RSA_WITH_NULL_SHA',
    0x003b: 'TLS_RSA_WITH_NULL_SHA256',
    0xc006: 'TLS_ECDHE_ECDSA_WITH_NULL_SHA',
    0xc010: 'TLS_ECDHE_RSA_WITH_NULL_SHA',
    0x0003: 'TLS_RSA_EXPORT_WITH_RC4_40_MD5',
    0x0004: 'TLS_RSA_WITH_RC4_128_MD5',
    0x0005: 'TLS_RSA_WITH_RC4_128_SHA',
    0x0006: 'TLS_RSA_EXPORT_WITH_RC2_CBC_40_MD5',
    0x0008: 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA',
    0x0009: 'TLS_RSA_WITH_DES_CBC_SHA',
    0x000a: 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
    0x0011: 'TLS_DHE_DSS_EXPORT_WITH_DES40_CBC_SHA',
    0x0012: 'TLS_DHE_DSS_WITH_DES_CBC_SHA',
    0x0013: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
    0x0014: 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA',
    0x0015: 'TLS_DHE_RSA_WITH_DES_CBC_SHA',
    0x0016: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
    0x002f: 'TLS_RSA_WITH_AES_128_CBC_SHA',
    0x0033: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
    0x0035: 'TLS_RSA_WITH_AES_256_CBC_SHA',
    0x0039: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
    0x0062: 'TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA',
    0x0064: 'TLS_RSA_EXPORT1024_WITH_RC4_56_SHA',
    0xc007: 'TLS_ECDHE_ECDSA_WITH_RC4_128_SHA',
    0xc008: 'TLS_ECDHE_ECDSA_WITH_3DES_EDE_CBC_SHA',
    0xc009: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
    0xc00a: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
    0xc011: 'TLS_ECDHE_RSA_WITH_RC4_128_SHA',
    0xc012: 'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
    0xc013: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
    0xc014: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
    0xc02b: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    0xc02f: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
};
function u16(n) {
    return Buffer.from([(n >> 8) & 0xff, n & 0xff]);
}
function ext(type, body) {
    return Buffer.concat([u16(type), u16(body.length), body]);
}
/** The ClientHello record: the version, the suites, and (above SSL 3.0) SNI, groups, point formats, signature algorithms. */
function clientHello(o) {
    const suites = Buffer.concat(o.suites.map(u16));
    const parts = [u16(o.version), (0,external_node_crypto_.randomBytes)(32), Buffer.from([0]), u16(suites.length), suites, Buffer.from([1, 0])];
    if (o.version > SSL3) {
        const exts = [];
        if (o.servername) {
            const name = Buffer.from(o.servername, 'ascii');
            const entry = Buffer.concat([Buffer.from([0]), u16(name.length), name]);
            exts.push(ext(0x0000, Buffer.concat([u16(entry.length), entry])));
        }
        const groups = Buffer.concat([0x001d, 0x0017, 0x0018, 0x0019].map(u16));
        exts.push(ext(0x000a, Buffer.concat([u16(groups.length), groups])));
        exts.push(ext(0x000b, Buffer.from([1, 0])));
        if (o.version >= TLS12) {
            const algs = Buffer.concat([0x0401, 0x0501, 0x0601, 0x0201, 0x0403, 0x0503, 0x0603, 0x0203, 0x0804, 0x0805, 0x0806].map(u16));
            exts.push(ext(0x000d, Buffer.concat([u16(algs.length), algs])));
        }
        exts.push(ext(0xff01, Buffer.from([0])));
        const all = Buffer.concat(exts);
        parts.push(u16(all.length), all);
    }
    const body = Buffer.concat(parts);
    const handshake = Buffer.concat([Buffer.from([1, (body.length >> 16) & 0xff, (body.length >> 8) & 0xff, body.length & 0xff]), body]);
    return Buffer.concat([Buffer.from([0x16]), u16(o.version === SSL3 ? SSL3 : 0x0301), u16(handshake.length), handshake]);
}
/** Largest TLS record payload a server may send (2^14 plus expansion, RFC 5246 6.2.3). */
const MAX_RECORD = 18432;
/**
 * Reads the server's first records as they arrive: every byte is looked at once. Record headers
 * are checked as they complete, handshake payload bytes are appended to one growing buffer (the
 * part of a record not yet complete included, since the first ServerHello fields may be in it),
 * and the answer is decided from that buffer's first bytes. A server trickling empty records, one
 * byte at a time, costs work in proportion to what it sends, not to its square.
 */
class AnswerReader {
    header = Buffer.alloc(5);
    headerLen = 0;
    /** payload bytes left in the current record; 0 while reading a header */
    recordLeft = 0;
    hs = Buffer.alloc(256);
    hsLen = 0;
    refused;
    /** bytes received so far */
    received = 0;
    push(chunk) {
        this.received += chunk.length;
        if (this.refused)
            return this.refused;
        let i = 0;
        while (i < chunk.length) {
            if (this.recordLeft > 0) {
                const n = Math.min(this.recordLeft, chunk.length - i);
                this.append(chunk, i, i + n);
                this.recordLeft -= n;
                i += n;
                continue;
            }
            const n = Math.min(5 - this.headerLen, chunk.length - i);
            chunk.copy(this.header, this.headerLen, i, i + n);
            this.headerLen += n;
            i += n;
            if (this.headerLen < 5)
                break;
            this.headerLen = 0;
            const type = this.header[0];
            const len = this.header.readUInt16BE(3);
            if (type === 0x15)
                return (this.refused = { kind: 'refused', why: chunk.length - i >= 2 ? `alert ${chunk[i + 1]}` : 'an alert' });
            if (type !== 0x16 || len > MAX_RECORD)
                return (this.refused = { kind: 'refused', why: 'not a TLS handshake answer' });
            this.recordLeft = len;
        }
        return this.answer();
    }
    append(from, start, end) {
        const need = this.hsLen + (end - start);
        if (need > this.hs.length) {
            const grown = Buffer.alloc(Math.max(need, this.hs.length * 2));
            this.hs.copy(grown, 0, 0, this.hsLen);
            this.hs = grown;
        }
        from.copy(this.hs, this.hsLen, start, end);
        this.hsLen = need;
    }
    answer() {
        const hs = this.hs.subarray(0, this.hsLen);
        if (hs.length < 4)
            return { kind: 'more' };
        if (hs[0] !== 2)
            return (this.refused = { kind: 'refused', why: `handshake message ${hs[0]} instead of a ServerHello` });
        if (hs.length < 4 + 2 + 32 + 1)
            return { kind: 'more' };
        const sid = hs[4 + 2 + 32];
        const at = 4 + 2 + 32 + 1 + sid;
        if (hs.length < at + 2)
            return { kind: 'more' };
        return { kind: 'hello', version: hs.readUInt16BE(4), suite: hs.readUInt16BE(at), handshake: hs };
    }
}
/** Reads the server's first records at once: a ServerHello (version, suite, and the handshake bytes so far), an alert, or not enough yet. */
function readAnswer(data) {
    return new AnswerReader().push(data);
}
/** The length of the Certificate message that follows the ServerHello, once its header has arrived. */
function certificateLength(hs) {
    const helloEnd = 4 + hs.readUIntBE(1, 3);
    if (hs.length < helloEnd + 4 || hs[helloEnd] !== 11)
        return undefined;
    return hs.readUIntBE(helloEnd + 1, 3);
}
/** Suites nearly every TLS 1.2 server has, for a hello that only wants to see the certificate message. */
const COMMON_SUITES = [0xc02f, 0xc030, 0xc02b, 0xc02c, 0xcca8, 0xcca9, 0xc013, 0xc014, 0xc009, 0xc00a, 0x009c, 0x009d, 0x002f, 0x0035];
/**
 * The size in bytes of the certificate message a server sends under TLS 1.2 (where it is not
 * encrypted), read from its header without receiving the rest; undefined when it cannot be seen.
 */
async function certificateMessageSize(o) {
    const outcome = await exchange({ ...o, version: TLS12, suites: COMMON_SUITES }, (a) => {
        if (a.kind === 'refused')
            return { error: a.why };
        const size = a.kind === 'hello' ? certificateLength(a.handshake) : undefined;
        return size === undefined ? undefined : { value: size };
    });
    return 'value' in outcome ? outcome.value : undefined;
}
/** Sends the hello and reads the answer until `decide` settles it (or the timer, an error or the close ends it). */
function exchange(o, decide, limit = 64 * 1024) {
    return new Promise((resolve) => {
        let settled = false;
        const reader = new AnswerReader();
        const socket = external_node_net_.connect({ host: o.address, port: o.port });
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            socket.removeAllListeners('data');
            socket.on('error', () => undefined);
            socket.destroy();
            resolve(outcome);
        };
        const timer = setTimeout(() => finish({ error: `No answer to the ClientHello within ${o.timeoutMs / 1000} s.` }), o.timeoutMs);
        socket.once('connect', () => socket.write(clientHello(o)));
        socket.on('data', (chunk) => {
            const d = decide(reader.push(chunk));
            if (d)
                finish(d);
            else if (reader.received > limit)
                finish({ error: `No usable answer in the first ${limit / 1024} KB.` });
        });
        socket.on('error', (err) => finish({ error: err.message }));
        socket.once('close', () => finish({ error: 'The server closed the connection.' }));
    });
}
/** Offers only `suites` at `version` and reports what the server chose, as a configuration probe's result. */
async function probeHello(o) {
    const started = performance.now();
    const outcome = await exchange(o, (a) => {
        if (a.kind === 'more')
            return undefined;
        if (a.kind === 'refused')
            return { error: `The server refused (${a.why}).` };
        // A server that ignores the offer and picks something else has not accepted any of it.
        const offered = o.suites.includes(a.suite);
        const name = SUITE_NAMES[a.suite] ?? `0x${a.suite.toString(16).padStart(4, '0')}`;
        return {
            value: {
                ok: offered,
                protocol: VERSION_NAMES[a.version] ?? `0x${a.version.toString(16)}`,
                cipher: { name, standardName: name },
                ...(offered ? {} : { error: `The server chose ${name}, which was not offered.` }),
            },
        };
    });
    const ms = Math.round(performance.now() - started);
    return 'value' in outcome ? { ...outcome.value, chain: [], ms } : { ok: false, chain: [], ms, error: outcome.error };
}
/**
 * Offers `groups` of suites together; each time the server chooses one, that suite's group is
 * dropped and the rest offered again, so every group the server accepts is named once and a
 * server that accepts none costs one exchange. All exchanges share `timeoutMs`.
 */
async function probeSuiteGroups(o) {
    const started = performance.now();
    const accepted = [];
    let groups = o.groups;
    let protocol;
    let error;
    while (groups.length) {
        const left = Math.round(o.timeoutMs - (performance.now() - started));
        if (left <= 0)
            break;
        const r = await probeHello({ ...o, suites: groups.flat(), timeoutMs: left });
        const name = r.ok ? r.cipher?.standardName : undefined;
        if (!name) {
            error = r.error;
            break;
        }
        accepted.push(name);
        protocol ??= r.protocol;
        groups = groups.filter((g) => !g.some((c) => SUITE_NAMES[c] === name));
    }
    const ms = Math.round(performance.now() - started);
    return accepted.length ? { ok: true, protocol, accepted, chain: [], ms } : { ok: false, chain: [], ms, error };
}

// EXTERNAL MODULE: ./src/tls/probe.ts
var probe = __webpack_require__(8151);
;// CONCATENATED MODULE: ./src/tls/config.ts




/** Broken cipher suites by kind, with the OpenSSL cipher string that would offer them (IANA code points). */
const BROKEN = [
    { what: 'NULL', openssl: 'eNULL', suites: [0x0001, 0x0002, 0x003b, 0xc006, 0xc010] },
    { what: 'EXPORT', openssl: 'EXPORT', suites: [0x0003, 0x0006, 0x0008, 0x0011, 0x0014, 0x0062, 0x0064] },
    { what: 'RC4', openssl: 'RC4', suites: [0x0005, 0x0004, 0xc011, 0xc007] },
    { what: 'DES', openssl: 'DES', suites: [0x0009, 0x0012, 0x0015] },
    { what: '3DES', openssl: '3DES', suites: [0x000a, 0xc012, 0xc008, 0x0016, 0x0013] },
];
/** SSL 3.0 with the suites SSL 3.0 servers commonly have. */
const SSL3_SUITES = [0xc014, 0xc013, 0xc00a, 0xc009, 0x0039, 0x0033, 0x0035, 0x002f, 0x000a, 0x0016, 0x0005, 0x0004];
/** Groups every current client offers (OpenSSL names as getEphemeralKeyInfo reports them). */
const USUAL_GROUPS = new Set(['X25519', 'X448', 'prime256v1', 'secp384r1', 'secp521r1']);
/** Curves outside the usual set that a misconfigured server may still pick (Schannel can enable all of these). */
const UNUSUAL_CURVES = [
    'secp160k1',
    'secp160r1',
    'secp160r2',
    'secp192k1',
    'prime192v1',
    'secp224k1',
    'secp224r1',
    'secp256k1',
    'brainpoolP256r1',
    'brainpoolP384r1',
    'brainpoolP512r1',
];
// TLS 1.2 and older only: TLS 1.3 has no such suites, and a server preferring 1.3 would hide them.
const legacyHandshake = (ciphers) => ({ minVersion: 'TLSv1', maxVersion: 'TLSv1.2', ciphers: `${ciphers}:@SECLEVEL=0` });
const SSL3_HANDSHAKE = { minVersion: 'SSLv3', maxVersion: 'SSLv3', ciphers: 'ALL:@SECLEVEL=0' };
let plan;
/**
 * The checks to make at each address and port (decided once per process): 7 exchanges for a
 * clean server. Protocol versions, DHE, curves and static RSA by this Node's OpenSSL; SSL 3.0
 * (when OpenSSL cannot offer it) and every broken suite by a hand-made ClientHello, so that
 * nothing is passed because this machine could not ask for it.
 */
function configPlan() {
    if (plan)
        return plan;
    const openssl = (0,probe/* canOffer */.L7)(SSL3_HANDSHAKE);
    const checks = [
        openssl ? { id: 'SSLv3', what: 'SSL 3.0', handshake: SSL3_HANDSHAKE } : { id: 'SSLv3', what: 'SSL 3.0', hello: { version: SSL3, suites: SSL3_SUITES } },
        { id: 'TLSv1', what: 'TLS 1.0', handshake: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' } },
        { id: 'TLSv1.1', what: 'TLS 1.1', handshake: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } },
        { id: 'dhe', what: 'finite-field Diffie-Hellman (DHE) suites', handshake: legacyHandshake('kDHE') },
        { id: 'static-rsa', what: 'static-RSA key exchange suites', handshake: legacyHandshake('kRSA') },
        {
            id: 'broken',
            what: 'NULL, EXPORT, RC4, DES and 3DES suites',
            hello: { version: TLS12, suites: BROKEN.flatMap((b) => b.suites), groups: BROKEN.map((b) => b.suites) },
        },
    ];
    const curves = UNUSUAL_CURVES.filter((n) => (0,probe/* canOffer */.L7)({ ...legacyHandshake('kECDHE'), ecdhCurve: n }));
    if (curves.length) {
        checks.push({ id: 'curves', what: 'unusual elliptic curves', handshake: { ...legacyHandshake('kECDHE'), ecdhCurve: curves.join(':') } });
    }
    const cannot = [...(openssl ? [] : ['SSL 3.0']), ...BROKEN.filter((b) => !(0,probe/* canOffer */.L7)(legacyHandshake(b.openssl))).map((b) => `${b.what} suites`)];
    const missing = [`the curves ${andList(UNUSUAL_CURVES.filter((n) => !curves.includes(n)))}`].filter(() => curves.length < UNUSUAL_CURVES.length);
    plan = {
        checks,
        cannot: [
            cannot.length
                ? `This machine's OpenSSL (${process.versions.openssl}, Node ${process.version}) cannot offer ${andList(cannot)}: scan asks for them (and for every broken suite) with a hand-made ClientHello and reports the ones a server's ServerHello chooses.`
                : '',
            `Not checked (not a pass): ${andList([...missing, 'SSL 2.0'])}.`,
        ]
            .filter(Boolean)
            .join(' '),
    };
    return plan;
}
function andList(items) {
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
const PROTOCOL_NAMES = { SSLv3: 'SSL 3.0', TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1' };
/** Makes one check at an address and port, sending `servername` (a host served there) as SNI. */
function runCheck(check, at, timeoutMs) {
    const { hello } = check;
    if (hello?.groups)
        return probeSuiteGroups({ ...at, version: hello.version, groups: hello.groups, timeoutMs });
    if (hello)
        return probeHello({ ...at, version: hello.version, suites: hello.suites, timeoutMs });
    return (0,probe/* probeTls */.SL)({ host: at.servername, ...at, timeoutMs, handshake: check.handshake });
}
/** The findings of one address's configuration probes (results in the order of `checks`). */
function judgeConfig(t, checks, results) {
    const got = new Map();
    checks.forEach((c, i) => {
        const r = results[i];
        if (r?.ok)
            got.set(c.id, r);
    });
    const serving = `${t.where} (serving ${(0,hosts/* someHosts */.GC)(t.hosts)})`;
    const out = [];
    const legacy = ['SSLv3', 'TLSv1', 'TLSv1.1'].filter((v) => got.get(v)?.protocol === v).map((v) => PROTOCOL_NAMES[v]);
    if (legacy.length) {
        out.push((0,rules/* finding */.gk)('tls-legacy-protocol', `${serving} accepts ${andList(legacy)} when a client asks for ${legacy.length > 1 ? 'them' : 'it'}; only TLS 1.2 and 1.3 are safe.`, {
            host: t.address,
            fix: `Disable ${andList(legacy)} for the server: on IIS set the DWORDs Enabled=0 and DisabledByDefault=1 under ${legacy.map((v) => `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${v}\\Server`).join(' and ')} (on Cloud Services from an elevated startup task, then reboot the instance; every Guest OS up to osFamily 7, Windows Server 2022, accepts them until these keys say otherwise). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        }));
    }
    const dh = got.get('dhe')?.ephemeral;
    if (dh?.type === 'DH' && (dh.size ?? 0) < 2048) {
        out.push((0,rules/* finding */.gk)('tls-weak-key-exchange', `${serving} uses a ${dh.size}-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).`, {
            host: t.address,
            fix: 'Use a 2048-bit or larger DH group, or drop the DHE suites: on IIS set ServerMinKeyBitLength=2048 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman, or Disable-TlsCipherSuite each TLS_DHE_* suite. https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
        }));
    }
    const curve = got.get('curves')?.ephemeral;
    if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name)) {
        out.push((0,rules/* finding */.gk)('tls-weak-key-exchange', `${serving} accepts the elliptic curve ${curve.name} (${curve.size} bits) for ECDHE, outside the usual X25519, X448, P-256, P-384 and P-521.`, {
            host: t.address,
            fix: `Offer only curve25519, NistP256 and NistP384 (the Windows defaults): on IIS Disable-TlsEccCurve -Name <curve> for every other curve, or set the ECC Curve Order group policy. https://learn.microsoft.com/en-us/windows/win32/secauthn/tls-elliptic-curves-in-windows-10-1607-and-later`,
        }));
    }
    const weak = got.get('broken')?.accepted ?? [];
    const rsa = got.get('static-rsa');
    const staticRsa = rsa && !rsa.ephemeral?.type ? (rsa.cipher?.standardName ?? rsa.cipher?.name) : undefined;
    if (weak.length || staticRsa) {
        const parts = [
            ...(weak.length ? [`broken cipher suites (${weak.join(', ')})`] : []),
            ...(staticRsa ? [`static-RSA key exchange without forward secrecy (${staticRsa})`] : []),
        ];
        const ciphers = weak.length
            ? 'set Enabled=0 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\<cipher> for each broken cipher ("NULL", "RC4 128/128", "DES 56/56", "Triple DES 168", …), and '
            : '';
        out.push((0,rules/* finding */.gk)('tls-weak-cipher', `${serving} accepts ${parts.join(' and ')}.`, {
            host: t.address,
            severity: weak.length ? 'error' : 'warning',
            fix: `Remove them from the server's cipher suites: on IIS ${ciphers}Disable-TlsCipherSuite -Name for each (e.g. TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA), keeping TLS_ECDHE_* and TLS 1.3 suites first (Enable-TlsCipherSuite -Position, or the SSL Cipher Suite Order policy). https://learn.microsoft.com/en-us/powershell/module/tls/disable-tlsciphersuite and https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        }));
    }
    return out;
}

// EXTERNAL MODULE: ./src/tls/judge.ts
var tls_judge = __webpack_require__(7586);
// EXTERNAL MODULE: ./src/tls/pool.ts
var pool = __webpack_require__(2971);
;// CONCATENATED MODULE: ./src/scan/scan.ts
// `scan`: probes live endpoints over TLS with SNI (optionally pinned to an address) and has the
// endpoint judge (tls/judge.ts, shared with `verify`) compare what is served with what is expected
// and apply the certificate rules to the served chain; then probes each distinct address and port
// once without SNI and once per configuration check (tls/config.ts: legacy protocols, weak key
// exchange, weak ciphers). One bad host never fails the others.









/** FNV-1a of `host:port@address`: a stable share of endpoints per shard, the same on every runner. */
function shardOf(e, count) {
    const key = `${e.host}:${e.port}@${e.address ?? ''}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return (h % count) + 1;
}
function selectShard(endpoints, shard) {
    if (!shard || shard.count <= 1)
        return endpoints;
    return endpoints.filter((e) => shardOf(e, shard.count) === shard.index);
}
/** The wildcard one label up from `host` (`*.example.com` for `www.example.com`), if it has one. */
function wildcardOf(host) {
    const dot = host.indexOf('.');
    return dot > 0 && !host.startsWith('*.') ? `*.${host.slice(dot + 1)}` : undefined;
}
/** Whether `pattern` names `host`: the same name, or a wildcard covering exactly its first label (RFC 6125). */
function hostCovers(pattern, host) {
    return pattern === host || (pattern.startsWith('*.') && wildcardOf(host) === pattern);
}
/** The expectation for `host`: an exact entry, else a wildcard entry one label up. */
function expectedFor(expected, host) {
    const exact = expected.get(host);
    if (exact)
        return exact;
    const wildcard = wildcardOf(host);
    return wildcard ? expected.get(wildcard) : undefined;
}
/** Time after which no probe starts: every probe timing out, one wave after another, with room to spare. */
function overallDeadlineMs(count, concurrency, timeoutMs) {
    return Math.ceil(count / Math.max(1, concurrency)) * timeoutMs * 1.5 + timeoutMs + 30_000;
}
async function runScan(inputs, log) {
    const startedAt = Date.now();
    const certificates = [];
    const findings = [];
    const notes = [];
    const expected = new Map();
    let plannedFallback = inputs.fallback;
    if (inputs.sites.length) {
        const { checkCertificates } = await Promise.all(/* import() */[__webpack_require__.e(134), __webpack_require__.e(100)]).then(__webpack_require__.bind(__webpack_require__, 8719));
        const checked = await checkCertificates(inputs);
        certificates.push(...checked.certificates);
        findings.push(...checked.findings);
        for (const site of checked.sites) {
            if (!site.leaf)
                continue;
            const leafHosts = site.spec.hosts;
            const until = (0,chain/* notAfter */.Cw)(site.leaf);
            for (const h of leafHosts)
                expected.set(h, {
                    thumbprint: (0,chain/* thumbprint */.O1)(site.leaf),
                    subject: (0,chain/* shortName */.EU)(site.leaf),
                    source: 'file',
                    hosts: leafHosts,
                    file: site.spec.path,
                    ...(until ? { notAfter: until } : {}),
                });
        }
        if (plannedFallback === undefined)
            plannedFallback = inputs.sites[0]?.hosts[0];
    }
    // `expect` lines win over files for the same host.
    for (const [h, t] of inputs.expect)
        expected.set(h, { thumbprint: t, subject: expected.get(h)?.subject, source: 'pinned' });
    const endpoints = selectShard(inputs.endpoints, inputs.shard);
    if (inputs.shard)
        notes.push(`Shard ${inputs.shard.index}/${inputs.shard.count}: ${endpoints.length} of ${inputs.endpoints.length} endpoints.`);
    if (!endpoints.length) {
        if (!inputs.endpoints.length)
            throw new types/* InputError */.d(`${(0,door/* capital */.Nx)((0,door/* inputRef */.io)(inputs.door, 'endpoints'))} is empty: give one 'HOST[:PORT] [@ADDRESS]' a line for command scan`);
        return { certificates, endpoints: [], findings, notes };
    }
    const judge = new tls_judge/* EndpointJudge */.D({ trust: (0,chain/* loadTrust */.Vc)(inputs), at: inputs.at, warnDays: inputs.warnDays, failDays: inputs.failDays, door: inputs.door });
    const deadlineMs = overallDeadlineMs(endpoints.length, inputs.concurrency, inputs.timeoutMs);
    if (endpoints.length > inputs.concurrency)
        log.info(`Scanning ${endpoints.length} endpoints, ${inputs.concurrency} at a time, ${inputs.timeoutMs / 1000} s per connection.`);
    // Each result is reduced to report fields and findings at once: no certificate objects are kept.
    const reduced = await (0,pool/* runPool */.k)(endpoints, {
        concurrency: inputs.concurrency,
        deadlineMs,
        onProgress: (0,pool/* progressLogger */.S)('scan', (l) => log.info(l)),
        skipped: (e) => unprobed(judge, e, 'The scan reached its overall deadline before probing this endpoint.'),
        run: async (e, _i, remainingMs) => {
            const r = await (0,probe/* probeTls */.SL)({ host: e.host, port: e.port, address: e.address, servername: e.host, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
            // A chain OpenSSL refused as too large: its size, read from the TLS 1.2 message header.
            if ((0,tls_judge/* isChainTooLarge */.r)(r) && r.remoteAddress) {
                const timeoutMs = Math.max(1, Math.min(inputs.timeoutMs, remainingMs - r.ms));
                r.certificateBytes = await certificateMessageSize({ address: r.remoteAddress, port: e.port, servername: e.host, timeoutMs });
            }
            // The served chain's signatures are checked in slices that yield (within its budget), so a
            // hostile chain never stalls the other endpoints' handshakes; judging it then costs little.
            if (r.ok)
                await judge.prepare(r.chain);
            const judged = judge.endpoint({ host: e.host, port: e.port, address: e.address ?? r.remoteAddress ?? '', sni: e.host }, r, {
                host: e.host,
                sni: e.host,
                where: hostPort(e.address ?? e.host, e.port),
                port: e.port,
                expected: expectedFor(expected, e.host),
            });
            return { ...judged, target: e.address ?? r.remoteAddress };
        },
        failed: (e, _i, err) => unprobed(judge, e, `The probe failed: ${(0,isolate/* failureReason */.H)(err)}.`),
    });
    const reports = [];
    // Distinct addresses (pinned, or what DNS gave) → the hosts seen there, for the no-SNI probe and
    // the configuration probes. `hosts` names a few for messages; `sni` is a host that got a
    // certificate there (the configuration probes send it, so that SNI-only servers answer them);
    // `fallbackHere` says whether the planned fallback is among all of them.
    const targets = new Map();
    for (const [i, r] of reduced.entries()) {
        reports.push(r.report);
        findings.push(...r.findings);
        const address = endpoints[i].address ?? r.target;
        if (!address)
            continue;
        const key = `${address}|${endpoints[i].port}`;
        const t = targets.get(key) ?? { address, port: endpoints[i].port, hosts: [], fallbackHere: false };
        t.hosts.push(endpoints[i].host);
        // A wildcard fallback (`*.example.com`) is here when a host it covers is.
        if (plannedFallback && hostCovers(plannedFallback, endpoints[i].host))
            t.fallbackHere = true;
        if (!r.report.error)
            t.sni ??= endpoints[i].host;
        targets.set(key, t);
    }
    // One pool of single handshakes: per address and port, one without SNI and one per configuration
    // check (only where some host was served), all under the same concurrency and timeout.
    const config = configPlan();
    const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
    const jobs = [];
    for (const t of targets.values()) {
        jobs.push({ t });
        if (t.sni)
            for (const check of config.checks)
                jobs.push({ t, check });
    }
    const configStarted = Date.now();
    const results = await (0,pool/* runPool */.k)(jobs, {
        concurrency: inputs.concurrency,
        deadlineMs: overallDeadlineMs(jobs.length, inputs.concurrency, inputs.timeoutMs),
        skipped: (j) => ({ ok: false, chain: [], ms: 0, error: `Not probed: the overall deadline passed${j.check ? ` (${j.check.what})` : ''}.` }),
        failed: (_j, _i, err) => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${(0,isolate/* failureReason */.H)(err)}.` }),
        run: (j, _i, remainingMs) => {
            const timeoutMs = Math.min(inputs.timeoutMs, remainingMs);
            if (j.check)
                return runCheck(j.check, { address: j.t.address, port: j.t.port, servername: j.t.sni }, timeoutMs);
            return (0,probe/* probeTls */.SL)({ host: j.t.address, port: j.t.port, address: j.t.address, servername: null, timeoutMs });
        },
    });
    const configMs = Date.now() - configStarted;
    const byTarget = new Map();
    jobs.forEach((j, i) => {
        const r = results[i];
        const where = hostPort(j.t.address, j.t.port);
        if (j.check) {
            const c = byTarget.get(j.t) ?? { checks: [], results: [] };
            c.checks.push(j.check);
            c.results.push(r);
            byTarget.set(j.t, c);
            return;
        }
        const fallback = plannedFallback === null ? null : plannedFallback && j.t.fallbackHere ? { host: plannedFallback, thumbprint: fallbackWant?.thumbprint } : undefined;
        const judged = judge.noSni(j.t, r, { address: j.t.address, where, hosts: j.t.hosts, served: j.t.sni !== undefined, fallback });
        reports.push(judged.report);
        findings.push(...judged.findings);
        if (judged.note)
            notes.push(judged.note);
    });
    for (const [t, c] of byTarget)
        findings.push(...judgeConfig({ address: t.address, where: hostPort(t.address, t.port), hosts: t.hosts }, c.checks, c.results));
    const failed = reduced.filter((r) => r.report.error).length;
    const configured = byTarget.size;
    notes.push(`Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`);
    if (configured) {
        notes.push(`Configuration probes (protocols, key exchange, ciphers): ${config.checks.length} handshake${config.checks.length === 1 ? '' : 's'} at each of ${configured} address${configured === 1 ? '' : 'es'} and port${configured === 1 ? '' : 's'}, ${elapsed(configMs)} together with the probes without SNI.`);
        if (config.cannot)
            notes.push(config.cannot);
    }
    return { certificates, endpoints: reports, findings, notes };
}
function elapsed(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** `host:port`, with brackets around an IPv6 address. */
function hostPort(host, port) {
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
function unprobed(judge, e, reason) {
    const r = { ok: false, chain: [], ms: 0, error: reason };
    return judge.endpoint({ host: e.host, port: e.port, address: e.address ?? '', sni: e.host }, r, {
        host: e.host,
        sni: e.host,
        where: hostPort(e.address ?? e.host, e.port),
        port: e.port,
    });
}


/***/ })

};
