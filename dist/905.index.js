export const id = 905;
export const ids = [905];
export const modules = {

/***/ 5905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KeyVaultProblem: () => (/* binding */ KeyVaultProblem),
/* harmony export */   KeyVaultSession: () => (/* binding */ KeyVaultSession)
/* harmony export */ });
/* harmony import */ var _ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7864);

/** A problem that stops reading one Key Vault line: its sentence and its fix. */
class KeyVaultProblem extends Error {
    fix;
    vaultWide;
    constructor(message, fix, 
    /** true when the whole vault is out of reach (later lines of the same vault need not ask again) */
    vaultWide = false) {
        super(message);
        this.fix = fix;
        this.vaultWide = vaultWide;
    }
}
/** One run's Key Vault access: one credential, one pair of clients per vault, a vault out of reach asked once. */
class KeyVaultSession {
    timeoutMs;
    env;
    credential;
    clients = new Map();
    unreachable = new Map();
    constructor(timeoutMs, env = process.env) {
        this.timeoutMs = timeoutMs;
        this.env = env;
    }
    /** Who the vault sees, as far as it is known: from the token, else from the environment. */
    identity() {
        return this.credential?.describe() ?? describeFromEnv(this.env);
    }
    async clientsFor(ref) {
        const known = this.clients.get(ref.vaultUrl);
        if (known)
            return known;
        const [{ DefaultAzureCredential }, { CertificateClient }, { SecretClient }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(578)]).then(__webpack_require__.bind(__webpack_require__, 8578)),
            Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(522), __webpack_require__.e(177)]).then(__webpack_require__.bind(__webpack_require__, 4177)),
            Promise.all(/* import() */[__webpack_require__.e(690), __webpack_require__.e(522), __webpack_require__.e(9)]).then(__webpack_require__.bind(__webpack_require__, 6009)),
        ]);
        const loopback = (0,_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .keyVaultLoopbackAllowed */ .j4)(this.env);
        this.credential ??= new IdentityAwareCredential(new DefaultAzureCredential(loopback ? { disableInstanceDiscovery: true } : {}), this.env);
        const options = {
            retryOptions: { maxRetries: 2, retryDelayInMs: 300, maxRetryDelayInMs: 2000 },
            ...(loopback ? { disableChallengeResourceVerification: true } : {}),
        };
        const clients = {
            certificates: new CertificateClient(ref.vaultUrl, this.credential, options),
            secrets: new SecretClient(ref.vaultUrl, this.credential, options),
        };
        this.clients.set(ref.vaultUrl, clients);
        return clients;
    }
    /** Reads the secret behind a `keyvault:` line: the named version, or the latest enabled one. */
    async read(ref) {
        const out = this.unreachable.get(ref.vaultUrl);
        if (out)
            throw out;
        try {
            const clients = await this.clientsFor(ref);
            return ref.collection === 'certificates' ? await this.readCertificate(ref, clients) : await this.readSecret(ref, clients, ref.version);
        }
        catch (err) {
            const problem = err instanceof KeyVaultProblem ? err : this.explain(err, ref);
            if (problem.vaultWide)
                this.unreachable.set(ref.vaultUrl, problem);
            throw problem;
        }
    }
    request() {
        return { requestOptions: { timeout: this.timeoutMs } };
    }
    async readCertificate(ref, clients) {
        const what = `certificate '${ref.name}' in vault ${ref.vaultName}`;
        let version = ref.version;
        let note;
        if (version) {
            const props = await clients.certificates.getCertificateVersion(ref.name, version, this.request());
            if (props.properties.enabled === false)
                throw new KeyVaultProblem(`Version ${version} of ${what} is disabled, so nothing can deploy it.`, `Enable that version in Key Vault, or name an enabled one (without a version, the latest enabled version is read).`);
        }
        else {
            const current = await clients.certificates.getCertificate(ref.name, this.request());
            version = current.properties.version;
            if (current.properties.enabled === false) {
                const enabled = [];
                for await (const p of clients.certificates.listPropertiesOfCertificateVersions(ref.name, this.request()))
                    if (p.enabled !== false && p.version)
                        enabled.push({ version: p.version, created: p.createdOn?.getTime() ?? 0 });
                enabled.sort((a, b) => b.created - a.created);
                if (!enabled[0])
                    throw new KeyVaultProblem(`Every version of ${what} is disabled (the latest is ${version}).`, 'Enable a version in Key Vault or import a renewed certificate.');
                note = `the latest version ${version} is disabled; the latest enabled one, ${enabled[0].version}, was read`;
                version = enabled[0].version;
            }
        }
        const secret = await this.readSecret({ ...ref, collection: 'secrets' }, clients, version);
        return { ...secret, url: (0,_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .versionedUrl */ .rg)(ref, version), ...(note ? { note } : {}) };
    }
    async readSecret(ref, clients, version) {
        const secret = await clients.secrets.getSecret(ref.name, { ...this.request(), ...(version ? { version } : {}) });
        if (secret.properties.enabled === false)
            throw new KeyVaultProblem(`Version ${secret.properties.version} of secret '${ref.name}' in vault ${ref.vaultName} is disabled.`, 'Enable it or name an enabled version.');
        if (secret.value === undefined || secret.value === '')
            throw new KeyVaultProblem(`Secret '${ref.name}' in vault ${ref.vaultName} is empty: it is not a certificate.`, 'Import the certificate (PFX or PEM) into Key Vault as a certificate.');
        const v = secret.properties.version ?? version ?? '';
        const out = {
            content: Buffer.from(secret.value, 'utf8'),
            version: v,
            url: (0,_ref_js__WEBPACK_IMPORTED_MODULE_0__/* .versionedUrl */ .rg)(ref, v),
            managed: secret.properties.managed === true,
        };
        if (secret.properties.contentType)
            out.contentType = secret.properties.contentType;
        return out;
    }
    /** One sentence for an SDK, identity or network error. */
    explain(err, ref) {
        const e = err;
        const vault = `vault ${ref.vaultName}${ref.vaultUrl.endsWith(ref.vaultName) ? '' : ` (${ref.vaultUrl})`}`;
        const object = `${ref.collection === 'certificates' ? 'certificate' : 'secret'} '${ref.name}'`;
        const name = e.name ?? '';
        const message = firstSentence(e.message ?? String(err));
        if (name === 'CredentialUnavailableError' ||
            name === 'AggregateAuthenticationError' ||
            /DefaultAzureCredential|ChainedTokenCredential/.test(e.message ?? '')) {
            if (name === 'CredentialUnavailableError' || /CredentialUnavailableError/.test(e.message ?? ''))
                return new KeyVaultProblem(`No Azure sign-in is available to read ${vault}: DefaultAzureCredential found no environment credential, workload identity, managed identity or Azure CLI login.`, 'In a workflow, run azure/login (OpenID Connect, with permissions: id-token: write) before this step; locally, run `az login`.', true);
        }
        if (name === 'AuthenticationError' || name === 'AggregateAuthenticationError')
            return new KeyVaultProblem(`${capitalize(this.identity())} could not get a token for ${vault}: ${aadReason(e.message ?? '')}.`, 'Check the identity azure/login signs in with (client id, tenant, federated credential subject), or `az login` again locally.', true);
        const status = e.statusCode;
        const body = parseBody(e.response?.bodyAsText);
        const inner = body.inner ?? '';
        const text = body.message ?? e.message ?? '';
        const who = this.identity();
        if (status === 403) {
            if (inner === 'SecretDisabled' || /disabled/i.test(text))
                return new KeyVaultProblem(`The requested version of ${object} in ${vault} is disabled.`, 'Enable it in Key Vault, or name an enabled version.');
            if (inner === 'ForbiddenByFirewall' || /firewall|not authorized.*(address|network)|Client address is not authorized/i.test(text))
                return new KeyVaultProblem(`${capitalize(vault)} refuses this machine's network address (its firewall allows selected networks only).`, "Allow the runner's address in the vault's networking settings, use a runner inside an allowed network or private endpoint, or let trusted services through.", true);
            if (inner === 'ForbiddenByRbac' || /Caller is not authorized/i.test(text)) {
                const role = ref.collection === 'certificates' ? 'Key Vault Certificate User' : 'Key Vault Secrets User';
                return new KeyVaultProblem(`${capitalize(who)} may not read ${object} in ${vault}: the vault uses Azure RBAC and no role assignment grants it '${role}'.`, `Assign '${role}'${ref.collection === 'certificates' ? " (it reads the certificate and its secret; 'Key Vault Secrets User' alone cannot read the certificate)" : " (or 'Key Vault Certificate User')"} to that identity on the vault or the ${ref.collection === 'certificates' ? 'certificate' : 'secret'}: az role assignment create --role "${role}" --assignee CLIENT_ID --scope VAULT_RESOURCE_ID.`);
            }
            // access policies: "... does not have certificates get permission on key vault ..."
            const perm = /does not have (\w+) (\w+) permission/i.exec(text);
            return new KeyVaultProblem(`${capitalize(who)} may not read ${object} in ${vault}: the vault's access policies do not give it ${perm ? `${perm[1]} ${perm[2]}` : `${ref.collection} get`} permission.`, "Add an access policy for that identity with Get and List on certificates and Get on secrets (az keyvault set-policy --name VAULT --spn CLIENT_ID --certificate-permissions get list --secret-permissions get), or move the vault to Azure RBAC and assign 'Key Vault Certificate User'.");
        }
        if (status === 401)
            return new KeyVaultProblem(`${capitalize(vault)} refused the token of ${who} (401): ${firstSentence(text)}.`, 'Sign in to the tenant that owns the vault (azure/login tenant-id, or `az login --tenant`).', true);
        if (status === 404)
            return new KeyVaultProblem(`${capitalize(vault)} has no ${object}${ref.version ? ` with version ${ref.version}` : ''}.`, ref.collection === 'certificates'
                ? 'Check the name and version in the sites line (az keyvault certificate list --vault-name VAULT); a certificate uploaded as a plain secret is written keyvault:https://VAULT.vault.azure.net/secrets/NAME.'
                : 'Check the name and version in the sites line (az keyvault secret list --vault-name VAULT).');
        if (status !== undefined)
            return new KeyVaultProblem(`${capitalize(vault)} answered ${status} for ${object}: ${firstSentence(text)}.`, 'Run the step again; if it persists, check the vault in the Azure portal (Service Health, throttling).');
        return new KeyVaultProblem(`${capitalize(vault)} cannot be reached: ${networkReason(e.code, message)}.`, 'Check the vault name in the sites line and that this machine can reach it (DNS, proxy, private endpoint); the other sites were checked as usual.', true);
    }
}
/** Wraps the real credential to learn who the vault sees (the token's claims: upn, appid, oid). */
class IdentityAwareCredential {
    inner;
    env;
    claims;
    constructor(inner, env) {
        this.inner = inner;
        this.env = env;
    }
    async getToken(scopes, options) {
        const token = await this.inner.getToken(scopes, options);
        if (token)
            this.claims = tokenClaims(token.token);
        return token;
    }
    describe() {
        const c = this.claims;
        if (!c)
            return describeFromEnv(this.env);
        const upn = typeof c.upn === 'string' ? c.upn : typeof c.unique_name === 'string' ? c.unique_name : undefined;
        if (upn)
            return `the user ${safe(upn)}`;
        const appid = typeof c.appid === 'string' ? c.appid : typeof c.azp === 'string' ? c.azp : undefined;
        const oid = typeof c.oid === 'string' ? c.oid : undefined;
        if (appid || oid)
            return `the identity ${[appid && `appid=${safe(appid)}`, oid && `oid=${safe(oid)}`].filter(Boolean).join(', ')}`;
        return describeFromEnv(this.env);
    }
}
function describeFromEnv(env) {
    return env.AZURE_CLIENT_ID ? `the identity with client id ${safe(env.AZURE_CLIENT_ID)}` : 'the signed-in identity';
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
/** Claims of a JWT (its middle part); none when it is not one. The token itself is never kept or shown. */
function tokenClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        return undefined;
    try {
        const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return v && typeof v === 'object' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** Foreign text in a sentence: one line, bounded, printable. */
function safe(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x1f\x7f]/g, ' ').slice(0, 120);
}
function firstSentence(s) {
    const line = safe(s.split(/\r?\n|\\r\\n/)[0] ?? '').trim();
    return line.replace(/\.$/, '') || 'no reason given';
}
function parseBody(text) {
    if (!text)
        return {};
    try {
        const body = JSON.parse(text);
        const out = {};
        if (typeof body.error?.message === 'string')
            out.message = body.error.message;
        const inner = body.error?.innererror?.code ?? body.error?.code;
        if (typeof inner === 'string')
            out.inner = inner;
        return out;
    }
    catch {
        return {};
    }
}
/** The AADSTS code and its first sentence, from an identity library error. */
function aadReason(message) {
    const m = /(AADSTS\d+):\s*([^.\r\n]+)/.exec(message);
    if (m)
        return `${m[1]} ${safe(m[2])}`;
    const line = message
        .split(/\r?\n/)
        .map((l) => l.trim())
        .find((l) => l && !/^(DefaultAzureCredential|ChainedTokenCredential|EnvironmentCredential):?$/.test(l));
    return firstSentence(line ?? message);
}
function networkReason(code, message) {
    const m = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|CERT_\w+|UNABLE_TO_\w+|SELF_SIGNED_\w+|DEPTH_ZERO_\w+)\b/.exec(`${code ?? ''} ${message}`);
    const known = {
        ENOTFOUND: 'its name does not resolve (ENOTFOUND)',
        EAI_AGAIN: 'its name does not resolve right now (EAI_AGAIN)',
        ECONNREFUSED: 'the connection was refused (ECONNREFUSED)',
        ECONNRESET: 'the connection was reset (ECONNRESET)',
        ETIMEDOUT: 'the connection timed out (ETIMEDOUT)',
        EHOSTUNREACH: 'no route to it (EHOSTUNREACH)',
        ENETUNREACH: 'no network route to it (ENETUNREACH)',
    };
    if (m)
        return known[m[1]] ?? `its TLS certificate is not trusted here (${m[1]})`;
    if (/abort|timeout/i.test(message))
        return 'no answer within the timeout';
    return message || 'the request failed';
}


/***/ })

};
