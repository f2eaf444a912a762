export const id = 958;
export const ids = [958];
export const modules = {

/***/ 7586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ EndpointJudge),
/* harmony export */   r: () => (/* binding */ isChainTooLarge)
/* harmony export */ });
/* harmony import */ var _certs_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5766);
/* harmony import */ var _certs_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3944);
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
/* harmony import */ var _certs_isolate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(458);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8087);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9892);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9244);
/* harmony import */ var _probe_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8151);








/** OpenSSL's refusal of a handshake message over its limit (a chain of many or huge certificates). */
function isChainTooLarge(r) {
    return !r.ok && r.code === 'ERR_SSL_EXCESSIVE_MESSAGE_SIZE';
}
class EndpointJudge {
    opts;
    cache = new Map();
    certificateRules;
    constructor(opts) {
        this.opts = opts;
        this.certificateRules = opts.certificateRules ?? true;
    }
    /** Budgets of served chains whose signatures are being (or were) checked in slices, until judged. */
    preparing = new Map();
    /**
     * Checks the signatures of a served chain in slices that yield to the event loop (within the
     * chain's budget), so that judging it next costs little and never stalls the other endpoints'
     * probes; `scan` awaits this before `endpoint`. A chain already judged or being prepared is not
     * checked again.
     */
    async prepare(served) {
        if (!served.length)
            return;
        const key = chainKey(served);
        if (this.cache.has(key))
            return;
        let p = this.preparing.get(key);
        if (!p) {
            const budget = new _certs_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .Budget */ .__();
            p = { budget, done: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSignaturesInSlices */ .O6)(served, this.opts.trust, budget) };
            this.preparing.set(key, p);
        }
        await p.done;
    }
    /** The cached description and chain judgement of a served chain (leaf first). */
    describe(served) {
        const key = chainKey(served);
        let d = this.cache.get(key);
        if (!d) {
            const budget = this.preparing.get(key)?.budget;
            this.preparing.delete(key);
            d = this.describeChain(served, budget);
            if (this.cache.size > 1000)
                this.cache.clear();
            this.cache.set(key, d);
        }
        return d;
    }
    /** The report row of one probe: the same fields, formatted the same way, for every command. */
    report(target, r) {
        const report = { host: target.host, port: target.port, address: target.address, sni: target.sni, chain: [], ms: r.ms };
        if (r.protocol)
            report.protocol = r.protocol;
        const leaf = r.ok ? r.chain[0] : undefined;
        if (!leaf) {
            report.error = r.error ?? 'No certificate was served.';
            return report;
        }
        const d = this.describe(r.chain);
        // the same strings for every endpoint serving this chain, not copies
        report.thumbprint = d.thumbprint;
        report.subject = d.subject;
        report.issuer = d.issuer;
        report.notAfter = d.notAfter;
        report.daysLeft = d.daysLeft;
        report.sans = d.sans;
        report.serial = d.serial;
        report.certificatesSent = r.chain.length;
        report.chain = d.chain;
        return report;
    }
    /**
     * One probe with SNI, judged at its own boundary: its report row and findings. A served
     * certificate no rule expected (an empty subject, a key Node cannot load, a date that does not
     * parse) is this endpoint's `cert-unreadable` finding, reported with what was served, and never
     * stops the other endpoints.
     */
    endpoint(target, r, p) {
        try {
            return { report: this.report(target, r), findings: this.judgeHost(r, p) };
        }
        catch (err) {
            return { report: unjudgedReport(target, r), findings: [unjudgeable(p.host, p.where, (0,_certs_isolate_js__WEBPACK_IMPORTED_MODULE_3__/* .failureReason */ .H)(err))] };
        }
    }
    /** The probe without SNI at an address, judged at its own boundary (see `endpoint`). */
    noSni(target, r, p) {
        const row = { host: target.address, port: target.port, address: target.address, sni: null };
        try {
            const report = this.report(row, r);
            const judged = this.judgeNoSni(r, p);
            if (judged.note && p.fallback)
                report.fallback = p.fallback.host;
            return { report, ...judged };
        }
        catch (err) {
            return { report: unjudgedReport(row, r), findings: [unjudgeable(target.address, p.where, (0,_certs_isolate_js__WEBPACK_IMPORTED_MODULE_3__/* .failureReason */ .H)(err))] };
        }
    }
    /** Findings of one probe with SNI: reachability, the right leaf, protocol, the chain as served, host coverage. */
    judgeHost(r, p) {
        const at = `${p.host} (${p.where}${p.sni !== p.host ? `, SNI ${p.sni}` : ''})`;
        const leaf = r.ok ? r.chain[0] : undefined;
        if (!leaf) {
            if (isChainTooLarge(r)) {
                // A large chain only when the message is a Certificate message of real certificates (or,
                // in `verify`, which serves files `check` read as certificates, when it was not read).
                const o = r.oversize;
                if (!o || o.kind === 'chain')
                    return [chainTooLarge(p.host, at, p.where, o)];
                return [brokenMessage(p.host, at, o)];
            }
            const reason = r.error ?? 'No certificate was served.';
            const bind = p.expected ? `Bind ${p.host} to its certificate (${p.expected.thumbprint}) with an SNI binding on port ${p.port}; check` : 'Check';
            return [
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('tls-unreachable', `${at}: ${reason}`, {
                    host: p.host,
                    fix: `${bind} DNS, that the server listens on this port, firewalls/NSGs in between, and that the server has a certificate bound for this host name (SNI).`,
                }),
            ];
        }
        const d = this.describe(r.chain);
        const out = [];
        const wrong = p.expected && (0,_probe_js__WEBPACK_IMPORTED_MODULE_7__/* .compareServed */ .vL)(p.host, p.where, { thumbprint: d.thumbprint, subject: d.shortName }, p.expected);
        if (wrong)
            out.push(renewalOrWrong(wrong, leaf, d, p));
        const protocol = (0,_probe_js__WEBPACK_IMPORTED_MODULE_7__/* .protocolFinding */ .oM)(p.host, p.where, r.protocol);
        if (protocol)
            out.push(protocol);
        for (const f of d.findings) {
            if (!this.certificateRules && f.rule !== 'tls-chain-incomplete')
                continue;
            out.push({ ...f, host: p.host, message: `${at}: ${f.message}`, ...(p.file ? { file: p.file } : {}) });
        }
        if (this.certificateRules) {
            const coverage = coverageFinding(leaf, p.host, at, d.findings);
            if (coverage)
                out.push(coverage);
        }
        return out;
    }
    /** What clients without SNI get at an address, judged against the plan; a note when it is as planned. */
    judgeNoSni(r, p) {
        const leaf = r.ok ? r.chain[0] : undefined;
        // An address where no host got a certificate is already reported, host by host.
        if (!p.served)
            return { findings: [] };
        const fb = p.fallback;
        const door = this.opts.door ?? 'action';
        const none = (0,_door_js__WEBPACK_IMPORTED_MODULE_4__/* .inputSetting */ .pw)(door, 'fallback', 'none');
        const fix = fb === null
            ? `Remove the 0.0.0.0:443 certificate mapping if clients without SNI are to be refused, or name a fallback (${(0,_door_js__WEBPACK_IMPORTED_MODULE_4__/* .inputRef */ .io)(door, 'fallback')}).`
            : `Keep one 0.0.0.0:443 certificate mapping for clients without SNI${fb ? ` with ${fb.host}'s certificate` : ''} (IIS: ${(0,_door_js__WEBPACK_IMPORTED_MODULE_4__/* .inputRef */ .io)(door, 'fallback')}) and no other IP-specific :${p.where.split(':').pop()} mapping, or set ${none} to refuse them on purpose.`;
        const add = (severity, message) => ({
            findings: [(0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('tls-no-sni-fallback', message, { host: p.address, severity, fix })],
        });
        const planned = fb ? ` the planned fallback ${fb.host}${fb.thumbprint ? ` (${fb.thumbprint})` : ''}` : '';
        if (!leaf) {
            const reason = r.error ?? 'no certificate';
            if (fb === null)
                return add('notice', `Clients without SNI are refused at ${p.where} (${reason}), as planned with ${none}.`);
            return add('warning', `Clients without SNI (old Android, Windows XP, some bots and health probes) get no certificate from ${p.where} (serving ${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_5__/* .someHosts */ .GC)(p.hosts)}): ${reason}${fb ? `; expected${planned}.` : ''}`);
        }
        const d = this.describe(r.chain);
        const got = `'${d.shortName}' (${d.thumbprint})`;
        if (fb === null)
            return add('notice', `Clients without SNI get ${got} from ${p.where} although the plan has no fallback (${none}).`);
        if (!fb?.thumbprint)
            return { findings: [] };
        if (fb.thumbprint !== d.thumbprint)
            return add('warning', `Clients without SNI get ${got} from ${p.where}, not${planned}.`);
        return { findings: [], note: `Clients without SNI get ${fb.host}'s certificate (${fb.thumbprint}) from ${p.where}, as planned.` };
    }
    describeChain(served, budget) {
        const leaf = served[0];
        const a = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .assessChain */ .CM)({
            ...(budget ? { budget } : {}),
            leaf,
            presented: served.slice(1),
            hosts: [],
            at: this.opts.at,
            warnDays: this.opts.warnDays,
            failDays: this.opts.failDays,
            trust: this.opts.trust,
            served: true,
            door: this.opts.door ?? 'action',
        });
        const above = served.slice(1);
        return {
            findings: a.findings,
            chain: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .chainElements */ .Jl)(above, above.map(() => 'served')),
            thumbprint: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprint */ .O1)(leaf),
            subject: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .subjectName */ .wn)(leaf),
            shortName: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(leaf),
            issuer: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .formatName */ .nD)(leaf.issuer),
            notAfter: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .notAfter */ .Cw)(leaf)?.toISOString() ?? 'unknown',
            daysLeft: (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .daysLeft */ .H_)(leaf, this.opts.at),
            sans: (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectAltNames */ ._X)(leaf),
            serial: (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_2__/* .serialNumber */ .wz)(leaf),
        };
    }
}
function chainKey(served) {
    return served.map((c) => c.fingerprint256).join('|');
}
function coverageFinding(leaf, host, at, chainFindings) {
    const how = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .hostCoverage */ .B)(leaf, host);
    if (how === 'san')
        return null;
    // A leaf without any subjectAltName is the chain's cert-no-san (the same certificate rules as
    // for files), whichever host it is served for.
    if (!(0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .dnsNames */ .Ww)(leaf).length && chainFindings.some((f) => f.rule === 'cert-no-san'))
        return null;
    const label = `'${(0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(leaf)}' (${(0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprint */ .O1)(leaf)})`;
    if (how === 'cn') {
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('cert-host-mismatch', `${at}: the served ${label} covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`, { host, severity: 'warning', fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.` });
    }
    const names = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .sanNames */ .Vv)(leaf);
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('cert-host-mismatch', `${at}: the served ${label} does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${(0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .shortName */ .EU)(leaf)}'`}).`, { host, fix: `Serve a certificate whose subjectAltName lists ${host} (or a wildcard covering it), bound to ${host} with SNI.` });
}
function chainTooLarge(host, at, where, o) {
    const size = o
        ? `a ${Math.round(o.bytes / 1024)} KB certificate message (${o.certificates} certificate${o.certificates === 1 ? '' : 's'})`
        : 'a certificate message';
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('tls-chain-too-large', `${at}: the server sends ${size}, more than OpenSSL accepts (100 KB by default: excessive message size). Browsers accept it, but OpenSSL-based clients (curl, Python, Node.js, Ruby, PHP, many health probes and API clients) refuse the handshake with ${where}.`, {
        host,
        fix: 'Serve a smaller chain: split a certificate with thousands of subjectAltNames into several certificates bound by SNI, and send only the leaf and its intermediates (no root, no unrelated certificates).',
    });
}
/**
 * A handshake message over OpenSSL's limit that is not a chain of real certificates (a ServerHello
 * announcing megabytes, a Certificate message of garbage), or one that could not be read to tell:
 * no client completes that handshake, so the endpoint is unreachable — an error, not a large chain.
 */
function brokenMessage(host, at, o) {
    const what = o.kind === 'broken'
        ? `the server sends ${o.what}: a broken server (or not a TLS server), which no client completes a handshake with.`
        : `the server sends a handshake message over OpenSSL's limit (excessive message size), and it could not be read to tell whether it is a certificate chain (${o.why}): it is not taken for one, and OpenSSL-based clients cannot connect.`;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('tls-unreachable', `${at}: ${what}`, {
        host,
        fix: 'Check what the server (or a proxy or load balancer in front of it) answers with `openssl s_client -connect HOST:PORT -servername HOST -tls1_2 -msg`; a working TLS server sends a ServerHello of a few hundred bytes and a chain of a few KB.',
    });
}
/** The row of an endpoint whose certificate could not be judged: what was served, as far as it can be read. */
function unjudgedReport(target, r) {
    const report = { host: target.host, port: target.port, address: target.address, sni: target.sni, chain: [], ms: r.ms };
    if (r.protocol)
        report.protocol = r.protocol;
    const leaf = r.chain[0];
    if (leaf) {
        try {
            report.thumbprint = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprint */ .O1)(leaf);
        }
        catch {
            // nothing more can be read
        }
    }
    return report;
}
function unjudgeable(host, where, reason) {
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('cert-unreadable', `${host} (${where}) serves a certificate that cannot be judged: ${reason}.`, {
        host,
        fix: 'Inspect the served certificate with `openssl s_client -connect HOST:PORT -servername HOST | openssl x509 -text -noout` and reissue it; the other endpoints were judged as usual.',
    });
}
/**
 * A served leaf other than the file's: a renewal that happened after the file was committed
 * (it covers every host of the file's certificate, lives longer, and its chain has no error) is a
 * notice naming both; an older certificate for the same hosts means the file's certificate is not
 * deployed yet. A thumbprint pinned by `expect` stays strict.
 */
function renewalOrWrong(wrong, leaf, d, p) {
    const want = p.expected;
    if (!want || want.source !== 'file' || !want.notAfter || !want.hosts?.length)
        return wrong;
    const served = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .notAfter */ .Cw)(leaf);
    if (!served || !want.hosts.every((h) => (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .hostCoverage */ .B)(leaf, h) === 'san'))
        return wrong;
    const file = want.file ? ` in ${want.file}` : '';
    const theirs = `'${d.shortName}' (${d.thumbprint}, valid until ${day(served)})`;
    const ours = `'${want.subject ?? want.thumbprint}' (${want.thumbprint}, valid until ${day(want.notAfter)})`;
    if (served > want.notAfter && !d.findings.some((f) => f.severity === 'error')) {
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('tls-renewed-certificate', `${p.where} serves ${theirs} for ${p.host}: a renewal of the certificate${file} ${ours}, covering the same hosts.`, {
            host: p.host,
            ...(want.file ? { file: want.file } : {}),
            fix: `Replace the certificate file${file} (and the cscfg thumbprint, if a package declares it) with the renewed certificate ${d.thumbprint}, so that the next deploy does not roll the server back to the older one.`,
        });
    }
    if (served < want.notAfter) {
        return {
            ...wrong,
            message: `${wrong.message} The served certificate is older (valid until ${day(served)}) than the file's (until ${day(want.notAfter)}): the new certificate is not deployed yet.`,
        };
    }
    return wrong;
}
function day(d) {
    return d.toISOString().slice(0, 10);
}


/***/ }),

/***/ 2971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ progressLogger),
/* harmony export */   k: () => (/* binding */ runPool)
/* harmony export */ });
// Bounded-concurrency runner for probes: at most `concurrency` tasks in flight, an overall
// deadline after which no task starts (each running task gets the time that is left), and a
// progress callback. Callers reduce each result to report fields inside `run`, so memory holds
// only those small values, never sockets or parsed certificates, however many items there are.
async function runPool(items, opts) {
    const results = new Array(items.length);
    const started = Date.now();
    const deadline = opts.deadlineMs === undefined ? Infinity : started + opts.deadlineMs;
    let next = 0;
    let done = 0;
    const worker = async () => {
        for (;;) {
            const i = next++;
            if (i >= items.length)
                return;
            const item = items[i];
            const remaining = deadline - Date.now();
            if (remaining <= 0) {
                results[i] = opts.skipped(item, i);
                continue;
            }
            try {
                results[i] = await opts.run(item, i, remaining);
            }
            catch (err) {
                // Each item is judged in isolation: whatever `run` throws is that item's result alone.
                results[i] = opts.failed(item, i, err);
            }
            done++;
            opts.onProgress?.(done, items.length);
        }
    };
    const workers = Math.max(1, Math.min(Math.floor(opts.concurrency) || 1, items.length));
    await Promise.all(Array.from({ length: workers }, () => worker()));
    return results;
}
/** A progress reporter that speaks at most every `everyMs` and at each further 10 %, and never for short runs. */
function progressLogger(label, info, everyMs = 5000) {
    const started = Date.now();
    let lastAt = started;
    let lastTenth = 0;
    return (done, total) => {
        const now = Date.now();
        const tenth = Math.floor((done * 10) / total);
        if (done === total && now - started < everyMs)
            return;
        if (now - lastAt >= everyMs || (tenth > lastTenth && now - started >= everyMs)) {
            lastAt = now;
            lastTenth = tenth;
            const rate = done / Math.max(0.001, (now - started) / 1000);
            info(`${label}: ${done}/${total} (${Math.floor((done * 100) / total)} %), ${rate.toFixed(0)}/s`);
        }
    };
}


/***/ }),

/***/ 8151:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ canOffer),
/* harmony export */   O1: () => (/* reexport safe */ _certs_chain_js__WEBPACK_IMPORTED_MODULE_5__.O1),
/* harmony export */   SL: () => (/* binding */ probeTls),
/* harmony export */   oM: () => (/* binding */ protocolFinding),
/* harmony export */   vL: () => (/* binding */ compareServed),
/* harmony export */   wn: () => (/* reexport safe */ _certs_chain_js__WEBPACK_IMPORTED_MODULE_5__.EU)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CHAIN, describeError, isLegacyProtocol */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7962);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(649);
/* harmony import */ var _certs_chain_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3944);
// One TLS probe: connect to an address and port, send SNI (or none), read what is served.
// The handshake itself never fails on trust (rejectUnauthorized: false): judging the served
// chain is the caller's job. A hostile server costs at most `timeoutMs`: one timer covers DNS,
// connect and handshake and destroys the socket, so a server that drips bytes cannot hold it.






const DEFAULT_MAX_CHAIN = 16;
// Certificate names and thumbprints as the rest of the product shows them.

function probeTls(opts) {
    const started = performance.now();
    const target = opts.address ?? opts.host;
    const connectTo = opts.address ?? opts.host;
    const where = connectTo.includes(':') ? `[${connectTo}]:${opts.port}` : `${connectTo}:${opts.port}`;
    const maxChain = Math.max(1, opts.maxChain ?? DEFAULT_MAX_CHAIN);
    return new Promise((resolve) => {
        let settled = false;
        let connected = false;
        let remoteAddress;
        let socket;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (socket) {
                socket.removeAllListeners('secureConnect');
                socket.on('error', () => undefined); // late errors after destroy must not crash the run
                socket.destroy();
            }
            resolve({ ...result, remoteAddress, ms: Math.round(performance.now() - started) });
        };
        const timer = setTimeout(() => {
            const seconds = opts.timeoutMs / 1000;
            finish({
                ok: false,
                chain: [],
                timedOut: true,
                error: connected
                    ? `No TLS handshake from ${where} within ${seconds} s (the server accepted the connection but did not complete the handshake).`
                    : `Timed out connecting to ${where} after ${seconds} s.`,
            });
        }, opts.timeoutMs);
        const options = {
            host: target,
            port: opts.port,
            rejectUnauthorized: false,
            // No hostname judgement in the handshake: the rules do it on the served chain.
            checkServerIdentity: () => undefined,
            // '' suppresses Node's default of sending `host` as SNI.
            servername: opts.servername ?? '',
            secureContext: probeContext(opts.handshake),
            // Node refuses DH groups under 1024 bits by default; a configuration probe must see them to report them.
            ...(opts.handshake ? { minDHSize: 1 } : {}),
            ...(opts.requestOCSP ? { requestOCSP: true } : {}),
        };
        try {
            socket = node_tls__WEBPACK_IMPORTED_MODULE_2__.connect(options);
        }
        catch (err) {
            finish({ ok: false, chain: [], error: describeError(err, where, opts.host, false) });
            return;
        }
        let stapled;
        if (opts.requestOCSP)
            socket.once('OCSPResponse', (response) => (stapled = response?.length ? Buffer.from(response) : undefined));
        socket.once('connect', () => {
            connected = true;
            remoteAddress = socket.remoteAddress;
        });
        socket.once('secureConnect', () => {
            try {
                const protocol = socket.getProtocol() ?? undefined;
                if (opts.handshake) {
                    // A configuration probe: what was negotiated is the answer, the chain is not read.
                    const c = socket.getCipher();
                    const ephemeral = socket.getEphemeralKeyInfo();
                    finish({ ok: true, protocol, chain: [], cipher: { name: c.name, standardName: c.standardName }, ephemeral: ephemeral ?? {} });
                    return;
                }
                const chain = servedChain(socket, maxChain);
                // The suite a current client gets: two hosts of one certificate that negotiate differently are configured differently.
                const c = socket.getCipher();
                finish({
                    ok: chain.length > 0,
                    protocol,
                    chain,
                    cipher: { name: c.name, standardName: c.standardName },
                    error: chain.length ? undefined : `${where} completed the handshake without sending a certificate.`,
                    ...(stapled ? { stapled } : {}),
                });
            }
            catch (err) {
                finish({ ok: false, chain: [], error: `Could not read the certificate served by ${where}: ${errorText(err)}.` });
            }
        });
        socket.on('error', (err) => finish({ ok: false, chain: [], error: describeError(err, where, opts.host, connected), code: err.code }));
        socket.once('close', () => finish({ ok: false, chain: [], error: `${where} closed the connection during the TLS handshake.` }));
    });
}
const contexts = new Map();
/** One client context per kind of handshake, shared by every probe (building one per connection
 * costs as much as a handshake). The default accepts legacy protocols so that `tls-protocol` can
 * report them instead of a failed handshake. */
function probeContext(handshake) {
    const key = handshake ? JSON.stringify(handshake) : '';
    let ctx = contexts.get(key);
    if (!ctx) {
        ctx = node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext(handshake ? { minVersion: 'TLSv1', ...handshake } : { minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
        contexts.set(key, ctx);
    }
    return ctx;
}
/** Whether this Node's OpenSSL can make a client context offering `handshake` (e.g. it has no RC4 or 3DES). */
function canOffer(handshake) {
    try {
        probeContext(handshake);
        return true;
    }
    catch {
        return false;
    }
}
/** The served chain in wire order, leaf first, cycle-safe and capped at `max` certificates. */
function servedChain(socket, max) {
    // getPeerX509Certificate links each certificate to the next one the server sent, and costs far
    // less than getPeerCertificate(true), which converts every certificate to a plain object.
    const peer = typeof socket.getPeerX509Certificate === 'function' ? socket.getPeerX509Certificate() : undefined;
    if (peer) {
        const out = [];
        const seen = new Set();
        for (let c = peer; c && out.length < max; c = c.issuerCertificate) {
            if (seen.has(c.fingerprint256))
                break;
            seen.add(c.fingerprint256);
            out.push(c);
        }
        return out;
    }
    const out = [];
    const seen = new Set();
    const seenDer = new Set();
    let cert = socket.getPeerCertificate(true);
    while (cert && cert.raw && out.length < max && !seen.has(cert)) {
        seen.add(cert);
        const key = cert.fingerprint256;
        if (seenDer.has(key))
            break;
        seenDer.add(key);
        out.push(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(cert.raw));
        const next = cert.issuerCertificate;
        if (!next || next === cert)
            break;
        cert = next;
    }
    return out;
}
function errorText(err) {
    return (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_4__/* .foreign */ .V$)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)((err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').replace(/\.$/, '')));
}
/** One sentence naming the reason: DNS, refused, reset, not TLS, a handshake alert. */
function describeError(err, where, host, connected) {
    const e = err;
    const code = e?.code ?? '';
    switch (code) {
        case 'ENOTFOUND':
        case 'EAI_NONAME':
        case 'EAI_NODATA':
            return `DNS lookup of ${host} found no address (${code}).`;
        case 'EAI_AGAIN':
            return `DNS lookup of ${host} failed temporarily (${code}).`;
        case 'ECONNREFUSED':
            return `Connection to ${where} was refused (nothing listens on that port).`;
        case 'ECONNRESET':
            return connected ? `${where} reset the connection during the TLS handshake.` : `${where} reset the connection.`;
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return `${where} is unreachable (${code}).`;
        case 'ETIMEDOUT':
            return `Timed out connecting to ${where}.`;
        case 'ERR_SSL_WRONG_VERSION_NUMBER':
        case 'ERR_SSL_PACKET_LENGTH_TOO_LONG':
        case 'ERR_SSL_RECORD_LAYER_FAILURE':
            return `${where} did not answer with TLS (${e.reason ?? code}).`;
        case 'ERR_SSL_EXCESSIVE_MESSAGE_SIZE':
            return `${where} sent an oversized handshake message (${e.reason ?? code}), e.g. a certificate chain that is far too long.`;
    }
    if (/alert/i.test(e?.reason ?? '') || /alert/i.test(e?.message ?? '')) {
        return `${where} refused the TLS handshake with ${e.reason ?? errorText(err)}.`;
    }
    if (code.startsWith('ERR_SSL_'))
        return `The TLS handshake with ${where} failed: ${e.reason ?? errorText(err)}.`;
    if (/socket disconnected/i.test(e?.message ?? ''))
        return `${where} closed the connection during the TLS handshake.`;
    if (!connected && node_net__WEBPACK_IMPORTED_MODULE_1__.isIP(where.replace(/:\d+$/, '').replace(/^\[|\]$/g, '')) === 0 && /getaddrinfo/.test(e?.message ?? '')) {
        return `DNS lookup of ${host} failed: ${errorText(err)}.`;
    }
    return `Could not probe ${where}: ${errorText(err)}${code ? ` (${code})` : ''}.`;
}
/** Protocols older than TLS 1.2 (`tls-protocol`). */
function isLegacyProtocol(protocol) {
    return protocol === 'SSLv3' || protocol === 'TLSv1' || protocol === 'TLSv1.1';
}
function protocolFinding(host, where, protocol) {
    if (!isLegacyProtocol(protocol))
        return null;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('tls-protocol', `${where} (SNI ${host}) negotiated ${protocol}, older than TLS 1.2.`, {
        host,
        fix: 'Disable SSL 3.0, TLS 1.0 and TLS 1.1 on the server (on IIS: SCHANNEL\\Protocols registry keys, or IIS Crypto) and enable TLS 1.2 and 1.3.',
    });
}
/** `tls-wrong-certificate` when the served leaf is not the expected one, naming both. */
function compareServed(host, where, served, expected) {
    const want = expected.thumbprint.replace(/:/g, '').toUpperCase();
    if (served.thumbprint === want)
        return null;
    const wanted = expected.subject ? `'${expected.subject}' (${want})` : want;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('tls-wrong-certificate', `${where} serves '${served.subject}' (${served.thumbprint}) for ${host}, expected ${wanted}.`, {
        host,
        fix: `Bind the certificate ${want} to ${host} with an SNI binding (sslFlags=1) and remove any IP-specific :${where.split(':').pop()} certificate mapping that overrides SNI.`,
    });
}


/***/ })

};
