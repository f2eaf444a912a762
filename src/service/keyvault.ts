// The Key Vault VM extension (KeyVaultForWindows, version 4.0) as sni-ready sees it: the secret URL
// a `sites` line names with `keyvault=`, the ready-to-paste settings `patch --target iis` writes
// (keyvault-extension.json), and the lint `check` runs over settings or a template that holds the
// extension. Schema: learn.microsoft.com azure/virtual-machines/extensions/key-vault-windows
// (settings.secretsManagementSettings.{pollingIntervalInS, observedCertificates[{url,
// certificateStoreName, certificateStoreLocation}]}); 4.0 polls every 5 to 60 minutes, always links
// renewals, and installs on Windows Server 2022 and later only.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { finding } from '../rules.js';
import type { Finding, SiteSpec } from '../types.js';
import { parseJsonWithLines as readJson, type JsonNode } from '../template/json.js';

/** Key Vault's DNS suffixes (public, China, US Government, Germany). */
const VAULT_HOST = /^([a-z](?:[a-z0-9]|-(?!-)){1,22}[a-z0-9])\.(vault\.azure\.net|vault\.azure\.cn|vault\.usgovcloudapi\.net|vault\.microsoftazure\.de)$/;
const SECRET_NAME = /^[0-9A-Za-z-]{1,127}$/;
const VERSION = /^[0-9A-Za-z]{32}$/;

export interface KeyVaultSecretRef {
  /** canonical, versionless: https://<vault>.<suffix>/secrets/<name> */
  url: string;
  /** lower-case vault name */
  vault: string;
  /** the secret (certificate) name as written */
  name: string;
  /** a version segment, when the URL pins one */
  version?: string;
  /** `/certificates/` instead of `/secrets/` (no private key: the extension cannot install it) */
  certificatesPath?: boolean;
}

/**
 * Reads a Key Vault secret URL. Returns the reference, or a sentence saying why it is not one. A
 * version or a `/certificates/` path is returned as such (the callers decide: a `sites` line refuses
 * both, the lint reports them).
 */
export function parseKeyVaultSecretUrl(raw: string): KeyVaultSecretRef | string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:') return 'not an https URL';
  if (u.username || u.password || u.search || u.hash) return 'a Key Vault URL has no user, query or fragment';
  if (u.port !== '' && u.port !== '443') return `port ${u.port} is not Key Vault's`;
  const host = VAULT_HOST.exec(u.hostname.toLowerCase());
  if (!host) return `'${u.hostname}' is not a Key Vault host (VAULT.vault.azure.net, VAULT 3-24 letters, digits and hyphens)`;
  const parts = u.pathname.replace(/\/$/, '').split('/').slice(1);
  if ((parts[0] !== 'secrets' && parts[0] !== 'certificates') || parts.length < 2 || parts.length > 3)
    return 'the path is not /secrets/NAME (the secret of a Key Vault certificate)';
  const name = parts[1]!;
  if (!SECRET_NAME.test(name)) return `'${name}' is not a Key Vault name (1-127 letters, digits and hyphens)`;
  const version = parts[2];
  if (version !== undefined && !VERSION.test(version)) return `'${version}' is not a Key Vault version`;
  const ref: KeyVaultSecretRef = { url: `https://${host[1]}.${host[2]}/secrets/${name}`, vault: host[1]!, name };
  if (version) ref.version = version;
  if (parts[0] === 'certificates') ref.certificatesPath = true;
  return ref;
}

/** Same vault and secret (Key Vault names are case-insensitive). */
export function sameSecret(a: Pick<KeyVaultSecretRef, 'vault' | 'name'>, b: Pick<KeyVaultSecretRef, 'vault' | 'name'>): boolean {
  return a.vault === b.vault && a.name.toLowerCase() === b.name.toLowerCase();
}

export const KEYVAULT_STORE_NAME = 'MY';
export const KEYVAULT_STORE_LOCATION = 'LocalMachine';
export const KEYVAULT_POLLING_SECONDS = 3600;
export const KEYVAULT_POLLING_RANGE = [300, 3600] as const;

export interface KeyVaultExtensionSettings {
  secretsManagementSettings: {
    pollingIntervalInS: string;
    observedCertificates: { url: string; certificateStoreName: string; certificateStoreLocation: string }[];
  };
}

/** The extension's `settings` for the `sites` lines that name their Key Vault secret, each secret once. */
export function keyVaultExtensionSettings(sites: Pick<SiteSpec, 'keyVaultSecret'>[]): KeyVaultExtensionSettings {
  const observed: KeyVaultExtensionSettings['secretsManagementSettings']['observedCertificates'] = [];
  const seen: KeyVaultSecretRef[] = [];
  for (const s of sites) {
    const ref = s.keyVaultSecret;
    if (!ref || seen.some((x) => sameSecret(x, ref))) continue;
    seen.push(ref);
    observed.push({ url: ref.url, certificateStoreName: KEYVAULT_STORE_NAME, certificateStoreLocation: KEYVAULT_STORE_LOCATION });
  }
  return { secretsManagementSettings: { pollingIntervalInS: String(KEYVAULT_POLLING_SECONDS), observedCertificates: observed } };
}

// ---- reading JSON with the line of every key -------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * JSON.parse that also returns the line of every member key and array element, by JSON pointer:
 * the template reader's positions (template/json.ts), turned into plain values.
 */
export function parseJsonWithLines(text: string): { value: Json; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  const walk = (node: JsonNode, pointer: string): Json => {
    if (node.kind === 'object') {
      const obj: { [k: string]: Json } = {};
      for (const p of node.props) {
        const at = `${pointer}/${esc(p.key)}`;
        lines.set(at, p.keyLine);
        obj[p.key] = walk(p.value, at);
      }
      return obj;
    }
    if (node.kind === 'array')
      return node.items.map((item, i) => {
        lines.set(`${pointer}/${i}`, item.line);
        return walk(item, `${pointer}/${i}`);
      });
    return node.value;
  };
  return { value: walk(readJson(text), ''), lines };
}

// ---- the lint --------------------------------------------------------------------------------

const MAX_FILE = 4 * 1024 * 1024;
const isObj = (v: Json | undefined): v is { [k: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);
const prop = (o: { [k: string]: Json }, name: string): [string, Json] | undefined => {
  const k = Object.keys(o).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : [k, o[k]!];
};

interface FoundExtension {
  /** JSON pointer of the `settings` object */
  settings: string;
  value: { [k: string]: Json };
}

/** Every KeyVaultForWindows extension's settings in a template (VM or VMSS, nested or top-level), or the file itself when it is settings. */
function findExtensions(root: Json): FoundExtension[] {
  if (isObj(root) && prop(root, 'secretsManagementSettings')) return [{ settings: '', value: root }];
  const out: FoundExtension[] = [];
  const walk = (v: Json, pointer: string, depth: number) => {
    if (depth > 60) return;
    if (Array.isArray(v)) v.forEach((x, k) => walk(x, `${pointer}/${k}`, depth + 1));
    else if (isObj(v)) {
      const props = prop(v, 'properties');
      if (props && isObj(props[1])) {
        const type = prop(props[1], 'type');
        const settings = prop(props[1], 'settings');
        if (type && typeof type[1] === 'string' && type[1].toLowerCase() === 'keyvaultforwindows' && settings && isObj(settings[1]))
          out.push({ settings: `${pointer}/${esc(props[0])}/${esc(settings[0])}`, value: settings[1] });
      }
      for (const [k, x] of Object.entries(v)) walk(x, `${pointer}/${esc(k)}`, depth + 1);
    }
  };
  walk(root, '', 0);
  return out;
}

const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every `imageReference` with a sku, its value resolved through `[parameters('x')]` defaults. */
function findImageSkus(root: Json): { pointer: string; sku: string; offer?: string }[] {
  const params = isObj(root) ? prop(root, 'parameters') : undefined;
  const resolve = (v: Json | undefined): string | undefined => {
    if (typeof v !== 'string') return undefined;
    const m = /^\[parameters\('([^']+)'\)\]$/.exec(v.trim());
    if (!m) return v.startsWith('[') ? undefined : v;
    const p = params && isObj(params[1]) ? prop(params[1], m[1]!) : undefined;
    const def = p && isObj(p[1]) ? prop(p[1], 'defaultValue') : undefined;
    return typeof def?.[1] === 'string' ? def[1] : undefined;
  };
  const out: { pointer: string; sku: string; offer?: string }[] = [];
  const walk = (v: Json, pointer: string, depth: number) => {
    if (depth > 60) return;
    if (Array.isArray(v)) v.forEach((x, k) => walk(x, `${pointer}/${k}`, depth + 1));
    else if (isObj(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (k.toLowerCase() === 'imagereference' && isObj(x)) {
          const sku = prop(x, 'sku');
          const value = resolve(sku?.[1]);
          if (sku && value) out.push({ pointer: `${pointer}/${esc(k)}/${esc(sku[0])}`, sku: value, offer: resolve(prop(x, 'offer')?.[1]) });
        }
        walk(x, `${pointer}/${esc(k)}`, depth + 1);
      }
    }
  };
  walk(root, '', 0);
  return out;
}

/** The Windows Server release an image sku names (2016-Datacenter → 2016), when it names one. */
export function windowsServerYear(sku: string, offer?: string): number | undefined {
  if (offer && !/windows/i.test(offer)) return undefined;
  const m = /(?:^|[^0-9])(20(?:0[0-9]|1[0-9]|2[0-9]))(?:[^0-9]|$)/.exec(sku);
  return m ? Number(m[1]) : undefined;
}

/**
 * `check` with `keyvault-extension`: the extension's settings (or a template holding it) against the
 * `sites` lines. Findings carry the file and the line of the JSON key concerned.
 */
export function lintKeyVaultExtension(file: string, sites: SiteSpec[]): Finding[] {
  const findings: Finding[] = [];
  const where = (lines: Map<string, number>, pointer: string) => ({ file, line: lines.get(pointer) ?? 1 });
  let text: string;
  try {
    const st = fs.statSync(file);
    if (st.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' });
    if (st.size > MAX_FILE)
      return [finding('keyvault-extension-unreadable', `${path.basename(file)} is over 4 MiB; it is not extension settings or a template.`, { file })];
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return [
      finding('keyvault-extension-unreadable', `${file} cannot be read (${code === 'ENOENT' ? 'it does not exist' : (code ?? 'unreadable')}).`, {
        file,
        fix: 'Point keyvault-extension at the extension settings JSON or at the ARM template (for Bicep: `az bicep build` first).',
      }),
    ];
  }
  let parsed: { value: Json; lines: Map<string, number> };
  try {
    parsed = parseJsonWithLines(text);
  } catch (err) {
    const m = /at line (\d+)/.exec((err as Error).message);
    return [
      finding('keyvault-extension-unreadable', `${path.basename(file)} is not JSON: ${(err as Error).message}.`, {
        file,
        line: m ? Number(m[1]) : undefined,
        fix: 'Give the settings JSON or an ARM template; compile a Bicep file to JSON with `az bicep build --file main.bicep`.',
      }),
    ];
  }
  const { value, lines } = parsed;
  const extensions = findExtensions(value);
  if (extensions.length === 0)
    return [
      finding(
        'keyvault-extension-unreadable',
        `${path.basename(file)} holds no Key Vault VM extension settings (secretsManagementSettings) and no KeyVaultForWindows extension.`,
        {
          file,
          fix: 'Give the extension settings (what `az vm extension set --settings` takes) or a template with a Microsoft.Compute/virtualMachines/extensions or virtualMachineScaleSets extension of type KeyVaultForWindows.',
        },
      ),
    ];

  for (const ext of extensions) {
    const sms = prop(ext.value, 'secretsManagementSettings');
    const smsPointer = `${ext.settings}/${esc(sms?.[0] ?? 'secretsManagementSettings')}`;
    if (!sms || !isObj(sms[1])) {
      findings.push(
        finding('keyvault-extension-unreadable', 'The KeyVaultForWindows extension has no secretsManagementSettings object.', {
          ...where(lines, ext.settings),
          fix: 'Add settings.secretsManagementSettings with pollingIntervalInS and observedCertificates (see keyvault-extension.json that patch --target iis writes).',
        }),
      );
      continue;
    }
    const s = sms[1];
    // polling
    const polling = prop(s, 'pollingIntervalInS');
    const [lo, hi] = KEYVAULT_POLLING_RANGE;
    const pollValue = polling
      ? typeof polling[1] === 'string' && /^\d+$/.test(polling[1].trim())
        ? Number(polling[1])
        : typeof polling[1] === 'number'
          ? polling[1]
          : NaN
      : NaN;
    if (!(pollValue >= lo && pollValue <= hi))
      findings.push(
        finding(
          'keyvault-extension-polling',
          polling
            ? `pollingIntervalInS is ${JSON.stringify(polling[1])}; version 4.0 polls every ${lo} to ${hi} seconds (5 to 60 minutes).`
            : `secretsManagementSettings has no pollingIntervalInS; give one from ${lo} to ${hi} seconds.`,
          {
            ...where(lines, polling ? `${smsPointer}/${esc(polling[0])}` : smsPointer),
            fix: `Set "pollingIntervalInS": "${KEYVAULT_POLLING_SECONDS}" (a string of seconds from ${lo} to ${hi}).`,
          },
        ),
      );
    // defaults from the 1.0 schema's top-level store settings
    const topName = prop(s, 'certificateStoreName');
    const topLocation = prop(s, 'certificateStoreLocation');
    const observedProp = prop(s, 'observedCertificates');
    const observedPointer = `${smsPointer}/${esc(observedProp?.[0] ?? 'observedCertificates')}`;
    const observed = observedProp && Array.isArray(observedProp[1]) ? observedProp[1] : [];
    if (!observedProp || !Array.isArray(observedProp[1]))
      findings.push(
        finding('keyvault-extension-unreadable', 'secretsManagementSettings has no observedCertificates array.', {
          ...where(lines, smsPointer),
          fix: 'Add "observedCertificates": [{ "url": "https://VAULT.vault.azure.net/secrets/NAME", "certificateStoreName": "MY", "certificateStoreLocation": "LocalMachine" }].',
        }),
      );
    const refs: { ref: KeyVaultSecretRef; pointer: string }[] = [];
    observed.forEach((o, k) => {
      const pointer = `${observedPointer}/${k}`;
      const urlEntry = isObj(o) ? prop(o, 'url') : typeof o === 'string' ? ['', o] : undefined;
      const urlPointer = isObj(o) && urlEntry ? `${pointer}/${esc(urlEntry[0])}` : pointer;
      const raw = urlEntry && typeof urlEntry[1] === 'string' ? urlEntry[1] : undefined;
      const ref = raw === undefined ? 'no url' : parseKeyVaultSecretUrl(raw);
      if (typeof ref === 'string') {
        findings.push(
          finding(
            'keyvault-extension-url',
            `Observed certificate ${k + 1} (${raw === undefined ? 'no url' : JSON.stringify(raw.slice(0, 200))}) is not a Key Vault secret URL: ${ref}.`,
            {
              ...where(lines, urlPointer),
              fix: 'Use the versionless secret URL of the certificate: https://VAULT.vault.azure.net/secrets/NAME.',
            },
          ),
        );
      } else {
        if (ref.version)
          findings.push(
            finding(
              'keyvault-extension-url',
              `Observed certificate ${ref.url} pins version ${ref.version}; version 4.0 of the extension cannot pin one (it follows the newest two), and a pinned URL never renews.`,
              {
                ...where(lines, urlPointer),
                fix: `Remove the version: ${ref.url}`,
              },
            ),
          );
        if (ref.certificatesPath)
          findings.push(
            finding(
              'keyvault-extension-url',
              `Observed certificate ${raw} names /certificates/, which has no private key; the extension needs the /secrets/ URL.`,
              {
                ...where(lines, urlPointer),
                fix: `Use ${ref.url}`,
              },
            ),
          );
        const dup = refs.find((r) => sameSecret(r.ref, ref));
        if (dup)
          findings.push(
            finding(
              'keyvault-extension-duplicate',
              `Observed certificate ${ref.url} is listed twice (also at line ${lines.get(dup.pointer) ?? '?'}); list each vault's secret once.`,
              {
                ...where(lines, urlPointer),
                fix: 'Remove the second entry.',
              },
            ),
          );
        else refs.push({ ref, pointer: urlPointer });
      }
      // store name and location, exactly as the reconciler reads them (LocalMachine\My)
      if (isObj(o) || typeof o === 'string') {
        const name = (isObj(o) ? prop(o, 'certificateStoreName') : undefined) ?? topName;
        const location = (isObj(o) ? prop(o, 'certificateStoreLocation') : undefined) ?? topLocation;
        const namePointer =
          isObj(o) && prop(o, 'certificateStoreName') ? `${pointer}/${esc(name![0])}` : topName ? `${smsPointer}/${esc(topName[0])}` : pointer;
        const locPointer =
          isObj(o) && prop(o, 'certificateStoreLocation') ? `${pointer}/${esc(location![0])}` : topLocation ? `${smsPointer}/${esc(topLocation[0])}` : pointer;
        if (!name || typeof name[1] !== 'string' || name[1].toUpperCase() !== KEYVAULT_STORE_NAME)
          findings.push(
            finding(
              'keyvault-extension-store',
              `Observed certificate ${k + 1} goes to store ${name ? JSON.stringify(name[1]) : '(none given)'}; IIS and the sni-ready task read LocalMachine\\My, so certificateStoreName must be "MY".`,
              { ...where(lines, namePointer), fix: 'Set "certificateStoreName": "MY".' },
            ),
          );
        if (!location || location[1] !== KEYVAULT_STORE_LOCATION)
          findings.push(
            finding(
              'keyvault-extension-store',
              `Observed certificate ${k + 1} has certificateStoreLocation ${location ? JSON.stringify(location[1]) : '(none given)'}; it must be exactly "LocalMachine" (the value is case-sensitive, and CurrentUser is not where IIS looks).`,
              { ...where(lines, locPointer), fix: 'Set "certificateStoreLocation": "LocalMachine".' },
            ),
          );
      }
    });
    // every host of sites covered by an observed certificate
    for (const site of sites) {
      const hosts = site.hosts.join(', ');
      if (!site.keyVaultSecret) {
        findings.push(
          finding(
            'keyvault-extension-uncovered',
            `${hosts} (sites line ${site.line}) names no keyvault= secret, so no observed certificate of the extension delivers its certificate.`,
            {
              ...where(lines, observedProp ? observedPointer : smsPointer),
              host: site.hosts[0],
              fix: `Add keyvault=https://VAULT.vault.azure.net/secrets/NAME to sites line ${site.line}, and that URL to observedCertificates.`,
            },
          ),
        );
        continue;
      }
      if (!refs.some((r) => sameSecret(r.ref, site.keyVaultSecret!)))
        findings.push(
          finding(
            'keyvault-extension-uncovered',
            `${hosts}: its certificate's secret ${site.keyVaultSecret.url} (sites line ${site.line}) is not among the extension's observedCertificates, so renewals never reach the machine.`,
            {
              ...where(lines, observedProp ? observedPointer : smsPointer),
              host: site.hosts[0],
              fix: `Add { "url": "${site.keyVaultSecret.url}", "certificateStoreName": "MY", "certificateStoreLocation": "LocalMachine" } to observedCertificates.`,
            },
          ),
        );
    }
  }
  // the OS image, when the template names one
  for (const img of findImageSkus(value)) {
    const year = windowsServerYear(img.sku, img.offer);
    if (year !== undefined && year < 2022)
      findings.push(
        finding(
          'keyvault-extension-os',
          `The image sku '${img.sku}' is Windows Server ${year}; version 4.0 of the Key Vault VM extension installs on Windows Server 2022 and later only.`,
          {
            ...where(lines, img.pointer),
            fix: "Use a Windows Server 2022 or 2025 image (e.g. sku '2022-datacenter-azure-edition').",
          },
        ),
      );
  }
  return findings;
}
