export const id = 734;
export const ids = [734];
export const modules = {

/***/ 3734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runScan: () => (/* binding */ runScan)
});

// UNUSED EXPORTS: expectedFor, hostCovers, hostPort, overallDeadlineMs, selectShard, shardOf

// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/certs/chain.ts
var chain = __webpack_require__(6730);
// EXTERNAL MODULE: ./src/tls/probe.ts
var probe = __webpack_require__(8151);
// EXTERNAL MODULE: ./src/tls/pool.ts
var pool = __webpack_require__(2971);
;// CONCATENATED MODULE: ./src/scan/served.ts


/** Judges a served chain (leaf first) once per distinct chain; host coverage is judged per host. */
class ServedChainJudge {
    trust;
    at;
    warnDays;
    failDays;
    cache = new Map();
    constructor(trust, at, warnDays, failDays) {
        this.trust = trust;
        this.at = at;
        this.warnDays = warnDays;
        this.failDays = failDays;
    }
    /** The cached judgement of this served chain (leaf first). */
    describe(served) {
        const key = served.map((c) => c.fingerprint256).join('|');
        let j = this.cache.get(key);
        if (!j) {
            j = this.judgeChain(served);
            if (this.cache.size > 1000)
                this.cache.clear();
            this.cache.set(key, j);
        }
        return j;
    }
    /** The chain's findings for `host`, plus whether the leaf covers `host`. */
    judge(served, host, where, j = this.describe(served)) {
        const leaf = served[0];
        const out = j.findings.map((f) => ({ ...f, host, message: `${host} (${where}): ${f.message}` }));
        const how = (0,chain/* hostCoverage */.B)(leaf, host);
        if (how !== 'san') {
            const names = (0,chain/* dnsNames */.Ww)(leaf);
            out.push(how === 'cn'
                ? (0,rules/* finding */.gk)('cert-host-mismatch', `${host} (${where}): '${(0,chain/* shortName */.EU)(leaf)}' (${(0,chain/* thumbprint */.O1)(leaf)}) covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`, {
                    host,
                    severity: 'warning',
                    fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.`,
                })
                : (0,rules/* finding */.gk)('cert-host-mismatch', `${host} (${where}): the served '${(0,chain/* shortName */.EU)(leaf)}' (${(0,chain/* thumbprint */.O1)(leaf)}) does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${(0,chain/* shortName */.EU)(leaf)}'`}).`, {
                    host,
                    fix: `Serve a certificate whose subjectAltName lists ${host} (or a wildcard covering it), bound to ${host} with SNI.`,
                }));
        }
        return out;
    }
    chainElements(served) {
        return (0,chain/* chainElements */.Jl)(served, served.map(() => 'served'));
    }
    judgeChain(served) {
        const leaf = served[0];
        const a = (0,chain/* assessChain */.CM)({
            leaf,
            presented: served.slice(1),
            hosts: [],
            at: this.at,
            warnDays: this.warnDays,
            failDays: this.failDays,
            trust: this.trust,
            served: true,
        });
        return {
            findings: a.findings,
            chain: this.chainElements(served),
            thumbprint: (0,chain/* thumbprint */.O1)(leaf),
            subject: (0,chain/* subjectName */.wn)(leaf),
            shortName: (0,chain/* shortName */.EU)(leaf),
            issuer: (0,chain/* formatName */.nD)(leaf.issuer),
            notAfter: (0,chain/* notAfter */.Cw)(leaf).toISOString(),
            daysLeft: (0,chain/* daysLeft */.H_)(leaf, this.at),
        };
    }
}

;// CONCATENATED MODULE: ./src/scan/scan.ts
// `scan`: probes live endpoints over TLS with SNI (optionally pinned to an address), compares
// what is served with what is expected, applies the certificate rules to the served chain, and
// probes each distinct address once without SNI. One bad host never fails the others.






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
        const { checkCertificates } = await Promise.all(/* import() */[__webpack_require__.e(993), __webpack_require__.e(486)]).then(__webpack_require__.bind(__webpack_require__, 3486));
        const checked = await checkCertificates(inputs);
        certificates.push(...checked.certificates);
        findings.push(...checked.findings);
        for (const site of checked.sites) {
            if (!site.leaf)
                continue;
            for (const h of site.spec.hosts)
                expected.set(h, { thumbprint: (0,chain/* thumbprint */.O1)(site.leaf), subject: (0,chain/* shortName */.EU)(site.leaf) });
        }
        if (plannedFallback === undefined)
            plannedFallback = inputs.sites[0]?.hosts[0];
    }
    // `expect` lines win over files for the same host.
    for (const [h, t] of inputs.expect)
        expected.set(h, { thumbprint: t, subject: expected.get(h)?.subject });
    const endpoints = selectShard(inputs.endpoints, inputs.shard);
    if (inputs.shard)
        notes.push(`Shard ${inputs.shard.index}/${inputs.shard.count}: ${endpoints.length} of ${inputs.endpoints.length} endpoints.`);
    if (!endpoints.length) {
        if (!inputs.endpoints.length)
            throw new types/* InputError */.d("Input 'endpoints' is empty: give one 'HOST[:PORT] [@ADDRESS]' a line for command scan");
        return { certificates, endpoints: [], findings, notes };
    }
    const judge = new ServedChainJudge((0,chain/* loadTrust */.Vc)(inputs), inputs.at, inputs.warnDays, inputs.failDays);
    const deadlineMs = overallDeadlineMs(endpoints.length, inputs.concurrency, inputs.timeoutMs);
    if (endpoints.length > inputs.concurrency)
        log.info(`Scanning ${endpoints.length} endpoints, ${inputs.concurrency} at a time, ${inputs.timeoutMs / 1000} s per connection.`);
    // Each result is reduced to report fields and findings at once: no certificate objects are kept.
    const reduced = await (0,pool/* runPool */.k)(endpoints, {
        concurrency: inputs.concurrency,
        deadlineMs,
        onProgress: (0,pool/* progressLogger */.S)('scan', (l) => log.info(l)),
        skipped: (e) => unprobed(e, 'The scan reached its overall deadline before probing this endpoint.'),
        run: async (e, _i, remainingMs) => {
            const where = hostPort(e.address ?? e.host, e.port);
            const r = await (0,probe/* probeTls */.SL)({ host: e.host, port: e.port, address: e.address, servername: e.host, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
            const report = {
                host: e.host,
                port: e.port,
                address: e.address ?? r.remoteAddress ?? '',
                sni: e.host,
                protocol: r.protocol,
                chain: [],
                ms: r.ms,
            };
            const out = [];
            if (!r.ok || !r.chain.length) {
                report.error = r.error ?? 'No certificate was served.';
                out.push(unreachable(e.host, where, report.error));
                return { report, findings: out, target: r.remoteAddress };
            }
            const j = judge.describe(r.chain);
            fill(report, j);
            const p = (0,probe/* protocolFinding */.oM)(e.host, where, r.protocol);
            if (p)
                out.push(p);
            const want = expectedFor(expected, e.host);
            if (want) {
                const w = (0,probe/* compareServed */.vL)(e.host, where, { thumbprint: j.thumbprint, subject: j.shortName }, want);
                if (w)
                    out.push(w);
            }
            out.push(...judge.judge(r.chain, e.host, where, j));
            return { report, findings: out, target: e.address ?? r.remoteAddress };
        },
    });
    const reports = [];
    // Distinct addresses (pinned, or what DNS gave) → the hosts seen there, for the no-SNI probe.
    // `hosts` names a few for messages; `fallbackHere` says whether the planned fallback is among all of them.
    const targets = new Map();
    for (const [i, r] of reduced.entries()) {
        reports.push(r.report);
        findings.push(...r.findings);
        const address = endpoints[i].address ?? r.target;
        if (!address)
            continue;
        const key = `${address}|${endpoints[i].port}`;
        const t = targets.get(key) ?? { address, port: endpoints[i].port, hosts: [], served: false, fallbackHere: false };
        if (t.hosts.length < 5)
            t.hosts.push(endpoints[i].host);
        // A wildcard fallback (`*.example.com`) is here when a host it covers is.
        if (plannedFallback && hostCovers(plannedFallback, endpoints[i].host))
            t.fallbackHere = true;
        if (!r.report.error)
            t.served = true;
        targets.set(key, t);
    }
    const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
    const noSni = await (0,pool/* runPool */.k)([...targets.values()], {
        concurrency: inputs.concurrency,
        deadlineMs: overallDeadlineMs(targets.size, inputs.concurrency, inputs.timeoutMs),
        skipped: (t) => ({
            report: { host: t.address, port: t.port, address: t.address, sni: null, chain: [], error: 'Not probed: the overall deadline passed.' },
            findings: [],
        }),
        run: async (t, _i, remainingMs) => {
            const where = hostPort(t.address, t.port);
            const r = await (0,probe/* probeTls */.SL)({ host: t.address, port: t.port, address: t.address, servername: null, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
            const report = { host: t.address, port: t.port, address: t.address, sni: null, protocol: r.protocol, chain: [], ms: r.ms };
            const out = [];
            const leaf = r.ok ? r.chain[0] : undefined;
            if (!leaf) {
                report.error = r.error ?? 'No certificate was served.';
                // An address that served no host with SNI either is already reported as unreachable.
                if (plannedFallback !== null && t.served) {
                    out.push((0,rules/* finding */.gk)('tls-no-sni-fallback', `Clients without SNI (old Android, Windows XP, some bots and health probes) get no certificate from ${where} (serving ${t.hosts.join(', ')}): ${report.error}`, {
                        host: t.address,
                        fix: "Add a fallback certificate for clients without SNI (IIS: a '0.0.0.0:443' mapping, see the 'fallback' input), or set fallback: none if they are not supported on purpose.",
                    }));
                }
            }
            else {
                const j = judge.describe(r.chain);
                fill(report, j);
                if (fallbackWant && plannedFallback && t.fallbackHere && fallbackWant.thumbprint !== j.thumbprint) {
                    out.push((0,rules/* finding */.gk)('tls-no-sni-fallback', `Clients without SNI get '${j.shortName}' (${j.thumbprint}) from ${where}, not the planned fallback ${plannedFallback} (${fallbackWant.thumbprint}).`, {
                        host: t.address,
                        fix: `Map ${plannedFallback}'s certificate to 0.0.0.0:443 (the non-SNI fallback) and remove other IP-specific :443 mappings.`,
                    }));
                }
            }
            return { report, findings: out };
        },
    });
    for (const r of noSni) {
        reports.push(r.report);
        findings.push(...r.findings);
    }
    const failed = reduced.filter((r) => r.report.error).length;
    notes.push(`Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`);
    return { certificates, endpoints: reports, findings, notes };
}
function elapsed(ms) {
    return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/** `host:port`, with brackets around an IPv6 address. */
function hostPort(host, port) {
    return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
/** Report fields shared by every endpoint serving the same chain (the same strings, not copies). */
function fill(report, j) {
    report.thumbprint = j.thumbprint;
    report.subject = j.subject;
    report.issuer = j.issuer;
    report.notAfter = j.notAfter;
    report.daysLeft = j.daysLeft;
    report.chain = j.chain;
}
function unreachable(host, where, reason) {
    return (0,rules/* finding */.gk)('tls-unreachable', `${host} (${where}): ${reason}`, {
        host,
        fix: 'Check DNS, that the server listens on this port, firewalls/NSGs in between, and that the server has a certificate bound for this host name (SNI).',
    });
}
function unprobed(e, reason) {
    return {
        report: { host: e.host, port: e.port, address: e.address ?? '', sni: e.host, chain: [], error: reason },
        findings: [unreachable(e.host, hostPort(e.address ?? e.host, e.port), reason)],
    };
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
            catch {
                // `run` is expected to turn failures into results; a bug there must not stop the others.
                results[i] = opts.skipped(item, i);
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
/* harmony export */   O1: () => (/* reexport safe */ _certs_chain_js__WEBPACK_IMPORTED_MODULE_4__.O1),
/* harmony export */   SL: () => (/* binding */ probeTls),
/* harmony export */   oM: () => (/* binding */ protocolFinding),
/* harmony export */   vL: () => (/* binding */ compareServed),
/* harmony export */   wn: () => (/* reexport safe */ _certs_chain_js__WEBPACK_IMPORTED_MODULE_4__.EU)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_CHAIN, describeError, isLegacyProtocol */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _certs_chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6730);
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
            secureContext: probeContext(),
        };
        try {
            socket = node_tls__WEBPACK_IMPORTED_MODULE_2__.connect(options);
        }
        catch (err) {
            finish({ ok: false, chain: [], error: describeError(err, where, opts.host, false) });
            return;
        }
        socket.once('connect', () => {
            connected = true;
            remoteAddress = socket.remoteAddress;
        });
        socket.once('secureConnect', () => {
            try {
                const protocol = socket.getProtocol() ?? undefined;
                const chain = servedChain(socket, maxChain);
                finish({ ok: chain.length > 0, protocol, chain, error: chain.length ? undefined : `${where} completed the handshake without sending a certificate.` });
            }
            catch (err) {
                finish({ ok: false, chain: [], error: `Could not read the certificate served by ${where}: ${errorText(err)}.` });
            }
        });
        socket.on('error', (err) => finish({ ok: false, chain: [], error: describeError(err, where, opts.host, connected) }));
        socket.once('close', () => finish({ ok: false, chain: [], error: `${where} closed the connection during the TLS handshake.` }));
    });
}
let sharedContext;
/** One client context for every probe (building one per connection costs as much as a handshake).
 * It accepts legacy protocols so that `tls-protocol` can report them instead of a failed handshake. */
function probeContext() {
    sharedContext ??= node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext({ minVersion: 'TLSv1', ciphers: 'DEFAULT:@SECLEVEL=0' });
    return sharedContext;
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
    return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').replace(/\.$/, '');
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
