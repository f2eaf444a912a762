// The csdef/cscfg as the rest of src/service sees them: parsed documents with the roles,
// certificates, endpoints, site bindings and startup tasks picked out, each with its position.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inputRef, pathHint, type Door } from '../door.js';
import { finding } from '../rules.js';
import type { Finding } from '../types.js';
import { foreign } from '../report/foreign.js';
import { redact } from '../report/redact.js';
import { attr, child, children, decodeXmlBytes, namespaceOf, parseXml, XmlError, type XmlDocument, type XmlElement } from './xml.js';

export const NS_DEFINITION = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
export const NS_CONFIGURATION = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration';

export type ServiceFileKind = 'definition' | 'configuration';

export interface ServiceFile {
  file: string;
  kind: ServiceFileKind;
  doc: XmlDocument;
}

/**
 * Reads and parses one service file; returns a `config-unreadable` finding instead of throwing.
 * `door` names the input in the fix ("input 'service-definition'" or "--service-definition").
 */
export function readServiceFile(file: string, kind: ServiceFileKind, door: Door = 'action'): ServiceFile | Finding {
  let text: string;
  try {
    const st = fs.statSync(file);
    if (!st.isFile())
      return finding('config-unreadable', `${path.basename(file)} is not a file.`, { file, fix: `Point ${inputName(kind, door)} at the ${describe(kind)}.` });
    const fd = fs.openSync(file, 'r');
    try {
      // Read at most one byte past the cap, so a huge file costs nothing.
      const buf = Buffer.alloc(Math.min(st.size, 4 * 1024 * 1024 + 1));
      const got = fs.readSync(fd, buf, 0, buf.length, 0);
      text = decodeXmlBytes(buf.subarray(0, got));
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    if (e instanceof XmlError) return unreadable(file, kind, e.message, e.line);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return finding('config-unreadable', `${file} does not exist.`, {
        file,
        fix: `Point ${inputName(kind, door)} at an existing ${describe(kind)} (relative paths start at the working directory).${pathHint(file)}`,
      });
    return finding('config-unreadable', `Cannot read ${path.basename(file)}: ${foreign(redact((e as Error).message.replace(/\.+$/, '')))}.`, {
      file,
      fix: `Point ${inputName(kind, door)} at an existing ${describe(kind)}.`,
    });
  }
  return parseServiceText(file, kind, text, door);
}

export function parseServiceText(file: string, kind: ServiceFileKind, text: string, door: Door = 'action'): ServiceFile | Finding {
  let doc: XmlDocument;
  try {
    doc = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) return unreadable(file, kind, e.message, e.line);
    throw e;
  }
  const wantRoot = kind === 'definition' ? 'ServiceDefinition' : 'ServiceConfiguration';
  const wantNs = kind === 'definition' ? NS_DEFINITION : NS_CONFIGURATION;
  const ns = namespaceOf(doc.root);
  if (doc.root.local !== wantRoot || ns !== wantNs) {
    return finding(
      'config-unreadable',
      `${path.basename(file)} has root element <${doc.root.name}> in namespace ${ns ? `'${ns}'` : '(none)'}; a ${describe(kind)} has <${wantRoot}> in '${wantNs}'.`,
      {
        file,
        line: doc.root.line,
        fix: `Point ${inputName(kind, door)} at the ${describe(kind)} (${kind === 'definition' ? 'ServiceDefinition.csdef' : 'ServiceConfiguration.*.cscfg'}).`,
      },
    );
  }
  return { file, kind, doc };
}

function unreadable(file: string, kind: ServiceFileKind, message: string, line: number): Finding {
  return finding('config-unreadable', `${path.basename(file)} line ${line}: ${message.replace(/\.+$/, '')}.`, {
    file,
    line,
    fix: unreadableFix(kind, message, line),
  });
}

/** The fix for a refused or malformed file: only DOCTYPE/entity refusals ask for a declaration's removal. */
function unreadableFix(kind: ServiceFileKind, message: string, line: number): string {
  if (/DOCTYPE|entit/i.test(message))
    return `Remove the DOCTYPE or entity declaration from the ${describe(kind)} at line ${line}; service files never need one.`;
  if (/larger than|UTF-16|UTF-8/.test(message)) return `Save the ${describe(kind)} as UTF-8 XML of normal size (the files Visual Studio writes).`;
  return `Fix the XML of the ${describe(kind)} at line ${line} so that it is well-formed (every tag closed, attributes quoted), e.g. restore it from version control.`;
}

function describe(kind: ServiceFileKind): string {
  return kind === 'definition' ? 'service definition (.csdef)' : 'service configuration (.cscfg)';
}

function inputName(kind: ServiceFileKind, door: Door): string {
  return inputRef(door, kind === 'definition' ? 'service-definition' : 'service-configuration');
}

export function isServiceFile(x: ServiceFile | Finding): x is ServiceFile {
  return (x as ServiceFile).doc !== undefined;
}

export interface RoleView {
  el: XmlElement;
  kind: 'WebRole' | 'WorkerRole';
  name: string;
}

export function definitionRoles(def: ServiceFile): RoleView[] {
  return def.doc.root.children
    .filter((c) => c.local === 'WebRole' || c.local === 'WorkerRole')
    .map((el) => ({ el, kind: el.local as 'WebRole' | 'WorkerRole', name: attr(el, 'name') ?? '' }));
}

/** The role to configure: `wanted`, or the only WebRole. */
export function chooseRole(def: ServiceFile, wanted: string | undefined, door: Door = 'action'): RoleView | Finding {
  const roles = definitionRoles(def);
  const list = roles.length ? roles.map((r) => `${r.kind} '${r.name}'`).join(', ') : 'none';
  if (wanted !== undefined) {
    const r = roles.find((x) => x.name === wanted);
    if (r?.kind === 'WebRole') return r;
    return finding(
      'config-role-missing',
      r
        ? `Role '${wanted}' in ${path.basename(def.file)} is a WorkerRole; SNI bindings need an IIS WebRole (roles found: ${list}).`
        : `No role '${wanted}' in ${path.basename(def.file)} (roles found: ${list}).`,
      {
        file: def.file,
        line: r?.el.line ?? def.doc.root.line,
        fix: `Set ${inputRef(door, 'role')} to one of the WebRoles: ${
          roles
            .filter((x) => x.kind === 'WebRole')
            .map((x) => x.name)
            .join(', ') || '(none)'
        }.`,
      },
    );
  }
  const web = roles.filter((r) => r.kind === 'WebRole');
  if (web.length === 1) return web[0]!;
  return finding(
    'config-role-missing',
    web.length === 0
      ? `${path.basename(def.file)} has no WebRole (roles found: ${list}).`
      : `${path.basename(def.file)} has ${web.length} WebRoles; say which one to configure (roles found: ${list}).`,
    {
      file: def.file,
      line: def.doc.root.line,
      fix: web.length
        ? `Set ${inputRef(door, 'role')} to one of: ${web.map((r) => r.name).join(', ')}.`
        : 'SNI bindings need an IIS WebRole; add one or point at another csdef.',
    },
  );
}

/**
 * `config-role-missing` for a cscfg without the role being configured. Azure pairs the csdef's
 * and the cscfg's roles by name, so the fix names the role the cscfg does have when one of its
 * roles is unknown to the csdef (a rename), and otherwise the role to add.
 */
export function configRoleMissing(cfg: ServiceFile, definition: ServiceFile, roleName: string): Finding {
  const base = path.basename(cfg.file);
  const defBase = path.basename(definition.file);
  const defNames = new Set(definitionRoles(definition).map((r) => r.name));
  const have = children(cfg.doc.root, 'Role').map((el) => ({ name: attr(el, 'name') ?? '', line: el.line }));
  const strays = have.filter((r) => !defNames.has(r.name));
  const listed = have.length ? ` (its roles: ${have.map((r) => `'${r.name}'`).join(', ')})` : ' (it has no role)';
  const fix =
    strays.length === 1
      ? `Rename <Role name="${strays[0]!.name}"> (line ${strays[0]!.line} of ${base}) to <Role name="${roleName}">, the name of the role in ${defBase}: Azure pairs the roles of the csdef and cscfg by name. (Or rename the csdef's role to '${strays[0]!.name}'.)`
      : strays.length > 1
        ? `Rename the role of ${base} meant for '${roleName}' (one of ${strays.map((r) => `'${r.name}'`).join(', ')}, which ${defBase} does not define) to '${roleName}': Azure pairs the roles of the csdef and cscfg by name.`
        : `Add <Role name="${roleName}"> with its <Instances count="..." /> to ${base}: Azure refuses a package whose cscfg lacks a role of the csdef.`;
  return finding('config-role-missing', `${base} has no <Role name="${roleName}">, the role of ${defBase} being configured${listed}.`, {
    file: cfg.file,
    line: strays.length === 1 ? strays[0]!.line : cfg.doc.root.line,
    fix,
  });
}

export interface DeclaredCert {
  el: XmlElement;
  name: string;
  storeLocation: string;
  storeName: string;
}

export function declaredCerts(role: XmlElement): DeclaredCert[] {
  return children(child(role, 'Certificates'), 'Certificate').map((el) => ({
    el,
    name: attr(el, 'name') ?? '',
    storeLocation: attr(el, 'storeLocation') ?? '',
    storeName: attr(el, 'storeName') ?? '',
  }));
}

export function inputEndpoints(role: XmlElement): XmlElement[] {
  return children(child(role, 'Endpoints'), 'InputEndpoint');
}

export function isHttps443(ep: XmlElement): boolean {
  return (attr(ep, 'protocol') ?? '').toLowerCase() === 'https' && attr(ep, 'port') === '443';
}

export function startupTasks(role: XmlElement): XmlElement[] {
  return children(child(role, 'Startup'), 'Task');
}

export function sites(role: XmlElement): XmlElement[] {
  return children(child(role, 'Sites'), 'Site');
}

export function siteBindings(site: XmlElement): XmlElement[] {
  return children(child(site, 'Bindings'), 'Binding');
}

/** The cscfg `<Role>` of the given name. */
export function configRole(cfg: ServiceFile, name: string): XmlElement | undefined {
  return children(cfg.doc.root, 'Role').find((r) => attr(r, 'name') === name);
}

/** name → thumbprint (as written) of a cscfg role's certificates. */
export function configThumbprints(role: XmlElement | undefined): Map<string, { thumbprint: string; el: XmlElement }> {
  const map = new Map<string, { thumbprint: string; el: XmlElement }>();
  for (const el of children(child(role, 'Certificates'), 'Certificate')) map.set(attr(el, 'name') ?? '', { thumbprint: attr(el, 'thumbprint') ?? '', el });
  return map;
}

export function normalizeThumbprint(t: string): string {
  return t.replace(/[\s:\u200e\u200f]/g, '').toUpperCase();
}

/** Windows Server version of each guest OS family, for messages. */
export const OS_FAMILIES: Record<number, string> = {
  1: 'Windows Server 2008 SP2',
  2: 'Windows Server 2008 R2',
  3: 'Windows Server 2012',
  4: 'Windows Server 2012 R2',
  5: 'Windows Server 2016',
  6: 'Windows Server 2019',
  7: 'Windows Server 2022',
};
