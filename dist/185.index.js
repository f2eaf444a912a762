export const id = 185;
export const ids = [185];
export const modules = {

/***/ 2185:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDemo: () => (/* binding */ runDemo),
  writeDemoCertificates: () => (/* reexport */ writeDemoCertificates)
});

// UNUSED EXPORTS: demoSitesInput

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/run.ts + 2 modules
var run = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/service/diff.ts
var diff = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/service/startup.ts
var startup = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/node-forge/lib/index.js
var lib = __webpack_require__(8542);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/demo/certs.ts
// Demo certificates made on the fly, with no OpenSSL needed: Node makes the RSA keys,
// node-forge builds and signs the certificates and writes 3DES PFX files Windows can import.




function rsaKey() {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    return {
        key: lib_default().pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
        pub: lib_default().pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    };
}
/** `days` of validity left from `now`; `lived` days already behind it (0: issued an hour ago). */
function issue(cn, opts) {
    const { key, pub } = rsaKey();
    const cert = lib_default().pki.createCertificate();
    cert.publicKey = pub;
    cert.serialNumber = '01' + (0,external_node_crypto_.randomBytes)(8).toString('hex');
    cert.validity.notBefore = new Date(opts.now.getTime() - 3_600_000 - (opts.lived ?? 0) * 86_400_000);
    cert.validity.notAfter = new Date(opts.now.getTime() + opts.days * 86_400_000);
    cert.setSubject([
        { name: 'commonName', value: cn },
        { name: 'organizationName', value: 'sni-ready demo' },
    ]);
    cert.setIssuer((opts.issuer?.cert ?? cert).subject.attributes);
    const ext = [
        { name: 'basicConstraints', cA: opts.ca, critical: true },
        opts.ca
            ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
            : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
        { name: 'subjectKeyIdentifier' },
    ];
    if (!opts.ca)
        ext.push({ name: 'extKeyUsage', serverAuth: true });
    if (opts.dns)
        ext.push({ name: 'subjectAltName', altNames: opts.dns.map((value) => ({ type: 2, value })) });
    if (opts.issuer)
        ext.push({ name: 'authorityKeyIdentifier', keyIdentifier: opts.issuer.cert.generateSubjectKeyIdentifier().getBytes() });
    cert.setExtensions(ext);
    cert.sign(opts.issuer?.key ?? key, lib_default().md.sha256.create());
    return { cert, key };
}
function pfxBytes(leaf, chain, password) {
    const asn1 = lib_default().pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ...chain.map((c) => c.cert)], password, {
        algorithm: '3des',
        friendlyName: leaf.cert.subject.getField('CN')?.value,
    });
    return Buffer.from(lib_default().asn1.toDer(asn1).getBytes(), 'binary');
}
const DEMO_PASSWORD_ENV = 'SNI_READY_DEMO_PASSWORD';
/**
 * A healthy chain (root → intermediate → leaf) for www.test1.com and one for www.test2.com
 * that expires in 20 days (a 200-day certificate near its end, so that the default warn-days — the
 * smaller of 30 days and a third of the lifetime — warns), as 3DES PFX files with the password from SNI_READY_DEMO_PASSWORD
 * (set to 'demo' when unset), plus root.pem to trust.
 */
function writeDemoCertificates(dir, now = new Date()) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    process.env[DEMO_PASSWORD_ENV] ??= 'demo';
    const password = process.env[DEMO_PASSWORD_ENV];
    const root = issue('sni-ready Demo Root', { days: 3650, lived: 400, ca: true, now });
    const intermediate = issue('sni-ready Demo Intermediate', { days: 1825, lived: 365, ca: true, issuer: root, now });
    const test1 = issue('www.test1.com', { days: 365, ca: false, dns: ['www.test1.com', 'test1.com'], issuer: intermediate, now });
    const test2 = issue('www.test2.com', { days: 20, lived: 180, ca: false, dns: ['www.test2.com'], issuer: intermediate, now });
    const rootFile = external_node_path_.join(dir, 'demo-root.pem');
    external_node_fs_.writeFileSync(rootFile, lib_default().pki.certificateToPem(root.cert));
    const file1 = external_node_path_.join(dir, 'www.test1.com.pfx');
    const file2 = external_node_path_.join(dir, 'www.test2.com.pfx');
    external_node_fs_.writeFileSync(file1, pfxBytes(test1, [intermediate], password), { mode: 0o600 });
    external_node_fs_.writeFileSync(file2, pfxBytes(test2, [intermediate], password), { mode: 0o600 });
    return {
        dir,
        root: rootFile,
        passwordEnv: DEMO_PASSWORD_ENV,
        sites: [
            { hosts: ['www.test1.com'], file: file1, daysLeft: 365 },
            { hosts: ['www.test2.com'], file: file2, daysLeft: 20 },
        ],
    };
}

;// CONCATENATED MODULE: ./src/demo/demo.ts
// `npm start`: the whole pipeline (check → patch → verify) on the bundled example service
// package, with demo certificates made on the fly, in a temporary copy (the example stays as is).














function findExample() {
    const here = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [
        __webpack_require__.ab + "service",
        external_node_path_.join(here, '..', '..', 'examples', 'service'),
        external_node_path_.join(here, '..', 'examples', 'service'),
    ]) {
        if (external_node_fs_.existsSync(external_node_path_.join(dir, 'ServiceDefinition.csdef')))
            return dir;
    }
    throw new types/* InputError */.d('The bundled example (examples/service/ServiceDefinition.csdef) was not found: run the demo from the sni-ready checkout');
}
function demoSitesInput(certs) {
    return certs.sites.map((s) => `${s.hosts.join(' ')} = ${s.file} password-env=${certs.passwordEnv}`).join('\n');
}
/** One line per distinct problem (the same rule on several hosts is one line), at most `max`. */
function problems(report, max) {
    const all = (0,summary/* groupFindings */.kG)(report.findings, report.config?.serviceDefinition ? external_node_path_.dirname(report.config.serviceDefinition) : process.cwd());
    // Notices (e.g. the settings config-not-patched lists) only when nothing more important is left.
    const groups = all.some((g) => g.severity !== 'notice') ? all.filter((g) => g.severity !== 'notice') : all;
    const lines = groups
        .slice(0, max)
        .map((g) => `     ${g.severity === 'error' ? '✗' : g.severity === 'warning' ? '!' : 'i'} ${g.rule}${g.hosts.length ? ` (${g.hosts.join(', ')})` : ''}${g.where.length ? ` ${g.where.join(', ')}` : ''}`);
    if (groups.length > max)
        lines.push(`     … and ${groups.length - max} more`);
    return lines;
}
function tally(report) {
    const e = (0,findings/* count */.U9)(report.findings, 'error');
    const w = (0,findings/* count */.U9)(report.findings, 'warning');
    return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}
/**
 * `npm start`: runs check → patch → verify quietly, then tells the outcome first (each host was
 * served its own certificate), then how it got there in a few lines per step, saying that the
 * first FAILED — the package before patch — is expected. `--diff` adds every step's full output
 * and the whole diff.
 */
async function runDemo(values) {
    const work = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'sni-ready-demo-'));
    const out = (s) => process.stdout.write(s);
    const full = values.get('diff') === 'true';
    try {
        const example = findExample();
        const pkg = external_node_path_.join(work, 'service');
        external_node_fs_.cpSync(example, pkg, { recursive: true });
        const certs = writeDemoCertificates(external_node_path_.join(work, 'certs'));
        const cscfgs = external_node_fs_.readdirSync(pkg)
            .filter((f) => f.endsWith('.cscfg'))
            .sort()
            .map((f) => external_node_path_.join(pkg, f));
        const steps = values.get('steps')?.split(',') ?? ['check', 'patch', 'verify'];
        const reports = new Map();
        for (const command of steps) {
            const given = {
                command,
                sites: demoSitesInput(certs),
                trust: certs.root,
                'service-definition': external_node_path_.join(pkg, 'ServiceDefinition.csdef'),
                'service-configuration': cscfgs.join('\n'),
                'startup-dir': external_node_path_.join(pkg, 'WebRole1', 'sni-ready'),
                server: values.get('server') ?? 'node',
                report: external_node_path_.join(work, `report-${command}.json`),
            };
            const inputs = (0,src_inputs/* parseInputs */.TL)((name) => given[name] ?? '', process.env, work);
            const log = [];
            const { report } = await (0,run/* execute */.g7)(inputs, { info: (l) => log.push(`  ${l}`), warn: (l) => log.push(`  warning: ${l}`) });
            reports.set(command, { report, failed: (0,findings/* failing */.Jr)(report, inputs.failOn).length > 0, log });
            if (full)
                out(`\n=== sni-ready ${command} ===\n${log.map((l) => `${l}\n`).join('')}${(0,report_text/* renderText */.S)(report, inputs.failOn, { fullDiff: true })}(JSON report: ${inputs.reportPath})\n`);
        }
        const last = reports.get(steps[steps.length - 1]);
        const verify = reports.get('verify');
        const served = verify && (0,summary/* servedOwn */.MF)(verify.report);
        const hosts = certs.sites.flatMap((s) => s.hosts);
        if (full)
            out('\n=== in short ===\n');
        if (served && served.own === served.probed)
            out(`sni-ready demo: each host was served its own certificate — ${hosts.join(' and ')} on one address and port, through SNI, after patch.\n`);
        else
            out(`sni-ready demo: ${verify ? 'verify did not see each host served its own certificate' : `ran ${steps.join(' → ')}`} (details below).\n`);
        out(`The bundled example service package (a copy in ${pkg}), with demo certificates made on the fly:\n`);
        out(`${hosts[0]} (valid 365 days) and ${hosts[1]} (expires in 20 days, to show a warning), under a demo root.\n`);
        const check = reports.get('check');
        if (check) {
            out(`\n1. check — the package as it came, before patch: ${check.failed ? 'FAILED' : 'PASSED'} (${tally(check.report)}).\n`);
            if (check.failed)
                out('   This FAILED is the expected before-state: no HTTPS endpoint, no certificates declared, no SNI bindings yet.\n');
            out(problems(check.report, 8).join('\n') + '\n');
        }
        const patch = reports.get('patch');
        if (patch?.report.config) {
            const c = patch.report.config;
            const files = c.diff ? (0,diff/* diffFiles */.pm)(c.diff) : [];
            out(`\n2. patch — brings the package to the SNI target state: ${c.changed ? `wrote ${files.length} files` : 'nothing to change'} (${tally(patch.report)} after it).\n`);
            for (const f of files) {
                const name = external_node_path_.basename(f.path);
                const template = name === startup/* STARTUP_PS1 */.Lf || name === startup/* STARTUP_CMD */.jf;
                out(`     ${f.path.replace(/^.*?service\//, '')}: ${template ? `new, the generated template (${f.lines} lines, the same for every package)` : f.created ? `new, ${f.lines} lines (this package's hosts and thumbprints)` : `+${f.added} −${f.removed} lines`}\n`);
            }
            if (!full)
                out('     (the whole diff: npm start -- --diff)\n');
            out(problems(patch.report, 3).join('\n') + (patch.report.findings.length ? '\n' : ''));
        }
        if (verify) {
            out(`\n3. verify — a local ${values.get('server') ?? 'node'} server with one binding per host, probed over TLS: ${verify.failed ? 'FAILED' : 'PASSED'} (${tally(verify.report)}).\n`);
            for (const e of verify.report.endpoints) {
                const own = verify.report.certificates.find((c) => e.sni && c.hosts.includes(e.sni));
                const verdict = e.error
                    ? `error: ${e.error}`
                    : own && own.thumbprint === e.thumbprint
                        ? 'its own certificate'
                        : e.sni === null
                            ? 'the fallback for clients without SNI'
                            : 'not its own certificate';
                out(`     ${(e.sni ?? '(no SNI)').padEnd(15)} → ${(e.subject ? (0,summary/* shortName */.EU)(e.subject) : '—').padEnd(15)} ${e.thumbprint ? e.thumbprint.slice(0, 8) + '…' : ''}  ${verdict}\n`);
            }
            const warned = problems(verify.report, 3);
            if (warned.length)
                out(`   Still to do before production:\n${warned.join('\n')}\n`);
        }
        out(`\nEvery file of the demo is in ${work} (delete it when done).\n`);
        return last.failed ? 1 : 0; // the exit status is the last step's
    }
    catch (err) {
        process.stderr.write(`sni-ready demo: ${err instanceof Error ? err.message : String(err)}\n`);
        return 2;
    }
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   MF: () => (/* binding */ servedOwn),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9892);
/* harmony import */ var _service_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9334);
/* harmony import */ var _foreign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7962);
// The job summary, read in a browser at laptop width: a heading that says whether it is OK and a
// line that says what to do, a short table per host (it fits 1000 px: long texts live in lists,
// which wrap, never in table cells, which do not), the findings grouped — one entry per problem
// with every host it concerns — the endpoints probed under their own heading, and for patch the
// files it changes, with the diff folded and the generated PowerShell template left out of it.






/** Table cells stay short: a cell never wraps, so a long one pushes the table off the page. */
const MAX_CELL = 34;
const MAX_ROWS = 500;
function clip(text, max = MAX_CELL) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Text for a table cell, clipped, inert (foreign.ts: a word that could be markup or a link, and
 * every host, goes into a code span). */
function cell(text, max = MAX_CELL) {
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(clip(String(text ?? '').replace(/\r?\n/g, ' '), max));
}
/** Text for a list item or paragraph, inert (see cell). */
function prose(text) {
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(text);
}
/** A subject or issuer shortened the one way (src/certs/x509.ts). */
const shortName = _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__/* .shortNameOf */ .PI;
/** SANs, serial, key usage and EKU of a certificate or a served leaf, for the details lists. */
function facts(c) {
    const parts = [];
    if (c.sans)
        parts.push(`SANs: ${c.sans.length ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(c.sans.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 10) : 'none'}`);
    if (c.serial)
        parts.push(`serial ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(c.serial)}`);
    if (c.keyUsage)
        parts.push(`key usage: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(c.keyUsage.join(', '))}`);
    if (c.extendedKeyUsage)
        parts.push(`EKU: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(c.extendedKeyUsage.join(', '))}`);
    return parts.join(' · ');
}
function relative(file, cwd) {
    return file ? (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file, cwd) : '';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function groupFindings(findings, cwd) {
    const groups = new Map();
    for (const f of findings) {
        const generic = (text) => (text && f.host ? text.replace(new RegExp(`\\b${escapeRe(f.host)}\\b`, 'g'), '\u0000') : text);
        const where = f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : '';
        const key = [f.rule, f.severity, generic(f.message), generic(f.fix) ?? '', f.file ?? ''].join('\u0001');
        const g = groups.get(key);
        if (g) {
            if (f.host && !g.hosts.includes(f.host))
                g.hosts.push(f.host);
            if (where && !g.where.includes(where))
                g.where.push(where);
            continue;
        }
        groups.set(key, { rule: f.rule, severity: f.severity, hosts: f.host ? [f.host] : [], where: where ? [where] : [], message: f.message, fix: f.fix });
    }
    const out = [...groups.values()];
    for (const g of out) {
        if (g.hosts.length < 2)
            continue;
        // The first host's name stands for each of them.
        const first = new RegExp(`\\b${escapeRe(g.hosts[0])}\\b`, 'g');
        g.message = g.message.replace(first, 'each host');
        if (g.fix)
            g.fix = g.fix.replace(first, 'each host');
    }
    return out.sort(_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .byImpact */ .aZ);
}
function statusText(findings) {
    if (!findings.length)
        return 'ok';
    const rules = [...new Set(findings.map((f) => f.rule))];
    return rules.length === 1 ? (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(rules[0]) : `${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(rules[0])} +${rules.length - 1}`;
}
function expiry(notAfter, daysLeft) {
    if (!notAfter)
        return '';
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(`${notAfter.slice(0, 10)} (${daysLeft ?? '?'} d)`);
}
/** For verify and scan: how many hosts (with SNI) were served their own certificate with no error
 * about them, out of how many were probed, and whether clients without SNI got the planned
 * fallback (false when none was planned); undefined when nothing was probed with SNI. */
function servedOwn(report) {
    const withSni = report.endpoints.filter((e) => e.sni);
    if (!withSni.length)
        return undefined;
    const own = withSni.filter((e) => {
        if (e.error || !e.thumbprint || (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e) === 'error')
            return false;
        const cert = report.certificates.find((c) => c.hosts.includes(e.sni));
        return !cert || cert.thumbprint === e.thumbprint;
    }).length;
    const fallback = report.endpoints.some((e) => e.sni === null && e.fallback !== undefined && !e.error && (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e) !== 'error');
    return { own, probed: withSni.length, fallback };
}
/** The one line under the heading: what happened, then what to do (or that nothing needs doing). */
function nextStep(report, groups) {
    const parts = [];
    const served = servedOwn(report);
    if (served) {
        const noun = report.command === 'verify' ? 'host' : 'endpoint';
        const fallback = served.fallback ? ', and clients without SNI got the planned fallback' : '';
        if (served.own === served.probed)
            parts.push(`**Each of ${plural(served.probed, noun)} was served its own certificate${fallback}.**`);
        else
            parts.push(`**${served.own} of ${plural(served.probed, noun)} ${served.own === 1 ? 'was' : 'were'} served ${served.own === 1 ? 'its' : 'their'} own certificate without an error; ${served.probed - served.own} ${served.probed - served.own === 1 ? 'was' : 'were'} not (see below)${fallback}.**`);
    }
    const c = report.config;
    if (report.command === 'patch' && c) {
        const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff).length : 0;
        parts.push(c.changed
            ? `**Patched:** ${plural(c.written.length, 'file')} written; deploy the package.`
            : c.refused
                ? '**Nothing written:** patch changes every file or none, and a finding below stops it.'
                : c.diff
                    ? `**Dry run:** ${plural(files, 'file')} would change (listed below); run again without \`dry-run\` to write them.`
                    : '**The package is already in the target state.**');
    }
    const todo = groups.filter((g) => g.severity !== 'notice');
    if (todo.length) {
        const first = todo[0];
        const who = first.hosts.length ? ` (${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(first.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 3)})` : '';
        parts.push(`**What to do:** ${todo.length === 1 ? 'one fix' : `${todo.length} fixes`}, listed below. First: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(first.rule)}${who} — ${prose(clip(first.fix ?? first.message, 240))}`);
    }
    else if (c?.nextSteps?.length) {
        parts.push(`**Next:** ${plural(c.nextSteps.length, 'step')} before clients see the SNI bindings, listed at the end.`);
    }
    else {
        const hosts = new Set(report.certificates.flatMap((x) => x.hosts)).size;
        parts.push(hosts || report.endpoints.length || c
            ? `**Nothing to do${parts.length ? '' : `: ${hosts ? `${plural(hosts, 'host')} checked, each with a valid certificate` : 'no problem found'}`}.**`
            : '**Nothing was checked.**');
    }
    return parts.join(' ');
}
function renderSummary(report, failOn, cwd = process.cwd()) {
    const out = [];
    const errors = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'error');
    const warnings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'warning');
    const groups = groupFindings(report.findings, cwd);
    const v = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .verdict */ .WJ)(report);
    const exit = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .exitNote */ .Tp)(report, failOn);
    out.push(`## ${v.icon} sni-ready ${report.command}: ${v.text} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${exit ? ` (${exit})` : ''}`, '', nextStep(report, groups), '');
    const broken = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .unopened */ .xJ)(report);
    if (report.certificates.length || broken.length) {
        out.push('### Hosts', '', '| | Host | Certificate | Issuer | Expires | Findings |', '|---|---|---|---|---|---|');
        let rows = 0;
        for (const c of report.certificates) {
            for (const host of c.hosts) {
                if (rows++ >= MAX_ROWS)
                    break;
                const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .hostFindings */ .n7)(report, c, host);
                out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .rowStatus */ .Bs)(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer), 24)} | ${expiry(c.notAfter, c.daysLeft)} | ${statusText(mine)} |`);
            }
        }
        for (const b of broken) {
            if (rows++ >= MAX_ROWS)
                break;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .rowStatus */ .Bs)(b.findings)]} | ${cell(b.host)} | not opened: ${cell(relative(b.file, cwd), 24)} | | | ${statusText(b.findings)} |`);
        }
        if (rows > MAX_ROWS)
            out.push('', `…and ${rows - MAX_ROWS} more hosts (see the JSON report).`);
        out.push('');
    }
    if (groups.length) {
        out.push('### What to do', '');
        groups.slice(0, MAX_ROWS).forEach((g, i) => {
            const hosts = g.hosts.length ? ` — ${g.hosts.length > 1 ? `${g.hosts.length} hosts: ` : ''}${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(g.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 20)}` : '';
            const where = g.where.length ? ` · ${g.where.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY).join(', ')}` : '';
            out.push(`${i + 1}. ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[g.severity]} **${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(g.rule)}**${hosts}${where}<br>`);
            out.push(`   ${prose(g.message)}${g.fix ? `<br>**Fix:** ${prose(g.fix)}` : ''}`);
        });
        if (groups.length > MAX_ROWS)
            out.push('', `…and ${groups.length - MAX_ROWS} more (see the JSON report).`);
        out.push('');
    }
    if (report.endpoints.length) {
        out.push(`### Endpoints ${report.command === 'verify' ? 'served by the local test server' : 'probed'}`, '');
        out.push('| | Endpoint | SNI | Served certificate | Expires | Result |', '|---|---|---|---|---|---|');
        for (const e of report.endpoints.slice(0, MAX_ROWS)) {
            const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointFindings */ .cK)(report, e);
            const status = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e);
            const served = e.thumbprint ? `${cell(e.subject ? shortName(e.subject) : '', 22)} ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(`${e.thumbprint.slice(0, 8)}…`)}` : '';
            const target = `${e.host}:${e.port}${e.address && e.address !== e.host ? ` @${e.address}` : ''}`;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[status]} | ${cell(target, 40)} | ${cell(e.sni ?? '(none)', 28)} | ${served} | ${expiry(e.notAfter, e.daysLeft)} | ${e.error ? cell(e.error, 24) : statusText(mine)} |`);
        }
        if (report.endpoints.length > MAX_ROWS)
            out.push('', `…and ${report.endpoints.length - MAX_ROWS} more endpoints (see the JSON report).`);
        out.push('');
    }
    if (report.config) {
        const c = report.config;
        out.push('### Service package', '');
        if (c.serviceDefinition)
            out.push(`- Definition: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(c.serviceDefinition, cwd))}`);
        for (const s of c.serviceConfigurations)
            out.push(`- Configuration: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(s, cwd))}`);
        if (report.command === 'patch') {
            const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff) : [];
            const verb = c.changed
                ? 'Changed'
                : c.refused
                    ? 'Nothing written: patch changes every file or none (see the findings)'
                    : c.diff
                        ? 'Would change (dry run, nothing written)'
                        : 'Already in the target state: nothing to change';
            out.push(`- ${verb}${files.length ? ':' : ''}`);
            for (const f of files)
                out.push(`  - ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(f.path)} — ${(0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDiffFile */ .z3)(f)}`); // our own words: "+5 −1", "new, 20 lines"
            for (const w of c.written)
                if (!files.some((f) => w.endsWith(f.path)))
                    out.push(`  - ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(w, cwd))}`);
        }
        if (c.diff) {
            const shown = (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .presentDiff */ .fI)(c.diff, _service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .isGeneratedTemplate */ ._K);
            // The diff holds the files' own lines: the fence is longer than any run of backticks in them.
            const fence = '`'.repeat(Math.max(3, ...(shown.match(/`{3,}/g) ?? []).map((r) => r.length + 1)));
            out.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, shown.trimEnd(), fence, '', '</details>');
        }
        out.push('');
    }
    const certs = report.certificates.slice(0, MAX_ROWS);
    if (certs.length) {
        out.push('<details><summary>Certificate details</summary>', '');
        for (const c of certs)
            out.push(`- **${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(c.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 20)}** — ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(c.file, cwd))}<br>${prose(c.subject)}, issued by ${prose(shortName(c.issuer))}<br>SHA-1 ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(c.thumbprint)} · ${prose(`expires ${c.notAfter.slice(0, 10)} · ${c.keyType} ${c.keySize} · ${c.container.type}${c.container.encryption ? ` (${c.container.encryption})` : ''}`)}${facts(c) ? `<br>${facts(c)}` : ''}`);
        out.push('', '</details>', '');
    }
    // What each server sent, once per served certificate.
    const served = new Map();
    for (const e of report.endpoints)
        if (e.thumbprint && e.sans)
            served.set(e.thumbprint, [...(served.get(e.thumbprint) ?? []), e]);
    if (served.size) {
        out.push('<details><summary>Served certificates</summary>', '');
        for (const [thumb, eps] of [...served].slice(0, MAX_ROWS)) {
            const e = eps[0];
            const where = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(eps.map((x) => (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(x.sni ?? `${x.host}:${x.port} (no SNI)`)), 5);
            const sent = e.certificatesSent === undefined
                ? ''
                : ` · the server sent ${e.certificatesSent === 1 ? '1 certificate (the leaf alone)' : `${e.certificatesSent} certificates`}`;
            out.push(`- **${where}** — ${prose(e.subject ?? '')}, issued by ${prose(shortName(e.issuer ?? ''))}<br>SHA-1 ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(thumb)} · ${prose(`expires ${(e.notAfter ?? '').slice(0, 10)}`)}${sent}<br>${facts(e)}`);
        }
        out.push('', '</details>', '');
    }
    const notes = report.notes ?? [];
    if (notes.length) {
        out.push('### Notes', '');
        for (const note of notes)
            out.push(`- ${prose(note)}`);
        out.push('');
    }
    const steps = report.config?.nextSteps ?? [];
    if (steps.length) {
        out.push('### Next steps', '');
        steps.forEach((s, i) => {
            out.push(`${i + 1}. ${prose(s.step)}`);
            if (s.lines?.length)
                out.push('', '   ```xml', ...s.lines.map((l) => `   ${l}`), '   ```', '');
        });
        out.push('');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}


/***/ })

};
