export const id = 719;
export const ids = [719,100];
export const modules = {

/***/ 8719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCertificates: () => (/* binding */ checkCertificates)
});

// UNUSED EXPORTS: windowsTarget

// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/certs/chain.ts + 22 modules
var chain = __webpack_require__(3944);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
;// CONCATENATED MODULE: ./src/certs/openssl-verify.ts

/**
 * OpenSSL's verdict on leaf + chain against `anchors`: null when it accepts, the reason when it
 * refuses, undefined when no verdict could be had (the handshake itself failed: a key type the TLS
 * stack will not use, a key under its security level, a timeout).
 */
async function opensslVerdict(o) {
    let server;
    try {
        server = external_node_tls_.createServer({ key: o.key.export({ type: 'pkcs8', format: 'pem' }), cert: [o.leaf, ...o.chain].map((c) => c.toString()).join('') });
    }
    catch {
        return undefined;
    }
    server.on('tlsClientError', () => undefined);
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
        const { port } = server.address();
        return await new Promise((resolve) => {
            const socket = external_node_tls_.connect({
                host: '127.0.0.1',
                port,
                ca: o.anchors.map((a) => a.toString()),
                rejectUnauthorized: false,
                checkServerIdentity: () => undefined, // host names are cert-host-mismatch's job
            });
            const done = (v) => {
                clearTimeout(timer);
                socket.destroy();
                resolve(v);
            };
            const timer = setTimeout(() => done(undefined), o.timeoutMs ?? 5000);
            socket.once('secureConnect', () => {
                if (socket.authorized)
                    return done(null);
                const err = socket.authorizationError;
                const message = typeof err === 'string' ? err : (err?.message ?? 'refused');
                const code = typeof err === 'string' ? err : (err?.code ?? message);
                done({ code, message });
            });
            socket.once('error', () => done(undefined));
        });
    }
    catch {
        return undefined;
    }
    finally {
        server.close();
    }
}

// EXTERNAL MODULE: ./src/certs/x509.ts
var x509 = __webpack_require__(819);
// EXTERNAL MODULE: ./src/certs/isolate.ts
var isolate = __webpack_require__(458);
// EXTERNAL MODULE: ./src/certs/read.ts
var certs_read = __webpack_require__(9511);
// EXTERNAL MODULE: ./src/door.ts
var door = __webpack_require__(8087);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/service/model.ts
var model = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/service/xml.ts
var xml = __webpack_require__(7974);
;// CONCATENATED MODULE: ./src/certs/check.ts
// `check` for certificate files: each `sites` line is read, its chain built and judged, its key
// matched, and its container checked for what Windows can import. Each line is checked in
// isolation: whatever happens inside one becomes that line's result (at worst one
// `cert-unreadable` finding saying what could not be checked), and every other line keeps its own.










function windowsTarget(inputs) {
    const families = inputs.serviceConfigurations
        .map((file) => (0,model/* readServiceFile */.Gz)(file, 'configuration'))
        .filter(model/* isServiceFile */.oC)
        .map((cfg) => ({ cfg, os: Number((0,xml/* attr */.CF)(cfg.doc.root, 'osFamily') ?? 0) || 0 }))
        .map(({ cfg, os }) => ({ cfg, os: Math.max(os, inputs.osFamily) }))
        .sort((a, b) => a.os - b.os);
    if (families.length)
        return { osFamily: families[0].os, from: `which ${(0,files/* displayPath */.Gt)(families[0].cfg.file, inputs.cwd)} runs once patched`, assumed: false };
    if (inputs.osFamilyGiven)
        return { osFamily: inputs.osFamily, from: `set by ${(0,door/* inputRef */.io)(inputs.door, 'os-family')}`, assumed: false };
    if (inputs.serviceDefinition)
        return { osFamily: inputs.osFamily, from: 'the default os-family of a service package', assumed: false };
    return { osFamily: inputs.osFamily, from: 'default', assumed: true };
}
async function checkCertificates(inputs) {
    const trust = (0,chain/* loadTrust */.Vc)(inputs);
    const accepted = new Set();
    const target = windowsTarget(inputs);
    const certificates = [];
    const findings = [];
    const sites = [];
    // The Azure SDK is loaded only when a line names a Key Vault certificate.
    let vault;
    // revocation (opt-in, `check` only: scan judges the served leaves): loaded only when asked for
    const revocation = inputs.revocation && inputs.command === 'check'
        ? await (await __webpack_require__.e(/* import() */ 549).then(__webpack_require__.bind(__webpack_require__, 1549))).revocationRun({ timeoutMs: inputs.timeoutMs, at: inputs.at, trust })
        : undefined;
    for (const spec of inputs.sites) {
        if (spec.keyVault)
            vault ??= new (await __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 5905))).KeyVaultSession(inputs.timeoutMs);
        const file = spec.keyVault ? spec.path : (0,files/* displayPath */.Gt)(spec.path, inputs.cwd);
        const result = await (0,isolate/* isolated */.M)(() => vault && spec.keyVault
            ? checkKeyVaultSite(spec, spec.keyVault, vault, inputs, trust, target, accepted)
            : checkSite(spec, file, inputs, trust, target, accepted), (reason) => uncheckable(spec, file, reason));
        sites.push(result.site);
        findings.push(...result.findings);
        if (result.certificate)
            certificates.push(result.certificate);
        const leaf = result.site.leaf;
        if (revocation && leaf)
            findings.push(...(await revocation.judge({ host: spec.hosts[0] ?? '', where: file, file, chain: [leaf, ...(result.site.chain ?? [])] })));
    }
    return { certificates, findings, sites };
}
/** The result of a line whose check failed part-way: no leaf (nothing downstream uses it), one finding. */
function uncheckable(spec, file, reason) {
    const site = { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] };
    return {
        site,
        findings: [
            (0,rules/* finding */.gk)('cert-unreadable', `${file} holds a certificate that cannot be checked: ${reason}.`, {
                file,
                ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}),
                fix: 'Inspect it with `openssl x509 -text -noout` (or `openssl pkcs12 -info`) and reissue or re-export the certificate; the other sites were checked as usual.',
            }),
        ],
    };
}
/**
 * OpenSSL's verifier under our checks (openssl-verify.ts): when our checks find no error on a
 * path that ends at a self-signed trust anchor and the file has the leaf's key, OpenSSL must accept
 * the same path, or its reason becomes a `chain-invalid` finding. Skipped when `at` is not now
 * (OpenSSL judges dates at the current time) and for anchors that are not roots (OpenSSL needs the
 * whole path up to a self-signed root).
 */
async function opensslNet(site, keyMatches, assessed, at, where, accepted) {
    const leaf = site.leaf;
    const anchor = assessed.chain[assessed.chain.length - 1];
    if (!leaf || !site.key || !keyMatches || !anchor || !assessed.trusted || !(0,x509/* isSelfSigned */.Nl)(anchor))
        return [];
    if (assessed.findings.some((f) => f.severity === 'error') || Math.abs(at.getTime() - Date.now()) > 5 * 60_000)
        return [];
    // One handshake per CA path a run accepts (~7 ms each: a secure context and an RSA handshake):
    // the net guards our path checks, and the leaf's own properties are our rules' (tested against
    // PKITS and OpenSSL); a path OpenSSL refused is asked again for every leaf under it.
    const path = assessed.chain.map((c) => (0,chain/* thumbprint */.O1)(c)).join('/');
    if (accepted.has(path))
        return [];
    let verdict;
    try {
        verdict = await opensslVerdict({ leaf, chain: assessed.chain.slice(0, -1), key: site.key, anchors: [anchor] });
    }
    catch {
        return []; // no verdict (a key Node cannot use): our own checks stand
    }
    if (verdict === null)
        accepted.add(path);
    if (!verdict)
        return [];
    return [
        (0,rules/* finding */.gk)('chain-invalid', `OpenSSL's verifier refuses the chain of ${(0,x509/* label */.Pf)(leaf)}: ${verdict.message} (${verdict.code}).`, {
            ...where,
            fix: 'Inspect the chain with `openssl verify -purpose sslserver -CAfile ROOT -untrusted CHAIN LEAF` and reissue the certificate the reason names.',
        }),
    ];
}
/**
 * A `keyvault:` line: the secret Key Vault hands out for the certificate (the named version, or
 * the latest enabled one) is judged exactly like a file; the report names the version read.
 */
async function checkKeyVaultSite(spec, ref, vault, inputs, trust, target, accepted) {
    const where = { file: spec.path, ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}) };
    let got;
    try {
        got = await vault.read(ref);
    }
    catch (err) {
        const problem = err;
        return {
            site: { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] },
            findings: [
                (0,rules/* finding */.gk)('keyvault-unreadable', problem.message, { ...where, fix: problem.fix ?? 'Check the vault and the identity this step signs in with.' }),
            ],
        };
    }
    const label = `keyvault:${got.url}`;
    const result = await checkSite(spec, label, inputs, trust, target, accepted, got.content);
    result.site.keyVaultVersion = got.version;
    const unreadable = result.findings.findIndex((f) => f.rule === 'cert-unreadable');
    if (unreadable >= 0 && !got.managed) {
        // a plain secret (a connection string, a password): say what it is rather than how it failed to parse
        result.findings[unreadable] = (0,rules/* finding */.gk)('keyvault-not-certificate', `Secret '${ref.name}' (version ${got.version}) in vault ${ref.vaultName} is not a certificate: its content type is ${got.contentType ? `'${got.contentType.slice(0, 80)}'` : 'not set'} and its value is neither a PFX nor PEM.`, {
            ...where,
            file: label,
            fix: 'Name a Key Vault certificate (keyvault:https://VAULT.vault.azure.net/certificates/NAME) or a secret holding a PFX (application/x-pkcs12) or PEM (application/x-pem-file).',
        });
    }
    if (got.note)
        result.findings.push((0,rules/* finding */.gk)('keyvault-version-disabled', `In vault ${ref.vaultName}, ${ref.collection === 'certificates' ? 'certificate' : 'secret'} '${ref.name}': ${got.note}.`, {
            ...where,
            file: label,
            fix: 'Whatever deploys the latest version without naming one gets the disabled version refused; enable it, or pin the version that is meant to be deployed.',
        }));
    if (result.certificate)
        result.certificate.keyVault = { vault: ref.vaultUrl, name: ref.name, version: got.version, ...(got.contentType ? { contentType: got.contentType } : {}) };
    return result;
}
async function checkSite(spec, file, inputs, trust, target, accepted, content) {
    const read = await (0,certs_read.readCertificateBundle)(spec, file, content);
    const site = read.site;
    const findings = [...read.findings];
    if (!site.ok || !site.leaf)
        return { site, findings };
    const leaf = site.leaf;
    const container = site.container ?? { type: 'pem' };
    const where = { file, ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}) };
    const assessed = (0,chain/* assessChain */.CM)({
        leaf,
        presented: site.fileCertificates,
        hosts: spec.hosts,
        at: inputs.at,
        warnDays: inputs.warnDays,
        failDays: inputs.failDays,
        trust,
        file,
        checkOrder: container.type === 'pem',
        door: inputs.door,
    });
    site.chain = assessed.chain;
    site.chainSources = assessed.sources;
    findings.push(...assessed.findings);
    const keyMatches = site.key !== undefined && leaf.checkPrivateKey(site.key);
    findings.push(...(await opensslNet(site, keyMatches, assessed, inputs.at, where, accepted)));
    const name = `'${(0,chain/* shortName */.EU)(leaf)}' (${(0,chain/* thumbprint */.O1)(leaf)})`;
    if (!site.key) {
        findings.push((0,rules/* finding */.gk)('cert-no-key', `${file} has no private key for ${name}.`, {
            ...where,
            fix: container.type === 'pfx'
                ? 'Export the PFX again with its private key (Windows: "Yes, export the private key"; OpenSSL: pkcs12 -export -inkey KEY).'
                : `Add key=PATH to ${(0,door/* sitesLineRef */.eZ)(inputs.door, spec.line)}, pointing at the private key of this certificate, or include the key in the PEM file.`,
        }));
    }
    else if (!keyMatches) {
        findings.push((0,rules/* finding */.gk)('cert-key-mismatch', `The private key ${spec.keyPath ? `in ${(0,files/* displayPath */.Gt)(spec.keyPath, inputs.cwd)} ` : ''}does not belong to ${name} in ${file}.`, {
            ...where,
            fix: "Use the key that was generated with this certificate's request (its public key must match the certificate).",
        }));
    }
    if (container.type === 'pfx' && container['pbes2'] === true && target.osFamily <= 5) {
        const reexport = 'Re-export it with 3DES: `openssl pkcs12 -export -legacy ...` (or -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1); `sni-ready patch` writes such a PFX for upload.';
        const cannot = `The PFX ${file} is encrypted with ${String(container.encryption)} (PBES2) and a ${String(container.mac)} MAC, which Windows Server 2016 and older`;
        findings.push(target.assumed
            ? (0,rules/* finding */.gk)('pfx-legacy-windows', `${cannot} (osFamily 5 and lower) cannot import; nothing says where it goes (no service package, no ${(0,door/* inputRef */.io)(inputs.door, 'os-family')}), so this is a warning.`, {
                ...where,
                severity: 'warning',
                fix: `If it goes to Windows Server 2016 (osFamily 5) or older: ${reexport} If it goes to Windows Server 2019 or later, say so with ${(0,door/* inputSetting */.pw)(inputs.door, 'os-family', '6')} (or pass the .cscfg).`,
            })
            : (0,rules/* finding */.gk)('pfx-legacy-windows', `${cannot} (osFamily ${target.osFamily}, ${target.from}) cannot import ("The specified network password is not correct").`, { ...where, fix: `${reexport} Or raise ${(0,door/* inputRef */.io)(inputs.door, 'os-family')} to 6 or later (Windows Server 2019+).` }));
    }
    const certificate = (0,chain/* describeCertificate */.dF)({ file, hosts: spec.hosts, leaf, chain: assessed.chain, sources: assessed.sources, container, at: inputs.at });
    return { site, findings, certificate };
}


/***/ })

};
