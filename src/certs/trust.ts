// Trust anchors: Node's root store (when `trust-system`) plus the PEM files of the `trust` input,
// loaded once per run and shared by `check`, `scan` and `verify`.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { InputError, type Inputs } from '../types.js';
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
const BEGIN = /-----BEGIN (X509 |TRUSTED )?CERTIFICATE-----/g;

/** The PEM certificate blocks of a text, found in one linear pass (each BEGIN looks for the next
 * END once; no backtracking over a run of unmatched BEGIN lines). */
export function pemCertificateBlocks(text: string): string[] {
  const blocks: string[] = [];
  BEGIN.lastIndex = 0;
  let from = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    if (m.index < from) continue;
    const kind = m[1] ?? '';
    const endMarker = `-----END ${kind}CERTIFICATE-----`;
    const end = text.indexOf(endMarker, m.index + m[0].length);
    if (end < 0) break; // no END after this BEGIN: none after a later one either
    const body = text.slice(m.index + m[0].length, end);
    blocks.push(`-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----`);
    from = end + endMarker.length;
    BEGIN.lastIndex = from;
  }
  return blocks;
}

const loaded = new WeakMap<object, TrustStore>();

/** Node's root store (when `trustSystem`) plus the certificates of each PEM file in `trustFiles`.
 * An unreadable trust file is an input error (one sentence, exit 2). Read once per run: every
 * caller holding the same inputs object (check, then verify's plan) gets the same store. */
export function loadTrust(inputs: Pick<Inputs, 'trustSystem' | 'trustFiles'>): TrustStore {
  const known = loaded.get(inputs);
  if (known) return known;
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
    const blocks = pemCertificateBlocks(text);
    if (blocks.length === 0) throw new InputError(`Trust file '${file}' in input 'trust' holds no PEM certificate`);
    for (const block of blocks) {
      try {
        store.add(new X509Certificate(block));
      } catch {
        throw new InputError(`Trust file '${file}' in input 'trust' holds a certificate that cannot be parsed`);
      }
    }
  }
  loaded.set(inputs, store);
  return store;
}
