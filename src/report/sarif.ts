// SARIF 2.1.0 for GitHub code scanning: one run, the rules used (with their description and
// help), and results that code scanning can show. GitHub only displays a result that has a
// physical location in the repository, so each result points at a file of the workspace: the
// csdef/cscfg line of a config finding, the certificate file when it is in the workspace, and
// otherwise (certificates made on the runner, served certificates of scan/verify) the line of the
// workflow's `sites`/`endpoints` input that named the host, or of the endpoints file. Each result
// carries a fingerprint of what it is about (rule, host, file, message without its numbers), so
// distinct findings on the same line stay distinct alerts and a day's count does not make a new one.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inArea, ruleInfo, type RuleArea, type RuleId } from '../rules.js';
import type { EndpointSpec, Finding, Report, Severity, SiteSpec } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
const HOME = 'https://github.com/sni-ready/sni-ready';

/** What each area's findings are about and where their fix goes, for a rule's help text. */
const AREA_HELP: Record<RuleArea, string> = {
  certificate:
    'A certificate file named by the `sites` input. Fix the file (a new export, the missing intermediates in it, the right password or key) and run sni-ready check again; each result names the file, the host and the fix.',
  config:
    'The Azure Cloud Service package (ServiceDefinition.csdef / ServiceConfiguration.*.cscfg). `sni-ready patch` writes the target state; each result names the file, the line and the fix.',
  endpoint:
    'A certificate as a server serves it (scan of live endpoints, or verify on a local server). Each result names the host, the port and what the server should send instead.',
  input: 'An input of the action or an option of the CLI. Each result names the input and the line.',
};

export interface SarifContext {
  /** the workspace: relative URIs are relative to it */
  cwd: string;
  version: string;
  sites?: SiteSpec[];
  endpoints?: EndpointSpec[];
  /** the JSON report: the location of last resort, when neither a file nor a workflow names the finding */
  reportPath?: string;
  /** GITHUB_WORKFLOW_REF, GITHUB_WORKSPACE and GITHUB_ACTION locate the workflow step that ran */
  env?: NodeJS.ProcessEnv;
}

interface Where {
  uri: string;
  line: number;
}

function inside(file: string, cwd: string): string | undefined {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** The workflow file that runs this step (from GITHUB_WORKFLOW_REF), its text and its path in the workspace. */
function workflowOf(ctx: SarifContext): { uri: string; lines: string[]; stepStart: number } | undefined {
  const env = ctx.env ?? {};
  const ref = env.GITHUB_WORKFLOW_REF;
  if (!ref) return undefined;
  const m = /^[^/]+\/[^/]+\/(.+?)@/.exec(ref);
  if (!m) return undefined;
  const root = env.GITHUB_WORKSPACE || ctx.cwd;
  const file = path.join(root, m[1]!);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const uri = inside(file, ctx.cwd);
  if (!uri) return undefined;
  const lines = text.split(/\r?\n/);
  // The step that ran: the `- ` line that opens the step whose `id:` is GITHUB_ACTION.
  let stepStart = 0;
  const id = env.GITHUB_ACTION;
  if (id) {
    const idLine = lines.findIndex((l) => new RegExp(`^\\s*(?:-\\s+)?id:\\s*['"]?${id.replace(/[^\w-]/g, '\\$&')}['"]?\\s*$`).test(l));
    if (idLine >= 0) {
      stepStart = idLine;
      while (stepStart > 0 && !/^\s*-\s/.test(lines[stepStart]!)) stepStart--;
    }
  }
  return { uri, lines, stepStart };
}

/** Line (1-based) in the workflow where `key:` (sites or endpoints) names `words`, searching from the step that ran. */
function workflowLine(lines: string[], stepStart: number, key: 'sites' | 'endpoints', words: string[]): number | undefined {
  const order = [...lines.keys()].slice(stepStart).concat([...lines.keys()].slice(0, stepStart));
  const keyRe = new RegExp(`^(\\s*)(?:-\\s+)?['"]?${key}['"]?:\\s*(.*)$`);
  let firstKey: number | undefined;
  for (const i of order) {
    const m = keyRe.exec(lines[i]!);
    if (!m) continue;
    firstKey ??= i;
    const indent = m[1]!.length;
    const block = [i];
    if (/^[|>]/.test(m[2]!)) for (let j = i + 1; j < lines.length && (lines[j]!.trim() === '' || lines[j]!.search(/\S/) > indent); j++) block.push(j);
    const hit = block.find((j) => names(lines[j]!, words));
    if (hit !== undefined) return hit + 1;
  }
  // The CLI in a `run:` step (`--sites "HOST = PATH"`): the first line of the step, then of the
  // file, naming the host; else the first `sites:`/`endpoints:` input.
  const named = words.length ? order.find((i) => names(lines[i]!, words)) : undefined;
  if (named !== undefined) return named + 1;
  return firstKey === undefined ? undefined : firstKey + 1;
}

/** True when `line` names one of `words` as a whole host (not inside a longer name). */
function names(line: string, words: string[]): boolean {
  return words.some((w) => new RegExp(`(^|[\\s=:|"'])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[\\s=:@"'])`).test(line));
}

function locate(f: Finding, ctx: SarifContext): Where | undefined {
  // a Key Vault address (keyvault:https://...) is no file of the workspace: the sites line that names it is
  if (f.file && !f.file.startsWith('keyvault:')) {
    const uri = inside(f.file, ctx.cwd);
    if (uri) return { uri, line: f.line ?? 1 };
  }
  const site =
    ctx.sites?.find(
      (s) => f.file !== undefined && (s.path === f.file || s.keyPath === f.file || (s.keyVault !== undefined && f.file.startsWith(`${s.path}/`))),
    ) ?? ctx.sites?.find((s) => f.host && s.hosts.includes(f.host));
  const endpoint = ctx.endpoints?.find((e) => e.host === f.host);
  const useEndpoint = endpoint && (!site || inArea(f, 'endpoint'));
  if (useEndpoint && endpoint.file) {
    const uri = inside(endpoint.file, ctx.cwd);
    if (uri) return { uri, line: endpoint.line };
  }
  const wf = workflowOf(ctx);
  if (wf) {
    const line = useEndpoint
      ? workflowLine(wf.lines, wf.stepStart, 'endpoints', [endpoint.host])
      : site
        ? workflowLine(wf.lines, wf.stepStart, 'sites', site.hosts)
        : undefined;
    return { uri: wf.uri, line: line ?? workflowLine(wf.lines, wf.stepStart, 'sites', []) ?? 1 };
  }
  if (f.file && !f.file.startsWith('keyvault:'))
    return { uri: path.resolve(ctx.cwd, f.file).split(path.sep).join('/').replace(/^\/?/, 'file:///'), line: f.line ?? 1 };
  if (ctx.reportPath) {
    const uri = inside(ctx.reportPath, ctx.cwd) ?? path.resolve(ctx.reportPath).split(path.sep).join('/').replace(/^\/?/, 'file:///');
    return { uri, line: 1 };
  }
  return undefined;
}

/** Stable identity of a finding across runs: the rule, the host, the file, and the message with its numbers blanked (days left change daily). */
export function fingerprint(f: Finding, cwd: string): string {
  const file = f.file ? (inside(f.file, cwd) ?? path.basename(f.file)) : '';
  const message = f.message.replace(/\b\d+\b/g, '#');
  return createHash('sha256')
    .update([f.rule, f.host ?? '', file, message].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

function ruleEntry(id: RuleId) {
  const info = ruleInfo(id);
  const summary = info.summary;
  const area = info.area;
  const help = `${summary}\n\n${AREA_HELP[area]}\n\nReference: ${HOME}#rule-${id}`;
  return {
    id,
    name: id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: summary },
    fullDescription: { text: `${summary} ${AREA_HELP[area]}` },
    help: { text: help, markdown: help.replace(/\n\nReference: (.*)$/, `\n\n[Rule reference](${HOME}#rule-${id})`) },
    helpUri: `${HOME}#rule-${id}`,
    defaultConfiguration: { level: LEVEL[info.severity] },
    properties: { tags: ['sni-ready', area] },
  };
}

export function toSarif(report: Report, ctx: SarifContext): object {
  const used = [...new Set(report.findings.map((f) => f.rule))];
  const results = report.findings.map((f) => {
    const where = locate(f, ctx);
    return {
      ruleId: f.rule,
      ruleIndex: used.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: [f.host ? `${f.host}: ` : '', f.message, f.fix ? ` Fix: ${f.fix}` : ''].join('') },
      locations: [
        {
          ...(where ? { physicalLocation: { artifactLocation: { uri: where.uri }, region: { startLine: Math.max(1, where.line) } } } : {}),
          ...(f.host ? { logicalLocations: [{ name: f.host, kind: 'resource' }] } : {}),
        },
      ],
      partialFingerprints: { 'sniReadyFinding/v1': fingerprint(f, ctx.cwd) },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'sni-ready', version: ctx.version, semanticVersion: ctx.version, informationUri: HOME, rules: used.map(ruleEntry) } },
        automationDetails: { id: `sni-ready/${report.command}/` },
        results,
      },
    ],
  };
}
