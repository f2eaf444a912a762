// `npm start`: the whole pipeline (check → patch → verify) on the bundled example service
// package, with demo certificates made on the fly, in a temporary copy (the example stays as is).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInputs } from '../inputs.js';
import { count, failing } from '../report/findings.js';
import { groupFindings, servedOwn, shortName } from '../report/summary.js';
import { renderText } from '../report/text.js';
import { execute } from '../run.js';
import { diffFiles } from '../service/diff.js';
import { STARTUP_CMD, STARTUP_PS1 } from '../service/startup.js';
import { InputError, type Command, type Report } from '../types.js';
import { writeDemoCertificates, type DemoCertificates } from './certs.js';

export { writeDemoCertificates } from './certs.js';

function findExample(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [
    path.join(process.cwd(), 'examples', 'service'),
    path.join(here, '..', '..', 'examples', 'service'),
    path.join(here, '..', 'examples', 'service'),
  ]) {
    if (fs.existsSync(path.join(dir, 'ServiceDefinition.csdef'))) return dir;
  }
  throw new InputError('The bundled example (examples/service/ServiceDefinition.csdef) was not found: run the demo from the sni-ready checkout');
}

export function demoSitesInput(certs: DemoCertificates): string {
  return certs.sites.map((s) => `${s.hosts.join(' ')} = ${s.file} password-env=${certs.passwordEnv}`).join('\n');
}

/** One line per distinct problem (the same rule on several hosts is one line), at most `max`. */
function problems(report: Report, max: number): string[] {
  const all = groupFindings(report.findings, report.config?.serviceDefinition ? path.dirname(report.config.serviceDefinition) : process.cwd());
  // Notices (e.g. the settings config-not-patched lists) only when nothing more important is left.
  const groups = all.some((g) => g.severity !== 'notice') ? all.filter((g) => g.severity !== 'notice') : all;
  const lines = groups
    .slice(0, max)
    .map(
      (g) =>
        `     ${g.severity === 'error' ? '✗' : g.severity === 'warning' ? '!' : 'i'} ${g.rule}${g.hosts.length ? ` (${g.hosts.join(', ')})` : ''}${g.where.length ? ` ${g.where.join(', ')}` : ''}`,
    );
  if (groups.length > max) lines.push(`     … and ${groups.length - max} more`);
  return lines;
}

function tally(report: Report): string {
  const e = count(report.findings, 'error');
  const w = count(report.findings, 'warning');
  return `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`;
}

/**
 * `npm start`: runs check → patch → verify quietly, then tells the outcome first (each host was
 * served its own certificate), then how it got there in a few lines per step, saying that the
 * first FAILED — the package before patch — is expected. `--diff` adds every step's full output
 * and the whole diff.
 */
export async function runDemo(values: Map<string, string>): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-demo-'));
  const out = (s: string) => process.stdout.write(s);
  const full = values.get('diff') === 'true';
  try {
    const example = findExample();
    const pkg = path.join(work, 'service');
    fs.cpSync(example, pkg, { recursive: true });
    const certs = writeDemoCertificates(path.join(work, 'certs'));
    const cscfgs = fs
      .readdirSync(pkg)
      .filter((f) => f.endsWith('.cscfg'))
      .sort()
      .map((f) => path.join(pkg, f));
    const steps: Command[] = (values.get('steps')?.split(',') as Command[] | undefined) ?? ['check', 'patch', 'verify'];
    const reports = new Map<Command, { report: Report; failed: boolean; log: string[] }>();
    for (const command of steps) {
      const given: Record<string, string> = {
        command,
        sites: demoSitesInput(certs),
        trust: certs.root,
        'service-definition': path.join(pkg, 'ServiceDefinition.csdef'),
        'service-configuration': cscfgs.join('\n'),
        'startup-dir': path.join(pkg, 'WebRole1', 'sni-ready'),
        server: values.get('server') ?? 'node',
        report: path.join(work, `report-${command}.json`),
      };
      const inputs = parseInputs((name) => given[name] ?? '', process.env, work);
      const log: string[] = [];
      const { report } = await execute(inputs, { info: (l) => log.push(`  ${l}`), warn: (l) => log.push(`  warning: ${l}`) });
      reports.set(command, { report, failed: failing(report, inputs.failOn).length > 0, log });
      if (full)
        out(
          `\n=== sni-ready ${command} ===\n${log.map((l) => `${l}\n`).join('')}${renderText(report, inputs.failOn, { fullDiff: true })}(JSON report: ${inputs.reportPath})\n`,
        );
    }
    const last = reports.get(steps[steps.length - 1]!)!;
    const verify = reports.get('verify');
    const served = verify && servedOwn(verify.report);
    const hosts = certs.sites.flatMap((s) => s.hosts);
    if (full) out('\n=== in short ===\n');
    if (served && served.own === served.probed)
      out(`sni-ready demo: each host was served its own certificate — ${hosts.join(' and ')} on one address and port, through SNI, after patch.\n`);
    else out(`sni-ready demo: ${verify ? 'verify did not see each host served its own certificate' : `ran ${steps.join(' → ')}`} (details below).\n`);
    out(`The bundled example service package (a copy in ${pkg}), with demo certificates made on the fly:\n`);
    out(`${hosts[0]} (valid 365 days) and ${hosts[1]} (expires in 20 days, to show a warning), under a demo root.\n`);
    const check = reports.get('check');
    if (check) {
      out(`\n1. check — the package as it came, before patch: ${check.failed ? 'FAILED' : 'PASSED'} (${tally(check.report)}).\n`);
      if (check.failed) out('   This FAILED is the expected before-state: no HTTPS endpoint, no certificates declared, no SNI bindings yet.\n');
      out(problems(check.report, 8).join('\n') + '\n');
    }
    const patch = reports.get('patch');
    if (patch?.report.config) {
      const c = patch.report.config;
      const files = c.diff ? diffFiles(c.diff) : [];
      out(
        `\n2. patch — brings the package to the SNI target state: ${c.changed ? `wrote ${files.length} files` : 'nothing to change'} (${tally(patch.report)} after it).\n`,
      );
      for (const f of files) {
        const name = path.basename(f.path);
        const template = name === STARTUP_PS1 || name === STARTUP_CMD;
        out(
          `     ${f.path.replace(/^.*?service\//, '')}: ${template ? `new, the generated template (${f.lines} lines, the same for every package)` : f.created ? `new, ${f.lines} lines (this package's hosts and thumbprints)` : `+${f.added} −${f.removed} lines`}\n`,
        );
      }
      if (!full) out('     (the whole diff: npm start -- --diff)\n');
      out(problems(patch.report, 3).join('\n') + (patch.report.findings.length ? '\n' : ''));
    }
    if (verify) {
      out(
        `\n3. verify — a local ${values.get('server') ?? 'node'} server with one binding per host, probed over TLS: ${verify.failed ? 'FAILED' : 'PASSED'} (${tally(verify.report)}).\n`,
      );
      for (const e of verify.report.endpoints) {
        const own = verify.report.certificates.find((c) => e.sni && c.hosts.includes(e.sni));
        const verdict = e.error
          ? `error: ${e.error}`
          : own && own.thumbprint === e.thumbprint
            ? 'its own certificate'
            : e.sni === null
              ? 'the fallback for clients without SNI'
              : 'not its own certificate';
        out(
          `     ${(e.sni ?? '(no SNI)').padEnd(15)} → ${(e.subject ? shortName(e.subject) : '—').padEnd(15)} ${e.thumbprint ? e.thumbprint.slice(0, 8) + '…' : ''}  ${verdict}\n`,
        );
      }
      const warned = problems(verify.report, 3);
      if (warned.length) out(`   Still to do before production:\n${warned.join('\n')}\n`);
    }
    out(`\nEvery file of the demo is in ${work} (delete it when done).\n`);
    return last.failed ? 1 : 0; // the exit status is the last step's
  } catch (err) {
    process.stderr.write(`sni-ready demo: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
