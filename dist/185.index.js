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
// EXTERNAL MODULE: ./src/inputs.ts + 1 modules
var src_inputs = __webpack_require__(1011);
// EXTERNAL MODULE: ./src/report/findings.ts
var findings = __webpack_require__(9334);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(5655);
// EXTERNAL MODULE: ./src/run.ts + 2 modules
var run = __webpack_require__(9510);
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
function issue(cn, opts) {
    const { key, pub } = rsaKey();
    const cert = lib_default().pki.createCertificate();
    cert.publicKey = pub;
    cert.serialNumber = '01' + (0,external_node_crypto_.randomBytes)(8).toString('hex');
    cert.validity.notBefore = new Date(opts.now.getTime() - 3_600_000);
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
 * that expires in 20 days, as 3DES PFX files with the password from SNI_READY_DEMO_PASSWORD
 * (set to 'demo' when unset), plus root.pem to trust.
 */
function writeDemoCertificates(dir, now = new Date()) {
    external_node_fs_.mkdirSync(dir, { recursive: true });
    process.env[DEMO_PASSWORD_ENV] ??= 'demo';
    const password = process.env[DEMO_PASSWORD_ENV];
    const root = issue('sni-ready Demo Root', { days: 3650, ca: true, now });
    const intermediate = issue('sni-ready Demo Intermediate', { days: 1825, ca: true, issuer: root, now });
    const test1 = issue('www.test1.com', { days: 365, ca: false, dns: ['www.test1.com', 'test1.com'], issuer: intermediate, now });
    const test2 = issue('www.test2.com', { days: 20, ca: false, dns: ['www.test2.com'], issuer: intermediate, now });
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
async function runDemo(values) {
    const work = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'sni-ready-demo-'));
    const out = (s) => process.stdout.write(s);
    try {
        const example = findExample();
        const pkg = external_node_path_.join(work, 'service');
        external_node_fs_.cpSync(example, pkg, { recursive: true });
        const certs = writeDemoCertificates(external_node_path_.join(work, 'certs'));
        const cscfgs = external_node_fs_.readdirSync(pkg)
            .filter((f) => f.endsWith('.cscfg'))
            .sort()
            .map((f) => external_node_path_.join(pkg, f));
        out(`sni-ready demo — example service package copied to ${pkg}\n`);
        out(`Demo certificates: www.test1.com (valid 365 days) and www.test2.com (expires in 20 days), chained to a demo root.\n`);
        let worst = 0;
        const steps = values.get('steps')?.split(',') ?? ['check', 'patch', 'verify'];
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
            out(`\n=== sni-ready ${command} ===\n`);
            const log = { info: (l) => out(`  ${l}\n`), warn: (l) => out(`  warning: ${l}\n`) };
            const { report } = await (0,run/* execute */.g)(inputs, log);
            out((0,report_text/* renderText */.S)(report, inputs.failOn));
            out(`(JSON report: ${inputs.reportPath})\n`);
            worst = (0,findings/* failing */.Jr)(report, inputs.failOn).length ? 1 : 0; // the exit status is the last step's
        }
        out(`\nDemo files are in ${work} (delete it when done).\n`);
        return worst;
    }
    catch (err) {
        process.stderr.write(`sni-ready demo: ${err instanceof Error ? err.message : String(err)}\n`);
        return 2;
    }
}


/***/ })

};
