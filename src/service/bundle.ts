// `patch --target iis`: the bundle for a plain IIS host (a VM, a VM Scale Set instance, a server
// on premises). The same reconciler as the Cloud Services startup task (one source file,
// src/powershell/startup/sni-bindings.ps1, copied verbatim), its data file, the launcher that
// registers it as a scheduled task (install.ps1) and removes it (uninstall.ps1), both shipped as
// .ps1 files of their own, and the Key Vault VM extension settings that deliver and renew the
// certificates. Hostnames, thumbprints and the site name reach Windows only through the data file.
// The folder is written every file or none (patch's writeFilesAtomically).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assetPath } from '../assets.js';
import { displayPath } from '../files.js';
import { inputRef, inputSetting } from '../door.js';
import type { ConfigReport, Finding, Inputs, LoadedSite, Logger } from '../types.js';
import { unifiedDiff } from './diff.js';
import { keyVaultExtensionSettings } from './keyvault.js';
import { writeFilesAtomically, type PlannedWrite } from './patch.js';
import { certFacts, fallbackLeaf } from './plan.js';
import { STARTUP_DATA, STARTUP_PS1, renderStartupData, type StartupData } from './startup.js';

export const BUNDLE_INSTALL = 'install.ps1';
export const BUNDLE_UNINSTALL = 'uninstall.ps1';
export const BUNDLE_KEYVAULT = 'keyvault-extension.json';
/** Every file of the bundle, in the order they are listed to the user. */
export const BUNDLE_FILES = [STARTUP_PS1, STARTUP_DATA, BUNDLE_INSTALL, BUNDLE_UNINSTALL, BUNDLE_KEYVAULT] as const;

/** The reconciler's data for a plain IIS host (the format agreed in notes/iis-data-format.md). */
export interface IisBundleData extends StartupData {
  mode: 'iis';
  /** addresses whose IP-specific `ADDR:443` mapping the reconciler may remove; any other is only reported */
  removeIpMappings: string[];
}

/** The data file's content for `sites` on a plain IIS host; a finding when `fallback` names no host of `sites`. */
export function iisBundleData(inputs: Pick<Inputs, 'fallback' | 'door' | 'iisSite' | 'removeIpMappings'>, sites: LoadedSite[]): IisBundleData | Finding {
  const facts = certFacts(sites);
  const fb = fallbackLeaf(inputs as Inputs, facts);
  if (fb && 'rule' in fb) return fb;
  return {
    version: 1,
    mode: 'iis',
    siteName: inputs.iisSite,
    port: 443,
    bindings: facts.leaves.flatMap((l) => l.hosts.map((host) => ({ host, thumbprint: l.thumbprint }))),
    fallback: fb ? { host: fb.host, thumbprint: fb.leaf.thumbprint } : null,
    removeIpMappings: inputs.removeIpMappings,
  };
}

/** The bundle's files: name → bytes. */
export function bundleFiles(data: IisBundleData, sites: LoadedSite[]): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  files.set(STARTUP_PS1, fs.readFileSync(assetPath(`startup/${STARTUP_PS1}`)));
  files.set(STARTUP_DATA, Buffer.from(renderStartupData(data), 'utf8'));
  files.set(BUNDLE_INSTALL, fs.readFileSync(assetPath(`iis/${BUNDLE_INSTALL}`)));
  files.set(BUNDLE_UNINSTALL, fs.readFileSync(assetPath(`iis/${BUNDLE_UNINSTALL}`)));
  files.set(BUNDLE_KEYVAULT, Buffer.from(JSON.stringify(keyVaultExtensionSettings(sites.map((s) => s.spec)), null, 2) + '\n', 'utf8'));
  return files;
}

export async function patchIisBundle(
  inputs: Inputs,
  sites: LoadedSite[],
  log: Logger,
): Promise<{ config: ConfigReport; findings: Finding[]; notes: string[] }> {
  const config: ConfigReport = { serviceConfigurations: [], changed: false, written: [] };
  const notes: string[] = [];
  const facts = certFacts(sites);
  if (facts.leaves.length === 0)
    return {
      config: { ...config, refused: true },
      findings: [],
      notes: ["patch: nothing written, because no certificate of 'sites' could be read (see the certificate findings)."],
    };
  const data = iisBundleData(inputs, sites);
  if ('rule' in data)
    return { config: { ...config, refused: true }, findings: [data], notes: ['patch: nothing written, because of an invalid input (see the findings).'] };

  const dir = inputs.bundleDir;
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory())
    return {
      config: { ...config, refused: true },
      findings: [],
      notes: [`patch: nothing written, because ${displayPath(dir, inputs.cwd)} (${inputRef(inputs.door, 'bundle')}) is a file, not a folder.`],
    };
  const writes: PlannedWrite[] = [];
  for (const [name, after] of bundleFiles(data, sites)) {
    const file = path.join(dir, name);
    let before: Buffer | null = null;
    try {
      before = fs.readFileSync(file);
    } catch {
      before = null;
    }
    if (!before || !before.equals(after)) writes.push({ file, before, after });
  }
  config.diff = writes
    .map((w) =>
      unifiedDiff(
        w.before ? w.before.toString('utf8') : '',
        w.after.toString('utf8'),
        w.before ? `a/${displayPath(w.file, inputs.cwd)}` : '/dev/null',
        `b/${displayPath(w.file, inputs.cwd)}`,
      ),
    )
    .join('');
  const observed = sites.filter((s) => s.spec.keyVaultSecret).length;
  if (observed < sites.length) {
    const without = sites.filter((s) => !s.spec.keyVaultSecret).map((s) => s.spec.line);
    notes.push(
      `${BUNDLE_KEYVAULT}: sites line${without.length > 1 ? 's' : ''} ${without.join(', ')} name${without.length > 1 ? '' : 's'} no keyvault=https://VAULT.vault.azure.net/secrets/NAME, so the Key Vault VM extension settings do not deliver ${without.length > 1 ? 'their certificates' : 'its certificate'}; add it to have renewals arrive by themselves.`,
    );
  }
  if (inputs.dryRun) {
    notes.push(
      writes.length
        ? `Dry run: ${writes.length} file(s) of the bundle ${displayPath(dir, inputs.cwd)} would change (${writes.map((w) => path.basename(w.file)).join(', ')}); nothing was written.`
        : `Dry run: the bundle ${displayPath(dir, inputs.cwd)} is up to date.`,
    );
    return { config, findings: [], notes };
  }
  writeFilesAtomically(writes);
  for (const w of writes) log.info(`patch: wrote ${w.file}`);
  config.written = writes.map((w) => w.file);
  config.changed = writes.length > 0;
  notes.push(...nextSteps(inputs, data));
  return { config, findings: [], notes };
}

/** What to do with the bundle, in order (printed after a patch that wrote or found it). */
export function nextSteps(inputs: Pick<Inputs, 'bundleDir' | 'cwd' | 'door'>, data: IisBundleData): string[] {
  const rel = displayPath(inputs.bundleDir, inputs.cwd);
  return [
    `Bundle for IIS site '${data.siteName}' (${data.bindings.length} host(s)) in ${rel}: ${BUNDLE_FILES.join(', ')}.`,
    `Next: 1. certificates: put each one in Key Vault and install the Key Vault VM extension (4.0, Windows Server 2022+) with the settings in ${rel}/${BUNDLE_KEYVAULT} (az vm extension set ... --settings @${rel}/${BUNDLE_KEYVAULT}), or import them into LocalMachine\\My yourself;`,
    `2. copy the folder ${rel} to the machine (or the scale set's Custom Script Extension) and run, elevated: powershell -ExecutionPolicy Bypass -File install.ps1 — it registers the scheduled task \\sni-ready\\sni-bindings (SYSTEM; at startup, on a certificate renewal, hourly) and runs it once;`,
    `3. check: Get-Content $env:ProgramData\\sni-ready\\sni-bindings.log, and probe from outside with sni-ready scan (${inputSetting(inputs.door, 'endpoints', 'HOST @ADDRESS')});`,
    `4. to take it off: uninstall.ps1 (the task), or uninstall.ps1 -RemoveBindings (also the bindings and mappings the task made).`,
  ];
}
