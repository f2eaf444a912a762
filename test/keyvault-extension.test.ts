// `check` with `keyvault-extension`: the Key Vault VM extension's settings (or an ARM template that
// holds a KeyVaultForWindows extension of a VM or a scale set) linted against `sites`, each finding
// at the line of the JSON key concerned.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  keyVaultExtensionSettings,
  lintKeyVaultExtension,
  parseJsonWithLines,
  parseKeyVaultSecretUrl,
  type KeyVaultSecretRef,
} from '../src/service/keyvault.js';
import type { SiteSpec } from '../src/types.js';
import { tempDir } from './helpers/pki.js';
import { runCli } from './helpers/run-dist.js';

const V = 'https://sni-vault.vault.azure.net/secrets';

function ref(url: string): KeyVaultSecretRef {
  const r = parseKeyVaultSecretUrl(url);
  if (typeof r === 'string') throw new Error(r);
  return r;
}

function site(hosts: string[], line: number, keyvault?: string): SiteSpec {
  return { hosts, path: `/certs/${hosts[0]}.pfx`, password: '', line, ...(keyvault ? { keyVaultSecret: ref(keyvault) } : {}) };
}

const SITES = [site(['www.test1.com', 'test1.com'], 1, `${V}/test1`), site(['www.test2.com'], 2, `${V}/test2`)];

function write(text: string): string {
  const file = path.join(tempDir('sni-kv-'), 'settings.json');
  fs.writeFileSync(file, text);
  return file;
}

/** The line (1-based) of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('Key Vault secret URLs', () => {
  it('reads versionless secret URLs and says what else a URL is', () => {
    expect(ref(`${V}/test1`)).toEqual({ url: `${V}/test1`, vault: 'sni-vault', name: 'test1' });
    expect(ref('https://SNI-Vault.vault.azure.net:443/secrets/test1/')).toMatchObject({ url: `${V}/test1`, vault: 'sni-vault' });
    expect(ref(`${V}/test1/0123456789abcdef0123456789abcdef`).version).toBe('0123456789abcdef0123456789abcdef');
    expect(ref('https://sni-vault.vault.azure.net/certificates/test1').certificatesPath).toBe(true);
    expect(parseKeyVaultSecretUrl('http://sni-vault.vault.azure.net/secrets/a')).toMatch(/https/);
    expect(parseKeyVaultSecretUrl('https://sni-vault.example.com/secrets/a')).toMatch(/not a Key Vault host/);
    expect(parseKeyVaultSecretUrl('https://a.vault.azure.net/secrets/a')).toMatch(/not a Key Vault host/); // vault names have 3-24 characters
    expect(parseKeyVaultSecretUrl(`${V}/a_b`)).toMatch(/not a Key Vault name/);
    expect(parseKeyVaultSecretUrl(`${V}/a?x=1`)).toMatch(/no user, query or fragment/);
  });

  it('the settings patch writes observe each secret once, in MY / LocalMachine, hourly', () => {
    const s = keyVaultExtensionSettings([...SITES, site(['shop.test1.com'], 3, `${V}/TEST1`), site(['x.test'], 4)].map((x) => x));
    expect(s.secretsManagementSettings.pollingIntervalInS).toBe('3600');
    expect(s.secretsManagementSettings.observedCertificates.map((o) => o.url)).toEqual([`${V}/test1`, `${V}/test2`]);
    // and they pass the lint
    expect(lintKeyVaultExtension(write(JSON.stringify(s, null, 2)), SITES)).toEqual([]);
  });

  it('keeps the line of every key', () => {
    const { value, lines } = parseJsonWithLines('{\n  "a": [\n    1,\n    { "b/c": 2 }\n  ]\n}');
    expect(value).toEqual({ a: [1, { 'b/c': 2 }] });
    expect(lines.get('/a')).toBe(2);
    expect(lines.get('/a/1')).toBe(4);
    expect(lines.get('/a/1/b~1c')).toBe(4);
  });
});

describe('lint of the extension settings', () => {
  it('flags each problem at the line of its key: version, /certificates/, duplicate, store, location, polling, uncovered host', () => {
    const text = JSON.stringify(
      {
        secretsManagementSettings: {
          pollingIntervalInS: '86400',
          observedCertificates: [
            { url: `${V}/test1/0123456789abcdef0123456789abcdef`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
            { url: 'https://sni-vault.vault.azure.net/certificates/other', certificateStoreName: 'WebHosting', certificateStoreLocation: 'localmachine' },
            { url: `${V}/TEST1`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
          ],
        },
      },
      null,
      2,
    );
    const findings = lintKeyVaultExtension(write(text), SITES);
    const by = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(by('keyvault-extension-polling').map((f) => f.line)).toEqual([lineOf(text, 'pollingIntervalInS')]);
    expect(by('keyvault-extension-url').map((f) => f.message)).toEqual([
      expect.stringMatching(/pins version/),
      expect.stringMatching(/names \/certificates\//),
    ]);
    expect(by('keyvault-extension-url')[0]!.line).toBe(lineOf(text, '0123456789abcdef'));
    expect(by('keyvault-extension-duplicate').map((f) => f.line)).toEqual([lineOf(text, `${V}/TEST1`)]);
    expect(by('keyvault-extension-store').map((f) => f.line)).toEqual([lineOf(text, 'WebHosting'), lineOf(text, '"localmachine"')]);
    // www.test2.com's secret is not observed; test1's is (versioned, but observed)
    expect(by('keyvault-extension-uncovered').map((f) => f.host)).toEqual(['www.test2.com']);
    expect(by('keyvault-extension-uncovered')[0]!.line).toBe(lineOf(text, 'observedCertificates'));
    expect(findings.every((f) => f.severity === 'error' && f.file && f.fix)).toBe(true);
  });

  it('a sites line without keyvault= is not covered; polling at the bounds passes', () => {
    for (const polling of ['300', '3600']) {
      const text = JSON.stringify({
        secretsManagementSettings: {
          pollingIntervalInS: polling,
          observedCertificates: [{ url: `${V}/test1`, certificateStoreName: 'My', certificateStoreLocation: 'LocalMachine' }],
        },
      });
      const f = lintKeyVaultExtension(write(text), [SITES[0]!, site(['www.test3.com'], 3)]);
      expect(f.map((x) => `${x.rule} ${x.host ?? ''}`)).toEqual(['keyvault-extension-uncovered www.test3.com']);
      expect(f[0]!.message).toMatch(/names no keyvault= secret/);
    }
    const low = lintKeyVaultExtension(write(JSON.stringify({ secretsManagementSettings: { pollingIntervalInS: '299', observedCertificates: [] } })), []);
    expect(low.map((x) => x.rule)).toEqual(['keyvault-extension-polling']);
  });

  it('finds the extension in an ARM template (VM resource and scale set profile) and checks the image', () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { sku: { type: 'string', defaultValue: '2019-Datacenter' } },
      resources: [
        {
          type: 'Microsoft.Compute/virtualMachineScaleSets',
          apiVersion: '2024-07-01',
          name: 'web',
          properties: {
            virtualMachineProfile: {
              storageProfile: {
                imageReference: { publisher: 'MicrosoftWindowsServer', offer: 'WindowsServer', sku: "[parameters('sku')]", version: 'latest' },
              },
              extensionProfile: {
                extensions: [
                  {
                    name: 'KeyVaultForWindows',
                    properties: {
                      publisher: 'Microsoft.Azure.KeyVault',
                      type: 'KeyVaultForWindows',
                      typeHandlerVersion: '4.0',
                      settings: {
                        secretsManagementSettings: {
                          pollingIntervalInS: '3600',
                          observedCertificates: [{ url: `${V}/test1`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' }],
                        },
                      },
                    },
                  },
                ],
              },
            },
          },
        },
        {
          type: 'Microsoft.Compute/virtualMachines/extensions',
          apiVersion: '2024-07-01',
          name: 'vm1/KeyVaultForWindows',
          properties: {
            publisher: 'Microsoft.Azure.KeyVault',
            type: 'KeyVaultForWindows',
            typeHandlerVersion: '4.0',
            settings: {
              secretsManagementSettings: {
                pollingIntervalInS: '3600',
                observedCertificates: [
                  { url: `${V}/test1`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
                  { url: `${V}/test2`, certificateStoreName: 'MY', certificateStoreLocation: 'LocalMachine' },
                ],
              },
            },
          },
        },
        {
          type: 'Microsoft.Compute/virtualMachines',
          name: 'vm1',
          properties: { storageProfile: { imageReference: { offer: 'WindowsServer', sku: '2022-datacenter-azure-edition' } } },
        },
      ],
    };
    const text = JSON.stringify(template, null, 2);
    const f = lintKeyVaultExtension(write(text), SITES);
    // the scale set's extension misses test2; the VM's covers both; the scale set's image (through the parameter) is 2019
    expect(f.map((x) => `${x.rule} ${x.host ?? ''}`)).toEqual(['keyvault-extension-uncovered www.test2.com', 'keyvault-extension-os ']);
    expect(f[1]!.message).toMatch(/Windows Server 2019/);
    expect(f[1]!.line).toBe(lineOf(text, '"sku": "[parameters'));
  });

  it('a file that is not JSON, or holds no extension, is one finding', () => {
    const bad = lintKeyVaultExtension(write('{\n  "a": 1,\n  oops\n}'), SITES);
    expect(bad.map((x) => [x.rule, x.line])).toEqual([['keyvault-extension-unreadable', 3]]);
    expect(lintKeyVaultExtension(write('{ "resources": [] }'), SITES).map((x) => x.rule)).toEqual(['keyvault-extension-unreadable']);
    expect(lintKeyVaultExtension('/nonexistent/kv.json', SITES)[0]!.message).toMatch(/does not exist/);
  });
});

describe('check --keyvault-extension (node dist/cli/index.js)', () => {
  it('reports the findings with file and line and fails the run', () => {
    const text = JSON.stringify(
      {
        secretsManagementSettings: {
          pollingIntervalInS: '60',
          observedCertificates: [{ url: `${V}/test1`, certificateStoreName: 'MY', certificateStoreLocation: 'CurrentUser' }],
        },
      },
      null,
      2,
    );
    const file = write(text);
    // the certificate file does not exist: that is a finding of its own, beside the extension's
    const r = runCli(['check', '--sites', `www.test1.com = /nonexistent/test1.pfx keyvault=${V}/test1`, '--keyvault-extension', file, '--json']);
    expect(r.status, r.stderr).toBe(1);
    const kv = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule.startsWith('keyvault-extension-'));
    expect(kv.map((f: { rule: string; line: number }) => [f.rule, f.line])).toEqual([
      ['keyvault-extension-polling', lineOf(text, 'pollingIntervalInS')],
      ['keyvault-extension-store', lineOf(text, 'CurrentUser')],
    ]);
    expect(kv.every((f: { file: string }) => f.file === file)).toBe(true);
  });

  it('keyvault-extension is for check only', () => {
    const r = runCli(['scan', '--endpoints', 'www.test1.com', '--keyvault-extension', 'x.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--keyvault-extension is for check only/);
  });
});
