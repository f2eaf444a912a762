export const id = 857;
export const ids = [857];
export const modules = {

/***/ 9857:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// UNUSED EXPORTS: expectedFor, hostCovers, hostPort, overallDeadlineMs, selectShard, shardOf

// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/certs/chain.ts + 22 modules
var chain = __webpack_require__(3944);
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

;// CONCATENATED MODULE: ./src/tls/handshake.ts
// What a server sends after its ServerHello, read from the answer to a hand-made TLS 1.2
// ClientHello (tls/hello.ts), where none of it is encrypted: the size of the Diffie-Hellman group
// in a ServerKeyExchange (OpenSSL 3 refuses groups under 1024 bits before Node can report them,
// even at @SECLEVEL=0), and what a handshake message over OpenSSL's size limit really is (a
// Certificate message of real certificates, or a broken server). Nothing is verified or
// completed: only the server's own messages are read, each within the exchange's one timer.


/** Finite-field DHE suites (TLS 1.0–1.2): a server with any DHE suite must choose one of these. */
const DHE_SUITES = [0x009e, 0x009f, 0xccaa, 0x0033, 0x0039, 0x0067, 0x006b, 0x0016, 0x0032, 0x0038, 0x00a2, 0x00a3, 0x0013, 0x0040, 0x006a];
const DHE_NAMES = {
    0x009e: 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
    0x009f: 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
    0xccaa: 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
    0x0033: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
    0x0039: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
    0x0067: 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
    0x006b: 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
    0x0016: 'TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA',
    0x0032: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA',
    0x0038: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA',
    0x00a2: 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256',
    0x00a3: 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384',
    0x0013: 'TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA',
    0x0040: 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256',
    0x006a: 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256',
};
/** Suites nearly every TLS 1.2 server has, for a hello that only wants to see what follows the ServerHello. */
const COMMON_SUITES = [0xc02f, 0xc030, 0xc02b, 0xc02c, 0xcca8, 0xcca9, 0xc013, 0xc014, 0xc009, 0xc00a, 0x009e, 0x009f, 0x009c, 0x009d, 0x002f, 0x0035];
const MESSAGE_NAMES = {
    2: 'ServerHello',
    4: 'NewSessionTicket',
    8: 'EncryptedExtensions',
    11: 'Certificate',
    12: 'ServerKeyExchange',
    13: 'CertificateRequest',
    14: 'ServerHelloDone',
    22: 'CertificateStatus',
};
/**
 * The most OpenSSL 3 accepts of each server message before a TLS 1.2 client gives up with
 * "excessive message size" (ssl/statem/statem_clnt.c: SERVER_HELLO_MAX_LENGTH,
 * max_cert_list's default, SERVER_KEY_EXCH_MAX_LENGTH, a plain record, SERVER_HELLO_DONE).
 */
const OPENSSL_LIMITS = { 2: 20000, 11: 102400, 12: 102400, 13: 102400, 22: 16384, 14: 0 };
/**
 * A cursor over the handshake messages of a growing buffer (the concatenated handshake records,
 * as tls/hello.ts's reader hands them over on every chunk): each complete message is looked at
 * once, so a server sending thousands of tiny messages a byte at a time costs what it sends.
 */
class MessageCursor {
    off = 0;
    /** The message at the cursor, complete or as far as received; undefined before its header. */
    current(hs) {
        if (hs.length - this.off < 4)
            return undefined;
        const type = hs[this.off];
        const length = hs.readUIntBE(this.off + 1, 3);
        const body = hs.subarray(this.off + 4, this.off + 4 + length);
        return { type, length, body, complete: body.length === length };
    }
    /** Moves past a complete message. */
    advance(m) {
        this.off += 4 + m.length;
    }
}
/** The size in bits of the big-endian unsigned integer in `bytes` (leading zero bytes ignored). */
function bitLength(bytes) {
    let i = 0;
    while (i < bytes.length && bytes[i] === 0)
        i++;
    if (i === bytes.length)
        return 0;
    return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}
/**
 * A reader of the DH prime's size from a DHE ServerKeyExchange (RFC 5246 7.4.3: dh_p<1..2^16-1>
 * first), fed the handshake bytes so far: the size once the prime has arrived, an error when the
 * server ends its hello without one, undefined while more is needed.
 */
function dhGroupReader() {
    const cursor = new MessageCursor();
    return (hs) => {
        for (let m = cursor.current(hs); m; m = cursor.current(hs)) {
            if (m.type === 12) {
                if (m.body.length < 2)
                    return undefined;
                const plen = m.body.readUInt16BE(0);
                if (plen === 0 || plen > m.length - 2)
                    return { error: 'The ServerKeyExchange holds no Diffie-Hellman prime.' };
                if (m.body.length < 2 + plen)
                    return undefined;
                return { bits: bitLength(m.body.subarray(2, 2 + plen)) };
            }
            if (m.type === 14)
                return { error: 'The server chose a DHE suite but sent no ServerKeyExchange.' };
            if (!m.complete)
                return undefined;
            cursor.advance(m);
        }
        return undefined;
    };
}
/** `dhGroupReader` over a whole answer at once. */
const readDhGroup = (hs) => dhGroupReader()(hs);
/**
 * Offers only DHE suites and reads the group from the ServerKeyExchange: any size, including
 * those OpenSSL 3 refuses to complete a handshake with. One exchange, within `timeoutMs`.
 */
async function probeDhGroup(o) {
    const started = performance.now();
    const read = dhGroupReader();
    const outcome = await exchange({ ...o, version: TLS12, suites: DHE_SUITES }, (a) => {
        if (a.kind === 'more')
            return undefined;
        if (a.kind === 'refused')
            return { error: `The server refused DHE suites (${a.why}).` };
        const name = DHE_NAMES[a.suite] ?? SUITE_NAMES[a.suite] ?? `0x${a.suite.toString(16).padStart(4, '0')}`;
        if (!DHE_SUITES.includes(a.suite))
            return { error: `The server chose ${name}, which was not offered.` };
        const dh = read(a.handshake);
        if (!dh)
            return undefined;
        if ('error' in dh)
            return { error: dh.error };
        return { value: { ok: true, cipher: { name, standardName: name }, ephemeral: { type: 'DH', size: dh.bits } } };
    }, 
    // The certificate chain comes first: room for a large one.
    256 * 1024);
    const ms = Math.round(performance.now() - started);
    return 'value' in outcome ? { ...outcome.value, chain: [], ms } : { ok: false, chain: [], ms, error: outcome.error };
}
/** How much of an oversized Certificate message is read to see that it holds certificates. */
const CERTIFICATE_READ_CAP = 1024 * 1024;
/** Certificates of one message parsed as X.509 (the rest are checked by their DER framing). */
const PARSED_CERTIFICATES = 32;
const nameOf = (type) => MESSAGE_NAMES[type] ?? `handshake message type ${type}`;
const kb = (n) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MiB` : `${Math.round(n / 1024)} KB`);
/**
 * A reader of the server's messages (the ServerHello included), fed the handshake bytes so far,
 * until one is over OpenSSL's limit: then it says what that message is; undefined while more is
 * needed.
 */
function oversizeReader() {
    const cursor = new MessageCursor();
    return (hs) => {
        for (let m = cursor.current(hs); m; m = cursor.current(hs)) {
            const limit = OPENSSL_LIMITS[m.type] ?? 102400;
            if (m.length <= limit) {
                if (m.type === 14 && m.complete)
                    return { kind: 'unread', why: 'the TLS 1.2 handshake has no message over the limit' };
                if (!m.complete)
                    return undefined;
                cursor.advance(m);
                continue;
            }
            if (m.type !== 11) {
                return {
                    kind: 'broken',
                    what: `a ${nameOf(m.type)} announcing ${kb(m.length)} (${m.length} bytes; OpenSSL accepts ${limit ? `${limit} at most` : 'none'}, and a real one ${m.type === 2 ? 'is under 1 KB' : 'is far smaller'})`,
                };
            }
            return readCertificateMessage(m);
        }
        return undefined;
    };
}
/** `oversizeReader` over a whole answer at once. */
const readOversized = (hs) => oversizeReader()(hs);
/** A Certificate message over the limit: real certificates (a large chain) or something else (broken). */
function readCertificateMessage(m) {
    const want = Math.min(m.length, CERTIFICATE_READ_CAP);
    if (m.body.length < want)
        return undefined;
    const body = m.body.subarray(0, want);
    const broken = (why) => ({ kind: 'broken', what: `a Certificate message of ${kb(m.length)} that ${why}` });
    if (body.length < 3)
        return broken('is empty');
    const listLength = body.readUIntBE(0, 3);
    if (listLength !== m.length - 3)
        return broken(`declares a certificate list of ${listLength} bytes in a message of ${m.length}`);
    let off = 3;
    let count = 0;
    while (off < 3 + listLength) {
        if (body.length - off < 3)
            break; // beyond what is read
        const len = body.readUIntBE(off, 3);
        const start = off + 3;
        if (len === 0 || start + len > 3 + listLength)
            return broken(`has a certificate entry ${count + 1} of ${len} bytes that does not fit the list`);
        const der = body.subarray(start, start + len);
        const framing = derLength(der);
        if (framing !== undefined && framing !== len)
            return broken(`has a certificate entry ${count + 1} that is not one DER structure`);
        if (der.length === len && count < PARSED_CERTIFICATES) {
            try {
                new external_node_crypto_.X509Certificate(der);
            }
            catch {
                return broken(`has a certificate entry ${count + 1} that is not an X.509 certificate`);
            }
        }
        else if (count === 0) {
            return broken(`has a first certificate of ${kb(len)}, too large to be read`);
        }
        count++;
        off = start + len;
    }
    if (!count)
        return broken('holds no certificate');
    return { kind: 'chain', bytes: m.length, certificates: count };
}
/** The total length of the DER SEQUENCE at the start of `b` (tag and length included), when its header is there. */
function derLength(b) {
    if (b.length < 2)
        return undefined;
    if (b[0] !== 0x30)
        return -1;
    const first = b[1];
    if (first < 0x80)
        return 2 + first;
    const n = first & 0x7f;
    if (n === 0 || n > 4)
        return -1;
    if (b.length < 2 + n)
        return undefined;
    return 2 + n + b.readUIntBE(2, n);
}
/**
 * Sends a TLS 1.2 hello with common suites and reads what the server sends until the message
 * OpenSSL refused as too large is seen: the answer to "is this a large chain or a broken server".
 */
async function readOversizedMessage(o) {
    const read = oversizeReader();
    const outcome = await exchange({ ...o, version: TLS12, suites: COMMON_SUITES }, (a) => {
        if (a.kind === 'more')
            return undefined;
        if (a.kind === 'refused')
            return { value: { kind: 'unread', why: `the server refused a TLS 1.2 hello (${a.why})` } };
        const v = read(a.handshake);
        return v ? { value: v } : undefined;
    }, CERTIFICATE_READ_CAP + 64 * 1024);
    return 'value' in outcome ? outcome.value : { kind: 'unread', why: outcome.error.replace(/\.$/, '') };
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
        openssl
            ? { id: 'SSLv3', what: 'SSL 3.0', label: 'SSL 3.0', handshake: SSL3_HANDSHAKE }
            : { id: 'SSLv3', what: 'SSL 3.0', label: 'SSL 3.0', hello: { version: SSL3, suites: SSL3_SUITES } },
        { id: 'TLSv1', what: 'TLS 1.0', label: 'TLS 1.0', handshake: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' } },
        { id: 'TLSv1.1', what: 'TLS 1.1', label: 'TLS 1.1', handshake: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } },
        // OpenSSL 3 refuses groups under 1024 bits even at @SECLEVEL=0: the group is read from the ServerKeyExchange instead.
        { id: 'dhe', what: 'finite-field Diffie-Hellman (DHE) suites', label: 'DHE group', dhGroup: true },
        // (kRSA alone includes the NULL suites, which the hand-made hello below names as broken)
        { id: 'static-rsa', what: 'static-RSA key exchange suites', label: 'static RSA', handshake: legacyHandshake('kRSA:!eNULL:!EXPORT:!RC4:!DES:!3DES') },
        {
            id: 'broken',
            what: 'NULL, EXPORT, RC4, DES and 3DES suites',
            label: 'broken suites',
            hello: { version: TLS12, suites: BROKEN.flatMap((b) => b.suites), groups: BROKEN.map((b) => b.suites) },
        },
    ];
    const curves = UNUSUAL_CURVES.filter((n) => (0,probe/* canOffer */.L7)({ ...legacyHandshake('kECDHE'), ecdhCurve: n }));
    if (curves.length) {
        checks.push({ id: 'curves', what: 'unusual elliptic curves', label: 'curves', handshake: { ...legacyHandshake('kECDHE'), ecdhCurve: curves.join(':') } });
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
    if (check.dhGroup)
        return probeDhGroup({ ...at, timeoutMs });
    if (hello?.groups)
        return probeSuiteGroups({ ...at, version: hello.version, groups: hello.groups, timeoutMs });
    if (hello)
        return probeHello({ ...at, version: hello.version, suites: hello.suites, timeoutMs });
    return (0,probe/* probeTls */.SL)({ host: at.servername, ...at, timeoutMs, handshake: check.handshake });
}
/** What the configuration probes of one configuration found (results in the order of `checks`). */
function configFacts(address, checks, results) {
    const got = accepted(checks, results);
    const out = [];
    const fact = (key, make) => out.push({ key, finding: make });
    const legacy = ['SSLv3', 'TLSv1', 'TLSv1.1'].filter((v) => got.get(v)?.protocol === v).map((v) => PROTOCOL_NAMES[v]);
    if (legacy.length) {
        fact(`legacy ${legacy.join(',')}`, (serving) => (0,rules/* finding */.gk)('tls-legacy-protocol', `${serving} accepts ${andList(legacy)} when a client asks for ${legacy.length > 1 ? 'them' : 'it'}; only TLS 1.2 and 1.3 are safe.`, {
            host: address,
            fix: `Disable ${andList(legacy)} for the server: on IIS set the DWORDs Enabled=0 and DisabledByDefault=1 under ${legacy.map((v) => `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${v}\\Server`).join(' and ')} (on Cloud Services from an elevated startup task, then reboot the instance; every Guest OS up to osFamily 7, Windows Server 2022, accepts them until these keys say otherwise). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        }));
    }
    const dh = got.get('dhe')?.ephemeral;
    if (dh?.type === 'DH' && (dh.size ?? 0) < 2048) {
        const refused = (dh.size ?? 0) < 1024
            ? ' Current clients refuse it outright (OpenSSL and Node.js need 1024 bits or more; Chrome and Firefox no longer offer DHE at all).'
            : '';
        fact(`dh ${dh.size}`, (serving) => (0,rules/* finding */.gk)('tls-weak-key-exchange', `${serving} uses a ${dh.size}-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).${refused}`, {
            host: address,
            fix: 'Use a 2048-bit or larger DH group, or drop the DHE suites: on IIS set ServerMinKeyBitLength=2048 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman, or Disable-TlsCipherSuite each TLS_DHE_* suite. https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
        }));
    }
    const curve = got.get('curves')?.ephemeral;
    if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name)) {
        fact(`curve ${curve.name}`, (serving) => (0,rules/* finding */.gk)('tls-weak-key-exchange', `${serving} accepts the elliptic curve ${curve.name} (${curve.size} bits) for ECDHE, outside the usual X25519, X448, P-256, P-384 and P-521.`, {
            host: address,
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
        fact(`cipher ${parts.join(' ')}`, (serving) => (0,rules/* finding */.gk)('tls-weak-cipher', `${serving} accepts ${parts.join(' and ')}.`, {
            host: address,
            severity: weak.length ? 'error' : 'warning',
            fix: `Remove them from the server's cipher suites: on IIS ${ciphers}Disable-TlsCipherSuite -Name for each (e.g. TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA), keeping TLS_ECDHE_* and TLS 1.3 suites first (Enable-TlsCipherSuite -Position, or the SSL Cipher Suite Order policy). https://learn.microsoft.com/en-us/powershell/module/tls/disable-tlsciphersuite and https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        }));
    }
    return out;
}
/**
 * Why a current client's handshake failed, from what the configuration probes found the server
 * accepts instead (broken suites, a DH group under 1024 bits, SSL 3.0, an unusual curve): one
 * sentence for the host's `tls-unreachable`, or undefined when they found nothing that explains it.
 */
function explainFailure(checks, results) {
    const got = accepted(checks, results);
    const parts = [];
    const weak = got.get('broken')?.accepted ?? [];
    if (weak.length)
        parts.push(`broken cipher suites (${weak.join(', ')}), which current clients never offer`);
    const dh = got.get('dhe')?.ephemeral;
    if (dh?.type === 'DH' && (dh.size ?? 0) < 1024)
        parts.push(`DHE suites with a ${dh.size}-bit Diffie-Hellman group, which current clients refuse (OpenSSL and Node.js need 1024 bits; browsers no longer offer DHE)`);
    if (got.get('SSLv3')?.protocol === 'SSLv3')
        parts.push('SSL 3.0, which current clients no longer offer');
    const curve = got.get('curves')?.ephemeral;
    if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name))
        parts.push(`the elliptic curve ${curve.name}, which current clients do not offer`);
    if (!parts.length)
        return undefined;
    return `What the server does accept, a current client does not offer or refuses: ${parts.join('; ')}.`;
}
/** The fix of a `tls-unreachable` that `explainFailure` explains. */
const MODERN_FIX = 'Enable TLS 1.2 (and 1.3) with ECDHE and AES-GCM suites (e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) and drop the broken ones: on IIS Enable-TlsCipherSuite -Name for each, and set Enabled=0 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\<cipher> for NULL, RC4 and Triple DES; a DH group of 2048 bits or more (ServerMinKeyBitLength). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings';
function accepted(checks, results) {
    const got = new Map();
    checks.forEach((c, i) => {
        const r = results[i];
        if (r?.ok)
            got.set(c.id, r);
    });
    return got;
}

// EXTERNAL MODULE: ./src/tls/serving.ts
var serving = __webpack_require__(4113);
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
    // revocation (opt-in): loaded only by the runs that ask for it
    const revocation = inputs.revocation
        ? await (await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 1549))).revocationRun({ timeoutMs: inputs.timeoutMs, at: inputs.at, trust: (0,chain/* loadTrust */.Vc)(inputs) })
        : undefined;
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
            // An IP address as the host is probed without SNI (RFC 6066 allows host names only) and judged
            // against the certificate's IP addresses.
            const sni = sniFor(e.host);
            const r = await (0,probe/* probeTls */.SL)({
                host: e.host,
                port: e.port,
                address: e.address,
                servername: sni,
                timeoutMs: Math.min(inputs.timeoutMs, remainingMs),
                ...(revocation ? { requestOCSP: true } : {}),
            });
            // A handshake message OpenSSL refused as too large: a chain of real certificates, or a broken server.
            if ((0,tls_judge/* isChainTooLarge */.r)(r) && r.remoteAddress) {
                const timeoutMs = Math.max(1, Math.min(inputs.timeoutMs, remainingMs - r.ms));
                r.oversize = await readOversizedMessage({ address: r.remoteAddress, port: e.port, servername: sni, timeoutMs });
            }
            // The served chain's signatures are checked in slices that yield (within its budget), so a
            // hostile chain never stalls the other endpoints' handshakes; judging it then costs little.
            if (r.ok)
                await judge.prepare(r.chain);
            const judged = judge.endpoint({ host: e.host, port: e.port, address: e.address ?? r.remoteAddress ?? '', sni }, r, {
                host: e.host,
                sni: e.host,
                where: hostPort(e.address ?? e.host, e.port),
                port: e.port,
                expected: expectedFor(expected, e.host),
            });
            if (revocation && r.ok) {
                const found = await revocation.judge({
                    host: e.host,
                    where: hostPort(e.address ?? e.host, e.port),
                    chain: r.chain,
                    ...(r.stapled ? { stapled: r.stapled } : {}),
                });
                if (found.length)
                    judged.findings = [...judged.findings, ...found];
            }
            return { ...judged, target: e.address ?? r.remoteAddress, config: configKey(r) };
        },
        failed: (e, _i, err) => unprobed(judge, e, `The probe failed: ${(0,isolate/* failureReason */.H)(err)}.`),
    });
    // Distinct addresses (pinned, or what DNS gave) and ports → the hosts seen there, for the probe
    // without SNI; and within each, the configurations: hosts served the same certificate with the
    // same protocol and suite, or whose handshakes failed the same way, are probed once, with the
    // first of their names in sorted order as SNI, so that no verdict depends on endpoint order.
    const targets = new Map();
    const groups = new Map();
    for (const [i, r] of reduced.entries()) {
        const e = endpoints[i];
        const address = e.address ?? r.target;
        if (!address)
            continue;
        const key = `${address}|${e.port}`;
        let t = targets.get(key);
        if (!t)
            targets.set(key, (t = { address, port: e.port, hosts: [], fallbackHere: false, served: false }));
        t.hosts.push(e.host);
        // A wildcard fallback (`*.example.com`) is here when a host it covers is.
        if (plannedFallback && hostCovers(plannedFallback, e.host))
            t.fallbackHere = true;
        if (!r.report.error)
            t.served = true;
        if (r.config === undefined)
            continue;
        const gkey = `${key}|${r.config}`;
        let g = groups.get(gkey);
        if (!g)
            groups.set(gkey, (g = { key: gkey, target: t, hosts: [], failed: Boolean(r.report.error), endpoints: [] }));
        g.hosts.push(e.host);
        g.endpoints.push(i);
    }
    for (const t of targets.values())
        t.hosts.sort();
    const sortedGroups = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const g of sortedGroups)
        g.hosts.sort();
    // One pool of single handshakes: per address and port, one without SNI, and per configuration
    // one per configuration check, all under the same concurrency and timeout.
    const config = configPlan();
    const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
    const jobs = [];
    for (const t of [...targets.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.port - b.port)))
        jobs.push({ t });
    for (const g of sortedGroups)
        for (const check of config.checks)
            jobs.push({ g, check });
    const configStarted = Date.now();
    const results = await (0,pool/* runPool */.k)(jobs, {
        concurrency: inputs.concurrency,
        deadlineMs: overallDeadlineMs(jobs.length, inputs.concurrency, inputs.timeoutMs),
        skipped: (j) => ({
            ok: false,
            chain: [],
            ms: 0,
            error: `Not probed: the overall deadline passed${'check' in j ? ` (${j.check.what})` : ''}.`,
        }),
        failed: (_j, _i, err) => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${(0,isolate/* failureReason */.H)(err)}.` }),
        run: (j, _i, remainingMs) => {
            const timeoutMs = Math.min(inputs.timeoutMs, remainingMs);
            if ('check' in j)
                return runCheck(j.check, { address: j.g.target.address, port: j.g.target.port, servername: sniFor(j.g.hosts[0]) ?? '' }, timeoutMs);
            return (0,probe/* probeTls */.SL)({ host: j.t.address, port: j.t.port, address: j.t.address, servername: null, timeoutMs });
        },
    });
    const configMs = Date.now() - configStarted;
    const byGroup = new Map();
    const noSni = [];
    jobs.forEach((j, i) => {
        const r = results[i];
        if ('t' in j)
            return void noSni.push({ t: j.t, r });
        const c = byGroup.get(j.g) ?? { checks: [], results: [] };
        c.checks.push(j.check);
        c.results.push(r);
        byGroup.set(j.g, c);
    });
    // A host whose handshake failed, at a server that accepts only what current clients refuse:
    // its tls-unreachable says why (the findings below name what the server offers).
    for (const [g, c] of byGroup) {
        if (!g.failed)
            continue;
        const why = explainFailure(c.checks, c.results);
        if (!why)
            continue;
        for (const i of g.endpoints) {
            const r = reduced[i];
            if (r.report.error)
                r.report.error = `${r.report.error} ${why}`;
            r.findings = r.findings.map((f) => (f.rule === 'tls-unreachable' ? { ...f, message: `${f.message} ${why}`, fix: MODERN_FIX } : f));
        }
    }
    const reports = [];
    for (const r of reduced) {
        reports.push(r.report);
        findings.push(...r.findings);
    }
    for (const { t, r } of noSni) {
        const where = hostPort(t.address, t.port);
        const fallback = plannedFallback === null ? null : plannedFallback && t.fallbackHere ? { host: plannedFallback, thumbprint: fallbackWant?.thumbprint } : undefined;
        const judged = judge.noSni(t, r, { address: t.address, where, hosts: t.hosts, served: t.served, fallback });
        reports.push(judged.report);
        findings.push(...judged.findings);
        if (judged.note)
            notes.push(judged.note);
    }
    // The same judgement for several configurations at one address and port is one finding naming all their hosts.
    const merged = new Map();
    for (const g of sortedGroups) {
        const c = byGroup.get(g);
        if (!c)
            continue;
        for (const fact of configFacts(g.target.address, c.checks, c.results)) {
            const key = `${g.target.address}|${g.target.port}|${fact.key}`;
            const m = merged.get(key) ?? { fact, t: g.target, hosts: [] };
            m.hosts.push(...g.hosts);
            merged.set(key, m);
        }
    }
    for (const m of merged.values())
        findings.push(m.fact.finding((0,serving/* servingText */.M)(hostPort(m.t.address, m.t.port), m.hosts)));
    const failed = reduced.filter((r) => r.report.error).length;
    notes.push(`Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`);
    if (sortedGroups.length) {
        const n = sortedGroups.length;
        const failedGroups = sortedGroups.filter((g) => g.failed).length;
        const addresses = new Set(sortedGroups.map((g) => g.target)).size;
        notes.push(`Configuration probes (protocols, key exchange, ciphers): ${config.checks.length} handshake${config.checks.length === 1 ? '' : 's'} for each of ${n} configuration${n === 1 ? '' : 's'} at ${addresses} address${addresses === 1 ? '' : 'es'} and port${addresses === 1 ? '' : 's'}, ${elapsed(configMs)} together with the probes without SNI. Hosts were grouped by address, port, served certificate and the protocol and suite a current client negotiated (or, when the handshake failed, its error), and each group probed once with the first of its names as SNI${failedGroups ? ` (${failedGroups} of the ${n} for hosts whose handshake failed, to say what the server offers)` : ''}; hosts that share a certificate and suite but differ in other settings are judged as one.`);
        notes.push(`Time per configuration check (median of ${n}): ${checkTimes(config.checks, byGroup)}.`);
        if (config.cannot)
            notes.push(config.cannot);
    }
    const revocationNote = revocation?.note();
    if (revocationNote)
        notes.push(revocationNote);
    return { certificates, endpoints: reports, findings, notes };
}
/**
 * What a current client's handshake says about the configuration a host gets, for grouping:
 * the served certificate with the protocol and suite, or the error of a handshake that failed
 * after the connection was made. Undefined for what configuration probes cannot reach (no
 * connection, a timeout): they would only wait as long again.
 */
function configKey(r) {
    if (r.ok && r.chain[0])
        return `served ${r.chain[0].fingerprint256} ${r.protocol ?? ''} ${r.cipher?.standardName ?? r.cipher?.name ?? ''}`;
    if (!r.remoteAddress || r.timedOut)
        return undefined;
    return `failed ${r.code ?? ''} ${r.error ?? ''}`;
}
/** Each check's median time over the configurations probed, e.g. 'TLS 1.0 3 ms, DHE 2 ms'. */
function checkTimes(checks, byGroup) {
    return checks
        .map((check) => {
        const ms = [...byGroup.values()].map((c) => c.results[c.checks.indexOf(check)]?.ms ?? 0).sort((x, y) => x - y);
        return `${check.label} ${ms[Math.floor((ms.length - 1) / 2)] ?? 0} ms`;
    })
        .join(', ');
}
function elapsed(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** `host:port`, with brackets around an IPv6 address. */
/** The SNI a probe of `host` sends: the host name, or none for an IP address (RFC 6066). */
function sniFor(host) {
    return (0,hosts/* isIpAddress */.oX)(host) ? null : host;
}
function hostPort(host, port) {
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
function unprobed(judge, e, reason) {
    const r = { ok: false, chain: [], ms: 0, error: reason };
    return judge.endpoint({ host: e.host, port: e.port, address: e.address ?? '', sni: sniFor(e.host) }, r, {
        host: e.host,
        sni: e.host,
        where: hostPort(e.address ?? e.host, e.port),
        port: e.port,
    });
}


/***/ }),

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ servingText),
/* harmony export */   x: () => (/* binding */ readServing)
/* harmony export */ });
// Who a configuration finding is about: `ADDRESS:PORT for a.test, b.test and c.test`. Written by
// `scan` (one finding per judgement at an address and port, naming the hosts it was found for)
// and read back by `merge`, which joins the hosts that each shard found it for.
/**
 * Who a configuration finding is about: `ADDRESS:PORT for a.test, b.test and c.test` (five names
 * at most, then how many more). One format, written here and read back by `readServing` (merge).
 */
function servingText(where, hosts, more = 0) {
    const named = [...new Set(hosts)].sort();
    const shown = named.slice(0, 5);
    const rest = named.length - shown.length + more;
    if (rest > 0)
        return `${where} for ${shown.join(', ')} and ${rest} more`;
    return `${where} for ${andList(shown)}`;
}
/** The parts of a configuration finding's message written with `servingText`, or undefined for any other text. */
function readServing(message) {
    const m = /^(\S+) for ((?:[^\s,]+, )*[^\s,]+)(?: and (?:(\d+) more|([^\s,]+)))? ((?:accepts|uses) .*)$/s.exec(message);
    if (!m)
        return undefined;
    return { where: m[1], hosts: [...m[2].split(', '), ...(m[4] ? [m[4]] : [])], more: Number(m[3] ?? 0), rest: m[5] };
}
function andList(items) {
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}


/***/ })

};
