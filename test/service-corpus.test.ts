// patch over the real public service packages in the shared corpus (read at test time, copied
// to a temp folder; nothing from them is kept in the repository). Skipped when the corpus is absent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { patchService } from '../src/service/patch.js';
import { tempDir } from './helpers/pki.js';
import { makeTestCerts, quietLog, serviceInputs, xsdReady, xsdValidate, type TestCerts } from './helpers/service.js';

const CORPUS = '/work/shared/corpus/service-packages';
const present = fs.existsSync(CORPUS);

let certs: TestCerts;
beforeAll(() => {
  if (present) certs = makeTestCerts(tempDir('sni-corpus-certs-'));
});

function validity(files: string[]): Map<string, boolean> {
  // One validator run per package; it prints `valid FILE` or `invalid FILE: reason` per file.
  const out = new Map<string, boolean>();
  const r = xsdValidate(files);
  for (const f of files) {
    if (r.output.split('\n').includes(`valid ${f}`)) out.set(f, true);
    else if (r.output.includes(`invalid ${f}:`)) out.set(f, false);
  }
  expect(out.size, r.output).toBe(files.length);
  return out;
}

describe.skipIf(!present || !xsdReady('patch over the corpus (keeps valid files valid)'))('patch over the real service packages of the corpus', () => {
  const folders = present
    ? fs
        .readdirSync(CORPUS, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
    : [];

  it('keeps every valid file valid, patches single-WebRole packages, refuses the others untouched, and is idempotent', async () => {
    const outcomes: Record<string, string> = {};
    for (const folder of folders) {
      const work = tempDir(`sni-corpus-${folder}-`);
      for (const f of fs.readdirSync(path.join(CORPUS, folder))) fs.copyFileSync(path.join(CORPUS, folder, f), path.join(work, f));
      const names = fs.readdirSync(work);
      const csdef = names.find((n) => n === 'ServiceDefinition.csdef');
      if (!csdef) continue;
      const cscfgs = names.filter((n) => n.endsWith('.cscfg')).map((n) => path.join(work, n));
      const def = path.join(work, csdef);
      const files = [def, ...cscfgs];
      const originals = new Map(files.map((f) => [f, fs.readFileSync(f)]));
      const before = validity(files);

      const inputs = serviceInputs({ serviceDefinition: def, serviceConfigurations: cscfgs });
      const r = await patchService(inputs, certs.sites, quietLog);
      const roleMissing = r.findings.some((f) => f.rule === 'config-role-missing' && f.file === def);
      outcomes[folder] = r.config.changed ? 'patched' : roleMissing ? 'role-missing' : 'unchanged';

      if (roleMissing) {
        for (const f of files) expect(fs.readFileSync(f).equals(originals.get(f)!), `${folder}: ${f} untouched`).toBe(true);
        continue;
      }
      expect(r.config.changed, `${folder}: ${JSON.stringify(r.findings)}`).toBe(true);
      const after = validity(files);
      for (const [f, ok] of before) if (ok) expect(after.get(f), `${folder}: ${path.basename(f)} stays valid`).toBe(true);
      // a BOM stays, line endings stay
      for (const f of files) {
        const o = originals.get(f)!;
        const n = fs.readFileSync(f);
        expect(n[0] === 0xef, `${folder}: ${path.basename(f)} BOM`).toBe(o[0] === 0xef);
        expect(n.includes('\r\n'), `${folder}: ${path.basename(f)} CRLF`).toBe(o.includes('\r\n'));
      }
      const snap = files.map((f) => fs.readFileSync(f).toString('base64'));
      const again = await patchService(inputs, certs.sites, quietLog);
      expect(again.config.changed, `${folder}: second run`).toBe(false);
      expect(files.map((f) => fs.readFileSync(f).toString('base64'))).toEqual(snap);
    }
    // Single-WebRole packages are patched; worker-only and two-WebRole packages need 'role'.
    expect(outcomes['cses-singlerole-certificate']).toBe('patched');
    expect(outcomes['azurewebfarm-example']).toBe('patched');
    expect(outcomes['azure-ssl-configure']).toBe('patched');
    expect(outcomes['graph-avp-bot']).toBe('role-missing');
    expect(outcomes['csci150-restaurant']).toBe('role-missing');
  });
});
