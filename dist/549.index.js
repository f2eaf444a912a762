export const id = 549;
export const ids = [549];
export const modules = {

/***/ 1549:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   revocationRun: () => (/* binding */ revocationRun)
/* harmony export */ });
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9244);
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(819);


const LISTED = 8;
function names(list) {
    return list.length > LISTED ? `${list.slice(0, LISTED).join(', ')} and ${list.length - LISTED} more` : list.join(', ');
}
async function revocationRun(o) {
    const { revocationChecker } = await __webpack_require__.e(/* import() */ 35).then(__webpack_require__.bind(__webpack_require__, 8035));
    const checker = revocationChecker({ timeoutMs: o.timeoutMs, at: o.at });
    const stapling = [];
    const notStapling = [];
    let checked = 0;
    return {
        async judge({ host, where, chain, stapled, file }) {
            const leaf = chain[0];
            if (!leaf)
                return [];
            if (!file)
                (stapled ? stapling : notStapling).push(where);
            const what = file ? 'the certificate' : 'the served';
            const at = file ? { file } : {};
            const issuer = chain.slice(1).find((c) => (0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .issuedBy */ .T1)(leaf, c)) ?? o.trust.issuersOf(leaf)[0];
            const couldNot = (why) => [
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('cert-revoked', `${where}: could not check whether ${what} ${(0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(leaf)} is revoked: ${why}.`, {
                    host,
                    ...at,
                    severity: 'notice',
                    fix: 'Nothing to change if the CA runs no responder; otherwise check that the OCSP responder and CRL of the certificate are reachable from here, or raise timeout.',
                }),
            ];
            if (!issuer)
                return couldNot('its issuer is neither served nor trusted, and an OCSP request or a CRL needs the issuer');
            checked++;
            const v = await checker.check(leaf, issuer, stapled);
            if (v.status === 'unchecked')
                return couldNot(v.why);
            if (v.status === 'good')
                return [];
            const by = v.source === 'staple' ? 'the OCSP response the server stapled' : v.source === 'ocsp' ? `the OCSP responder ${v.url}` : `the CRL ${v.url}`;
            const when = v.revokedAt ? ` on ${v.revokedAt.toISOString()}` : '';
            const why = v.reason ? ` (reason: ${v.reason})` : '';
            return [
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('cert-revoked', `${where}: ${what} ${(0,_certs_x509_js__WEBPACK_IMPORTED_MODULE_1__/* .label */ .Pf)(leaf)} was revoked${when}${why}, per ${by}; clients that check revocation refuse it.`, {
                    host,
                    ...at,
                    fix: `Replace the certificate now: get a new one from the CA${v.reason === 'keyCompromise' ? ' with a new key' : ''}, install it and bind it to ${host}.`,
                }),
            ];
        },
        note() {
            if (!checked && !stapling.length && !notStapling.length)
                return undefined;
            const { ocsp, crl } = checker.lookups;
            return `Revocation: ${checked} leaf check${checked === 1 ? '' : 's'}, ${ocsp} OCSP request${ocsp === 1 ? '' : 's'} and ${crl} CRL download${crl === 1 ? '' : 's'} (each certificate and CRL once per run, each within the timeout); stapling an OCSP response: ${stapling.length ? names(stapling) : 'none'}; not stapling: ${notStapling.length ? names(notStapling) : 'none'}.`;
        },
    };
}


/***/ })

};
