export const id = 266;
export const ids = [266];
export const modules = {

/***/ 7746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ probePlan)
/* harmony export */ });
/* harmony import */ var _certs_chain_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3944);
/* harmony import */ var _certs_isolate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(458);
/* harmony import */ var _tls_judge_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7586);
/* harmony import */ var _tls_probe_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8151);
/* harmony import */ var _tls_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2971);
// Probes a running server for every planned host (SNI = host) and once without SNI, and has the
// endpoint judge (tls/judge.ts, the one `scan` uses) judge what was served against the plan: the
// right leaf, the intermediates sent, TLS 1.2 or newer, and what clients without SNI get.





/** Probes every planned host (SNI = its probe name) and once without SNI, judged by the endpoint judge `scan` uses. */
async function probePlan(plan, target, opts) {
    const where = `${target.address}:${target.port}`;
    const findings = [];
    const notes = [];
    const jobs = [...plan.bindings.map((binding) => ({ binding })), { binding: null }];
    // A silent server costs each probe its timeout; the whole round gets four of those at most.
    const deadlineMs = opts.timeoutMs * 4;
    const results = await (0,_tls_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .runPool */ .k)(jobs, {
        concurrency: opts.concurrency,
        deadlineMs,
        run: ({ binding }, _i, remainingMs) => (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_3__/* .probeTls */ .SL)({
            host: binding?.probeName ?? target.address,
            address: target.address,
            port: target.port,
            servername: binding ? binding.probeName : null,
            timeoutMs: Math.max(1, Math.min(opts.timeoutMs, remainingMs)),
        }),
        skipped: () => ({
            ok: false,
            chain: [],
            ms: 0,
            error: `Not probed: the verify's probes passed their overall deadline of ${deadlineMs / 1000} s.`,
        }),
        failed: (_job, _i, err) => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${(0,_certs_isolate_js__WEBPACK_IMPORTED_MODULE_1__/* .failureReason */ .H)(err)}.` }),
    });
    // The served certificates are the files `check` has judged: only what serving adds is judged here.
    const trust = new _certs_chain_js__WEBPACK_IMPORTED_MODULE_0__/* .TrustStore */ .Ot();
    for (const a of plan.anchors)
        trust.add(a);
    const judge = new _tls_judge_js__WEBPACK_IMPORTED_MODULE_2__/* .EndpointJudge */ .D({ trust, at: opts.at, warnDays: 0, failDays: 0, certificateRules: false, door: opts.door });
    const endpoints = [];
    let served = false;
    jobs.forEach(({ binding }, i) => {
        const result = results[i];
        if (!binding)
            return;
        if (result.ok)
            served = true;
        const judged = judge.endpoint({ host: binding.probeName, port: target.port, address: target.address, sni: binding.probeName }, result, {
            host: binding.host,
            sni: binding.probeName,
            where,
            port: target.port,
            expected: { thumbprint: binding.thumbprint, subject: binding.subject },
            file: binding.site.spec.path,
        });
        endpoints.push(judged.report);
        findings.push(...judged.findings);
    });
    // The probe without SNI: what old clients (and IP-literal connections) get.
    const noSni = results[jobs.length - 1];
    const fallback = plan.fallback ? { host: plan.fallback.host, thumbprint: plan.fallback.thumbprint } : null;
    const judged = judge.noSni(target, noSni, { address: target.address, where, hosts: plan.bindings.map((b) => b.host), served, fallback });
    endpoints.push(judged.report);
    findings.push(...judged.findings);
    if (judged.note)
        notes.push(`verify: ${judged.note}`);
    return { endpoints, findings, notes };
}


/***/ }),

/***/ 8054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ unservableSites),
/* harmony export */   IV: () => (/* binding */ planBindings),
/* harmony export */   Nl: () => (/* reexport safe */ _certs_x509_js__WEBPACK_IMPORTED_MODULE_2__.Nl),
/* harmony export */   _p: () => (/* binding */ selectServer)
/* harmony export */ });
/* unused harmony exports WILDCARD_PROBE_LABEL, probeNameOf, collectAnchors */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certs_trust_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5237);
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8087);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9244);
/* harmony import */ var _tls_probe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8151);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);







/** The label a wildcard host is probed with: `*.example.com` → `sni-ready-verify.example.com`. */
const WILDCARD_PROBE_LABEL = 'sni-ready-verify';
function probeNameOf(host) {
    return host.startsWith('*.') ? `${WILDCARD_PROBE_LABEL}.${host.slice(2)}` : host;
}
// one definition of self-signed (x509.ts): signed by its own key under its own name

/**
 * Sites that cannot be served (a file that did not open, no private key). The verify stops on
 * these with one finding each instead of bringing up a server that would fail anyway.
 */
function unservableSites(sites) {
    const out = [];
    for (const site of sites) {
        const file = site.spec.path;
        const hosts = site.spec.hosts.join(', ');
        if (!site.ok || !site.leaf) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('cert-unreadable', `verify cannot serve ${hosts}: ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file)} could not be read, so no server was started.`, {
                file,
                host: site.spec.hosts[0],
                line: site.spec.line,
                fix: 'Fix the certificate file (see the other findings for this file), then run verify again.',
            }));
        }
        else if (!site.key) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('cert-no-key', `verify cannot serve ${hosts}: ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(file)} has no private key for its leaf, so no server was started.`, {
                file,
                host: site.spec.hosts[0],
                line: site.spec.line,
                fix: 'Export the certificate with its private key (a PFX with the key, or add key=KEYPATH to the sites line).',
            }));
        }
    }
    return out;
}
/** Trust anchors for judging whether a served chain is complete: the self-signed ends of the
 * files' chains plus the run's trust store (loaded once, by check, from the same inputs). */
function collectAnchors(inputs, sites) {
    const anchors = [];
    for (const site of sites)
        for (const c of site.chain)
            if ((0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_2__/* .isSelfSigned */ .Nl)(c))
                anchors.push(c);
    return [...anchors, ...(0,_certs_trust_js__WEBPACK_IMPORTED_MODULE_1__/* .loadTrust */ .Vc)(inputs).anchors];
}
/**
 * Builds the plan from the loaded sites. Throws InputError when `fallback` names a host that is
 * not in `sites`. Call `unservableSites` first: sites without a leaf or key are skipped here.
 */
function planBindings(inputs, sites) {
    const bindings = [];
    const seen = new Set();
    for (const site of sites) {
        if (!site.ok || !site.leaf || !site.key)
            continue;
        const serve = {
            leaf: site.leaf,
            chain: site.chain.filter((c, i) => !(0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_2__/* .isSelfSigned */ .Nl)(c) && (site.chainSources[i] ?? 'file') !== 'aia'),
            key: site.key,
        };
        for (const host of site.spec.hosts) {
            if (seen.has(host))
                continue; // the first sites line naming a host wins, as in patch
            seen.add(host);
            bindings.push({ host, probeName: probeNameOf(host), thumbprint: (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_5__/* .thumbprint */ .O1)(site.leaf), subject: (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectName */ .wn)(site.leaf), serve, site });
        }
    }
    const allHosts = sites.flatMap((s) => s.spec.hosts);
    let fallback = null;
    if (inputs.fallback === undefined) {
        fallback = bindings.find((b) => b.host === allHosts[0]) ?? null;
    }
    else if (inputs.fallback !== null) {
        if (!allHosts.includes(inputs.fallback)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Invalid value '${inputs.fallback}' for ${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door ?? 'action', 'fallback')}: it must be one of the hosts in ${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door ?? 'action', 'sites')} (${allHosts.join(', ')}) or 'none'`);
        }
        fallback = bindings.find((b) => b.host === inputs.fallback) ?? null;
    }
    return { bindings, fallback, anchors: collectAnchors(inputs, sites) };
}
/**
 * The server `auto` stands for: iis on Windows, nginx when it is installed, else node.
 * `nginxPath` is the result of `findNginx()` (passed in so this stays pure).
 */
function selectServer(kind, platform, nginxPath) {
    if (kind !== 'auto')
        return kind;
    if (platform === 'win32')
        return 'iis';
    return nginxPath ? 'nginx' : 'node';
}


/***/ }),

/***/ 266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runVerify: () => (/* binding */ runVerify)
});

// UNUSED EXPORTS: verifyPlan

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/verify/judge.ts
var judge = __webpack_require__(7746);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: ./src/verify/server.ts
var server = __webpack_require__(5174);
;// CONCATENATED MODULE: ./src/verify/nginx.ts
// `server: nginx`: a configuration generated from the plan, served by nginx as a child process
// with its own prefix, pid file, error log and temp paths in a private directory (never the
// system service). The config holds only validated hostnames and paths of files we created.
//
// The server is spawned with node:child_process rather than @actions/exec: exec resolves when
// the process ends and does not hand out the child, but a server must be signalled by its pid
// to be stopped for certain, also when a step fails half-way. `nginx -v` runs with a time limit
// for the same reason.






const CANDIDATES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx', '/opt/homebrew/bin/nginx', '/usr/local/bin/nginx'];
/** The nginx executable: on PATH, else in the usual sbin directories; null when absent. */
function findNginx(env = process.env) {
    const names = process.platform === 'win32' ? ['nginx.exe'] : ['nginx'];
    const dirs = (env.PATH ?? '').split(external_node_path_.delimiter).filter(Boolean);
    for (const candidate of [...dirs.flatMap((d) => names.map((n) => external_node_path_.join(d, n))), ...CANDIDATES]) {
        try {
            external_node_fs_.accessSync(candidate, external_node_fs_.constants.X_OK);
            if (external_node_fs_.statSync(candidate).isFile())
                return candidate;
        }
        catch {
            // not here
        }
    }
    return null;
}
// Only characters that need no escaping inside a double-quoted nginx string and cannot start a
// variable ($) or end the directive.
const SAFE_PATH = /^[A-Za-z0-9_./:@+~ -]+$/;
const SAFE_HOST = /^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
function q(p) {
    if (!SAFE_PATH.test(p))
        throw new Error(`The temporary directory '${p}' has characters that cannot go into an nginx configuration; set TMPDIR to a plain path`);
    return `"${p}"`;
}
/** A loopback port nobody listens on right now. */
function freePort(address = '127.0.0.1') {
    return new Promise((resolve, reject) => {
        const srv = external_node_net_.createServer();
        srv.unref();
        srv.once('error', reject);
        srv.listen(0, address, () => {
            const port = srv.address().port;
            srv.close(() => resolve(port));
        });
    });
}
/** The configuration text for a plan whose certificate files are already in `dir`. */
function nginxConfig(plan, dir, address, port, files, asRoot) {
    const served = (0,server/* distinctServed */.sP)(plan.bindings);
    const listen = `${address}:${port}`;
    const lines = [
        '# Generated by sni-ready verify for one run; the directory is removed when the run ends.',
        ...(asRoot ? ['user root;'] : []),
        'master_process off;',
        'worker_processes 1;',
        `pid ${q(external_node_path_.join(dir, 'nginx.pid'))};`,
        `error_log ${q(external_node_path_.join(dir, 'error.log'))} warn;`,
        'events { worker_connections 64; }',
        'http {',
        '  access_log off;',
        `  client_body_temp_path ${q(external_node_path_.join(dir, 'client_body'))};`,
        `  proxy_temp_path ${q(external_node_path_.join(dir, 'proxy'))};`,
        `  fastcgi_temp_path ${q(external_node_path_.join(dir, 'fastcgi'))};`,
        `  uwsgi_temp_path ${q(external_node_path_.join(dir, 'uwsgi'))};`,
        `  scgi_temp_path ${q(external_node_path_.join(dir, 'scgi'))};`,
        '  server_names_hash_bucket_size 256;',
        '  ssl_protocols TLSv1.2 TLSv1.3;',
        '  ssl_session_cache off;',
    ];
    for (const b of plan.bindings) {
        if (!SAFE_HOST.test(b.host))
            throw new Error(`Refusing to write host '${b.host}' into an nginx configuration`);
        const [cert, key] = files[served.indexOf(b.serve)];
        const isDefault = plan.fallback === b;
        lines.push('  server {', `    listen ${listen} ssl${isDefault ? ' default_server' : ''};`, `    server_name ${b.host};`, `    ssl_certificate ${q(cert)};`, `    ssl_certificate_key ${q(key)};`, '    return 200 "sni-ready\\n";', '  }');
    }
    if (!plan.fallback) {
        // fallback: none — clients without SNI (and unknown names) get a refused handshake, as on IIS
        // without a 0.0.0.0:443 mapping.
        lines.push('  server {', `    listen ${listen} ssl default_server;`, '    ssl_reject_handshake on;', '  }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
function writePrivate(file, text) {
    external_node_fs_.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    external_node_fs_.chmodSync(file, 0o600); // the umask may have taken bits away, never added: make it exact
}
function exited(child) {
    return child.exitCode !== null || child.signalCode !== null;
}
function waitExit(child, ms) {
    if (exited(child))
        return Promise.resolve(true);
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            child.off('exit', onExit);
            resolve(false);
        }, ms);
        const onExit = () => {
            clearTimeout(timer);
            resolve(true);
        };
        child.once('exit', onExit);
    });
}
function canConnect(address, port) {
    return new Promise((resolve) => {
        const s = external_node_net_.connect({ host: address, port });
        const done = (ok) => {
            s.destroy();
            resolve(ok);
        };
        s.setTimeout(500, () => done(false));
        s.once('connect', () => done(true));
        s.once('error', () => done(false));
    });
}
function tail(text, lines = 3) {
    return text.trim().split(/\r?\n/).slice(-lines).join(' | ');
}
/** true when 'nginx/1.22.1' is at least `min` */
function versionAtLeast(version, min) {
    const parts = (/(\d+)\.(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
    if (parts.length !== 3)
        return true;
    for (let i = 0; i < 3; i++)
        if (parts[i] !== min[i])
            return parts[i] > min[i];
    return true;
}
/** `nginx -v` (printed on stderr); bounded, so a broken binary cannot hold the run. */
function nginxVersion(nginxPath) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)(nginxPath, ['-v'], { timeout: 3000, killSignal: 'SIGKILL' }, (_err, stdout, stderr) => {
            resolve(/nginx\/[\w.]+/.exec(`${stderr}${stdout}`)?.[0]);
        });
    });
}
/** Signals that end the run: nginx is killed and its directory removed before they take effect. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** Writes the files, starts nginx, waits until it accepts connections. Cleans up on any failure. */
async function startNginx(plan, log, opts) {
    const address = opts.address ?? '127.0.0.1';
    const startTimeoutMs = opts.startTimeoutMs ?? 10_000;
    let t = performance.now();
    const step = (what) => {
        const now = performance.now();
        log.info(`verify: nginx: ${what} (${Math.round(now - t)} ms)`);
        t = now;
    };
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(opts.tmpRoot ?? external_node_os_.tmpdir(), 'sni-ready-nginx-'));
    let child;
    let stderr = '';
    // Last resort when the process exits without reaching a finally (process.exit elsewhere):
    // kill nginx and remove the keys synchronously.
    const onExit = () => {
        if (child && !exited(child))
            child.kill('SIGKILL');
        try {
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        }
        catch {
            // best effort while exiting
        }
    };
    process.once('exit', onExit);
    // A signal (Ctrl-C, `timeout`, a cancelled job) ends Node without 'exit' and without finally
    // blocks, and nginx, our child, would keep running with the keys on disk: clean up first, then
    // let the signal do what it would have done without us.
    const onSignal = (signal) => {
        detach();
        onExit();
        if (process.listenerCount(signal) === 0)
            process.kill(process.pid, signal);
    };
    const detach = () => {
        process.off('exit', onExit);
        for (const s of STOP_SIGNALS)
            process.off(s, onSignal);
    };
    for (const s of STOP_SIGNALS)
        process.on(s, onSignal);
    const stop = async () => {
        detach();
        if (child && !exited(child)) {
            child.kill('SIGQUIT'); // graceful: finish the handshakes in flight, then exit
            if (!(await waitExit(child, opts.stopGraceMs ?? 3000))) {
                log.warn(`verify: nginx (pid ${child.pid}) did not quit within ${(opts.stopGraceMs ?? 3000) / 1000} s; killing it`);
                child.kill('SIGKILL');
                await waitExit(child, 3000);
            }
        }
        try {
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        }
        catch (err) {
            log.warn(`verify: could not remove ${dir}: ${err.message}`);
        }
    };
    try {
        external_node_fs_.chmodSync(dir, 0o700);
        const files = (0,server/* distinctServed */.sP)(plan.bindings).map((serve, i) => {
            const cert = external_node_path_.join(dir, `cert-${i}.pem`);
            const key = external_node_path_.join(dir, `key-${i}.pem`);
            writePrivate(cert, (0,server/* fullChainPem */.xM)(serve));
            writePrivate(key, (0,server/* keyPem */.kw)(serve));
            return [cert, key];
        });
        const port = await freePort(address);
        const conf = external_node_path_.join(dir, 'nginx.conf');
        writePrivate(conf, nginxConfig(plan, dir, address, port, files, process.getuid?.() === 0));
        step(`wrote ${files.length} certificate(s) and keys (mode 0600) and nginx.conf for ${plan.bindings.length} host(s) in ${dir}`);
        const version = await nginxVersion(opts.nginxPath);
        // -e (nginx 1.19.5+) keeps even the first log lines, written before the configuration is read,
        // out of the compiled-in error log path.
        const early = !version || versionAtLeast(version, [1, 19, 5]) ? ['-e', external_node_path_.join(dir, 'error.log')] : [];
        child = (0,external_node_child_process_.spawn)(opts.nginxPath, ['-p', dir + external_node_path_.sep, '-c', conf, ...early, '-g', 'daemon off;'], {
            stdio: ['ignore', 'ignore', 'pipe'],
            env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' },
        });
        child.stderr?.on('data', (d) => {
            if (stderr.length < 64 * 1024)
                stderr += d.toString();
        });
        const spawnError = new Promise((resolve) => child.once('error', resolve));
        opts.onSpawn?.({ pid: child.pid, dir });
        const deadline = performance.now() + startTimeoutMs;
        for (;;) {
            if (exited(child) || child.pid === undefined) {
                const err = child.pid === undefined ? await spawnError : undefined;
                let logText = '';
                try {
                    logText = external_node_fs_.readFileSync(external_node_path_.join(dir, 'error.log'), 'utf8');
                }
                catch {
                    // no log written
                }
                throw new Error(`nginx (${opts.nginxPath}) did not start: ${err?.message ?? (tail(stderr + '\n' + logText) || `exit code ${child.exitCode}`)}`);
            }
            if (await canConnect(address, port))
                break;
            if (performance.now() > deadline)
                throw new Error(`nginx (${opts.nginxPath}) did not accept connections on ${address}:${port} within ${startTimeoutMs / 1000} s`);
            await new Promise((r) => setTimeout(r, 20));
        }
        step(`${version ?? 'nginx'} (pid ${child.pid}) accepts connections on ${address}:${port}`);
        let stopped;
        return {
            kind: 'nginx',
            address,
            port,
            version,
            pid: child.pid,
            dir,
            stop: () => (stopped ??= stop().then(() => step(`stopped nginx and removed ${dir}`))),
        };
    }
    catch (err) {
        await stop();
        throw err;
    }
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/verify/node.ts
// `server: node`: Node's own TLS server with one secure context per host (SNICallback) and the
// fallback's certificate for clients without SNI. Needs nothing installed, which makes it the
// default on machines without nginx and the demo's server.
//
// Node applies an SNI context on top of the default context's state: a default certificate of
// another key type (EC default, RSA for the name) stays in its slot and is served instead, and a
// leaf-only SNI context inherits the default's intermediates (hiding tls-chain-incomplete). So the
// TLS server that SNI clients reach has no default certificate at all; a small TCP front peeks at
// each ClientHello and hands clients without SNI to a second TLS server holding only the fallback.



function contextOptions(serve) {
    return { key: (0,server/* keyPem */.kw)(serve), cert: (0,server/* fullChainPem */.xM)(serve), minVersion: 'TLSv1.2' };
}
/** Bytes of ClientHello we wait for at most before treating a client as one without SNI. */
const MAX_HELLO_BYTES = 64 * 1024;
/**
 * Whether the TLS records in `buf` hold a ClientHello with a non-empty host_name in its
 * server_name extension: true/false once the whole ClientHello is there (false also for anything
 * that is not a ClientHello), undefined while more bytes are needed.
 */
function clientHelloHasSni(buf) {
    const parts = [];
    let off = 0;
    while (off + 5 <= buf.length) {
        if (buf[off] !== 0x16)
            return false; // not a handshake record (e.g. SSLv2 hello, garbage)
        const len = buf.readUInt16BE(off + 3);
        if (off + 5 + len > buf.length)
            return undefined;
        parts.push(buf.subarray(off + 5, off + 5 + len));
        off += 5 + len;
        const hs = Buffer.concat(parts);
        if (hs.length >= 4) {
            if (hs[0] !== 0x01)
                return false;
            const need = 4 + hs.readUIntBE(1, 3);
            if (hs.length >= need)
                return helloHasSni(hs.subarray(4, need));
        }
    }
    return undefined;
}
function helloHasSni(body) {
    try {
        let p = 2 + 32; // client_version, random
        p += 1 + body.readUInt8(p); // session_id
        p += 2 + body.readUInt16BE(p); // cipher_suites
        p += 1 + body.readUInt8(p); // compression_methods
        if (p + 2 > body.length)
            return false; // no extensions
        const end = Math.min(body.length, p + 2 + body.readUInt16BE(p));
        p += 2;
        while (p + 4 <= end) {
            const type = body.readUInt16BE(p);
            const len = body.readUInt16BE(p + 2);
            if (type === 0) {
                // server_name: a list of (name_type, name) entries; host_name is type 0
                let q = p + 4 + 2;
                const listEnd = Math.min(p + 4 + len, end);
                while (q + 3 <= listEnd) {
                    const nameLen = body.readUInt16BE(q + 1);
                    if (body[q] === 0 && nameLen > 0)
                        return true;
                    q += 3 + nameLen;
                }
                return false;
            }
            p += 4 + len;
        }
        return false;
    }
    catch {
        return false; // truncated or malformed: the TLS server will refuse it
    }
}
async function startNodeServer(plan, log, address = '127.0.0.1') {
    const started = performance.now();
    const contexts = new Map();
    for (const serve of (0,server/* distinctServed */.sP)(plan.bindings))
        contexts.set(serve, external_node_tls_.createSecureContext(contextOptions(serve)));
    const fallbackContext = plan.fallback ? contexts.get(plan.fallback.serve) : undefined;
    const answer = (socket) => {
        socket.on('error', () => undefined);
        socket.end('sni-ready\n');
    };
    // Clients with SNI: no default certificate, every name gets exactly its own context.
    const withSni = external_node_tls_.createServer({
        minVersion: 'TLSv1.2',
        SNICallback: (servername, cb) => {
            const binding = (0,server/* bindingFor */.vD)(plan.bindings, servername);
            if (binding)
                return cb(null, contexts.get(binding.serve));
            // An unknown name gets what a client without SNI gets: the fallback, or a refused handshake.
            if (fallbackContext)
                return cb(null, fallbackContext);
            cb(new Error(`no certificate for ${servername}`));
        },
    }, answer);
    // Clients without SNI: the fallback only; with none, the SNI server (no certificate) refuses them.
    const withoutSni = plan.fallback ? external_node_tls_.createServer(contextOptions(plan.fallback.serve), answer) : withSni;
    // Refused handshakes (no SNI and no fallback) are expected results of the probes, not errors.
    for (const s of new Set([withSni, withoutSni]))
        s.on('tlsClientError', () => undefined);
    const sockets = new Set();
    const front = external_node_net_.createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => undefined);
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            chunks.push(chunk);
            size += chunk.length;
            const all = Buffer.concat(chunks);
            const sni = size > MAX_HELLO_BYTES ? false : clientHelloHasSni(all);
            if (sni === undefined)
                return;
            socket.off('data', onData);
            socket.pause();
            socket.unshift(all);
            (sni ? withSni : withoutSni).emit('connection', socket);
        };
        socket.on('data', onData);
    });
    await new Promise((resolve, reject) => {
        front.once('error', reject);
        front.listen(0, address, () => {
            front.off('error', reject);
            resolve();
        });
    });
    const port = front.address().port;
    log.info(`verify: node TLS server listening on ${address}:${port} with ${contexts.size} certificate(s) for ${plan.bindings.length} host(s) (${Math.round(performance.now() - started)} ms)`);
    let stopped;
    return {
        kind: 'node',
        address,
        port,
        version: `node ${process.version}`,
        stop: () => (stopped ??= new Promise((resolve) => {
            for (const s of sockets)
                s.destroy();
            front.close(() => resolve());
        })),
    };
}

// EXTERNAL MODULE: ./src/verify/plan.ts
var verify_plan = __webpack_require__(8054);
// EXTERNAL MODULE: ./src/verify/startup.ts
var startup = __webpack_require__(9572);
;// CONCATENATED MODULE: ./src/verify/run.ts
// `verify`: build the binding plan, bring up a real server with those SNI bindings, probe every
// host (and once without SNI), and stop the server whatever happens.










/** Serves `plan` (or `opts.served`) on a loopback server, probes it, and always stops it. */
async function verifyPlan(plan, opts, log) {
    const started = performance.now();
    const servedPlan = opts.served ?? plan;
    let server;
    if (opts.server === 'nginx') {
        const nginxPath = opts.nginxPath ?? findNginx();
        if (!nginxPath)
            throw new types/* InputError */.d("server 'nginx' was asked for, but no nginx executable is on PATH or in /usr/sbin; install nginx or use server: node");
        server = await startNginx(servedPlan, log, {
            nginxPath,
            startTimeoutMs: opts.nginxStartTimeoutMs,
            stopGraceMs: opts.nginxStopGraceMs,
            tmpRoot: opts.tmpRoot,
            onSpawn: opts.onSpawn,
        });
    }
    else {
        server = await startNodeServer(servedPlan, log);
    }
    const listening = performance.now();
    try {
        await opts.afterStart?.(server);
        const judged = await (0,judge/* probePlan */.I)(plan, server, opts);
        const probed = performance.now();
        log.info(`verify: probed ${plan.bindings.length} host(s) and one connection without SNI at ${server.address}:${server.port} (${Math.round(probed - listening)} ms)`);
        const notes = [
            `verify: ${server.version ?? server.kind} on ${server.address}:${server.port} served ${plan.bindings.length} host(s); started in ${Math.round(listening - started)} ms, probed in ${Math.round(probed - listening)} ms.`,
            ...judged.notes,
        ];
        return { endpoints: judged.endpoints, findings: judged.findings, notes };
    }
    finally {
        await server.stop();
        log.info(`verify: ${server.kind} stopped; whole verify took ${Math.round(performance.now() - started)} ms`);
    }
}
async function runVerify(inputs, sites, log) {
    if (sites.length === 0)
        throw new types/* InputError */.d((0,src_inputs/* nothingToCheck */.JW)(inputs) ?? 'Nothing to verify');
    const unservable = (0,verify_plan/* unservableSites */.C7)(sites);
    // The plan is built first so that a bad `fallback` is an input error even when files are broken.
    const plan = (0,verify_plan/* planBindings */.IV)(inputs, sites);
    if (unservable.length) {
        return {
            endpoints: [],
            findings: unservable,
            notes: ['verify: stopped before starting a server, because some certificates cannot be served (see findings).'],
        };
    }
    const nginxPath = inputs.server === 'auto' || inputs.server === 'nginx' ? findNginx() : null;
    // target iis: the bundle's own proof on IIS is install.ps1 on the machine, so auto serves its plan on nginx or node
    const kind = (0,verify_plan/* selectServer */._p)(inputs.server, inputs.target === 'iis' ? 'linux' : process.platform, nginxPath);
    log.info(`verify: server ${kind}${inputs.server === 'auto' ? ' (auto)' : ''}; fallback for clients without SNI: ${plan.fallback ? plan.fallback.host : 'none'}`);
    if (kind === 'iis' && inputs.target === 'iis')
        throw new types/* InputError */.d("verify with target: iis on IIS itself is the bundle's install.ps1 on the machine (see README, 'target: iis'); here use server: nginx or node, which serve the bundle's plan");
    if (kind === 'iis') {
        const { runIisVerify } = await __webpack_require__.e(/* import() */ 466).then(__webpack_require__.bind(__webpack_require__, 5466));
        return runIisVerify(inputs, sites, plan, log);
    }
    const opts = {
        server: kind,
        nginxPath: nginxPath ?? undefined,
        timeoutMs: inputs.timeoutMs,
        concurrency: inputs.concurrency,
        at: inputs.at,
        door: inputs.door,
    };
    if (inputs.target === 'iis') {
        // What the bundle's reconciler would bind (its data file, as patch --target iis writes it),
        // judged against the certificates of `sites`: the same plan as for a Cloud Service package.
        const { iisBundleData } = await Promise.all(/* import() */[__webpack_require__.e(474), __webpack_require__.e(739)]).then(__webpack_require__.bind(__webpack_require__, 2739));
        const data = iisBundleData(inputs, sites);
        if ('rule' in data)
            return { endpoints: [], findings: [data], notes: ['verify: stopped before starting a server (see findings).'] };
        const { served, notes } = (0,startup/* planFromStartupData */.h7)(plan, data);
        const result = await verifyPlan(plan, { ...opts, served }, log);
        return {
            ...result,
            notes: [
                `verify: served the bindings of the bundle that patch --target iis writes for site '${data.siteName}' (${data.bindings.length} host(s), fallback ${data.fallback?.host ?? 'none'}).`,
                ...notes,
                ...(result.notes ?? []),
            ],
        };
    }
    if (!inputs.serviceDefinition)
        return verifyPlan(plan, opts, log);
    // With a service package, serve what the startup task generated by patch would bind (its data
    // file), judged against the certificates of `sites`.
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'sni-ready-verify-'));
    try {
        const generated = await (0,startup/* generateStartupTask */.sC)(inputs, sites, dir, log);
        if (!('data' in generated))
            return { endpoints: [], findings: generated.findings, notes: generated.notes };
        const { served, notes } = (0,startup/* planFromStartupData */.h7)(plan, generated.data);
        const result = await verifyPlan(plan, { ...opts, served }, log);
        return {
            ...result,
            notes: [
                `verify: served the bindings of the startup task that patch generates for ${external_node_path_.basename(inputs.serviceDefinition)} (${generated.data.bindings.length} host(s), fallback ${generated.data.fallback?.host ?? 'none'}).`,
                ...notes,
                ...(result.notes ?? []),
            ],
        };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 5174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kw: () => (/* binding */ keyPem),
/* harmony export */   sP: () => (/* binding */ distinctServed),
/* harmony export */   vD: () => (/* binding */ bindingFor),
/* harmony export */   xM: () => (/* binding */ fullChainPem)
/* harmony export */ });
/** PEM of the leaf followed by its intermediates, issuer first: what a server sends. */
function fullChainPem(serve) {
    return [serve.leaf, ...serve.chain].map((c) => c.toString().trim() + '\n').join('');
}
function keyPem(serve) {
    return serve.key.export({ type: 'pkcs8', format: 'pem' }).toString();
}
/** Distinct certificates among the bindings (hosts sharing a certificate share one entry). */
function distinctServed(bindings) {
    const out = [];
    for (const b of bindings)
        if (!out.includes(b.serve))
            out.push(b.serve);
    return out;
}
/** The binding for an SNI name: exact host first, then a one-label wildcard. */
function bindingFor(bindings, servername) {
    const name = servername.toLowerCase().replace(/\.$/, '');
    const exact = bindings.find((b) => b.host === name);
    if (exact)
        return exact;
    const dot = name.indexOf('.');
    if (dot < 0)
        return undefined;
    return bindings.find((b) => b.host === `*.${name.slice(dot + 1)}`);
}


/***/ }),

/***/ 9572:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h7: () => (/* binding */ planFromStartupData),
/* harmony export */   pb: () => (/* binding */ writePrivate),
/* harmony export */   sC: () => (/* binding */ generateStartupTask)
/* harmony export */ });
/* unused harmony export SAFE_NAME */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8087);
/* harmony import */ var _service_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8134);
/* harmony import */ var _service_startup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4142);
/* harmony import */ var _tls_probe_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8151);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5174);
// The startup task that `patch` generates, made for a verify: patch runs on a private copy of the
// service package (or on a minimal one-role package when none is given), and the bindings its data
// file names become what the verify server serves. So the verify proves the generated task's data
// (host → thumbprint, fallback), not only the certificates.








const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
function writePrivate(file, data) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true, mode: 0o700 });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
}
/** A minimal service package with one web role, for a verify without `service-definition`. */
function writeMinimalService(dir, role) {
    const definition = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'ServiceDefinition.csdef');
    const configuration = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'ServiceConfiguration.Cloud.cscfg');
    writePrivate(definition, [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ServiceDefinition name="SniReadyVerify" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">',
        `  <WebRole name="${role}" vmsize="Standard_D1_v2">`,
        '    <Sites>',
        '      <Site name="Web">',
        '        <Bindings>',
        '          <Binding name="Endpoint1" endpointName="Endpoint1" />',
        '        </Bindings>',
        '      </Site>',
        '    </Sites>',
        '    <Endpoints>',
        '      <InputEndpoint name="Endpoint1" protocol="http" port="80" />',
        '    </Endpoints>',
        '  </WebRole>',
        '</ServiceDefinition>',
        '',
    ].join('\r\n'));
    writePrivate(configuration, [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ServiceConfiguration serviceName="SniReadyVerify" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="7" osVersion="*">',
        `  <Role name="${role}">`,
        '    <Instances count="1" />',
        '  </Role>',
        '</ServiceConfiguration>',
        '',
    ].join('\r\n'));
    return { definition, configurations: [configuration] };
}
/**
 * Runs `patch` on a copy of the service package inside `dir` (private) and returns the generated
 * startup task; findings instead when patch cannot generate it. The user's files are never touched.
 */
async function generateStartupTask(inputs, sites, dir, log) {
    const serviceDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'service');
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(serviceDir, { recursive: true, mode: 0o700 });
    let definition;
    let configurations;
    /** private copy → the user's file, so findings point at the user's files */
    const originals = new Map();
    if (inputs.serviceDefinition) {
        definition = node_path__WEBPACK_IMPORTED_MODULE_1__.join(serviceDir, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(inputs.serviceDefinition));
        node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync(inputs.serviceDefinition, definition);
        originals.set(definition, inputs.serviceDefinition);
        configurations = inputs.serviceConfigurations.map((f, i) => {
            // one folder per cscfg keeps its own name, which findings quote
            const copy = node_path__WEBPACK_IMPORTED_MODULE_1__.join(serviceDir, String(i), node_path__WEBPACK_IMPORTED_MODULE_1__.basename(f));
            node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(copy), { mode: 0o700 });
            node_fs__WEBPACK_IMPORTED_MODULE_0__.copyFileSync(f, copy);
            originals.set(copy, f);
            return copy;
        });
    }
    else {
        const role = inputs.role ?? 'WebRole1';
        if (!SAFE_NAME.test(role))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Invalid role name '${role}' in ${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(inputs.door, 'role')}`);
        ({ definition, configurations } = writeMinimalService(serviceDir, role));
    }
    // approot\bin of the emulated role: the startup task's commandLine is relative to it.
    const startupDir = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'approot', 'bin', 'sni-ready');
    const { patchService } = await Promise.all(/* import() */[__webpack_require__.e(474), __webpack_require__.e(998)]).then(__webpack_require__.bind(__webpack_require__, 9617));
    const patchLog = { info: (l) => log.info(`verify: patch (private copy): ${l}`), warn: (l) => log.warn(`verify: patch (private copy): ${l}`) };
    // patch writes upload-ready PFX files beside each certificate file: point those into `dir` too,
    // so a verify writes nothing outside its private directory.
    const privateSites = sites.map((site, i) => {
        const folder = node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'sites', String(i));
        node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(folder, { recursive: true, mode: 0o700 });
        return { ...site, spec: { ...site.spec, path: node_path__WEBPACK_IMPORTED_MODULE_1__.join(folder, node_path__WEBPACK_IMPORTED_MODULE_1__.basename(site.spec.path)) } };
    });
    const patched = await patchService({ ...inputs, command: 'patch', serviceDefinition: definition, serviceConfigurations: configurations, startupDir, dryRun: false }, privateSites, patchLog);
    const dataFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(startupDir, _service_startup_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTUP_DATA */ .dd);
    const data = node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dataFile) ? (0,_service_startup_js__WEBPACK_IMPORTED_MODULE_4__/* .parseStartupData */ .jT)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dataFile, 'utf8')) : null;
    const def = (0,_service_model_js__WEBPACK_IMPORTED_MODULE_3__/* .readServiceFile */ .Gz)(definition, 'definition', inputs.door);
    const role = (0,_service_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isServiceFile */ .oC)(def) ? (0,_service_model_js__WEBPACK_IMPORTED_MODULE_3__/* .chooseRole */ .uc)(def, inputs.role, inputs.door) : def;
    if (!data || !node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(startupDir, _service_startup_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTUP_CMD */ .jf)) || !('el' in role)) {
        const findings = patched.findings
            .filter((f) => f.severity === 'error')
            .map((f) => (f.file && originals.has(f.file) ? { ...f, file: originals.get(f.file) } : f));
        if (!('el' in role) && !findings.includes(role))
            findings.push(role);
        return {
            findings,
            notes: [
                'verify: stopped before starting a server, because patch could not generate the startup task for this package (see findings).',
                ...(patched.notes ?? []),
            ],
        };
    }
    if (!SAFE_NAME.test(role.name) || !SAFE_NAME.test(data.siteName)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`The role '${role.name}' or site '${data.siteName}' name cannot be used as an IIS site name`);
    }
    log.info(`verify: patch generated the startup task in ${startupDir} (role ${role.name}, site ${data.siteName}, ${data.bindings.length} binding(s))`);
    return { startupDir, startupCmd: node_path__WEBPACK_IMPORTED_MODULE_1__.join(startupDir, _service_startup_js__WEBPACK_IMPORTED_MODULE_4__/* .STARTUP_CMD */ .jf), data, roleName: role.name };
}
/**
 * The plan a server should serve when it does what the startup task's data file says: each host
 * with the certificate of the thumbprint the data names, the data's fallback for clients without
 * SNI. A host the data leaves out, or binds to a thumbprint no `sites` certificate has, is not
 * served (the probe then shows what the role would really do).
 */
function planFromStartupData(plan, data) {
    const certs = (0,_server_js__WEBPACK_IMPORTED_MODULE_7__/* .distinctServed */ .sP)(plan.bindings);
    const byThumbprint = (t) => certs.find((c) => (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_5__/* .thumbprint */ .O1)(c.leaf) === t.toUpperCase());
    const notes = [];
    const bindings = [];
    for (const d of data.bindings) {
        const planned = plan.bindings.find((b) => b.host === d.host);
        const serve = byThumbprint(d.thumbprint);
        if (!planned || !serve) {
            notes.push(`verify: the startup task's data binds ${d.host} to ${d.thumbprint}, which ${planned ? 'no certificate of sites has' : 'is not a host of sites'}; not served.`);
            continue;
        }
        bindings.push({ ...planned, serve });
    }
    for (const b of plan.bindings) {
        if (!data.bindings.some((d) => d.host === b.host))
            notes.push(`verify: the startup task's data has no binding for ${b.host}.`);
    }
    let fallback = null;
    if (data.fallback) {
        const serve = byThumbprint(data.fallback.thumbprint);
        fallback = bindings.find((b) => b.host === data.fallback.host && b.serve === serve) ?? (serve ? (bindings.find((b) => b.serve === serve) ?? null) : null);
    }
    return { served: { bindings, fallback, anchors: plan.anchors }, notes };
}


/***/ })

};
