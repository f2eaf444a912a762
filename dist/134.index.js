export const id = 134;
export const ids = [134];
export const modules = {

/***/ 8134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ configThumbprints),
/* harmony export */   Gz: () => (/* binding */ readServiceFile),
/* harmony export */   Jy: () => (/* binding */ configRoleMissing),
/* harmony export */   LU: () => (/* binding */ isHttps443),
/* harmony export */   PJ: () => (/* binding */ definitionRoles),
/* harmony export */   S0: () => (/* binding */ OS_FAMILIES),
/* harmony export */   YR: () => (/* binding */ startupTasks),
/* harmony export */   dX: () => (/* binding */ configRole),
/* harmony export */   fG: () => (/* binding */ inputEndpoints),
/* harmony export */   fy: () => (/* binding */ sites),
/* harmony export */   gU: () => (/* binding */ declaredCerts),
/* harmony export */   oC: () => (/* binding */ isServiceFile),
/* harmony export */   ot: () => (/* binding */ siteBindings),
/* harmony export */   ox: () => (/* binding */ parseServiceText),
/* harmony export */   p7: () => (/* binding */ normalizeThumbprint),
/* harmony export */   uc: () => (/* binding */ chooseRole)
/* harmony export */ });
/* unused harmony exports NS_DEFINITION, NS_CONFIGURATION */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _door_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8087);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9244);
/* harmony import */ var _report_foreign_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7962);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(649);
/* harmony import */ var _xml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7974);
// The csdef/cscfg as the rest of src/service sees them: parsed documents with the roles,
// certificates, endpoints, site bindings and startup tasks picked out, each with its position.







const NS_DEFINITION = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
const NS_CONFIGURATION = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration';
/**
 * Reads and parses one service file; returns a `config-unreadable` finding instead of throwing.
 * `door` names the input in the fix ("input 'service-definition'" or "--service-definition").
 */
function readServiceFile(file, kind, door = 'action') {
    let text;
    try {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file);
        if (!st.isFile())
            return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} is not a file.`, { file, fix: `Point ${inputName(kind, door)} at the ${describe(kind)}.` });
        const fd = node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file, 'r');
        try {
            // Read at most one byte past the cap, so a huge file costs nothing.
            const buf = Buffer.alloc(Math.min(st.size, 4 * 1024 * 1024 + 1));
            const got = node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd, buf, 0, buf.length, 0);
            text = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeXmlBytes */ .vK)(buf.subarray(0, got));
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);
        }
    }
    catch (e) {
        if (e instanceof _xml_js__WEBPACK_IMPORTED_MODULE_5__/* .XmlError */ .Gy)
            return unreadable(file, kind, e.message, e.line);
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-unreadable', `${file} does not exist.`, {
                file,
                fix: `Point ${inputName(kind, door)} at an existing ${describe(kind)} (relative paths start at the working directory).${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .pathHint */ .Pq)(file)}`,
            });
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-unreadable', `Cannot read ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}: ${(0,_report_foreign_js__WEBPACK_IMPORTED_MODULE_4__/* .foreign */ .V$)((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(e.message.replace(/\.+$/, '')))}.`, {
            file,
            fix: `Point ${inputName(kind, door)} at an existing ${describe(kind)}.`,
        });
    }
    return parseServiceText(file, kind, text, door);
}
function parseServiceText(file, kind, text, door = 'action') {
    let doc;
    try {
        doc = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .parseXml */ .NO)(text);
    }
    catch (e) {
        if (e instanceof _xml_js__WEBPACK_IMPORTED_MODULE_5__/* .XmlError */ .Gy)
            return unreadable(file, kind, e.message, e.line);
        throw e;
    }
    const wantRoot = kind === 'definition' ? 'ServiceDefinition' : 'ServiceConfiguration';
    const wantNs = kind === 'definition' ? NS_DEFINITION : NS_CONFIGURATION;
    const ns = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .namespaceOf */ .N6)(doc.root);
    if (doc.root.local !== wantRoot || ns !== wantNs) {
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} has root element <${doc.root.name}> in namespace ${ns ? `'${ns}'` : '(none)'}; a ${describe(kind)} has <${wantRoot}> in '${wantNs}'.`, {
            file,
            line: doc.root.line,
            fix: `Point ${inputName(kind, door)} at the ${describe(kind)} (${kind === 'definition' ? 'ServiceDefinition.csdef' : 'ServiceConfiguration.*.cscfg'}).`,
        });
    }
    return { file, kind, doc };
}
function unreadable(file, kind, message, line) {
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-unreadable', `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)} line ${line}: ${message.replace(/\.+$/, '')}.`, {
        file,
        line,
        fix: unreadableFix(kind, message, line),
    });
}
/** The fix for a refused or malformed file: only DOCTYPE/entity refusals ask for a declaration's removal. */
function unreadableFix(kind, message, line) {
    if (/DOCTYPE|entit/i.test(message))
        return `Remove the DOCTYPE or entity declaration from the ${describe(kind)} at line ${line}; service files never need one.`;
    if (/larger than|UTF-16|UTF-8/.test(message))
        return `Save the ${describe(kind)} as UTF-8 XML of normal size (the files Visual Studio writes).`;
    return `Fix the XML of the ${describe(kind)} at line ${line} so that it is well-formed (every tag closed, attributes quoted), e.g. restore it from version control.`;
}
function describe(kind) {
    return kind === 'definition' ? 'service definition (.csdef)' : 'service configuration (.cscfg)';
}
function inputName(kind, door) {
    return (0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(door, kind === 'definition' ? 'service-definition' : 'service-configuration');
}
function isServiceFile(x) {
    return x.doc !== undefined;
}
function definitionRoles(def) {
    return def.doc.root.children
        .filter((c) => c.local === 'WebRole' || c.local === 'WorkerRole')
        .map((el) => ({ el, kind: el.local, name: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'name') ?? '' }));
}
/** The role to configure: `wanted`, or the only WebRole. */
function chooseRole(def, wanted, door = 'action') {
    const roles = definitionRoles(def);
    const list = roles.length ? roles.map((r) => `${r.kind} '${r.name}'`).join(', ') : 'none';
    if (wanted !== undefined) {
        const r = roles.find((x) => x.name === wanted);
        if (r?.kind === 'WebRole')
            return r;
        return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-role-missing', r
            ? `Role '${wanted}' in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(def.file)} is a WorkerRole; SNI bindings need an IIS WebRole (roles found: ${list}).`
            : `No role '${wanted}' in ${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(def.file)} (roles found: ${list}).`, {
            file: def.file,
            line: r?.el.line ?? def.doc.root.line,
            fix: `Set ${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(door, 'role')} to one of the WebRoles: ${roles
                .filter((x) => x.kind === 'WebRole')
                .map((x) => x.name)
                .join(', ') || '(none)'}.`,
        });
    }
    const web = roles.filter((r) => r.kind === 'WebRole');
    if (web.length === 1)
        return web[0];
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-role-missing', web.length === 0
        ? `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(def.file)} has no WebRole (roles found: ${list}).`
        : `${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(def.file)} has ${web.length} WebRoles; say which one to configure (roles found: ${list}).`, {
        file: def.file,
        line: def.doc.root.line,
        fix: web.length
            ? `Set ${(0,_door_js__WEBPACK_IMPORTED_MODULE_2__/* .inputRef */ .io)(door, 'role')} to one of: ${web.map((r) => r.name).join(', ')}.`
            : 'SNI bindings need an IIS WebRole; add one or point at another csdef.',
    });
}
/**
 * `config-role-missing` for a cscfg without the role being configured. Azure pairs the csdef's
 * and the cscfg's roles by name, so the fix names the role the cscfg does have when one of its
 * roles is unknown to the csdef (a rename), and otherwise the role to add.
 */
function configRoleMissing(cfg, definition, roleName) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(cfg.file);
    const defBase = node_path__WEBPACK_IMPORTED_MODULE_1__.basename(definition.file);
    const defNames = new Set(definitionRoles(definition).map((r) => r.name));
    const have = (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)(cfg.doc.root, 'Role').map((el) => ({ name: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'name') ?? '', line: el.line }));
    const strays = have.filter((r) => !defNames.has(r.name));
    const listed = have.length ? ` (its roles: ${have.map((r) => `'${r.name}'`).join(', ')})` : ' (it has no role)';
    const fix = strays.length === 1
        ? `Rename <Role name="${strays[0].name}"> (line ${strays[0].line} of ${base}) to <Role name="${roleName}">, the name of the role in ${defBase}: Azure pairs the roles of the csdef and cscfg by name. (Or rename the csdef's role to '${strays[0].name}'.)`
        : strays.length > 1
            ? `Rename the role of ${base} meant for '${roleName}' (one of ${strays.map((r) => `'${r.name}'`).join(', ')}, which ${defBase} does not define) to '${roleName}': Azure pairs the roles of the csdef and cscfg by name.`
            : `Add <Role name="${roleName}"> with its <Instances count="..." /> to ${base}: Azure refuses a package whose cscfg lacks a role of the csdef.`;
    return (0,_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .finding */ .gk)('config-role-missing', `${base} has no <Role name="${roleName}">, the role of ${defBase} being configured${listed}.`, {
        file: cfg.file,
        line: strays.length === 1 ? strays[0].line : cfg.doc.root.line,
        fix,
    });
}
function declaredCerts(role) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(role, 'Certificates'), 'Certificate').map((el) => ({
        el,
        name: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'name') ?? '',
        storeLocation: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'storeLocation') ?? '',
        storeName: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'storeName') ?? '',
    }));
}
function inputEndpoints(role) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(role, 'Endpoints'), 'InputEndpoint');
}
function isHttps443(ep) {
    return ((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(ep, 'protocol') ?? '').toLowerCase() === 'https' && (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(ep, 'port') === '443';
}
function startupTasks(role) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(role, 'Startup'), 'Task');
}
function sites(role) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(role, 'Sites'), 'Site');
}
function siteBindings(site) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(site, 'Bindings'), 'Binding');
}
/** The cscfg `<Role>` of the given name. */
function configRole(cfg, name) {
    return (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)(cfg.doc.root, 'Role').find((r) => (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(r, 'name') === name);
}
/** name → thumbprint (as written) of a cscfg role's certificates. */
function configThumbprints(role) {
    const map = new Map();
    for (const el of (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .children */ .Y_)((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .child */ .jf)(role, 'Certificates'), 'Certificate'))
        map.set((0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'name') ?? '', { thumbprint: (0,_xml_js__WEBPACK_IMPORTED_MODULE_5__/* .attr */ .CF)(el, 'thumbprint') ?? '', el });
    return map;
}
function normalizeThumbprint(t) {
    return t.replace(/[\s:\u200e\u200f]/g, '').toUpperCase();
}
/** Windows Server version of each guest OS family, for messages. */
const OS_FAMILIES = {
    1: 'Windows Server 2008 SP2',
    2: 'Windows Server 2008 R2',
    3: 'Windows Server 2012',
    4: 'Windows Server 2012 R2',
    5: 'Windows Server 2016',
    6: 'Windows Server 2019',
    7: 'Windows Server 2022',
};


/***/ }),

/***/ 7974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ attr),
/* harmony export */   Gy: () => (/* binding */ XmlError),
/* harmony export */   N6: () => (/* binding */ namespaceOf),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   Y_: () => (/* binding */ children),
/* harmony export */   dc: () => (/* binding */ escapeAttr),
/* harmony export */   jf: () => (/* binding */ child),
/* harmony export */   vK: () => (/* binding */ decodeXmlBytes)
/* harmony export */ });
/* unused harmony exports MAX_XML_BYTES, MAX_XML_DEPTH, lineStarts, lineOf, attrNode */
// A small, strict XML reader that reports the position of every element and attribute, so a
// patch can edit the original text in place and leave every other byte alone (fast-xml-parser
// does not round-trip bytes). It refuses a DOCTYPE or any other declaration where it meets it
// (it has no entity table, so nothing is ever expanded or resolved), and it checks well-formedness
// (matching tags, quoted attributes, no duplicate attributes, one root, only the predefined
// entities and character references).
/** Largest csdef/cscfg accepted; real ones are a few kilobytes. */
const MAX_XML_BYTES = 4 * 1024 * 1024;
/** Deepest element nesting accepted; real service files nest about 6 levels. Every element on the
 * stack is held in memory and walked by the readers that follow, so depth is bounded like size. */
const MAX_XML_DEPTH = 256;
class XmlError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
        this.name = 'XmlError';
    }
}
const NAME = /[A-Za-z_:\u00C0-\uFFEF][\w.:\-\u00B7\u00C0-\uFFEF]*/y;
const REF = /&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;
const PREDEFINED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}
function lineOf(starts, offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo + 1;
}
function decode(raw) {
    return raw.replace(/[\t\r\n]/g, ' ').replace(/&(lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g, (_, ref) => {
        if (ref[0] !== '#')
            return PREDEFINED[ref];
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    });
}
/** Decodes file bytes as UTF-8 (a BOM is kept as U+FEFF so the text round-trips byte for byte). */
function decodeXmlBytes(bytes) {
    if (bytes.length > MAX_XML_BYTES)
        throw new XmlError(`file is larger than the ${MAX_XML_BYTES}-byte limit for a service file`, 1);
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new XmlError('file is UTF-16 encoded; save it as UTF-8 (Visual Studio: File > Save As > Save with Encoding)', 1);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new XmlError('file is not valid UTF-8', 1);
    }
}
/** Parses `text`; throws XmlError (with a 1-based line) when it is refused or not well-formed. */
function parseXml(text) {
    const starts = lineStarts(text);
    const lineAt = (offset) => lineOf(starts, offset);
    const fail = (message, offset) => {
        throw new XmlError(message, lineAt(offset));
    };
    if (text.length > MAX_XML_BYTES)
        fail(`file is larger than the ${MAX_XML_BYTES}-byte limit for a service file`, 0);
    const bom = text.charCodeAt(0) === 0xfeff;
    const firstNl = text.indexOf('\n');
    const eol = firstNl > 0 && text[firstNl - 1] === '\r' ? '\r\n' : '\n';
    let i = bom ? 1 : 0;
    const n = text.length;
    const stack = [];
    let root;
    // The next '&' at or after a position, found once and reused: searching from every text node to
    // the end of a file without '&' made many small elements quadratic.
    let nextAmp = -2;
    const ampFrom = (from) => {
        if (nextAmp !== -1 && nextAmp < from)
            nextAmp = text.indexOf('&', from);
        return nextAmp;
    };
    const checkText = (from, to) => {
        for (let j = ampFrom(from); j >= 0 && j < to; j = ampFrom(j + 1)) {
            REF.lastIndex = j;
            if (!REF.test(text)) {
                const m = /^&([A-Za-z_][\w.-]*);/.exec(text.slice(j, j + 80));
                fail(m ? `entity reference '&${m[1]};' refused: only the predefined XML entities are allowed` : "'&' not followed by an entity or character reference", j);
            }
        }
        if (stack.length === 0) {
            const stray = text.slice(from, to).search(/\S/);
            if (stray >= 0)
                fail(root ? 'text after the root element' : 'text before the root element', from + stray);
        }
    };
    while (i < n) {
        const lt = text.indexOf('<', i);
        const textEnd = lt < 0 ? n : lt;
        if (textEnd > i) {
            checkText(i, textEnd);
            if (text.slice(i, textEnd).includes(']]>'))
                fail("']]>' outside a CDATA section", i + text.slice(i, textEnd).indexOf(']]>'));
        }
        if (lt < 0)
            break;
        i = lt;
        if (text.startsWith('<?', i)) {
            const close = text.indexOf('?>', i + 2);
            if (close < 0)
                fail('unclosed processing instruction', i);
            if (/^<\?xml\s/i.test(text.slice(i, i + 6)) && i !== (bom ? 1 : 0))
                fail('XML declaration not at the start of the file', i);
            i = close + 2;
            continue;
        }
        if (text.startsWith('<!--', i)) {
            const close = text.indexOf('-->', i + 4);
            if (close < 0)
                fail('unclosed comment', i);
            i = close + 3;
            continue;
        }
        if (text.startsWith('<![CDATA[', i)) {
            if (stack.length === 0)
                fail('CDATA section outside the root element', i);
            const close = text.indexOf(']]>', i + 9);
            if (close < 0)
                fail('unclosed CDATA section', i);
            i = close + 3;
            continue;
        }
        if (text.startsWith('<!', i)) {
            // Declarations are refused where they stand: nothing is ever expanded or resolved.
            const decl = /^<!([A-Za-z]+)/.exec(text.slice(i, i + 12));
            fail(`${decl ? decl[1].toUpperCase() : 'markup'} declaration refused: service files never need one, and entities could expand without bound or read local files`, i);
        }
        if (text.startsWith('</', i)) {
            NAME.lastIndex = i + 2;
            const m = NAME.exec(text);
            if (!m)
                fail('malformed end tag', i);
            const name = m[0];
            let j = i + 2 + name.length;
            while (j < n && /\s/.test(text[j]))
                j++;
            if (text[j] !== '>')
                fail(`malformed end tag </${name}>`, i);
            const open = stack.pop();
            if (!open)
                fail(`end tag </${name}> without a start tag`, i);
            if (open.name !== name)
                fail(`end tag </${name}> does not match <${open.name}> (line ${open.line})`, i);
            open.closeStart = i;
            open.end = j + 1;
            i = j + 1;
            continue;
        }
        // start tag
        NAME.lastIndex = i + 1;
        const m = NAME.exec(text);
        if (!m)
            fail("'<' not followed by a tag name", i);
        const name = m[0];
        const el = {
            name,
            local: name.includes(':') ? name.slice(name.indexOf(':') + 1) : name,
            attrs: [],
            start: i,
            startTagEnd: -1,
            selfClosing: false,
            closeStart: -1,
            end: -1,
            line: lineAt(i),
            children: [],
        };
        let j = i + 1 + name.length;
        const attrNames = new Set();
        for (;;) {
            const wsStart = j;
            while (j < n && /\s/.test(text[j]))
                j++;
            if (j >= n)
                fail(`unclosed start tag <${name}>`, i);
            if (text.startsWith('/>', j)) {
                el.selfClosing = true;
                j += 2;
                break;
            }
            if (text[j] === '>') {
                j += 1;
                break;
            }
            if (j === wsStart)
                fail(`malformed start tag <${name}>: whitespace needed before an attribute`, j);
            NAME.lastIndex = j;
            const a = NAME.exec(text);
            if (!a)
                fail(`malformed attribute in <${name}>`, j);
            const attrName = a[0];
            const attrStart = j;
            j += attrName.length;
            while (j < n && /\s/.test(text[j]))
                j++;
            if (text[j] !== '=')
                fail(`attribute '${attrName}' of <${name}> has no value`, j);
            j++;
            while (j < n && /\s/.test(text[j]))
                j++;
            const quote = text[j];
            if (quote !== '"' && quote !== "'")
                fail(`attribute '${attrName}' of <${name}> is not quoted`, j);
            const close = text.indexOf(quote, j + 1);
            if (close < 0)
                fail(`unterminated value of attribute '${attrName}' in <${name}>`, j);
            const raw = text.slice(j + 1, close);
            if (raw.includes('<'))
                fail(`'<' in the value of attribute '${attrName}' of <${name}>`, j);
            checkTextInAttr(raw, j + 1);
            // a set, not a search of the attributes so far: 200,000 attributes would be quadratic
            if (attrNames.has(attrName))
                fail(`duplicate attribute '${attrName}' in <${name}>`, attrStart);
            attrNames.add(attrName);
            el.attrs.push({ name: attrName, value: decode(raw), start: attrStart, end: close + 1, valueStart: j + 1, valueEnd: close, quote: quote });
            j = close + 1;
        }
        el.startTagEnd = j;
        const parent = stack[stack.length - 1];
        if (parent) {
            el.parent = parent;
            parent.children.push(el);
        }
        else {
            if (root)
                fail(`second root element <${name}>`, i);
            root = el;
        }
        if (el.selfClosing) {
            el.closeStart = j;
            el.end = j;
        }
        else {
            if (stack.length >= MAX_XML_DEPTH)
                fail(`elements nested deeper than ${MAX_XML_DEPTH} levels (<${name}>); a service file nests a few levels`, i);
            stack.push(el);
        }
        i = j;
    }
    if (stack.length)
        fail(`element <${stack[stack.length - 1].name}> is not closed`, stack[stack.length - 1].start);
    if (!root)
        fail('no root element', 0);
    return { text, root: root, bom, eol, lineAt };
    function checkTextInAttr(raw, offset) {
        for (let k = raw.indexOf('&'); k >= 0; k = raw.indexOf('&', k + 1)) {
            REF.lastIndex = offset + k;
            if (!REF.test(text))
                fail(`entity reference in an attribute refused: only the predefined XML entities are allowed`, offset + k);
        }
    }
}
function attr(el, name) {
    return el.attrs.find((a) => a.name === name)?.value;
}
function attrNode(el, name) {
    return el.attrs.find((a) => a.name === name);
}
function child(el, local) {
    return el?.children.find((c) => c.local === local);
}
function children(el, local) {
    return el ? el.children.filter((c) => c.local === local) : [];
}
/** The namespace URI in scope for an element's own name (default namespace or its prefix). */
function namespaceOf(el) {
    const prefix = el.name.includes(':') ? el.name.slice(0, el.name.indexOf(':')) : '';
    const key = prefix ? `xmlns:${prefix}` : 'xmlns';
    for (let e = el; e; e = e.parent) {
        const v = attr(e, key);
        if (v !== undefined)
            return v;
    }
    return undefined;
}
function escapeAttr(value) {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


/***/ })

};
