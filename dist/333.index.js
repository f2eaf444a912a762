export const id = 333;
export const ids = [333];
export const modules = {

/***/ 9333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReports: () => (/* binding */ mergeReports)
/* harmony export */ });
/* unused harmony export expandReportPaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8087);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8522);
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7962);
// `merge`: combines the JSON reports of sharded `scan` jobs into one report (then one summary
// and one tracking issue). A missing or invalid shard report is an input error naming the file:
// a merge that silently dropped a shard would hide endpoints.





/** Expands `*` and `?` in the last path segment (no other glob syntax), sorted; a plain path is returned as is. */
function expandReportPaths(patterns, cwd, door = 'action') {
    const reports = (0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(door, 'reports');
    const out = [];
    for (const raw of patterns) {
        const p = node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(cwd, raw.trim());
        const base = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(p);
        if (!/[*?]/.test(base)) {
            out.push(p);
            continue;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(p);
        if (/[*?]/.test(dir))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Invalid pattern '${raw}' in ${reports}: '*' and '?' are allowed in the file name only`);
        const re = new RegExp('^' +
            base
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*')
                .replace(/\?/g, '.') +
            '$');
        let names;
        try {
            names = node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir);
        }
        catch {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .capital */ .Nx)(reports)}: directory '${dir}' of pattern '${raw}' cannot be read`);
        }
        const matched = names
            .filter((n) => re.test(n))
            .sort()
            .map((n) => node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir, n));
        if (!matched.length)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .capital */ .Nx)(reports)}: no file matches '${raw}' (a shard job may have failed to upload its report)`);
        out.push(...matched);
    }
    return [...new Set(out)];
}
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** Rules `scan` judges once per address and port (tls/config.ts), which every shard probing that address reports. */
const PER_ADDRESS = new Set(['tls-legacy-protocol', 'tls-weak-key-exchange', 'tls-weak-cipher']);
function readShard(file) {
    let text;
    try {
        const size = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).size;
        if (size > MAX_REPORT_BYTES)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' is larger than 256 MB`);
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err instanceof _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d)
            throw err;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' cannot be read (${err.code ?? 'error'})`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' is not valid JSON`);
    }
    const r = data;
    if (!r || typeof r !== 'object' || Array.isArray(r))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' is not a sni-ready report (expected a JSON object)`);
    if (r.version !== 1)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' has version ${JSON.stringify(r.version)}; this sni-ready reads version 1`);
    for (const key of ['endpoints', 'certificates', 'findings']) {
        if (r[key] !== undefined && !Array.isArray(r[key]))
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' is not a sni-ready report ('${key}' is not a list)`);
    }
    if (!Array.isArray(r.findings))
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' is not a sni-ready report (no 'findings' list)`);
    for (const f of r.findings) {
        if (!f ||
            typeof f.rule !== 'string' ||
            !/^[a-z0-9-]{1,64}$/.test(f.rule) ||
            typeof f.message !== 'string' ||
            !['error', 'warning', 'notice'].includes(f.severity)) {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Shard report '${file}' holds a malformed finding`);
        }
    }
    // A report file is foreign text (a shard job, or whoever could write the artifact, wrote it).
    return (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_3__/* .inertReport */ .$b)(r);
}
async function mergeReports(inputs) {
    const reports = (0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .capital */ .Nx)((0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(inputs.door, 'reports'));
    if (!inputs.reports.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${reports} is empty: give the shard reports (paths or globs, ${inputs.door === 'cli' ? 'one per --reports' : 'one a line'}) for command merge`);
    const files = expandReportPaths(inputs.reports, inputs.cwd, inputs.door);
    const endpoints = [];
    const certificates = [];
    const findings = [];
    const notes = [];
    const seenFinding = new Set();
    const seenCert = new Set();
    const seenNoSni = new Set();
    const shards = [];
    for (const file of files) {
        const r = readShard(file);
        const shard = shardOfReport(r);
        if (shard)
            shards.push({ file, ...shard });
        for (const e of r.endpoints ?? []) {
            // Every shard probes its addresses without SNI: keep one row per address.
            if (e.sni === null) {
                const key = `${e.address}|${e.port}`;
                if (seenNoSni.has(key))
                    continue;
                seenNoSni.add(key);
            }
            endpoints.push(e);
        }
        for (const c of r.certificates ?? []) {
            const key = `${c.file}|${c.thumbprint}`;
            if (seenCert.has(key))
                continue;
            seenCert.add(key);
            certificates.push(c);
        }
        for (const f of r.findings) {
            // Shards share file findings (from `sites`), no-SNI findings and configuration findings:
            // report each once. A no-SNI finding names the hosts its shard saw at the address: one per
            // address and severity; a configuration finding ('ADDRESS:PORT (serving …) accepts …'): one
            // per address, port and severity.
            const key = f.rule === 'tls-no-sni-fallback'
                ? `${f.rule}|${f.severity}|${f.host ?? ''}`
                : PER_ADDRESS.has(f.rule)
                    ? `${f.rule}|${f.severity}|${f.host ?? ''}|${/^(\S+) \(serving /.exec(f.message)?.[1] ?? f.message}`
                    : `${f.rule}|${f.severity}|${f.host ?? ''}|${f.file ?? ''}|${f.line ?? ''}|${f.message}`;
            if (seenFinding.has(key))
                continue;
            seenFinding.add(key);
            findings.push(f);
        }
        for (const n of r.notes ?? [])
            if (typeof n === 'string')
                notes.push(`${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}: ${n}`);
    }
    checkShardsComplete(shards, reports);
    notes.unshift(`Merged ${files.length} shard report${files.length === 1 ? '' : 's'}: ${endpoints.filter((e) => e.sni !== null).length} endpoints.`);
    return { version: 1, command: 'merge', at: inputs.at.toISOString(), certificates, endpoints, findings, notes };
}
/** The `shard: K/N` a scan report was made with (its note 'Shard K/N: …'), if any. */
function shardOfReport(r) {
    for (const n of r.notes ?? []) {
        const m = typeof n === 'string' ? /^Shard (\d+)\/(\d+): /.exec(n) : null;
        if (m)
            return { index: Number(m[1]), count: Number(m[2]) };
    }
    return undefined;
}
/**
 * Sharded reports must be one per shard, all of the same split, none missing: a glob that matched
 * 3 of 4 reports (a shard job that failed before uploading) would otherwise hide a quarter of the
 * endpoints behind a clean merge.
 */
function checkShardsComplete(shards, reports) {
    if (!shards.length)
        return;
    const counts = [...new Set(shards.map((s) => s.count))];
    if (counts.length > 1)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${reports}: the shard reports come from different splits (${shards.map((s) => `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(s.file)}: ${s.index}/${s.count}`).join(', ')})`);
    const count = counts[0];
    const byIndex = new Map();
    for (const s of shards) {
        const other = byIndex.get(s.index);
        if (other)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${reports}: '${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(other)}' and '${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(s.file)}' are both shard ${s.index}/${count}`);
        byIndex.set(s.index, s.file);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
    if (missing.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${reports}: shard${missing.length === 1 ? '' : 's'} ${missing.map((k) => `${k}/${count}`).join(', ')} missing (found ${[...byIndex.keys()].sort((a, b) => a - b).join(', ')} of ${count}); a shard job may have failed to upload its report`);
}


/***/ })

};
