// `patch`: brings the csdef and every cscfg to the target state of SPEC section 6, writes the
// startup task's files, and upload-ready PFX files where needed. Nothing is written when a file
// cannot be read or the role is unknown; a dry run only returns the diff. All writes are atomic
// (temp file in the same folder + rename), and a failure puts back the files already replaced.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assetPath } from '../assets.js';
import { writeUploadPfx } from '../certs/pfx-write.js';
import { displayPath, tempPathFor } from '../files.js';
import { inputRef } from '../door.js';
import { nothingToCheck } from '../inputs.js';
import { finding } from '../rules.js';
import { InputError, type ConfigReport, type Finding, type Inputs, type LoadedSite, type Logger, type NextStep } from '../types.js';
import { commonNameOf } from '../certs/x509.js';
import { unifiedDiff } from './diff.js';
import { lintParsed } from './lint.js';
import { chooseRole, configRole, configRoleMissing, isServiceFile, parseServiceText, readServiceFile, type ServiceFile } from './model.js';
import { certFacts, planPatch, type CertFacts } from './plan.js';
import { defaultStartupDir, renderStartupData, STARTUP_CMD, STARTUP_DATA, STARTUP_PS1, startupCommandLine } from './startup.js';
import { attr } from './xml.js';

export interface PlannedWrite {
  file: string;
  before: Buffer | null;
  after: Buffer;
  /** permission bits of the file being replaced */
  mode?: number;
}

export async function patchService(inputs: Inputs, sites: LoadedSite[], log: Logger): Promise<{ config: ConfigReport; findings: Finding[]; notes?: string[] }> {
  if (!inputs.serviceDefinition) throw new InputError(nothingToCheck(inputs) ?? 'Nothing to patch');
  const config: ConfigReport = {
    serviceDefinition: inputs.serviceDefinition,
    serviceConfigurations: inputs.serviceConfigurations,
    changed: false,
    written: [],
  };
  const findings: Finding[] = [];
  const notes: string[] = [];

  // 1. Read everything; refuse to write anything when one file is unreadable.
  const d = readServiceFile(inputs.serviceDefinition, 'definition', inputs.door);
  const cfgs = inputs.serviceConfigurations.map((f) => readServiceFile(f, 'configuration', inputs.door));
  for (const x of [d, ...cfgs]) if (!isServiceFile(x)) findings.push(x);
  if (findings.length || !isServiceFile(d))
    return { config: { ...config, refused: true }, findings, notes: ['patch: nothing written, because a service file could not be read.'] };
  const definition = d;
  const configurations = cfgs as ServiceFile[];
  const role = chooseRole(definition, inputs.role, inputs.door);
  if (!('el' in role))
    return { config: { ...config, refused: true }, findings: [role], notes: ['patch: nothing written, because the role to configure is unknown.'] };
  // Every file or none: a csdef patched beside a cscfg that cannot take the certificates is a
  // package pair Azure refuses.
  const roleless = configurations.filter((c) => !configRole(c, role.name)).map((c) => configRoleMissing(c, definition, role.name));
  if (roleless.length)
    return {
      config: { ...config, refused: true },
      findings: roleless,
      notes: [`patch: nothing written, because a cscfg has no role '${role.name}' to take the certificates (see findings).`],
    };

  const facts = certFacts(sites);
  if (facts.leaves.length === 0) {
    return {
      config: { ...config, refused: true },
      findings,
      notes: ["patch: nothing written, because no certificate of 'sites' could be read (see the certificate findings)."],
    };
  }
  const startupDir = inputs.startupDir ?? defaultStartupDir(definition.file, role.name);
  const commandLine = startupCommandLine(startupDir);
  if (!commandLine) {
    findings.push(
      finding(
        'input-invalid',
        `The folder name of ${inputRef(inputs.door, 'startup-dir')} (${path.basename(startupDir)}) cannot be used in the startup task's commandLine.`,
        {
          fix: "Name the startup folder with letters, digits, '-', '_' or '.' only (the default is sni-ready).",
        },
      ),
    );
    return { config: { ...config, refused: true }, findings };
  }

  // 2. Plan the edits and the startup files.
  const plan = planPatch({ inputs, definition, configurations, role, facts, commandLine });
  findings.push(...plan.findings);
  notes.push(...plan.notes);
  if (plan.findings.some((f) => f.rule === 'input-invalid'))
    return { config: { ...config, refused: true }, findings, notes: ['patch: nothing written, because of an invalid input (see the findings).'] };
  if (plan.findings.some((f) => f.severity === 'error'))
    return {
      config: { ...config, refused: true },
      findings,
      notes: ['patch: nothing written, because part of the package cannot be brought to the target state (see the findings); every file or none.'],
    };
  const writes: PlannedWrite[] = [];
  const addWrite = (file: string, after: Buffer) => {
    let before: Buffer | null = null;
    let mode: number | undefined;
    try {
      before = fs.readFileSync(file);
      mode = fs.statSync(file).mode & 0o777;
    } catch {
      before = null;
    }
    if (!before || !before.equals(after)) writes.push({ file, before, after, mode });
  };
  addWrite(plan.definition.file, Buffer.from(plan.definition.after, 'utf8'));
  for (const c of plan.configurations) addWrite(c.file, Buffer.from(c.after, 'utf8'));
  const dataFile = path.join(startupDir, STARTUP_DATA);
  addWrite(path.join(startupDir, STARTUP_CMD), fs.readFileSync(assetPath(`startup/${STARTUP_CMD}`)));
  addWrite(path.join(startupDir, STARTUP_PS1), fs.readFileSync(assetPath(`startup/${STARTUP_PS1}`)));
  addWrite(dataFile, Buffer.from(renderStartupData(plan.data), 'utf8'));

  // 3. Check the result before writing it: it must parse, and lint must find it in the target state.
  const afterDef = parseServiceText(definition.file, 'definition', plan.definition.after);
  const afterCfgs = plan.configurations.map((c) => parseServiceText(c.file, 'configuration', c.after));
  for (const x of [afterDef, ...afterCfgs])
    if (!isServiceFile(x)) throw new Error(`internal error: the patched ${x.file} does not parse (${x.message}); nothing was written`);
  const afterRole = chooseRole(afterDef as ServiceFile, role.name);
  if ('el' in afterRole) {
    findings.push(
      ...lintParsed({
        inputs,
        definition: afterDef as ServiceFile,
        configurations: afterCfgs as ServiceFile[],
        role: afterRole,
        facts,
        startupDataFile: dataFile,
        startupData: plan.data,
      }),
    );
  }

  // 4. Upload-ready PFX files.
  const targetOs = Math.min(...configurations.map((c) => Math.max(inputs.osFamily, Number(attr(c.doc.root, 'osFamily') ?? 0) || 0)), Infinity);
  const osAfter = Number.isFinite(targetOs) ? targetOs : inputs.osFamily;
  const uploads: { site: LoadedSite; out: string; why: string }[] = [];
  for (const site of sites) {
    if (!site.leaf || !site.key || !site.container || site.spec.keyVault) continue; // a Key Vault certificate is already uploaded
    const type = site.container.type;
    const aes = type === 'pfx' && /aes/i.test(String(site.container.encryption ?? ''));
    const why =
      type === 'p7b'
        ? 'a P7B cannot be uploaded with its key'
        : type === 'pem' || type === 'der'
          ? 'PEM files cannot be uploaded to the portal or Key Vault'
          : aes && osAfter <= 5
            ? `its AES encryption cannot be imported by osFamily ${osAfter} (Windows Server 2016 and older)`
            : '';
    if (!why) continue;
    const out = uploadPfxPath(site.spec.path);
    if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= fs.statSync(site.spec.path).mtimeMs) {
      notes.push(`Upload ${out} (3DES PFX with the full chain, same password) for ${site.spec.hosts.join(', ')}: it is up to date.`);
      continue;
    }
    uploads.push({ site, out, why });
  }

  // 5. Dry run: the diff only.
  const diffs = writes.map((w) =>
    unifiedDiff(
      w.before ? w.before.toString('utf8') : '',
      w.after.toString('utf8'),
      w.before ? `a/${displayPath(w.file, inputs.cwd)}` : '/dev/null',
      `b/${displayPath(w.file, inputs.cwd)}`,
    ),
  );
  config.diff = diffs.join('');
  const steps = () =>
    nextSteps({ inputs, facts, startupDir, uploads: uploads.map((u) => ({ site: u.site, out: u.out })), pending: inputs.dryRun ? writes.length : 0 });
  if (inputs.dryRun) {
    for (const u of uploads) notes.push(`Dry run: would write ${u.out} for ${u.site.spec.hosts.join(', ')} (${u.why}).`);
    notes.push(writes.length ? `Dry run: ${writes.length} file(s) would change; nothing was written.` : 'Dry run: everything is already in the target state.');
    return { config: { ...config, nextSteps: steps() }, findings, notes };
  }

  // 6. Write.
  writeFilesAtomically(writes);
  for (const w of writes) log.info(`patch: wrote ${w.file}`);
  config.written = writes.map((w) => w.file);
  for (const u of uploads) {
    await writeUploadPfx(u.site, u.site.spec.password, u.out);
    config.written.push(u.out);
    notes.push(
      `Wrote ${u.out}, a 3DES PFX with the full chain and the same password, for ${u.site.spec.hosts.join(', ')}: upload it to the portal or Key Vault (${u.why}).`,
    );
  }
  config.changed = config.written.length > 0;
  if (inputs.serviceConfigurations.length === 0)
    notes.push("patch: no 'service-configuration' given, so no cscfg got the thumbprints or osFamily; pass every .cscfg (Cloud, Local, ...).");
  if (writes.some((w) => w.file.startsWith(startupDir + path.sep))) {
    notes.push(
      `Startup files are in ${startupDir}; package that folder so it arrives as approot\\bin\\${path.basename(startupDir)} (the task runs ${commandLine}).`,
    );
  }
  return { config: { ...config, nextSteps: steps() }, findings, notes };
}

/**
 * What the user still has to do after patch, in order: write the files (after a dry run), upload
 * the certificates (the intermediates it declared included, with thumbprints), put the startup
 * folder into the package (the project file lines to add), package, deploy, verify.
 */
export function nextSteps(x: {
  inputs: Inputs;
  facts: CertFacts;
  startupDir: string;
  uploads: { site: LoadedSite; out: string }[];
  /** files a dry run would write */
  pending: number;
}): NextStep[] {
  const { inputs, facts, startupDir } = x;
  const show = (file: string) => displayPath(file, inputs.cwd);
  const steps: NextStep[] = [];
  if (x.pending) steps.push({ step: `Run patch again without dry-run to write the ${x.pending} file${x.pending === 1 ? '' : 's'} listed above.` });
  const leaves = facts.leaves.map((l) => {
    const upload =
      x.uploads.find((u) => u.site === l.site)?.out ?? (fs.existsSync(uploadPfxPath(l.site.spec.path)) ? uploadPfxPath(l.site.spec.path) : undefined);
    return `\`${show(upload ?? l.site.spec.path)}\` for ${l.hosts.join(', ')} (thumbprint ${l.thumbprint})`;
  });
  const cas = facts.intermediates.map(
    (c) =>
      `the intermediate '${commonNameOf(c.subject) ?? c.subject}' (thumbprint ${c.thumbprint}, declared with storeName CA; export it as a .cer from the chain of ${c.hosts[0] ?? 'its host'}'s file)`,
  );
  steps.push({
    step: `Upload the certificates to the cloud service (portal: Certificates, or Key Vault; same password): ${[...leaves, ...cas].join('; ')}. The cscfg names each by its thumbprint, and a deployment whose certificate is missing fails.`,
  });
  const def = inputs.serviceDefinition!;
  const defDir = path.dirname(def);
  const inRoleContent = !path.relative(defDir, startupDir).startsWith('..') && /Content$/.test(path.relative(defDir, startupDir).split(path.sep)[0] ?? '');
  const base = inRoleContent ? defDir : path.dirname(startupDir);
  const project = inRoleContent ? 'the cloud project (.ccproj, beside the csdef)' : `the web role's project (.csproj in ${show(base)})`;
  const folder = path.basename(startupDir);
  steps.push({
    step: `Put the startup folder \`${show(startupDir)}\` into the package so that it arrives as approot\\bin\\${folder}: if ${project} lists its content, add these lines to an <ItemGroup>:`,
    lines: [STARTUP_CMD, STARTUP_PS1, STARTUP_DATA].map(
      (f) =>
        `<Content Include="${path.relative(base, path.join(startupDir, f)).split(path.sep).join('\\')}"><CopyToOutputDirectory>PreserveNewest</CopyToOutputDirectory></Content>`,
    ),
  });
  const cscfgs = inputs.serviceConfigurations.map((c) => `\`${path.basename(c)}\``);
  steps.push({ step: `Package the cloud service (Visual Studio: Package, or msbuild /t:Publish on the .ccproj) with the patched \`${path.basename(def)}\`.` });
  steps.push({ step: `Deploy the package with the patched ${cscfgs.length ? cscfgs.join(', ') : 'cscfg'} (a staging slot first, where you have one).` });
  const hosts = facts.leaves.flatMap((l) => l.hosts);
  steps.push({
    step: `Verify: before deploying, \`verify\` with server iis on a Windows runner proves the bindings; after deploying, \`scan\` the endpoints (${hosts.slice(0, 3).join(', ')}${hosts.length > 3 ? ', …' : ''}) to see what clients get.`,
  });
  return steps;
}

/**
 * An AES PFX whose 3DES upload-ready copy patch keeps beside it no longer blocks the step: what
 * gets uploaded is that copy. Its `pfx-legacy-windows` finding stays, as a warning naming the
 * copy, so the swap is not forgotten. Nothing changes in a dry run (no copy is written).
 */
export function settleUploadedPfxFindings(checkFindings: Finding[], inputs: Inputs): void {
  if (inputs.dryRun) return;
  for (const f of checkFindings) {
    if (f.rule !== 'pfx-legacy-windows' || !f.file || f.severity !== 'error') continue;
    const upload = uploadPfxPath(path.resolve(inputs.cwd, f.file));
    if (!fs.existsSync(upload)) continue;
    f.severity = 'warning';
    f.message += ` sni-ready wrote ${path.relative(inputs.cwd, upload)} (3DES, full chain, same password): upload that file instead.`;
  }
}

/** `certs/www.p7b` → `certs/www.upload.pfx` (`www.pfx` → `www.upload.pfx`). */
export function uploadPfxPath(source: string): string {
  const ext = path.extname(source);
  return path.join(path.dirname(source), `${path.basename(source, ext)}.upload.pfx`);
}

/**
 * Writes every file through a temp file in its own folder and a rename. All temp files are
 * written first; if any write or rename fails, temp files are removed and files already renamed
 * get their previous bytes back, so a failed run leaves every file as it was.
 */
export function writeFilesAtomically(writes: PlannedWrite[]): void {
  const temps: { w: PlannedWrite; tmp: string }[] = [];
  const createdDirs: string[] = [];
  const done: PlannedWrite[] = [];
  try {
    for (const w of writes) {
      const dir = path.dirname(w.file);
      if (!fs.existsSync(dir)) {
        const first = fs.mkdirSync(dir, { recursive: true });
        if (first) createdDirs.push(first);
      }
      const tmp = tempPathFor(w.file);
      fs.writeFileSync(tmp, w.after, { flag: 'wx', mode: w.mode ?? 0o644 });
      temps.push({ w, tmp });
    }
    for (const { w, tmp } of temps) {
      fs.renameSync(tmp, w.file);
      done.push(w);
    }
  } catch (err) {
    for (const { tmp } of temps) fs.rmSync(tmp, { force: true });
    for (const w of done.reverse()) {
      try {
        if (w.before) fs.writeFileSync(w.file, w.before);
        else fs.rmSync(w.file, { force: true });
      } catch {
        /* best effort: report the original error below */
      }
    }
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`patch could not write its files (${(err as Error).message}); every file was left as it was`);
  }
}
