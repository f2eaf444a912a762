export const id = 533;
export const ids = [533];
export const modules = {

/***/ 3533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   consolidateUnpatched: () => (/* binding */ consolidateUnpatched)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9244);
// `check` on a package that `patch` has not brought to the SNI target state yet: instead of one
// error per thing patch would change (9 to 15 of them, each fixed by "patch does this", ahead of
// the real certificate problems), one `config-not-patched` error lists what patch will change.
// The individual findings stay in the report (their file and line are SARIF locations) as notices.


/** Rules whose finding `patch` fixes by itself (its fix says so). */
const PATCHED_BY = {
    'config-os-family': (fs) => `raise osFamily in ${files(fs)}`,
    'config-https-endpoint': () => 'add an HTTPS input endpoint on port 443',
    'config-cert-undeclared': (fs) => `declare the ${plural(fs.length, 'certificate')} an endpoint names`,
    'config-thumbprint': (fs) => `declare the certificates of ${hosts(fs)} and set their thumbprints in ${files(fs)}`,
    'config-intermediate': (fs) => `declare the intermediates of ${hosts(fs)} with storeName="CA"`,
    'config-sni-binding': (fs) => `add the startup task that binds ${hosts(fs)} with SNI (sslFlags=1)`,
};
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function files(fs) {
    return [...new Set(fs.map((f) => (f.file ? node_path__WEBPACK_IMPORTED_MODULE_0__.basename(f.file) : '')).filter(Boolean))].join(', ') || 'the package';
}
function hosts(fs) {
    const hs = [...new Set(fs.map((f) => f.host).filter((h) => Boolean(h)))];
    if (!hs.length)
        return 'each host';
    return hs.length <= 3 ? hs.join(', ') : `${hs.slice(0, 3).join(', ')} and ${hs.length - 3} more`;
}
function fixedByPatch(f) {
    return f.rule in PATCHED_BY && f.severity === 'error' && /'sni-ready patch'/.test(f.fix ?? '');
}
/**
 * When at least two kinds of finding are ones `patch` fixes, the package is not patched yet: one
 * `config-not-patched` error (on the csdef) says what patch will change, and those findings
 * become notices that name it. Returns the findings to report (the input is not changed).
 */
function consolidateUnpatched(findings, serviceDefinition) {
    const patchable = findings.filter(fixedByPatch);
    const byRule = new Map();
    for (const f of patchable)
        byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    if (byRule.size < 2)
        return findings;
    const changes = [...byRule].map(([rule, fs]) => PATCHED_BY[rule](fs));
    const first = patchable.find((f) => f.file === serviceDefinition) ?? patchable[0];
    const summary = (0,_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('config-not-patched', `The service package is not patched for SNI yet (${plural(patchable.length, 'setting')} missing); patch will ${changes.join('; ')}.`, {
        file: serviceDefinition ?? first.file,
        line: first.file === (serviceDefinition ?? first.file) ? first.line : undefined,
        fix: "Run 'sni-ready patch' with the same inputs (try dry-run first to see the diff), then package and deploy; fix the certificate findings first.",
    });
    const out = [];
    for (const f of findings) {
        if (f === patchable[0])
            out.push(summary);
        out.push(patchable.includes(f) ? { ...f, severity: 'notice', message: `${f.message} (part of config-not-patched: patch changes it)` } : f);
    }
    return out;
}


/***/ })

};
