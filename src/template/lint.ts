// The Cloud Services (extended support) template against the cscfg, before deploy. A CSES
// deployment fails with "The thumbprints specified in the CSCFG do not have corresponding
// certificates in osProfile.secrets ... Missing thumbprints: WebRole1|..." when the two disagree,
// and every renewal must change both. Each cscfg certificate of each role needs a
// `osProfile.secrets[].vaultCertificates[]` entry whose certificate has its thumbprint; each
// `certificateUrl` must name a secret version; each `sourceVault.id` appears once; a
// `certificateStore`, where given, must be the csdef's `storeName`. Findings point at the
// template's lines.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { inputRef, sitesLineRef } from '../door.js';
import { displayPath } from '../files.js';
import { finding } from '../rules.js';
import type { Finding, Inputs, LoadedSite } from '../types.js';
import {
  configRole,
  configThumbprints,
  declaredCerts,
  definitionRoles,
  isServiceFile,
  normalizeThumbprint,
  readServiceFile,
  type ServiceFile,
} from '../service/model.js';
import { attr, children } from '../service/xml.js';
import { parseKeyVaultUrl, type KeyVaultRef } from '../keyvault/ref.js';
import type { KeyVaultSession } from '../keyvault/read.js';
import { ArmEvaluator } from './arm.js';
import { JsonError, parseJsonWithLines, path as jpath, prop, type JsonNode } from './json.js';

const MAX_TEMPLATE = 4 * 1024 * 1024;

/** One `vaultCertificates[]` entry of the template, with what is known of it. */
export interface TemplateCertificate {
  group: number;
  index: number;
  node: JsonNode;
  urlNode?: JsonNode;
  url?: string;
  ref?: KeyVaultRef;
  storeNode?: JsonNode;
  store?: string;
  thumbprint?: string;
  /** how the thumbprint was found, for messages */
  basis?: string;
  /** the sites line this entry was matched to */
  site?: LoadedSite;
}

export interface ParsedTemplate {
  file: string;
  text: string;
  root: JsonNode;
  /** the parameters file, when given */
  parameters?: { file: string; text: string; root: JsonNode };
  evaluator: ArmEvaluator;
  /** the cloud service resource */
  resource: JsonNode;
  secretsNode?: JsonNode;
  certificates: TemplateCertificate[];
}

function readJson(file: string, what: string, cwd: string): { text: string; root: JsonNode } | Finding {
  const shown = displayPath(file, cwd);
  let text: string;
  try {
    if (fs.statSync(file).size > MAX_TEMPLATE)
      return finding('template-unreadable', `${what} ${shown} is over 4 MiB.`, { file, fix: 'Name the compiled ARM template (JSON).' });
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return finding('template-unreadable', `${what} ${shown} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'error'})`}.`, {
      file,
      fix: 'Check the path (relative paths start at the working directory).',
    });
  }
  try {
    return { text, root: parseJsonWithLines(text) };
  } catch (err) {
    const e = err as JsonError;
    return finding('template-unreadable', `${what} ${shown} is not JSON: ${e.message}.`, {
      file,
      line: e.line,
      fix: /\.bicep$/i.test(file)
        ? 'Compile the Bicep file first (az bicep build --file main.bicep) and name the JSON it writes.'
        : 'Fix the JSON at that line.',
    });
  }
}

/** Every resource of the template, nested ones too (`resources` arrays, or languageVersion 2.0's symbolic-name objects). */
function resourcesOf(node: JsonNode | undefined, out: JsonNode[] = []): JsonNode[] {
  const list = prop(node, 'resources');
  const items = list?.kind === 'array' ? list.items : list?.kind === 'object' ? list.props.map((p) => p.value) : [];
  for (const r of items) {
    out.push(r);
    resourcesOf(r, out);
  }
  return out;
}

/** Reads the template and its parameters file and lists its osProfile certificates; findings for what cannot be read. */
export function readTemplate(inputs: Inputs): { template?: ParsedTemplate; findings: Finding[] } {
  const file = inputs.template!;
  const t = readJson(file, 'The template', inputs.cwd);
  if ('rule' in t) return { findings: [t] };
  let parameters: ParsedTemplate['parameters'];
  if (inputs.templateParameters) {
    const p = readJson(inputs.templateParameters, 'The template parameters file', inputs.cwd);
    if ('rule' in p) return { findings: [p] };
    parameters = { file: inputs.templateParameters, ...p };
  }
  const resource = resourcesOf(t.root).find((r) => {
    const type = prop(r, 'type');
    return type?.kind === 'string' && type.value.toLowerCase() === 'microsoft.compute/cloudservices';
  });
  if (!resource)
    return {
      findings: [
        finding('template-unreadable', `${displayPath(file, inputs.cwd)} holds no Microsoft.Compute/cloudServices resource.`, {
          file,
          line: 1,
          fix: `Name the Cloud Services (extended support) template in ${inputRef(inputs.door, 'template')} (a Bicep file compiled to JSON works too).`,
        }),
      ],
    };
  const evaluator = new ArmEvaluator(t.root, parameters?.root);
  const template: ParsedTemplate = { file, text: t.text, root: t.root, evaluator, resource, certificates: [], ...(parameters ? { parameters } : {}) };
  const findings: Finding[] = [];
  const secrets = jpath(resource, 'properties', 'osProfile', 'secrets');
  if (secrets) template.secretsNode = secrets;
  const groups = secrets?.kind === 'array' ? secrets.items : [];
  if (secrets && secrets.kind !== 'array')
    findings.push(
      finding(
        'template-expression',
        `osProfile.secrets of ${displayPath(file, inputs.cwd)} is an expression sni-ready cannot evaluate offline; its certificates were not checked.`,
        {
          file,
          line: secrets.line,
          fix: 'Write the secrets array in the template (its URLs may come from parameters), or check the deployed template.',
        },
      ),
    );
  const seenVaults = new Map<string, number>();
  groups.forEach((group, g) => {
    const vaultNode = jpath(group, 'sourceVault', 'id');
    const vault = evaluator.resolve(vaultNode);
    const vaultKey = vault.ok
      ? String(vault.value).toLowerCase()
      : vaultNode?.kind === 'string'
        ? vaultNode.value.replace(/\s+/g, '').toLowerCase()
        : undefined;
    if (!vault.ok && vaultNode)
      findings.push(
        finding(
          'template-expression',
          `sourceVault.id of osProfile.secrets[${g}] cannot be resolved offline (${vault.why}); duplicates were compared as written.`,
          {
            file,
            line: vaultNode.line,
          },
        ),
      );
    if (vaultKey !== undefined) {
      const first = seenVaults.get(vaultKey);
      if (first !== undefined)
        findings.push(
          finding(
            'template-vault-duplicate',
            `osProfile.secrets[${g}] names the vault ${vault.ok ? String(vault.value) : vaultNode!.kind === 'string' ? vaultNode!.value : ''} again (first at line ${first}); a cloud service takes each sourceVault once.`,
            { file, line: vaultNode!.line, fix: `Move its vaultCertificates into the entry at line ${first} and remove this one.` },
          ),
        );
      else seenVaults.set(vaultKey, vaultNode!.line);
    }
    const list = prop(group, 'vaultCertificates');
    const entries = list?.kind === 'array' ? list.items : [];
    entries.forEach((entry, k) => {
      const c: TemplateCertificate = { group: g, index: k, node: entry };
      const urlNode = prop(entry, 'certificateUrl');
      const storeNode = prop(entry, 'certificateStore');
      if (storeNode) {
        c.storeNode = storeNode;
        const s = evaluator.resolve(storeNode);
        if (s.ok) c.store = String(s.value);
      }
      if (urlNode) {
        c.urlNode = urlNode;
        const u = evaluator.resolve(urlNode);
        if (!u.ok)
          findings.push(
            finding(
              'template-expression',
              `certificateUrl of osProfile.secrets[${g}].vaultCertificates[${k}] cannot be resolved offline (${u.why}); it was not checked.`,
              {
                file,
                line: urlNode.line,
                fix: 'Give its parameter a value in the parameters file (template-parameters), or write the URL in the template.',
              },
            ),
          );
        else {
          c.url = String(u.value);
          const ref = parseKeyVaultUrl(c.url, ['secrets', 'certificates']);
          if (ref) c.ref = ref;
          if (!ref || ref.collection !== 'secrets' || !ref.version)
            findings.push(
              finding(
                'template-url-unversioned',
                !ref
                  ? `certificateUrl ${c.url.slice(0, 200)} (osProfile.secrets[${g}].vaultCertificates[${k}]) is not a Key Vault secret URL.`
                  : ref.collection !== 'secrets'
                    ? `certificateUrl ${c.url} names a Key Vault certificate, not its secret with a version.`
                    : `certificateUrl ${c.url} names no version: a cloud service needs /secrets/${ref.name}/VERSION, and the version is what a renewal changes.`,
                {
                  file,
                  line: urlNode.line,
                  fix: 'Use the versioned secret id of the certificate: az keyvault certificate show --vault-name VAULT --name NAME --query sid.',
                },
              ),
            );
        }
      }
      template.certificates.push(c);
    });
  });
  return { template, findings };
}

/** Key Vault names cannot hold dots: `www.test1.com.pfx` is often `www-test1-com` in the vault. */
function vaultStyleName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base
    .replace(/\.(pfx|p12|pem|crt|cer|p7b|p7c)$/i, '')
    .replace(/[^0-9A-Za-z-]/g, '-')
    .toLowerCase();
}

function sameObject(a: KeyVaultRef, b: KeyVaultRef): boolean {
  return a.vaultUrl.toLowerCase() === b.vaultUrl.toLowerCase() && a.name.toLowerCase() === b.name.toLowerCase();
}

function thumbprintOf(site: LoadedSite): string | undefined {
  return site.leaf ? normalizeThumbprint(site.leaf.fingerprint) : undefined;
}

/**
 * The certificate behind each template URL: read from Key Vault when this run can sign in (it has
 * a `keyvault:` line, or `vault` was made for it), else the sites line that names the same Key
 * Vault object, or whose file is named like the secret; said so in `basis`.
 */
export async function resolveThumbprints(template: ParsedTemplate, sites: LoadedSite[], vault: KeyVaultSession | undefined, inputs: Inputs): Promise<string[]> {
  const notes: string[] = [];
  const { readCertificateBundle } = await import('../certs/read.js');
  for (const c of template.certificates) {
    if (!c.ref || c.ref.collection !== 'secrets') continue;
    const ref = c.ref;
    const kvSite = sites.find((s) => s.spec.keyVault && sameObject(s.spec.keyVault, ref));
    // a file whose line says where it lives in Key Vault (keyvault=https://VAULT.vault.azure.net/secrets/NAME)
    const namedSite = sites.find(
      (s) =>
        !s.spec.keyVault &&
        s.leaf &&
        s.spec.keyVaultSecret &&
        s.spec.keyVaultSecret.vault === ref.vaultName.toLowerCase() &&
        s.spec.keyVaultSecret.name.toLowerCase() === ref.name.toLowerCase(),
    );
    const fileSite = sites.find((s) => !s.spec.keyVault && s.leaf && vaultStyleName(s.spec.path) === ref.name.toLowerCase());
    c.site = kvSite ?? namedSite ?? fileSite;
    let why = '';
    if (vault) {
      try {
        const got = await vault.read(ref);
        const read = await readCertificateBundle({ hosts: [], path: `keyvault:${got.url}`, password: '', line: 0 }, `keyvault:${got.url}`, got.content);
        if (read.site.leaf) {
          c.thumbprint = normalizeThumbprint(read.site.leaf.fingerprint);
          c.basis = `read from Key Vault (version ${got.version})`;
          notes.push(`template: ${c.url} → ${c.thumbprint}, ${c.basis}.`);
          continue;
        }
        why = 'its secret holds no certificate';
      } catch (err) {
        why = (err as Error).message.replace(/\.$/, '');
      }
    }
    if (c.site && thumbprintOf(c.site)) {
      const line = sitesLineRef(inputs.door, c.site.spec.line);
      if (kvSite?.keyVaultVersion && ref.version && kvSite.keyVaultVersion !== ref.version) {
        notes.push(
          `template: ${c.url} names version ${ref.version} of '${ref.name}', ${line} read version ${kvSite.keyVaultVersion}${why ? `; Key Vault could not be read for the template's version: ${why}` : ''}.`,
        );
        continue;
      }
      c.thumbprint = thumbprintOf(c.site)!;
      const notRead = `Key Vault was not read${why ? `: ${why}` : ''}`;
      c.basis = kvSite
        ? `the certificate read for ${line}`
        : c.site === namedSite
          ? `the file ${displayPath(c.site.spec.path, inputs.cwd)}, whose ${line} names this secret with keyvault=; ${notRead}`
          : `matched by name to ${displayPath(c.site.spec.path, inputs.cwd)} (${line}); ${notRead}`;
      notes.push(`template: ${c.url} → ${c.thumbprint}, ${c.basis}.`);
    } else if (why) notes.push(`template: ${c.url} could not be read from Key Vault (${why}) and no sites line names secret '${ref.name}'.`);
  }
  return notes;
}

/** The lint proper, once thumbprints are known. */
export function lintTemplatePair(template: ParsedTemplate, inputs: Inputs, sites: LoadedSite[]): Finding[] {
  const findings: Finding[] = [];
  const file = template.file;
  const shown = displayPath(file, inputs.cwd);
  const configurations = inputs.serviceConfigurations.map((f) => readServiceFile(f, 'configuration', inputs.door)).filter(isServiceFile);
  let definition: ServiceFile | undefined;
  if (inputs.serviceDefinition) {
    const d = readServiceFile(inputs.serviceDefinition, 'definition', inputs.door);
    if (isServiceFile(d)) definition = d;
  }
  const known = new Set(template.certificates.map((c) => c.thumbprint).filter((t): t is string => t !== undefined));
  const unknown = template.certificates.filter((c) => c.thumbprint === undefined);
  const at = template.secretsNode?.line ?? jpath(template.resource, 'properties', 'osProfile')?.line ?? template.resource.line;
  for (const cfg of configurations) {
    for (const role of children(cfg.doc.root, 'Role')) {
      const roleName = attr(role, 'name') ?? '';
      for (const [name, { thumbprint }] of configThumbprints(role)) {
        const t = normalizeThumbprint(thumbprint);
        if (!t || known.has(t)) continue;
        const holder = sites.find((s) => thumbprintOf(s) === t);
        const where = holder?.spec.keyVault
          ? `add { "certificateUrl": "${holder.spec.keyVault.vaultUrl}/secrets/${holder.spec.keyVault.name}/VERSION" } (the version whose thumbprint is ${t})`
          : `upload the certificate ${holder ? `of ${displayPath(holder.spec.path, inputs.cwd)} ` : ''}to Key Vault and add its versioned secret URL (az keyvault certificate show --query sid)`;
        findings.push(
          finding(
            'template-thumbprint-missing',
            `${displayPath(cfg.file, inputs.cwd)} (line ${configThumbprints(role).get(name)!.el.line}) gives certificate '${name}' of role ${roleName} the thumbprint ${t}, which no osProfile.secrets certificate of ${shown} has: the deployment would fail with "The thumbprints specified in the CSCFG do not have corresponding certificates in osProfile.secrets ... Missing thumbprints: ${roleName}|${t}".${unknown.length ? ` ${unknown.length} certificateUrl(s) could not be resolved to a certificate (${unknown.map((c) => c.url ?? `secrets[${c.group}].vaultCertificates[${c.index}]`).join(', ')}): no Key Vault sign-in and no sites line naming them, so this is a warning.` : ''}`,
            {
              file,
              line: at,
              ...(unknown.length ? { severity: 'warning' as const } : {}),
              fix: `In osProfile.secrets, ${where}; or, if the cscfg is out of date, set the thumbprint the template's certificate has.`,
            },
          ),
        );
      }
    }
  }
  // certificateStore, where the template gives one, must be the csdef's storeName for that certificate
  if (definition) {
    for (const c of template.certificates) {
      if (!c.storeNode || c.store === undefined || !c.thumbprint) continue;
      for (const cfg of configurations) {
        for (const role of children(cfg.doc.root, 'Role')) {
          const roleName = attr(role, 'name') ?? '';
          const defRole = definitionRoles(definition).find((r) => r.name === roleName);
          if (!defRole) continue;
          for (const [name, { thumbprint }] of configThumbprints(configRole(cfg, roleName))) {
            if (normalizeThumbprint(thumbprint) !== c.thumbprint) continue;
            const declared = declaredCerts(defRole.el).find((d) => d.name === name);
            if (declared && declared.storeName && declared.storeName.toLowerCase() !== c.store.toLowerCase())
              findings.push(
                finding(
                  'template-store-mismatch',
                  `certificateStore '${c.store}' of ${c.url ?? 'a vaultCertificates entry'} differs from storeName '${declared.storeName}' that ${displayPath(definition.file, inputs.cwd)} (line ${declared.el.line}) declares for certificate '${name}' of role ${roleName}.`,
                  {
                    file,
                    line: c.storeNode.line,
                    fix: `Set certificateStore to '${declared.storeName}' (or drop it: a cloud service takes the store from the csdef).`,
                  },
                ),
              );
          }
        }
      }
    }
  }
  return findings;
}

/**
 * Whether this machine has an Azure sign-in DefaultAzureCredential would find: an environment or
 * workload-identity credential, a managed identity endpoint, or the Azure CLI's profile (after
 * azure/login or `az login`). Without one, template URLs are matched to sites lines offline
 * instead of waiting for every credential of the chain to fail.
 */
export function azureSignInLikely(env: NodeJS.ProcessEnv): boolean {
  if (env.AZURE_CLIENT_ID || env.AZURE_FEDERATED_TOKEN_FILE || env.IDENTITY_ENDPOINT || env.MSI_ENDPOINT) return true;
  const dir = env.AZURE_CONFIG_DIR || nodePath.join(os.homedir(), '.azure');
  return fs.existsSync(nodePath.join(dir, 'azureProfile.json'));
}

/**
 * The template of a run, read, with each URL's certificate learnt: through Key Vault when the run
 * reads a vault or can sign in (the SDK is loaded only then), else matched to the sites lines offline.
 */
export async function openTemplate(inputs: Inputs, sites: LoadedSite[]): Promise<{ findings: Finding[]; notes: string[]; template?: ParsedTemplate }> {
  const { template, findings } = readTemplate(inputs);
  if (!template) return { findings, notes: [] };
  const vault =
    sites.some((s) => s.spec.keyVault) || azureSignInLikely(process.env)
      ? new (await import('../keyvault/read.js')).KeyVaultSession(inputs.timeoutMs)
      : undefined;
  const notes = await resolveThumbprints(template, sites, vault, inputs);
  return { findings, notes, template };
}

/** `check`/`patch` with a `template`: read it, learn each URL's certificate, lint it against the cscfg. */
export async function lintTemplate(inputs: Inputs, sites: LoadedSite[]): Promise<{ findings: Finding[]; notes: string[]; template?: ParsedTemplate }> {
  const opened = await openTemplate(inputs, sites);
  if (opened.template) opened.findings.push(...lintTemplatePair(opened.template, inputs, sites));
  return opened;
}
