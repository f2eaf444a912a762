// Chain analysis shared by `check` (certificates from files) and `scan` (chains served over TLS):
// build leaf → intermediates → trust anchor with Node's X509Certificate (checkIssued + verify),
// then judge validity, hostnames, keys, signatures and usage. Returns findings as data.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { finding, type RuleId } from '../rules.js';
import { InputError, type CertificateReport, type ChainElement, type ContainerInfo, type Finding, type Inputs } from '../types.js';
import { child, oidOf, parseDer } from './der.js';

const DAY = 86_400_000;
const MAX_CHAIN = 10;

export type ChainSource = 'file' | 'trust' | 'aia';

// --- certificate facts ---

/** SHA-1 thumbprint: 40 upper-case hex digits, as Windows and `openssl x509 -fingerprint -sha1` show it. */
export function thumbprint(cert: X509Certificate): string {
  return cert.fingerprint.replace(/:/g, '').toUpperCase();
}

export function sha256Thumbprint(cert: X509Certificate): string {
  return cert.fingerprint256.replace(/:/g, '').toUpperCase();
}

/** A distinguished name on one line, most specific part first (as Windows shows it). */
export function formatName(name: string): string {
  return name.split('\n').filter(Boolean).reverse().join(', ');
}

export function subjectName(cert: X509Certificate): string {
  return formatName(cert.subject);
}

/** A short name for messages: the CN when there is one, else the whole subject. */
export function shortName(cert: X509Certificate): string {
  const cn = cert.subject
    .split('\n')
    .reverse()
    .find((p) => p.startsWith('CN='));
  return cn ? cn.slice(3) : subjectName(cert);
}

export function notBefore(cert: X509Certificate): Date {
  return (cert as X509Certificate & { validFromDate?: Date }).validFromDate ?? new Date(cert.validFrom);
}

export function notAfter(cert: X509Certificate): Date {
  return (cert as X509Certificate & { validToDate?: Date }).validToDate ?? new Date(cert.validTo);
}

/** Whole days from `at` to expiry, rounded down; negative once expired. */
export function daysLeft(cert: X509Certificate, at: Date): number {
  return Math.floor((notAfter(cert).getTime() - at.getTime()) / DAY);
}

const CURVE_BITS: Record<string, number> = {
  prime256v1: 256,
  'P-256': 256,
  secp256r1: 256,
  secp256k1: 256,
  secp384r1: 384,
  'P-384': 384,
  secp521r1: 521,
  'P-521': 521,
  secp224r1: 224,
  'P-224': 224,
  prime192v1: 192,
  secp192r1: 192,
  brainpoolP256r1: 256,
  brainpoolP384r1: 384,
  brainpoolP512r1: 512,
};

export function keyInfo(cert: X509Certificate): { keyType: string; keySize: number } {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { keyType: 'RSA', keySize: details.modulusLength ?? 0 };
    case 'ec':
      return { keyType: 'EC', keySize: CURVE_BITS[details.namedCurve ?? ''] ?? 0 };
    case 'ed25519':
      return { keyType: 'Ed25519', keySize: 256 };
    case 'ed448':
      return { keyType: 'Ed448', keySize: 456 };
    default:
      return { keyType: String(key.asymmetricKeyType ?? 'unknown').toUpperCase(), keySize: 0 };
  }
}

const SIGNATURE_NAMES: Record<string, string> = {
  '1.2.840.113549.1.1.2': 'md2WithRSAEncryption',
  '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.113549.1.1.14': 'sha224WithRSAEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.10': 'rsassaPss',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.1': 'ecdsa-with-SHA224',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
  '1.2.840.10040.4.3': 'dsa-with-SHA1',
  '1.3.101.112': 'ED25519',
  '1.3.101.113': 'ED448',
};

const signatureCache = new WeakMap<X509Certificate, string>();

/** The signatureAlgorithm of the certificate (OpenSSL's long names), read from its DER. */
export function signatureAlgorithm(cert: X509Certificate): string {
  let name = signatureCache.get(cert);
  if (name === undefined) {
    try {
      const top = parseDer(cert.raw);
      const id = oidOf(child(child(top, 1), 0));
      name = SIGNATURE_NAMES[id] ?? id;
    } catch {
      name = 'unknown';
    }
    signatureCache.set(cert, name);
  }
  return name;
}

export function isWeakSignature(name: string): boolean {
  return /^(md2|md5|sha1)With|^ecdsa-with-SHA1$|^dsa-with-SHA1$/.test(name);
}

/** Signed by its own key under its own name (checkIssued is not used: it also demands keyCertSign,
 * which a self-signed server certificate lacks). */
export function isSelfSigned(cert: X509Certificate): boolean {
  return cert.subject === cert.issuer && safeVerify(cert, cert);
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  return cert.checkIssued(issuer) && safeVerify(cert, issuer);
}

const HOST_OPTIONS = { wildcards: true, partialWildcards: false, multiLabelWildcards: false, singleLabelSubdomains: false } as const;

/** The DNS names of the subjectAltName extension. */
export function dnsNames(cert: X509Certificate): string[] {
  const san = cert.subjectAltName ?? '';
  return san
    .split(/,\s*/)
    .filter((p) => p.startsWith('DNS:'))
    .map((p) => p.slice(4).toLowerCase());
}

/**
 * How the certificate covers `host`: 'san' (a subjectAltName entry, RFC 6125 wildcards: `*.a.com`
 * covers `x.a.com`, not `a.com` nor `x.y.a.com`), 'cn' (only the subject CN, which clients use
 * only when there is no SAN at all and browsers ignore), or null. A wildcard host (`*.a.com` in
 * `sites`) is covered only by the same wildcard entry.
 */
export function hostCoverage(cert: X509Certificate, host: string): 'san' | 'cn' | null {
  const h = host.toLowerCase();
  const names = dnsNames(cert);
  if (h.startsWith('*.')) {
    if (names.includes(h)) return 'san';
    if (names.length === 0 && shortName(cert).toLowerCase() === h) return 'cn';
    return null;
  }
  if (cert.checkHost(h, { ...HOST_OPTIONS, subject: 'never' })) return 'san';
  if (names.length === 0 && cert.checkHost(h, { ...HOST_OPTIONS, subject: 'always' })) return 'cn';
  return null;
}

// --- trust ---

export class TrustStore {
  readonly anchors: X509Certificate[] = [];
  private readonly bySubject = new Map<string, X509Certificate[]>();
  private readonly fingerprints = new Set<string>();

  add(cert: X509Certificate): void {
    if (this.fingerprints.has(cert.fingerprint256)) return;
    this.fingerprints.add(cert.fingerprint256);
    this.anchors.push(cert);
    const list = this.bySubject.get(cert.subject) ?? [];
    list.push(cert);
    this.bySubject.set(cert.subject, list);
  }

  /** Is this exact certificate a trust anchor? */
  has(cert: X509Certificate): boolean {
    return this.fingerprints.has(cert.fingerprint256);
  }

  /** Anchors that issued `cert` (name match, checkIssued and a verified signature). */
  issuersOf(cert: X509Certificate): X509Certificate[] {
    return (this.bySubject.get(cert.issuer) ?? []).filter((a) => issuedBy(cert, a));
  }
}

let systemRoots: X509Certificate[] | undefined;

function loadSystemRoots(): X509Certificate[] {
  systemRoots ??= tls.rootCertificates.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return [];
    }
  });
  return systemRoots;
}

const PEM_CERT = /-----BEGIN (?:X509 |TRUSTED )?CERTIFICATE-----[\s\S]*?-----END (?:X509 |TRUSTED )?CERTIFICATE-----/g;
const MAX_TRUST_FILE = 16 * 1024 * 1024;

/** Node's root store (when `trustSystem`) plus the certificates of each PEM file in `trustFiles`.
 * An unreadable trust file is an input error (one sentence, exit 2). */
export function loadTrust(inputs: Pick<Inputs, 'trustSystem' | 'trustFiles'>): TrustStore {
  const store = new TrustStore();
  if (inputs.trustSystem) for (const c of loadSystemRoots()) store.add(c);
  for (const file of inputs.trustFiles) {
    let text: string;
    try {
      if (fs.statSync(file).size > MAX_TRUST_FILE) throw new InputError(`Trust file '${file}' in input 'trust' is larger than 16 MB`);
      text = fs.readFileSync(file, 'latin1');
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(`Trust file '${file}' in input 'trust' cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const blocks = text.match(PEM_CERT) ?? [];
    if (blocks.length === 0) throw new InputError(`Trust file '${file}' in input 'trust' holds no PEM certificate`);
    for (const block of blocks) {
      try {
        store.add(new X509Certificate(block.replace(/(X509 |TRUSTED )/g, '')));
      } catch {
        throw new InputError(`Trust file '${file}' in input 'trust' holds a certificate that cannot be parsed`);
      }
    }
  }
  return store;
}

// --- assessment ---

export interface AssessOptions {
  leaf: X509Certificate;
  /** the other certificates, in file or wire order (the leaf itself may be included; it is skipped) */
  presented: X509Certificate[];
  hosts: string[];
  at: Date;
  warnDays: number;
  failDays: number;
  trust: TrustStore;
  /** the certificate file, for findings */
  file?: string;
  /** true for a chain a server sent: a missing intermediate is `tls-chain-incomplete` */
  served?: boolean;
  /** check leaf → issuer order (false for PFX and P7B, whose order means nothing); default true */
  checkOrder?: boolean;
}

export interface Assessment {
  /** above the leaf, issuer first; ends at the anchor when one was found */
  chain: X509Certificate[];
  sources: ChainSource[];
  findings: Finding[];
  /** the chain reached a trust anchor */
  trusted: boolean;
}

function caIssuersUrl(cert: X509Certificate): string | undefined {
  const m = /CA Issuers - URI:(\S+)/.exec(cert.infoAccess ?? '');
  return m?.[1];
}

function label(cert: X509Certificate): string {
  return `'${shortName(cert)}' (${thumbprint(cert)})`;
}

export function assessChain(opts: AssessOptions): Assessment {
  const { leaf, hosts, at, trust } = opts;
  const where = opts.served ? 'the served chain' : opts.file ? opts.file : 'the certificate set';
  const base: Partial<Finding> = {};
  if (opts.file) base.file = opts.file;
  if (hosts.length === 1) base.host = hosts[0];
  const findings: Finding[] = [];
  const add = (rule: RuleId, message: string, extra: Partial<Finding> = {}): void => {
    findings.push(finding(rule, message, { ...base, ...extra }));
  };

  // deduplicate, keep order, drop the leaf
  const seen = new Set<string>([leaf.fingerprint256]);
  const pool: X509Certificate[] = [];
  for (const c of opts.presented) {
    if (seen.has(c.fingerprint256)) continue;
    seen.add(c.fingerprint256);
    pool.push(c);
  }

  const chain: X509Certificate[] = [];
  const sources: ChainSource[] = [];
  const used = new Set<string>();
  let trusted = false;
  let cur = leaf;
  for (let depth = 0; depth < MAX_CHAIN; depth++) {
    if (cur !== leaf && trust.has(cur)) {
      trusted = true;
      if (isSelfSigned(cur) && sources[sources.length - 1] === 'file') {
        add('chain-root-included', `${where} includes the root ${label(cur)}; clients already have it, and servers should not send it.`, {
          fix: 'Remove the root certificate from the file (keep the leaf and the intermediates).',
        });
      }
      break;
    }
    if (isSelfSigned(cur)) {
      if (trust.has(cur)) trusted = true;
      else {
        const what = cur === leaf ? `The certificate ${label(cur)} is self-signed and` : `The chain of ${label(leaf)} ends at the root ${label(cur)}, which`;
        add('chain-untrusted', `${what} is not in the trust store, so clients will reject it.`, {
          fix: 'Use a certificate from a publicly trusted CA, or add its root to the `trust` input if this is a private CA.',
        });
      }
      break;
    }
    const fromPool = pool.find((c) => !used.has(c.fingerprint256) && issuedBy(cur, c));
    const anchor = trust.issuersOf(cur)[0];
    // A trusted issuer wins over a presented one, unless the presented one is that very root:
    // clients prefer their own root to a cross-signed copy of it (e.g. an old fullchain.pem).
    if (fromPool && (!anchor || anchor.fingerprint256 === fromPool.fingerprint256)) {
      used.add(fromPool.fingerprint256);
      chain.push(fromPool);
      sources.push('file');
      cur = fromPool;
      continue;
    }
    if (anchor) {
      chain.push(anchor);
      sources.push('trust');
      trusted = true;
      // an anchor from a trust file may itself be an intermediate; the path ends at a trust anchor
      break;
    }
    const url = caIssuersUrl(cur);
    const issuer = formatName(cur.issuer);
    if (opts.served) {
      add(
        'tls-chain-incomplete',
        `The server does not send the issuer '${issuer}' of ${label(cur)}, and it is not a trusted root; clients without it cached will fail.`,
        {
          fix: `Install the intermediate certificate '${issuer}' with the site's certificate (Cloud Service: declare it in the csdef with storeName="CA")${url ? `; it is published at ${url}` : ''}.`,
        },
      );
    } else {
      add('chain-incomplete', `The chain of ${label(leaf)} is incomplete: the issuer '${issuer}' of ${label(cur)} is neither in ${where} nor a trusted root.`, {
        fix: `Add the intermediate certificate '${issuer}' to the file${url ? ` (it is published at ${url})` : ''}, e.g. export the PFX with the whole chain.`,
      });
    }
    break;
  }

  // certificates of the set that are not on the leaf's path
  for (const c of pool) {
    if (used.has(c.fingerprint256)) continue;
    const twin = chain.find((e) => e.subject === c.subject);
    const why = twin
      ? `a second copy of ${label(twin)} issued by '${formatName(c.issuer)}', which clients do not need`
      : `which is not part of the chain of ${label(leaf)}`;
    add('chain-extra', `${where} contains ${label(c)}, ${why}.`, {
      fix: opts.served
        ? 'Remove the unrelated certificate from what the server sends.'
        : 'Remove the unrelated certificate from the file, or give it its own `sites` line.',
    });
  }

  // order: in the file, the leaf first, then each issuer above it
  if (opts.checkOrder !== false) {
    const path = [leaf, ...chain.filter((_, i) => sources[i] === 'file')].map((c) => c.fingerprint256);
    const order = opts.presented.map((c) => c.fingerprint256).filter((f, i, all) => path.includes(f) && all.indexOf(f) === i);
    const expected = order.includes(leaf.fingerprint256) ? path : path.slice(1);
    if (order.join() !== expected.join()) {
      add('chain-order', `The certificates in ${where} are not in leaf → intermediate → root order.`, {
        fix: 'Put the leaf first, then each issuer after the certificate it signed (nginx and some clients rely on this order).',
      });
    }
  }

  // validity of every certificate on the path
  const warnMs = opts.warnDays * DAY;
  const failMs = opts.failDays * DAY;
  [leaf, ...chain].forEach((c, i) => {
    const role = i === 0 ? 'The certificate' : isSelfSigned(c) ? 'The root' : 'The intermediate';
    const from = notBefore(c);
    const to = notAfter(c);
    const renew =
      i === 0 ? 'Renew the certificate and replace the file before it is deployed.' : `Get the current chain from the CA and replace ${label(c)} in the file.`;
    if (at < from) {
      add('cert-not-yet-valid', `${role} ${label(c)} is not valid until ${from.toISOString()}.`, {
        fix: 'Wait until the certificate is valid before deploying it, or check the server clock and the certificate dates.',
      });
    } else if (at > to) {
      add('cert-expired', `${role} ${label(c)} expired on ${to.toISOString()} (${-daysLeft(c, at)} days ago).`, { fix: renew });
    } else {
      const left = to.getTime() - at.getTime();
      if (left < failMs || left < warnMs) {
        add('cert-expires-soon', `${role} ${label(c)} expires on ${to.toISOString()}, in ${daysLeft(c, at)} days.`, {
          severity: left < failMs ? 'error' : 'warning',
          fix: renew,
        });
      }
    }
  });

  // hosts
  for (const host of hosts) {
    const how = hostCoverage(leaf, host);
    const names = dnsNames(leaf);
    if (how === 'cn') {
      add('cert-host-mismatch', `${label(leaf)} covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`, {
        host,
        severity: 'warning',
        fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.`,
      });
    } else if (!how) {
      add('cert-host-mismatch', `${label(leaf)} does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${shortName(leaf)}'`}).`, {
        host,
        fix: `Use a certificate whose subjectAltName lists ${host}${host.startsWith('*.') ? '' : ` or *.${host.split('.').slice(1).join('.')}`}, or move ${host} to the line of the certificate that covers it.`,
      });
    }
  }

  // keys and signatures of the leaf and the intermediates (roots are trusted by their presence)
  [leaf, ...chain].forEach((c, i) => {
    if (i > 0 && isSelfSigned(c)) return;
    const role = i === 0 ? 'The certificate' : 'The intermediate';
    const { keyType, keySize } = keyInfo(c);
    if ((keyType === 'RSA' && keySize < 2048) || (keyType === 'EC' && keySize < 256)) {
      add('cert-weak-key', `${role} ${label(c)} has a ${keySize}-bit ${keyType} key; clients require RSA ≥ 2048 or EC ≥ 256 bits.`, {
        fix: 'Reissue the certificate with an RSA 2048-bit (or larger) or an EC P-256 key.',
      });
    }
    const sig = signatureAlgorithm(c);
    if (isWeakSignature(sig)) {
      add('cert-weak-signature', `${role} ${label(c)} is signed with ${sig}, which browsers reject.`, {
        fix: i === 0 ? 'Reissue the certificate with a SHA-256 signature.' : "Use the CA's current SHA-256 intermediate instead.",
      });
    }
  });

  // extended key usage of the leaf
  // Node 23.5+ names it extKeyUsage (keyUsage stays as a deprecated alias)
  const eku = (leaf as X509Certificate & { extKeyUsage?: string[] }).extKeyUsage ?? leaf.keyUsage;
  if (eku && eku.length > 0 && !eku.includes('1.3.6.1.5.5.7.3.1') && !eku.includes('2.5.29.37.0')) {
    add('cert-no-server-auth', `${label(leaf)} has an extended key usage without serverAuth (${eku.join(', ')}), so TLS clients reject it for a server.`, {
      fix: 'Reissue the certificate as a TLS server certificate (extendedKeyUsage serverAuth).',
    });
  }

  return { chain, sources, findings, trusted };
}

// --- report ---

export interface DescribeOptions {
  file: string;
  hosts: string[];
  leaf: X509Certificate;
  chain: X509Certificate[];
  sources: (ChainSource | 'served')[];
  container: ContainerInfo;
  at: Date;
}

export function chainElements(chain: X509Certificate[], sources: (ChainSource | 'served')[]): ChainElement[] {
  return chain.map((c, i) => ({ subject: subjectName(c), thumbprint: thumbprint(c), notAfter: notAfter(c).toISOString(), source: sources[i] ?? 'file' }));
}

/** The report's view of one certificate with its chain. */
export function describeCertificate(o: DescribeOptions): CertificateReport {
  const { keyType, keySize } = keyInfo(o.leaf);
  return {
    file: o.file,
    hosts: o.hosts,
    subject: subjectName(o.leaf),
    issuer: formatName(o.leaf.issuer),
    thumbprint: thumbprint(o.leaf),
    sha256: sha256Thumbprint(o.leaf),
    notBefore: notBefore(o.leaf).toISOString(),
    notAfter: notAfter(o.leaf).toISOString(),
    daysLeft: daysLeft(o.leaf, o.at),
    keyType,
    keySize,
    signature: signatureAlgorithm(o.leaf),
    container: o.container,
    chain: chainElements(o.chain, o.sources),
  };
}
