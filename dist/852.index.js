export const id = 852;
export const ids = [852];
export const modules = {

/***/ 4852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ main_run)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/toolkit.ts
// The parts of @actions/core the action's door uses, from the toolkit's own modules (workflow
// command escaping, file commands, the job summary). @actions/core's entry also loads its OIDC
// client, and with it @actions/http-client, undici and tunnel (about 0.9 MB of JavaScript a plain
// `check` never uses); importing the modules it is made of keeps the start-up to what a step needs.
// The package's exports map names only its entry, so the modules are imported by path.





/** As core.getInput: the INPUT_ variable, trimmed. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT']) {
        issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

// EXTERNAL MODULE: ./src/inputs.ts
var src_inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/report/findings.ts
var report_findings = __webpack_require__(9334);
;// CONCATENATED MODULE: ./src/report/annotations.ts
// The step's annotations. GitHub shows at most 10 error, 10 warning and 10 notice annotations per
// step and drops the rest, the step's own failure sentence included; so findings are grouped (one
// annotation per rule and file, its hosts named together), the most important come first, each
// severity stays within its cap (counting what the step itself writes: its failure sentence, log
// warnings), and the last slot says how many more are in the job summary.


/** GitHub's limit per severity and step. */
const ANNOTATION_CAP = 10;
const SEVERITIES = ['error', 'warning', 'notice'];
const NOUN = { error: 'error', warning: 'warning', notice: 'notice' };
function names(hosts, max = 3) {
    return hosts.length <= max ? hosts.join(', ') : `${hosts.slice(0, max).join(', ')} and ${hosts.length - max} more`;
}
/**
 * The annotations to write, most important first, at most `ANNOTATION_CAP - reserved[severity]`
 * per severity (`reserved`: annotations the step writes itself, such as its failure sentence).
 */
function selectAnnotations(findings, cwd, reserved = {}) {
    const groups = new Map();
    for (const f of [...findings].sort(report_findings/* byImpact */.aZ)) {
        const key = [f.severity, f.rule, f.file ?? ''].join('\u0000');
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const out = [];
    for (const severity of SEVERITIES) {
        const mine = [...groups.values()].filter((g) => g[0].severity === severity);
        const room = ANNOTATION_CAP - (reserved[severity] ?? 0);
        if (room <= 0 || !mine.length)
            continue;
        const shown = mine.length <= room ? mine : mine.slice(0, room - 1);
        for (const g of shown)
            out.push(annotate(g, cwd));
        const rest = mine.slice(shown.length).reduce((n, g) => n + g.length, 0);
        if (rest)
            out.push({
                severity,
                title: `sni-ready: ${rest} more ${NOUN[severity]}${rest === 1 ? '' : 's'}`,
                message: `${rest} more ${NOUN[severity]} finding${rest === 1 ? '' : 's'} (${[...new Set(mine.slice(shown.length).map((g) => g[0].rule))].join(', ')}) ${rest === 1 ? 'is' : 'are'} listed in the job summary and the JSON report; GitHub shows ${ANNOTATION_CAP} ${NOUN[severity]} annotations per step.`,
            });
    }
    return out;
}
function annotate(g, cwd) {
    const f = g[0];
    const hosts = [...new Set(g.map((x) => x.host).filter((h) => Boolean(h)))];
    const title = `${f.rule}${hosts.length ? ` (${names(hosts)})` : ''}`;
    const more = g.length > 1 ? ` (${g.length} findings${hosts.length > 1 ? ` about ${hosts.length} hosts` : ''}; the first shown, all in the job summary)` : '';
    const a = { severity: f.severity, title, message: `${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}${more}` };
    if (f.file && !f.file.startsWith('keyvault:'))
        a.file = (0,files/* displayPath */.Gt)(f.file, cwd); // a vault is no file of the repository
    const line = g.find((x) => x.line)?.line;
    if (line)
        a.line = line;
    return a;
}

// EXTERNAL MODULE: ./src/report/foreign.ts
var foreign = __webpack_require__(7962);
// EXTERNAL MODULE: ./src/report/redact.ts
var redact = __webpack_require__(649);
// EXTERNAL MODULE: ./src/report/summary.ts
var report_summary = __webpack_require__(7994);
// EXTERNAL MODULE: ./src/run.ts + 2 modules
var run = __webpack_require__(9510);
// EXTERNAL MODULE: ./src/types.ts
var types = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/main.ts
// The action's door: read inputs, run the engine, present the report. Every decision lives in
// the engine; this file only talks to the runner.









/**
 * The action's entry point, `run()` by the convention of actions/typescript-action, so that
 * `npx @github/local-action run . src/main.ts .env.example` runs it as GitHub would.
 */
async function main_run() {
    try {
        const password = getInput('password');
        if (password)
            setSecret(password);
        (0,redact/* addSecret */.C)(password);
        const token = getInput('github-token');
        if (token)
            setSecret(token);
        // A misspelled input (site: for sites:) would otherwise be ignored without a word.
        const unknown = (0,src_inputs/* unknownActionInputs */.Wp)(process.env);
        if (unknown.length)
            throw new types/* InputError */.d(`${unknown.map((u) => `'${u.name}' is not an input of sni-ready${u.suggestion ? ` (did you mean '${u.suggestion}'?)` : ''}`).join('; ')}; its inputs are listed in action.yml and the README`);
        const inputs = (0,src_inputs/* parseInputs */.TL)((name) => getInput(name), process.env, process.env.GITHUB_WORKSPACE || process.cwd());
        for (const s of inputs.sites) {
            if (s.password) {
                setSecret(s.password);
                (0,redact/* addSecret */.C)(s.password);
            }
        }
        // core.info writes the line as it is: no line of it may start a workflow command (foreign.ts).
        // Log warnings are warning annotations too: they count against GitHub's cap.
        let logWarnings = 0;
        const log = {
            info: (l) => info((0,foreign/* guardLines */.F)((0,redact/* redact */.E)(l))),
            warn: (l) => {
                logWarnings++;
                warning((0,foreign/* guardLines */.F)((0,redact/* redact */.E)(l)));
            },
        };
        const { report, outputs } = await (0,run/* execute */.g7)(inputs, log);
        for (const [name, value] of Object.entries(outputs))
            setOutput(name, value);
        const failed = (0,report_findings/* failing */.Jr)(report, inputs.failOn);
        const tracking = (0,run/* tracksIssue */._2)(inputs);
        // The step's own error lines (its failure sentence, a tracking issue it could not update) and
        // warnings (the log's, the issue's) take their slots first.
        const reserved = { error: (failed.length ? 1 : 0) + (tracking ? 1 : 0), warning: logWarnings + (tracking ? 1 : 0) };
        for (const a of selectAnnotations(report.findings, inputs.cwd, reserved)) {
            const props = { title: a.title };
            if (a.file)
                props.file = a.file;
            if (a.line)
                props.startLine = a.line;
            if (a.severity === 'error')
                error(a.message, props);
            else if (a.severity === 'warning')
                warning(a.message, props);
            else
                notice(a.message, props);
        }
        if (process.env.GITHUB_STEP_SUMMARY)
            await summary.addRaw((0,report_summary/* renderSummary */.Br)(report, inputs.failOn, inputs.cwd)).write();
        info(`Report written to ${inputs.reportPath}`);
        const issueError = await (0,run/* syncIssue */.d0)(report, inputs, log);
        if (failed.length)
            setFailed(`${failed.length} finding(s) at or above fail-on '${inputs.failOn}': ${[...new Set(failed.map((f) => f.rule))].join(', ')}`);
        if (issueError)
            setFailed((0,foreign/* guardLines */.F)((0,redact/* redact */.E)(issueError)));
    }
    catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        setFailed((0,foreign/* guardLines */.F)((0,redact/* redact */.E)(err instanceof types/* InputError */.d ? message : `sni-ready failed: ${message}`)));
    }
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   EU: () => (/* binding */ shortName),
/* harmony export */   MF: () => (/* binding */ servedOwn),
/* harmony export */   kG: () => (/* binding */ groupFindings)
/* harmony export */ });
/* harmony import */ var _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(819);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9148);
/* harmony import */ var _hosts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9892);
/* harmony import */ var _service_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3200);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9334);
/* harmony import */ var _foreign_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7962);
// The job summary, read in a browser at laptop width: a heading that says whether it is OK and a
// line that says what to do, a short table per host (it fits 1000 px: long texts live in lists,
// which wrap, never in table cells, which do not), the findings grouped — one entry per problem
// with every host it concerns — the endpoints probed under their own heading, and for patch the
// files it changes, with the diff folded and the generated PowerShell template left out of it.






/** Table cells stay short: a cell never wraps, so a long one pushes the table off the page. */
const MAX_CELL = 34;
const MAX_ROWS = 500;
function clip(text, max = MAX_CELL) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Text for a table cell, clipped, inert (foreign.ts: a word that could be markup or a link, and
 * every host, goes into a code span). */
function cell(text, max = MAX_CELL) {
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCell */ .cz)(clip(String(text ?? '').replace(/\r?\n/g, ' '), max));
}
/** Text for a list item or paragraph, inert (see cell). */
function prose(text) {
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(text);
}
/** A subject or issuer shortened the one way (src/certs/x509.ts). */
const shortName = _certs_x509_js__WEBPACK_IMPORTED_MODULE_0__/* .shortNameOf */ .PI;
/** SANs, serial, key usage and EKU of a certificate or a served leaf, for the details lists. */
function facts(c) {
    const parts = [];
    if (c.sans)
        parts.push(`SANs: ${c.sans.length ? (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(c.sans.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 10) : 'none'}`);
    if (c.serial)
        parts.push(`serial ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(c.serial)}`);
    if (c.keyUsage)
        parts.push(`key usage: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(c.keyUsage.join(', '))}`);
    if (c.extendedKeyUsage)
        parts.push(`EKU: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(c.extendedKeyUsage.join(', '))}`);
    return parts.join(' · ');
}
function relative(file, cwd) {
    return file ? (0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(file, cwd) : '';
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function groupFindings(findings, cwd) {
    const groups = new Map();
    for (const f of findings) {
        const generic = (text) => (text && f.host ? text.replace(new RegExp(`\\b${escapeRe(f.host)}\\b`, 'g'), '\u0000') : text);
        const where = f.file ? `${relative(f.file, cwd)}${f.line ? `:${f.line}` : ''}` : '';
        const key = [f.rule, f.severity, generic(f.message), generic(f.fix) ?? '', f.file ?? ''].join('\u0001');
        const g = groups.get(key);
        if (g) {
            if (f.host && !g.hosts.includes(f.host))
                g.hosts.push(f.host);
            if (where && !g.where.includes(where))
                g.where.push(where);
            continue;
        }
        groups.set(key, { rule: f.rule, severity: f.severity, hosts: f.host ? [f.host] : [], where: where ? [where] : [], message: f.message, fix: f.fix });
    }
    const out = [...groups.values()];
    for (const g of out) {
        if (g.hosts.length < 2)
            continue;
        // The first host's name stands for each of them.
        const first = new RegExp(`\\b${escapeRe(g.hosts[0])}\\b`, 'g');
        g.message = g.message.replace(first, 'each host');
        if (g.fix)
            g.fix = g.fix.replace(first, 'each host');
    }
    return out.sort(_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .byImpact */ .aZ);
}
function statusText(findings) {
    if (!findings.length)
        return 'ok';
    const rules = [...new Set(findings.map((f) => f.rule))];
    return rules.length === 1 ? (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(rules[0]) : `${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(rules[0])} +${rules.length - 1}`;
}
function expiry(notAfter, daysLeft) {
    if (!notAfter)
        return '';
    return (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__.md)(`${notAfter.slice(0, 10)} (${daysLeft ?? '?'} d)`);
}
/** For verify and scan: how many hosts (with SNI) were served their own certificate with no error
 * about them, out of how many were probed, and whether clients without SNI got the planned
 * fallback (false when none was planned); undefined when nothing was probed with SNI. */
function servedOwn(report) {
    const withSni = report.endpoints.filter((e) => e.sni);
    if (!withSni.length)
        return undefined;
    const own = withSni.filter((e) => {
        if (e.error || !e.thumbprint || (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e) === 'error')
            return false;
        const cert = report.certificates.find((c) => c.hosts.includes(e.sni));
        return !cert || cert.thumbprint === e.thumbprint;
    }).length;
    const fallback = report.endpoints.some((e) => e.sni === null && e.fallback !== undefined && !e.error && (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e) !== 'error');
    return { own, probed: withSni.length, fallback };
}
/** The one line under the heading: what happened, then what to do (or that nothing needs doing). */
function nextStep(report, groups) {
    const parts = [];
    const served = servedOwn(report);
    if (served) {
        const noun = report.command === 'verify' ? 'host' : 'endpoint';
        const fallback = served.fallback ? ', and clients without SNI got the planned fallback' : '';
        if (served.own === served.probed)
            parts.push(`**Each of ${plural(served.probed, noun)} was served its own certificate${fallback}.**`);
        else
            parts.push(`**${served.own} of ${plural(served.probed, noun)} ${served.own === 1 ? 'was' : 'were'} served ${served.own === 1 ? 'its' : 'their'} own certificate without an error; ${served.probed - served.own} ${served.probed - served.own === 1 ? 'was' : 'were'} not (see below)${fallback}.**`);
    }
    const c = report.config;
    if (report.command === 'patch' && c) {
        const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff).length : 0;
        parts.push(c.changed
            ? `**Patched:** ${plural(c.written.length, 'file')} written; deploy the package.`
            : c.refused
                ? '**Nothing written:** patch changes every file or none, and a finding below stops it.'
                : c.diff
                    ? `**Dry run:** ${plural(files, 'file')} would change (listed below); run again without \`dry-run\` to write them.`
                    : '**The package is already in the target state.**');
    }
    const todo = groups.filter((g) => g.severity !== 'notice');
    if (todo.length) {
        const first = todo[0];
        const who = first.hosts.length ? ` (${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(first.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 3)})` : '';
        parts.push(`**What to do:** ${todo.length === 1 ? 'one fix' : `${todo.length} fixes`}, listed below. First: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(first.rule)}${who} — ${prose(clip(first.fix ?? first.message, 240))}`);
    }
    else if (c?.nextSteps?.length) {
        parts.push(`**Next:** ${plural(c.nextSteps.length, 'step')} before clients see the SNI bindings, listed at the end.`);
    }
    else {
        const hosts = new Set(report.certificates.flatMap((x) => x.hosts)).size;
        parts.push(hosts || report.endpoints.length || c
            ? `**Nothing to do${parts.length ? '' : `: ${hosts ? `${plural(hosts, 'host')} checked, each with a valid certificate` : 'no problem found'}`}.**`
            : '**Nothing was checked.**');
    }
    return parts.join(' ');
}
function renderSummary(report, failOn, cwd = process.cwd()) {
    const out = [];
    const errors = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'error');
    const warnings = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .count */ .U9)(report.findings, 'warning');
    const groups = groupFindings(report.findings, cwd);
    const v = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .verdict */ .WJ)(report);
    const exit = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .exitNote */ .Tp)(report, failOn);
    out.push(`## ${v.icon} sni-ready ${report.command}: ${v.text} — ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${exit ? ` (${exit})` : ''}`, '', nextStep(report, groups), '');
    const broken = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .unopened */ .xJ)(report);
    if (report.certificates.length || broken.length) {
        out.push('### Hosts', '', '| | Host | Certificate | Issuer | Expires | Findings |', '|---|---|---|---|---|---|');
        let rows = 0;
        for (const c of report.certificates) {
            for (const host of c.hosts) {
                if (rows++ >= MAX_ROWS)
                    break;
                const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .hostFindings */ .n7)(report, c, host);
                out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .rowStatus */ .Bs)(mine)]} | ${cell(host)} | ${cell(shortName(c.subject))} | ${cell(shortName(c.issuer), 24)} | ${expiry(c.notAfter, c.daysLeft)} | ${statusText(mine)} |`);
            }
        }
        for (const b of broken) {
            if (rows++ >= MAX_ROWS)
                break;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[(0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .rowStatus */ .Bs)(b.findings)]} | ${cell(b.host)} | not opened: ${cell(relative(b.file, cwd), 24)} | | | ${statusText(b.findings)} |`);
        }
        if (rows > MAX_ROWS)
            out.push('', `…and ${rows - MAX_ROWS} more hosts (see the JSON report).`);
        out.push('');
    }
    if (groups.length) {
        out.push('### What to do', '');
        groups.slice(0, MAX_ROWS).forEach((g, i) => {
            const hosts = g.hosts.length ? ` — ${g.hosts.length > 1 ? `${g.hosts.length} hosts: ` : ''}${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(g.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 20)}` : '';
            const where = g.where.length ? ` · ${g.where.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY).join(', ')}` : '';
            out.push(`${i + 1}. ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[g.severity]} **${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(g.rule)}**${hosts}${where}<br>`);
            out.push(`   ${prose(g.message)}${g.fix ? `<br>**Fix:** ${prose(g.fix)}` : ''}`);
        });
        if (groups.length > MAX_ROWS)
            out.push('', `…and ${groups.length - MAX_ROWS} more (see the JSON report).`);
        out.push('');
    }
    if (report.endpoints.length) {
        out.push(`### Endpoints ${report.command === 'verify' ? 'served by the local test server' : 'probed'}`, '');
        out.push('| | Endpoint | SNI | Served certificate | Expires | Result |', '|---|---|---|---|---|---|');
        for (const e of report.endpoints.slice(0, MAX_ROWS)) {
            const mine = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointFindings */ .cK)(report, e);
            const status = (0,_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .endpointStatus */ .WR)(report, e);
            const served = e.thumbprint ? `${cell(e.subject ? shortName(e.subject) : '', 22)} ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(`${e.thumbprint.slice(0, 8)}…`)}` : '';
            const target = `${e.host}:${e.port}${e.address && e.address !== e.host ? ` @${e.address}` : ''}`;
            out.push(`| ${_findings_js__WEBPACK_IMPORTED_MODULE_4__/* .STATUS_ICON */ .tW[status]} | ${cell(target, 40)} | ${cell(e.sni ?? '(none)', 28)} | ${served} | ${expiry(e.notAfter, e.daysLeft)} | ${e.error ? cell(e.error, 24) : statusText(mine)} |`);
        }
        if (report.endpoints.length > MAX_ROWS)
            out.push('', `…and ${report.endpoints.length - MAX_ROWS} more endpoints (see the JSON report).`);
        out.push('');
    }
    if (report.config) {
        const c = report.config;
        out.push('### Service package', '');
        if (c.serviceDefinition)
            out.push(`- Definition: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(c.serviceDefinition, cwd))}`);
        for (const s of c.serviceConfigurations)
            out.push(`- Configuration: ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(s, cwd))}`);
        if (report.command === 'patch') {
            const files = c.diff ? (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffFiles */ .pm)(c.diff) : [];
            const verb = c.changed
                ? 'Changed'
                : c.refused
                    ? 'Nothing written: patch changes every file or none (see the findings)'
                    : c.diff
                        ? 'Would change (dry run, nothing written)'
                        : 'Already in the target state: nothing to change';
            out.push(`- ${verb}${files.length ? ':' : ''}`);
            for (const f of files)
                out.push(`  - ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(f.path)} — ${(0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .describeDiffFile */ .z3)(f)}`); // our own words: "+5 −1", "new, 20 lines"
            for (const w of c.written)
                if (!files.some((f) => w.endsWith(f.path)))
                    out.push(`  - ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(w, cwd))}`);
        }
        if (c.diff) {
            const shown = (0,_service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .presentDiff */ .fI)(c.diff, _service_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .isGeneratedTemplate */ ._K);
            // The diff holds the files' own lines: the fence is longer than any run of backticks in them.
            const fence = '`'.repeat(Math.max(3, ...(shown.match(/`{3,}/g) ?? []).map((r) => r.length + 1)));
            out.push('', '<details><summary>Diff</summary>', '', `${fence}diff`, shown.trimEnd(), fence, '', '</details>');
        }
        out.push('');
    }
    const certs = report.certificates.slice(0, MAX_ROWS);
    if (certs.length) {
        out.push('<details><summary>Certificate details</summary>', '');
        for (const c of certs)
            out.push(`- **${(0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(c.hosts.map(_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY), 20)}** — ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(relative(c.file, cwd))}<br>${prose(c.subject)}, issued by ${prose(shortName(c.issuer))}<br>SHA-1 ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(c.thumbprint)} · ${prose(`expires ${c.notAfter.slice(0, 10)} · ${c.keyType} ${c.keySize} · ${c.container.type}${c.container.encryption ? ` (${c.container.encryption})` : ''}`)}${facts(c) ? `<br>${facts(c)}` : ''}`);
        out.push('', '</details>', '');
    }
    // What each server sent, once per served certificate.
    const served = new Map();
    for (const e of report.endpoints)
        if (e.thumbprint && e.sans)
            served.set(e.thumbprint, [...(served.get(e.thumbprint) ?? []), e]);
    if (served.size) {
        out.push('<details><summary>Served certificates</summary>', '');
        for (const [thumb, eps] of [...served].slice(0, MAX_ROWS)) {
            const e = eps[0];
            const where = (0,_hosts_js__WEBPACK_IMPORTED_MODULE_2__/* .someHosts */ .GC)(eps.map((x) => (0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(x.sni ?? `${x.host}:${x.port} (no SNI)`)), 5);
            const sent = e.certificatesSent === undefined
                ? ''
                : ` · the server sent ${e.certificatesSent === 1 ? '1 certificate (the leaf alone)' : `${e.certificatesSent} certificates`}`;
            out.push(`- **${where}** — ${prose(e.subject ?? '')}, issued by ${prose(shortName(e.issuer ?? ''))}<br>SHA-1 ${(0,_foreign_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(thumb)} · ${prose(`expires ${(e.notAfter ?? '').slice(0, 10)}`)}${sent}<br>${facts(e)}`);
        }
        out.push('', '</details>', '');
    }
    const notes = report.notes ?? [];
    if (notes.length) {
        out.push('### Notes', '');
        for (const note of notes)
            out.push(`- ${prose(note)}`);
        out.push('');
    }
    const steps = report.config?.nextSteps ?? [];
    if (steps.length) {
        out.push('### Next steps', '');
        steps.forEach((s, i) => {
            out.push(`${i + 1}. ${prose(s.step)}`);
            if (s.lines?.length)
                out.push('', '   ```xml', ...s.lines.map((l) => `   ${l}`), '   ```', '');
        });
        out.push('');
    }
    return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}


/***/ })

};
