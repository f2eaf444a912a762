// The step's annotations. GitHub shows at most 10 error, 10 warning and 10 notice annotations per
// step and drops the rest, the step's own failure sentence included; so findings are grouped (one
// annotation per rule and file, its hosts named together), the most important come first, each
// severity stays within its cap (counting what the step itself writes: its failure sentence, log
// warnings), and the last slot says how many more are in the job summary.
import { displayPath } from '../files.js';
import type { Finding, Severity } from '../types.js';
import { byImpact } from './findings.js';

/** GitHub's limit per severity and step. */
export const ANNOTATION_CAP = 10;

export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];
const NOUN: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };

function names(hosts: string[], max = 3): string {
  return hosts.length <= max ? hosts.join(', ') : `${hosts.slice(0, max).join(', ')} and ${hosts.length - max} more`;
}

/**
 * The annotations to write, most important first, at most `ANNOTATION_CAP - reserved[severity]`
 * per severity (`reserved`: annotations the step writes itself, such as its failure sentence).
 */
export function selectAnnotations(findings: Finding[], cwd: string, reserved: Partial<Record<Severity, number>> = {}): Annotation[] {
  const groups = new Map<string, Finding[]>();
  for (const f of [...findings].sort(byImpact)) {
    const key = [f.severity, f.rule, f.file ?? ''].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Annotation[] = [];
  for (const severity of SEVERITIES) {
    const mine = [...groups.values()].filter((g) => g[0]!.severity === severity);
    const room = ANNOTATION_CAP - (reserved[severity] ?? 0);
    if (room <= 0 || !mine.length) continue;
    const shown = mine.length <= room ? mine : mine.slice(0, room - 1);
    for (const g of shown) out.push(annotate(g, cwd));
    const rest = mine.slice(shown.length).reduce((n, g) => n + g.length, 0);
    if (rest)
      out.push({
        severity,
        title: `sni-ready: ${rest} more ${NOUN[severity]}${rest === 1 ? '' : 's'}`,
        message: `${rest} more ${NOUN[severity]} finding${rest === 1 ? '' : 's'} (${[...new Set(mine.slice(shown.length).map((g) => g[0]!.rule))].join(', ')}) ${rest === 1 ? 'is' : 'are'} listed in the job summary and the JSON report; GitHub shows ${ANNOTATION_CAP} ${NOUN[severity]} annotations per step.`,
      });
  }
  return out;
}

function annotate(g: Finding[], cwd: string): Annotation {
  const f = g[0]!;
  const hosts = [...new Set(g.map((x) => x.host).filter((h): h is string => Boolean(h)))];
  const title = `${f.rule}${hosts.length ? ` (${names(hosts)})` : ''}`;
  const more = g.length > 1 ? ` (${g.length} findings${hosts.length > 1 ? ` about ${hosts.length} hosts` : ''}; the first shown, all in the job summary)` : '';
  const a: Annotation = { severity: f.severity, title, message: `${f.message}${f.fix ? ` Fix: ${f.fix}` : ''}${more}` };
  if (f.file && !f.file.startsWith('keyvault:')) a.file = displayPath(f.file, cwd); // a vault is no file of the repository
  const line = g.find((x) => x.line)?.line;
  if (line) a.line = line;
  return a;
}
