export const id = 832;
export const ids = [832];
export const modules = {

/***/ 3944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ot: () => (/* reexport */ trust/* TrustStore */.Ot),
  CM: () => (/* binding */ assessChain),
  Jl: () => (/* binding */ chainElements),
  O6: () => (/* binding */ checkSignaturesInSlices),
  H_: () => (/* reexport */ x509/* daysLeft */.H_),
  dF: () => (/* binding */ describeCertificate),
  Ww: () => (/* reexport */ x509/* dnsNames */.Ww),
  nD: () => (/* reexport */ x509/* formatName */.nD),
  B: () => (/* reexport */ x509/* hostCoverage */.B),
  Nl: () => (/* reexport */ x509/* isSelfSigned */.Nl),
  Vc: () => (/* reexport */ trust/* loadTrust */.Vc),
  Cw: () => (/* reexport */ x509/* notAfter */.Cw),
  Vv: () => (/* reexport */ x509/* sanNames */.Vv),
  EU: () => (/* reexport */ x509/* shortName */.EU),
  wn: () => (/* reexport */ x509/* subjectName */.wn),
  O1: () => (/* reexport */ x509/* thumbprint */.O1)
});

// UNUSED EXPORTS: certificateFacts, isWeakSignature, keyInfo, notBefore, sha256Thumbprint, signatureAlgorithm

// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/certs/budget.ts
var certs_budget = __webpack_require__(5766);
// EXTERNAL MODULE: ./src/certs/x509.ts
var x509 = __webpack_require__(819);
;// CONCATENATED MODULE: ./src/certs/path.ts

const MAX_DEPTH = 10;
const MAX_STEPS = 500;
/** The presented certificates without duplicates and without the leaf, in presented order. */
function distinctOthers(leaf, presented) {
    const seen = new Set([leaf.fingerprint256]);
    return presented.filter((c) => !seen.has(c.fingerprint256) && seen.add(c.fingerprint256));
}
/** Most trusted paths judged by `accept` per build: each judgement runs the path's checks. */
const MAX_JUDGED = 32;
/**
 * The path from `leaf` to a trust anchor. With `accept`, a trusted path the judge refuses (a
 * constraint broken on that branch: a path length, a name constraint, an expired cross-sign) is
 * not the answer while another trusted path through the same certificates is accepted: the
 * builder backtracks, as browsers' path builders do, and returns the first refused trusted path
 * only when no trusted path is accepted.
 */
function buildPath(leaf, presented, trust, accept) {
    const pool = distinctOthers(leaf, presented);
    let firstUntrusted;
    let firstRefused;
    let steps = 0;
    let judged = 0;
    const walk = (cur, chain, sources, used) => {
        const done = (end) => {
            const built = { chain, sources, end };
            if (end.kind === 'trusted')
                return settle(built);
            firstUntrusted ??= built;
            return undefined;
        };
        if (cur !== leaf && trust.has(cur))
            return done({ kind: 'trusted' });
        if ((0,x509/* isSelfSigned */.Nl)(cur))
            return done(trust.has(cur) ? { kind: 'trusted' } : { kind: 'untrusted-root', root: cur });
        if (chain.length >= MAX_DEPTH)
            return done({ kind: 'missing-issuer', last: cur });
        const fromPool = pool.filter((c) => !used.has(c.fingerprint256) && (0,x509/* issuedBy */.T1)(cur, c));
        // A trusted issuer wins over a presented one, unless the presented one is that very root:
        // clients prefer their own root to a cross-signed copy of it (e.g. an old fullchain.pem).
        for (const anchor of trust.issuersOf(cur).filter((a) => !fromPool.some((p) => p.fingerprint256 === a.fingerprint256))) {
            const found = settle({ chain: [...chain, anchor], sources: [...sources, 'trust'], end: { kind: 'trusted' } });
            if (found)
                return found;
        }
        if (firstRefused && judged >= MAX_JUDGED)
            return undefined;
        for (const next of fromPool) {
            if (++steps > MAX_STEPS)
                break;
            const found = walk(next, [...chain, next], [...sources, 'file'], new Set([...used, next.fingerprint256]));
            if (found)
                return found;
        }
        if (fromPool.length === 0)
            return done({ kind: 'missing-issuer', last: cur });
        return undefined;
    };
    // a trusted path is the answer when the judge accepts it (or there is no judge, or no more
    // judging is allowed); otherwise it is remembered and the search goes on
    const settle = (built) => {
        if (!accept || judged >= MAX_JUDGED)
            return firstRefused ?? built;
        judged++;
        if (accept(built))
            return built;
        firstRefused ??= built;
        return undefined;
    };
    return walk(leaf, [], [], new Set()) ?? firstRefused ?? firstUntrusted ?? { chain: [], sources: [], end: { kind: 'missing-issuer', last: leaf } };
}

// EXTERNAL MODULE: ./src/door.ts
var door = __webpack_require__(8087);
;// CONCATENATED MODULE: ./src/certs/rules/check.ts

/** How a fix names the trust input: `input 'trust'` / `--trust`, or both when the door is unknown. */
function trustRef(ctx) {
    return ctx.door ? (0,door/* inputRef */.io)(ctx.door, 'trust') : "input 'trust' (CLI: --trust)";
}
/** How a fix says to trust `file`: `trust: FILE` / `--trust FILE`, or both when the door is unknown. */
function trustSetting(ctx, file) {
    return ctx.door ? (0,door/* inputSetting */.pw)(ctx.door, 'trust', file) : `trust: ${file} (CLI: --trust ${file})`;
}
/** How a message calls the certificate at `i` of the path: "The certificate", "The intermediate", "The root". */
function roleOf(ctx, i) {
    if (i === 0)
        return 'The certificate';
    return isRootAt(ctx, i) ? 'The root' : 'The intermediate';
}
/** Is the certificate at `i` (> 0) the path's root or trust anchor (its own signature is not judged)? */
function isRootAt(ctx, i) {
    return i > 0 && i === ctx.path.length - 1 && (ctx.end.kind === 'trusted' || ctx.end.kind === 'untrusted-root');
}

;// CONCATENATED MODULE: ./src/certs/rules/validity.ts

function renewAdvice(i, c) {
    return i === 0
        ? 'Renew the certificate and replace the file before it is deployed.'
        : `Get the current chain from the CA and replace ${(0,x509/* label */.Pf)(c)} in the file.`;
}
/** Each certificate of the path with its index, for the date checks. */
function everyOnPath(ctx) {
    return ctx.path.map((c, i) => [c, i]);
}

;// CONCATENATED MODULE: ./src/certs/rules/cert-expired.ts



const certExpired = {
    rule: 'cert-expired',
    execute(ctx) {
        return everyOnPath(ctx).flatMap(([c, i]) => {
            const to = (0,x509/* notAfter */.Cw)(c);
            if (!to || ctx.at <= to)
                return [];
            return [{ message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} expired on ${(0,x509/* dayOf */.kb)(to)}, ${(0,x509/* dayCount */.AV)((0,x509/* daysBetween */.YM)(ctx.at, to))} ago.`, fix: renewAdvice(i, c) }];
        });
    },
};

// EXTERNAL MODULE: ./src/certs/thresholds.ts
var thresholds = __webpack_require__(2639);
;// CONCATENATED MODULE: ./src/certs/rules/cert-expires-soon.ts




/**
 * Valid now, but for less than warn-days (warning) or fail-days (error) — each a number of days,
 * a share of the certificate's own lifetime, or by default the smaller of both (thresholds.ts).
 */
const certExpiresSoon = {
    rule: 'cert-expires-soon',
    execute(ctx) {
        return everyOnPath(ctx).flatMap(([c, i]) => {
            const from = (0,x509/* notBefore */.$F)(c);
            const to = (0,x509/* notAfter */.Cw)(c);
            if (!from || !to || ctx.at < from || ctx.at > to)
                return [];
            const lifetime = to.getTime() - from.getTime();
            const left = to.getTime() - ctx.at.getTime();
            const failing = left < (0,thresholds/* thresholdMs */.gP)(ctx.failDays, lifetime);
            if (!failing && left >= (0,thresholds/* thresholdMs */.gP)(ctx.warnDays, lifetime))
                return [];
            const limit = (0,thresholds/* thresholdText */.HA)(failing ? ctx.failDays : ctx.warnDays, lifetime);
            return [
                {
                    message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} expires on ${(0,x509/* dayOf */.kb)(to)}, in ${(0,x509/* dayCount */.AV)((0,x509/* daysBetween */.YM)(ctx.at, to))} (${failing ? 'fail-days' : 'warn-days'}: ${limit}).`,
                    severity: failing ? 'error' : 'warning',
                    fix: renewAdvice(i, c),
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-host-mismatch.ts

/** A host of the `sites` line the leaf does not cover. (A leaf without any subjectAltName is
 * cert-no-san, whether or not its CN names the host.) */
const certHostMismatch = {
    rule: 'cert-host-mismatch',
    execute(ctx) {
        const { leaf } = ctx;
        const names = (0,x509/* sanNames */.Vv)(leaf);
        return ctx.hosts.flatMap((host) => {
            const how = (0,x509/* hostCoverage */.B)(leaf, host);
            if (how === 'san' || (how === 'cn' && (0,x509/* dnsNames */.Ww)(leaf).length === 0))
                return [];
            if ((0,x509/* ipBytes */.tF)(host)) {
                return [
                    {
                        host,
                        message: `${(0,x509/* label */.Pf)(leaf)} does not cover the IP address ${host}: an address is matched only against the iPAddress entries of the subjectAltName (it covers ${names.length ? names.join(', ') : 'no name at all'}).`,
                        fix: `Use a certificate whose subjectAltName lists IP:${host.replace(/^\[|\]$/g, '')}, or reach the server by a host name it covers.`,
                    },
                ];
            }
            const cn = (0,x509/* commonName */.LS)(leaf);
            return [
                {
                    host,
                    message: `${(0,x509/* label */.Pf)(leaf)} does not cover ${host} (it covers ${names.length ? names.join(', ') : cn ? `only the CN '${cn}'` : 'no host name'}).`,
                    fix: `Use a certificate whose subjectAltName lists ${host}${host.startsWith('*.') ? '' : ` or *.${host.split('.').slice(1).join('.')}`}, or move ${host} to the line of the certificate that covers it.`,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-nonconforming.ts


// What RFC 5280 and the CA/Browser Forum Baseline Requirements forbid but browsers (Chrome,
// Firefox, rustls-webpki) still accept: reported as warnings, never failing a path on its own.
// What browsers refuse lives in chain-invalid / cert-weak-key / cert-no-server-auth.
const askCa = 'Ask the CA for a certificate made to RFC 5280 and the CA/Browser Forum Baseline Requirements; browsers accept this one today, but stricter verifiers (OpenSSL -x509_strict, pyca/cryptography, Go) may not.';
/** The path's certificates with their index, without the trust anchor or self-signed root at the end. */
function belowRoot(ctx) {
    return ctx.path.flatMap((c, i) => (isRootAt(ctx, i) ? [] : [[i, (0,x509/* facts */.Ix)(c)]]));
}
const certNonconforming = {
    rule: 'cert-nonconforming',
    execute(ctx) {
        const out = [];
        const say = (i, what) => {
            out.push({ message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(ctx.path[i])} ${what}.`, fix: askCa });
        };
        for (const [i, f] of belowRoot(ctx)) {
            const c = ctx.path[i];
            if (!f)
                continue;
            // RFC 5280 4.2.1.1 / BR 7.1.2: keyIdentifier in every certificate but a self-signed one
            if (!(0,x509/* isSelfSigned */.Nl)(c) && !f.aki?.keyId && !f.broken.includes(x509/* OID */.Vx.authorityKeyIdentifier)) {
                say(i, f.aki
                    ? 'has an authorityKeyIdentifier without a keyIdentifier (RFC 5280 4.2.1.1 requires one)'
                    : 'has no authorityKeyIdentifier extension (RFC 5280 4.2.1.1 and the Baseline Requirements require one)');
            }
            const serial = (0,x509/* serialInfo */.p_)(c);
            if (serial?.zero)
                say(i, 'has the serial number 0 (RFC 5280 4.1.2.2: it must be a positive integer)');
            else if (serial?.negative)
                say(i, 'has a negative serial number (RFC 5280 4.1.2.2: it must be a positive integer; Go refuses it)');
        }
        const leafEku = (0,x509/* facts */.Ix)(ctx.leaf)?.extensions.find((e) => e.oid === x509/* OID */.Vx.extKeyUsage);
        if (leafEku?.critical)
            say(0, 'marks its extended key usage critical (the Baseline Requirements say it must not be)');
        ctx.path.forEach((c, i) => {
            if ((0,x509/* facts */.Ix)(c)?.extensions.some((e) => e.oid === x509/* OID */.Vx.authorityKeyIdentifier && e.critical))
                say(i, 'marks its authorityKeyIdentifier critical (RFC 5280 4.2.1.1: it must not be)');
        });
        const last = ctx.path.length - 1;
        if (last > 0 && isRootAt(ctx, last)) {
            const root = ctx.path[last];
            const f = (0,x509/* facts */.Ix)(root);
            const bc = f?.extensions.find((e) => e.oid === x509/* OID */.Vx.basicConstraints);
            if (f && f.version >= 3 && !bc)
                say(last, 'has no basicConstraints extension (RFC 5280 4.2.1.9: a CA certificate must carry a critical one with CA:TRUE)');
            else if (bc && !bc.critical)
                say(last, 'has a non-critical basicConstraints extension (RFC 5280 4.2.1.9: a CA certificate must mark it critical)');
            if (f?.aki?.keyId && f.subjectKeyId && (0,x509/* isSelfSigned */.Nl)(root) && !f.aki.keyId.equals(f.subjectKeyId)) {
                say(last, 'has an authorityKeyIdentifier that is not its own subjectKeyIdentifier although it signed itself (a malformed AKI)');
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-no-san.ts

/** A leaf without a subjectAltName DNS name or IP address: browsers have ignored the CN since
 * 2017 (Chrome 58, Firefox 48), so no host matches it. */
const certNoSan = {
    rule: 'cert-no-san',
    execute(ctx) {
        if ((0,x509/* hasSanForHosts */.Xb)(ctx.leaf))
            return [];
        const cn = (0,x509/* commonName */.LS)(ctx.leaf);
        const hosts = ctx.hosts.length ? ctx.hosts.join(', ') : cn;
        return [
            {
                message: `${(0,x509/* label */.Pf)(ctx.leaf)} has no subjectAltName DNS name${cn ? `; its subject CN '${cn}' is ignored by browsers since 2017` : ''}, so browsers refuse it for every host.`,
                fix: `Reissue the certificate with a subjectAltName DNS entry for ${hosts || 'each host'} (openssl: -addext "subjectAltName=DNS:${ctx.hosts[0] ?? cn ?? 'www.example.com'}").`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-no-server-auth.ts

/** The leaf's extended key usage must name serverAuth; anyExtendedKeyUsage alone is not enough
 * for Chrome and OpenSSL's sslserver purpose. */
const certNoServerAuth = {
    rule: 'cert-no-server-auth',
    execute(ctx) {
        const eku = (0,x509/* facts */.Ix)(ctx.leaf)?.extKeyUsage;
        if (!eku || eku.includes(x509/* OID */.Vx.serverAuth))
            return [];
        const anyOnly = eku.length > 0 && eku.every((o) => o === x509/* OID */.Vx.anyExtendedKeyUsage);
        return [
            {
                message: anyOnly
                    ? `${(0,x509/* label */.Pf)(ctx.leaf)} has only anyExtendedKeyUsage in its extended key usage; browsers require serverAuth itself.`
                    : `${(0,x509/* label */.Pf)(ctx.leaf)} has an extended key usage without serverAuth (${eku.join(', ') || 'empty'}), so TLS clients reject it for a server.`,
                fix: 'Reissue the certificate as a TLS server certificate (extendedKeyUsage serverAuth).',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-not-yet-valid.ts



const certNotYetValid = {
    rule: 'cert-not-yet-valid',
    execute(ctx) {
        return everyOnPath(ctx).flatMap(([c, i]) => {
            const from = (0,x509/* notBefore */.$F)(c);
            if (!from || ctx.at >= from)
                return [];
            return [
                {
                    message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} is not valid until ${(0,x509/* dayOf */.kb)(from)}, in ${(0,x509/* dayCount */.AV)((0,x509/* daysBetween */.YM)(ctx.at, from))}.`,
                    fix: 'Wait until the certificate is valid before deploying it, or check the server clock and the certificate dates.',
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-weak-key.ts


/** RSA under 2048 bits, EC under 256 bits, or a DSA key: on the leaf and the intermediates; a DSA
 * key anywhere (the root's too). An RSA key browsers refuse to check signatures with (its exponent
 * or modulus out of BoringSSL's bounds), on the path or among the other presented certificates:
 * such a certificate signs nothing, so its chain breaks there. An EC key with explicit curve
 * parameters or an RSA modulus that is not a whole number of octets, anywhere (the root's too):
 * Chrome cannot read the first, and rustls-webpki (ring) refuses the second. */
const certWeakKey = {
    rule: 'cert-weak-key',
    execute(ctx) {
        const refused = [...ctx.path, ...ctx.unused].flatMap((c, i) => {
            const why = (0,x509/* rsaKeyRefusal */.C4)(c);
            if (!why)
                return [];
            const role = i < ctx.path.length ? roleOf(ctx, i) : 'The presented certificate';
            return [
                {
                    message: `${role} ${(0,x509/* label */.Pf)(c)} has an RSA key browsers refuse: ${why}; no signature is checked with it, so nothing it signed is accepted.`,
                    fix: 'Reissue the certificate (or use the CA certificate) with an RSA key of exponent 65537 and 2048 to 4096 bits, or an EC P-256 key.',
                },
            ];
        });
        return refused.concat(ctx.path.flatMap((c, i) => {
            const { keyType, keySize } = (0,x509/* keyInfo */.uc)(c);
            if (keyType === 'DSA') {
                return [
                    {
                        message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} has a DSA key, which browsers no longer accept anywhere in a chain.`,
                        fix: 'Use a certificate (and CA) with RSA 2048-bit or EC P-256 keys.',
                    },
                ];
            }
            if ((0,x509/* hasExplicitCurve */.K$)(c)) {
                return [
                    {
                        message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} has an EC key with explicit curve parameters instead of a named curve; RFC 5480 forbids them and browsers cannot use such a key.`,
                        fix: 'Use a certificate (and CA) whose EC key names its curve (P-256 or P-384), or an RSA 2048-bit key.',
                    },
                ];
            }
            if (keyType === 'RSA' && keySize >= 2048 && keySize % 8 !== 0) {
                return [
                    {
                        message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} has a ${keySize}-bit RSA key, not a whole number of octets; browsers and rustls-webpki refuse such moduli.`,
                        fix: 'Reissue the certificate with an RSA key of 2048, 3072 or 4096 bits, or an EC P-256 key.',
                    },
                ];
            }
            if (isRootAt(ctx, i))
                return [];
            if ((keyType === 'RSA' && keySize < 2048) || (keyType === 'EC' && keySize < 256)) {
                return [
                    {
                        message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} has a ${keySize}-bit ${keyType} key; clients require RSA ≥ 2048 or EC ≥ 256 bits.`,
                        fix: 'Reissue the certificate with an RSA 2048-bit (or larger) or an EC P-256 key.',
                    },
                ];
            }
            return [];
        }));
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/cert-weak-signature.ts


/** SHA-1, MD5 or DSA signatures on the leaf and the intermediates (a root's own signature is not
 * checked by anyone: roots are trusted by their presence). */
const certWeakSignature = {
    rule: 'cert-weak-signature',
    execute(ctx) {
        return ctx.path.flatMap((c, i) => {
            if (isRootAt(ctx, i))
                return [];
            const sig = (0,x509/* signatureAlgorithm */.wO)(c);
            if (!(0,x509/* isWeakSignature */.v9)(sig))
                return [];
            return [
                {
                    message: `${roleOf(ctx, i)} ${(0,x509/* label */.Pf)(c)} is signed with ${sig}, which browsers reject.`,
                    fix: i === 0 ? 'Reissue the certificate with a SHA-256 signature.' : "Use the CA's current SHA-256 intermediate instead.",
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/chain-extra.ts

/** Certificates of the set that are not on the leaf's path. */
const chainExtra = {
    rule: 'chain-extra',
    execute(ctx) {
        return ctx.unused.map((c) => {
            const twin = ctx.chain.find((e) => (0,x509/* subjectKey */.ow)(e) === (0,x509/* subjectKey */.ow)(c));
            const why = twin
                ? `a second copy of ${(0,x509/* label */.Pf)(twin)} issued by '${(0,x509/* formatName */.nD)(c.issuer)}', which clients do not need`
                : `which is not part of the chain of ${(0,x509/* label */.Pf)(ctx.leaf)}`;
            return {
                message: `${ctx.where} contains ${(0,x509/* label */.Pf)(c)}, ${why}.`,
                fix: ctx.served
                    ? 'Remove the unrelated certificate from what the server sends.'
                    : 'Remove the unrelated certificate from the file, or give it its own `sites` line.',
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/missing-issuer.ts

/** Issuer names of roots that intercept TLS on a client machine (Superfish, Dell's eDellRoot and
 * DSDTestProvider, Komodia's SSL Digestor, PrivDog, Sendori, …). A leaf they signed was made on
 * the client: no server sends it. */
const INTERCEPTION = /superfish|edellroot|dsdtestprovider|komodia|privdog|sendori|kurupira|atomic ?labs|ss?l ?digestor/i;
/** The name `demo-certs` gives its root (src/demo/certs.ts). */
const DEMO_ROOT_NAME = 'sni-ready Demo Root';
function missingIssuer(ctx) {
    if (ctx.end.kind !== 'missing-issuer')
        return undefined;
    const last = ctx.end.last;
    const issuer = (0,x509/* formatName */.nD)(last.issuer);
    const cn = (0,x509/* commonNameOf */.KJ)(last.issuer) ?? issuer;
    let kind = 'intermediate';
    if (INTERCEPTION.test(issuer))
        kind = 'interception';
    // The issuer of a CA certificate whose name says root, or the demo root: a root to trust, not an
    // intermediate to add (roots are never sent by servers).
    else if (cn === DEMO_ROOT_NAME || (last !== ctx.leaf && (0,x509/* facts */.Ix)(last)?.basicConstraints?.ca && /\broot\b/i.test(cn)))
        kind = 'root';
    return { last, issuer, kind };
}
function caIssuersUrl(cert) {
    try {
        return /CA Issuers - URI:(\S+)/.exec(cert.infoAccess ?? '')?.[1];
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/certs/rules/chain-incomplete.ts



/** An intermediate is missing from the file: neither presented nor a trust anchor. */
const chainIncomplete = {
    rule: 'chain-incomplete',
    applies: (ctx) => !ctx.served,
    execute(ctx) {
        const missing = missingIssuer(ctx);
        if (missing?.kind !== 'intermediate')
            return [];
        const url = caIssuersUrl(missing.last);
        return [
            {
                message: `The chain of ${(0,x509/* label */.Pf)(ctx.leaf)} is incomplete: the issuer '${missing.issuer}' of ${(0,x509/* label */.Pf)(missing.last)} is neither in ${ctx.where} nor a trusted root.`,
                fix: `Add the intermediate certificate '${missing.issuer}' to the file${url ? ` (it is published at ${url})` : ''}, e.g. export the PFX with the whole chain; if '${missing.issuer}' is itself a root (a private CA), add it to ${trustRef(ctx)} instead.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/name-constraints.ts


function dnsWithin(name, base) {
    const n = name.toLowerCase().replace(/\.$/, '');
    const b = base.toLowerCase().replace(/\.$/, '');
    if (b === '')
        return true;
    if (b.startsWith('.'))
        return n.endsWith(b);
    return n === b || n.endsWith(`.${b}`);
}
function hostWithin(host, base) {
    const h = host.toLowerCase();
    const b = base.toLowerCase();
    if (b === '')
        return true;
    if (b.startsWith('.'))
        return h.endsWith(b);
    return h === b;
}
function emailWithin(mail, base) {
    const at = mail.lastIndexOf('@');
    if (at < 0)
        return false;
    if (base.includes('@')) {
        const bat = base.lastIndexOf('@');
        return mail.slice(0, at) === base.slice(0, bat) && mail.slice(at + 1).toLowerCase() === base.slice(bat + 1).toLowerCase();
    }
    return hostWithin(mail.slice(at + 1), base);
}
function uriHost(uri) {
    return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri)?.[1] || undefined;
}
function uriWithin(uri, base) {
    const host = uriHost(uri);
    return host !== undefined && hostWithin(host, base);
}
function ipWithin(ip, base) {
    if (base.length !== ip.length * 2)
        return false;
    for (let i = 0; i < ip.length; i++)
        if ((ip[i] & base[ip.length + i]) !== (base[i] & base[ip.length + i]))
            return false;
    return true;
}
function dirWithin(name, base) {
    const n = (0,x509/* rdnsOf */.FC)(name);
    const b = (0,x509/* rdnsOf */.FC)(base);
    if (!n || !b || b.length > n.length)
        return false;
    return b.every((rdn, i) => rdn === n[i]);
}
const MATCH = {
    dns: dnsWithin,
    email: emailWithin,
    uri: uriWithin,
    ip: ipWithin,
    dirName: dirWithin,
};
const LABEL = { dns: 'DNS name', email: 'e-mail address', uri: 'URI', ip: 'IP address', dirName: 'directory name' };
function show(kind, v) {
    if (typeof v === 'string')
        return v;
    if (kind === 'ip')
        return v.length === 4 ? [...v].join('.') : v.toString('hex');
    return ((0,x509/* rdnsOf */.FC)(v) ?? []).join(', ');
}
/** The names of `cert` that name constraints apply to. */
function namesOf(cert) {
    const f = (0,x509/* facts */.Ix)(cert);
    const san = f?.san ?? { dns: [], email: [], uri: [], ip: [], dirName: [] };
    const subject = f?.subject;
    const subjectEmpty = !subject || ((0,x509/* rdnsOf */.FC)(subject)?.length ?? 0) === 0;
    return {
        ...san,
        email: [...san.email, ...(subject ? (0,x509/* emailsInName */.Wm)(subject) : [])],
        dirName: [...san.dirName, ...(subjectEmpty ? [] : [subject])],
    };
}
/** DNS subtrees indexed by their normalized base: a name is looked up under each of its label
 * suffixes (a few per name) instead of being compared with every subtree. Same meaning as
 * `dnsWithin`: `a.com` covers `a.com` and `x.a.com`; `.a.com` covers `x.a.com` only; '' covers all. */
class DnsSubtrees {
    plain = new Map();
    dotted = new Map();
    all;
    size;
    constructor(bases) {
        this.size = bases.length;
        for (const base of bases) {
            const b = base.toLowerCase().replace(/\.$/, '');
            if (b === '')
                this.all ??= base;
            else if (b.startsWith('.')) {
                if (!this.dotted.has(b))
                    this.dotted.set(b, base);
            }
            else if (!this.plain.has(b))
                this.plain.set(b, base);
        }
    }
    /** The subtree (as written in the certificate) that covers `name`, or undefined. */
    find(name) {
        if (this.all !== undefined)
            return this.all;
        const n = name.toLowerCase().replace(/\.$/, '');
        const exact = this.plain.get(n);
        if (exact !== undefined)
            return exact;
        for (let dot = n.indexOf('.'); dot >= 0; dot = n.indexOf('.', dot + 1)) {
            const hit = this.plain.get(n.slice(dot + 1)) ?? this.dotted.get(n.slice(dot));
            if (hit !== undefined)
                return hit;
        }
        return undefined;
    }
}
const dnsIndex = new WeakMap();
function dnsSubtrees(nc) {
    let index = dnsIndex.get(nc);
    if (!index) {
        index = { permitted: new DnsSubtrees(nc.permitted.dns), excluded: new DnsSubtrees(nc.excluded.dns) };
        dnsIndex.set(nc, index);
    }
    return index;
}
/** The first name of `cert` outside the constraints, described; undefined when all are within;
 * 'budget' when the validation's name-constraint comparisons ran out first. DNS names are looked
 * up in an index (a few lookups each); other kinds are compared with each subtree, and every
 * lookup or comparison is spent from the budget. */
function nameConstraintViolation(cert, nc) {
    const budget = (0,certs_budget/* currentBudget */.ze)();
    const names = namesOf(cert);
    const dns = dnsSubtrees(nc);
    for (const name of names.dns) {
        if (!budget.comparison(1 + name.split('.').length))
            return 'budget';
        const banned = dns.excluded.find(name);
        if (banned !== undefined)
            return `its ${LABEL.dns} ${name} is in the excluded subtree ${banned || '(all)'}`;
        if (dns.permitted.size > 0 && dns.permitted.find(name) === undefined)
            return `its ${LABEL.dns} ${name} is outside the permitted subtrees (${summarize(nc.permitted.dns)})`;
    }
    for (const kind of Object.keys(MATCH)) {
        if (kind === 'dns')
            continue;
        const match = MATCH[kind];
        const permitted = nc.permitted[kind];
        const excluded = nc.excluded[kind];
        for (const name of names[kind]) {
            if (!budget.comparison(permitted.length + excluded.length))
                return 'budget';
            const banned = excluded.find((b) => match(name, b));
            if (banned !== undefined)
                return `its ${LABEL[kind]} ${show(kind, name)} is in the excluded subtree ${show(kind, banned) || '(all)'}`;
            if (permitted.length > 0 && !permitted.some((b) => match(name, b)))
                return `its ${LABEL[kind]} ${show(kind, name)} is outside the permitted subtrees (${summarize(permitted.map((b) => show(kind, b)))})`;
        }
    }
    return undefined;
}
/** The subtrees for a message: all of a few, or the first ones and how many more. */
function summarize(items) {
    return items.length <= 10 ? items.join('; ') : `${items.slice(0, 10).join('; ')}; and ${items.length - 10} more`;
}

;// CONCATENATED MODULE: ./src/certs/rules/chain-invalid.ts



const reissueCa = 'Use the current chain from the CA; a certificate like this can only be fixed by the CA that issued it.';
/** CA certificates of the path: every certificate above the leaf. */
function cas(ctx) {
    return ctx.chain.map((c, i) => [c, i + 1]);
}
/** Certificates above the leaf that are not the trust anchor at the end of the path. */
function intermediates(ctx) {
    return cas(ctx).filter(([, i]) => !(isRootAt(ctx, i) && ctx.end.kind === 'trusted' && ctx.trust.has(ctx.path[i])));
}
const CONSTRAINTS = [
    {
        name: 'readable',
        check: (ctx) => ctx.path.flatMap((c) => {
            const f = (0,x509/* facts */.Ix)(c);
            const problems = [];
            if (!f)
                problems.push('its structure cannot be read');
            else if (f.broken.length)
                problems.push(`its extension(s) ${f.broken.join(', ')} cannot be decoded`);
            if (!(0,x509/* notBefore */.$F)(c) || !(0,x509/* notAfter */.Cw)(c))
                problems.push('its validity dates cannot be read');
            return problems.map((p) => ({ message: `${(0,x509/* label */.Pf)(c)} is malformed: ${p}; browsers refuse it.`, fix: reissueCa }));
        }),
    },
    {
        name: 'basicConstraints CA:TRUE',
        check: (ctx) => intermediates(ctx)
            .filter(([c]) => (0,x509/* facts */.Ix)(c)?.basicConstraints?.ca !== true)
            .map(([c]) => ({
            message: `The issuer ${(0,x509/* label */.Pf)(c)} is not a CA certificate (no basicConstraints CA:TRUE), so the certificates it signed are refused.`,
            fix: reissueCa,
        })),
    },
    {
        name: 'keyUsage keyCertSign',
        check: (ctx) => intermediates(ctx)
            .filter(([c]) => {
            const ku = (0,x509/* facts */.Ix)(c)?.keyUsage;
            return ku !== undefined && !ku.has('keyCertSign');
        })
            .map(([c]) => ({
            message: `The issuer ${(0,x509/* label */.Pf)(c)} has a key usage without keyCertSign, so it may not sign certificates.`,
            fix: reissueCa,
        })),
    },
    {
        name: 'pathLenConstraint',
        check: (ctx) => cas(ctx).flatMap(([c, i]) => {
            const max = (0,x509/* facts */.Ix)(c)?.basicConstraints?.pathLen;
            if (max === undefined)
                return [];
            // intermediates below it, not counting self-issued ones (RFC 5280 6.1.4 (l))
            const below = ctx.path.slice(1, i).filter((x) => !(0,x509/* isSelfIssued */.Cb)(x)).length;
            if (below <= max)
                return [];
            return [
                {
                    message: `${(0,x509/* label */.Pf)(c)} allows ${max} intermediate(s) below it (pathLenConstraint ${max}), but the path has ${below}.`,
                    fix: reissueCa,
                },
            ];
        }),
    },
    {
        name: 'nameConstraints',
        check: (ctx) => cas(ctx).flatMap(([ca, i]) => {
            const nc = (0,x509/* facts */.Ix)(ca)?.nameConstraints;
            if (!nc)
                return [];
            return ctx.path.slice(0, i).flatMap((c, j) => {
                if (j > 0 && (0,x509/* isSelfIssued */.Cb)(c))
                    return []; // self-issued intermediates are exempt (RFC 5280 6.1.3 (b))
                const why = nameConstraintViolation(c, nc);
                // 'budget': the comparisons ran out; assessChain reports chain-too-complex
                return why && why !== 'budget'
                    ? [
                        {
                            message: `${(0,x509/* label */.Pf)(c)} breaks the name constraints of ${(0,x509/* label */.Pf)(ca)}: ${why}.`,
                            fix: 'Use a certificate for names the issuing CA is allowed to certify, or a CA without these name constraints.',
                        },
                    ]
                    : [];
            });
        }),
    },
    {
        name: 'critical extensions',
        check: (ctx) => ctx.path.flatMap((c) => {
            const unknown = ((0,x509/* facts */.Ix)(c)?.extensions ?? []).filter((e) => e.critical && !x509/* PROCESSED_CRITICAL */.bH.has(e.oid)).map((e) => e.oid);
            return unknown.length
                ? [{ message: `${(0,x509/* label */.Pf)(c)} has an unknown critical extension (${unknown.join(', ')}), which every verifier must refuse.`, fix: reissueCa }]
                : [];
        }),
    },
    {
        name: 'leaf is not a CA',
        check: (ctx) => {
            const leaf = ctx.leaf;
            if ((0,x509/* isSelfSigned */.Nl)(leaf))
                return []; // a self-signed leaf is its own root (chain-untrusted when not trusted)
            const f = (0,x509/* facts */.Ix)(leaf);
            const what = [f?.basicConstraints?.ca ? 'basicConstraints CA:TRUE' : '', f?.keyUsage?.has('keyCertSign') ? 'key usage keyCertSign' : ''].filter(Boolean);
            return what.length
                ? [
                    {
                        message: `The certificate ${(0,x509/* label */.Pf)(leaf)} is a CA certificate (${what.join(', ')}); browsers refuse a CA certificate as a server certificate.`,
                        fix: 'Reissue it as an end-entity certificate (basicConstraints CA:FALSE, key usage digitalSignature/keyEncipherment).',
                    },
                ]
                : [];
        },
    },
    {
        name: 'leaf key usage',
        check: (ctx) => {
            const ku = (0,x509/* facts */.Ix)(ctx.leaf)?.keyUsage;
            if (!ku || ku.has('digitalSignature') || ku.has('keyEncipherment') || ku.has('keyAgreement'))
                return [];
            return [
                {
                    message: `The certificate ${(0,x509/* label */.Pf)(ctx.leaf)} has a key usage (${[...ku].join(', ') || 'empty'}) without digitalSignature or keyEncipherment, so its key may not be used for TLS.`,
                    fix: 'Reissue it with key usage digitalSignature (and keyEncipherment for RSA).',
                },
            ];
        },
    },
    {
        name: 'intermediate EKU',
        check: (ctx) => intermediates(ctx).flatMap(([c]) => {
            const eku = (0,x509/* facts */.Ix)(c)?.extKeyUsage;
            if (!eku || eku.includes('1.3.6.1.5.5.7.3.1'))
                return [];
            return [
                {
                    message: `The issuer ${(0,x509/* label */.Pf)(c)} restricts its extended key usage to ${eku.join(', ') || 'nothing'} without serverAuth, so the server certificates below it are refused.`,
                    fix: 'Use an intermediate whose extended key usage includes serverAuth (ask the CA for its TLS issuing CA).',
                },
            ];
        }),
    },
    {
        // RFC 5280 4.1.2.2; Chrome's certificate parser and rustls-webpki refuse longer serials (a
        // leading zero octet that only keeps the number positive is not counted)
        name: 'serial number',
        check: (ctx) => ctx.path.flatMap((c) => {
            const s = (0,x509/* serialInfo */.p_)(c);
            return s && s.octets > 20
                ? [{ message: `${(0,x509/* label */.Pf)(c)} has a ${s.octets}-octet serial number; RFC 5280 allows at most 20 and browsers refuse longer ones.`, fix: reissueCa }]
                : [];
        }),
    },
    {
        // RFC 5280 4.1.2.6: a CA's subject must be non-empty (it is the issuer name of what it signs)
        name: 'CA subject',
        check: (ctx) => cas(ctx)
            .filter(([c]) => {
            const subject = (0,x509/* facts */.Ix)(c)?.subject;
            return subject !== undefined && (0,x509/* rdnsOf */.FC)(subject)?.length === 0;
        })
            .map(([c]) => ({
            message: `The CA certificate ${(0,x509/* label */.Pf)(c)} has an empty subject; RFC 5280 requires a CA to have a distinguished name, and verifiers refuse it.`,
            fix: reissueCa,
        })),
    },
    {
        // a root that says it is not a CA, or whose key usage forbids signing certificates
        name: 'root basicConstraints',
        check: (ctx) => {
            const i = ctx.path.length - 1;
            if (i === 0 || !isRootAt(ctx, i))
                return [];
            const root = ctx.path[i];
            const f = (0,x509/* facts */.Ix)(root);
            const what = [
                f?.basicConstraints && !f.basicConstraints.ca ? 'basicConstraints CA:FALSE' : '',
                f?.basicConstraints && !f.basicConstraints.ca && f.basicConstraints.pathLen !== undefined ? 'a pathLenConstraint without CA:TRUE' : '',
                f?.keyUsage && !f.keyUsage.has('keyCertSign') ? 'a key usage without keyCertSign' : '',
            ].filter(Boolean);
            return what.length
                ? [
                    {
                        message: `The root ${(0,x509/* label */.Pf)(root)} has ${what.join(' and ')}, which contradicts its role as the issuer of this path; browsers that enforce the anchor's constraints refuse it.`,
                        fix: reissueCa,
                    },
                ]
                : [];
        },
    },
    {
        name: 'X.509 v3',
        check: (ctx) => ctx.path.flatMap((c) => {
            const v = (0,x509/* facts */.Ix)(c)?.version;
            return v !== undefined && v < 3
                ? [{ message: `${(0,x509/* label */.Pf)(c)} is an X.509 v${v} certificate; browsers require v3 (with extensions) throughout the path.`, fix: reissueCa }]
                : [];
        }),
    },
];
const chainInvalid = {
    rule: 'chain-invalid',
    execute: (ctx) => CONSTRAINTS.flatMap((k) => k.check(ctx).map((issue) => ({ ...issue, message: `${k.name}: ${issue.message}` }))),
};

;// CONCATENATED MODULE: ./src/certs/rules/chain-order.ts
/** In a PEM file or on the wire: the leaf first, then each issuer after the certificate it signed. */
const chainOrder = {
    rule: 'chain-order',
    applies: (ctx) => ctx.checkOrder,
    execute(ctx) {
        const path = [ctx.leaf, ...ctx.chain.filter((_, i) => ctx.sources[i] === 'file')].map((c) => c.fingerprint256);
        const order = ctx.presented.map((c) => c.fingerprint256).filter((f, i, all) => path.includes(f) && all.indexOf(f) === i);
        const expected = order.includes(ctx.leaf.fingerprint256) ? path : path.slice(1);
        if (order.join() === expected.join())
            return [];
        return [
            {
                message: `The certificates in ${ctx.where} are not in leaf → intermediate → root order.`,
                fix: 'Put the leaf first, then each issuer after the certificate it signed (nginx and some clients rely on this order).',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/chain-root-included.ts

/** The file (or server) carries the trusted root itself. */
const chainRootIncluded = {
    rule: 'chain-root-included',
    execute(ctx) {
        const root = ctx.chain[ctx.chain.length - 1];
        if (ctx.end.kind !== 'trusted' || !root || ctx.sources[ctx.sources.length - 1] !== 'file' || !(0,x509/* isSelfSigned */.Nl)(root))
            return [];
        return [
            {
                message: `${ctx.where} includes the root ${(0,x509/* label */.Pf)(root)}; clients already have it, and servers should not send it.`,
                fix: 'Remove the root certificate from the file (keep the leaf and the intermediates).',
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/chain-untrusted.ts



/** The path ends at a root clients do not trust: a self-signed root (or self-signed leaf) outside
 * the trust store, a root that is named but absent, or a known TLS interception root. */
const chainUntrusted = {
    rule: 'chain-untrusted',
    execute(ctx) {
        const { leaf, end } = ctx;
        if (end.kind === 'untrusted-root') {
            const what = end.root === leaf ? `The certificate ${(0,x509/* label */.Pf)(leaf)} is self-signed and` : `The chain of ${(0,x509/* label */.Pf)(leaf)} ends at the root ${(0,x509/* label */.Pf)(end.root)}, which`;
            return [
                {
                    message: `${what} is not in the trust store, so clients will reject it.`,
                    fix: `Use a certificate from a publicly trusted CA, or add its root to ${trustRef(ctx)} if this is a private CA.`,
                },
            ];
        }
        const missing = missingIssuer(ctx);
        if (missing?.kind === 'interception') {
            return [
                {
                    message: `${(0,x509/* label */.Pf)(missing.last)} is signed by '${missing.issuer}', a known TLS interception root (adware or a filtering proxy on the client), not a public CA: clients without that root installed reject it.`,
                    fix: 'The certificate was made by software on the machine that ran the check or scan, not by the server: remove that software or check from a clean machine; the server itself needs a certificate from a public CA.',
                },
            ];
        }
        if (missing?.kind === 'root') {
            const demo = (0,x509/* commonNameOf */.KJ)(missing.last.issuer) === DEMO_ROOT_NAME;
            return [
                {
                    message: `The chain of ${(0,x509/* label */.Pf)(leaf)} ends at the root '${missing.issuer}', which is not in the trust store, so clients will reject it.`,
                    fix: demo
                        ? `Trust the demo root: \`sni-ready demo-certs --out DIR\` wrote it as DIR/demo-root.pem; pass it with ${trustSetting(ctx, 'DIR/demo-root.pem')}.`
                        : `If '${missing.issuer}' is your private CA, add its root certificate (PEM) to ${trustRef(ctx)}; servers never send the root, so adding it to the file does not help.`,
                },
            ];
        }
        return [];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/tls-chain-incomplete.ts


/** A server does not send an intermediate of its chain. */
const tlsChainIncomplete = {
    rule: 'tls-chain-incomplete',
    applies: (ctx) => ctx.served,
    execute(ctx) {
        const missing = missingIssuer(ctx);
        if (missing?.kind !== 'intermediate')
            return [];
        const url = caIssuersUrl(missing.last);
        return [
            {
                message: `The server does not send the issuer '${missing.issuer}' of ${(0,x509/* label */.Pf)(missing.last)}, and it is not a trusted root; clients without it cached will fail.`,
                fix: `Install the intermediate certificate '${missing.issuer}' with the site's certificate (Cloud Service: declare it in the csdef with storeName="CA")${url ? `; it is published at ${url}` : ''}.`,
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/certs/rules/index.ts
















const CHAIN_CHECKS = [
    chainRootIncluded,
    chainUntrusted,
    chainIncomplete,
    tlsChainIncomplete,
    chainExtra,
    chainOrder,
    certNotYetValid,
    certExpired,
    certExpiresSoon,
    certHostMismatch,
    certNoSan,
    certWeakKey,
    certWeakSignature,
    certNoServerAuth,
    chainInvalid,
    certNonconforming,
];

// EXTERNAL MODULE: ./src/certs/trust.ts
var trust = __webpack_require__(5237);
;// CONCATENATED MODULE: ./src/certs/chain.ts





// One definition each, re-exported for the modules that import them from here.


/** Builds the path and runs every check within one budget (budget.ts): when it runs out, the work
 * stops there and `chain-too-complex` names the budget. */
function assessChain(opts) {
    const budget = opts.budget ?? new certs_budget/* Budget */.__();
    const a = (0,certs_budget/* withBudget */.Y$)(budget, () => assessWithin(opts));
    if (budget.exhausted) {
        const where = opts.served ? 'the served chain' : (opts.file ?? 'the certificate set');
        a.findings.push((0,rules/* finding */.gk)('chain-too-complex', `Judging ${where} of '${(0,x509/* shortName */.EU)(opts.leaf)}' ran out of its budget of ${budget.exhausted === 'signature checks' ? `${certs_budget/* SIGNATURE_CHECKS */.x5} signature checks` : `${certs_budget/* NAME_CONSTRAINT_COMPARISONS */.PX.toLocaleString('en-US')} name-constraint comparisons`} (as browsers bound path building); the findings above are from the work done before it ran out, and a browser refuses such a chain.`, {
            ...(opts.file ? { file: opts.file } : {}),
            ...(opts.hosts.length === 1 ? { host: opts.hosts[0] } : {}),
            fix: budget.exhausted === 'signature checks'
                ? 'Present only the leaf and the intermediates of one path (no cross-signed duplicates or unrelated certificates).'
                : 'Use a leaf with fewer names or a CA with fewer name-constraint subtrees (split a certificate with thousands of names into several).',
        }));
    }
    return a;
}
/** Rules whose errors depend on the branch the builder took (not on the leaf alone): a path with
 * one of them is refused while another trusted path may be accepted. */
const PATH_RULES = new Set(['chain-invalid', 'cert-expired', 'cert-not-yet-valid', 'cert-weak-key', 'cert-weak-signature']);
function assessWithin(opts) {
    const { leaf } = opts;
    const base = {};
    if (opts.file)
        base.file = opts.file;
    if (opts.hosts.length === 1)
        base.host = opts.hosts[0];
    const judge = (built) => {
        const onPath = new Set(built.chain.map((c) => c.fingerprint256));
        const ctx = {
            leaf,
            chain: built.chain,
            sources: built.sources,
            path: [leaf, ...built.chain],
            end: built.end,
            presented: opts.presented,
            unused: distinctOthers(leaf, opts.presented).filter((c) => !onPath.has(c.fingerprint256)),
            trust: opts.trust,
            hosts: opts.hosts,
            at: opts.at,
            warnDays: opts.warnDays,
            failDays: opts.failDays,
            served: opts.served === true,
            checkOrder: opts.checkOrder !== false,
            where: opts.served ? 'the served chain' : (opts.file ?? 'the certificate set'),
            ...(opts.door ? { door: opts.door } : {}),
        };
        const findings = [];
        for (const check of CHAIN_CHECKS) {
            if (check.applies && !check.applies(ctx))
                continue;
            for (const issue of check.execute(ctx)) {
                const { message, ...extra } = issue;
                findings.push((0,rules/* finding */.gk)(check.rule, message, { ...base, ...extra }));
            }
        }
        return findings;
    };
    // the first trusted path without a branch-dependent error, as browsers' path builders backtrack
    let last;
    const accept = (built) => {
        const findings = judge(built);
        last = { built, findings };
        return !findings.some((f) => f.severity === 'error' && PATH_RULES.has(f.rule));
    };
    const built = buildPath(leaf, opts.presented, opts.trust, accept);
    const findings = last?.built === built ? last.findings : judge(built);
    return { chain: built.chain, sources: built.sources, findings, trusted: built.end.kind === 'trusted', end: built.end };
}
/**
 * Checks, ahead of `assessChain`, every signature its builder and checks can ask about for this set
 * (each certificate against each presented certificate or anchor its issuer name names), spending
 * from `budget`, and yields to the event loop whenever a slice of work has taken `sliceMs`: judging
 * a hostile served chain then delays the other endpoints' handshakes by one slice at most, instead
 * of charging their probe deadlines with all of it. The results are remembered (x509.ts), so the
 * synchronous judgement that follows finds them checked.
 */
async function checkSignaturesInSlices(certs, trust, budget, sliceMs = 8) {
    const seen = new Set();
    const pool = certs.filter((c) => !seen.has(c.fingerprint256) && seen.add(c.fingerprint256));
    let sliceStart = performance.now();
    for (const cert of pool) {
        for (const issuer of [...pool, ...trust.namedIssuersOf(cert)]) {
            if (budget.exhausted)
                return;
            if ((0,x509/* verifiedBefore */.sK)(cert, issuer) || !(0,x509/* namesIssuer */.YV)(cert, issuer))
                continue;
            if (performance.now() - sliceStart >= sliceMs) {
                await new Promise((resolve) => setImmediate(resolve));
                sliceStart = performance.now();
            }
            (0,certs_budget/* withBudget */.Y$)(budget, () => (0,x509/* issuedBy */.T1)(cert, issuer));
        }
    }
}
function iso(d) {
    return d ? d.toISOString() : 'unknown';
}
function chainElements(chain, sources) {
    return chain.map((c, i) => ({ subject: (0,x509/* subjectName */.wn)(c), thumbprint: (0,x509/* thumbprint */.O1)(c), notAfter: iso((0,x509/* notAfter */.Cw)(c)), source: sources[i] ?? 'file' }));
}
/** The report's view of one certificate with its chain. */
function describeCertificate(o) {
    const { keyType, keySize } = (0,x509/* keyInfo */.uc)(o.leaf);
    return {
        file: o.file,
        hosts: o.hosts,
        subject: (0,x509/* subjectName */.wn)(o.leaf),
        issuer: (0,x509/* formatName */.nD)(o.leaf.issuer),
        thumbprint: (0,x509/* thumbprint */.O1)(o.leaf),
        sha256: (0,x509/* sha256Thumbprint */.$7)(o.leaf),
        notBefore: iso((0,x509/* notBefore */.$F)(o.leaf)),
        notAfter: iso((0,x509/* notAfter */.Cw)(o.leaf)),
        daysLeft: (0,x509/* daysLeft */.H_)(o.leaf, o.at),
        keyType,
        keySize,
        signature: (0,x509/* signatureAlgorithm */.wO)(o.leaf),
        container: o.container,
        chain: chainElements(o.chain, o.sources),
        ...certificateFacts(o.leaf),
    };
}
/** What a certificate is, beyond its names and dates: its subjectAltName entries, serial, key
 * usage and extended key usage (absent extensions are left out). For files and served leaves alike. */
function certificateFacts(cert) {
    const keyUsage = (0,x509/* keyUsageNames */.jh)(cert);
    const extendedKeyUsage = (0,x509/* extendedKeyUsageNames */.QU)(cert);
    return {
        sans: (0,x509/* subjectAltNames */._X)(cert),
        serial: (0,x509/* serialNumber */.wz)(cert),
        ...(keyUsage ? { keyUsage } : {}),
        ...(extendedKeyUsage ? { extendedKeyUsage } : {}),
    };
}


/***/ }),

/***/ 458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ failureReason),
/* harmony export */   M: () => (/* binding */ isolated)
/* harmony export */ });
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7962);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(649);
// Isolation at the boundary of one unit of work (a `sites` line, a served endpoint): whatever
// goes wrong inside becomes a result for that unit alone, never the end of the run. Certificates
// from the wild carry fields no check expected (an empty subject, a key Node cannot load, a date
// that does not parse); the rules stay simple because the boundary catches what they miss.


/** What an unexpected error means, as part of a sentence: no stack trace, never a password. */
function failureReason(err) {
    const text = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
    if (/invalid time value/i.test(text))
        return 'one of its validity dates does not parse';
    if (/DECODER|decode error|unsupported key|public key/i.test(text))
        return 'its public key cannot be loaded';
    if (/^Operation failed$/i.test(text))
        return 'its subject holds a field that is not text';
    if (/Cannot read properties of (undefined|null)/.test(text))
        return 'a field the checks need (such as its subject) is empty';
    return (0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_0__/* .foreign */ .V$)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E)(text.replace(/\.$/, '').slice(0, 200))) || 'an unexpected error';
}
/** Runs `work`; any exception becomes `onFailure(reason)` instead. */
async function isolated(work, onFailure) {
    try {
        return await work();
    }
    catch (err) {
        return onFailure(failureReason(err), err);
    }
}


/***/ }),

/***/ 6145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d_: () => (/* binding */ KdfBudget),
  W4: () => (/* binding */ OIDS),
  Kz: () => (/* binding */ PasswordError),
  oe: () => (/* binding */ PasswordMismatchError),
  xh: () => (/* binding */ TooCostlyError),
  Wt: () => (/* binding */ UnsupportedError),
  cB: () => (/* binding */ buildLegacyPkcs12),
  $r: () => (/* binding */ isPkcs12),
  fO: () => (/* binding */ pbeCost),
  X$: () => (/* binding */ readPkcs12)
});

// UNUSED EXPORTS: FILE_KDF_BUDGET, bmpPassword, pbeDecrypt, pbeOf, pkcs12Kdf

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/certs/sha1-wasm.ts
// SHA-1 compression rounds for the PKCS#12 key derivation as WebAssembly, emitted here byte by
// byte (no toolchain, no binary in the repository). After its first round the derivation hashes
// one 20-byte digest, i.e. one fixed padded block, thousands of times; this loop runs those
// blocks with the state and the message schedule in registers, several times faster than the
// same rounds in JavaScript. test/certs-kdf.test.ts checks it against createHash.
const IV = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];
const op = { get: 0x20, set: 0x21, const: 0x41, add: 0x6a, sub: 0x6b, and: 0x71, or: 0x72, xor: 0x73, rotl: 0x77, eqz: 0x45 };
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n)
            byte |= 0x80;
        out.push(byte);
    } while (n);
    return out;
}
function sleb(n) {
    const out = [];
    n |= 0;
    for (;;) {
        const byte = n & 0x7f;
        n >>= 7;
        if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}
function section(id, body) {
    return [id, ...uleb(body.length), ...body];
}
function vector(items) {
    return [...uleb(items.length), ...items.flat()];
}
function moduleBytes() {
    // locals: 0 rounds (param), 1-5 h0-h4, 6-10 working registers, 11-90 w0-w79
    const ROUNDS = 0;
    const H = (i) => 1 + i;
    const R = (i) => 6 + i;
    const W = (i) => 11 + i;
    const code = [];
    const get = (l) => code.push(op.get, ...uleb(l));
    const set = (l) => code.push(op.set, ...uleb(l));
    const konst = (v) => code.push(op.const, ...sleb(v));
    // the padded block of a 20-byte message: w5 = 0x80000000, w6-w14 = 0, w15 = 160 bits
    const w = (i) => {
        if (i < 5 || i >= 16)
            get(W(i));
        else
            konst(i === 5 ? 0x80000000 : i === 15 ? 160 : 0);
    };
    for (let i = 0; i < 5; i++) {
        konst(0);
        code.push(0x28, 2, ...uleb(i * 4)); // i32.load align=4 offset=4i
        set(H(i));
    }
    code.push(0x02, 0x40, 0x03, 0x40); // block, loop
    get(ROUNDS);
    code.push(op.eqz, 0x0d, 1); // br_if 1: out of the block when no round is left
    for (let i = 0; i < 5; i++) {
        get(H(i));
        set(W(i));
    }
    for (let t = 16; t < 80; t++) {
        w(t - 3);
        w(t - 8);
        code.push(op.xor);
        w(t - 14);
        code.push(op.xor);
        w(t - 16);
        code.push(op.xor);
        konst(1);
        code.push(op.rotl);
        set(W(t));
    }
    // each round is a fresh hash: the registers start at the IV, the message is the last digest
    for (let i = 0; i < 5; i++) {
        konst(IV[i]);
        set(R(i));
    }
    // the registers' roles rotate instead of their values: each round writes two of them
    let [a, b, c, d, e] = [R(0), R(1), R(2), R(3), R(4)];
    for (let t = 0; t < 80; t++) {
        get(a);
        konst(5);
        code.push(op.rotl);
        if (t < 20) {
            get(c);
            get(d);
            code.push(op.xor);
            get(b);
            code.push(op.and);
            get(d);
            code.push(op.xor);
        }
        else if (t >= 40 && t < 60) {
            get(b);
            get(c);
            code.push(op.and);
            get(d);
            get(b);
            get(c);
            code.push(op.or, op.and, op.or);
        }
        else {
            get(b);
            get(c);
            code.push(op.xor);
            get(d);
            code.push(op.xor);
        }
        code.push(op.add);
        get(e);
        code.push(op.add);
        konst(K[Math.floor(t / 20)]);
        code.push(op.add);
        w(t);
        code.push(op.add);
        set(e);
        get(b);
        konst(30);
        code.push(op.rotl);
        set(b);
        [a, b, c, d, e] = [e, a, b, c, d];
    }
    for (let i = 0; i < 5; i++) {
        konst(IV[i]);
        get(R(i));
        code.push(op.add);
        set(H(i));
    }
    get(ROUNDS);
    konst(1);
    code.push(op.sub);
    set(ROUNDS);
    code.push(0x0c, 0, 0x0b, 0x0b); // br 0 (loop), end loop, end block
    for (let i = 0; i < 5; i++) {
        konst(0);
        get(H(i));
        code.push(0x36, 2, ...uleb(i * 4)); // i32.store
    }
    code.push(0x0b);
    const body = [...vector([[...uleb(90), 0x7f]]), ...code];
    const name = (s) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
    return Uint8Array.from([
        0x00,
        0x61,
        0x73,
        0x6d,
        0x01,
        0x00,
        0x00,
        0x00,
        ...section(1, vector([[0x60, 1, 0x7f, 0]])),
        ...section(3, vector([[0]])),
        ...section(5, vector([[0x00, 1]])),
        ...section(7, vector([
            [...name('run'), 0x00, 0],
            [...name('mem'), 0x02, 0],
        ])),
        ...section(10, vector([[...uleb(body.length), ...body]])),
    ]);
}
let instance;
function load() {
    if (!instance) {
        // the project's lib settings carry no WebAssembly types; this is the part used here
        const api = globalThis.WebAssembly;
        const exports = new api.Instance(new api.Module(moduleBytes())).exports;
        instance = { run: exports.run, view: new DataView(exports.mem.buffer) };
    }
    return instance;
}
/** Rounds per call. V8 runs a WebAssembly function first as baseline (Liftoff) code and switches to
 * optimized code only at a later call, never inside a running one: a whole chain in one call ran
 * 5 to 8 times slower (400,000 rounds in a fresh thread: ~500 ms, ~60 ms optimized). In calls of
 * this many rounds it switches after the first few (issue 9: derivation within 1.5x OpenSSL's). */
const SLICE = 1 << 10;
/** `rounds` more SHA-1 rounds over a 20-byte digest: H(H(...H(digest))). */
function sha1RoundsWasm(digest, rounds) {
    const { run, view } = load();
    for (let i = 0; i < 5; i++)
        view.setInt32(i * 4, digest.readInt32BE(i * 4), true);
    for (let left = rounds; left > 0; left -= SLICE)
        run(Math.min(left, SLICE));
    const out = Buffer.alloc(20);
    for (let i = 0; i < 5; i++)
        out.writeInt32BE(view.getInt32(i * 4, true), i * 4);
    return out;
}

;// CONCATENATED MODULE: ./src/certs/iterated-hash.ts
// H^n(x) for the PKCS#12 key derivation, which hashes its own output thousands of times.
// Node has no iterated digest, and a createHash object per round costs ~3 µs (a 3DES PFX needs
// ~14,000 rounds: 40 ms, three times `openssl pkcs12`). After the first round the input is one
// fixed-size digest, i.e. exactly one padded block, so only the compression function runs: SHA-1
// as WebAssembly (sha1-wasm.ts, 2.5 times the JavaScript rounds), SHA-256 below on 32-bit words.
// The first round and every other hash use Node's crypto;
// test/certs-kdf.test.ts checks these rounds against createHash.


const K256 = new Int32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
    0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
    0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
    0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
    0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
function toWords(b, n) {
    const w = new Int32Array(n);
    for (let i = 0; i < n; i++)
        w[i] = b.readInt32BE(i * 4);
    return w;
}
function fromWords(w, n) {
    const b = Buffer.alloc(n * 4);
    for (let i = 0; i < n; i++)
        b.writeInt32BE(w[i], i * 4);
    return b;
}
const IV256 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19].map((x) => x | 0);
function sha256Rounds(digest, rounds) {
    const W = new Int32Array(64);
    const h = toWords(digest, 8);
    for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < 8; i++)
            W[i] = h[i];
        W[8] = 0x80000000 | 0;
        for (let i = 9; i < 15; i++)
            W[i] = 0;
        W[15] = 256;
        for (let i = 16; i < 64; i++) {
            const x = W[i - 15], y = W[i - 2];
            const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
            const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
            W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
        }
        let a = IV256[0], b = IV256[1], c = IV256[2], d = IV256[3], e = IV256[4], f = IV256[5], g = IV256[6], hh = IV256[7];
        for (let i = 0; i < 64; i++) {
            const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
            const ch = (e & f) ^ (~e & g);
            const t1 = (hh + S1 + ch + K256[i] + W[i]) | 0;
            const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
            const maj = (a & b) ^ (a & c) ^ (b & c);
            const t2 = (S0 + maj) | 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) | 0;
            d = c;
            c = b;
            b = a;
            a = (t1 + t2) | 0;
        }
        h[0] = (IV256[0] + a) | 0;
        h[1] = (IV256[1] + b) | 0;
        h[2] = (IV256[2] + c) | 0;
        h[3] = (IV256[3] + d) | 0;
        h[4] = (IV256[4] + e) | 0;
        h[5] = (IV256[5] + f) | 0;
        h[6] = (IV256[6] + g) | 0;
        h[7] = (IV256[7] + hh) | 0;
    }
    return fromWords(h, 8);
}
/** hash applied `iterations` times: H(H(...H(parts...))). */
function iteratedHash(hash, parts, iterations) {
    const first = (0,external_node_crypto_.createHash)(hash);
    for (const p of parts)
        first.update(p);
    let out = first.digest();
    if (iterations <= 1)
        return out;
    if (hash === 'sha1')
        return sha1RoundsWasm(out, iterations - 1);
    if (hash === 'sha256')
        return sha256Rounds(out, iterations - 1);
    for (let r = 1; r < iterations; r++)
        out = (0,external_node_crypto_.createHash)(hash).update(out).digest();
    return out;
}

// EXTERNAL MODULE: ./src/certs/der.ts
var certs_der = __webpack_require__(5672);
;// CONCATENATED MODULE: ./src/certs/pkcs12.ts
// PKCS#12 (PFX) read and write on Node's native crypto. node-forge can open PFX files, but its
// pure-JS key derivation is slow, it cannot hold EC keys or certificates, and it derives keys from
// non-ASCII passwords differently from OpenSSL and Windows. Here the PKCS#12 KDF (RFC 7292 B.2)
// runs on createHash, PBES2 on pbkdf2Sync, and the ciphers on createDecipheriv; forge is loaded
// only for the RC2 ciphers that OpenSSL 3 keeps in its legacy provider.



const OIDS = {
    data: '1.2.840.113549.1.7.1',
    signedData: '1.2.840.113549.1.7.2',
    encryptedData: '1.2.840.113549.1.7.6',
    keyBag: '1.2.840.113549.1.12.10.1.1',
    shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
    certBag: '1.2.840.113549.1.12.10.1.3',
    x509Certificate: '1.2.840.113549.1.9.22.1',
    friendlyName: '1.2.840.113549.1.9.20',
    localKeyId: '1.2.840.113549.1.9.21',
    pbes2: '1.2.840.113549.1.5.13',
    pbkdf2: '1.2.840.113549.1.5.12',
    pbmac1: '1.2.840.113549.1.5.14',
    pbeSha1Rc4_128: '1.2.840.113549.1.12.1.1',
    pbeSha1Rc4_40: '1.2.840.113549.1.12.1.2',
    pbeSha1TripleDes: '1.2.840.113549.1.12.1.3',
    pbeSha1TwoKeyTripleDes: '1.2.840.113549.1.12.1.4',
    pbeSha1Rc2_128: '1.2.840.113549.1.12.1.5',
    pbeSha1Rc2_40: '1.2.840.113549.1.12.1.6',
};
const HASH_BY_OID = {
    '1.3.14.3.2.26': 'sha1',
    '2.16.840.1.101.3.4.2.4': 'sha224',
    '2.16.840.1.101.3.4.2.1': 'sha256',
    '2.16.840.1.101.3.4.2.2': 'sha384',
    '2.16.840.1.101.3.4.2.3': 'sha512',
    '2.16.840.1.101.3.4.2.5': 'sha512-224',
    '2.16.840.1.101.3.4.2.6': 'sha512-256',
    '1.2.840.113549.2.5': 'md5',
};
const HMAC_BY_OID = {
    '1.2.840.113549.2.7': 'sha1',
    '1.2.840.113549.2.8': 'sha224',
    '1.2.840.113549.2.9': 'sha256',
    '1.2.840.113549.2.10': 'sha384',
    '1.2.840.113549.2.11': 'sha512',
    '1.2.840.113549.2.12': 'sha512-224',
    '1.2.840.113549.2.13': 'sha512-256',
};
const CIPHER_BY_OID = {
    '2.16.840.1.101.3.4.1.2': { name: 'aes-128-cbc', keyLength: 16 },
    '2.16.840.1.101.3.4.1.22': { name: 'aes-192-cbc', keyLength: 24 },
    '2.16.840.1.101.3.4.1.42': { name: 'aes-256-cbc', keyLength: 32 },
    '1.2.840.113549.3.7': { name: 'des-ede3-cbc', keyLength: 24 },
};
const PBE_NAMES = {
    [OIDS.pbeSha1TripleDes]: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
    [OIDS.pbeSha1TwoKeyTripleDes]: 'pbeWithSHAAnd2-KeyTripleDES-CBC',
    [OIDS.pbeSha1Rc2_128]: 'pbeWithSHAAnd128BitRC2-CBC',
    [OIDS.pbeSha1Rc2_40]: 'pbewithSHAAnd40BitRC2-CBC',
    [OIDS.pbeSha1Rc4_128]: 'pbeWithSHAAnd128BitRC4',
    [OIDS.pbeSha1Rc4_40]: 'pbeWithSHAAnd40BitRC4',
};
/** Algorithms met in the wild that we do not open, by name, so a finding can say which one it is. */
const UNSUPPORTED_NAMES = {
    // PBES2 ciphers
    '1.3.14.3.2.7': 'DES-CBC',
    '1.2.840.113549.3.2': 'RC2-CBC',
    '1.2.840.113549.3.9': 'RC5-CBC-PAD',
    '1.2.410.200046.1.1.2': 'ARIA-128-CBC',
    '1.2.410.200046.1.1.7': 'ARIA-192-CBC',
    '1.2.410.200046.1.1.12': 'ARIA-256-CBC',
    '1.2.392.200011.61.1.1.1.2': 'Camellia-128-CBC',
    '1.2.392.200011.61.1.1.1.3': 'Camellia-192-CBC',
    '1.2.392.200011.61.1.1.1.4': 'Camellia-256-CBC',
    '1.2.156.10197.1.104.2': 'SM4-CBC',
    '2.16.840.1.101.3.4.1.6': 'AES-128-GCM',
    '2.16.840.1.101.3.4.1.26': 'AES-192-GCM',
    '2.16.840.1.101.3.4.1.46': 'AES-256-GCM',
    '2.16.840.1.101.3.4.1.1': 'AES-128-ECB',
    '2.16.840.1.101.3.4.1.21': 'AES-192-ECB',
    '2.16.840.1.101.3.4.1.41': 'AES-256-ECB',
    '1.2.643.2.2.21': 'GOST 28147-89',
    '1.2.643.7.1.1.5.1.1': 'Magma-CTR-ACPKM',
    '1.2.643.7.1.1.5.2.1': 'Kuznyechik-CTR-ACPKM',
    // key derivations
    '1.3.6.1.4.1.11591.4.11': 'scrypt',
    '1.2.840.113549.1.5.12': 'PBKDF2',
    // PRFs and digests
    '2.16.840.1.101.3.4.2.13': 'HMAC-SHA3-224',
    '2.16.840.1.101.3.4.2.14': 'HMAC-SHA3-256',
    '2.16.840.1.101.3.4.2.15': 'HMAC-SHA3-384',
    '2.16.840.1.101.3.4.2.16': 'HMAC-SHA3-512',
    '1.2.643.7.1.1.4.1': 'HMAC-GOST-R-34.11-2012-256',
    '1.2.643.7.1.1.4.2': 'HMAC-GOST-R-34.11-2012-512',
    '1.2.156.10197.1.401.3.1': 'HMAC-SM3',
    '2.16.840.1.101.3.4.2.7': 'SHA3-224',
    '2.16.840.1.101.3.4.2.8': 'SHA3-256',
    '2.16.840.1.101.3.4.2.9': 'SHA3-384',
    '2.16.840.1.101.3.4.2.10': 'SHA3-512',
    '1.2.840.113549.2.2': 'MD2',
    '1.2.840.113549.2.4': 'MD4',
    '1.2.156.10197.1.401': 'SM3',
    '1.2.643.7.1.1.2.2': 'GOST R 34.11-2012 (256 bit)',
    '1.2.643.7.1.1.2.3': 'GOST R 34.11-2012 (512 bit)',
    '1.2.643.2.2.9': 'GOST R 34.11-94',
    // PKCS#5 v1.5 schemes (single DES or RC2 with MD2, MD5 or SHA-1)
    '1.2.840.113549.1.5.1': 'pbeWithMD2AndDES-CBC',
    '1.2.840.113549.1.5.4': 'pbeWithMD2AndRC2-CBC',
    '1.2.840.113549.1.5.3': 'pbeWithMD5AndDES-CBC',
    '1.2.840.113549.1.5.6': 'pbeWithMD5AndRC2-CBC',
    '1.2.840.113549.1.5.10': 'pbeWithSHA1AndDES-CBC',
    '1.2.840.113549.1.5.11': 'pbeWithSHA1AndRC2-CBC',
};
/** A readable name for an algorithm OID: ours, a known unsupported one, or the OID itself. */
function algorithmName(id) {
    return UNSUPPORTED_NAMES[id] ?? PBE_NAMES[id] ?? `an unknown algorithm (OID ${id})`;
}
/** short names used in the report's `container.encryption` */
const PBE_SHORT = {
    [OIDS.pbeSha1TripleDes]: '3des',
    [OIDS.pbeSha1TwoKeyTripleDes]: '2des',
    [OIDS.pbeSha1Rc2_128]: 'rc2-128',
    [OIDS.pbeSha1Rc2_40]: 'rc2-40',
    [OIDS.pbeSha1Rc4_128]: 'rc4-128',
    [OIDS.pbeSha1Rc4_40]: 'rc4-40',
};
/** Thrown when the password does not open the container. */
class PasswordError extends Error {
    name = 'PasswordError';
}
/** Thrown for a container that uses something we cannot open. */
class UnsupportedError extends Error {
    name = 'UnsupportedError';
}
/** The password opens one part of the file but not another: the MAC and the contents were made
 * with different passwords. */
class PasswordMismatchError extends Error {
    name = 'PasswordMismatchError';
}
/** Opening the file would cost more key derivation than any real file needs. */
class TooCostlyError extends UnsupportedError {
    name = 'TooCostlyError';
}
// OpenSSL and Windows write 2,000-10,000 iterations per part; one part may ask for at most this many
const MAX_ITERATIONS = 1_000_000;
/** PBMAC1 keys are HMAC keys: RFC 9579 makes them as long as the HMAC output (64 bytes at most). */
const MAX_MAC_KEY = 64;
/**
 * What key derivation may cost for one whole file, in work units of hash rounds (a SHA-1 round of
 * the PKCS#12 derivation counts 0.5, a PBKDF2 iteration 0.9: microseconds as first measured; the
 * WebAssembly rounds now take ~0.15 µs, so the same files open in well under the nominal time). Every part is charged before it is derived, so a file of many parts stops at this
 * bound, not at the per-part cap times the number of parts. A usual PFX costs ~8,000; a 3DES one
 * of 400,000 iterations ~1,100,000 (opened); one of 1,000,000 ~2,700,000 (refused).
 */
const FILE_KDF_BUDGET = 1_500_000;
class KdfBudget {
    limit;
    spent = 0;
    constructor(limit = FILE_KDF_BUDGET) {
        this.limit = limit;
    }
    /** Charges `cost` for `what` before it runs; throws TooCostlyError past the limit. */
    charge(cost, what) {
        if (this.spent + cost > this.limit)
            throw new TooCostlyError(`its key derivation is too costly: ${what} would bring the total to about ${Math.round((this.spent + cost) / 1000)} ms of hashing, over the ${this.limit / 1000} ms any real PFX needs (OpenSSL and Windows write 2,000 to 10,000 iterations a part)`);
        this.spent += cost;
    }
}
const HASH_SIZE = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64, 'sha512-224': 28, 'sha512-256': 32 };
/** Work units per round of the PKCS#12 derivation, by hash (see FILE_KDF_BUDGET). */
const ROUND_COST = { sha1: 0.5, sha256: 1.3 };
function pkcs12KdfCost(hash, iterations, length) {
    return Math.ceil(length / (HASH_SIZE[hash] ?? 64)) * iterations * (ROUND_COST[hash] ?? 3);
}
function pbkdf2Cost(hash, iterations, length) {
    return Math.ceil(length / (HASH_SIZE[hash] ?? 64)) * iterations * (/512|384/.test(hash) ? 1.5 : 0.9);
}
/** The PKCS#12 password encoding: UTF-16BE with a two-byte terminator (BMPString). */
function bmpPassword(password) {
    return Buffer.concat([Buffer.from(password, 'utf16le').swap16(), Buffer.alloc(2)]);
}
const BLOCK_SIZE = { md5: 64, sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128, 'sha512-224': 128, 'sha512-256': 128 };
/** RFC 7292 appendix B.2 key derivation; `id` 1 = key, 2 = IV, 3 = MAC key. */
function pkcs12Kdf(hash, password, salt, id, iterations, length) {
    const v = BLOCK_SIZE[hash];
    if (!v)
        throw new UnsupportedError(`hash ${hash} is not supported for the PKCS#12 key derivation`);
    const u = (0,external_node_crypto_.createHash)(hash).digest().length;
    const fill = (src) => {
        if (src.length === 0)
            return Buffer.alloc(0);
        const out = Buffer.alloc(v * Math.ceil(src.length / v));
        for (let i = 0; i < out.length; i++)
            out[i] = src[i % src.length];
        return out;
    };
    const D = Buffer.alloc(v, id);
    const I = Buffer.concat([fill(salt), fill(password)]);
    const out = Buffer.alloc(Math.ceil(length / u) * u);
    for (let block = 0; block * u < length; block++) {
        const A = iteratedHash(hash, [D, I], iterations);
        A.copy(out, block * u);
        if ((block + 1) * u >= length)
            break;
        const B = fill(A);
        for (let j = 0; j < I.length; j += v) {
            let carry = 1;
            for (let k = v - 1; k >= 0; k--) {
                const sum = I[j + k] + B[k] + carry;
                I[j + k] = sum & 0xff;
                carry = sum >> 8;
            }
        }
    }
    return out.subarray(0, length);
}
/** Password forms tried against the MAC: the standard BMPString, OpenSSL's form for no password,
 * and the byte-wise form older OpenSSL versions used for non-ASCII passwords. */
function passwordCandidates(password) {
    const list = [bmpPassword(password)];
    if (password === '')
        list.push(Buffer.alloc(0));
    const utf8 = Buffer.from(password, 'utf8');
    if (utf8.length !== password.length)
        list.push(bmpPassword(utf8.toString('latin1')));
    return list;
}
function checkIterations(n) {
    if (n < 1 || n > MAX_ITERATIONS)
        throw new UnsupportedError(`an iteration count of ${n} is outside the accepted range (1 to ${MAX_ITERATIONS})`);
    return n;
}
async function rc2Decrypt(key, iv, data, bits) {
    const forge = (await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.t.bind(__webpack_require__, 8542, 23))).default;
    const cipher = forge.rc2.createDecryptionCipher(forge.util.createBuffer(key.toString('binary')), bits);
    cipher.start(forge.util.createBuffer(iv.toString('binary')));
    cipher.update(forge.util.createBuffer(data.toString('binary')));
    if (!cipher.finish())
        throw new PasswordError('bad decrypt');
    return Buffer.from(cipher.output.getBytes(), 'binary');
}
function decipher(name, key, iv, data) {
    try {
        const d = (0,external_node_crypto_.createDecipheriv)(name, key, iv);
        return Buffer.concat([d.update(data), d.final()]);
    }
    catch (err) {
        const code = err.code ?? '';
        if (/BAD_DECRYPT|WRONG_FINAL_BLOCK_LENGTH/.test(code) || /bad decrypt|final block/i.test(String(err)))
            throw new PasswordError('bad decrypt');
        throw new UnsupportedError(`the cipher ${name} is not available in this Node.js`);
    }
}
/** Reads a PKCS#12 PBE or PBES2 algorithm identifier; unsupported schemes are named. */
function pbeOf(alg) {
    const algOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0));
    if (algOid === OIDS.pbes2) {
        const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const kdf = (0,certs_der/* child */.jf)(params, 0, certs_der/* TAG */.Dk.SEQUENCE);
        const scheme = (0,certs_der/* child */.jf)(params, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const kdfOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(kdf, 0));
        if (kdfOid !== OIDS.pbkdf2)
            throw new UnsupportedError(`PBES2 with ${algorithmName(kdfOid)} (not PBKDF2) is not supported`);
        const kp = (0,certs_der/* child */.jf)(kdf, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(kp, 0));
        const iterations = checkIterations((0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(kp, 1)));
        let prf = 'sha1';
        for (const extra of kp.children.slice(2)) {
            if (extra.tag === certs_der/* TAG */.Dk.SEQUENCE) {
                const prfOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(extra, 0));
                const p = HMAC_BY_OID[prfOid];
                if (!p)
                    throw new UnsupportedError(`PBES2 with the PRF ${algorithmName(prfOid)} is not supported`);
                prf = p;
            }
        }
        const cipherOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(scheme, 0));
        const cipher = CIPHER_BY_OID[cipherOid];
        if (!cipher)
            throw new UnsupportedError(`PBES2 with ${algorithmName(cipherOid)} is not supported`);
        const iv = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(scheme, 1));
        return {
            algorithm: `PBES2/PBKDF2-hmacWith${prf.toUpperCase()}/${cipher.name}`,
            encryption: cipher.name,
            iterations,
            pbes2: true,
            cost: pbkdf2Cost(prf, iterations, cipher.keyLength),
            native: /^sha(1|224|256|384|512)$/.test(prf),
            decrypt: async (data, _bmp, utf8) => decipher(cipher.name, (0,external_node_crypto_.pbkdf2Sync)(utf8, salt, iterations, cipher.keyLength, prf), iv, data),
        };
    }
    const name = PBE_NAMES[algOid];
    if (!name)
        throw new UnsupportedError(`${algorithmName(algOid)} encryption is not supported; re-export the file with AES-256 or 3DES`);
    const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
    const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(params, 0));
    const iterations = checkIterations(params.children[1] ? (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(params, 1)) : 1);
    const base = { algorithm: name, encryption: PBE_SHORT[algOid], iterations, pbes2: false };
    switch (algOid) {
        case OIDS.pbeSha1TripleDes:
        case OIDS.pbeSha1TwoKeyTripleDes: {
            const keyLength = algOid === OIDS.pbeSha1TripleDes ? 24 : 16;
            return {
                ...base,
                cost: pkcs12KdfCost('sha1', iterations, keyLength) + pkcs12KdfCost('sha1', iterations, 8),
                native: keyLength === 24,
                decrypt: async (data, bmp) => {
                    const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, keyLength);
                    const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
                    return decipher(keyLength === 24 ? 'des-ede3-cbc' : 'des-ede-cbc', key, iv, data);
                },
            };
        }
        case OIDS.pbeSha1Rc2_40:
        case OIDS.pbeSha1Rc2_128: {
            const bits = algOid === OIDS.pbeSha1Rc2_40 ? 40 : 128;
            return {
                ...base,
                cost: pkcs12KdfCost('sha1', iterations, bits / 8) + pkcs12KdfCost('sha1', iterations, 8),
                native: false,
                decrypt: async (data, bmp) => {
                    const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, bits / 8);
                    const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
                    return rc2Decrypt(key, iv, data, bits);
                },
            };
        }
        default:
            throw new UnsupportedError(`${name} encryption is not supported; re-export the file with AES-256 or 3DES`);
    }
}
/** The estimated derivation cost of a password-based encryption, also for schemes that only
 * OpenSSL opens (PKCS#5 v1.5, scrypt, other ciphers): an encrypted PKCS#8 key goes to OpenSSL, and
 * its iteration count is bounded here first. */
function pbeCost(alg) {
    try {
        return pbeOf(alg).cost;
    }
    catch (err) {
        if (!(err instanceof UnsupportedError))
            throw err;
    }
    const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
    if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0)) !== OIDS.pbes2)
        return (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(params, 1)) * 3;
    // PBKDF2 (salt, iterations, ...) or scrypt (salt, N, r, p): the second field is the work factor
    const kp = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(params, 0, certs_der/* TAG */.Dk.SEQUENCE), 1, certs_der/* TAG */.Dk.SEQUENCE);
    const factors = kp.children.slice(1).filter((c) => c.tag === certs_der/* TAG */.Dk.INTEGER);
    return factors.slice(0, 3).reduce((product, c) => product * (0,certs_der/* intOf */.L0)(c), 3);
}
/** Decrypts with a PKCS#12 PBE or PBES2 algorithm identifier. `bmp` is the password encoding that
 * verified the MAC; `utf8` is the password as bytes for PBES2. */
async function pbeDecrypt(alg, data, bmp, utf8, budget = new KdfBudget()) {
    const pbe = pbeOf(alg);
    budget.charge(pbe.cost, `decrypting with ${pbe.iterations} iterations`);
    const plain = await pbe.decrypt(data, bmp, utf8);
    return { plain, encryption: pbe.encryption, algorithm: pbe.algorithm, iterations: pbe.iterations, pbes2: pbe.pbes2 };
}
/** Is this parsed DER a PFX (version 3 + data ContentInfo)? */
function isPkcs12(top) {
    if (top.tag !== certs_der/* TAG */.Dk.SEQUENCE || top.children.length < 2)
        return false;
    const [version, authSafe] = top.children;
    if (version.tag !== certs_der/* TAG */.Dk.INTEGER || authSafe.tag !== certs_der/* TAG */.Dk.SEQUENCE || !authSafe.children[0])
        return false;
    try {
        return (0,certs_der/* intOf */.L0)(version) === 3 && (0,certs_der/* oidOf */._f)(authSafe.children[0]) === OIDS.data;
    }
    catch {
        return false;
    }
}
function macVerify(macData, data, candidates, utf8, budget) {
    const digestInfo = (0,certs_der/* child */.jf)(macData, 0, certs_der/* TAG */.Dk.SEQUENCE);
    const alg = (0,certs_der/* child */.jf)(digestInfo, 0, certs_der/* TAG */.Dk.SEQUENCE);
    const expected = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(digestInfo, 1));
    const salt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(macData, 1));
    const iterations = checkIterations(macData.children[2] ? (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(macData, 2)) : 1);
    const algOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0));
    if (algOid === OIDS.pbmac1) {
        // RFC 9579: PBKDF2 over the UTF-8 password, then HMAC
        const params = (0,certs_der/* child */.jf)(alg, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const kdf = (0,certs_der/* child */.jf)(params, 0, certs_der/* TAG */.Dk.SEQUENCE);
        const kdfOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(kdf, 0));
        if (kdfOid !== OIDS.pbkdf2)
            throw new UnsupportedError(`PBMAC1 with ${algorithmName(kdfOid)} (not PBKDF2) is not supported`);
        const p = (0,certs_der/* child */.jf)(kdf, 1, certs_der/* TAG */.Dk.SEQUENCE);
        const pSalt = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(p, 0));
        const pIter = checkIterations((0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(p, 1)));
        const keyLength = (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(p, 2));
        if (keyLength < 1 || keyLength > MAX_MAC_KEY)
            throw new UnsupportedError(`its PBMAC1 key length of ${keyLength} bytes is outside the accepted range (1 to ${MAX_MAC_KEY}, the HMAC output size)`);
        let prf = 'sha1';
        if (p.children[3]) {
            const prfOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(p.children[3], 0));
            const known = HMAC_BY_OID[prfOid];
            if (!known)
                throw new UnsupportedError(`PBMAC1 with the PRF ${algorithmName(prfOid)} is not supported`);
            prf = known;
        }
        const macOid = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(params, 1), 0));
        const hmacHash = HMAC_BY_OID[macOid];
        if (!hmacHash)
            throw new UnsupportedError(`PBMAC1 with the MAC ${algorithmName(macOid)} is not supported`);
        budget.charge(pbkdf2Cost(prf, pIter, keyLength), `the PBMAC1 MAC of ${pIter} iterations`);
        const key = (0,external_node_crypto_.pbkdf2Sync)(utf8, pSalt, pIter, keyLength, prf);
        const got = (0,external_node_crypto_.createHmac)(hmacHash, key).update(data).digest();
        if (got.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(got, expected))
            return { bmp: candidates[0], mac: `pbmac1-${hmacHash}`, iterations: pIter };
        throw new PasswordError('mac');
    }
    const hash = HASH_BY_OID[algOid];
    if (!hash)
        throw new UnsupportedError(`the MAC digest ${algorithmName(algOid)} is not supported`);
    const size = HASH_SIZE[hash];
    for (const bmp of candidates) {
        budget.charge(pkcs12KdfCost(hash, iterations, size), `the MAC of ${iterations} iterations`);
        const key = pkcs12Kdf(hash, bmp, salt, 3, iterations, size);
        const got = (0,external_node_crypto_.createHmac)(hash, key).update(data).digest();
        if (got.length === expected.length && (0,external_node_crypto_.timingSafeEqual)(got, expected))
            return { bmp, mac: hash, iterations };
    }
    throw new PasswordError('mac');
}
function attributesOf(bag) {
    const attrs = bag.children[2];
    if (!attrs || attrs.tag !== certs_der/* TAG */.Dk.SET)
        return {};
    for (const a of attrs.children) {
        if (a.tag === certs_der/* TAG */.Dk.SEQUENCE && a.children[0]?.tag === certs_der/* TAG */.Dk.OID && (0,certs_der/* oidOf */._f)(a.children[0]) === OIDS.localKeyId) {
            const value = a.children[1]?.children[0];
            if (value && (value.tag & 0x1f) === certs_der/* TAG */.Dk.OCTET_STRING)
                return { localKeyId: (0,certs_der/* octets */.tu)(value).toString('hex') };
        }
    }
    return {};
}
/** The encrypted parts of the authenticated safe, in order, without decrypting anything. */
function encryptedSafe(info) {
    const encryptedData = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(info, 1), 0, certs_der/* TAG */.Dk.SEQUENCE);
    const eci = (0,certs_der/* child */.jf)(encryptedData, 1, certs_der/* TAG */.Dk.SEQUENCE);
    const alg = (0,certs_der/* child */.jf)(eci, 1, certs_der/* TAG */.Dk.SEQUENCE);
    const body = (0,certs_der/* child */.jf)(eci, 2);
    // [0] IMPLICIT OCTET STRING: primitive (0x80) or constructed (0xa0), whose pieces may nest
    const pieces = (n) => ((n.tag & 0x20) === 0 ? (0,certs_der/* content */.Qs)(n) : Buffer.concat(n.children.map(pieces)));
    return { alg, data: pieces(body) };
}
/** Does the password open the first encrypted part? Used only once the MAC has refused it, to tell
 * "wrong password" from "the MAC was made with another password". */
async function contentsOpenWith(safes, bmp, utf8, budget) {
    const first = safes.children.find((info) => (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(info, 0)) === OIDS.encryptedData);
    if (!first)
        return false;
    try {
        const { alg, data } = encryptedSafe(first);
        const plain = (await pbeDecrypt(alg, data, bmp, utf8, budget)).plain;
        return (0,certs_der/* parseDer */.zE)(plain).tag === certs_der/* TAG */.Dk.SEQUENCE;
    }
    catch (err) {
        if (err instanceof TooCostlyError)
            throw err;
        return false;
    }
}
/** Refuses a file whose visible parts (the MAC, each encrypted part, the key bags outside them)
 * already cost more than the budget, before anything is derived. What is malformed or unsupported
 * is left to the real reading, which says so. */
function estimateCost(macData, safes, limit) {
    const estimate = new KdfBudget(limit);
    const part = (what, cost) => {
        let c;
        try {
            c = cost();
        }
        catch {
            return;
        }
        estimate.charge(c, what);
    };
    if (macData)
        part('the MAC', () => {
            const alg = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(macData, 0, certs_der/* TAG */.Dk.SEQUENCE), 0, certs_der/* TAG */.Dk.SEQUENCE);
            const hash = HASH_BY_OID[(0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(alg, 0))];
            const iterations = macData.children[2] ? (0,certs_der/* intOf */.L0)((0,certs_der/* child */.jf)(macData, 2)) : 1;
            return hash ? pkcs12KdfCost(hash, iterations, HASH_SIZE[hash]) : 0;
        });
    for (const info of safes.children) {
        part('its parts', () => {
            const type = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(info, 0));
            if (type === OIDS.encryptedData)
                return pbeCost(encryptedSafe(info).alg);
            if (type !== OIDS.data)
                return 0;
            const bags = (0,certs_der/* parseDer */.zE)((0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(info, 1), 0)));
            let sum = 0;
            for (const bag of bags.children)
                if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(bag, 0)) === OIDS.shroudedKeyBag)
                    sum += pbeCost((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(bag, 1), 0), 0, certs_der/* TAG */.Dk.SEQUENCE)) * 0.45;
            return sum;
        });
    }
}
/** Opens a PFX. Throws PasswordError (wrong password), PasswordMismatchError, UnsupportedError
 * (TooCostlyError past the file's key-derivation budget), or DerError (corrupt). */
async function readPkcs12(top, password, budget = new KdfBudget()) {
    const authSafe = (0,certs_der/* child */.jf)(top, 1, certs_der/* TAG */.Dk.SEQUENCE);
    const authData = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(authSafe, 1), 0));
    const utf8 = Buffer.from(password, 'utf8');
    const candidates = passwordCandidates(password);
    const out = { certificates: [], keys: [], encryption: 'none', algorithms: [], pbes2: false };
    let bmp = candidates[0];
    const macData = top.children[2];
    const safes = (0,certs_der/* parseDer */.zE)(authData);
    if (safes.tag !== certs_der/* TAG */.Dk.SEQUENCE)
        throw new certs_der/* DerError */.I4('PKCS#12 authenticated safe is not a SEQUENCE');
    estimateCost(macData, safes, budget.limit);
    if (macData) {
        let verified;
        try {
            verified = macVerify(macData, authData, candidates, utf8, budget);
        }
        catch (err) {
            if (err instanceof PasswordError && (await contentsOpenWith(safes, bmp, utf8, budget)))
                throw new PasswordMismatchError('the password decrypts its contents, but its integrity check (MAC) was made with another password, or the file was changed after export');
            throw err;
        }
        bmp = verified.bmp;
        out.mac = verified.mac;
        out.macIterations = verified.iterations;
    }
    const note = (p, what) => {
        if (!out.algorithms.includes(p.algorithm))
            out.algorithms.push(p.algorithm);
        if (p.pbes2)
            out.pbes2 = true;
        if (what === 'key')
            out.keyEncryption ??= p.encryption;
        else
            out.certEncryption ??= p.encryption;
        out.iterations = Math.max(out.iterations ?? 0, p.iterations);
    };
    const mismatch = (what) => new PasswordMismatchError(`the password opens its integrity check (MAC) but does not decrypt its ${what === 'key' ? 'private key' : 'certificates'}: the file was made with a different encryption password than MAC password`);
    const decrypt = async (alg, data, what) => {
        const pbe = pbeOf(alg);
        budget.charge(pbe.cost, `decrypting a part with ${pbe.iterations} iterations`);
        try {
            const plain = await pbe.decrypt(data, bmp, utf8);
            note(pbe, what);
            return plain;
        }
        catch (err) {
            // without a MAC, a failed decryption is the only sign of a wrong password
            if (err instanceof PasswordError && macData)
                throw mismatch(what);
            throw err;
        }
    };
    // A shrouded key bag is an EncryptedPrivateKeyInfo: OpenSSL derives its key natively (about
    // twice as fast as the derivation here), when the password is in the standard encoding.
    const nativeKey = (alg, value) => {
        const pbe = pbeOf(alg);
        if (!pbe.native || password === '' || bmp !== candidates[0])
            return undefined;
        budget.charge(pbe.cost * 0.45, `decrypting a key with ${pbe.iterations} iterations`);
        try {
            const key = (0,external_node_crypto_.createPrivateKey)({ key: Buffer.from((0,certs_der/* raw */.lS)(value)), format: 'der', type: 'pkcs8', passphrase: password });
            note(pbe, 'key');
            return key.export({ format: 'der', type: 'pkcs8' });
        }
        catch (err) {
            if (macData && /BAD_DECRYPT|bad decrypt/i.test(`${err.code} ${String(err)}`))
                throw mismatch('key');
            return undefined;
        }
    };
    for (const info of safes.children) {
        const type = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(info, 0));
        let safeContents;
        if (type === OIDS.data)
            safeContents = (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(info, 1), 0));
        else if (type === OIDS.encryptedData) {
            const { alg, data } = encryptedSafe(info);
            safeContents = await decrypt(alg, data, 'cert');
        }
        else
            throw new UnsupportedError('PKCS#12 public-key (enveloped) content is not supported');
        const bags = (0,certs_der/* parseDer */.zE)(safeContents);
        for (const bag of bags.children) {
            const bagId = (0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(bag, 0));
            const value = (0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(bag, 1), 0);
            const attrs = attributesOf(bag);
            if (bagId === OIDS.certBag) {
                if ((0,certs_der/* oidOf */._f)((0,certs_der/* child */.jf)(value, 0)) !== OIDS.x509Certificate)
                    continue;
                out.certificates.push({ der: (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)((0,certs_der/* child */.jf)(value, 1), 0)), ...attrs });
            }
            else if (bagId === OIDS.keyBag) {
                out.keys.push({ der: Buffer.from((0,certs_der/* raw */.lS)(value)), ...attrs });
            }
            else if (bagId === OIDS.shroudedKeyBag) {
                const alg = (0,certs_der/* child */.jf)(value, 0, certs_der/* TAG */.Dk.SEQUENCE);
                const der = nativeKey(alg, value) ?? (await decrypt(alg, (0,certs_der/* octets */.tu)((0,certs_der/* child */.jf)(value, 1)), 'key'));
                out.keys.push({ der, ...attrs });
            }
        }
    }
    out.encryption = out.keyEncryption ?? out.certEncryption ?? 'none';
    return out;
}
function tripleDesEncrypt(plain, bmp, iterations) {
    const salt = (0,external_node_crypto_.randomBytes)(8);
    const key = pkcs12Kdf('sha1', bmp, salt, 1, iterations, 24);
    const iv = pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8);
    const c = (0,external_node_crypto_.createCipheriv)('des-ede3-cbc', key, iv);
    const data = Buffer.concat([c.update(plain), c.final()]);
    return { alg: (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.pbeSha1TripleDes), (0,certs_der/* seq */.O6)((0,certs_der/* octetString */.J8)(salt), (0,certs_der/* integer */.nd)(iterations))), data };
}
/** Builds a PFX that every Windows version imports: key and certificates encrypted with
 * pbeWithSHAAnd3-KeyTripleDES-CBC, and an HMAC-SHA1 MAC (what `openssl pkcs12 -export -legacy` writes). */
function buildLegacyPkcs12(input) {
    const iterations = input.iterations ?? 2048;
    const bmp = bmpPassword(input.password);
    const leafDer = input.certificates[0];
    if (!leafDer)
        throw new Error('a PFX needs at least the leaf certificate');
    const keyId = (0,external_node_crypto_.createHash)('sha1').update(leafDer).digest();
    const attrs = (withName) => (0,certs_der/* set */.hZ)(...(withName && input.friendlyName ? [(0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.friendlyName), (0,certs_der/* set */.hZ)((0,certs_der/* bmpString */.nb)(input.friendlyName)))] : []), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.localKeyId), (0,certs_der/* set */.hZ)((0,certs_der/* octetString */.J8)(keyId))));
    const certBags = input.certificates.map((der, i) => {
        const value = (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.x509Certificate), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)(der)));
        return (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.certBag), (0,certs_der/* explicit */.pc)(0, value), ...(i === 0 ? [attrs(true)] : []));
    });
    const certSafe = tripleDesEncrypt((0,certs_der/* seq */.O6)(...certBags), bmp, iterations);
    const encryptedData = (0,certs_der/* seq */.O6)((0,certs_der/* integer */.nd)(0), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), certSafe.alg, Buffer.concat([Buffer.from([0x80]), (0,certs_der/* lengthBytes */.m)(certSafe.data.length), certSafe.data])));
    const keyEnc = tripleDesEncrypt(input.keyDer, bmp, iterations);
    const keyBag = (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.shroudedKeyBag), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* seq */.O6)(keyEnc.alg, (0,certs_der/* octetString */.J8)(keyEnc.data))), attrs(true));
    const authSafe = (0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.encryptedData), (0,certs_der/* explicit */.pc)(0, encryptedData)), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)((0,certs_der/* seq */.O6)(keyBag)))));
    const macSalt = (0,external_node_crypto_.randomBytes)(8);
    const macKey = pkcs12Kdf('sha1', bmp, macSalt, 3, iterations, 20);
    const mac = (0,external_node_crypto_.createHmac)('sha1', macKey).update(authSafe).digest();
    const macData = (0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)('1.3.14.3.2.26'), Buffer.from([certs_der/* TAG */.Dk.NULL, 0])), (0,certs_der/* octetString */.J8)(mac)), (0,certs_der/* octetString */.J8)(macSalt), (0,certs_der/* integer */.nd)(iterations));
    return (0,certs_der/* seq */.O6)((0,certs_der/* integer */.nd)(3), (0,certs_der/* seq */.O6)((0,certs_der/* oid */.jq)(OIDS.data), (0,certs_der/* explicit */.pc)(0, (0,certs_der/* octetString */.J8)(authSafe))), macData);
}


/***/ }),

/***/ 9511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JJ: () => (/* binding */ pemCertificateDer),
/* harmony export */   PQ: () => (/* binding */ pemBlocks),
/* harmony export */   RL: () => (/* binding */ CERT_LABELS),
/* harmony export */   readCertificateBundle: () => (/* binding */ readCertificateBundle)
/* harmony export */ });
/* unused harmony export chooseLeaf */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8087);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _chain_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3944);
/* harmony import */ var _der_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5672);
/* harmony import */ var _isolate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(458);
/* harmony import */ var _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6145);
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
    return (0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .sitesLineRef */ .eZ)(spec.door ?? 'action', spec.line);
}
function passwordFix(spec) {
    return spec.passwordEnv
        ? `Set the environment variable ${spec.passwordEnv} (password-env on ${sitesLine(spec)}) to the file's password.`
        : `Give the file's password in ${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .passwordSource */ .n3)(spec.door ?? 'action')}, or name an environment variable with password-env=VAR on ${sitesLine(spec)}.`;
}
async function readBounded(file, max, what, spec, shown = file) {
    const fixPath = `Check the path on ${sitesLine(spec)} (relative paths start at the working directory).${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .pathHint */ .Pq)(shown)}`;
    let size;
    try {
        const st = await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat(file);
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
        return await node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile(file);
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
        return new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(der);
    }
    catch {
        throw new ReadProblem('cert-unreadable', `${file} holds a certificate that cannot be parsed.`, 'Export the certificate again from its source; the file is damaged.');
    }
}
function corrupt(file, err) {
    if (err instanceof _der_js__WEBPACK_IMPORTED_MODULE_5__/* .DerError */ .I4 && err.refused)
        return new ReadProblem('cert-unreadable', `${file} is encoded in a form sni-ready does not read: ${err.message}.`, 'Convert it to plain DER or PEM (e.g. `openssl pkcs12 -in FILE -out all.pem`, then `openssl pkcs12 -export`) and name that file.');
    return new ReadProblem('cert-unreadable', `${file} is truncated or corrupt: its ASN.1 structure is broken.`, 'Export or download the file again and check that it was copied in binary mode.');
}
function isCertificateDer(top) {
    return (top.tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE &&
        top.children.length === 3 &&
        top.children[0].tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE &&
        top.children[1].tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE &&
        top.children[2].tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.BIT_STRING);
}
function isPkcs7(top) {
    try {
        return top.tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE && top.children[0]?.tag === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OID && (0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .oidOf */ ._f)(top.children[0]) === _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .OIDS */ .W4.signedData;
    }
    catch {
        return false;
    }
}
function pkcs7Certificates(top, file) {
    const signedData = (0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)((0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(top, 1), 0, _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE);
    const set = signedData.children.find((c) => c.tag === 0xa0);
    if (!set || set.children.length === 0)
        throw new ReadProblem('cert-unreadable', `${file} is a PKCS#7 (P7B) file without certificates.`, 'Export the P7B again with the certificate and its chain.');
    return set.children.slice(0, MAX_CERTS).map((c) => certificate(Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(c)), file));
}
/** An encrypted PKCS#8 key (EncryptedPrivateKeyInfo) goes to OpenSSL, which derives its key with
 * whatever iteration count the file names (2^31 - 1 never ends): the same per-file budget as a PFX
 * applies before it is handed over. */
function boundKeyCost(der, file) {
    let cost;
    try {
        const top = (0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDer */ .zE)(der);
        const [alg, data] = top.children;
        if (top.tag !== _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE || top.children.length !== 2 || alg?.tag !== _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE || (data.tag & 0x1f) !== _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.OCTET_STRING)
            return;
        cost = (0,_pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .pbeCost */ .fO)(alg);
    }
    catch {
        return; // not an EncryptedPrivateKeyInfo we can read: OpenSSL says what it is
    }
    try {
        new _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .KdfBudget */ .d_().charge(cost, 'decrypting the private key');
    }
    catch (err) {
        if (!(err instanceof _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .TooCostlyError */ .xh))
            throw err;
        throw new ReadProblem('cert-unreadable', `The encrypted private key in ${file} is too costly to open: ${err.message.replace(/^its key derivation is too costly: /, '')}.`, 'Export the key again with the usual iteration count (`openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 2048`).');
    }
}
function keyFromDer(der, password, file, spec) {
    for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
        try {
            return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type });
        }
        catch {
            // try the next form
        }
    }
    boundKeyCost(der, file);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8', passphrase: password });
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
    if (block.label === 'ENCRYPTED PRIVATE KEY')
        boundKeyCost(block.der, file);
    try {
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: block.text, format: 'pem', passphrase: password });
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
function pemBlocks(text, max = MAX_PEM_BLOCKS) {
    const out = [];
    const markers = /-----(BEGIN|END) ([A-Z0-9 ]{1,40})-----/g;
    let open;
    for (let m = markers.exec(text); m && out.length < max; m = markers.exec(text)) {
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
/** The certificate DER of a certificate block (a TRUSTED CERTIFICATE carries OpenSSL's trust
 * settings after it); throws DerError when the block is not DER. */
function pemCertificateDer(block) {
    return block.label === 'TRUSTED CERTIFICATE' ? Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)((0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDer */ .zE)(block.der))) : block.der;
}
function parsePem(text, password, file, spec) {
    const certs = [];
    const keys = [];
    let type = 'pem';
    for (const block of pemBlocks(text)) {
        if (CERT_LABELS.has(block.label)) {
            let der;
            try {
                der = pemCertificateDer(block);
            }
            catch (err) {
                throw corrupt(file, err);
            }
            if (certs.length < MAX_CERTS)
                certs.push(certificate(der, file));
        }
        else if (block.label === 'PKCS7') {
            let top;
            try {
                top = (0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDer */ .zE)(block.der);
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
            keys.push(keyFromPem(block, password, file, spec));
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
        top = (0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .parseDer */ .zE)(der);
    }
    catch (err) {
        throw corrupt(file, err);
    }
    if ((0,_pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .isPkcs12 */ .$r)(top)) {
        try {
            const p12 = await (0,_pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .readPkcs12 */ .X$)(top, password);
            const certs = p12.certificates.slice(0, MAX_CERTS).map((c) => certificate(c.der, file));
            if (certs.length === 0)
                throw new ReadProblem('cert-unreadable', `The PFX ${file} holds no certificate.`, 'Export the PFX again with the certificate, its private key and its chain.');
            const keys = p12.keys.map((k) => {
                try {
                    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)({ key: k.der, format: 'der', type: 'pkcs8' });
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
            if (err instanceof _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .PasswordError */ .Kz) {
                throw new ReadProblem('cert-password', `The password does not open the PFX ${file}${password === '' ? ' (no password was given)' : ''}: its integrity check (MAC) fails.`, passwordFix(spec));
            }
            if (err instanceof _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .PasswordMismatchError */ .oe) {
                throw new ReadProblem('cert-password', `The PFX ${file} was made with two passwords: ${err.message}.`, 'Export the PFX again with one password for both (Windows and OpenSSL do this by default), or give the encryption password if the MAC does not matter to you.');
            }
            if (err instanceof _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .TooCostlyError */ .xh) {
                throw new ReadProblem('cert-unreadable', `The PFX ${file} is too costly to open: ${err.message.replace(/^its key derivation is too costly: /, '')}.`, "Export the PFX again with the usual iteration count (`openssl pkcs12 -export -iter 2048`, or Windows' export), which every importer opens quickly.");
            }
            if (err instanceof _pkcs12_js__WEBPACK_IMPORTED_MODULE_7__/* .UnsupportedError */ .Wt) {
                throw new ReadProblem('cert-unreadable', `The PFX ${file} cannot be opened: ${err.message}.`, 'Export the PFX again with `openssl pkcs12 -export` (AES-256) or `-legacy` (3DES).');
            }
            throw corrupt(file, err);
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
        return { certs: [certificate(Buffer.from((0,_der_js__WEBPACK_IMPORTED_MODULE_5__/* .raw */ .lS)(top)), file)], keys: [], container: { type: 'der', ...(encoding !== 'der' ? { encoding } : {}) } };
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
        if (decoded[0] === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE)
            return parseDerContainer(decoded, password, file, spec, 'base64');
    }
    if (buf[0] === _der_js__WEBPACK_IMPORTED_MODULE_5__/* .TAG */ .Dk.SEQUENCE)
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
        return keyFromPem(block, spec.password, file, spec);
    }
    return keyFromDer(buf, spec.password, file, spec);
}
/** A public key's identity: its JWK components (an SPKI export costs ten times more in OpenSSL 3). */
function publicId(key) {
    try {
        const pub = key.type === 'private' ? (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPublicKey)(key) : key;
        try {
            const j = pub.export({ format: 'jwk' });
            return `${j.kty}|${j.crv ?? ''}|${j.n ?? j.x ?? ''}|${j.e ?? j.y ?? ''}`;
        }
        catch {
            return pub.export({ type: 'spki', format: 'der' }).toString('base64');
        }
    }
    catch {
        return undefined;
    }
}
/** The first key (in order) with a certificate, and that certificate: public keys are compared
 * through one map, so a PFX of 20,000 keys costs 20,000 exports, not 20,000 × certificates key
 * checks. Pairs the map misses (the same key in two encodings) are tried one by one only when few. */
function matchKey(certs, keys) {
    if (keys.length === 0)
        return undefined;
    const byKey = new Map();
    for (const cert of certs) {
        let id;
        try {
            id = publicId(cert.publicKey);
        }
        catch {
            id = undefined; // a key Node cannot load (DSA with inherited parameters, GOST)
        }
        if (id && !byKey.has(id))
            byKey.set(id, cert);
    }
    for (const key of keys) {
        const id = publicId(key);
        const cert = id ? byKey.get(id) : undefined;
        if (cert)
            return { leaf: cert, key };
    }
    if (keys.length * certs.length > 1000)
        return undefined;
    for (const key of keys)
        for (const cert of certs)
            if (safeCheckKey(cert, key))
                return { leaf: cert, key };
    return undefined;
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
    const matched = matchKey(certs, keys);
    if (matched)
        return matched;
    const issuers = new Set(certs.filter((c) => certs.some((o) => o !== c && o.checkIssued(c))));
    let candidates = certs.filter((c) => !issuers.has(c));
    if (candidates.length === 0)
        candidates = certs;
    const covers = (c, h) => {
        try {
            return (0,_chain_js__WEBPACK_IMPORTED_MODULE_4__/* .hostCoverage */ .B)(c, h) !== null;
        }
        catch {
            return false;
        }
    };
    const score = (c) => (c.ca ? 0 : 2) + (hosts.some((h) => covers(c, h)) ? 1 : 0);
    const leaf = candidates.reduce((best, c) => (score(c) > score(best) ? c : best), candidates[0]);
    return { leaf, key: keys[0] };
}
/**
 * Opens the file of one `sites` line. `file` is how the path is shown in findings (default: the
 * path). `content` is the file's bytes when they come from elsewhere (a Key Vault secret): they
 * are then judged exactly as a file's would be.
 */
async function readCertificateBundle(spec, file = spec.path, content) {
    const site = { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] };
    try {
        if (content && content.length > MAX_FILE)
            throw new ReadProblem('cert-unreadable', `${file} is ${content.length} bytes, larger than any certificate (limit ${MAX_FILE}).`, 'Check what the secret holds.');
        const buf = content ?? (await readBounded(spec.path, MAX_FILE, 'Certificate file', spec, file));
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
            return { site, findings: [(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)(err.rule, err.message, { file, fix: err.fix, ...hostExtra })] };
        if (err instanceof _der_js__WEBPACK_IMPORTED_MODULE_5__/* .DerError */ .I4) {
            const problem = corrupt(file, err);
            return { site, findings: [(0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('cert-unreadable', problem.message, { file, fix: problem.fix, ...hostExtra })] };
        }
        // anything unexpected still becomes one sentence (never a stack trace, never the password)
        return {
            site,
            findings: [
                (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('cert-unreadable', `${file} cannot be read: ${(0,_isolate_js__WEBPACK_IMPORTED_MODULE_6__/* .failureReason */ .H)(err)}.`, {
                    file,
                    fix: 'Export the certificate file again; if it still fails, report it with the output of `openssl pkcs12 -info` or `openssl x509 -text`.',
                    ...hostExtra,
                }),
            ],
        };
    }
}


/***/ }),

/***/ 5237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ TrustStore),
/* harmony export */   Vc: () => (/* binding */ loadTrust)
/* harmony export */ });
/* unused harmony export pemCertificateBlocks */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8087);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8522);
/* harmony import */ var _read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9511);
/* harmony import */ var _x509_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(819);
// Trust anchors: Node's root store (when `trust-system`) plus the PEM files of the `trust` input,
// loaded once per run and shared by `check`, `scan` and `verify`.







class TrustStore {
    anchors = [];
    bySubject = new Map();
    fingerprints = new Set();
    add(cert) {
        if (this.fingerprints.has(cert.fingerprint256))
            return;
        this.fingerprints.add(cert.fingerprint256);
        this.anchors.push(cert);
        const key = (0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .subjectKey */ .ow)(cert);
        const list = this.bySubject.get(key) ?? [];
        list.push(cert);
        this.bySubject.set(key, list);
    }
    /** Is this exact certificate a trust anchor? */
    has(cert) {
        return this.fingerprints.has(cert.fingerprint256);
    }
    /** Anchors whose subject is `cert`'s issuer name (no signature checked). */
    namedIssuersOf(cert) {
        return this.bySubject.get((0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .issuerKey */ .tE)(cert)) ?? [];
    }
    /** Anchors that issued `cert` (the names chain and its signature verifies). */
    issuersOf(cert) {
        return (this.bySubject.get((0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .issuerKey */ .tE)(cert)) ?? []).filter((a) => (0,_x509_js__WEBPACK_IMPORTED_MODULE_5__/* .issuedBy */ .T1)(cert, a));
    }
}
let systemRoots;
function loadSystemRoots() {
    systemRoots ??= node_tls__WEBPACK_IMPORTED_MODULE_2__.rootCertificates.flatMap((pem) => {
        try {
            return [new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(pem)];
        }
        catch {
            return []; // a root Node itself cannot parse is of no use
        }
    });
    return systemRoots;
}
const MAX_TRUST_FILE = 16 * 1024 * 1024;
/** The certificate DER of each PEM certificate block of a text, through read.ts's scanner: one
 * linear pass in which a BEGIN pairs only with the marker right after it, so a run of unmatched
 * BEGIN lines is skipped rather than swallowed into the next block. */
function pemCertificateBlocks(text) {
    return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .pemBlocks */ .PQ)(text, MAX_TRUST_CERTS)
        .filter((b) => _read_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_LABELS */ .RL.has(b.label))
        .map((b) => {
        try {
            return (0,_read_js__WEBPACK_IMPORTED_MODULE_4__/* .pemCertificateDer */ .JJ)(b);
        }
        catch {
            return b.der; // X509Certificate says it cannot be parsed
        }
    });
}
const MAX_TRUST_CERTS = 20_000;
const loaded = new WeakMap();
/** Node's root store (when `trustSystem`) plus the certificates of each PEM file in `trustFiles`.
 * An unreadable trust file is an input error (one sentence, exit 2). Read once per run: every
 * caller holding the same inputs object (check, then verify's plan) gets the same store. */
function loadTrust(inputs) {
    const known = loaded.get(inputs);
    if (known)
        return known;
    const store = new TrustStore();
    if (inputs.trustSystem)
        for (const c of loadSystemRoots())
            store.add(c);
    const trust = (0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .inputRef */ .io)(inputs.door ?? 'action', 'trust');
    for (const file of inputs.trustFiles) {
        let text;
        try {
            if (node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(file).size > MAX_TRUST_FILE)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Trust file '${file}' in ${trust} is larger than 16 MB`);
            text = node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(file, 'latin1');
        }
        catch (err) {
            if (err instanceof _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d)
                throw err;
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Trust file '${file}' in ${trust} does not exist.${(0,_door_js__WEBPACK_IMPORTED_MODULE_3__/* .pathHint */ .Pq)(file)}`.replace(/\.$/, ''));
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Trust file '${file}' in ${trust} cannot be read (${code ?? 'error'})`);
        }
        const blocks = pemCertificateBlocks(text);
        if (blocks.length === 0)
            throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Trust file '${file}' in ${trust} holds no PEM certificate`);
        for (const block of blocks) {
            try {
                store.add(new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block));
            }
            catch {
                throw new _types_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .d(`Trust file '${file}' in ${trust} holds a certificate that cannot be parsed`);
            }
        }
    }
    loaded.set(inputs, store);
    return store;
}


/***/ })

};
