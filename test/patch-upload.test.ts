// After patch has written the 3DES upload-ready copy of an AES PFX, the AES file no longer
// blocks the step (the copy is what gets uploaded); a dry run still blocks.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/engine.js';
import { parseInputs } from '../src/inputs.js';
import { makePki, pfx, tempDir } from './helpers/pki.js';

const csdef = `<?xml version="1.0" encoding="utf-8"?>
<ServiceDefinition name="S" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">
  <WebRole name="WebRole1" vmsize="Small">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Endpoint1" endpointName="Endpoint1" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
      <InputEndpoint name="Endpoint1" protocol="http" port="80" />
    </Endpoints>
  </WebRole>
</ServiceDefinition>
`;
const cscfg = `<?xml version="1.0" encoding="utf-8"?>
<ServiceConfiguration serviceName="S" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="5" osVersion="*">
  <Role name="WebRole1">
    <Instances count="1" />
  </Role>
</ServiceConfiguration>
`;

describe('patch and pfx-legacy-windows', () => {
  it('downgrades to a warning naming the upload-ready file once patch wrote it', async () => {
    const dir = tempDir();
    const pki = makePki(dir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] } });
    const file = pfx(dir, 'a', pki.leaves.a!, [pki.intermediate.cert], 'pw-123456', 'aes');
    fs.writeFileSync(path.join(dir, 'ServiceDefinition.csdef'), csdef);
    fs.writeFileSync(path.join(dir, 'ServiceConfiguration.Cloud.cscfg'), cscfg);
    const values = (dryRun: string): Record<string, string> => ({
      command: 'patch',
      sites: `www.test1.com = ${file}`,
      password: 'pw-123456',
      trust: pki.root.cert,
      'service-definition': 'ServiceDefinition.csdef',
      'service-configuration': 'ServiceConfiguration.Cloud.cscfg',
      'dry-run': dryRun,
    });
    const log = { info: () => {}, warn: () => {} };
    const dry = await runCommand(
      parseInputs((n) => values('true')[n] ?? '', {}, dir),
      log,
    );
    expect(dry.findings.find((f) => f.rule === 'pfx-legacy-windows')?.severity).toBe('error');
    const real = await runCommand(
      parseInputs((n) => values('false')[n] ?? '', {}, dir),
      log,
    );
    const f = real.findings.find((x) => x.rule === 'pfx-legacy-windows');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('a.upload.pfx');
    expect(fs.existsSync(path.join(dir, 'a.upload.pfx'))).toBe(true);
    expect(real.findings.filter((x) => x.severity === 'error')).toEqual([]);
    const again = await runCommand(
      parseInputs((n) => values('false')[n] ?? '', {}, dir),
      log,
    );
    expect(again.findings.find((x) => x.rule === 'pfx-legacy-windows')?.severity).toBe('warning');
    expect(again.config?.changed).toBe(false);
  });
});
