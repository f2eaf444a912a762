// `patch` with a `template`: after the cscfg got the thumbprints of the certificates `sites`
// names, the template's certificateUrl of each renewed Key Vault certificate is moved to the
// version that was read, so the two change together. A URL written in the template, or a
// parameter/variable that holds the URL or the version, is edited in place (every other byte
// stays); a URL built some other way is named with its file and line and the value it needs.
import * as fs from 'node:fs';
import { sitesLineRef } from '../door.js';
import { displayPath } from '../files.js';
import type { ConfigReport, Finding, Inputs, LoadedSite, Logger } from '../types.js';
import { unifiedDiff } from '../service/diff.js';
import { writeFilesAtomically, type PlannedWrite } from '../service/patch.js';
import { applyEdits, type Edit } from '../service/writer.js';
import { prop, type JsonNode } from './json.js';
import { lintTemplatePair, openTemplate, type ParsedTemplate, type TemplateCertificate } from './lint.js';

interface Change {
  c: TemplateCertificate;
  site: LoadedSite;
  url: string;
  version: string;
}

/** The node that holds a value the expression `expr` takes from parameters() or variables(), when that value is `wanted`. */
function holderOf(template: ParsedTemplate, expr: string, wanted: string[]): { file: string; node: JsonNode; value: string } | undefined {
  for (const m of expr.matchAll(/\b(parameters|variables)\s*\(\s*'((?:[^']|'')*)'\s*\)/gi)) {
    const kind = m[1]!.toLowerCase();
    const name = m[2]!.replace(/''/g, "'");
    let node: JsonNode | undefined;
    let file = template.file;
    if (kind === 'variables') node = prop(prop(template.root, 'variables'), name);
    else if (template.parameters && prop(prop(template.parameters.root, 'parameters') ?? template.parameters.root, name)) {
      node = prop(prop(prop(template.parameters.root, 'parameters') ?? template.parameters.root, name), 'value');
      file = template.parameters.file;
    } else node = prop(prop(prop(template.root, 'parameters'), name), 'defaultValue');
    if (node?.kind === 'string' && wanted.includes(node.value)) return { file, node, value: node.value };
  }
  return undefined;
}

export async function patchTemplate(inputs: Inputs, sites: LoadedSite[], config: ConfigReport, log: Logger): Promise<{ findings: Finding[]; notes: string[] }> {
  const { template, findings, notes } = await openTemplate(inputs, sites);
  if (!template) return { findings, notes };

  // Which URLs move: a Key Vault sites line read a version other than the one the template names.
  const changes: Change[] = [];
  for (const c of template.certificates) {
    const ref = c.ref;
    if (!ref || ref.collection !== 'secrets' || !c.url) continue;
    const site = sites.find(
      (s) =>
        s.spec.keyVault &&
        s.keyVaultVersion &&
        s.spec.keyVault.vaultUrl.toLowerCase() === ref.vaultUrl.toLowerCase() &&
        s.spec.keyVault.name.toLowerCase() === ref.name.toLowerCase(),
    );
    if (!site?.keyVaultVersion || site.keyVaultVersion === ref.version) continue;
    changes.push({ c, site, url: `${ref.vaultUrl}/secrets/${ref.name}/${site.keyVaultVersion}`, version: site.keyVaultVersion });
  }

  const edits = new Map<string, { text: string; edits: Edit[] }>();
  const edit = (file: string, node: JsonNode, value: string) => {
    const text = file === template.file ? template.text : template.parameters!.text;
    const e = edits.get(file) ?? { text, edits: [] };
    e.edits.push({ start: node.start, end: node.end, text: JSON.stringify(value) });
    edits.set(file, e);
  };
  const shown = displayPath(template.file, inputs.cwd);
  for (const ch of changes) {
    const node = ch.c.urlNode!;
    const from = sitesLineRef(inputs.door, ch.site.spec.line);
    if (node.kind === 'string' && !node.value.startsWith('[')) edit(template.file, node, ch.url);
    else {
      const holder = node.kind === 'string' ? holderOf(template, node.value, [ch.c.url!, ch.c.ref!.version ?? '']) : undefined;
      if (holder) edit(holder.file, holder.node, holder.value === ch.c.url ? ch.url : ch.version);
      else {
        notes.push(
          `template: change ${shown} line ${node.line} (osProfile.secrets[${ch.c.group}].vaultCertificates[${ch.c.index}].certificateUrl) so that it gives ${ch.url}, the version ${from} read; sni-ready cannot edit the expression that builds it.`,
        );
        continue;
      }
    }
    ch.c.url = ch.url;
    ch.c.thumbprint = ch.site.leaf ? ch.site.leaf.fingerprint.replace(/:/g, '').toUpperCase() : ch.c.thumbprint;
    notes.push(`template: ${shown} line ${node.line}: certificateUrl moves to ${ch.url} (${from}, thumbprint ${ch.c.thumbprint}).`);
  }
  // The URLs patch moved to a version are no longer unversioned.
  const moved = new Set(changes.filter((ch) => ch.c.url === ch.url).map((ch) => ch.c.urlNode!.line));
  const kept = findings.filter((f) => !(f.rule === 'template-url-unversioned' && f.line !== undefined && moved.has(f.line)));

  const writes: PlannedWrite[] = [];
  for (const [file, e] of edits) {
    const after = applyEdits(e.text, e.edits);
    if (after !== e.text) writes.push({ file, before: fs.readFileSync(file), after: Buffer.from(after, 'utf8'), mode: fs.statSync(file).mode & 0o777 });
  }
  const diff = writes
    .map((w) =>
      unifiedDiff(w.before!.toString('utf8'), w.after.toString('utf8'), `a/${displayPath(w.file, inputs.cwd)}`, `b/${displayPath(w.file, inputs.cwd)}`),
    )
    .join('');
  config.diff = (config.diff ?? '') + diff;
  if (inputs.dryRun || config.refused) {
    if (writes.length)
      notes.push(
        `${inputs.dryRun ? 'Dry run' : 'patch refused the package'}: ${writes.map((w) => displayPath(w.file, inputs.cwd)).join(', ')} would change; nothing was written.`,
      );
  } else if (writes.length) {
    writeFilesAtomically(writes);
    for (const w of writes) log.info(`patch: wrote ${w.file}`);
    config.written.push(...writes.map((w) => w.file));
    config.changed = true;
  }
  // The pair as it stands after patch: the cscfg patch wrote against the template's certificates.
  // A dry run wrote no cscfg, so the thumbprints are compared by `check` after the real patch.
  if (inputs.dryRun) {
    notes.push('Dry run: the cscfg thumbprints were not compared with the template (the cscfg is not patched yet); run check after patch.');
    return { findings: kept, notes };
  }
  return { findings: [...kept, ...lintTemplatePair(template, inputs, sites)], notes };
}
