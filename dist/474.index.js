export const id = 474;
export const ids = [474];
export const modules = {

/***/ 474:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintService: () => (/* binding */ lintService),
/* harmony export */   z: () => (/* binding */ lintParsed)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8087);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8134);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3664);
/* harmony import */ var _startup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4142);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7974);
// Service-config findings (part of `check`, and re-run by `patch` on its own result): each one
// names the csdef/cscfg file and line, what is wrong, and how to fix it.








async function lintService(inputs, sites) {
    const findings = [];
    const config = {
        serviceDefinition: inputs.serviceDefinition,
        serviceConfigurations: inputs.serviceConfigurations,
        changed: false,
        written: [],
    };
    let definition;
    if (inputs.serviceDefinition) {
        const d = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .readServiceFile */ .Gz)(inputs.serviceDefinition, 'definition', inputs.door);
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isServiceFile */ .oC)(d))
            definition = d;
        else
            findings.push(d);
    }
    const configurations = [];
    for (const file of inputs.serviceConfigurations) {
        const c = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .readServiceFile */ .Gz)(file, 'configuration', inputs.door);
        if ((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isServiceFile */ .oC)(c))
            configurations.push(c);
        else
            findings.push(c);
    }
    let role;
    if (definition) {
        const r = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .chooseRole */ .uc)(definition, inputs.role, inputs.door);
        if ('el' in r)
            role = r;
        else
            findings.push(r);
    }
    let startupDataFile;
    let startupData = null;
    if (definition && role) {
        startupDataFile = node_path__WEBPACK_IMPORTED_MODULE_1__.join(inputs.startupDir ?? (0,_startup_js__WEBPACK_IMPORTED_MODULE_6__/* .defaultStartupDir */ .C3)(definition.file, role.name), _startup_js__WEBPACK_IMPORTED_MODULE_6__/* .STARTUP_DATA */ .dd);
        try {
            startupData = (0,_startup_js__WEBPACK_IMPORTED_MODULE_6__/* .parseStartupData */ .jT)(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(startupDataFile, 'utf8'));
        }
        catch {
            startupData = null;
        }
    }
    findings.push(...lintParsed({ inputs, definition, configurations, role, facts: (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .certFacts */ .YA)(sites), startupDataFile, startupData }));
    return { config, findings };
}
/** Findings for already-parsed files (also used by `patch` to check its own result). */
function lintParsed(ctx) {
    const { inputs, definition, configurations, role, facts } = ctx;
    const out = [];
    for (const cfg of configurations) {
        const root = cfg.doc.root;
        const raw = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(root, 'osFamily');
        const os = raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
        if (os === undefined || os < inputs.osFamily) {
            const what = raw === undefined
                ? 'no osFamily (Azure then uses family 1, Windows Server 2008 SP2)'
                : os === undefined
                    ? `osFamily '${raw}', which is not a number`
                    : `osFamily ${os} (${_model_js__WEBPACK_IMPORTED_MODULE_4__/* .OS_FAMILIES */ .S0[os] ?? 'unknown'})`;
            const retired = os !== undefined && os <= 4 ? ' — a retired guest OS family that can no longer be deployed' : raw === undefined ? ' — retired, not deployable' : '';
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-os-family', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)} has ${what}${retired}; SNI needs IIS 8+ and ${inputs.osFamilyGiven ? (0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(inputs.door, 'os-family') : 'the default os-family'} asks for at least ${inputs.osFamily} (${_model_js__WEBPACK_IMPORTED_MODULE_4__/* .OS_FAMILIES */ .S0[inputs.osFamily] ?? 'newer'}).`, {
                file: cfg.file,
                line: root.line,
                fix: `Set osFamily="${inputs.osFamily}" (or higher) on <ServiceConfiguration>; 'sni-ready patch' does this.`,
            }));
        }
    }
    if (!definition || !role)
        return out;
    const def = definition;
    const declared = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredCerts */ .gU)(role.el);
    const declaredNames = new Set(declared.map((d) => d.name));
    const roleLine = role.el.line;
    const certsLine = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Certificates')?.line ?? roleLine;
    // HTTPS endpoint and the certificates endpoints name.
    const endpoints = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .inputEndpoints */ .fG)(role.el);
    const https = endpoints.find(_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isHttps443 */ .LU);
    if (!https) {
        out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-https-endpoint', `Role '${role.name}' has no HTTPS input endpoint on port 443.`, {
            file: def.file,
            line: (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Endpoints')?.line ?? roleLine,
            fix: 'Add <InputEndpoint name="HttpsIn" protocol="https" port="443" certificate="..." /> to <Endpoints>; \'sni-ready patch\' does this.',
        }));
    }
    for (const ep of endpoints) {
        const cert = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(ep, 'certificate');
        if (cert !== undefined && !declaredNames.has(cert)) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-cert-undeclared', `Endpoint '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(ep, 'name')}' of role '${role.name}' names certificate '${cert}', which the role does not declare.`, {
                file: def.file,
                line: ep.line,
                fix: `Declare <Certificate name="${cert}" storeLocation="LocalMachine" storeName="My" /> in the role's <Certificates>, or name a declared certificate.`,
            }));
        }
    }
    // cscfg thumbprints.
    const leafThumbs = new Set(facts.leaves.map((l) => l.thumbprint));
    const listLeaves = () => facts.leaves.map((l) => `${l.hosts.join(' ')}: ${l.thumbprint}`).join('; ');
    for (const cfg of configurations) {
        const cr = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configRole */ .dX)(cfg, role.name);
        if (!cr) {
            out.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configRoleMissing */ .Jy)(cfg, def, role.name));
            continue;
        }
        const thumbs = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configThumbprints */ .FY)(cr);
        const crLine = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(cr, 'Certificates')?.line ?? cr.line;
        for (const d of declared) {
            const entry = thumbs.get(d.name);
            if (!entry?.thumbprint.trim()) {
                out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-thumbprint', `Certificate '${d.name}' declared in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(def.file)} has ${entry ? 'an empty thumbprint' : 'no thumbprint'} in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)}.`, {
                    file: cfg.file,
                    // an empty entry is annotated where it is, a missing one where it belongs
                    line: entry?.el.line ?? crLine,
                    fix: entry
                        ? `Set thumbprint on <Certificate name="${d.name}"> (line ${entry.el.line}) to the certificate's SHA-1 thumbprint, or remove '${d.name}' from the csdef and every cscfg if nothing uses it.`
                        : `Add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" /> to role '${role.name}' in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)}.`,
                }));
            }
        }
        const httpsCert = https ? (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(https, 'certificate') : undefined;
        const httpsEntry = httpsCert ? thumbs.get(httpsCert) : undefined;
        if (httpsCert && httpsEntry && facts.leaves.length && !leafThumbs.has((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeThumbprint */ .p7)(httpsEntry.thumbprint))) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-thumbprint', `Thumbprint '${httpsEntry.thumbprint}' of certificate '${httpsCert}' (HTTPS endpoint) in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)} matches none of the certificate files (${listLeaves()}).`, {
                file: cfg.file,
                line: httpsEntry.el.line,
                fix: `Set the thumbprint to the certificate's SHA-1 thumbprint, or point the HTTPS endpoint at a certificate from 'sites'; 'sni-ready patch' does this.`,
            }));
        }
        for (const leaf of facts.leaves) {
            const entry = [...thumbs].find(([name, e]) => declaredNames.has(name) && (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeThumbprint */ .p7)(e.thumbprint) === leaf.thumbprint);
            if (!entry) {
                out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-thumbprint', `The certificate for ${leaf.hosts.join(', ')} (thumbprint ${leaf.thumbprint}) is not declared for role '${role.name}' in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)}.`, {
                    file: cfg.file,
                    line: crLine,
                    host: leaf.hosts[0],
                    fix: `Declare it in the csdef (storeName="My") and add its thumbprint ${leaf.thumbprint} with thumbprintAlgorithm="sha1" to the cscfg; 'sni-ready patch' does both.`,
                }));
            }
        }
        for (const ca of facts.intermediates) {
            const entry = [...thumbs].find(([name, e]) => (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeThumbprint */ .p7)(e.thumbprint) === ca.thumbprint && declared.some((d) => d.name === name && d.storeName.toLowerCase() === 'ca'));
            if (!entry) {
                out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-intermediate', `Intermediate '${ca.subject.replace(/\n/g, ', ')}' (thumbprint ${ca.thumbprint}) of ${ca.hosts.join(', ')} is not declared with storeName="CA" for role '${role.name}' (${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file)}).`, {
                    file: def.file,
                    line: certsLine,
                    host: ca.hosts[0],
                    fix: `Declare <Certificate name="..." storeLocation="LocalMachine" storeName="CA" /> and add thumbprint ${ca.thumbprint} to the cscfg; 'sni-ready patch' does both.`,
                }));
            }
        }
    }
    // SNI binding steps.
    const task = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .findStartupTask */ .A0)(role.el);
    const elevated = task !== undefined && (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(task, 'executionContext') === 'elevated';
    const data = ctx.startupData;
    for (const leaf of facts.leaves) {
        for (const host of leaf.hosts) {
            let why;
            if (!task)
                why = `role '${role.name}' has no sni-ready startup task`;
            else if (!elevated)
                why = `the startup task '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(task, 'commandLine')}' is not elevated`;
            else if (!data)
                why = `the startup data file ${ctx.startupDataFile ?? _startup_js__WEBPACK_IMPORTED_MODULE_6__/* .STARTUP_DATA */ .dd} is missing`;
            else if (!data.bindings.some((x) => x.host === host))
                why = `the startup data file does not list ${host}`;
            // a data file that names an older thumbprint is drift (config-cert-drift, below): the task
            // picks the renewed certificate at run time
            if (why) {
                out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-sni-binding', `${host} has no SNI binding step: ${why}.`, {
                    file: def.file,
                    line: task?.line ?? (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Startup')?.line ?? roleLine,
                    host,
                    fix: "Run 'sni-ready patch' and package the startup folder it writes, so the role adds an sslFlags=1 binding for each host.",
                }));
            }
        }
    }
    out.push(...lintCertDrift(ctx, def, role, task?.line ?? roleLine));
    const httpsNames = new Set(endpoints.filter(_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isHttps443 */ .LU).map((e) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'name')));
    for (const site of (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .sites */ .fy)(role.el)) {
        const bindings = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .siteBindings */ .ot)(site);
        const hostless = bindings.filter((b) => httpsNames.has((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'endpointName')) && !((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'hostHeader') ?? '').trim());
        const removable = hostless.length < bindings.length;
        if (!removable && elevated)
            continue; // the startup task removes the IP-specific mapping it makes
        for (const b of hostless) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-sni-binding', `Binding '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'name')}' of site '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(site, 'name')}' has no hostHeader: the fabric makes an IP-specific :443 certificate mapping for it that overrides SNI for every host.`, {
                file: def.file,
                line: b.line,
                fix: removable
                    ? "Remove this binding (the startup task adds one SNI binding per host); 'sni-ready patch' does this."
                    : "Run 'sni-ready patch' so the startup task removes the IP-specific mapping.",
            }));
        }
    }
    return out;
}
/**
 * config-cert-drift: what the package would bind against what the cscfg installs and the
 * certificate files hold. The startup data file is frozen in the package at patch time; a renewal
 * changes only the cscfg thumbprint (and the certificate file). The startup task then binds, at
 * run time, the certificate with a private key that covers the host and expires last, so drift is
 * a warning when the cscfg still declares a certificate the files show covering the host, and an
 * error when no declared certificate is left for it.
 */
function lintCertDrift(ctx, def, role, line) {
    const data = ctx.startupData;
    if (!data)
        return [];
    const out = [];
    const myNames = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .declaredCerts */ .gU)(role.el)
        .filter((d) => d.storeName.toLowerCase() === 'my' && d.storeLocation === 'LocalMachine')
        .map((d) => d.name);
    const seen = new Set();
    for (const b of data.bindings) {
        if (seen.has(b.host))
            continue;
        seen.add(b.host);
        const packaged = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeThumbprint */ .p7)(b.thumbprint);
        const file = ctx.facts.leaves.find((l) => l.hosts.includes(b.host));
        if (file && file.thumbprint !== packaged) {
            out.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-cert-drift', `The startup data file binds ${b.host} to ${packaged}, but its certificate file now holds ${file.thumbprint}: the package predates the certificate; the startup task binds the new one at run time only if the cscfg declares it.`, {
                file: ctx.startupDataFile ?? def.file,
                line: 1,
                host: b.host,
                fix: "Run 'sni-ready patch' again and redeploy when convenient, so the package names the certificate the cscfg declares.",
            }));
        }
        for (const cfg of ctx.configurations) {
            const thumbs = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configThumbprints */ .FY)((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configRole */ .dX)(cfg, role.name));
            const declared = myNames.map((name) => ({ name, thumbprint: (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeThumbprint */ .p7)(thumbs.get(name)?.thumbprint ?? '') }));
            if (declared.some((d) => d.thumbprint === packaged))
                continue;
            const covering = declared.find((d) => ctx.facts.leaves.some((l) => l.thumbprint === d.thumbprint && l.hosts.includes(b.host)));
            const name = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file);
            out.push(covering
                ? (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-cert-drift', `${name} installs '${covering.name}' (${covering.thumbprint}) for ${b.host}, while the package's startup data still names ${packaged}: the startup task binds ${covering.thumbprint} at run time, on the role's next start (restart the instances after the cscfg update).`, {
                    file: cfg.file,
                    line: thumbs.get(covering.name)?.el.line ?? line,
                    host: b.host,
                    fix: "Restart the role instances so the startup task runs, and re-run 'sni-ready patch' before the next package deployment so the package matches the cscfg.",
                })
                : (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-cert-drift', `${name} declares no certificate with the thumbprint the package binds to ${b.host} (${packaged})${ctx.facts.leaves.length ? ', and none that the certificate files show covering it' : ''}: after this cscfg, ${b.host} keeps HTTPS only if another installed certificate covers it.`, {
                    severity: ctx.facts.leaves.length ? 'error' : 'warning',
                    file: cfg.file,
                    line: (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .configRole */ .dX)(cfg, role.name) ?? cfg.doc.root, 'Certificates')?.line ?? cfg.doc.root.line,
                    host: b.host,
                    fix: `Set the thumbprint of the certificate for ${b.host} in ${name} (and upload it), or run 'sni-ready patch' with the current certificate files.`,
                }));
        }
    }
    return out;
}


/***/ }),

/***/ 3664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ findStartupTask),
/* harmony export */   YA: () => (/* binding */ certFacts),
/* harmony export */   cr: () => (/* binding */ planPatch),
/* harmony export */   xP: () => (/* binding */ fallbackLeaf)
/* harmony export */ });
/* unused harmony exports pascal, assignNames, startupDataFor, chooseSite, taskMatches */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _certs_chain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3944);
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8087);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9244);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8134);
/* harmony import */ var _startup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4142);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7974);
/* harmony import */ var _writer_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7684);
// What `patch` changes: from the certificates of `sites` and the parsed csdef/cscfg, the
// Certificate names to declare (reusing entries that already carry the same thumbprint), the
// HTTPS endpoint, the startup task, the cscfg thumbprints and osFamily — as text edits on the
// original files (see writer.ts), plus the startup data file.









/** Distinct leaves (by thumbprint, hosts merged) and distinct intermediates of the loaded sites. */
function certFacts(sites) {
    const leaves = new Map();
    const cas = new Map();
    for (const site of sites) {
        if (!site.leaf)
            continue;
        const t = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprint */ .O1)(site.leaf);
        const leaf = leaves.get(t) ?? { thumbprint: t, hosts: [], subject: site.leaf.subject ?? '', site };
        for (const h of site.spec.hosts)
            if (!leaf.hosts.includes(h))
                leaf.hosts.push(h);
        leaves.set(t, leaf);
        for (const c of site.chain) {
            if ((0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .isSelfSigned */ .Nl)(c))
                continue;
            const ct = (0,_certs_chain_js__WEBPACK_IMPORTED_MODULE_1__/* .thumbprint */ .O1)(c);
            const ca = cas.get(ct) ?? { thumbprint: ct, subject: c.subject ?? '', hosts: [] };
            for (const h of site.spec.hosts)
                if (!ca.hosts.includes(h))
                    ca.hosts.push(h);
            cas.set(ct, ca);
        }
    }
    return { leaves: [...leaves.values()], intermediates: [...cas.values()] };
}
/** The CN for a store name; Node gives no subject string at all for an empty subject. */
function commonName(subject) {
    return (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_2__/* .commonNameOf */ .KJ)(subject) ?? subject;
}
/** `www.test1.com` → `WwwTest1Com`; `*.test1.com` → `WildcardTest1Com`. */
function pascal(text) {
    const words = text
        .replace(/^\*\./, 'wildcard.')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
    return words
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('')
        .slice(0, 48);
}
/**
 * Certificate names: an entry already declared in the role whose cscfg thumbprint equals the
 * certificate's (and whose store fits) is reused; otherwise `Sni<FirstHost>` for a leaf and
 * `SniCa<CommonName>` for an intermediate, with a number added when the name is taken.
 */
function assignNames(facts, role, cfgs, roleName, placeholder) {
    const declared = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredCerts */ .gU)(role);
    const taken = new Set(declared.map((d) => d.name.toLowerCase()));
    const names = new Map();
    const cfgThumbs = cfgs.map((cfg) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configThumbprints */ .FY)((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configRole */ .dX)(cfg, roleName)));
    const thumbOfDeclared = (name) => {
        for (const map of cfgThumbs) {
            const t = map.get(name)?.thumbprint;
            if (t)
                return (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeThumbprint */ .p7)(t);
        }
        return undefined;
    };
    // A name our own scheme would give (`base`, `base2`, ...): with no cscfg thumbprint to go by (no
    // cscfg, or none with the role), it is the entry an earlier run declared, so it is reused and a
    // second run changes nothing.
    const ours = (name, base) => name.toLowerCase() === base.toLowerCase() || (name.toLowerCase().startsWith(base.toLowerCase()) && /^\d+$/.test(name.slice(base.length)));
    const pick = (thumbprint, store, base) => {
        const fits = (d) => d.storeName.toLowerCase() === store.toLowerCase() && d.storeLocation === 'LocalMachine' && ![...names.values()].includes(d.name);
        const reuse = declared.find((d) => fits(d) && thumbOfDeclared(d.name) === thumbprint) ??
            declared.find((d) => fits(d) && thumbOfDeclared(d.name) === undefined && ours(d.name, base || 'SniCertificate'));
        if (reuse) {
            names.set(thumbprint, reuse.name);
            return;
        }
        if (placeholder && placeholder.thumbprint === thumbprint && store === 'My' && ![...names.values()].includes(placeholder.name)) {
            names.set(thumbprint, placeholder.name);
            return;
        }
        let name = base || 'SniCertificate';
        for (let k = 2; taken.has(name.toLowerCase()); k++)
            name = `${base}${k}`;
        taken.add(name.toLowerCase());
        names.set(thumbprint, name);
    };
    for (const l of facts.leaves)
        pick(l.thumbprint, 'My', `Sni${pascal(l.hosts[0] ?? commonName(l.subject))}`);
    for (const c of facts.intermediates)
        pick(c.thumbprint, 'CA', `SniCa${pascal(commonName(c.subject))}`);
    return names;
}
/**
 * The HTTPS endpoint's certificate when no cscfg gives it a real thumbprint (empty, `0`, a
 * placeholder that is not 40 hex digits): the endpoint's leaf takes over that name, so its
 * thumbprint is filled in rather than left behind as an entry no deployment can satisfy.
 */
function endpointPlaceholder(role, cfgs, roleName, leaf) {
    const https = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .inputEndpoints */ .fG)(role).find(_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isHttps443 */ .LU);
    const current = https ? (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(https, 'certificate') : undefined;
    if (!leaf || !current)
        return undefined;
    const decl = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredCerts */ .gU)(role).find((d) => d.name === current);
    if (!decl || decl.storeName.toLowerCase() !== 'my' || decl.storeLocation !== 'LocalMachine')
        return undefined;
    const real = cfgs.some((cfg) => /^[0-9A-F]{40}$/.test((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeThumbprint */ .p7)((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configThumbprints */ .FY)((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configRole */ .dX)(cfg, roleName)).get(current)?.thumbprint ?? '')));
    return real ? undefined : { thumbprint: leaf.thumbprint, name: current };
}
/** The host whose certificate clients without SNI get: input `fallback`, first host, or none. */
function fallbackLeaf(inputs, facts) {
    if (inputs.fallback === null)
        return null;
    if (inputs.fallback === undefined) {
        const first = facts.leaves[0];
        return first && first.hosts[0] ? { host: first.hosts[0], leaf: first } : null;
    }
    const leaf = facts.leaves.find((l) => l.hosts.includes(inputs.fallback));
    if (!leaf)
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('input-invalid', `${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .capital */ .Nx)((0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door, 'fallback'))} names '${inputs.fallback}', which is not a host of ${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door, 'sites')} with a readable certificate.`, {
            fix: `Set ${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door, 'fallback')} to a host listed in ${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door, 'sites')}, or to 'none'.`,
        });
    return { host: inputs.fallback, leaf };
}
/**
 * The startup data file's content for `sites` without a service package (for the IIS verify job,
 * which runs the same startup script against a site it made): same bindings and fallback rule.
 */
function startupDataFor(inputs, sites, siteName) {
    const facts = certFacts(sites);
    const fb = fallbackLeaf(inputs, facts);
    return {
        version: 1,
        siteName,
        port: 443,
        bindings: facts.leaves.flatMap((l) => l.hosts.map((host) => ({ host, thumbprint: l.thumbprint }))),
        fallback: fb && 'leaf' in fb ? { host: fb.host, thumbprint: fb.leaf.thumbprint } : null,
    };
}
function planPatch(ctx) {
    const { inputs, definition, configurations, role, facts } = ctx;
    const findings = [];
    const notes = [];
    const fb = fallbackLeaf(inputs, facts);
    const fallback = fb && 'leaf' in fb ? fb : null;
    if (fb && 'rule' in fb)
        findings.push(fb);
    const names = assignNames(facts, role.el, configurations, role.name, endpointPlaceholder(role.el, configurations, role.name, fallback?.leaf ?? facts.leaves[0]));
    // ---- csdef ----
    const layout = new _writer_js__WEBPACK_IMPORTED_MODULE_8__/* .Layout */ .PE(definition.doc);
    const edits = [];
    const declared = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .declaredCerts */ .gU)(role.el);
    const declaredNames = new Set(declared.map((d) => d.name));
    // Leaves go to LocalMachine\My, intermediates to LocalMachine\CA.
    const wantedDecls = [
        ...facts.leaves.map((l) => ({ thumbprint: l.thumbprint, store: 'My' })),
        ...facts.intermediates.map((c) => ({ thumbprint: c.thumbprint, store: 'CA' })),
    ]
        .map(({ thumbprint, store }) => ({ name: names.get(thumbprint), store }))
        .filter(({ name }) => !declaredNames.has(name))
        .map(({ name, store }) => ({
        name: 'Certificate',
        attrs: [
            ['name', name],
            ['storeLocation', 'LocalMachine'],
            ['storeName', store],
        ],
    }));
    const certsEl = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Certificates');
    const roleAdds = [];
    if (wantedDecls.length) {
        if (certsEl)
            edits.push(layout.appendChildren(certsEl, wantedDecls));
        else
            roleAdds.push({ name: 'Certificates', attrs: [], children: wantedDecls });
    }
    // HTTPS endpoint on 443 whose certificate is one of ours.
    const leafNames = new Set(facts.leaves.map((l) => names.get(l.thumbprint)));
    const endpointCert = fallback ? names.get(fallback.leaf.thumbprint) : facts.leaves[0] ? names.get(facts.leaves[0].thumbprint) : undefined;
    const endpoints = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .inputEndpoints */ .fG)(role.el);
    const https = endpoints.find(_model_js__WEBPACK_IMPORTED_MODULE_5__/* .isHttps443 */ .LU);
    let httpsEndpointName = https ? (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(https, 'name') : undefined;
    if (https) {
        const current = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(https, 'certificate');
        if (endpointCert && (!current || !leafNames.has(current))) {
            const e = layout.setAttribute(https, 'certificate', endpointCert);
            if (e)
                edits.push(e);
            if (current)
                notes.push(`${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(definition.file)}: HTTPS endpoint '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(https, 'name')}' now uses certificate '${endpointCert}' instead of '${current}', whose thumbprint matches none of the files in 'sites'.`);
        }
    }
    else if (endpointCert) {
        const clash = endpoints.find((e) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'port') === '443');
        if (clash) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('config-https-endpoint', `Role '${role.name}' uses port 443 for ${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(clash, 'protocol')} endpoint '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(clash, 'name')}', so no HTTPS endpoint can be added.`, {
                file: definition.file,
                line: clash.line,
                fix: `Change endpoint '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(clash, 'name')}' to protocol="https" with a certificate, or move it to another port.`,
            }));
        }
        else {
            const taken = new Set(endpoints.map((e) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'name')));
            let name = 'SniHttpsIn';
            for (let k = 2; taken.has(name); k++)
                name = `SniHttpsIn${k}`;
            httpsEndpointName = name;
            const ep = {
                name: 'InputEndpoint',
                attrs: [
                    ['name', name],
                    ['protocol', 'https'],
                    ['port', '443'],
                    ['certificate', endpointCert],
                ],
            };
            const endpointsEl = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Endpoints');
            if (endpointsEl)
                edits.push(layout.appendChildren(endpointsEl, [ep]));
            else
                roleAdds.push({ name: 'Endpoints', attrs: [], children: [ep] });
        }
    }
    // Host-less HTTPS site bindings make the fabric create an IP-specific :443 mapping that
    // overrides SNI: remove them where the site keeps another binding (the schema needs one).
    const httpsNames = new Set(endpoints.filter((e) => ((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'protocol') ?? '').toLowerCase() === 'https' && (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'port') === '443').map((e) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(e, 'name')));
    for (const site of (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .sites */ .fy)(role.el)) {
        const bindings = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .siteBindings */ .ot)(site);
        const hostless = bindings.filter((b) => httpsNames.has((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'endpointName')) && !((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'hostHeader') ?? '').trim());
        if (hostless.length && hostless.length < bindings.length) {
            for (const b of hostless)
                edits.push(layout.removeElement(b));
            notes.push(`${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(definition.file)}: removed host-less HTTPS binding${hostless.length > 1 ? 's' : ''} ${hostless.map((b) => `'${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'name')}'`).join(', ')} of site '${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(site, 'name')}'; the startup task adds one SNI binding per host instead.`);
        }
    }
    // The elevated background startup task.
    const variables = (0,_startup_js__WEBPACK_IMPORTED_MODULE_6__/* .startupTaskVariables */ .UV)(httpsEndpointName);
    const task = {
        name: 'Task',
        attrs: [
            ['commandLine', ctx.commandLine],
            ['executionContext', 'elevated'],
            ['taskType', 'background'],
        ],
        children: [
            {
                name: 'Environment',
                attrs: [],
                children: variables.map(([name, xpath]) => ({
                    name: 'Variable',
                    attrs: [['name', name]],
                    children: [{ name: 'RoleInstanceValue', attrs: [['xpath', xpath]] }],
                })),
            },
        ],
    };
    const existingTask = findStartupTask(role.el);
    if (existingTask) {
        if (!taskMatches(existingTask, ctx.commandLine, variables))
            edits.push(layout.replaceElement(existingTask, task));
    }
    else {
        const startupEl = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(role.el, 'Startup');
        if (startupEl)
            edits.push(layout.appendChildren(startupEl, [task]));
        else
            roleAdds.push({ name: 'Startup', attrs: [], children: [task] });
    }
    if (roleAdds.length)
        edits.push(layout.appendChildren(role.el, roleAdds));
    const defAfter = (0,_writer_js__WEBPACK_IMPORTED_MODULE_8__/* .applyEdits */ .ct)(definition.doc.text, edits);
    // ---- cscfg ----
    const wanted = [
        ...facts.leaves.map((l) => ({ name: names.get(l.thumbprint), thumbprint: l.thumbprint })),
        ...facts.intermediates.map((c) => ({ name: names.get(c.thumbprint), thumbprint: c.thumbprint })),
    ];
    const cfgPlans = configurations.map((cfg) => {
        const cl = new _writer_js__WEBPACK_IMPORTED_MODULE_8__/* .Layout */ .PE(cfg.doc);
        const ce = [];
        const root = cfg.doc.root;
        const os = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(root, 'osFamily');
        if (os === undefined || /^\s*\d+\s*$/.test(os)) {
            if (os === undefined || Number(os) < inputs.osFamily)
                ce.push(cl.setAttribute(root, 'osFamily', String(inputs.osFamily)));
        }
        else {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .finding */ .gk)('config-os-family', `osFamily '${os}' in ${node_path__WEBPACK_IMPORTED_MODULE_0__.basename(cfg.file)} is not a number.`, {
                file: cfg.file,
                line: root.line,
                fix: `Set osFamily="${inputs.osFamily}" (or higher).`,
            }));
        }
        const cr = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configRole */ .dX)(cfg, role.name);
        if (!cr) {
            findings.push((0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configRoleMissing */ .Jy)(cfg, definition, role.name));
        }
        else {
            const existing = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .configThumbprints */ .FY)(cr);
            const add = [];
            for (const w of wanted) {
                const e = existing.get(w.name);
                if (!e) {
                    add.push({
                        name: 'Certificate',
                        attrs: [
                            ['name', w.name],
                            ['thumbprint', w.thumbprint],
                            ['thumbprintAlgorithm', 'sha1'],
                        ],
                    });
                    continue;
                }
                const t = cl.setAttribute(e.el, 'thumbprint', w.thumbprint);
                if (t)
                    ce.push(t);
                const a = cl.setAttribute(e.el, 'thumbprintAlgorithm', 'sha1');
                if (a)
                    ce.push(a);
            }
            if (add.length) {
                const ccerts = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(cr, 'Certificates');
                if (ccerts)
                    ce.push(cl.appendChildren(ccerts, add));
                else
                    ce.push(cl.appendChildren(cr, [{ name: 'Certificates', attrs: [], children: add }]));
            }
        }
        return { file: cfg.file, before: cfg.doc.text, after: (0,_writer_js__WEBPACK_IMPORTED_MODULE_8__/* .applyEdits */ .ct)(cfg.doc.text, ce) };
    });
    const data = {
        version: 1,
        siteName: chooseSite(role.el, httpsNames),
        port: 443,
        bindings: facts.leaves.flatMap((l) => l.hosts.map((host) => ({ host, thumbprint: l.thumbprint }))),
        fallback: fallback ? { host: fallback.host, thumbprint: fallback.leaf.thumbprint } : null,
    };
    return { definition: { file: definition.file, before: definition.doc.text, after: defAfter }, configurations: cfgPlans, data, names, findings, notes };
}
/** The site whose bindings use the HTTPS endpoint, else the first site ('Web' when none). */
function chooseSite(role, httpsEndpointNames) {
    const all = (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .sites */ .fy)(role);
    // After patch removed a host-less HTTPS binding, 'Web' (the Visual Studio default) keeps the
    // choice stable between runs when a role has several sites.
    const withHttps = all.find((s) => (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .siteBindings */ .ot)(s).some((b) => httpsEndpointNames.has((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(b, 'endpointName'))));
    const site = withHttps ?? all.find((s) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(s, 'name') === 'Web') ?? all[0];
    return (site && (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(site, 'name')) || 'Web';
}
/** The role's sni-ready startup task (commandLine ending in sni-bindings.cmd), if any. */
function findStartupTask(role) {
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .startupTasks */ .YR)(role).find((t) => ((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(t, 'commandLine') ?? '').trim().toLowerCase().replace(/\//g, '\\').endsWith(_startup_js__WEBPACK_IMPORTED_MODULE_6__/* .STARTUP_CMD */ .jf));
}
/** True when the task already has this commandLine, runs elevated in the background and declares exactly `variables`. */
function taskMatches(task, commandLine, variables) {
    if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(task, 'commandLine') !== commandLine)
        return false;
    if ((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(task, 'executionContext') !== 'elevated' || (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(task, 'taskType') !== 'background')
        return false;
    const declared = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(task, 'Environment'), 'Variable').map((v) => {
        const value = (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .child */ .jf)(v, 'RoleInstanceValue');
        return `${(0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(v, 'name')}=${value ? (0,_xml_js__WEBPACK_IMPORTED_MODULE_7__/* .attr */ .CF)(value, 'xpath') : ''}`;
    });
    const wanted = variables.map(([name, xpath]) => `${name}=${xpath}`);
    return declared.length === wanted.length && wanted.every((w) => declared.includes(w));
}


/***/ }),

/***/ 7684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PE: () => (/* binding */ Layout),
/* harmony export */   ct: () => (/* binding */ applyEdits)
/* harmony export */ });
/* unused harmony export indentBefore */
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7974);
// Text edits on the original file: insert, replace or remove elements and attributes at their
// exact offsets, in the file's own indentation and line endings, so every byte the patch does
// not mean to change stays as it was.

function applyEdits(text, edits) {
    const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
    let out = '';
    let at = 0;
    for (const e of sorted) {
        if (e.start < at)
            throw new Error(`internal error: overlapping edits at offset ${e.start}`);
        out += text.slice(at, e.start) + e.text;
        at = e.end;
    }
    return out + text.slice(at);
}
class Layout {
    doc;
    eol;
    unit;
    constructor(doc) {
        this.doc = doc;
        this.eol = doc.eol;
        this.unit = detectUnit(doc);
    }
    /** Whitespace before `el` on its line, when only whitespace precedes it; else undefined. */
    ownIndent(el) {
        return indentBefore(this.doc.text, el.start);
    }
    indentOf(el) {
        const own = this.ownIndent(el);
        if (own !== undefined)
            return own;
        return el.parent ? this.indentOf(el.parent) + this.unit : '';
    }
    /** Indentation for a new child of `parent`: that of an existing child, else parent's plus one unit. */
    childIndent(parent) {
        for (const c of parent.children) {
            const own = this.ownIndent(c);
            if (own !== undefined)
                return own;
        }
        return this.indentOf(parent) + this.unit;
    }
    render(el, indent) {
        const attrs = el.attrs.map(([k, v]) => ` ${k}="${(0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeAttr */ .dc)(v)}"`).join('');
        if (!el.children?.length)
            return `${indent}<${el.name}${attrs} />`;
        const inner = el.children.map((c) => this.render(c, indent + this.unit)).join(this.eol);
        return `${indent}<${el.name}${attrs}>${this.eol}${inner}${this.eol}${indent}</${el.name}>`;
    }
    /** Inserts new children at the end of `parent`. */
    appendChildren(parent, items) {
        const text = this.doc.text;
        const indent = this.childIndent(parent);
        const body = items.map((c) => this.render(c, indent));
        if (parent.selfClosing) {
            // `<X ... />` becomes `<X ...>` + children + `</X>`; the start tag's attributes stay as written.
            const tagBody = text.slice(parent.start, parent.end).replace(/\s*\/>$/, '>');
            return {
                start: parent.start,
                end: parent.end,
                text: `${tagBody}${this.eol}${body.join(this.eol)}${this.eol}${this.indentOf(parent)}</${parent.name}>`,
            };
        }
        const lineStart = text.lastIndexOf('\n', parent.closeStart - 1) + 1;
        const beforeClose = text.slice(lineStart, parent.closeStart);
        if (/^[ \t]*$/.test(beforeClose) && lineStart > parent.startTagEnd) {
            // The end tag sits on its own line: insert whole lines just before it.
            return { start: lineStart, end: lineStart, text: body.map((b) => b + this.eol).join('') };
        }
        // `<X></X>` or content on the end tag's line: open a new line before the end tag.
        return { start: parent.closeStart, end: parent.closeStart, text: `${this.eol}${body.join(this.eol)}${this.eol}${this.indentOf(parent)}` };
    }
    /** Replaces an element (keeping its line's indentation) with a new rendering. */
    replaceElement(el, replacement) {
        const indent = this.indentOf(el);
        const rendered = this.render(replacement, indent).slice(indent.length);
        return { start: el.start, end: el.end, text: rendered };
    }
    /** Removes an element, and its whole line when nothing else is on it. */
    removeElement(el) {
        const text = this.doc.text;
        const lineStart = text.lastIndexOf('\n', el.start - 1) + 1;
        const nl = text.indexOf('\n', el.end);
        const lineEnd = nl < 0 ? text.length : nl + 1;
        const before = text.slice(lineStart, el.start);
        const after = text.slice(el.end, nl < 0 ? text.length : nl).replace(/\r$/, '');
        if (/^[ \t]*$/.test(before) && /^[ \t]*$/.test(after) && lineStart > 0)
            return { start: lineStart, end: lineEnd, text: '' };
        return { start: el.start, end: el.end, text: '' };
    }
    /** Sets an attribute: replaces the value in its own quotes, or adds it after the last attribute. */
    setAttribute(el, name, value) {
        const existing = el.attrs.find((a) => a.name === name);
        if (existing) {
            if (existing.value === value)
                return undefined;
            const escaped = (0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeAttr */ .dc)(value).replace(existing.quote === "'" ? /'/g : /(?!)/g, '&apos;');
            return { start: existing.valueStart, end: existing.valueEnd, text: escaped };
        }
        const at = el.attrs.length ? el.attrs[el.attrs.length - 1].end : el.start + 1 + el.name.length;
        return { start: at, end: at, text: ` ${name}="${(0,_xml_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeAttr */ .dc)(value)}"` };
    }
}
/**
 * The whitespace between the start of the line and `offset` when nothing else precedes it there,
 * else undefined. It reads backwards only over spaces and tabs, so asking it for every element of
 * a one-line file stays linear (searching back for the line start was quadratic there).
 */
function indentBefore(text, offset) {
    let p = offset;
    while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t'))
        p--;
    if (p === 0 || text[p - 1] === '\n' || (p === 1 && text[0] === '\uFEFF'))
        return text.slice(p, offset);
    return undefined;
}
/** The file's indentation unit: the first child indented deeper than its parent, breadth first. */
function detectUnit(doc) {
    const queue = [doc.root];
    for (let q = 0; q < queue.length; q++) {
        const el = queue[q];
        const pIndent = indentBefore(doc.text, el.start);
        for (const c of el.children) {
            const cIndent = pIndent === undefined ? undefined : indentBefore(doc.text, c.start);
            if (pIndent !== undefined && cIndent !== undefined && cIndent.length > pIndent.length && cIndent.startsWith(pIndent))
                return cIndent.slice(pIndent.length);
            queue.push(c);
        }
    }
    return '  ';
}


/***/ })

};
