export const id = 132;
export const ids = [132,617,998];
export const modules = {

/***/ 5462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ assetPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
// Files shipped beside the code (PowerShell scripts). In the source tree they live in
// src/powershell/; the build copies them next to each bundle (dist/powershell/,
// dist/cli/powershell/), so one lookup relative to this module works in both.



const here = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
/** Absolute path of a shipped asset, e.g. assetPath('startup/sni-bindings.ps1'). */
function assetPath(relative) {
    for (const base of [node_path__WEBPACK_IMPORTED_MODULE_1__.join(here, 'powershell'), node_path__WEBPACK_IMPORTED_MODULE_1__.join(here, '..', 'powershell'), node_path__WEBPACK_IMPORTED_MODULE_1__.join(here, '..', 'src', 'powershell')]) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1__.join(base, relative);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(candidate))
            return candidate;
    }
    throw new Error(`Shipped file powershell/${relative} is missing next to ${here}; reinstall sni-ready`);
}


/***/ }),

/***/ 9617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  patchService: () => (/* binding */ patchService),
  settleUploadedPfxFindings: () => (/* binding */ settleUploadedPfxFindings),
  ik: () => (/* binding */ writeFilesAtomically)
});

// UNUSED EXPORTS: nextSteps, uploadPfxPath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/assets.ts
var assets = __webpack_require__(5462);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/certs/chain.ts + 22 modules
var certs_chain = __webpack_require__(3944);
// EXTERNAL MODULE: ./src/certs/pkcs12.ts + 2 modules
var pkcs12 = __webpack_require__(6145);
;// CONCATENATED MODULE: ./src/certs/pfx-write.ts
// Writes the PFX that goes to the Cloud Service: leaf, private key and chain, encrypted the way
// every Windows version imports (3DES + SHA-1 MAC, like `openssl pkcs12 -export -legacy`). The
// container is built on Node's crypto (src/certs/pkcs12.ts), so RSA and EC keys work alike.



/** The certificates the upload PFX carries: the leaf, then its chain without a root that came
 * from the trust store (clients have it; the portal would list it as one more certificate). */
function uploadCertificates(site) {
    if (!site.leaf)
        return [];
    const chain = site.chain.filter((c, i) => !(site.chainSources[i] === 'trust' && (0,certs_chain/* isSelfSigned */.Nl)(c)));
    return [site.leaf, ...chain];
}
/** Writes `outFile` atomically (temp file + rename, mode 0600). Throws an Error with one sentence
 * when the site has no leaf or no private key. The password is never part of any message. */
async function writeUploadPfx(site, password, outFile) {
    if (!site.leaf)
        throw new Error(`No certificate was read from ${site.spec.path}, so no PFX can be written for it`);
    if (!site.key)
        throw new Error(`No private key for the certificate in ${site.spec.path}, so no PFX can be written for it`);
    const der = (0,pkcs12/* buildLegacyPkcs12 */.cB)({
        keyDer: site.key.export({ type: 'pkcs8', format: 'der' }),
        certificates: uploadCertificates(site).map((c) => Buffer.from(c.raw)),
        password,
        friendlyName: site.spec.hosts[0],
    });
    (0,files/* writeFileAtomic */.Zf)(outFile, der, 0o600);
}

// EXTERNAL MODULE: ./src/door.ts
var door = __webpack_require__(8087);
// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/certs/x509.ts
var x509 = __webpack_require__(819);
// EXTERNAL MODULE: ./src/service/diff.ts
var diff = __webpack_require__(3200);
// EXTERNAL MODULE: ./src/service/lint.ts
var lint = __webpack_require__(474);
// EXTERNAL MODULE: ./src/service/model.ts
var model = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/service/plan.ts
var service_plan = __webpack_require__(3664);
// EXTERNAL MODULE: ./src/service/startup.ts
var startup = __webpack_require__(4142);
// EXTERNAL MODULE: ./src/service/xml.ts
var xml = __webpack_require__(7974);
;// CONCATENATED MODULE: ./src/service/patch.ts
// `patch`: brings the csdef and every cscfg to the target state of SPEC section 6, writes the
// startup task's files, and upload-ready PFX files where needed. Nothing is written when a file
// cannot be read or the role is unknown; a dry run only returns the diff. All writes are atomic
// (temp file in the same folder + rename), and a failure puts back the files already replaced.
















async function patchService(inputs, sites, log) {
    if (!inputs.serviceDefinition)
        throw new types/* InputError */.d((0,src_inputs/* nothingToCheck */.JW)(inputs) ?? 'Nothing to patch');
    const config = {
        serviceDefinition: inputs.serviceDefinition,
        serviceConfigurations: inputs.serviceConfigurations,
        changed: false,
        written: [],
    };
    const findings = [];
    const notes = [];
    // 1. Read everything; refuse to write anything when one file is unreadable.
    const d = (0,model/* readServiceFile */.Gz)(inputs.serviceDefinition, 'definition', inputs.door);
    const cfgs = inputs.serviceConfigurations.map((f) => (0,model/* readServiceFile */.Gz)(f, 'configuration', inputs.door));
    for (const x of [d, ...cfgs])
        if (!(0,model/* isServiceFile */.oC)(x))
            findings.push(x);
    if (findings.length || !(0,model/* isServiceFile */.oC)(d))
        return { config: { ...config, refused: true }, findings, notes: ['patch: nothing written, because a service file could not be read.'] };
    const definition = d;
    const configurations = cfgs;
    const role = (0,model/* chooseRole */.uc)(definition, inputs.role, inputs.door);
    if (!('el' in role))
        return { config: { ...config, refused: true }, findings: [role], notes: ['patch: nothing written, because the role to configure is unknown.'] };
    // Every file or none: a csdef patched beside a cscfg that cannot take the certificates is a
    // package pair Azure refuses.
    const roleless = configurations.filter((c) => !(0,model/* configRole */.dX)(c, role.name)).map((c) => (0,model/* configRoleMissing */.Jy)(c, definition, role.name));
    if (roleless.length)
        return {
            config: { ...config, refused: true },
            findings: roleless,
            notes: [`patch: nothing written, because a cscfg has no role '${role.name}' to take the certificates (see findings).`],
        };
    const facts = (0,service_plan/* certFacts */.YA)(sites);
    if (facts.leaves.length === 0) {
        return {
            config: { ...config, refused: true },
            findings,
            notes: ["patch: nothing written, because no certificate of 'sites' could be read (see the certificate findings)."],
        };
    }
    const startupDir = inputs.startupDir ?? (0,startup/* defaultStartupDir */.C3)(definition.file, role.name);
    const commandLine = (0,startup/* startupCommandLine */.bB)(startupDir);
    if (!commandLine) {
        findings.push((0,rules/* finding */.gk)('input-invalid', `The folder name of ${(0,door/* inputRef */.io)(inputs.door, 'startup-dir')} (${external_node_path_.basename(startupDir)}) cannot be used in the startup task's commandLine.`, {
            fix: "Name the startup folder with letters, digits, '-', '_' or '.' only (the default is sni-ready).",
        }));
        return { config: { ...config, refused: true }, findings };
    }
    // 2. Plan the edits and the startup files.
    const plan = (0,service_plan/* planPatch */.cr)({ inputs, definition, configurations, role, facts, commandLine });
    findings.push(...plan.findings);
    notes.push(...plan.notes);
    if (plan.findings.some((f) => f.rule === 'input-invalid'))
        return { config: { ...config, refused: true }, findings, notes: ['patch: nothing written, because of an invalid input (see the findings).'] };
    if (plan.findings.some((f) => f.severity === 'error'))
        return {
            config: { ...config, refused: true },
            findings,
            notes: ['patch: nothing written, because part of the package cannot be brought to the target state (see the findings); every file or none.'],
        };
    const writes = [];
    const addWrite = (file, after) => {
        let before = null;
        let mode;
        try {
            before = external_node_fs_.readFileSync(file);
            mode = external_node_fs_.statSync(file).mode & 0o777;
        }
        catch {
            before = null;
        }
        if (!before || !before.equals(after))
            writes.push({ file, before, after, mode });
    };
    addWrite(plan.definition.file, Buffer.from(plan.definition.after, 'utf8'));
    for (const c of plan.configurations)
        addWrite(c.file, Buffer.from(c.after, 'utf8'));
    const dataFile = external_node_path_.join(startupDir, startup/* STARTUP_DATA */.dd);
    addWrite(external_node_path_.join(startupDir, startup/* STARTUP_CMD */.jf), external_node_fs_.readFileSync((0,assets/* assetPath */.Q)(`startup/${startup/* STARTUP_CMD */.jf}`)));
    addWrite(external_node_path_.join(startupDir, startup/* STARTUP_PS1 */.Lf), external_node_fs_.readFileSync((0,assets/* assetPath */.Q)(`startup/${startup/* STARTUP_PS1 */.Lf}`)));
    addWrite(dataFile, Buffer.from((0,startup/* renderStartupData */.k6)(plan.data), 'utf8'));
    // 3. Check the result before writing it: it must parse, and lint must find it in the target state.
    const afterDef = (0,model/* parseServiceText */.ox)(definition.file, 'definition', plan.definition.after);
    const afterCfgs = plan.configurations.map((c) => (0,model/* parseServiceText */.ox)(c.file, 'configuration', c.after));
    for (const x of [afterDef, ...afterCfgs])
        if (!(0,model/* isServiceFile */.oC)(x))
            throw new Error(`internal error: the patched ${x.file} does not parse (${x.message}); nothing was written`);
    const afterRole = (0,model/* chooseRole */.uc)(afterDef, role.name);
    if ('el' in afterRole) {
        findings.push(...(0,lint/* lintParsed */.z)({
            inputs,
            definition: afterDef,
            configurations: afterCfgs,
            role: afterRole,
            facts,
            startupDataFile: dataFile,
            startupData: plan.data,
        }));
    }
    // 4. Upload-ready PFX files.
    const targetOs = Math.min(...configurations.map((c) => Math.max(inputs.osFamily, Number((0,xml/* attr */.CF)(c.doc.root, 'osFamily') ?? 0) || 0)), Infinity);
    const osAfter = Number.isFinite(targetOs) ? targetOs : inputs.osFamily;
    const uploads = [];
    for (const site of sites) {
        if (!site.leaf || !site.key || !site.container || site.spec.keyVault)
            continue; // a Key Vault certificate is already uploaded
        const type = site.container.type;
        const aes = type === 'pfx' && /aes/i.test(String(site.container.encryption ?? ''));
        const why = type === 'p7b'
            ? 'a P7B cannot be uploaded with its key'
            : type === 'pem' || type === 'der'
                ? 'PEM files cannot be uploaded to the portal or Key Vault'
                : aes && osAfter <= 5
                    ? `its AES encryption cannot be imported by osFamily ${osAfter} (Windows Server 2016 and older)`
                    : '';
        if (!why)
            continue;
        const out = uploadPfxPath(site.spec.path);
        if (external_node_fs_.existsSync(out) && external_node_fs_.statSync(out).mtimeMs >= external_node_fs_.statSync(site.spec.path).mtimeMs) {
            notes.push(`Upload ${out} (3DES PFX with the full chain, same password) for ${site.spec.hosts.join(', ')}: it is up to date.`);
            continue;
        }
        uploads.push({ site, out, why });
    }
    // 5. Dry run: the diff only.
    const diffs = writes.map((w) => (0,diff/* unifiedDiff */.WH)(w.before ? w.before.toString('utf8') : '', w.after.toString('utf8'), w.before ? `a/${(0,files/* displayPath */.Gt)(w.file, inputs.cwd)}` : '/dev/null', `b/${(0,files/* displayPath */.Gt)(w.file, inputs.cwd)}`));
    config.diff = diffs.join('');
    const steps = () => nextSteps({ inputs, facts, startupDir, uploads: uploads.map((u) => ({ site: u.site, out: u.out })), pending: inputs.dryRun ? writes.length : 0 });
    if (inputs.dryRun) {
        for (const u of uploads)
            notes.push(`Dry run: would write ${u.out} for ${u.site.spec.hosts.join(', ')} (${u.why}).`);
        notes.push(writes.length ? `Dry run: ${writes.length} file(s) would change; nothing was written.` : 'Dry run: everything is already in the target state.');
        return { config: { ...config, nextSteps: steps() }, findings, notes };
    }
    // 6. Write.
    writeFilesAtomically(writes);
    for (const w of writes)
        log.info(`patch: wrote ${w.file}`);
    config.written = writes.map((w) => w.file);
    for (const u of uploads) {
        await writeUploadPfx(u.site, u.site.spec.password, u.out);
        config.written.push(u.out);
        notes.push(`Wrote ${u.out}, a 3DES PFX with the full chain and the same password, for ${u.site.spec.hosts.join(', ')}: upload it to the portal or Key Vault (${u.why}).`);
    }
    config.changed = config.written.length > 0;
    if (inputs.serviceConfigurations.length === 0)
        notes.push("patch: no 'service-configuration' given, so no cscfg got the thumbprints or osFamily; pass every .cscfg (Cloud, Local, ...).");
    if (writes.some((w) => w.file.startsWith(startupDir + external_node_path_.sep))) {
        notes.push(`Startup files are in ${startupDir}; package that folder so it arrives as approot\\bin\\${external_node_path_.basename(startupDir)} (the task runs ${commandLine}).`);
    }
    return { config: { ...config, nextSteps: steps() }, findings, notes };
}
/**
 * What the user still has to do after patch, in order: write the files (after a dry run), upload
 * the certificates (the intermediates it declared included, with thumbprints), put the startup
 * folder into the package (the project file lines to add), package, deploy, verify.
 */
function nextSteps(x) {
    const { inputs, facts, startupDir } = x;
    const show = (file) => (0,files/* displayPath */.Gt)(file, inputs.cwd);
    const steps = [];
    if (x.pending)
        steps.push({ step: `Run patch again without dry-run to write the ${x.pending} file${x.pending === 1 ? '' : 's'} listed above.` });
    const leaves = facts.leaves.map((l) => {
        const upload = x.uploads.find((u) => u.site === l.site)?.out ?? (external_node_fs_.existsSync(uploadPfxPath(l.site.spec.path)) ? uploadPfxPath(l.site.spec.path) : undefined);
        return `\`${show(upload ?? l.site.spec.path)}\` for ${l.hosts.join(', ')} (thumbprint ${l.thumbprint})`;
    });
    const cas = facts.intermediates.map((c) => `the intermediate '${(0,x509/* commonNameOf */.KJ)(c.subject) ?? c.subject}' (thumbprint ${c.thumbprint}, declared with storeName CA; export it as a .cer from the chain of ${c.hosts[0] ?? 'its host'}'s file)`);
    steps.push({
        step: `Upload the certificates to the cloud service (portal: Certificates, or Key Vault; same password): ${[...leaves, ...cas].join('; ')}. The cscfg names each by its thumbprint, and a deployment whose certificate is missing fails.`,
    });
    const def = inputs.serviceDefinition;
    const defDir = external_node_path_.dirname(def);
    const inRoleContent = !external_node_path_.relative(defDir, startupDir).startsWith('..') && /Content$/.test(external_node_path_.relative(defDir, startupDir).split(external_node_path_.sep)[0] ?? '');
    const base = inRoleContent ? defDir : external_node_path_.dirname(startupDir);
    const project = inRoleContent ? 'the cloud project (.ccproj, beside the csdef)' : `the web role's project (.csproj in ${show(base)})`;
    const folder = external_node_path_.basename(startupDir);
    steps.push({
        step: `Put the startup folder \`${show(startupDir)}\` into the package so that it arrives as approot\\bin\\${folder}: if ${project} lists its content, add these lines to an <ItemGroup>:`,
        lines: [startup/* STARTUP_CMD */.jf, startup/* STARTUP_PS1 */.Lf, startup/* STARTUP_DATA */.dd].map((f) => `<Content Include="${external_node_path_.relative(base, external_node_path_.join(startupDir, f)).split(external_node_path_.sep).join('\\')}"><CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory></Content>`),
    });
    const cscfgs = inputs.serviceConfigurations.map((c) => `\`${external_node_path_.basename(c)}\``);
    steps.push({ step: `Package the cloud service (Visual Studio: Package, or msbuild /t:Publish on the .ccproj) with the patched \`${external_node_path_.basename(def)}\`.` });
    steps.push({ step: `Deploy the package with the patched ${cscfgs.length ? cscfgs.join(', ') : 'cscfg'} (a staging slot first, where you have one).` });
    const hosts = facts.leaves.flatMap((l) => l.hosts);
    steps.push({
        step: `Verify: before deploying, \`verify\` with server iis on a Windows runner proves the bindings; after deploying, \`scan\` the endpoints (${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ', …' : ''}) to see what clients get.`,
    });
    return steps;
}
/**
 * An AES PFX whose 3DES upload-ready copy patch keeps beside it no longer blocks the step: what
 * gets uploaded is that copy. Its `pfx-legacy-windows` finding stays, as a warning naming the
 * copy, so the swap is not forgotten. Nothing changes in a dry run (no copy is written).
 */
function settleUploadedPfxFindings(checkFindings, inputs) {
    if (inputs.dryRun)
        return;
    for (const f of checkFindings) {
        if (f.rule !== 'pfx-legacy-windows' || !f.file || f.severity !== 'error')
            continue;
        const upload = uploadPfxPath(external_node_path_.resolve(inputs.cwd, f.file));
        if (!external_node_fs_.existsSync(upload))
            continue;
        f.severity = 'warning';
        f.message += ` sni-ready wrote ${external_node_path_.relative(inputs.cwd, upload)} (3DES, full chain, same password): upload that file instead.`;
    }
}
/** `certs/www.p7b` → `certs/www.upload.pfx` (`www.pfx` → `www.upload.pfx`). */
function uploadPfxPath(source) {
    const ext = external_node_path_.extname(source);
    return external_node_path_.join(external_node_path_.dirname(source), `${external_node_path_.basename(source, ext)}.upload.pfx`);
}
/**
 * Writes every file through a temp file in its own folder and a rename. All temp files are
 * written first; if any write or rename fails, temp files are removed and files already renamed
 * get their previous bytes back, so a failed run leaves every file as it was.
 */
function writeFilesAtomically(writes) {
    const temps = [];
    const createdDirs = [];
    const done = [];
    try {
        for (const w of writes) {
            const dir = external_node_path_.dirname(w.file);
            if (!external_node_fs_.existsSync(dir)) {
                const first = external_node_fs_.mkdirSync(dir, { recursive: true });
                if (first)
                    createdDirs.push(first);
            }
            const tmp = (0,files/* tempPathFor */.FD)(w.file);
            external_node_fs_.writeFileSync(tmp, w.after, { flag: 'wx', mode: w.mode ?? 0o644 });
            temps.push({ w, tmp });
        }
        for (const { w, tmp } of temps) {
            external_node_fs_.renameSync(tmp, w.file);
            done.push(w);
        }
    }
    catch (err) {
        for (const { tmp } of temps)
            external_node_fs_.rmSync(tmp, { force: true });
        for (const w of done.reverse()) {
            try {
                if (w.before)
                    external_node_fs_.writeFileSync(w.file, w.before);
                else
                    external_node_fs_.rmSync(w.file, { force: true });
            }
            catch {
                /* best effort: report the original error below */
            }
        }
        for (const dir of createdDirs.reverse())
            external_node_fs_.rmSync(dir, { recursive: true, force: true });
        throw new Error(`patch could not write its files (${err.message}); every file was left as it was`);
    }
}


/***/ }),

/***/ 1132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   patchTemplate: () => (/* binding */ patchTemplate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8087);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9148);
/* harmony import */ var _service_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _service_patch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9617);
/* harmony import */ var _service_writer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7684);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5510);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8237);
// `patch` with a `template`: after the cscfg got the thumbprints of the certificates `sites`
// names, the template's certificateUrl of each renewed Key Vault certificate is moved to the
// version that was read, so the two change together. A URL written in the template, or a
// parameter/variable that holds the URL or the version, is edited in place (every other byte
// stays); a URL built some other way is named with its file and line and the value it needs.








/** The node that holds a value the expression `expr` takes from parameters() or variables(), when that value is `wanted`. */
function holderOf(template, expr, wanted) {
    for (const m of expr.matchAll(/\b(parameters|variables)\s*\(\s*'((?:[^']|'')*)'\s*\)/gi)) {
        const kind = m[1].toLowerCase();
        const name = m[2].replace(/''/g, "'");
        let node;
        let file = template.file;
        if (kind === 'variables')
            node = (0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)(template.root, 'variables'), name);
        else if (template.parameters && (0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)(template.parameters.root, 'parameters') ?? template.parameters.root, name)) {
            node = (0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)(template.parameters.root, 'parameters') ?? template.parameters.root, name), 'value');
            file = template.parameters.file;
        }
        else
            node = (0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)((0,_json_js__WEBPACK_IMPORTED_MODULE_6__/* .prop */ ._w)(template.root, 'parameters'), name), 'defaultValue');
        if (node?.kind === 'string' && wanted.includes(node.value))
            return { file, node, value: node.value };
    }
    return undefined;
}
async function patchTemplate(inputs, sites, config, log) {
    const { template, findings, notes } = await (0,_lint_js__WEBPACK_IMPORTED_MODULE_7__/* .openTemplate */ .xb)(inputs, sites);
    if (!template)
        return { findings, notes };
    // Which URLs move: a Key Vault sites line read a version other than the one the template names.
    const changes = [];
    for (const c of template.certificates) {
        const ref = c.ref;
        if (!ref || ref.collection !== 'secrets' || !c.url)
            continue;
        const site = sites.find((s) => s.spec.keyVault &&
            s.keyVaultVersion &&
            s.spec.keyVault.vaultUrl.toLowerCase() === ref.vaultUrl.toLowerCase() &&
            s.spec.keyVault.name.toLowerCase() === ref.name.toLowerCase());
        if (!site?.keyVaultVersion || site.keyVaultVersion === ref.version)
            continue;
        changes.push({ c, site, url: `${ref.vaultUrl}/secrets/${ref.name}/${site.keyVaultVersion}`, version: site.keyVaultVersion });
    }
    const edits = new Map();
    const edit = (file, node, value) => {
        const text = file === template.file ? template.text : template.parameters.text;
        const e = edits.get(file) ?? { text, edits: [] };
        e.edits.push({ start: node.start, end: node.end, text: JSON.stringify(value) });
        edits.set(file, e);
    };
    const shown = (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(template.file, inputs.cwd);
    for (const ch of changes) {
        const node = ch.c.urlNode;
        const from = (0,_door_js__WEBPACK_IMPORTED_MODULE_1__/* .sitesLineRef */ .eZ)(inputs.door, ch.site.spec.line);
        if (node.kind === 'string' && !node.value.startsWith('['))
            edit(template.file, node, ch.url);
        else {
            const holder = node.kind === 'string' ? holderOf(template, node.value, [ch.c.url, ch.c.ref.version ?? '']) : undefined;
            if (holder)
                edit(holder.file, holder.node, holder.value === ch.c.url ? ch.url : ch.version);
            else {
                notes.push(`template: change ${shown} line ${node.line} (osProfile.secrets[${ch.c.group}].vaultCertificates[${ch.c.index}].certificateUrl) so that it gives ${ch.url}, the version ${from} read; sni-ready cannot edit the expression that builds it.`);
                continue;
            }
        }
        ch.c.url = ch.url;
        ch.c.thumbprint = ch.site.leaf ? ch.site.leaf.fingerprint.replace(/:/g, '').toUpperCase() : ch.c.thumbprint;
        notes.push(`template: ${shown} line ${node.line}: certificateUrl moves to ${ch.url} (${from}, thumbprint ${ch.c.thumbprint}).`);
    }
    // The URLs patch moved to a version are no longer unversioned.
    const moved = new Set(changes.filter((ch) => ch.c.url === ch.url).map((ch) => ch.c.urlNode.line));
    const kept = findings.filter((f) => !(f.rule === 'template-url-unversioned' && f.line !== undefined && moved.has(f.line)));
    const writes = [];
    for (const [file, e] of edits) {
        const after = (0,_service_writer_js__WEBPACK_IMPORTED_MODULE_5__/* .applyEdits */ .ct)(e.text, e.edits);
        if (after !== e.text)
            writes.push({ file, before: node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file), after: Buffer.from(after, 'utf8'), mode: node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).mode & 0o777 });
    }
    const diff = writes
        .map((w) => (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .unifiedDiff */ .WH)(w.before.toString('utf8'), w.after.toString('utf8'), `a/${(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(w.file, inputs.cwd)}`, `b/${(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(w.file, inputs.cwd)}`))
        .join('');
    config.diff = (config.diff ?? '') + diff;
    if (inputs.dryRun || config.refused) {
        if (writes.length)
            notes.push(`${inputs.dryRun ? 'Dry run' : 'patch refused the package'}: ${writes.map((w) => (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .Gt)(w.file, inputs.cwd)).join(', ')} would change; nothing was written.`);
    }
    else if (writes.length) {
        (0,_service_patch_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFilesAtomically */ .ik)(writes);
        for (const w of writes)
            log.info(`patch: wrote ${w.file}`);
        config.written.push(...writes.map((w) => w.file));
        config.changed = true;
    }
    // The pair as it stands after patch: the cscfg patch wrote against the template's certificates.
    // A dry run wrote no cscfg, so the thumbprints are compared by `check` after the real patch.
    if (inputs.dryRun) {
        notes.push('Dry run: the cscfg thumbprints were not compared with the template (the cscfg is not patched yet); run check after patch.');
        return { findings: kept, notes };
    }
    return { findings: [...kept, ...(0,_lint_js__WEBPACK_IMPORTED_MODULE_7__/* .lintTemplatePair */ .Od)(template, inputs, sites)], notes };
}


/***/ })

};
