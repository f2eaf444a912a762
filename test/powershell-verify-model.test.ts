// The IIS verify scripts' HTTP.sys part under pwsh against the Windows model: iis-setup.ps1 records
// the 0.0.0.0:443 mapping it finds (Get-SslMappingRecord, in any language netsh writes), and
// iis-cleanup.ps1 puts it back after the startup task replaced it with its fallback certificate.
// (The IIS and certificate-import steps of iis-setup.ps1 need WebAdministration and the PKI module,
// which the model does not have; the windows workflow runs them on real IIS.)
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makePki, tempDir, type Pki } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';
import { buildIisModel, WindowsMachine } from './windows-model/model.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VERIFY_PS = path.join(ROOT, 'src', 'powershell', 'verify');
const pwsh = needTool('pwsh', 'the IIS verify scripts under pwsh against the Windows model');
const dotnet = pwsh ? needTool('dotnet', 'the IIS verify scripts under pwsh against the Windows model') : undefined;

const OWNER_APP_ID = '{6a1e0f3c-1b2d-4c5e-8f90-a1b2c3d4e5f6}';
const SNI_READY_APP_ID = '{5d0f2a4e-8c1b-4f63-9b7e-3a6c2e1d9f40}';

let pki: Pki;
let iisModel: string;
const machines: WindowsMachine[] = [];

describe.skipIf(!pwsh || !dotnet)('iis-setup / iis-cleanup and the 0.0.0.0:443 mapping found before the run', () => {
  beforeAll(() => {
    iisModel = buildIisModel(dotnet!);
    pki = makePki(tempDir(), { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, o: { cn: 'owner.example', dns: ['owner.example'] } });
  });
  afterEach(() => {
    for (const m of machines.splice(0)) m.dispose();
  });

  function machine() {
    const m = new WindowsMachine(pwsh!, iisModel);
    machines.push(m);
    return { m, a: m.addCertificate(pki.leaves.a!.cert, pki.leaves.a!.key), o: m.addCertificate(pki.leaves.o!.cert, pki.leaves.o!.key) };
  }

  /** What iis-setup.ps1 records: Get-SslMappingRecord of iis-common.ps1, as JSON. */
  function record(m: WindowsMachine, lang: string): unknown {
    const script = `. (Join-Path '${VERIFY_PS}' 'iis-common.ps1'); Get-SslMappingRecord 'ipport=0.0.0.0:443' | ConvertTo-Json -Compress`;
    const r = m.pwshRun(['-Command', script], { SNI_MODEL_LANG: lang });
    expect(r.code, r.out).toBe(0);
    return r.out.trim() ? JSON.parse(r.out) : null;
  }

  function cleanup(m: WindowsMachine, before: unknown): { code: number; out: string } {
    const dir = tempDir('sni-verify-model-');
    const stateFile = path.join(dir, 'iis-state.json');
    fs.writeFileSync(
      stateFile,
      JSON.stringify({
        version: 1,
        site: null,
        importedMy: [],
        importedCa: [],
        importedRoot: [],
        mappings: ['ipport=10.0.0.4:443'],
        fallbackMappingBefore: before,
      }),
    );
    const dataFile = path.join(dir, 'verify-iis.json');
    fs.writeFileSync(dataFile, JSON.stringify({ version: 1, stateFile, hosts: ['www.test1.com'] }));
    return m.pwshRun(['-File', path.join(VERIFY_PS, 'iis-cleanup.ps1'), '-DataFile', dataFile]);
  }

  it.each(['en', 'de'])('records the mapping it finds (netsh in %s) and cleanup restores it after the startup task replaced it', (lang) => {
    const { m, a, o } = machine();
    m.setMappings([{ kind: 'ipport', key: '0.0.0.0:443', certhash: o, appid: OWNER_APP_ID, store: 'WebHosting' }]);
    const before = record(m, lang);
    expect(before).toEqual({ certhash: o, appid: OWNER_APP_ID, store: 'WebHosting' });
    // what the startup task leaves: its fallback on 0.0.0.0:443 and the host's SNI mapping
    m.setMappings([
      { kind: 'ipport', key: '0.0.0.0:443', certhash: a, appid: SNI_READY_APP_ID },
      { kind: 'hostnameport', key: 'www.test1.com:443', certhash: a, appid: SNI_READY_APP_ID },
    ]);
    const r = cleanup(m, before);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain(`restored ipport=0.0.0.0:443 -> ${o}`);
    expect(m.mappings()).toEqual([{ kind: 'ipport', key: '0.0.0.0:443', certhash: o, appid: OWNER_APP_ID, store: 'WebHosting' }]);
    expect(m.served({ address: '10.0.0.4' })).toBe(o);
  });

  it('without a mapping before the run, cleanup removes the one the startup task made', () => {
    const { m, a } = machine();
    expect(record(m, 'en')).toBeNull();
    m.setMappings([
      { kind: 'ipport', key: '0.0.0.0:443', certhash: a, appid: SNI_READY_APP_ID },
      { kind: 'hostnameport', key: 'www.test1.com:443', certhash: a, appid: SNI_READY_APP_ID },
    ]);
    const r = cleanup(m, null);
    expect(r.code, r.out).toBe(0);
    expect(m.mappings()).toEqual([]);
  });

  it('a mapping that is still the one found before is left alone', () => {
    const { m, o } = machine();
    m.setMappings([{ kind: 'ipport', key: '0.0.0.0:443', certhash: o, appid: OWNER_APP_ID, store: 'MY' }]);
    const before = record(m, 'en');
    const r = cleanup(m, before);
    expect(r.code, r.out).toBe(0);
    expect(r.out).not.toContain('restored');
    expect(m.netshLog().filter((l) => !l.startsWith('delete refused'))).toEqual([]);
  });
});
