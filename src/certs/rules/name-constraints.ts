// RFC 5280 4.2.1.10 name constraints, as OpenSSL and Chrome apply them: DNS names, e-mail
// addresses (in the subjectAltName and the subject's emailAddress), URIs (their host), IP
// addresses and directory names (the subject and directoryName entries).
import type { X509Certificate } from 'node:crypto';
import { emailsInName, facts, rdnsOf, type GeneralNames, type Subtrees } from '../x509.js';

function dnsWithin(name: string, base: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  const b = base.toLowerCase().replace(/\.$/, '');
  if (b === '') return true;
  if (b.startsWith('.')) return n.endsWith(b);
  return n === b || n.endsWith(`.${b}`);
}

function hostWithin(host: string, base: string): boolean {
  const h = host.toLowerCase();
  const b = base.toLowerCase();
  if (b === '') return true;
  if (b.startsWith('.')) return h.endsWith(b);
  return h === b;
}

function emailWithin(mail: string, base: string): boolean {
  const at = mail.lastIndexOf('@');
  if (at < 0) return false;
  if (base.includes('@')) {
    const bat = base.lastIndexOf('@');
    return mail.slice(0, at) === base.slice(0, bat) && mail.slice(at + 1).toLowerCase() === base.slice(bat + 1).toLowerCase();
  }
  return hostWithin(mail.slice(at + 1), base);
}

function uriHost(uri: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(uri)?.[1] || undefined;
}

function uriWithin(uri: string, base: string): boolean {
  const host = uriHost(uri);
  return host !== undefined && hostWithin(host, base);
}

function ipWithin(ip: Buffer, base: Buffer): boolean {
  if (base.length !== ip.length * 2) return false;
  for (let i = 0; i < ip.length; i++) if ((ip[i]! & base[ip.length + i]!) !== (base[i]! & base[ip.length + i]!)) return false;
  return true;
}

function dirWithin(name: Buffer, base: Buffer): boolean {
  const n = rdnsOf(name);
  const b = rdnsOf(base);
  if (!n || !b || b.length > n.length) return false;
  return b.every((rdn, i) => rdn === n[i]);
}

type Kind = keyof GeneralNames;
const MATCH: { [K in Kind]: (name: GeneralNames[K][number], base: GeneralNames[K][number]) => boolean } = {
  dns: dnsWithin,
  email: emailWithin,
  uri: uriWithin,
  ip: ipWithin,
  dirName: dirWithin,
};
const LABEL: Record<Kind, string> = { dns: 'DNS name', email: 'e-mail address', uri: 'URI', ip: 'IP address', dirName: 'directory name' };

function show(kind: Kind, v: string | Buffer): string {
  if (typeof v === 'string') return v;
  if (kind === 'ip') return v.length === 4 ? [...v].join('.') : v.toString('hex');
  return (rdnsOf(v) ?? []).join(', ');
}

/** The names of `cert` that name constraints apply to. */
function namesOf(cert: X509Certificate): GeneralNames {
  const f = facts(cert);
  const san = f?.san ?? { dns: [], email: [], uri: [], ip: [], dirName: [] };
  const subject = f?.subject;
  const subjectEmpty = !subject || (rdnsOf(subject)?.length ?? 0) === 0;
  return {
    ...san,
    email: [...san.email, ...(subject ? emailsInName(subject) : [])],
    dirName: [...san.dirName, ...(subjectEmpty ? [] : [subject])],
  };
}

/** The first name of `cert` outside the constraints, described, or undefined when all are within. */
export function nameConstraintViolation(cert: X509Certificate, nc: Subtrees): string | undefined {
  const names = namesOf(cert);
  for (const kind of Object.keys(MATCH) as Kind[]) {
    const match = MATCH[kind] as (n: string | Buffer, b: string | Buffer) => boolean;
    const permitted = nc.permitted[kind] as (string | Buffer)[];
    const excluded = nc.excluded[kind] as (string | Buffer)[];
    for (const name of names[kind] as (string | Buffer)[]) {
      const banned = excluded.find((b) => match(name, b));
      if (banned !== undefined) return `its ${LABEL[kind]} ${show(kind, name)} is in the excluded subtree ${show(kind, banned) || '(all)'}`;
      if (permitted.length > 0 && !permitted.some((b) => match(name, b)))
        return `its ${LABEL[kind]} ${show(kind, name)} is outside the permitted subtrees (${permitted.map((b) => show(kind, b)).join('; ')})`;
    }
  }
  return undefined;
}
