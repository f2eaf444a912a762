// `sites` lines that name a Key Vault certificate, read by the real Azure SDK (through
// `node dist/index.js`) from a stand-in Key Vault and identity platform on loopback
// (test/helpers/keyvault-standin.mjs, a child process): HTTPS with a test root handed to Node by
// NODE_EXTRA_CA_CERTS, the SDK's REST paths and api-version, the 401 bearer challenge, versions,
// disabled versions, a plain secret, RBAC and access-policy 403s, and a vault that cannot be
// reached. The credential is DefaultAzureCredential's environment credential (a client secret)
// pointed at the stand-in by AZURE_AUTHORITY_HOST; nothing reaches Azure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue, makePki, openssl, pfx, sha1, tempDir, type Issued } from './helpers/pki.js';
import { ROOT, runAction, runCli, type ActionRun } from './helpers/run-dist.js';
import { bareCscfg, bareCsdef } from './helpers/service.js';

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const APP_ID = CLIENT_ID;
const OBJECT_ID = '99999999-8888-7777-6666-555555555555';
const SECRET = 'stand-in-client-secret';

const dir = tempDir('sni-ready-kv-');
let standin: ChildProcess;
let port = 0;
let deadPort = 0;
let logFile = '';
let root = '';
const thumbs: Record<string, string> = {};

function pfxBase64(name: string, leaf: Issued, chain: string[]): string {
  return fs.readFileSync(pfx(dir, name, leaf, chain, '', 'legacy')).toString('base64');
}

function cer(file: string): { cer: string; x5t: string } {
  const der = new X509Certificate(fs.readFileSync(file)).raw;
  return { cer: der.toString('base64'), x5t: createHash('sha1').update(der).digest('base64url') };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

beforeAll(async () => {
  const pki = makePki(dir, {
    current: { cn: 'www.test1.com', dns: ['www.test1.com'] },
    older: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 20 },
    newer: { cn: 'www.test2.com', dns: ['www.test2.com'], days: 300 },
    pinned: { cn: 'www.test3.com', dns: ['www.test3.com'] },
    pem: { cn: 'www.test7.com', dns: ['www.test7.com'] },
    wronghost: { cn: 'other.example.com', dns: ['other.example.com'] },
  });
  root = pki.root.cert;
  const tls = issue(dir, 'standin-tls', { cn: '127.0.0.1', dns: ['localhost'], ip: ['127.0.0.1'] }, pki.intermediate);
  fs.writeFileSync(path.join(dir, 'extra-ca.pem'), fs.readFileSync(pki.root.cert));
  fs.writeFileSync(path.join(dir, 'standin-tls-chain.pem'), fs.readFileSync(tls.cert, 'utf8') + fs.readFileSync(pki.intermediate.cert, 'utf8'));
  const chain = [pki.intermediate.cert];
  for (const [k, v] of Object.entries(pki.leaves)) thumbs[k] = sha1(v.cert);
  thumbs.intermediate = sha1(pki.intermediate.cert);
  const day = 86_400_000;
  const config = {
    cert: path.join(dir, 'standin-tls-chain.pem'),
    key: tls.key,
    tenant: TENANT,
    clientId: CLIENT_ID,
    clientSecret: SECRET,
    appId: APP_ID,
    objectId: OBJECT_ID,
    certificates: {
      site1: [
        {
          version: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
          created: new Date(Date.now() - day),
          value: pfxBase64('current', pki.leaves.current!, chain),
          ...cer(pki.leaves.current!.cert),
        },
      ],
      // the latest version is disabled: the older, enabled one is checked (and expires in 20 days)
      site2: [
        {
          version: '00000000000000000000000000000001',
          created: new Date(Date.now() - 3 * day),
          value: pfxBase64('older', pki.leaves.older!, chain),
          ...cer(pki.leaves.older!.cert),
        },
        {
          version: '00000000000000000000000000000002',
          enabled: false,
          created: new Date(Date.now() - day),
          value: pfxBase64('newer', pki.leaves.newer!, chain),
          ...cer(pki.leaves.newer!.cert),
        },
      ],
      site3: [
        { version: 'dddd0000000000000000000000000001', enabled: false, value: pfxBase64('pinned', pki.leaves.pinned!, chain), ...cer(pki.leaves.pinned!.cert) },
        { version: 'dddd0000000000000000000000000002', value: pfxBase64('pinned2', pki.leaves.pinned!, chain), ...cer(pki.leaves.pinned!.cert) },
      ],
      pemcert: [
        {
          version: 'eeee0000000000000000000000000001',
          contentType: 'application/x-pem-file',
          value: [pki.leaves.pem!.key, pki.leaves.pem!.cert, pki.intermediate.cert].map((f) => fs.readFileSync(f, 'utf8')).join(''),
          ...cer(pki.leaves.pem!.cert),
        },
      ],
      wronghost: [
        { version: 'ffff0000000000000000000000000001', value: pfxBase64('wronghost', pki.leaves.wronghost!, chain), ...cer(pki.leaves.wronghost!.cert) },
      ],
    },
    secrets: {
      plain: [{ version: 'bbbb0000000000000000000000000001', contentType: 'text/plain', value: 'Server=db;Password=not-a-certificate' }],
      intermediate: [
        { version: 'cccc0000000000000000000000000001', contentType: 'application/x-pem-file', value: fs.readFileSync(pki.intermediate.cert, 'utf8') },
      ],
    },
    forbidden: { rbac: 'rbac', policy: 'policy' },
  };
  const configFile = path.join(dir, 'standin.json');
  fs.writeFileSync(configFile, JSON.stringify(config));
  logFile = configFile.replace(/\.json$/, '.log');
  standin = spawn(process.execPath, [path.join(import.meta.dirname, 'helpers', 'keyvault-standin.mjs'), configFile], { stdio: ['pipe', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    standin.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    standin.on('exit', (code) => reject(new Error(`stand-in exited ${code}`)));
  });
  deadPort = await freePort();
}, 60_000);

afterAll(() => {
  standin?.stdin?.end();
  standin?.kill();
});

function kvEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    SNI_READY_KEYVAULT_LOOPBACK: '1',
    NODE_EXTRA_CA_CERTS: path.join(dir, 'extra-ca.pem'),
    AZURE_TENANT_ID: TENANT,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_CLIENT_SECRET: SECRET,
    AZURE_AUTHORITY_HOST: `https://127.0.0.1:${port}`,
    // nothing of the developer's own sign-in may be used
    AZURE_CONFIG_DIR: path.join(dir, 'no-az-cli'),
    IDENTITY_ENDPOINT: '',
    MSI_ENDPOINT: '',
    ...extra,
  };
}

const vault = () => `https://127.0.0.1:${port}`;

function requests(): { method?: string; path?: string; apiVersion?: string; authorized?: boolean; token?: boolean }[] {
  return fs.existsSync(logFile)
    ? fs
        .readFileSync(logFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
}

describe('keyvault: sites lines through node dist/index.js', () => {
  let run: ActionRun;
  beforeAll(() => {
    fs.rmSync(logFile, { force: true });
    run = runAction(
      {
        command: 'check',
        sites: [
          `www.test1.com = keyvault:${vault()}/certificates/site1`,
          `www.test2.com = keyvault:${vault()}/certificates/site2`,
          `www.test3.com = keyvault:${vault()}/certificates/site3/dddd0000000000000000000000000001`,
          `www.test4.com = keyvault:${vault()}/certificates/rbac`,
          `www.test5.com = keyvault:${vault()}/secrets/plain`,
          `www.test6.com = keyvault:https://127.0.0.1:${deadPort}/certificates/gone`,
          `www.test7.com = keyvault:${vault()}/certificates/pemcert`,
          `www.test8.com = keyvault:${vault()}/certificates/policy`,
          `www.test9.com = keyvault:${vault()}/certificates/wronghost`,
          `www.test10.com = keyvault:${vault()}/certificates/missing`,
        ].join('\n'),
        trust: root,
        'fail-on': 'never',
        sarif: path.join(dir, 'kv.sarif'),
      },
      kvEnv(),
    );
  }, 120_000);

  it('SARIF never points at a Key Vault address as if it were a file', () => {
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'kv.sarif'), 'utf8'));
    const uris = (sarif.runs[0].results as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]).map(
      (r) => r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris.length).toBeGreaterThan(5);
    for (const uri of uris) expect(uri).not.toContain('keyvault');
  });

  const findings = (host: string) =>
    (run.report.findings as { rule: string; message: string; host?: string; file?: string; severity: string; fix?: string }[]).filter((f) => f.host === host);
  const certificate = (host: string) =>
    (run.report.certificates as { hosts: string[]; file: string; thumbprint: string; keyVault?: { version: string; name: string; vault: string } }[]).find(
      (c) => c.hosts.includes(host),
    );

  it('runs, with no stack trace and no secret in its output', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    expect(run.stdout + run.stderr + JSON.stringify(run.report) + run.summary).not.toContain(SECRET);
  });

  it('speaks the SDK protocol: 401 challenge first, then a bearer token from the authority host, at the api-version the SDK uses', () => {
    const log = requests();
    const vaultCalls = log.filter((r) => r.path);
    expect(vaultCalls.some((r) => !r.authorized)).toBe(true); // the challenge round
    expect(log.some((r) => r.token)).toBe(true);
    expect(new Set(vaultCalls.map((r) => r.apiVersion))).toEqual(new Set(['2025-07-01']));
    expect(vaultCalls.some((r) => r.authorized && r.path === '/secrets/site1/a1b2c3d4e5f60718293a4b5c6d7e8f90')).toBe(true);
  });

  it('judges the latest version like a file and names the vault, the certificate and the version checked', () => {
    const c = certificate('www.test1.com')!;
    expect(c.thumbprint).toBe(thumbs.current);
    expect(c.file).toBe(`keyvault:${vault()}/certificates/site1/a1b2c3d4e5f60718293a4b5c6d7e8f90`);
    expect(c.keyVault).toMatchObject({ vault: vault(), name: 'site1', version: 'a1b2c3d4e5f60718293a4b5c6d7e8f90' });
    expect(findings('www.test1.com').filter((f) => f.severity === 'error')).toEqual([]);
    expect(JSON.parse(run.outputs.thumbprints!)['www.test1.com']).toBe(thumbs.current);
  });

  it('reads the latest enabled version when the latest is disabled, and says so', () => {
    const c = certificate('www.test2.com')!;
    expect(c.thumbprint).toBe(thumbs.older);
    expect(c.keyVault?.version).toBe('00000000000000000000000000000001');
    const f = findings('www.test2.com');
    expect(f.find((x) => x.rule === 'keyvault-version-disabled')?.message).toContain('00000000000000000000000000000002');
    expect((run.report.certificates as { hosts: string[]; daysLeft: number }[]).find((x) => x.hosts.includes('www.test2.com'))!.daysLeft).toBeLessThan(20); // the older version's dates
  });

  it('refuses a named version that is disabled', () => {
    const f = findings('www.test3.com');
    expect(f.map((x) => x.rule)).toEqual(['keyvault-unreadable']);
    expect(f[0]!.message).toMatch(/Version dddd0000000000000000000000000001 of certificate 'site3' in vault 127\.0\.0\.1:\d+ is disabled/);
    expect(certificate('www.test3.com')).toBeUndefined();
  });

  it('turns an RBAC 403 into one sentence naming the identity, the vault and the missing role', () => {
    const f = findings('www.test4.com');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toBe('keyvault-unreadable');
    expect(f[0]!.message).toContain(`appid=${APP_ID}`);
    expect(f[0]!.message).toContain(`vault 127.0.0.1:${port}`);
    expect(f[0]!.message).toContain("'Key Vault Certificate User'");
    expect(f[0]!.message.split('\n')).toHaveLength(1);
  });

  it('turns an access-policy 403 into the permission to add', () => {
    const f = findings('www.test8.com');
    expect(f[0]!.rule).toBe('keyvault-unreadable');
    expect(f[0]!.message).toMatch(/access policies do not give it certificates get permission/);
    expect(f[0]!.fix).toMatch(/--certificate-permissions get list --secret-permissions get/);
  });

  it('says that a secret is not a certificate', () => {
    const f = findings('www.test5.com');
    expect(f.map((x) => x.rule)).toEqual(['keyvault-not-certificate']);
    expect(f[0]!.message).toContain("Secret 'plain' (version bbbb0000000000000000000000000001)");
    expect(f[0]!.message).toContain("'text/plain'");
    expect(JSON.stringify(run.report)).not.toContain('not-a-certificate');
  });

  it('a vault that cannot be reached costs only its own line', () => {
    const f = findings('www.test6.com');
    expect(f.map((x) => x.rule)).toEqual(['keyvault-unreadable']);
    expect(f[0]!.message).toMatch(/cannot be reached: the connection was refused/);
    expect(certificate('www.test7.com')).toBeDefined();
  });

  it('reads a PEM secret (application/x-pem-file) with its key and chain', () => {
    const c = certificate('www.test7.com')!;
    expect(c.thumbprint).toBe(thumbs.pem);
    expect(findings('www.test7.com').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('judges hosts exactly as for a file', () => {
    expect(findings('www.test9.com').map((f) => f.rule)).toContain('cert-host-mismatch');
  });

  it('a missing certificate says which vault lacks it', () => {
    const f = findings('www.test10.com');
    expect(f[0]!.message).toMatch(/^Vault 127\.0\.0\.1:\d+ has no certificate 'missing'\.$/);
  });
});

describe('keyvault: sign-in problems', () => {
  it('a wrong client secret is one sentence with the AADSTS reason, for each line of the vault', () => {
    const run = runAction(
      {
        command: 'check',
        sites: `www.test1.com = keyvault:${vault()}/certificates/site1\nwww.test2.com = keyvault:${vault()}/certificates/site2`,
        trust: root,
      },
      kvEnv({ AZURE_CLIENT_SECRET: 'wrong' }),
    );
    expect(run.status).toBe(1);
    const f = run.report.findings as { rule: string; message: string }[];
    expect(f.map((x) => x.rule)).toEqual(['keyvault-unreadable', 'keyvault-unreadable']);
    expect(f[0]!.message).toContain(`client id ${CLIENT_ID}`);
    expect(f[0]!.message).toContain('AADSTS7000215');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
  }, 120_000);

  it('without the test setting a loopback vault address is refused as input', () => {
    const r = runCli(['check', '--sites', `www.test1.com = keyvault:${vault()}/certificates/site1`], { SNI_READY_KEYVAULT_LOOPBACK: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('expected keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]');
  });

  it('key= and password-env= do not apply to a Key Vault line', () => {
    const r = runCli(['check', '--sites', 'www.test1.com = keyvault:https://myvault.vault.azure.net/certificates/site1 key=k.pem']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a Key Vault certificate carries its own key');
  });
});

describe('keyvault: a plain check does not load the Azure SDK', () => {
  it('a file-only check runs from a copy of dist without the chunks that hold the SDK', () => {
    const leafDir = tempDir('sni-ready-kv-plain-');
    const pki = makePki(leafDir, { a: { cn: 'www.test1.com', dns: ['www.test1.com'] } });
    const file = pfx(leafDir, 'a', pki.leaves.a!, [pki.intermediate.cert], 'pw');
    const copy = path.join(leafDir, 'dist');
    fs.cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
    const sdkChunks = fs
      .readdirSync(copy)
      .filter((f) => /\.index\.js$/.test(f) && /DefaultAzureCredential|SecretClient/.test(fs.readFileSync(path.join(copy, f), 'utf8')));
    expect(sdkChunks.length).toBeGreaterThan(0);
    for (const chunk of sdkChunks) fs.rmSync(path.join(copy, chunk));
    const args = ['check', '--sites', `www.test1.com = ${file}`, '--trust', pki.root.cert];
    const plain = spawnSync(process.execPath, [path.join(copy, 'cli', 'index.js'), ...args], {
      env: { ...process.env, SNI_READY_PASSWORD: 'pw' },
      encoding: 'utf8',
    });
    expect(plain.status, plain.stderr).toBe(0);
    // and the same copy fails on a Key Vault line, so the chunks removed were the ones it needs
    const kv = spawnSync(process.execPath, [path.join(copy, 'cli', 'index.js'), 'check', '--sites', `www.test1.com = keyvault:${vault()}/certificates/site1`], {
      env: { ...process.env, ...kvEnv() },
      encoding: 'utf8',
    });
    expect(kv.status).not.toBe(0);
    expect(openssl(['version'])).toMatch(/OpenSSL/);
  }, 60_000);
});

describe('keyvault: patch moves the template to the versions read, with the cscfg thumbprints', () => {
  it('a renewed Key Vault certificate: certificateUrl (literal or parameter) and cscfg thumbprint change together; the pair lints clean', () => {
    const work = tempDir('sni-ready-kv-patch-');
    fs.writeFileSync(path.join(work, 'ServiceDefinition.csdef'), bareCsdef());
    fs.writeFileSync(path.join(work, 'ServiceConfiguration.Cloud.cscfg'), bareCscfg('7'));
    const old = '99990000000000000000000000000000';
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { vaultUri: { type: 'string' }, sslVersion: { type: 'string' } },
      resources: [
        {
          type: 'Microsoft.Compute/cloudServices',
          apiVersion: '2022-09-04',
          name: 'cs',
          properties: {
            roleProfile: { roles: [{ name: 'WebRole1' }] },
            osProfile: {
              secrets: [
                {
                  sourceVault: { id: "[resourceId('Microsoft.KeyVault/vaults', 'standin')]" },
                  vaultCertificates: [
                    { certificateUrl: "[concat(parameters('vaultUri'), '/secrets/site1/', parameters('sslVersion'))]" },
                    { certificateUrl: `${vault()}/secrets/pemcert/${old}` },
                    { certificateUrl: `${vault()}/secrets/intermediate/cccc0000000000000000000000000001` },
                  ],
                },
              ],
            },
          },
        },
      ],
    };
    const templateText = JSON.stringify(template, null, 2) + '\n';
    fs.writeFileSync(path.join(work, 'cses.json'), templateText);
    fs.writeFileSync(
      path.join(work, 'cses.parameters.json'),
      JSON.stringify({ parameters: { vaultUri: { value: vault() }, sslVersion: { value: old } } }, null, 2) + '\n',
    );
    const run = runAction(
      {
        command: 'patch',
        sites: `www.test1.com = keyvault:${vault()}/certificates/site1\nwww.test7.com = keyvault:${vault()}/certificates/pemcert`,
        trust: root,
        'service-definition': path.join(work, 'ServiceDefinition.csdef'),
        'service-configuration': path.join(work, 'ServiceConfiguration.Cloud.cscfg'),
        template: path.join(work, 'cses.json'),
        'template-parameters': path.join(work, 'cses.parameters.json'),
      },
      kvEnv(),
      work,
    );
    const findings = run.report.findings as { rule: string; severity: string; message: string }[];
    expect(
      findings.filter((f) => f.severity === 'error'),
      run.stderr + JSON.stringify(findings),
    ).toEqual([]);
    expect(findings.filter((f) => f.rule.startsWith('template-'))).toEqual([]);
    const cscfg = fs.readFileSync(path.join(work, 'ServiceConfiguration.Cloud.cscfg'), 'utf8');
    expect(cscfg).toContain(thumbs.current);
    expect(cscfg).toContain(thumbs.pem);
    expect(cscfg).toContain(thumbs.intermediate);
    const after = fs.readFileSync(path.join(work, 'cses.json'), 'utf8');
    // the literal URL moved to the version read; nothing else in the file changed
    expect(after).toBe(templateText.replace(`${vault()}/secrets/pemcert/${old}`, `${vault()}/secrets/pemcert/eeee0000000000000000000000000001`));
    const params = JSON.parse(fs.readFileSync(path.join(work, 'cses.parameters.json'), 'utf8'));
    expect(params.parameters.sslVersion.value).toBe('a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(run.report.config.written).toEqual(expect.arrayContaining([path.join(work, 'cses.json'), path.join(work, 'cses.parameters.json')]));
    expect((run.report.notes as string[]).join('\n')).toMatch(/cses\.json line \d+: certificateUrl moves to .*pemcert\/eeee0000000000000000000000000001/);
    // and check on the patched pair agrees
    const again = runAction(
      {
        command: 'check',
        sites: `www.test1.com = keyvault:${vault()}/certificates/site1\nwww.test7.com = keyvault:${vault()}/certificates/pemcert`,
        trust: root,
        'service-definition': path.join(work, 'ServiceDefinition.csdef'),
        'service-configuration': path.join(work, 'ServiceConfiguration.Cloud.cscfg'),
        template: path.join(work, 'cses.json'),
        'template-parameters': path.join(work, 'cses.parameters.json'),
      },
      kvEnv(),
      work,
    );
    expect((again.report.findings as { rule: string }[]).filter((f) => f.rule.startsWith('template-'))).toEqual([]);
    expect((again.report.notes as string[]).join('\n')).not.toContain('Key Vault was not read');
  }, 120_000);

  it('before patch, check finds the stale template version: the cscfg thumbprint has no certificate in osProfile.secrets', () => {
    const work = tempDir('sni-ready-kv-stale-');
    fs.writeFileSync(
      path.join(work, 'c.cscfg'),
      bareCscfg('7').replace(
        '<Instances count="1" />',
        `<Instances count="1" />\n    <Certificates>\n      <Certificate name="SSL" thumbprint="${thumbs.current}" thumbprintAlgorithm="sha1" />\n    </Certificates>`,
      ),
    );
    const t = {
      resources: [
        {
          type: 'Microsoft.Compute/cloudServices',
          properties: {
            osProfile: {
              secrets: [
                {
                  sourceVault: { id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/standin' },
                  vaultCertificates: [{ certificateUrl: `${vault()}/secrets/site3/dddd0000000000000000000000000002` }],
                },
              ],
            },
          },
        },
      ],
    };
    fs.writeFileSync(path.join(work, 't.json'), JSON.stringify(t, null, 2));
    const run = runAction(
      {
        command: 'check',
        sites: `www.test1.com = keyvault:${vault()}/certificates/site1`,
        trust: root,
        'service-configuration': path.join(work, 'c.cscfg'),
        template: path.join(work, 't.json'),
      },
      kvEnv(),
      work,
    );
    const f = (run.report.findings as { rule: string; severity: string; message: string }[]).filter((x) => x.rule === 'template-thumbprint-missing');
    expect(f).toHaveLength(1);
    expect(f[0]!.severity).toBe('error'); // the template's certificate was read from Key Vault: its thumbprint is known
    expect(f[0]!.message).toContain(`Missing thumbprints: WebRole1|${thumbs.current}`);
    expect((run.report.notes as string[]).join('\n')).toContain(
      `secrets/site3/dddd0000000000000000000000000002 → ${thumbs.pinned}, read from Key Vault (version dddd0000000000000000000000000002)`,
    );
  }, 120_000);
});
