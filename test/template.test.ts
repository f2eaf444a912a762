// The Cloud Services (extended support) template linted against the cscfg, through
// `node dist/index.js`: the deployment error "Missing thumbprints: WebRole1|..." caught before
// deploy, an unversioned certificateUrl, a vault named twice, a certificateStore that is not the
// csdef's storeName, and an expression that cannot be evaluated offline. Each finding points at
// the template's line (annotations and SARIF).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePki, pfx, sha1, tempDir, type Pki } from './helpers/pki.js';
import { runAction } from './helpers/run-dist.js';

const VERSION1 = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

function csdef(): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<ServiceDefinition name="Cses" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition" schemaVersion="2015-04.2.6">',
    '  <WebRole name="WebRole1" vmsize="Standard_D1_v2">',
    '    <Endpoints>',
    '      <InputEndpoint name="HttpsIn" protocol="https" port="443" certificate="SSL" />',
    '    </Endpoints>',
    '    <Certificates>',
    '      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />',
    '      <Certificate name="Intermediate" storeLocation="LocalMachine" storeName="CA" />',
    '    </Certificates>',
    '  </WebRole>',
    '</ServiceDefinition>',
    '',
  ].join('\n');
}

function cscfg(ssl: string, intermediate: string): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<ServiceConfiguration serviceName="Cses" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="7" osVersion="*">',
    '  <Role name="WebRole1">',
    '    <Instances count="2" />',
    '    <Certificates>',
    `      <Certificate name="SSL" thumbprint="${ssl}" thumbprintAlgorithm="sha1" />`,
    `      <Certificate name="Intermediate" thumbprint="${intermediate}" thumbprintAlgorithm="sha1" />`,
    '    </Certificates>',
    '  </Role>',
    '</ServiceConfiguration>',
    '',
  ].join('\n');
}

/** A CSES template in the shape Microsoft documents (Microsoft.Compute/cloudServices, osProfile.secrets), URLs from parameters and variables. */
function template(secrets: unknown[]): string {
  const t = {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: {
      vaultName: { type: 'string' },
      sslSecretVersion: { type: 'string', defaultValue: 'ffffffffffffffffffffffffffffffff' },
      packageSasUri: { type: 'securestring' },
      configurationSasUri: { type: 'securestring' },
    },
    variables: {
      vaultId: "[resourceId('Microsoft.KeyVault/vaults', parameters('vaultName'))]",
      vaultUri: "[concat('https://', parameters('vaultName'), '.vault.azure.net')]",
    },
    resources: [
      {
        type: 'Microsoft.Compute/cloudServices',
        apiVersion: '2022-09-04',
        name: 'contoso-cs',
        location: '[resourceGroup().location]',
        properties: {
          packageUrl: "[parameters('packageSasUri')]",
          configurationUrl: "[parameters('configurationSasUri')]",
          upgradeMode: 'Auto',
          roleProfile: { roles: [{ name: 'WebRole1', sku: { name: 'Standard_D1_v2', tier: 'Standard', capacity: 2 } }] },
          osProfile: { secrets },
          networkProfile: { loadBalancerConfigurations: [] },
        },
      },
    ],
  };
  return JSON.stringify(t, null, 2) + '\n';
}

const sslUrl = { certificateUrl: "[concat(variables('vaultUri'), '/secrets/www-test1/', parameters('sslSecretVersion'))]" };

let dir = '';
let pki: Pki;
let leafFile = '';
let thumbLeaf = '';
let thumbIntermediate = '';

beforeAll(() => {
  dir = tempDir('sni-ready-template-');
  pki = makePki(dir, { leaf: { cn: 'www.test1.com', dns: ['www.test1.com'] } });
  leafFile = pfx(dir, 'www-test1', pki.leaves.leaf!, [pki.intermediate.cert], 'pw', 'legacy');
  thumbLeaf = sha1(pki.leaves.leaf!.cert);
  thumbIntermediate = sha1(pki.intermediate.cert);
  fs.writeFileSync(path.join(dir, 'ServiceDefinition.csdef'), csdef());
  fs.writeFileSync(path.join(dir, 'ServiceConfiguration.Cloud.cscfg'), cscfg(thumbLeaf, thumbIntermediate));
  fs.writeFileSync(
    path.join(dir, 'parameters.json'),
    JSON.stringify({ parameters: { vaultName: { value: 'contoso-kv' }, sslSecretVersion: { value: VERSION1 } } }, null, 2),
  );
}, 60_000);

type F = { rule: string; severity: string; message: string; file?: string; line?: number; fix?: string };

function check(name: string, secrets: unknown[], extra: Record<string, string> = {}) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, template(secrets));
  const run = runAction(
    {
      command: 'check',
      sites: `www.test1.com = ${leafFile}`,
      password: 'pw',
      trust: pki.root.cert,
      'service-definition': path.join(dir, 'ServiceDefinition.csdef'),
      'service-configuration': path.join(dir, 'ServiceConfiguration.Cloud.cscfg'),
      template: file,
      'template-parameters': path.join(dir, 'parameters.json'),
      sarif: path.join(dir, `${name}.sarif`),
      'fail-on': 'never',
      ...extra,
    },
    { AZURE_CONFIG_DIR: path.join(dir, 'no-azure-cli'), AZURE_CLIENT_ID: '', IDENTITY_ENDPOINT: '', MSI_ENDPOINT: '' },
    dir,
  );
  const text = fs.readFileSync(file, 'utf8').split('\n');
  const lineOf = (needle: string, from = 0) => text.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
  const template_ = (run.report.findings as F[]).filter((f) => f.rule.startsWith('template-'));
  return { run, findings: template_, lineOf, file, sarif: JSON.parse(fs.readFileSync(path.join(dir, `${name}.sarif`), 'utf8')) };
}

describe('template: the CSES deployment error before deploy', () => {
  it('an intermediate the cscfg declares but osProfile.secrets lacks is "Missing thumbprints: WebRole1|..." at the template line', () => {
    const { run, findings, lineOf, file, sarif } = check('missing.json', [{ sourceVault: { id: "[variables('vaultId')]" }, vaultCertificates: [sslUrl] }]);
    expect(run.status, run.stderr).toBe(0);
    expect(findings.map((f) => f.rule)).toEqual(['template-thumbprint-missing']);
    const f = findings[0]!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain(`Missing thumbprints: WebRole1|${thumbIntermediate}`);
    expect(f.message).toContain("certificate 'Intermediate' of role WebRole1");
    expect(f.message).not.toContain(thumbLeaf); // the leaf's URL was matched to the sites file www-test1.pfx
    expect(f.line).toBe(lineOf('"secrets"'));
    // the annotation and the SARIF result point at the template's line
    expect(run.stdout).toContain(`::error title=template-thumbprint-missing,file=missing.json,line=${f.line}::`);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'template-thumbprint-missing');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('missing.json');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(f.line);
    // how the leaf's URL was resolved is said
    expect((run.report.notes as string[]).join('\n')).toContain(
      `https://contoso-kv.vault.azure.net/secrets/www-test1/${VERSION1} → ${thumbLeaf}, matched by name to www-test1.pfx (line 1 of \`sites\`); Key Vault was not read`,
    );
    expect(file).toMatch(/missing\.json$/);
  }, 60_000);

  it('with both certificates in osProfile.secrets the pair is clean', () => {
    const both = [
      {
        sourceVault: { id: "[variables('vaultId')]" },
        vaultCertificates: [sslUrl, { certificateUrl: "[concat(variables('vaultUri'), '/secrets/intermediate/', '00112233445566778899aabbccddeeff')]" }],
      },
    ];
    // the intermediate's secret is matched to a sites line of its own file
    const inter = path.join(dir, 'intermediate.pem');
    fs.copyFileSync(pki.intermediate.cert, inter);
    const { findings } = check('both.json', both, { sites: `www.test1.com = ${leafFile}\nintermediate.test1.com = ${inter}` });
    expect(findings).toEqual([]);
  }, 60_000);

  it('a sites line that names its secret with keyvault= is matched to that secret, whatever the file is called', () => {
    const renamed = path.join(dir, 'leaf-renamed.pfx');
    fs.copyFileSync(leafFile, renamed);
    const secrets = [
      {
        sourceVault: { id: "[variables('vaultId')]" },
        vaultCertificates: [{ certificateUrl: `https://contoso-kv.vault.azure.net/secrets/ssl-cert/${VERSION1}` }],
      },
    ];
    const { run, findings } = check('named.json', secrets, {
      sites: `www.test1.com = ${renamed} keyvault=https://contoso-kv.vault.azure.net/secrets/ssl-cert`,
    });
    expect(findings.map((f) => f.message).join('\n')).not.toContain(`WebRole1|${thumbLeaf}`);
    expect(findings.map((f) => f.message).join('\n')).toContain(`WebRole1|${thumbIntermediate}`);
    expect((run.report.notes as string[]).join('\n')).toContain(
      `ssl-cert/${VERSION1} → ${thumbLeaf}, the file leaf-renamed.pfx, whose line 1 of \`sites\` names this secret with keyvault=`,
    );
  }, 60_000);

  it('an unversioned certificateUrl, a vault named twice, a store that is not the csdef one, an expression it cannot evaluate', () => {
    const secrets = [
      { sourceVault: { id: "[variables('vaultId')]" }, vaultCertificates: [{ ...sslUrl, certificateStore: 'CA' }] },
      {
        sourceVault: { id: "[resourceId('Microsoft.KeyVault/vaults', 'contoso-kv')]" },
        vaultCertificates: [
          { certificateUrl: 'https://contoso-kv.vault.azure.net/secrets/intermediate' },
          { certificateUrl: "[reference(resourceId('Microsoft.KeyVault/vaults/secrets', 'contoso-kv', 'x')).secretUriWithVersion]" },
        ],
      },
    ];
    const { findings, lineOf } = check('mixed.json', secrets);
    const by = (rule: string) => findings.filter((f) => f.rule === rule);
    expect(by('template-url-unversioned')).toHaveLength(1);
    expect(by('template-url-unversioned')[0]!.line).toBe(lineOf('"https://contoso-kv.vault.azure.net/secrets/intermediate"'));
    expect(by('template-url-unversioned')[0]!.message).toContain('names no version');
    expect(by('template-vault-duplicate')).toHaveLength(1);
    const secondVault = lineOf('"id"', lineOf('"id"'));
    expect(by('template-vault-duplicate')[0]!.line).toBe(secondVault);
    expect(by('template-vault-duplicate')[0]!.message).toContain(`first at line ${lineOf('"id"')}`);
    expect(by('template-store-mismatch')).toHaveLength(1);
    expect(by('template-store-mismatch')[0]!.message).toContain("certificateStore 'CA'");
    expect(by('template-store-mismatch')[0]!.message).toContain("storeName 'My'");
    expect(by('template-store-mismatch')[0]!.line).toBe(lineOf('"certificateStore"'));
    expect(by('template-expression')).toHaveLength(1);
    expect(by('template-expression')[0]!.message).toContain('reference() cannot be evaluated before deployment');
    // the intermediate is still missing, but two URLs are unknown: a warning that says why
    const missing = by('template-thumbprint-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.severity).toBe('warning');
    expect(missing[0]!.message).toContain(`Missing thumbprints: WebRole1|${thumbIntermediate}`);
    expect(missing[0]!.message).toContain('could not be resolved');
  }, 60_000);

  it('a file that is not a CSES template is one finding', () => {
    const file = path.join(dir, 'notcses.json');
    fs.writeFileSync(file, '{ "resources": [ { "type": "Microsoft.Web/sites" } ] }');
    const run = runAction(
      { command: 'check', 'service-configuration': path.join(dir, 'ServiceConfiguration.Cloud.cscfg'), template: file, 'fail-on': 'never' },
      {},
      dir,
    );
    expect((run.report.findings as F[]).map((f) => f.rule)).toEqual(['template-unreadable']);
  }, 60_000);
});
