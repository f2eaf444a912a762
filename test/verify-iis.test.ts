// server: iis cannot run here (no Windows); these tests prove what can be proven on Linux: the
// PowerShell parses, takes every value from the data file or the environment, the data file and
// certificates are what the scripts expect, and a malicious hostname never reaches any of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash, X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makePki, openssl, sha1, tempDir, type Pki } from './helpers/pki.js';
import { parsePowerShell } from './helpers/powershell.js';
import { recordingLog, twoSites, verifyInputs } from './helpers/verify.js';
import { FABRIC_APP_ID, patchedHttpsHostHeaders, powershellArgs, prepareIisRun, runIisVerify, type IisPrepared } from '../src/verify/iis.js';
import { planBindings } from '../src/verify/plan.js';
import { parseSites } from '../src/inputs.js';
import { InputError, type LoadedSite } from '../src/types.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const VERIFY_PS = path.join(ROOT, 'src', 'powershell', 'verify');
const scripts = fs.readdirSync(VERIFY_PS).filter((f) => f.endsWith('.ps1'));

let pki: Pki;
let sites: LoadedSite[];

beforeAll(() => {
  pki = makePki(tempDir(), { a: { cn: 'www.test1.com', dns: ['www.test1.com'] }, b: { cn: 'www.test2.com', dns: ['www.test2.com'] } });
  sites = twoSites(pki);
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('IIS verify scripts', () => {
  it('ships setup, cleanup and their common helpers', () => {
    expect(scripts.sort()).toEqual(['iis-cleanup.ps1', 'iis-common.ps1', 'iis-setup.ps1']);
  });

  it.each(scripts)('%s parses under the PowerShell grammar', async (name) => {
    const result = await parsePowerShell(fs.readFileSync(path.join(VERIFY_PS, name), 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the grammar check itself rejects a broken script', async () => {
    const broken = fs
      .readFileSync(path.join(VERIFY_PS, 'iis-setup.ps1'), 'utf8')
      .replace('foreach ($c in @($data.certificates)) {', 'foreach ($c in @($data.certificates) {');
    expect((await parsePowerShell(broken)).ok).toBe(false);
  });

  it.each(scripts)('%s builds no code from data and holds no host, thumbprint or password', (name) => {
    const text = fs.readFileSync(path.join(VERIFY_PS, name), 'utf8');
    expect(text).not.toMatch(/Invoke-Expression|\biex\b|\[scriptblock\]::Create|NewScriptBlock|Add-Type\s+-TypeDefinition/i);
    expect(text).not.toMatch(/test1|test2|[0-9A-F]{40}/);
    expect(text).not.toMatch(/-Password\s+['"]/); // passwords only as SecureString from the environment
    if (name !== 'iis-common.ps1') expect(text).toMatch(/param\(\[Parameter\(Mandatory = \$true\)\]\[string\]\$DataFile\)/);
  });

  it('reads PFX passwords from the environment into a SecureString, and validates values before use', () => {
    const setup = fs.readFileSync(path.join(VERIFY_PS, 'iis-setup.ps1'), 'utf8');
    expect(setup).toContain('[Environment]::GetEnvironmentVariable($variable)');
    expect(setup).toContain('ConvertTo-SecureString -String $plain -AsPlainText -Force');
    expect(setup).toMatch(/Import-PfxCertificate -FilePath \$pfx -CertStoreLocation 'Cert:\\LocalMachine\\My' -Password \$secure/);
    expect(setup).toMatch(/Install-WindowsFeature -Name Web-Server -IncludeManagementTools/);
    expect(setup).toContain(
      "Enable-WindowsOptionalFeature -Online -FeatureName @('IIS-WebServerRole', 'IIS-WebServer', 'IIS-ManagementScriptingTools') -All -NoRestart",
    );
    expect(setup).toContain("@('http', 'add', 'sslcert', $key, \"certhash=$fabricThumbprint\", \"appid=$appId\", 'certstorename=MY')");
    for (const v of ['Assert-SiteName $data.siteName', 'Assert-IPv4 $data.address', 'Assert-Thumbprint $c.thumbprint', 'Assert-EnvName $c.passwordEnv'])
      expect(setup).toContain(v);
  });

  it('passes only the script and the data file on the command line', () => {
    expect(powershellArgs('C:\\x\\iis-setup.ps1', 'C:\\t\\verify-iis.json')).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-File',
      'C:\\x\\iis-setup.ps1',
      '-DataFile',
      'C:\\t\\verify-iis.json',
    ]);
  });
});

describe('prepareIisRun (the files the IIS run hands to PowerShell)', () => {
  let dir: string;
  let prepared: IisPrepared;
  let csdefBefore: string;
  const csdef = path.join(ROOT, 'examples', 'service', 'ServiceDefinition.csdef');
  const cscfg = path.join(ROOT, 'examples', 'service', 'ServiceConfiguration.Cloud.cscfg');

  beforeAll(async () => {
    dir = tempDir('sni-ready-iis-test-');
    csdefBefore = sha256(csdef);
    const inputs = verifyInputs({ server: 'iis', serviceDefinition: csdef, serviceConfigurations: [cscfg] });
    const p = await prepareIisRun(inputs, sites, planBindings(inputs, sites), dir, recordingLog());
    if (!('dataFile' in p)) throw new Error(`prepareIisRun stopped: ${JSON.stringify(p.findings)}`);
    prepared = p;
  });

  it('names the fabric site and instance as Azure does, from the patched example package', () => {
    expect(prepared.instanceId).toBe('WebRole1_IN_0');
    expect(prepared.data.siteName).toBe('WebRole1_IN_0_Web');
    expect(prepared.startupEnv).toEqual({ SniReadyRoleInstanceId: 'WebRole1_IN_0', SniReadyEmulated: 'false', SniReadyEndpointAddress: prepared.data.address });
    expect(prepared.data.hosts).toEqual(['www.test1.com', 'www.test2.com']);
    // the example's site binds only http; patch adds the HTTPS endpoint without a site binding
    expect(prepared.data.httpsHostHeaders).toEqual([]);
    expect(prepared.data.appId).toBe(FABRIC_APP_ID);
    expect(prepared.data.fabricThumbprint).toBe(sha1(pki.leaves.a!.cert));
    expect(sha256(csdef)).toBe(csdefBefore); // the user's package is never touched
    expect(fs.readdirSync(pki.dir).filter((f) => f.endsWith('.upload.pfx'))).toEqual([]); // nor the certificates' folder
  });

  it('runs the startup task that patch generated, byte for byte the shipped script, with its data file', () => {
    expect(path.basename(prepared.startupCmd)).toBe('sni-bindings.cmd');
    expect(path.basename(path.dirname(path.dirname(prepared.startupCmd)))).toBe('bin'); // approot\bin\sni-ready\
    const startupDir = path.dirname(prepared.startupCmd);
    expect(sha256(path.join(startupDir, 'sni-bindings.ps1'))).toBe(sha256(path.join(ROOT, 'src', 'powershell', 'startup', 'sni-bindings.ps1')));
    const data = JSON.parse(fs.readFileSync(path.join(startupDir, 'sni-bindings.json'), 'utf8'));
    expect(data.bindings.map((b: { host: string; thumbprint: string }) => [b.host, b.thumbprint])).toEqual([
      ['www.test1.com', sha1(pki.leaves.a!.cert)],
      ['www.test2.com', sha1(pki.leaves.b!.cert)],
    ]);
  });

  it('writes one leaf-only PFX per certificate that opens with the password from its variable, and the intermediate as .cer', () => {
    expect(prepared.data.certificates.map((c) => c.thumbprint)).toEqual([sha1(pki.leaves.a!.cert), sha1(pki.leaves.b!.cert)]);
    for (const c of prepared.data.certificates) {
      expect(c.passwordEnv).toMatch(/^SNI_READY_VERIFY_[A-Z0-9_]+$/);
      const pem = openssl(['pkcs12', '-in', c.pfx, '-passin', 'env:PW', '-nokeys'], { env: { PW: prepared.secrets[c.passwordEnv]! } });
      const certs = pem.match(/-----BEGIN CERTIFICATE-----/g) ?? [];
      expect(certs.length).toBe(1);
      expect(new X509Certificate(pem.slice(pem.indexOf('-----BEGIN'))).fingerprint.replace(/:/g, '')).toBe(c.thumbprint);
      expect(openssl(['pkcs12', '-in', c.pfx, '-passin', 'env:PW', '-nocerts', '-nodes'], { env: { PW: prepared.secrets[c.passwordEnv]! } })).toMatch(
        /PRIVATE KEY/,
      );
    }
    expect(prepared.data.intermediates.map((i) => i.thumbprint)).toEqual([sha1(pki.intermediate.cert)]);
    expect(new X509Certificate(fs.readFileSync(prepared.data.intermediates[0]!.file)).subject).toBe('CN=sni-ready Test Intermediate');
    expect(prepared.data.roots.map((r) => r.thumbprint)).toEqual([sha1(pki.root.cert)]);
    expect(new X509Certificate(fs.readFileSync(prepared.data.roots[0]!.file)).subject).toBe('CN=sni-ready Test Root');
  });

  it('keeps passwords out of the data file and every file private (0600)', () => {
    const text = fs.readFileSync(prepared.dataFile, 'utf8');
    for (const pw of Object.values(prepared.secrets)) expect(text).not.toContain(pw);
    for (const f of [
      prepared.dataFile,
      ...prepared.data.certificates.map((c) => c.pfx),
      ...prepared.data.intermediates.map((i) => i.file),
      ...prepared.data.roots.map((r) => r.file),
    ]) {
      expect((fs.statSync(f).mode & 0o777).toString(8)).toBe('600');
    }
    expect(prepared.data.stateFile.startsWith(dir)).toBe(true);
    expect(prepared.data.physicalPath.startsWith(dir)).toBe(true);
  });

  it('generates a minimal one-role package when no service definition is given', async () => {
    const inputs = verifyInputs({ server: 'iis' });
    const p = await prepareIisRun(inputs, sites, planBindings(inputs, sites), tempDir(), recordingLog());
    expect('dataFile' in p && p.data.siteName).toBe('WebRole1_IN_0_Web');
  });
});

describe('a malicious hostname never reaches a script', () => {
  const evil = [
    "www.test1.com';Remove-Item -Recurse C:\\;'",
    'www.test1.com"; & calc.exe; "',
    'www.test1.com$(Start-Process calc)',
    'www.test1.com`nStop-Computer',
    'www.test1.com;include /etc/passwd',
  ];
  it.each(evil)('%s is refused by the sites parser as input-invalid', (host) => {
    expect(() => parseSites(`${host} = ${pki.leaves.a!.cert}`, '', {}, ROOT)).toThrow(InputError);
    expect(() => parseSites(`${host} = ${pki.leaves.a!.cert}`, '', {}, ROOT)).toThrow(/input-invalid/);
  });

  it('the data file carries hosts only as JSON strings, and the startup and verify scripts validate them again', async () => {
    const inputs = verifyInputs({ server: 'iis' });
    const p = await prepareIisRun(inputs, sites, planBindings(inputs, sites), tempDir(), recordingLog());
    if (!('dataFile' in p)) throw new Error('not prepared');
    expect(JSON.parse(fs.readFileSync(p.dataFile, 'utf8')).hosts).toEqual(['www.test1.com', 'www.test2.com']);
    const common = fs.readFileSync(path.join(VERIFY_PS, 'iis-common.ps1'), 'utf8');
    expect(common).toContain(
      "function Assert-HostName([string]$Value) { return (Assert-Match $Value '^(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?\\z' 'host name') }",
    );
  });
});

describe('validation patterns in the IIS verify scripts', () => {
  it("end with \\z, not $ (in .NET, $ also matches before a final newline: 'www.test1.com\\n' would pass)", () => {
    const patterns: string[] = [];
    for (const name of fs.readdirSync(VERIFY_PS).filter((n) => n.endsWith('.ps1'))) {
      const text = fs.readFileSync(path.join(VERIFY_PS, name), 'utf8');
      for (const m of text.matchAll(/(?:-c?(?:not)?match|Assert-Match \$Value) '(\^[^']*)'/g)) patterns.push(m[1]!);
    }
    expect(patterns.length).toBeGreaterThanOrEqual(6);
    expect(patterns.filter((p) => !p.endsWith('\\z'))).toEqual([]);
  });
});

describe('Test-SslMapping reads `netsh http show sslcert <key>` in any language', () => {
  const common = fs.readFileSync(path.join(VERIFY_PS, 'iis-common.ps1'), 'utf8');
  // netsh's answer for one key, as Out-String returns it (CRLF lines); the labels are translated
  const hash = '5c3e8f2a4b6d8e0f1a2b3c4d5e6f708192a3b4c5';
  const english = `\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n    IP:port                      : 0.0.0.0:443\r\n    Certificate Hash             : ${hash}\r\n    Application ID               : {4dc3e181-e14b-4a21-b022-59fc669b0914}\r\n    Certificate Store Name       : MY\r\n\r\n`;
  const german = `\r\nSSL-Zertifikatbindungen:\r\n-------------------------\r\n\r\n    Hostname:Port                : www.example.com:443\r\n    Zertifikathash               : ${hash}\r\n    Anwendungs-ID                : {4dc3e181-e14b-4a21-b022-59fc669b0914}\r\n    Zertifikatspeichername       : My\r\n\r\n`;
  const none = `\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n\r\n`;

  it('judges by a 40-hex-digit value, not by the English label "certificate hash"', () => {
    expect(common).not.toMatch(/-c?match '[^']*certificate hash/i);
    const m = /^\$SslMappingHashPattern = '\(\?m\)([^']*)'$/m.exec(common);
    expect(m).not.toBeNull();
    expect(common).toContain('$out -match $SslMappingHashPattern');
    const re = new RegExp(m![1]!, 'm');
    expect(re.test(english)).toBe(true);
    expect(re.test(german)).toBe(true);
    expect(re.test(none)).toBe(false);
    expect(re.test(english.replace(hash, hash.slice(1)))).toBe(false); // 39 digits is no hash
    expect(re.test(german.replace(hash, '(null)'))).toBe(false);
  });
});

describe('runIisVerify off Windows', () => {
  it.skipIf(process.platform === 'win32')('is an input error with one clear sentence', async () => {
    const inputs = verifyInputs({ server: 'iis' });
    await expect(runIisVerify(inputs, sites, planBindings(inputs, sites), recordingLog())).rejects.toThrow(/server 'iis' needs Windows/);
  });
});

describe('the fabric state verify reproduces is the patched one (patchedHttpsHostHeaders)', () => {
  it("lists the host headers of the site's bindings to the HTTPS :443 endpoint, '' for a host-less one", () => {
    const file = path.join(tempDir('sni-iis-hh-'), 'ServiceDefinition.csdef');
    fs.writeFileSync(
      file,
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<ServiceDefinition name="S" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">',
        '  <WebRole name="WebRole1" vmsize="Standard_D1_v2">',
        '    <Sites><Site name="Web"><Bindings>',
        '      <Binding name="Http" endpointName="HttpIn" />',
        '      <Binding name="S1" endpointName="HttpsIn" hostHeader="WWW.test1.com" />',
        '      <Binding name="S0" endpointName="HttpsIn" />',
        '      <Binding name="Bad" endpointName="HttpsIn" hostHeader="x;y" />',
        '    </Bindings></Site></Sites>',
        '    <Endpoints><InputEndpoint name="HttpIn" protocol="http" port="80" /><InputEndpoint name="HttpsIn" protocol="https" port="443" certificate="C" /></Endpoints>',
        '  </WebRole>',
        '</ServiceDefinition>',
        '',
      ].join('\n'),
    );
    expect(patchedHttpsHostHeaders(file, 'WebRole1', 'Web')).toEqual(['www.test1.com', '']);
    expect(patchedHttpsHostHeaders(file, 'WebRole1', 'Other')).toEqual([]);
  });
});
