// patch through the real engine: parseInputs → runCommand (certificate check, then patch).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../src/engine.js';
import { parseInputs } from '../src/inputs.js';
import { InputError } from '../src/types.js';
import { makePki, openssl, p7b, pfx, sha1, tempDir, type Pki } from './helpers/pki.js';
import { multiRoleCscfg, multiRoleCsdef, quietLog } from './helpers/service.js';

let pki: Pki;
let dir: string;
beforeAll(() => {
  dir = tempDir('sni-e2e-');
  pki = makePki(
    dir,
    { www1: { cn: 'www.test1.com', dns: ['www.test1.com'], keyType: 'ec256' }, www2: { cn: 'www.test2.com', dns: ['www.test2.com'], keyType: 'ec256' } },
    { keyType: 'ec256' },
  );
});

function pkg() {
  const work = tempDir('sni-e2e-pkg-');
  const d = path.join(work, 'ServiceDefinition.csdef');
  const c = path.join(work, 'ServiceConfiguration.Cloud.cscfg');
  fs.writeFileSync(d, multiRoleCsdef({ eol: '\r\n', bom: true }));
  fs.writeFileSync(c, multiRoleCscfg('4', 'ABCDEF0123456789ABCDEF0123456789ABCDEF01'));
  return { work, d, c };
}

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (p: string) => {
    for (const e of fs.readdirSync(p, { withFileTypes: true })) {
      const f = path.join(p, e.name);
      if (e.isDirectory()) walk(f);
      else out[path.relative(root, f)] = fs.readFileSync(f).toString('base64');
    }
  };
  walk(root);
  return out;
}

describe('patch through the engine', () => {
  it('refuses a hostname carrying PowerShell before any file is written', async () => {
    const { work, d, c } = pkg();
    const snap = snapshot(work);
    const values: Record<string, string> = {
      command: 'patch',
      sites: `www.test1.com";Remove-Item C:\\ -Recurse;" = ${path.join(dir, 'x.pfx')}`,
      'service-definition': d,
      'service-configuration': c,
      'startup-dir': path.join(work, 'startup', 'sni-ready'),
    };
    let error: unknown;
    try {
      const inputs = parseInputs((n) => values[n] ?? '', {}, work);
      await runCommand(inputs, quietLog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('input-invalid');
    expect(snapshot(work)).toEqual(snap);
    expect(fs.existsSync(path.join(work, 'startup'))).toBe(false);
  });

  it('P7B + key and an AES PFX get upload-ready 3DES PFX files with the full chain; a second run changes nothing', async () => {
    const certs = tempDir('sni-e2e-certs-');
    const p7 = p7b(certs, 'www2', [pki.leaves.www2!.cert, pki.intermediate.cert]);
    const aes = pfx(certs, 'www1', pki.leaves.www1!, [pki.intermediate.cert], 'pw', 'aes');
    const { work, d, c } = pkg();
    const values: Record<string, string> = {
      command: 'patch',
      sites: `www.test1.com = ${aes}\nwww.test2.com = ${p7} key=${pki.leaves.www2!.key}`,
      password: 'pw',
      'service-definition': d,
      'service-configuration': c,
      trust: pki.root.cert,
    };
    const inputs = parseInputs((n) => values[n] ?? '', {}, work);
    const report = await runCommand(inputs, quietLog);
    expect(report.config?.changed).toBe(true);
    expect(report.findings.filter((f) => f.rule.startsWith('config-'))).toEqual([]);
    const up1 = path.join(certs, 'www1.upload.pfx');
    const up2 = path.join(certs, 'www2.upload.pfx');
    expect(report.config?.written).toEqual(expect.arrayContaining([up1, up2]));
    expect(report.notes?.join('\n')).toContain(up2);
    for (const [file, leaf] of [
      [up1, pki.leaves.www1!.cert],
      [up2, pki.leaves.www2!.cert],
    ] as const) {
      const infoText = spawnSync('openssl', ['pkcs12', '-in', file, '-info', '-noout', '-passin', 'env:PW'], { env: { ...process.env, PW: 'pw' } });
      expect(infoText.stderr.toString() + infoText.stdout.toString()).toMatch(/3-KeyTripleDES/);
      const listing = openssl(['pkcs12', '-in', file, '-nokeys', '-passin', 'env:PW', '-legacy'], { env: { PW: 'pw' } });
      expect(listing).toContain('sni-ready Test Intermediate');
      const certsOut = path.join(certs, path.basename(file) + '.pem');
      fs.writeFileSync(certsOut, listing.slice(listing.indexOf('-----BEGIN')));
      expect(sha1(certsOut)).toBe(sha1(leaf));
    }
    const cfg = fs.readFileSync(c, 'utf8');
    expect(cfg).toContain(sha1(pki.leaves.www1!.cert));
    expect(cfg).toContain(sha1(pki.leaves.www2!.cert));
    expect(cfg).toContain(sha1(pki.intermediate.cert));

    const snapWork = snapshot(work);
    const snapCerts = snapshot(certs);
    const again = await runCommand(
      parseInputs((n) => values[n] ?? '', {}, work),
      quietLog,
    );
    expect(again.config?.changed).toBe(false);
    expect(snapshot(work)).toEqual(snapWork);
    expect(snapshot(certs)).toEqual(snapCerts);
  });
});
