// Trust anchors: Node's root store (when `trust-system`) plus the PEM files of the `trust` input,
// loaded once per run and shared by `check`, `scan` and `verify`.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { inputRef, pathHint } from '../door.js';
import { InputError, type Inputs } from '../types.js';
import { CERT_LABELS, pemBlocks, pemCertificateDer } from './read.js';
import { issuedBy, issuerKey, subjectKey } from './x509.js';

export class TrustStore {
  readonly anchors: X509Certificate[] = [];
  private readonly bySubject = new Map<string, X509Certificate[]>();
  private readonly fingerprints = new Set<string>();

  add(cert: X509Certificate): void {
    if (this.fingerprints.has(cert.fingerprint256)) return;
    this.fingerprints.add(cert.fingerprint256);
    this.anchors.push(cert);
    const key = subjectKey(cert);
    const list = this.bySubject.get(key) ?? [];
    list.push(cert);
    this.bySubject.set(key, list);
  }

  /** Is this exact certificate a trust anchor? */
  has(cert: X509Certificate): boolean {
    return this.fingerprints.has(cert.fingerprint256);
  }

  /** Anchors whose subject is `cert`'s issuer name (no signature checked). */
  namedIssuersOf(cert: X509Certificate): X509Certificate[] {
    return this.bySubject.get(issuerKey(cert)) ?? [];
  }

  /** Anchors that issued `cert` (the names chain and its signature verifies). */
  issuersOf(cert: X509Certificate): X509Certificate[] {
    return (this.bySubject.get(issuerKey(cert)) ?? []).filter((a) => issuedBy(cert, a));
  }
}

let systemRoots: X509Certificate[] | undefined;

function loadSystemRoots(): X509Certificate[] {
  systemRoots ??= tls.rootCertificates.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return []; // a root Node itself cannot parse is of no use
    }
  });
  return systemRoots;
}

const MAX_TRUST_FILE = 16 * 1024 * 1024;
/** The certificate DER of each PEM certificate block of a text, through read.ts's scanner: one
 * linear pass in which a BEGIN pairs only with the marker right after it, so a run of unmatched
 * BEGIN lines is skipped rather than swallowed into the next block. */
export function pemCertificateBlocks(text: string): Buffer[] {
  return pemBlocks(text, MAX_TRUST_CERTS)
    .filter((b) => CERT_LABELS.has(b.label))
    .map((b) => {
      try {
        return pemCertificateDer(b);
      } catch {
        return b.der; // X509Certificate says it cannot be parsed
      }
    });
}
const MAX_TRUST_CERTS = 20_000;

const loaded = new WeakMap<object, TrustStore>();

/** Node's root store (when `trustSystem`) plus the certificates of each PEM file in `trustFiles`.
 * An unreadable trust file is an input error (one sentence, exit 2). Read once per run: every
 * caller holding the same inputs object (check, then verify's plan) gets the same store. */
export function loadTrust(inputs: Pick<Inputs, 'trustSystem' | 'trustFiles'> & Partial<Pick<Inputs, 'door'>>): TrustStore {
  const known = loaded.get(inputs);
  if (known) return known;
  const store = new TrustStore();
  if (inputs.trustSystem) for (const c of loadSystemRoots()) store.add(c);
  const trust = inputRef(inputs.door ?? 'action', 'trust');
  for (const file of inputs.trustFiles) {
    let text: string;
    try {
      if (fs.statSync(file).size > MAX_TRUST_FILE) throw new InputError(`Trust file '${file}' in ${trust} is larger than 16 MB`);
      text = fs.readFileSync(file, 'latin1');
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`Trust file '${file}' in ${trust} does not exist.${pathHint(file)}`.replace(/\.$/, ''));
      throw new InputError(`Trust file '${file}' in ${trust} cannot be read (${code ?? 'error'})`);
    }
    const blocks = pemCertificateBlocks(text);
    if (blocks.length === 0) throw new InputError(`Trust file '${file}' in ${trust} holds no PEM certificate`);
    for (const block of blocks) {
      try {
        store.add(new X509Certificate(block));
      } catch {
        throw new InputError(`Trust file '${file}' in ${trust} holds a certificate that cannot be parsed`);
      }
    }
  }
  loaded.set(inputs, store);
  return store;
}
