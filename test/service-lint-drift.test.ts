// config-cert-drift: the startup data file is frozen in the package at patch time, while a
// renewal changes only the cscfg thumbprint (and the certificate file). `check` says so: a warning
// when the cscfg installs a certificate the files show covering the host (the startup task binds it
// at run time, on the role's next start), an error when no declared certificate is left for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintService } from '../src/service/lint.js';
import { patchService } from '../src/service/patch.js';
import type { Finding } from '../src/types.js';
import { issue, sha1, tempDir } from './helpers/pki.js';
import { bareCscfg, bareCsdef, loadedSite, makeTestCerts, quietLog, serviceInputs, type TestCerts } from './helpers/service.js';

let certs: TestCerts;
let renewed: ReturnType<typeof loadedSite>;
let renewedThumb: string;

beforeAll(() => {
  const dir = tempDir('sni-drift-certs-');
  certs = makeTestCerts(dir);
  const leaf = issue(dir, 'www1-renewed', { cn: 'www.test1.com', dns: ['www.test1.com'], keyType: 'ec256', days: 400 }, certs.pki.intermediate);
  renewed = loadedSite(['www.test1.com'], path.join(dir, 'www1-renewed.pfx'), leaf.cert, [certs.pki.intermediate.cert, certs.pki.root.cert], leaf.key, {
    type: 'pfx',
    encryption: '3des',
    mac: 'sha1',
  });
  renewedThumb = sha1(leaf.cert);
});

async function patched() {
  const dir = tempDir('sni-drift-');
  const d = path.join(dir, 'ServiceDefinition.csdef');
  const c = path.join(dir, 'ServiceConfiguration.Cloud.cscfg');
  fs.writeFileSync(d, bareCsdef());
  fs.writeFileSync(c, bareCscfg('6'));
  await patchService(serviceInputs({ serviceDefinition: d, serviceConfigurations: [c] }), certs.sites, quietLog);
  return { d, c, check: serviceInputs({ command: 'check', serviceDefinition: d, serviceConfigurations: [c] }) };
}

const drift = (fs: Finding[]) => fs.filter((f) => f.rule === 'config-cert-drift');

describe('config-cert-drift', () => {
  it('nothing right after patch', async () => {
    const { check } = await patched();
    expect(drift((await lintService(check, certs.sites)).findings)).toEqual([]);
  });

  it('renewal the documented way (cscfg thumbprint and certificate file changed, package not): a warning naming the run-time binding and the trigger', async () => {
    const { c, check } = await patched();
    const old = certs.thumbs['www.test1.com']!;
    fs.writeFileSync(c, fs.readFileSync(c, 'utf8').replace(old, renewedThumb));
    const sites = [renewed, certs.sites[1]!];
    const found = drift((await lintService(check, sites)).findings);
    expect(found.map((f) => [f.severity, f.host])).toEqual([
      ['warning', 'www.test1.com'],
      ['warning', 'www.test1.com'],
    ]);
    expect(found[1]!.message).toContain(`installs 'SniWwwTest1Com' (${renewedThumb}) for www.test1.com, while the package's startup data still names ${old}`);
    expect(found[1]!.message).toContain("on the role's next start");
    expect(found[1]!.file).toBe(c);
    // and no config-sni-binding error for it: the task binds the renewed certificate
    expect((await lintService(check, sites)).findings.filter((f) => f.rule === 'config-sni-binding')).toEqual([]);
  });

  it('a cscfg thumbprint that no certificate file covers: an error, the host would lose HTTPS', async () => {
    const { c, check } = await patched();
    fs.writeFileSync(c, fs.readFileSync(c, 'utf8').replace(certs.thumbs['www.test1.com']!, 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'));
    const found = drift((await lintService(check, certs.sites)).findings);
    expect(found.map((f) => [f.severity, f.host])).toEqual([['error', 'www.test1.com']]);
    expect(found[0]!.message).toMatch(/declares no certificate with the thumbprint the package binds to www\.test1\.com/);
  });
});
