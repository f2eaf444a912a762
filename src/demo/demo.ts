// `npm start`: the whole pipeline (check → patch → verify) on the bundled example service
// package, with demo certificates made on the fly, in a temporary copy (the example stays as is).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInputs } from '../inputs.js';
import { failing } from '../report/findings.js';
import { renderText } from '../report/text.js';
import { execute } from '../run.js';
import { InputError, type Command } from '../types.js';
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

export async function runDemo(values: Map<string, string>): Promise<number> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-demo-'));
  const out = (s: string) => process.stdout.write(s);
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
    out(`sni-ready demo — example service package copied to ${pkg}\n`);
    out(`Demo certificates: www.test1.com (valid 365 days) and www.test2.com (expires in 20 days), chained to a demo root.\n`);
    let worst = 0;
    const steps: Command[] = (values.get('steps')?.split(',') as Command[] | undefined) ?? ['check', 'patch', 'verify'];
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
      out(`\n=== sni-ready ${command} ===\n`);
      const log = { info: (l: string) => out(`  ${l}\n`), warn: (l: string) => out(`  warning: ${l}\n`) };
      const { report } = await execute(inputs, log);
      out(renderText(report, inputs.failOn));
      out(`(JSON report: ${inputs.reportPath})\n`);
      worst = failing(report, inputs.failOn).length ? 1 : 0; // the exit status is the last step's
    }
    out(`\nDemo files are in ${work} (delete it when done).\n`);
    return worst;
  } catch (err) {
    process.stderr.write(`sni-ready demo: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}
