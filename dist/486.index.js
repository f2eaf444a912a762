export const id = 486;
export const ids = [486];
export const modules = {

/***/ 3486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkCertificates: () => (/* binding */ checkCertificates)
});

// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/certs/chain.ts
var chain = __webpack_require__(6730);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/certs/der.ts
var certs_der = __webpack_require__(5672);
// EXTERNAL MODULE: ./src/certs/pkcs12.ts + 1 modules
var pkcs12 = __webpack_require__(8993);
;// CONCATENATED MODULE: ./src/certs/read.ts
// Reads the certificate file of one `sites` line. The format comes from the content, never the
// extension: PFX/P12, P7B (PEM or DER), a PEM bundle in any order (with or without its key), a
// DER certificate, or any of these base64-encoded (as Key Vault hands out PFX files). The key
// comes from the file or from `key=`. Problems become one-sentence findings; no stack trace and
// never the password.






const MAX_FILE = 8 * 1024 * 1024;
const MAX_KEY_FILE = 1024 * 1024;
const MAX_CERTS = 100;
const MAX_PEM_BLOCKS = 500;
/** A problem that stops reading one file; becomes a `cert-unreadable` or `cert-password` finding. */
class ReadProblem extends Error {
    rule;
    fix;
    constructor(rule, message, fix) {
        super(message);
        this.rule = rule;
        this.fix = fix;
    }
}
function sitesLine(spec) {
    return `line ${spec.line} of \`sites\``;
}
function passwordFix(spec) {
    return spec.passwordEnv
        ? `Set the environment variable ${spec.passwordEnv} (password-env on ${sitesLine(spec)}) to the file's password.`
        : `Give the file's password in the \`password\` input, or name an environment variable with password-env=VAR on ${sitesLine(spec)}.`;
}
async function readBounded(file, max, what, spec, shown = file) {
    const fixPath = `Check the path on ${sitesLine(spec)} (relative paths start at the working directory).`;
    let size;
    try {
        const st = await promises_.stat(file);
        if (!st.isFile())
            throw new ReadProblem('cert-unreadable', `${what} ${shown} is not a file.`, fixPath);
        size = st.size;
    }
    catch (err) {
        if (err instanceof ReadProblem)
            throw err;
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new ReadProblem('cert-unreadable', `${what} ${shown} does not exist.`, fixPath);
        throw new ReadProblem('cert-unreadable', `${what} ${shown} cannot be read (${code ?? 'error'}).`, fixPath);
    }
    if (size === 0)
        throw new ReadProblem('cert-unreadable', `${what} ${shown} is empty.`, 'Replace it with the real file (PFX, P7B, PEM or DER); an empty file often means a failed download or a missing secret.');
    if (size > max)
        throw new ReadProblem('cert-unreadable', `${what} ${shown} is ${size} bytes, larger than any certificate file (limit ${max}).`, fixPath);
    try {
        return await promises_.readFile(file);
    }
    catch (err) {
        throw new ReadProblem('cert-unreadable', `${what} ${shown} cannot be read (${err.code ?? 'error'}).`, fixPath);
    }
}
function isPasswordError(err) {
    const code = String(err.code ?? '');
    const text = String(err.message ?? '');
    return /DECRYPT|PASSPHRASE|PASSWORD/i.test(code) || /bad decrypt|passphrase|password/i.test(text);
}
function certificate(der, file) {
    try {
        return new external_node_crypto_.X509Certificate(der);
    }
    catch {
        throw new ReadProblem('cert-unreadable', `${file} holds a certificate that cannot be parsed.`, 'Export the certificate again from its source; the file is damaged.');
    }
}
function corrupt(file) {
    return new ReadProblem('cert-unreadable', `${file} is truncated or corrupt: its ASN.1 structure is broken.`, 'Export or download the file again and check that it was copied in binary mode.');
}
function isCertificateDer(top) {
    return (top.tag === certs_der/* TAG */.Dk.SEQUENCE &&
        top.children.length === 3 &&
        top.children[0].tag === certs_der/* TAG */.Dk.SEQUENCE &&
        top.children[1].tag === certs_der/* TAG */.Dk.SEQUENCE &&
        top.children[2].tag === certs_der/* TAG */.Dk.BIT_STRING);
}
function isPkcs7(top) {
    try {
        return top.tag === certs_der/* TAG */.Dk.SEQUENCE && top.children[0]?.tag === certs_der/* TAG */.Dk.OID && (0,certs_der/* oidOf */._f)(top.children[0]) === pkcs12/* OIDS */.W4.signedData;
    }
    catch {
        return false;
    }
}
function pkcs7Certificates(top, file) {
    const signedData = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(top, 1), 0, certs_der/* TAG */.Dk.SEQUENCE);
    const set = signedData.children.find((c) => c.tag === 0xa0);
    if (!set || set.children.length === 0)
        throw new ReadProblem('cert-unreadable', `${file} is a PKCS#7 (P7B) file without certificates.`, 'Export the P7B again with the certificate and its chain.');
    return set.children.slice(0, MAX_CERTS).map((c) => certificate(Buffer.from((0,certs_der/* raw */.lS)(c)), file));
}
function keyFromDer(der, password, file, spec) {
    for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
        try {
            return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type });
        }
        catch {
            // try the next form
        }
    }
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8', passphrase: password });
    }
    catch (err) {
        if (isPasswordError(err))
            throw new ReadProblem('cert-password', `The password does not decrypt the private key in ${file}.`, passwordFix(spec));
    }
    throw new ReadProblem('cert-unreadable', `${file} holds no private key that can be parsed (PKCS#8, PKCS#1 RSA or SEC1 EC).`, 'Give the private key as PEM or DER (PKCS#8, PKCS#1 or SEC1) with key=PATH.');
}
const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
const CERT_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
function keyFromPem(block, password, file, spec) {
    try {
        return (0,external_node_crypto_.createPrivateKey)({ key: block, format: 'pem', passphrase: password });
    }
    catch (err) {
        if (isPasswordError(err)) {
            throw new ReadProblem('cert-password', `The password does not decrypt the private key in ${file}${password === '' ? ' (no password was given)' : ''}.`, passwordFix(spec));
        }
        throw new ReadProblem('cert-unreadable', `The private key in ${file} cannot be parsed.`, 'Export the key again as PEM (PKCS#8, PKCS#1 RSA or SEC1 EC).');
    }
}
/** PEM blocks in one linear pass: markers are found once, and a BEGIN pairs with the very next
 * marker when it is the matching END (a lazy regex would rescan the rest of the text for every
 * unmatched BEGIN, which a hostile file could make quadratic). */
function pemBlocks(text) {
    const out = [];
    const markers = /-----(BEGIN|END) ([A-Z0-9 ]{1,40})-----/g;
    let open;
    for (let m = markers.exec(text); m && out.length < MAX_PEM_BLOCKS; m = markers.exec(text)) {
        if (m[1] === 'BEGIN') {
            open = { label: m[2], start: m.index, bodyStart: markers.lastIndex };
            continue;
        }
        if (open && open.label === m[2]) {
            // drop RFC 1421 headers (Proc-Type, DEK-Info) before decoding the body
            const body = text.slice(open.bodyStart, m.index).replace(/^[A-Za-z-]+:.*$/gm, '');
            out.push({ label: open.label, text: text.slice(open.start, markers.lastIndex), der: Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64') });
        }
        open = undefined;
    }
    return out;
}
function parsePem(text, password, file, spec) {
    const certs = [];
    const keys = [];
    let type = 'pem';
    for (const block of pemBlocks(text)) {
        if (CERT_LABELS.has(block.label)) {
            let der = block.der;
            if (block.label === 'TRUSTED CERTIFICATE') {
                try {
                    der = Buffer.from((0,certs_der/* raw */.lS)((0,certs_der/* parseDer */.zE)(der)));
                }
                catch {
                    throw corrupt(file);
                }
            }
            if (certs.length < MAX_CERTS)
                certs.push(certificate(der, file));
        }
        else if (block.label === 'PKCS7') {
            let top;
            try {
                top = (0,certs_der/* parseDer */.zE)(block.der);
            }
            catch {
                throw corrupt(file);
            }
            if (!isPkcs7(top))
                throw corrupt(file);
            certs.push(...pkcs7Certificates(top, file));
            type = 'p7b';
        }
        else if (KEY_LABELS.has(block.label)) {
            keys.push(keyFromPem(block.text, password, file, spec));
        }
    }
    if (certs.length === 0) {
        const what = keys.length ? 'a private key but no certificate' : 'no certificate';
        throw new ReadProblem('cert-unreadable', `${file} holds ${what}.`, 'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line, and the key with key=PATH.');
    }
    return { certs, keys, container: { type, ...(type === 'p7b' ? { encoding: 'pem' } : { keyInFile: keys.length > 0 }) } };
}
async function parseDerContainer(der, password, file, spec, encoding) {
    let top;
    try {
        top = (0,certs_der/* parseDer */.zE)(der);
    }
    catch {
        throw corrupt(file);
    }
    if ((0,pkcs12/* isPkcs12 */.$r)(top)) {
        try {
            const p12 = await (0,pkcs12/* readPkcs12 */.X$)(top, password);
            const certs = p12.certificates.slice(0, MAX_CERTS).map((c) => certificate(c.der, file));
            if (certs.length === 0)
                throw new ReadProblem('cert-unreadable', `The PFX ${file} holds no certificate.`, 'Export the PFX again with the certificate, its private key and its chain.');
            const keys = p12.keys.map((k) => {
                try {
                    return (0,external_node_crypto_.createPrivateKey)({ key: k.der, format: 'der', type: 'pkcs8' });
                }
                catch {
                    throw new ReadProblem('cert-unreadable', `The private key in the PFX ${file} cannot be parsed.`, 'Export the PFX again from its source.');
                }
            });
            const container = {
                type: 'pfx',
                encryption: p12.encryption,
                mac: p12.mac ?? 'none',
                ...(p12.iterations ? { iterations: p12.iterations } : {}),
                ...(p12.macIterations ? { macIterations: p12.macIterations } : {}),
                ...(p12.keyEncryption ? { keyEncryption: p12.keyEncryption } : {}),
                ...(p12.certEncryption ? { certEncryption: p12.certEncryption } : {}),
                algorithms: p12.algorithms,
                pbes2: p12.pbes2,
                ...(encoding !== 'der' ? { encoding } : {}),
            };
            return { certs, keys, container };
        }
        catch (err) {
            if (err instanceof ReadProblem)
                throw err;
            if (err instanceof pkcs12/* PasswordError */.Kz) {
                throw new ReadProblem('cert-password', `The password does not open the PFX ${file}${password === '' ? ' (no password was given)' : ''}: its integrity check (MAC) fails.`, passwordFix(spec));
            }
            if (err instanceof pkcs12/* UnsupportedError */.Wt) {
                throw new ReadProblem('cert-unreadable', `The PFX ${file} cannot be opened: ${err.message}.`, 'Export the PFX again with `openssl pkcs12 -export` (AES-256) or `-legacy` (3DES).');
            }
            throw corrupt(file);
        }
    }
    if (isPkcs7(top)) {
        try {
            return { certs: pkcs7Certificates(top, file), keys: [], container: { type: 'p7b', encoding } };
        }
        catch (err) {
            if (err instanceof ReadProblem)
                throw err;
            throw corrupt(file);
        }
    }
    if (isCertificateDer(top)) {
        return { certs: [certificate(Buffer.from((0,certs_der/* raw */.lS)(top)), file)], keys: [], container: { type: 'der', ...(encoding !== 'der' ? { encoding } : {}) } };
    }
    throw new ReadProblem('cert-unreadable', `${file} is not a certificate: it is DER data but neither a PFX, a P7B nor an X.509 certificate.`, 'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line; a separate key goes in key=PATH.');
}
async function parseContainer(buf, password, file, spec) {
    const head = buf.subarray(0, Math.min(buf.length, 64 * 1024)).toString('latin1');
    if (head.includes('-----BEGIN ') || buf.toString('latin1').includes('-----BEGIN '))
        return parsePem(buf.toString('latin1'), password, file, spec);
    const text = buf.toString('latin1').trim();
    if (/^[A-Za-z0-9+/=\r\n]+$/.test(text) && text.length >= 64) {
        const decoded = Buffer.from(text, 'base64');
        if (decoded[0] === certs_der/* TAG */.Dk.SEQUENCE)
            return parseDerContainer(decoded, password, file, spec, 'base64');
    }
    if (buf[0] === certs_der/* TAG */.Dk.SEQUENCE)
        return parseDerContainer(buf, password, file, spec, 'der');
    throw new ReadProblem('cert-unreadable', `${file} is not a certificate file: it is neither PEM text nor DER (PFX, P7B or certificate).`, 'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line.');
}
async function readKeyFile(spec, file) {
    const buf = await readBounded(spec.keyPath, MAX_KEY_FILE, 'Key file', spec, file);
    const text = buf.toString('latin1');
    if (text.includes('-----BEGIN ')) {
        const block = pemBlocks(text).find((b) => KEY_LABELS.has(b.label));
        if (!block)
            throw new ReadProblem('cert-unreadable', `Key file ${file} holds no PEM private key.`, 'Point key= at the private key (PEM: PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY).');
        return keyFromPem(block.text, spec.password, file, spec);
    }
    return keyFromDer(buf, spec.password, file, spec);
}
function safeCheckKey(cert, key) {
    try {
        return cert.checkPrivateKey(key);
    }
    catch {
        return false;
    }
}
/** Picks the leaf: the certificate of the private key, else the end of the chain (a certificate
 * that issued none of the others, preferring non-CA ones that cover the line's hosts). */
function chooseLeaf(certs, keys, hosts) {
    for (const key of keys)
        for (const cert of certs)
            if (safeCheckKey(cert, key))
                return { leaf: cert, key };
    const issuers = new Set(certs.filter((c) => certs.some((o) => o !== c && o.checkIssued(c))));
    let candidates = certs.filter((c) => !issuers.has(c));
    if (candidates.length === 0)
        candidates = certs;
    const score = (c) => (c.ca ? 0 : 2) + (hosts.some((h) => (0,chain/* hostCoverage */.B)(c, h)) ? 1 : 0);
    const leaf = candidates.reduce((best, c) => (score(c) > score(best) ? c : best), candidates[0]);
    return { leaf, key: keys[0] };
}
/** Opens the file of one `sites` line. `file` is how the path is shown in findings (default: the path). */
async function readCertificateBundle(spec, file = spec.path) {
    const site = { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] };
    try {
        const buf = await readBounded(spec.path, MAX_FILE, 'Certificate file', spec, file);
        const parsed = await parseContainer(buf, spec.password, file, spec);
        let keys = parsed.keys;
        if (spec.keyPath) {
            // key= names the key to deploy: it replaces any key inside the file, so a wrong one is reported.
            // Its path is shown the way the certificate path is (relative to the same base).
            const base = file !== spec.path && spec.path.endsWith(file) ? spec.path.slice(0, spec.path.length - file.length) : '';
            keys = [await readKeyFile(spec, base && spec.keyPath.startsWith(base) ? spec.keyPath.slice(base.length) : spec.keyPath)];
        }
        const { leaf, key } = chooseLeaf(parsed.certs, keys, spec.hosts);
        site.ok = true;
        site.leaf = leaf;
        site.key = key;
        site.fileCertificates = parsed.certs;
        site.container = parsed.container;
        return { site, findings: [] };
    }
    catch (err) {
        const hostExtra = spec.hosts.length === 1 ? { host: spec.hosts[0] } : {};
        if (err instanceof ReadProblem)
            return { site, findings: [(0,rules/* finding */.gk)(err.rule, err.message, { file, fix: err.fix, ...hostExtra })] };
        if (err instanceof certs_der/* DerError */.I4)
            return { site, findings: [(0,rules/* finding */.gk)('cert-unreadable', corrupt(file).message, { file, fix: corrupt(file).fix, ...hostExtra })] };
        // anything unexpected still becomes one sentence (never a stack trace, never the password)
        return {
            site,
            findings: [
                (0,rules/* finding */.gk)('cert-unreadable', `${file} cannot be read: ${err.name ?? 'error'}.`, {
                    file,
                    fix: 'Export the certificate file again; if it still fails, report it with the output of `openssl pkcs12 -info` or `openssl x509 -text`.',
                    ...hostExtra,
                }),
            ],
        };
    }
}

// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
;// CONCATENATED MODULE: ./src/certs/check.ts
// `check` for certificate files: each `sites` line is read, its chain built and judged, its key
// matched, and its container checked for what Windows can import. One bad line never stops the
// others; every problem is a finding with the file (and host where it applies) and a fix.




async function checkCertificates(inputs) {
    const trust = (0,chain/* loadTrust */.Vc)(inputs);
    const certificates = [];
    const findings = [];
    const sites = [];
    for (const spec of inputs.sites) {
        const file = (0,files/* displayPath */.Gt)(spec.path, inputs.cwd);
        const read = await readCertificateBundle(spec, file);
        const site = read.site;
        sites.push(site);
        findings.push(...read.findings);
        if (!site.ok || !site.leaf)
            continue;
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
        });
        site.chain = assessed.chain;
        site.chainSources = assessed.sources;
        findings.push(...assessed.findings);
        const name = `'${(0,chain/* shortName */.EU)(leaf)}' (${(0,chain/* thumbprint */.O1)(leaf)})`;
        if (!site.key) {
            findings.push((0,rules/* finding */.gk)('cert-no-key', `${file} has no private key for ${name}.`, {
                ...where,
                fix: container.type === 'pfx'
                    ? 'Export the PFX again with its private key (Windows: "Yes, export the private key"; OpenSSL: pkcs12 -export -inkey KEY).'
                    : 'Add key=PATH to the `sites` line, pointing at the private key of this certificate, or include the key in the PEM file.',
            }));
        }
        else if (!leaf.checkPrivateKey(site.key)) {
            findings.push((0,rules/* finding */.gk)('cert-key-mismatch', `The private key ${spec.keyPath ? `in ${(0,files/* displayPath */.Gt)(spec.keyPath, inputs.cwd)} ` : ''}does not belong to ${name} in ${file}.`, {
                ...where,
                fix: "Use the key that was generated with this certificate's request (its public key must match the certificate).",
            }));
        }
        if (container.type === 'pfx' && container['pbes2'] === true && inputs.osFamily <= 5) {
            findings.push((0,rules/* finding */.gk)('pfx-legacy-windows', `The PFX ${file} is encrypted with ${String(container.encryption)} (PBES2) and a ${String(container.mac)} MAC, which Windows Server 2016 and older (osFamily ${inputs.osFamily}) cannot import ("The specified network password is not correct").`, {
                ...where,
                fix: 'Re-export it with 3DES: `openssl pkcs12 -export -legacy ...` (or -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1); `sni-ready patch` writes such a PFX for upload. Or raise os-family to 6 or later (Windows Server 2019+).',
            }));
        }
        certificates.push((0,chain/* describeCertificate */.dF)({ file, hosts: spec.hosts, leaf, chain: assessed.chain, sources: assessed.sources, container, at: inputs.at }));
    }
    return { certificates, findings, sites };
}


/***/ })

};
