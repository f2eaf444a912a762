export const id = 237;
export const ids = [237];
export const modules = {

/***/ 8237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lintTemplate: () => (/* binding */ lintTemplate),
  Od: () => (/* binding */ lintTemplatePair),
  xb: () => (/* binding */ openTemplate)
});

// UNUSED EXPORTS: azureSignInLikely, readTemplate, resolveThumbprints

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/door.ts
var door = __webpack_require__(8087);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/rules.ts
var rules = __webpack_require__(9244);
// EXTERNAL MODULE: ./src/service/model.ts
var model = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/service/xml.ts
var xml = __webpack_require__(7974);
// EXTERNAL MODULE: ./src/keyvault/ref.ts
var keyvault_ref = __webpack_require__(7864);
// EXTERNAL MODULE: ./src/template/json.ts
var json = __webpack_require__(5510);
;// CONCATENATED MODULE: ./src/template/arm.ts
// The part of ARM's template language that can be evaluated offline: parameters() (from the
// parameters file, else the template's defaultValue), variables(), concat(), format(), toLower(),
// toUpper(), string(), replace(), trim(), if(), equals(), last(), split(), and resourceId() with
// the subscription and resource group left as placeholders (enough to tell two vault ids apart).
// Anything else (reference(), subscription().id, listKeys() ...) is "cannot resolve", with the
// reason, and the caller says so instead of guessing.

class Unresolvable extends Error {
}
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c))
            i++;
        else if (c === "'") {
            let v = '';
            i++;
            for (;;) {
                if (i >= src.length)
                    throw new Unresolvable('an unterminated string in an expression');
                if (src[i] === "'") {
                    if (src[i + 1] === "'") {
                        v += "'";
                        i += 2;
                        continue;
                    }
                    i++;
                    break;
                }
                v += src[i++];
            }
            out.push({ t: 'str', v });
        }
        else if (/[0-9-]/.test(c)) {
            const m = /^-?\d+/.exec(src.slice(i));
            if (!m)
                throw new Unresolvable(`an unexpected '${c}' in an expression`);
            out.push({ t: 'num', v: Number(m[0]) });
            i += m[0].length;
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
            out.push({ t: 'id', v: m[0] });
            i += m[0].length;
        }
        else if ('(),.[]'.includes(c)) {
            out.push({ t: 'punct', v: c });
            i++;
        }
        else
            throw new Unresolvable(`an unexpected '${c}' in an expression`);
    }
    return out;
}
/** Evaluates templates' strings against one parameters file. */
class ArmEvaluator {
    variables;
    parameters;
    given;
    depth = 0;
    constructor(template, parametersFile) {
        const entries = (n) => (n?.kind === 'object' ? n.props.map((p) => [p.key.toLowerCase(), p.value]) : []);
        this.variables = new Map(entries((0,json/* prop */._w)(template, 'variables')));
        this.parameters = new Map(entries((0,json/* prop */._w)(template, 'parameters')));
        this.given = new Map();
        // a deployment parameters file ({ parameters: { x: { value } } }), or a bare { x: { value } } object
        const params = (0,json/* prop */._w)(parametersFile, 'parameters') ?? parametersFile;
        for (const [k, v] of entries(params)) {
            const value = (0,json/* prop */._w)(v, 'value');
            if (value)
                this.given.set(k, (0,json/* plain */.pj)(value));
            else if ((0,json/* prop */._w)(v, 'reference'))
                this.given.set(k, new Unresolvable(`parameter '${k}' is a Key Vault reference in the parameters file`));
        }
    }
    /** The value of a node: an expression string is evaluated; objects and arrays are evaluated throughout. */
    resolve(node) {
        if (!node)
            return { ok: false, why: 'it is missing' };
        try {
            return { ok: true, value: this.node(node) };
        }
        catch (err) {
            if (err instanceof Unresolvable)
                return { ok: false, why: err.message };
            throw err;
        }
    }
    /** Where a parameter's value comes from: the parameters file, else the template's defaultValue. */
    parameterSource(name) {
        const k = name.toLowerCase();
        if (this.given.has(k))
            return 'parameters-file';
        return (0,json/* prop */._w)(this.parameters.get(k), 'defaultValue') ? 'default' : undefined;
    }
    node(node) {
        switch (node.kind) {
            case 'string':
                return this.string(node.value);
            case 'object':
                return Object.fromEntries(node.props.map((p) => [p.key, this.node(p.value)]));
            case 'array':
                return node.items.map((n) => this.node(n));
            default:
                return node.value;
        }
    }
    string(s) {
        if (!s.startsWith('[') || !s.endsWith(']'))
            return s;
        if (s.startsWith('[['))
            return s.slice(1); // an escaped literal '['
        if (++this.depth > 50)
            throw new Unresolvable('variables refer to each other in a loop');
        try {
            const tokens = tokenize(s.slice(1, -1));
            let pos = 0;
            const peek = () => tokens[pos];
            const expect = (v) => {
                const t = tokens[pos++];
                if (!t || t.t !== 'punct' || t.v !== v)
                    throw new Unresolvable(`'${v}' expected in '${s.slice(0, 120)}'`);
            };
            const expr = () => {
                const t = tokens[pos++];
                if (!t)
                    throw new Unresolvable(`an incomplete expression '${s.slice(0, 120)}'`);
                let v;
                if (t.t === 'str' || t.t === 'num')
                    v = t.v;
                else if (t.t === 'id') {
                    const name = t.v.toLowerCase();
                    if (name === 'true' || name === 'false')
                        v = name === 'true';
                    else if (name === 'null')
                        v = null;
                    else {
                        expect('(');
                        const args = [];
                        if (!(peek()?.t === 'punct' && peek().v === ')')) {
                            for (;;) {
                                args.push(expr());
                                if (peek()?.t === 'punct' && peek().v === ',') {
                                    pos++;
                                    continue;
                                }
                                break;
                            }
                        }
                        expect(')');
                        v = this.call(name, args, t.v);
                    }
                }
                else
                    throw new Unresolvable(`an unexpected '${t.v}' in '${s.slice(0, 120)}'`);
                // property and index access
                for (;;) {
                    const p = peek();
                    if (p?.t === 'punct' && p.v === '.') {
                        pos++;
                        const id = tokens[pos++];
                        if (!id || id.t !== 'id')
                            throw new Unresolvable(`a property name expected in '${s.slice(0, 120)}'`);
                        v = member(v, id.v);
                    }
                    else if (p?.t === 'punct' && p.v === '[') {
                        pos++;
                        const k = expr();
                        expect(']');
                        v = member(v, k);
                    }
                    else
                        return v;
                }
            };
            const v = expr();
            if (pos !== tokens.length)
                throw new Unresolvable(`text after the expression in '${s.slice(0, 120)}'`);
            return v;
        }
        finally {
            this.depth--;
        }
    }
    call(name, args, written) {
        const str = (x) => (typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x));
        switch (name) {
            case 'parameters': {
                const k = String(args[0]).toLowerCase();
                if (this.given.has(k)) {
                    const v = this.given.get(k);
                    if (v instanceof Unresolvable)
                        throw v;
                    return v;
                }
                const def = (0,json/* prop */._w)(this.parameters.get(k), 'defaultValue');
                if (def)
                    return this.node(def);
                throw new Unresolvable(`parameter '${String(args[0])}' has no value (not in the parameters file, no defaultValue)`);
            }
            case 'variables': {
                const v = this.variables.get(String(args[0]).toLowerCase());
                if (!v)
                    throw new Unresolvable(`variable '${String(args[0])}' is not defined`);
                return this.node(v);
            }
            case 'concat':
                return args.every(Array.isArray) && args.length ? args.flat() : args.map(str).join('');
            case 'format':
                return str(args[0]).replace(/\{(\d+)(?::[^}]*)?\}/g, (_, n) => str(args[Number(n) + 1]));
            case 'tolower':
                return str(args[0]).toLowerCase();
            case 'toupper':
                return str(args[0]).toUpperCase();
            case 'string':
                return str(args[0]);
            case 'replace':
                return str(args[0]).split(str(args[1])).join(str(args[2]));
            case 'trim':
                return str(args[0]).trim();
            case 'equals':
                return JSON.stringify(args[0]) === JSON.stringify(args[1]);
            case 'if':
                return args[0] ? args[1] : args[2];
            case 'split':
                return str(args[0]).split(str(args[1]));
            case 'last': {
                const a = args[0];
                return Array.isArray(a) ? a[a.length - 1] : str(a).slice(-1);
            }
            case 'resourceid': {
                // resourceId([subscriptionId], [resourceGroupName], type, name...): the deployment's own
                // subscription and group stay placeholders (the same placeholders for every id of the file)
                const parts = args.map(str);
                const typeAt = parts.findIndex((p) => p.includes('/'));
                if (typeAt < 0)
                    throw new Unresolvable(`resourceId() without a resource type`);
                const sub = typeAt >= 2 ? parts[0] : '{subscription}';
                const rg = typeAt >= 1 ? parts[typeAt - 1] : '{resourceGroup}';
                const [ns, ...types] = parts[typeAt].split('/');
                const names = parts.slice(typeAt + 1);
                const tail = types.map((t, k) => `${t}/${names[k] ?? ''}`).join('/');
                return `/subscriptions/${sub}/resourceGroups/${rg}/providers/${ns}/${tail}`;
            }
            default:
                throw new Unresolvable(`${written}() cannot be evaluated before deployment`);
        }
    }
}
function member(v, key) {
    if (Array.isArray(v) && typeof key === 'number')
        return v[key];
    if (v && typeof v === 'object') {
        const k = String(key).toLowerCase();
        const hit = Object.entries(v).find(([name]) => name.toLowerCase() === k);
        if (hit)
            return hit[1];
    }
    throw new Unresolvable(`no '${String(key)}' in a value of the template`);
}

;// CONCATENATED MODULE: ./src/template/lint.ts
// The Cloud Services (extended support) template against the cscfg, before deploy. A CSES
// deployment fails with "The thumbprints specified in the CSCFG do not have corresponding
// certificates in osProfile.secrets ... Missing thumbprints: WebRole1|..." when the two disagree,
// and every renewal must change both. Each cscfg certificate of each role needs a
// `osProfile.secrets[].vaultCertificates[]` entry whose certificate has its thumbprint; each
// `certificateUrl` must name a secret version; each `sourceVault.id` appears once; a
// `certificateStore`, where given, must be the csdef's `storeName`. Findings point at the
// template's lines.











const MAX_TEMPLATE = 4 * 1024 * 1024;
function readJson(file, what, cwd) {
    const shown = (0,files/* displayPath */.Gt)(file, cwd);
    let text;
    try {
        if (external_node_fs_.statSync(file).size > MAX_TEMPLATE)
            return (0,rules/* finding */.gk)('template-unreadable', `${what} ${shown} is over 4 MiB.`, { file, fix: 'Name the compiled ARM template (JSON).' });
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        return (0,rules/* finding */.gk)('template-unreadable', `${what} ${shown} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}.`, {
            file,
            fix: 'Check the path (relative paths start at the working directory).',
        });
    }
    try {
        return { text, root: (0,json/* parseJsonWithLines */.$f)(text) };
    }
    catch (err) {
        const e = err;
        return (0,rules/* finding */.gk)('template-unreadable', `${what} ${shown} is not JSON: ${e.message}.`, {
            file,
            line: e.line,
            fix: /\.bicep$/i.test(file)
                ? 'Compile the Bicep file first (az bicep build --file main.bicep) and name the JSON it writes.'
                : 'Fix the JSON at that line.',
        });
    }
}
/** Every resource of the template, nested ones too (`resources` arrays, or languageVersion 2.0's symbolic-name objects). */
function resourcesOf(node, out = []) {
    const list = (0,json/* prop */._w)(node, 'resources');
    const items = list?.kind === 'array' ? list.items : list?.kind === 'object' ? list.props.map((p) => p.value) : [];
    for (const r of items) {
        out.push(r);
        resourcesOf(r, out);
    }
    return out;
}
/** Reads the template and its parameters file and lists its osProfile certificates; findings for what cannot be read. */
function readTemplate(inputs) {
    const file = inputs.template;
    const t = readJson(file, 'The template', inputs.cwd);
    if ('rule' in t)
        return { findings: [t] };
    let parameters;
    if (inputs.templateParameters) {
        const p = readJson(inputs.templateParameters, 'The template parameters file', inputs.cwd);
        if ('rule' in p)
            return { findings: [p] };
        parameters = { file: inputs.templateParameters, ...p };
    }
    const resource = resourcesOf(t.root).find((r) => {
        const type = (0,json/* prop */._w)(r, 'type');
        return type?.kind === 'string' && type.value.toLowerCase() === 'microsoft.compute/cloudservices';
    });
    if (!resource)
        return {
            findings: [
                (0,rules/* finding */.gk)('template-unreadable', `${(0,files/* displayPath */.Gt)(file, inputs.cwd)} holds no Microsoft.Compute/cloudServices resource.`, {
                    file,
                    line: 1,
                    fix: `Name the Cloud Services (extended support) template in ${(0,door/* inputRef */.io)(inputs.door, 'template')} (a Bicep file compiled to JSON works too).`,
                }),
            ],
        };
    const evaluator = new ArmEvaluator(t.root, parameters?.root);
    const template = { file, text: t.text, root: t.root, evaluator, resource, certificates: [], ...(parameters ? { parameters } : {}) };
    const findings = [];
    const secrets = (0,json/* path */.Ae)(resource, 'properties', 'osProfile', 'secrets');
    if (secrets)
        template.secretsNode = secrets;
    const groups = secrets?.kind === 'array' ? secrets.items : [];
    if (secrets && secrets.kind !== 'array')
        findings.push((0,rules/* finding */.gk)('template-expression', `osProfile.secrets of ${(0,files/* displayPath */.Gt)(file, inputs.cwd)} is an expression sni-ready cannot evaluate offline; its certificates were not checked.`, {
            file,
            line: secrets.line,
            fix: 'Write the secrets array in the template (its URLs may come from parameters), or check the deployed template.',
        }));
    const seenVaults = new Map();
    groups.forEach((group, g) => {
        const vaultNode = (0,json/* path */.Ae)(group, 'sourceVault', 'id');
        const vault = evaluator.resolve(vaultNode);
        const vaultKey = vault.ok
            ? String(vault.value).toLowerCase()
            : vaultNode?.kind === 'string'
                ? vaultNode.value.replace(/\s+/g, '').toLowerCase()
                : undefined;
        if (!vault.ok && vaultNode)
            findings.push((0,rules/* finding */.gk)('template-expression', `sourceVault.id of osProfile.secrets[${g}] cannot be resolved offline (${vault.why}); duplicates were compared as written.`, {
                file,
                line: vaultNode.line,
            }));
        if (vaultKey !== undefined) {
            const first = seenVaults.get(vaultKey);
            if (first !== undefined)
                findings.push((0,rules/* finding */.gk)('template-vault-duplicate', `osProfile.secrets[${g}] names the vault ${vault.ok ? String(vault.value) : vaultNode.kind === 'string' ? vaultNode.value : ''} again (first at line ${first}); a cloud service takes each sourceVault once.`, { file, line: vaultNode.line, fix: `Move its vaultCertificates into the entry at line ${first} and remove this one.` }));
            else
                seenVaults.set(vaultKey, vaultNode.line);
        }
        const list = (0,json/* prop */._w)(group, 'vaultCertificates');
        const entries = list?.kind === 'array' ? list.items : [];
        entries.forEach((entry, k) => {
            const c = { group: g, index: k, node: entry };
            const urlNode = (0,json/* prop */._w)(entry, 'certificateUrl');
            const storeNode = (0,json/* prop */._w)(entry, 'certificateStore');
            if (storeNode) {
                c.storeNode = storeNode;
                const s = evaluator.resolve(storeNode);
                if (s.ok)
                    c.store = String(s.value);
            }
            if (urlNode) {
                c.urlNode = urlNode;
                const u = evaluator.resolve(urlNode);
                if (!u.ok)
                    findings.push((0,rules/* finding */.gk)('template-expression', `certificateUrl of osProfile.secrets[${g}].vaultCertificates[${k}] cannot be resolved offline (${u.why}); it was not checked.`, {
                        file,
                        line: urlNode.line,
                        fix: 'Give its parameter a value in the parameters file (template-parameters), or write the URL in the template.',
                    }));
                else {
                    c.url = String(u.value);
                    const ref = (0,keyvault_ref/* parseKeyVaultUrl */.Ms)(c.url, ['secrets', 'certificates']);
                    if (ref)
                        c.ref = ref;
                    if (!ref || ref.collection !== 'secrets' || !ref.version)
                        findings.push((0,rules/* finding */.gk)('template-url-unversioned', !ref
                            ? `certificateUrl ${c.url.slice(0, 200)} (osProfile.secrets[${g}].vaultCertificates[${k}]) is not a Key Vault secret URL.`
                            : ref.collection !== 'secrets'
                                ? `certificateUrl ${c.url} names a Key Vault certificate, not its secret with a version.`
                                : `certificateUrl ${c.url} names no version: a cloud service needs /secrets/${ref.name}/VERSION, and the version is what a renewal changes.`, {
                            file,
                            line: urlNode.line,
                            fix: 'Use the versioned secret id of the certificate: az keyvault certificate show --vault-name VAULT --name NAME --query sid.',
                        }));
                }
            }
            template.certificates.push(c);
        });
    });
    return { template, findings };
}
/** Key Vault names cannot hold dots: `www.test1.com.pfx` is often `www-test1-com` in the vault. */
function vaultStyleName(file) {
    const base = file.split(/[\\/]/).pop() ?? file;
    return base
        .replace(/\.(pfx|p12|pem|crt|cer|p7b|p7c)$/i, '')
        .replace(/[^0-9A-Za-z-]/g, '-')
        .toLowerCase();
}
function sameObject(a, b) {
    return a.vaultUrl.toLowerCase() === b.vaultUrl.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}
function thumbprintOf(site) {
    return site.leaf ? (0,model/* normalizeThumbprint */.p7)(site.leaf.fingerprint) : undefined;
}
/**
 * The certificate behind each template URL: read from Key Vault when this run can sign in (it has
 * a `keyvault:` line, or `vault` was made for it), else the sites line that names the same Key
 * Vault object, or whose file is named like the secret; said so in `basis`.
 */
async function resolveThumbprints(template, sites, vault, inputs) {
    const notes = [];
    const { readCertificateBundle } = await __webpack_require__.e(/* import() */ 832).then(__webpack_require__.bind(__webpack_require__, 9511));
    for (const c of template.certificates) {
        if (!c.ref || c.ref.collection !== 'secrets')
            continue;
        const ref = c.ref;
        const kvSite = sites.find((s) => s.spec.keyVault && sameObject(s.spec.keyVault, ref));
        // a file whose line says where it lives in Key Vault (keyvault=https://VAULT.vault.azure.net/secrets/NAME)
        const namedSite = sites.find((s) => !s.spec.keyVault &&
            s.leaf &&
            s.spec.keyVaultSecret &&
            s.spec.keyVaultSecret.vault === ref.vaultName.toLowerCase() &&
            s.spec.keyVaultSecret.name.toLowerCase() === ref.name.toLowerCase());
        const fileSite = sites.find((s) => !s.spec.keyVault && s.leaf && vaultStyleName(s.spec.path) === ref.name.toLowerCase());
        c.site = kvSite ?? namedSite ?? fileSite;
        let why = '';
        if (vault) {
            try {
                const got = await vault.read(ref);
                const read = await readCertificateBundle({ hosts: [], path: `keyvault:${got.url}`, password: '', line: 0 }, `keyvault:${got.url}`, got.content);
                if (read.site.leaf) {
                    c.thumbprint = (0,model/* normalizeThumbprint */.p7)(read.site.leaf.fingerprint);
                    c.basis = `read from Key Vault (version ${got.version})`;
                    notes.push(`template: ${c.url} → ${c.thumbprint}, ${c.basis}.`);
                    continue;
                }
                why = 'its secret holds no certificate';
            }
            catch (err) {
                why = err.message.replace(/\.$/, '');
            }
        }
        if (c.site && thumbprintOf(c.site)) {
            const line = (0,door/* sitesLineRef */.eZ)(inputs.door, c.site.spec.line);
            if (kvSite?.keyVaultVersion && ref.version && kvSite.keyVaultVersion !== ref.version) {
                notes.push(`template: ${c.url} names version ${ref.version} of '${ref.name}', ${line} read version ${kvSite.keyVaultVersion}${why ? `; Key Vault could not be read for the template's version: ${why}` : ''}.`);
                continue;
            }
            c.thumbprint = thumbprintOf(c.site);
            const notRead = `Key Vault was not read${why ? `: ${why}` : ''}`;
            c.basis = kvSite
                ? `the certificate read for ${line}`
                : c.site === namedSite
                    ? `the file ${(0,files/* displayPath */.Gt)(c.site.spec.path, inputs.cwd)}, whose ${line} names this secret with keyvault=; ${notRead}`
                    : `matched by name to ${(0,files/* displayPath */.Gt)(c.site.spec.path, inputs.cwd)} (${line}); ${notRead}`;
            notes.push(`template: ${c.url} → ${c.thumbprint}, ${c.basis}.`);
        }
        else if (why)
            notes.push(`template: ${c.url} could not be read from Key Vault (${why}) and no sites line names secret '${ref.name}'.`);
    }
    return notes;
}
/** The lint proper, once thumbprints are known. */
function lintTemplatePair(template, inputs, sites) {
    const findings = [];
    const file = template.file;
    const shown = (0,files/* displayPath */.Gt)(file, inputs.cwd);
    const configurations = inputs.serviceConfigurations.map((f) => (0,model/* readServiceFile */.Gz)(f, 'configuration', inputs.door)).filter(model/* isServiceFile */.oC);
    let definition;
    if (inputs.serviceDefinition) {
        const d = (0,model/* readServiceFile */.Gz)(inputs.serviceDefinition, 'definition', inputs.door);
        if ((0,model/* isServiceFile */.oC)(d))
            definition = d;
    }
    const known = new Set(template.certificates.map((c) => c.thumbprint).filter((t) => t !== undefined));
    const unknown = template.certificates.filter((c) => c.thumbprint === undefined);
    const at = template.secretsNode?.line ?? (0,json/* path */.Ae)(template.resource, 'properties', 'osProfile')?.line ?? template.resource.line;
    for (const cfg of configurations) {
        for (const role of (0,xml/* children */.Y_)(cfg.doc.root, 'Role')) {
            const roleName = (0,xml/* attr */.CF)(role, 'name') ?? '';
            for (const [name, { thumbprint }] of (0,model/* configThumbprints */.FY)(role)) {
                const t = (0,model/* normalizeThumbprint */.p7)(thumbprint);
                if (!t || known.has(t))
                    continue;
                const holder = sites.find((s) => thumbprintOf(s) === t);
                const where = holder?.spec.keyVault
                    ? `add { "certificateUrl": "${holder.spec.keyVault.vaultUrl}/secrets/${holder.spec.keyVault.name}/VERSION" } (the version whose thumbprint is ${t})`
                    : `upload the certificate ${holder ? `of ${(0,files/* displayPath */.Gt)(holder.spec.path, inputs.cwd)} ` : ''}to Key Vault and add its versioned secret URL (az keyvault certificate show --query sid)`;
                findings.push((0,rules/* finding */.gk)('template-thumbprint-missing', `${(0,files/* displayPath */.Gt)(cfg.file, inputs.cwd)} (line ${(0,model/* configThumbprints */.FY)(role).get(name).el.line}) gives certificate '${name}' of role ${roleName} the thumbprint ${t}, which no osProfile.secrets certificate of ${shown} has: the deployment would fail with "The thumbprints specified in the CSCFG do not have corresponding certificates in osProfile.secrets ... Missing thumbprints: ${roleName}|${t}".${unknown.length ? ` ${unknown.length} certificateUrl(s) could not be resolved to a certificate (${unknown.map((c) => c.url ?? `secrets[${c.group}].vaultCertificates[${c.index}]`).join(', ')}): no Key Vault sign-in and no sites line naming them, so this is a warning.` : ''}`, {
                    file,
                    line: at,
                    ...(unknown.length ? { severity: 'warning' } : {}),
                    fix: `In osProfile.secrets, ${where}; or, if the cscfg is out of date, set the thumbprint the template's certificate has.`,
                }));
            }
        }
    }
    // certificateStore, where the template gives one, must be the csdef's storeName for that certificate
    if (definition) {
        for (const c of template.certificates) {
            if (!c.storeNode || c.store === undefined || !c.thumbprint)
                continue;
            for (const cfg of configurations) {
                for (const role of (0,xml/* children */.Y_)(cfg.doc.root, 'Role')) {
                    const roleName = (0,xml/* attr */.CF)(role, 'name') ?? '';
                    const defRole = (0,model/* definitionRoles */.PJ)(definition).find((r) => r.name === roleName);
                    if (!defRole)
                        continue;
                    for (const [name, { thumbprint }] of (0,model/* configThumbprints */.FY)((0,model/* configRole */.dX)(cfg, roleName))) {
                        if ((0,model/* normalizeThumbprint */.p7)(thumbprint) !== c.thumbprint)
                            continue;
                        const declared = (0,model/* declaredCerts */.gU)(defRole.el).find((d) => d.name === name);
                        if (declared && declared.storeName && declared.storeName.toLowerCase() !== c.store.toLowerCase())
                            findings.push((0,rules/* finding */.gk)('template-store-mismatch', `certificateStore '${c.store}' of ${c.url ?? 'a vaultCertificates entry'} differs from storeName '${declared.storeName}' that ${(0,files/* displayPath */.Gt)(definition.file, inputs.cwd)} (line ${declared.el.line}) declares for certificate '${name}' of role ${roleName}.`, {
                                file,
                                line: c.storeNode.line,
                                fix: `Set certificateStore to '${declared.storeName}' (or drop it: a cloud service takes the store from the csdef).`,
                            }));
                    }
                }
            }
        }
    }
    return findings;
}
/**
 * Whether this machine has an Azure sign-in DefaultAzureCredential would find: an environment or
 * workload-identity credential, a managed identity endpoint, or the Azure CLI's profile (after
 * azure/login or `az login`). Without one, template URLs are matched to sites lines offline
 * instead of waiting for every credential of the chain to fail.
 */
function azureSignInLikely(env) {
    if (env.AZURE_CLIENT_ID || env.AZURE_FEDERATED_TOKEN_FILE || env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT)
        return true;
    const dir = env.AZURE_CONFIG_DIR || external_node_path_.join(external_node_os_.homedir(), '.azure');
    return external_node_fs_.existsSync(external_node_path_.join(dir, 'azureProfile.json'));
}
/**
 * The template of a run, read, with each URL's certificate learnt: through Key Vault when the run
 * reads a vault or can sign in (the SDK is loaded only then), else matched to the sites lines offline.
 */
async function openTemplate(inputs, sites) {
    const { template, findings } = readTemplate(inputs);
    if (!template)
        return { findings, notes: [] };
    const vault = sites.some((s) => s.spec.keyVault) || azureSignInLikely(process.env)
        ? new (await __webpack_require__.e(/* import() */ 905).then(__webpack_require__.bind(__webpack_require__, 5905))).KeyVaultSession(inputs.timeoutMs)
        : undefined;
    const notes = await resolveThumbprints(template, sites, vault, inputs);
    return { findings, notes, template };
}
/** `check`/`patch` with a `template`: read it, learn each URL's certificate, lint it against the cscfg. */
async function lintTemplate(inputs, sites) {
    const opened = await openTemplate(inputs, sites);
    if (opened.template)
        opened.findings.push(...lintTemplatePair(opened.template, inputs, sites));
    return opened;
}


/***/ })

};
