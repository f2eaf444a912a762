// RFC 5280 4.2.1.10 name constraints, as OpenSSL and Chrome apply them: DNS names, e-mail
// addresses (in the subjectAltName and the subject's emailAddress), URIs (their host), IP
// addresses and directory names (the subject and directoryName entries).
import type { X509Certificate } from 'node:crypto';
import { currentBudget } from '../budget.js';
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

/** DNS subtrees indexed by their normalized base: a name is looked up under each of its label
 * suffixes (a few per name) instead of being compared with every subtree. Same meaning as
 * `dnsWithin`: `a.com` covers `a.com` and `x.a.com`; `.a.com` covers `x.a.com` only; '' covers all. */
class DnsSubtrees {
  private readonly plain = new Map<string, string>();
  private readonly dotted = new Map<string, string>();
  private all: string | undefined;
  readonly size: number;

  constructor(bases: string[]) {
    this.size = bases.length;
    for (const base of bases) {
      const b = base.toLowerCase().replace(/\.$/, '');
      if (b === '') this.all ??= base;
      else if (b.startsWith('.')) {
        if (!this.dotted.has(b)) this.dotted.set(b, base);
      } else if (!this.plain.has(b)) this.plain.set(b, base);
    }
  }

  /** The subtree (as written in the certificate) that covers `name`, or undefined. */
  find(name: string): string | undefined {
    if (this.all !== undefined) return this.all;
    const n = name.toLowerCase().replace(/\.$/, '');
    const exact = this.plain.get(n);
    if (exact !== undefined) return exact;
    for (let dot = n.indexOf('.'); dot >= 0; dot = n.indexOf('.', dot + 1)) {
      const hit = this.plain.get(n.slice(dot + 1)) ?? this.dotted.get(n.slice(dot));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

const dnsIndex = new WeakMap<Subtrees, { permitted: DnsSubtrees; excluded: DnsSubtrees }>();

function dnsSubtrees(nc: Subtrees): { permitted: DnsSubtrees; excluded: DnsSubtrees } {
  let index = dnsIndex.get(nc);
  if (!index) {
    index = { permitted: new DnsSubtrees(nc.permitted.dns), excluded: new DnsSubtrees(nc.excluded.dns) };
    dnsIndex.set(nc, index);
  }
  return index;
}

/** What a name-constraint check found: a name outside them (described), or that the budget of
 * comparisons ran out before every name was compared (the caller reports `chain-too-complex`). */
export type ConstraintVerdict = string | 'budget' | undefined;

/** The first name of `cert` outside the constraints, described; undefined when all are within;
 * 'budget' when the validation's name-constraint comparisons ran out first. DNS names are looked
 * up in an index (a few lookups each); other kinds are compared with each subtree, and every
 * lookup or comparison is spent from the budget. */
export function nameConstraintViolation(cert: X509Certificate, nc: Subtrees): ConstraintVerdict {
  const budget = currentBudget();
  const names = namesOf(cert);
  const dns = dnsSubtrees(nc);
  for (const name of names.dns) {
    if (!budget.comparison(1 + name.split('.').length)) return 'budget';
    const banned = dns.excluded.find(name);
    if (banned !== undefined) return `its ${LABEL.dns} ${name} is in the excluded subtree ${banned || '(all)'}`;
    if (dns.permitted.size > 0 && dns.permitted.find(name) === undefined)
      return `its ${LABEL.dns} ${name} is outside the permitted subtrees (${summarize(nc.permitted.dns)})`;
  }
  for (const kind of Object.keys(MATCH) as Kind[]) {
    if (kind === 'dns') continue;
    const match = MATCH[kind] as (n: string | Buffer, b: string | Buffer) => boolean;
    const permitted = nc.permitted[kind] as (string | Buffer)[];
    const excluded = nc.excluded[kind] as (string | Buffer)[];
    for (const name of names[kind] as (string | Buffer)[]) {
      if (!budget.comparison(permitted.length + excluded.length)) return 'budget';
      const banned = excluded.find((b) => match(name, b));
      if (banned !== undefined) return `its ${LABEL[kind]} ${show(kind, name)} is in the excluded subtree ${show(kind, banned) || '(all)'}`;
      if (permitted.length > 0 && !permitted.some((b) => match(name, b)))
        return `its ${LABEL[kind]} ${show(kind, name)} is outside the permitted subtrees (${summarize(permitted.map((b) => show(kind, b)))})`;
    }
  }
  return undefined;
}

/** The subtrees for a message: all of a few, or the first ones and how many more. */
function summarize(items: string[]): string {
  return items.length <= 10 ? items.join('; ') : `${items.slice(0, 10).join('; ')}; and ${items.length - 10} more`;
}
