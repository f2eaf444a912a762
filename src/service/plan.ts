// What `patch` changes: from the certificates of `sites` and the parsed csdef/cscfg, the
// Certificate names to declare (reusing entries that already carry the same thumbprint), the
// HTTPS endpoint, the startup task, the cscfg thumbprints and osFamily — as text edits on the
// original files (see writer.ts), plus the startup data file.
import * as path from 'node:path';
import { isSelfSigned, thumbprint } from '../certs/chain.js';
import { commonNameOf } from '../certs/x509.js';
import { capital, inputRef } from '../door.js';
import { finding } from '../rules.js';
import type { Finding, Inputs, LoadedSite } from '../types.js';
import {
  configRoleMissing,
  configRole,
  configThumbprints,
  declaredCerts,
  inputEndpoints,
  isHttps443,
  normalizeThumbprint,
  siteBindings,
  sites as roleSites,
  startupTasks,
  type RoleView,
  type ServiceFile,
} from './model.js';
import { STARTUP_CMD, startupTaskVariables, type StartupData } from './startup.js';
import { attr, child, children, type XmlElement } from './xml.js';
import { applyEdits, Layout, type Edit, type NewElement } from './writer.js';

export interface LeafFact {
  thumbprint: string;
  hosts: string[];
  subject: string;
  site: LoadedSite;
}

export interface CaFact {
  thumbprint: string;
  subject: string;
  /** hosts whose chain holds it */
  hosts: string[];
}

export interface CertFacts {
  leaves: LeafFact[];
  intermediates: CaFact[];
}

/** Distinct leaves (by thumbprint, hosts merged) and distinct intermediates of the loaded sites. */
export function certFacts(sites: LoadedSite[]): CertFacts {
  const leaves = new Map<string, LeafFact>();
  const cas = new Map<string, CaFact>();
  for (const site of sites) {
    if (!site.leaf) continue;
    const t = thumbprint(site.leaf);
    const leaf = leaves.get(t) ?? { thumbprint: t, hosts: [], subject: site.leaf.subject ?? '', site };
    for (const h of site.spec.hosts) if (!leaf.hosts.includes(h)) leaf.hosts.push(h);
    leaves.set(t, leaf);
    for (const c of site.chain) {
      if (isSelfSigned(c)) continue;
      const ct = thumbprint(c);
      const ca = cas.get(ct) ?? { thumbprint: ct, subject: c.subject ?? '', hosts: [] };
      for (const h of site.spec.hosts) if (!ca.hosts.includes(h)) ca.hosts.push(h);
      cas.set(ct, ca);
    }
  }
  return { leaves: [...leaves.values()], intermediates: [...cas.values()] };
}

/** The CN for a store name; Node gives no subject string at all for an empty subject. */
function commonName(subject: string): string {
  return commonNameOf(subject) ?? subject;
}

/** `www.test1.com` → `WwwTest1Com`; `*.test1.com` → `WildcardTest1Com`. */
export function pascal(text: string): string {
  const words = text
    .replace(/^\*\./, 'wildcard.')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .slice(0, 48);
}

/**
 * Certificate names: an entry already declared in the role whose cscfg thumbprint equals the
 * certificate's (and whose store fits) is reused; otherwise `Sni<FirstHost>` for a leaf and
 * `SniCa<CommonName>` for an intermediate, with a number added when the name is taken.
 */
export function assignNames(
  facts: CertFacts,
  role: XmlElement,
  cfgs: ServiceFile[],
  roleName: string,
  placeholder?: { thumbprint: string; name: string },
): Map<string, string> {
  const declared = declaredCerts(role);
  const taken = new Set(declared.map((d) => d.name.toLowerCase()));
  const names = new Map<string, string>();
  const cfgThumbs = cfgs.map((cfg) => configThumbprints(configRole(cfg, roleName)));
  const thumbOfDeclared = (name: string): string | undefined => {
    for (const map of cfgThumbs) {
      const t = map.get(name)?.thumbprint;
      if (t) return normalizeThumbprint(t);
    }
    return undefined;
  };
  // A name our own scheme would give (`base`, `base2`, ...): with no cscfg thumbprint to go by (no
  // cscfg, or none with the role), it is the entry an earlier run declared, so it is reused and a
  // second run changes nothing.
  const ours = (name: string, base: string): boolean =>
    name.toLowerCase() === base.toLowerCase() || (name.toLowerCase().startsWith(base.toLowerCase()) && /^\d+$/.test(name.slice(base.length)));
  const pick = (thumbprint: string, store: 'My' | 'CA', base: string) => {
    const fits = (d: (typeof declared)[number]) =>
      d.storeName.toLowerCase() === store.toLowerCase() && d.storeLocation === 'LocalMachine' && ![...names.values()].includes(d.name);
    const reuse =
      declared.find((d) => fits(d) && thumbOfDeclared(d.name) === thumbprint) ??
      declared.find((d) => fits(d) && thumbOfDeclared(d.name) === undefined && ours(d.name, base || 'SniCertificate'));
    if (reuse) {
      names.set(thumbprint, reuse.name);
      return;
    }
    if (placeholder && placeholder.thumbprint === thumbprint && store === 'My' && ![...names.values()].includes(placeholder.name)) {
      names.set(thumbprint, placeholder.name);
      return;
    }
    let name = base || 'SniCertificate';
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}${k}`;
    taken.add(name.toLowerCase());
    names.set(thumbprint, name);
  };
  for (const l of facts.leaves) pick(l.thumbprint, 'My', `Sni${pascal(l.hosts[0] ?? commonName(l.subject))}`);
  for (const c of facts.intermediates) pick(c.thumbprint, 'CA', `SniCa${pascal(commonName(c.subject))}`);
  return names;
}

/**
 * The HTTPS endpoint's certificate when no cscfg gives it a real thumbprint (empty, `0`, a
 * placeholder that is not 40 hex digits): the endpoint's leaf takes over that name, so its
 * thumbprint is filled in rather than left behind as an entry no deployment can satisfy.
 */
function endpointPlaceholder(
  role: XmlElement,
  cfgs: ServiceFile[],
  roleName: string,
  leaf: LeafFact | undefined,
): { thumbprint: string; name: string } | undefined {
  const https = inputEndpoints(role).find(isHttps443);
  const current = https ? attr(https, 'certificate') : undefined;
  if (!leaf || !current) return undefined;
  const decl = declaredCerts(role).find((d) => d.name === current);
  if (!decl || decl.storeName.toLowerCase() !== 'my' || decl.storeLocation !== 'LocalMachine') return undefined;
  const real = cfgs.some((cfg) => /^[0-9A-F]{40}$/.test(normalizeThumbprint(configThumbprints(configRole(cfg, roleName)).get(current)?.thumbprint ?? '')));
  return real ? undefined : { thumbprint: leaf.thumbprint, name: current };
}

export interface PlanContext {
  inputs: Inputs;
  definition: ServiceFile;
  configurations: ServiceFile[];
  role: RoleView;
  facts: CertFacts;
  commandLine: string;
}

export interface PatchPlan {
  definition: { file: string; before: string; after: string };
  configurations: { file: string; before: string; after: string }[];
  data: StartupData;
  names: Map<string, string>;
  findings: Finding[];
  notes: string[];
}

/** The host whose certificate clients without SNI get: input `fallback`, first host, or none. */
export function fallbackLeaf(inputs: Inputs, facts: CertFacts): { host: string; leaf: LeafFact } | null | Finding {
  if (inputs.fallback === null) return null;
  if (inputs.fallback === undefined) {
    const first = facts.leaves[0];
    return first && first.hosts[0] ? { host: first.hosts[0], leaf: first } : null;
  }
  const leaf = facts.leaves.find((l) => l.hosts.includes(inputs.fallback!));
  if (!leaf)
    return finding(
      'input-invalid',
      `${capital(inputRef(inputs.door, 'fallback'))} names '${inputs.fallback}', which is not a host of ${inputRef(inputs.door, 'sites')} with a readable certificate.`,
      {
        fix: `Set ${inputRef(inputs.door, 'fallback')} to a host listed in ${inputRef(inputs.door, 'sites')}, or to 'none'.`,
      },
    );
  return { host: inputs.fallback, leaf };
}

/**
 * The startup data file's content for `sites` without a service package (for the IIS verify job,
 * which runs the same startup script against a site it made): same bindings and fallback rule.
 */
export function startupDataFor(inputs: Inputs, sites: LoadedSite[], siteName: string): StartupData {
  const facts = certFacts(sites);
  const fb = fallbackLeaf(inputs, facts);
  return {
    version: 1,
    siteName,
    port: 443,
    bindings: facts.leaves.flatMap((l) => l.hosts.map((host) => ({ host, thumbprint: l.thumbprint }))),
    fallback: fb && 'leaf' in fb ? { host: fb.host, thumbprint: fb.leaf.thumbprint } : null,
  };
}

export function planPatch(ctx: PlanContext): PatchPlan {
  const { inputs, definition, configurations, role, facts } = ctx;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const fb = fallbackLeaf(inputs, facts);
  const fallback = fb && 'leaf' in fb ? fb : null;
  if (fb && 'rule' in fb) findings.push(fb);
  const names = assignNames(
    facts,
    role.el,
    configurations,
    role.name,
    endpointPlaceholder(role.el, configurations, role.name, fallback?.leaf ?? facts.leaves[0]),
  );

  // ---- csdef ----
  const layout = new Layout(definition.doc);
  const edits: Edit[] = [];
  const declared = declaredCerts(role.el);
  const declaredNames = new Set(declared.map((d) => d.name));
  // Leaves go to LocalMachine\My, intermediates to LocalMachine\CA.
  const wantedDecls: NewElement[] = [
    ...facts.leaves.map((l) => ({ thumbprint: l.thumbprint, store: 'My' })),
    ...facts.intermediates.map((c) => ({ thumbprint: c.thumbprint, store: 'CA' })),
  ]
    .map(({ thumbprint, store }) => ({ name: names.get(thumbprint)!, store }))
    .filter(({ name }) => !declaredNames.has(name))
    .map(({ name, store }) => ({
      name: 'Certificate',
      attrs: [
        ['name', name],
        ['storeLocation', 'LocalMachine'],
        ['storeName', store],
      ] as [string, string][],
    }));
  const certsEl = child(role.el, 'Certificates');
  const roleAdds: NewElement[] = [];
  if (wantedDecls.length) {
    if (certsEl) edits.push(layout.appendChildren(certsEl, wantedDecls));
    else roleAdds.push({ name: 'Certificates', attrs: [], children: wantedDecls });
  }

  // HTTPS endpoint on 443 whose certificate is one of ours.
  const leafNames = new Set(facts.leaves.map((l) => names.get(l.thumbprint)!));
  const endpointCert = fallback ? names.get(fallback.leaf.thumbprint) : facts.leaves[0] ? names.get(facts.leaves[0].thumbprint) : undefined;
  const endpoints = inputEndpoints(role.el);
  const https = endpoints.find(isHttps443);
  let httpsEndpointName = https ? attr(https, 'name') : undefined;
  if (https) {
    const current = attr(https, 'certificate');
    if (endpointCert && (!current || !leafNames.has(current))) {
      const e = layout.setAttribute(https, 'certificate', endpointCert);
      if (e) edits.push(e);
      if (current)
        notes.push(
          `${path.basename(definition.file)}: HTTPS endpoint '${attr(https, 'name')}' now uses certificate '${endpointCert}' instead of '${current}', whose thumbprint matches none of the files in 'sites'.`,
        );
    }
  } else if (endpointCert) {
    const clash = endpoints.find((e) => attr(e, 'port') === '443');
    if (clash) {
      findings.push(
        finding(
          'config-https-endpoint',
          `Role '${role.name}' uses port 443 for ${attr(clash, 'protocol')} endpoint '${attr(clash, 'name')}', so no HTTPS endpoint can be added.`,
          {
            file: definition.file,
            line: clash.line,
            fix: `Change endpoint '${attr(clash, 'name')}' to protocol="https" with a certificate, or move it to another port.`,
          },
        ),
      );
    } else {
      const taken = new Set(endpoints.map((e) => attr(e, 'name')));
      let name = 'SniHttpsIn';
      for (let k = 2; taken.has(name); k++) name = `SniHttpsIn${k}`;
      httpsEndpointName = name;
      const ep: NewElement = {
        name: 'InputEndpoint',
        attrs: [
          ['name', name],
          ['protocol', 'https'],
          ['port', '443'],
          ['certificate', endpointCert],
        ],
      };
      const endpointsEl = child(role.el, 'Endpoints');
      if (endpointsEl) edits.push(layout.appendChildren(endpointsEl, [ep]));
      else roleAdds.push({ name: 'Endpoints', attrs: [], children: [ep] });
    }
  }

  // Host-less HTTPS site bindings make the fabric create an IP-specific :443 mapping that
  // overrides SNI: remove them where the site keeps another binding (the schema needs one).
  const httpsNames = new Set(
    endpoints.filter((e) => (attr(e, 'protocol') ?? '').toLowerCase() === 'https' && attr(e, 'port') === '443').map((e) => attr(e, 'name')),
  );
  for (const site of roleSites(role.el)) {
    const bindings = siteBindings(site);
    const hostless = bindings.filter((b) => httpsNames.has(attr(b, 'endpointName')) && !(attr(b, 'hostHeader') ?? '').trim());
    if (hostless.length && hostless.length < bindings.length) {
      for (const b of hostless) edits.push(layout.removeElement(b));
      notes.push(
        `${path.basename(definition.file)}: removed host-less HTTPS binding${hostless.length > 1 ? 's' : ''} ${hostless.map((b) => `'${attr(b, 'name')}'`).join(', ')} of site '${attr(site, 'name')}'; the startup task adds one SNI binding per host instead.`,
      );
    }
  }

  // The elevated background startup task.
  const variables = startupTaskVariables(httpsEndpointName);
  const task: NewElement = {
    name: 'Task',
    attrs: [
      ['commandLine', ctx.commandLine],
      ['executionContext', 'elevated'],
      ['taskType', 'background'],
    ],
    children: [
      {
        name: 'Environment',
        attrs: [],
        children: variables.map(([name, xpath]) => ({
          name: 'Variable',
          attrs: [['name', name]],
          children: [{ name: 'RoleInstanceValue', attrs: [['xpath', xpath]] }],
        })),
      },
    ],
  };
  const existingTask = findStartupTask(role.el);
  if (existingTask) {
    if (!taskMatches(existingTask, ctx.commandLine, variables)) edits.push(layout.replaceElement(existingTask, task));
  } else {
    const startupEl = child(role.el, 'Startup');
    if (startupEl) edits.push(layout.appendChildren(startupEl, [task]));
    else roleAdds.push({ name: 'Startup', attrs: [], children: [task] });
  }
  if (roleAdds.length) edits.push(layout.appendChildren(role.el, roleAdds));
  const defAfter = applyEdits(definition.doc.text, edits);

  // ---- cscfg ----
  const wanted: { name: string; thumbprint: string }[] = [
    ...facts.leaves.map((l) => ({ name: names.get(l.thumbprint)!, thumbprint: l.thumbprint })),
    ...facts.intermediates.map((c) => ({ name: names.get(c.thumbprint)!, thumbprint: c.thumbprint })),
  ];
  const cfgPlans = configurations.map((cfg) => {
    const cl = new Layout(cfg.doc);
    const ce: Edit[] = [];
    const root = cfg.doc.root;
    const os = attr(root, 'osFamily');
    if (os === undefined || /^\s*\d+\s*$/.test(os)) {
      if (os === undefined || Number(os) < inputs.osFamily) ce.push(cl.setAttribute(root, 'osFamily', String(inputs.osFamily))!);
    } else {
      findings.push(
        finding('config-os-family', `osFamily '${os}' in ${path.basename(cfg.file)} is not a number.`, {
          file: cfg.file,
          line: root.line,
          fix: `Set osFamily="${inputs.osFamily}" (or higher).`,
        }),
      );
    }
    const cr = configRole(cfg, role.name);
    if (!cr) {
      findings.push(configRoleMissing(cfg, definition, role.name));
    } else {
      const existing = configThumbprints(cr);
      const add: NewElement[] = [];
      for (const w of wanted) {
        const e = existing.get(w.name);
        if (!e) {
          add.push({
            name: 'Certificate',
            attrs: [
              ['name', w.name],
              ['thumbprint', w.thumbprint],
              ['thumbprintAlgorithm', 'sha1'],
            ],
          });
          continue;
        }
        const t = cl.setAttribute(e.el, 'thumbprint', w.thumbprint);
        if (t) ce.push(t);
        const a = cl.setAttribute(e.el, 'thumbprintAlgorithm', 'sha1');
        if (a) ce.push(a);
      }
      if (add.length) {
        const ccerts = child(cr, 'Certificates');
        if (ccerts) ce.push(cl.appendChildren(ccerts, add));
        else ce.push(cl.appendChildren(cr, [{ name: 'Certificates', attrs: [], children: add }]));
      }
    }
    return { file: cfg.file, before: cfg.doc.text, after: applyEdits(cfg.doc.text, ce) };
  });

  const data: StartupData = {
    version: 1,
    siteName: chooseSite(role.el, httpsNames),
    port: 443,
    bindings: facts.leaves.flatMap((l) => l.hosts.map((host) => ({ host, thumbprint: l.thumbprint }))),
    fallback: fallback ? { host: fallback.host, thumbprint: fallback.leaf.thumbprint } : null,
  };
  return { definition: { file: definition.file, before: definition.doc.text, after: defAfter }, configurations: cfgPlans, data, names, findings, notes };
}

/** The site whose bindings use the HTTPS endpoint, else the first site ('Web' when none). */
export function chooseSite(role: XmlElement, httpsEndpointNames: Set<string | undefined>): string {
  const all = roleSites(role);
  // After patch removed a host-less HTTPS binding, 'Web' (the Visual Studio default) keeps the
  // choice stable between runs when a role has several sites.
  const withHttps = all.find((s) => siteBindings(s).some((b) => httpsEndpointNames.has(attr(b, 'endpointName'))));
  const site = withHttps ?? all.find((s) => attr(s, 'name') === 'Web') ?? all[0];
  return (site && attr(site, 'name')) || 'Web';
}

/** The role's sni-ready startup task (commandLine ending in sni-bindings.cmd), if any. */
export function findStartupTask(role: XmlElement): XmlElement | undefined {
  return startupTasks(role).find((t) => (attr(t, 'commandLine') ?? '').trim().toLowerCase().replace(/\//g, '\\').endsWith(STARTUP_CMD));
}

/** True when the task already has this commandLine, runs elevated in the background and declares exactly `variables`. */
export function taskMatches(task: XmlElement, commandLine: string, variables: [string, string][]): boolean {
  if (attr(task, 'commandLine') !== commandLine) return false;
  if (attr(task, 'executionContext') !== 'elevated' || attr(task, 'taskType') !== 'background') return false;
  const declared = children(child(task, 'Environment'), 'Variable').map((v) => {
    const value = child(v, 'RoleInstanceValue');
    return `${attr(v, 'name')}=${value ? attr(value, 'xpath') : ''}`;
  });
  const wanted = variables.map(([name, xpath]) => `${name}=${xpath}`);
  return declared.length === wanted.length && wanted.every((w) => declared.includes(w));
}
