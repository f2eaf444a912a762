export const id = 466;
export const ids = [466];
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

/***/ 5466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runIisVerify: () => (/* binding */ runIisVerify)
/* harmony export */ });
/* unused harmony exports FABRIC_APP_ID, instanceAddress, prepareIisRun, patchedHttpsHostHeaders, powershellArgs */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _assets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5462);
/* harmony import */ var _certs_pkcs12_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6145);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9244);
/* harmony import */ var _service_model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8134);
/* harmony import */ var _service_startup_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4142);
/* harmony import */ var _service_xml_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7974);
/* harmony import */ var _tls_probe_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8151);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(8522);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7746);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8054);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5174);
/* harmony import */ var _startup_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9572);
// `server: iis` (Windows, administrator): the proof on real IIS. It reproduces a freshly
// provisioned Cloud Service web role instance (iis-setup.ps1: IIS, certificates in My and CA, the
// role's site with the fabric's IP-specific :443 mapping that overrides SNI), runs the startup
// task that `patch` generates exactly as the role would (its .cmd, with the role instance id in
// the environment), probes every host, and removes what it created (iis-cleanup.ps1).
//
// Roots of the chains are trusted in LocalMachine\Root for the run (on Azure they are public
// roots the machine already trusts); every one the run added is removed again.
//
// Every value reaches PowerShell through a JSON data file in a private temporary directory; the
// PFX passwords (random per run, never the user's) through environment variables it names.
















/** The appid the reproduced fabric mapping is registered with (any fixed GUID works). */
const FABRIC_APP_ID = '{0f6b3c52-7d0e-4a8e-9c1f-5b2d7e4a9c30}';
/** The instance's first non-internal IPv4 address (the "DIP" the fabric binds), else loopback. */
function instanceAddress() {
    for (const list of Object.values(node_os__WEBPACK_IMPORTED_MODULE_2__.networkInterfaces())) {
        for (const a of list ?? [])
            if (a.family === 'IPv4' && !a.internal)
                return a.address;
    }
    return '127.0.0.1';
}
/**
 * Everything the IIS run needs, written into `dir` (private): the startup files generated by
 * `patch` on a copy of the service package, one PFX per certificate (leaf and key, 3DES, a random
 * password), one .cer per intermediate, and the data file. Returns findings instead when the
 * startup files cannot be generated. Runs on any OS, so it is tested on Linux.
 */
async function prepareIisRun(inputs, sites, plan, dir, log) {
    // 1. The startup task, generated by patch on a copy of the package (the user's files stay as they are).
    const generated = await (0,_startup_js__WEBPACK_IMPORTED_MODULE_13__/* .generateStartupTask */ .sC)(inputs, sites, dir, log);
    if (!('data' in generated))
        return generated;
    const startupData = generated.data;
    const instanceId = `${generated.roleName}_IN_0`;
    const httpsHostHeaders = patchedHttpsHostHeaders(node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'service', inputs.serviceDefinition ? node_path__WEBPACK_IMPORTED_MODULE_3__.basename(inputs.serviceDefinition) : 'ServiceDefinition.csdef'), generated.roleName, startupData.siteName);
    // 2. Certificates as the fabric installs them: leaf + key into My, intermediates into CA.
    const secrets = {};
    const certificates = (0,_server_js__WEBPACK_IMPORTED_MODULE_14__/* .distinctServed */ .sP)(plan.bindings).map((serve, i) => {
        const passwordEnv = `SNI_READY_VERIFY_PFX_${i}`;
        const password = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(24).toString('base64url');
        secrets[passwordEnv] = password;
        const pfx = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'certs', `leaf-${i}.pfx`);
        (0,_startup_js__WEBPACK_IMPORTED_MODULE_13__/* .writePrivate */ .pb)(pfx, (0,_certs_pkcs12_js__WEBPACK_IMPORTED_MODULE_5__/* .buildLegacyPkcs12 */ .cB)({ keyDer: serve.key.export({ type: 'pkcs8', format: 'der' }), certificates: [Buffer.from(serve.leaf.raw)], password }));
        return { pfx, passwordEnv, thumbprint: (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_10__/* .thumbprint */ .O1)(serve.leaf) };
    });
    const intermediates = [];
    for (const serve of (0,_server_js__WEBPACK_IMPORTED_MODULE_14__/* .distinctServed */ .sP)(plan.bindings)) {
        for (const c of serve.chain) {
            const t = (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_10__/* .thumbprint */ .O1)(c);
            if (intermediates.some((x) => x.thumbprint === t))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'certs', `ca-${intermediates.length}.cer`);
            (0,_startup_js__WEBPACK_IMPORTED_MODULE_13__/* .writePrivate */ .pb)(file, Buffer.from(c.raw));
            intermediates.push({ file, thumbprint: t });
        }
    }
    const roots = [];
    for (const b of plan.bindings) {
        for (const c of b.site.chain.filter(_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .isSelfSigned */ .Nl)) {
            const t = (0,_tls_probe_js__WEBPACK_IMPORTED_MODULE_10__/* .thumbprint */ .O1)(c);
            if (roots.some((x) => x.thumbprint === t))
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'certs', `root-${roots.length}.cer`);
            (0,_startup_js__WEBPACK_IMPORTED_MODULE_13__/* .writePrivate */ .pb)(file, Buffer.from(c.raw));
            roots.push({ file, thumbprint: t });
        }
    }
    // 3. The data file for iis-setup.ps1 / iis-cleanup.ps1.
    const data = {
        version: 1,
        siteName: `${instanceId}_${startupData.siteName}`,
        physicalPath: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'site'),
        address: instanceAddress(),
        httpPort: 80,
        appId: FABRIC_APP_ID,
        fabricThumbprint: plan.fallback?.thumbprint ?? plan.bindings[0].thumbprint,
        httpsHostHeaders,
        stateFile: node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'iis-state.json'),
        certificates,
        intermediates,
        roots,
        hosts: plan.bindings.map((b) => b.host),
    };
    const dataFile = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dir, 'verify-iis.json');
    (0,_startup_js__WEBPACK_IMPORTED_MODULE_13__/* .writePrivate */ .pb)(dataFile, JSON.stringify(data, null, 2) + '\n');
    return {
        dataFile,
        data,
        secrets,
        startupCmd: generated.startupCmd,
        // what the role's RoleInstanceValue variables hold on a real instance
        startupEnv: { [_service_startup_js__WEBPACK_IMPORTED_MODULE_8__/* .INSTANCE_ID_VARIABLE */ .XS]: instanceId, [_service_startup_js__WEBPACK_IMPORTED_MODULE_8__/* .EMULATED_VARIABLE */ .zq]: 'false', [_service_startup_js__WEBPACK_IMPORTED_MODULE_8__/* .ENDPOINT_ADDRESS_VARIABLE */ .I5]: data.address },
        instanceId,
    };
}
const HOST_HEADER = /^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/;
/** The host headers ('' = none) of the site's bindings to an HTTPS :443 endpoint in the patched csdef. */
function patchedHttpsHostHeaders(definition, roleName, siteName) {
    const def = (0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .readServiceFile */ .Gz)(definition, 'definition');
    if (!(0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .isServiceFile */ .oC)(def))
        return [];
    const role = (0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .chooseRole */ .uc)(def, roleName);
    if (!('el' in role))
        return [];
    const https = new Set((0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .inputEndpoints */ .fG)(role.el)
        .filter(_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .isHttps443 */ .LU)
        .map((e) => (0,_service_xml_js__WEBPACK_IMPORTED_MODULE_9__/* .attr */ .CF)(e, 'name')));
    const site = (0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .sites */ .fy)(role.el).find((s) => (0,_service_xml_js__WEBPACK_IMPORTED_MODULE_9__/* .attr */ .CF)(s, 'name') === siteName);
    if (!site)
        return [];
    return (0,_service_model_js__WEBPACK_IMPORTED_MODULE_7__/* .siteBindings */ .ot)(site)
        .filter((b) => https.has((0,_service_xml_js__WEBPACK_IMPORTED_MODULE_9__/* .attr */ .CF)(b, 'endpointName')))
        .map((b) => ((0,_service_xml_js__WEBPACK_IMPORTED_MODULE_9__/* .attr */ .CF)(b, 'hostHeader') ?? '').trim().toLowerCase())
        .filter((h) => h === '' || HOST_HEADER.test(h));
}
/** The powershell.exe arguments for one of our scripts (the data file is its only parameter). */
function powershellArgs(script, dataFile) {
    return ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', script, '-DataFile', dataFile];
}
function baseEnv(extra) {
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined)
            env[k] = v;
    return { ...env, ...extra };
}
async function run(tool, args, extraEnv, log, label, cwd) {
    const { exec } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 1260));
    const lines = [];
    const onLine = (line) => {
        if (lines.length < 2000)
            lines.push(line);
        log.info(`verify: iis: ${label}: ${line}`);
    };
    const code = await exec(tool, args, { env: baseEnv(extraEnv), cwd, silent: true, ignoreReturnCode: true, listeners: { stdline: onLine, errline: onLine } });
    return { code, lines };
}
async function runIisVerify(inputs, sites, plan, log) {
    if (process.platform !== 'win32')
        throw new _types_js__WEBPACK_IMPORTED_MODULE_15__/* .InputError */ .d("server 'iis' needs Windows with administrator rights (for example a windows-latest runner); on Linux use server: nginx or node");
    const started = performance.now();
    let t = started;
    const step = (what) => {
        const now = performance.now();
        log.info(`verify: iis: ${what} (${Math.round(now - t)} ms)`);
        t = now;
    };
    const dir = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), `sni-ready-iis-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}-`));
    const powershell = node_path__WEBPACK_IMPORTED_MODULE_3__.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
    let setupStarted = false;
    let prepared;
    const notes = [];
    try {
        const p = await prepareIisRun(inputs, sites, plan, dir, log);
        if (!('dataFile' in p))
            return { endpoints: [], findings: p.findings, notes: p.notes };
        prepared = p;
        step(`wrote the startup task, ${p.data.certificates.length} PFX, ${p.data.intermediates.length} intermediate(s) and the data file in ${dir}`);
        setupStarted = true;
        const setup = await run(powershell, powershellArgs((0,_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .assetPath */ .Q)('verify/iis-setup.ps1'), p.dataFile), p.secrets, log, 'setup');
        if (setup.code !== 0)
            throw new Error(`Setting up IIS failed (iis-setup.ps1 exit ${setup.code}): ${setup.lines.slice(-3).join(' | ')}`);
        step(`IIS has site ${p.data.siteName} with the fabric's IP-specific mapping ${p.data.address}:443`);
        // Before the startup task: what the fabric's mapping does to SNI (the problem, measured).
        const before = await (0,_judge_js__WEBPACK_IMPORTED_MODULE_11__/* .probePlan */ .I)(plan, { address: p.data.address, port: 443 }, inputs);
        const wrongBefore = before.findings.filter((f) => f.rule === 'tls-wrong-certificate' || f.rule === 'tls-unreachable').length;
        notes.push(`verify: before the startup task, ${wrongBefore} of ${plan.bindings.length} host(s) at ${p.data.address}:443 did not get their own certificate (the fabric's IP-specific mapping).`);
        step('probed the fabric state');
        // The startup task exactly as the role runs it: its .cmd from approot\bin, with the instance id.
        const task = await run(p.startupCmd, [], p.startupEnv, log, 'startup task', node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(p.startupCmd)));
        step(`the startup task ${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(p.startupCmd)} exited ${task.code}`);
        const findings = [];
        if (task.code !== 0) {
            findings.push((0,_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .finding */ .gk)('config-sni-binding', `The generated startup task exited ${task.code} on IIS: ${task.lines.slice(-3).join(' | ')}`, {
                fix: 'Read the startup task log above (sni-bindings.log) and fix the cause; the role would not get its SNI bindings.',
            }));
        }
        const endpoints = [];
        for (const address of [...new Set(['127.0.0.1', p.data.address])]) {
            const judged = await (0,_judge_js__WEBPACK_IMPORTED_MODULE_11__/* .probePlan */ .I)(plan, { address, port: 443 }, inputs);
            endpoints.push(...judged.endpoints);
            findings.push(...judged.findings);
            notes.push(...judged.notes);
        }
        step(`probed ${plan.bindings.length} host(s) at 127.0.0.1:443 and ${p.data.address}:443`);
        notes.unshift(`verify: IIS with site ${p.data.siteName}; the generated startup task ran as instance ${p.instanceId}; whole run ${Math.round((performance.now() - started) / 1000)} s.`);
        return { endpoints, findings, notes };
    }
    finally {
        if (setupStarted && prepared) {
            try {
                const cleanup = await run(powershell, powershellArgs((0,_assets_js__WEBPACK_IMPORTED_MODULE_4__/* .assetPath */ .Q)('verify/iis-cleanup.ps1'), prepared.dataFile), {}, log, 'cleanup');
                if (cleanup.code !== 0)
                    log.warn(`verify: iis: cleanup did not finish (exit ${cleanup.code}); see the lines above`);
                else
                    step('removed the site, mappings and imported certificates');
            }
            catch (err) {
                log.warn(`verify: iis: cleanup failed: ${err.message}`);
            }
        }
        node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(dir, { recursive: true, force: true });
    }
}


/***/ })

};
