// Service-config findings (part of `check`, and re-run by `patch` on its own result): each one
// names the csdef/cscfg file and line, what is wrong, and how to fix it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inputRef } from '../door.js';
import { finding } from '../rules.js';
import type { ConfigReport, Finding, Inputs, LoadedSite } from '../types.js';
import {
  chooseRole,
  configRole,
  configThumbprints,
  configRoleMissing,
  declaredCerts,
  inputEndpoints,
  isHttps443,
  isServiceFile,
  normalizeThumbprint,
  OS_FAMILIES,
  readServiceFile,
  siteBindings,
  sites as roleSites,
  type RoleView,
  type ServiceFile,
} from './model.js';
import { certFacts, findStartupTask, type CertFacts } from './plan.js';
import { defaultStartupDir, parseStartupData, STARTUP_DATA, type StartupData } from './startup.js';
import { attr, child } from './xml.js';

export interface LintContext {
  inputs: Inputs;
  definition?: ServiceFile;
  configurations: ServiceFile[];
  role?: RoleView;
  facts: CertFacts;
  /** the startup data file and its content (null when absent or not ours) */
  startupDataFile?: string;
  startupData: StartupData | null;
}

export async function lintService(inputs: Inputs, sites: LoadedSite[]): Promise<{ config: ConfigReport; findings: Finding[] }> {
  const findings: Finding[] = [];
  const config: ConfigReport = {
    serviceDefinition: inputs.serviceDefinition,
    serviceConfigurations: inputs.serviceConfigurations,
    changed: false,
    written: [],
  };
  let definition: ServiceFile | undefined;
  if (inputs.serviceDefinition) {
    const d = readServiceFile(inputs.serviceDefinition, 'definition', inputs.door);
    if (isServiceFile(d)) definition = d;
    else findings.push(d);
  }
  const configurations: ServiceFile[] = [];
  for (const file of inputs.serviceConfigurations) {
    const c = readServiceFile(file, 'configuration', inputs.door);
    if (isServiceFile(c)) configurations.push(c);
    else findings.push(c);
  }
  let role: RoleView | undefined;
  if (definition) {
    const r = chooseRole(definition, inputs.role, inputs.door);
    if ('el' in r) role = r;
    else findings.push(r);
  }
  let startupDataFile: string | undefined;
  let startupData: StartupData | null = null;
  if (definition && role) {
    startupDataFile = path.join(inputs.startupDir ?? defaultStartupDir(definition.file, role.name), STARTUP_DATA);
    try {
      startupData = parseStartupData(fs.readFileSync(startupDataFile, 'utf8'));
    } catch {
      startupData = null;
    }
  }
  findings.push(...lintParsed({ inputs, definition, configurations, role, facts: certFacts(sites), startupDataFile, startupData }));
  return { config, findings };
}

/** Findings for already-parsed files (also used by `patch` to check its own result). */
export function lintParsed(ctx: LintContext): Finding[] {
  const { inputs, definition, configurations, role, facts } = ctx;
  const out: Finding[] = [];

  for (const cfg of configurations) {
    const root = cfg.doc.root;
    const raw = attr(root, 'osFamily');
    const os = raw !== undefined && /^\s*\d+\s*$/.test(raw) ? Number(raw) : undefined;
    if (os === undefined || os < inputs.osFamily) {
      const what =
        raw === undefined
          ? 'no osFamily (Azure then uses family 1, Windows Server 2008 SP2)'
          : os === undefined
            ? `osFamily '${raw}', which is not a number`
            : `osFamily ${os} (${OS_FAMILIES[os] ?? 'unknown'})`;
      const retired =
        os !== undefined && os <= 4 ? ' — a retired guest OS family that can no longer be deployed' : raw === undefined ? ' — retired, not deployable' : '';
      out.push(
        finding(
          'config-os-family',
          `${path.basename(cfg.file)} has ${what}${retired}; SNI needs IIS 8+ and ${inputs.osFamilyGiven ? inputRef(inputs.door, 'os-family') : 'the default os-family'} asks for at least ${inputs.osFamily} (${OS_FAMILIES[inputs.osFamily] ?? 'newer'}).`,
          {
            file: cfg.file,
            line: root.line,
            fix: `Set osFamily="${inputs.osFamily}" (or higher) on <ServiceConfiguration>; 'sni-ready patch' does this.`,
          },
        ),
      );
    }
  }
  if (!definition || !role) return out;
  const def = definition;
  const declared = declaredCerts(role.el);
  const declaredNames = new Set(declared.map((d) => d.name));
  const roleLine = role.el.line;
  const certsLine = child(role.el, 'Certificates')?.line ?? roleLine;

  // HTTPS endpoint and the certificates endpoints name.
  const endpoints = inputEndpoints(role.el);
  const https = endpoints.find(isHttps443);
  if (!https) {
    out.push(
      finding('config-https-endpoint', `Role '${role.name}' has no HTTPS input endpoint on port 443.`, {
        file: def.file,
        line: child(role.el, 'Endpoints')?.line ?? roleLine,
        fix: 'Add <InputEndpoint name="HttpsIn" protocol="https" port="443" certificate="..." /> to <Endpoints>; \'sni-ready patch\' does this.',
      }),
    );
  }
  for (const ep of endpoints) {
    const cert = attr(ep, 'certificate');
    if (cert !== undefined && !declaredNames.has(cert)) {
      out.push(
        finding(
          'config-cert-undeclared',
          `Endpoint '${attr(ep, 'name')}' of role '${role.name}' names certificate '${cert}', which the role does not declare.`,
          {
            file: def.file,
            line: ep.line,
            fix: `Declare <Certificate name="${cert}" storeLocation="LocalMachine" storeName="My" /> in the role's <Certificates>, or name a declared certificate.`,
          },
        ),
      );
    }
  }

  // cscfg thumbprints.
  const leafThumbs = new Set(facts.leaves.map((l) => l.thumbprint));
  const listLeaves = () => facts.leaves.map((l) => `${l.hosts.join(' ')}: ${l.thumbprint}`).join('; ');
  for (const cfg of configurations) {
    const cr = configRole(cfg, role.name);
    if (!cr) {
      out.push(configRoleMissing(cfg, def, role.name));
      continue;
    }
    const thumbs = configThumbprints(cr);
    const crLine = child(cr, 'Certificates')?.line ?? cr.line;
    for (const d of declared) {
      const entry = thumbs.get(d.name);
      if (!entry?.thumbprint.trim()) {
        out.push(
          finding(
            'config-thumbprint',
            `Certificate '${d.name}' declared in ${path.basename(def.file)} has ${entry ? 'an empty thumbprint' : 'no thumbprint'} in ${path.basename(cfg.file)}.`,
            {
              file: cfg.file,
              // an empty entry is annotated where it is, a missing one where it belongs
              line: entry?.el.line ?? crLine,
              fix: entry
                ? `Set thumbprint on <Certificate name="${d.name}"> (line ${entry.el.line}) to the certificate's SHA-1 thumbprint, or remove '${d.name}' from the csdef and every cscfg if nothing uses it.`
                : `Add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" /> to role '${role.name}' in ${path.basename(cfg.file)}.`,
            },
          ),
        );
      }
    }
    const httpsCert = https ? attr(https, 'certificate') : undefined;
    const httpsEntry = httpsCert ? thumbs.get(httpsCert) : undefined;
    if (httpsCert && httpsEntry && facts.leaves.length && !leafThumbs.has(normalizeThumbprint(httpsEntry.thumbprint))) {
      out.push(
        finding(
          'config-thumbprint',
          `Thumbprint '${httpsEntry.thumbprint}' of certificate '${httpsCert}' (HTTPS endpoint) in ${path.basename(cfg.file)} matches none of the certificate files (${listLeaves()}).`,
          {
            file: cfg.file,
            line: httpsEntry.el.line,
            fix: `Set the thumbprint to the certificate's SHA-1 thumbprint, or point the HTTPS endpoint at a certificate from 'sites'; 'sni-ready patch' does this.`,
          },
        ),
      );
    }
    for (const leaf of facts.leaves) {
      const entry = [...thumbs].find(([name, e]) => declaredNames.has(name) && normalizeThumbprint(e.thumbprint) === leaf.thumbprint);
      if (!entry) {
        out.push(
          finding(
            'config-thumbprint',
            `The certificate for ${leaf.hosts.join(', ')} (thumbprint ${leaf.thumbprint}) is not declared for role '${role.name}' in ${path.basename(cfg.file)}.`,
            {
              file: cfg.file,
              line: crLine,
              host: leaf.hosts[0],
              fix: `Declare it in the csdef (storeName="My") and add its thumbprint ${leaf.thumbprint} with thumbprintAlgorithm="sha1" to the cscfg; 'sni-ready patch' does both.`,
            },
          ),
        );
      }
    }
    for (const ca of facts.intermediates) {
      const entry = [...thumbs].find(
        ([name, e]) => normalizeThumbprint(e.thumbprint) === ca.thumbprint && declared.some((d) => d.name === name && d.storeName.toLowerCase() === 'ca'),
      );
      if (!entry) {
        out.push(
          finding(
            'config-intermediate',
            `Intermediate '${ca.subject.replace(/\n/g, ', ')}' (thumbprint ${ca.thumbprint}) of ${ca.hosts.join(', ')} is not declared with storeName="CA" for role '${role.name}' (${path.basename(cfg.file)}).`,
            {
              file: def.file,
              line: certsLine,
              host: ca.hosts[0],
              fix: `Declare <Certificate name="..." storeLocation="LocalMachine" storeName="CA" /> and add thumbprint ${ca.thumbprint} to the cscfg; 'sni-ready patch' does both.`,
            },
          ),
        );
      }
    }
  }

  // SNI binding steps.
  const task = findStartupTask(role.el);
  const elevated = task !== undefined && attr(task, 'executionContext') === 'elevated';
  const data = ctx.startupData;
  for (const leaf of facts.leaves) {
    for (const host of leaf.hosts) {
      let why: string | undefined;
      if (!task) why = `role '${role.name}' has no sni-ready startup task`;
      else if (!elevated) why = `the startup task '${attr(task, 'commandLine')}' is not elevated`;
      else if (!data) why = `the startup data file ${ctx.startupDataFile ?? STARTUP_DATA} is missing`;
      else if (!data.bindings.some((x) => x.host === host)) why = `the startup data file does not list ${host}`;
      // a data file that names an older thumbprint is drift (config-cert-drift, below): the task
      // picks the renewed certificate at run time
      if (why) {
        out.push(
          finding('config-sni-binding', `${host} has no SNI binding step: ${why}.`, {
            file: def.file,
            line: task?.line ?? child(role.el, 'Startup')?.line ?? roleLine,
            host,
            fix: "Run 'sni-ready patch' and package the startup folder it writes, so the role adds an sslFlags=1 binding for each host.",
          }),
        );
      }
    }
  }
  out.push(...lintCertDrift(ctx, def, role, task?.line ?? roleLine));

  const httpsNames = new Set(endpoints.filter(isHttps443).map((e) => attr(e, 'name')));
  for (const site of roleSites(role.el)) {
    const bindings = siteBindings(site);
    const hostless = bindings.filter((b) => httpsNames.has(attr(b, 'endpointName')) && !(attr(b, 'hostHeader') ?? '').trim());
    const removable = hostless.length < bindings.length;
    if (!removable && elevated) continue; // the startup task removes the IP-specific mapping it makes
    for (const b of hostless) {
      out.push(
        finding(
          'config-sni-binding',
          `Binding '${attr(b, 'name')}' of site '${attr(site, 'name')}' has no hostHeader: the fabric makes an IP-specific :443 certificate mapping for it that overrides SNI for every host.`,
          {
            file: def.file,
            line: b.line,
            fix: removable
              ? "Remove this binding (the startup task adds one SNI binding per host); 'sni-ready patch' does this."
              : "Run 'sni-ready patch' so the startup task removes the IP-specific mapping.",
          },
        ),
      );
    }
  }
  return out;
}

/**
 * config-cert-drift: what the package would bind against what the cscfg installs and the
 * certificate files hold. The startup data file is frozen in the package at patch time; a renewal
 * changes only the cscfg thumbprint (and the certificate file). The startup task then binds, at
 * run time, the certificate with a private key that covers the host and expires last, so drift is
 * a warning when the cscfg still declares a certificate the files show covering the host, and an
 * error when no declared certificate is left for it.
 */
function lintCertDrift(ctx: LintContext, def: ServiceFile, role: RoleView, line: number): Finding[] {
  const data = ctx.startupData;
  if (!data) return [];
  const out: Finding[] = [];
  const myNames = declaredCerts(role.el)
    .filter((d) => d.storeName.toLowerCase() === 'my' && d.storeLocation === 'LocalMachine')
    .map((d) => d.name);
  const seen = new Set<string>();
  for (const b of data.bindings) {
    if (seen.has(b.host)) continue;
    seen.add(b.host);
    const packaged = normalizeThumbprint(b.thumbprint);
    const file = ctx.facts.leaves.find((l) => l.hosts.includes(b.host));
    if (file && file.thumbprint !== packaged) {
      out.push(
        finding(
          'config-cert-drift',
          `The startup data file binds ${b.host} to ${packaged}, but its certificate file now holds ${file.thumbprint}: the package predates the certificate; the startup task binds the new one at run time only if the cscfg declares it.`,
          {
            file: ctx.startupDataFile ?? def.file,
            line: 1,
            host: b.host,
            fix: "Run 'sni-ready patch' again and redeploy when convenient, so the package names the certificate the cscfg declares.",
          },
        ),
      );
    }
    for (const cfg of ctx.configurations) {
      const thumbs = configThumbprints(configRole(cfg, role.name));
      const declared = myNames.map((name) => ({ name, thumbprint: normalizeThumbprint(thumbs.get(name)?.thumbprint ?? '') }));
      if (declared.some((d) => d.thumbprint === packaged)) continue;
      const covering = declared.find((d) => ctx.facts.leaves.some((l) => l.thumbprint === d.thumbprint && l.hosts.includes(b.host)));
      const name = path.basename(cfg.file);
      out.push(
        covering
          ? finding(
              'config-cert-drift',
              `${name} installs '${covering.name}' (${covering.thumbprint}) for ${b.host}, while the package's startup data still names ${packaged}: the startup task binds ${covering.thumbprint} at run time, on the role's next start (restart the instances after the cscfg update).`,
              {
                file: cfg.file,
                line: thumbs.get(covering.name)?.el.line ?? line,
                host: b.host,
                fix: "Restart the role instances so the startup task runs, and re-run 'sni-ready patch' before the next package deployment so the package matches the cscfg.",
              },
            )
          : finding(
              'config-cert-drift',
              `${name} declares no certificate with the thumbprint the package binds to ${b.host} (${packaged})${ctx.facts.leaves.length ? ', and none that the certificate files show covering it' : ''}: after this cscfg, ${b.host} keeps HTTPS only if another installed certificate covers it.`,
              {
                severity: ctx.facts.leaves.length ? 'error' : 'warning',
                file: cfg.file,
                line: child(configRole(cfg, role.name) ?? cfg.doc.root, 'Certificates')?.line ?? cfg.doc.root.line,
                host: b.host,
                fix: `Set the thumbprint of the certificate for ${b.host} in ${name} (and upload it), or run 'sni-ready patch' with the current certificate files.`,
              },
            ),
      );
    }
  }
  return out;
}
