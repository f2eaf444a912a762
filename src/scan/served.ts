// Certificate rules applied to what a server sends: validity of each served element, hostname
// coverage of the leaf, chain completeness as served (`tls-chain-incomplete`) and trust.
// Results of the chain part are cached per distinct served chain: a scan of thousands of names
// under one wildcard certificate judges that chain once.
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as tls from 'node:tls';
import { finding } from '../rules.js';
import type { ChainElement, Finding, Inputs } from '../types.js';
import { subjectName, thumbprint } from '../tls/probe.js';

const DAY = 86_400_000;

export function daysLeft(cert: X509Certificate, at: Date): number {
  return Math.floor((Date.parse(cert.validTo) - at.getTime()) / DAY);
}

export interface TrustAnchors {
  /** anchors by subject (one line), for issuer lookup */
  bySubject: Map<string, X509Certificate[]>;
}

/** Node's root store and/or the PEM files of `trust`. */
export function loadTrustAnchors(inputs: Pick<Inputs, 'trustSystem' | 'trustFiles' | 'cwd'>): TrustAnchors {
  const pems: string[] = [];
  if (inputs.trustSystem) pems.push(...tls.rootCertificates);
  for (const file of inputs.trustFiles) {
    const text = fs.readFileSync(file, 'utf8');
    pems.push(...(text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []));
  }
  const bySubject = new Map<string, X509Certificate[]>();
  for (const pem of pems) {
    try {
      const c = new X509Certificate(pem);
      const list = bySubject.get(c.subject) ?? [];
      list.push(c);
      bySubject.set(c.subject, list);
    } catch {
      // a malformed anchor is skipped; the certs module reports bad trust files
    }
  }
  return { bySubject };
}

function issuedBy(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

export interface ServedJudgement {
  /** findings about the chain, without `host` (the caller adds it) */
  findings: Finding[];
  chain: ChainElement[];
}

/** Judges a served chain (leaf first) once per distinct chain; host coverage is judged per host. */
export class ServedChainJudge {
  private cache = new Map<string, ServedJudgement>();
  constructor(
    private readonly trust: TrustAnchors,
    private readonly at: Date,
    private readonly warnDays: number,
    private readonly failDays: number,
  ) {}

  judge(served: X509Certificate[], host: string, where: string): Finding[] {
    const leaf = served[0]!;
    const key = served.map((c) => c.fingerprint256).join('|');
    let j = this.cache.get(key);
    if (!j) {
      j = this.judgeChain(served, where);
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(key, j);
    }
    const out: Finding[] = j.findings.map((f) => ({ ...f, host }));
    if (leaf.checkHost(host) === undefined) {
      out.push(
        finding('cert-host-mismatch', `${where} serves '${subjectName(leaf)}' (${thumbprint(leaf)}) for ${host}, which it does not cover${sanText(leaf)}.`, {
          host,
          fix: `Serve a certificate whose subjectAltName includes ${host} (or a wildcard covering it).`,
        }),
      );
    }
    return out;
  }

  chainElements(served: X509Certificate[]): ChainElement[] {
    return served.map((c) => ({ subject: subjectName(c), thumbprint: thumbprint(c), notAfter: new Date(c.validTo).toISOString(), source: 'served' as const }));
  }

  private judgeChain(served: X509Certificate[], where: string): ServedJudgement {
    const findings: Finding[] = [];
    for (const [i, c] of served.entries()) {
      const what = i === 0 ? 'leaf' : 'chain certificate';
      const name = `${what} '${subjectName(c)}' (${thumbprint(c)}) served by ${where}`;
      const left = daysLeft(c, this.at);
      if (Date.parse(c.validTo) < this.at.getTime()) {
        findings.push(finding('cert-expired', `The ${name} expired on ${new Date(c.validTo).toISOString().slice(0, 10)}.`, { fix: 'Renew the certificate and bind the new one on the server.' }));
      } else if (Date.parse(c.validFrom) > this.at.getTime()) {
        findings.push(finding('cert-not-yet-valid', `The ${name} is not valid before ${new Date(c.validFrom).toISOString()}.`, { fix: 'Serve a certificate that is valid now, or check the server clock.' }));
      } else if (left <= this.failDays) {
        findings.push(finding('cert-expires-soon', `The ${name} expires in ${left} days (fail-days ${this.failDays}).`, { severity: 'error', fix: 'Renew the certificate now and bind the new one.' }));
      } else if (left <= this.warnDays) {
        findings.push(finding('cert-expires-soon', `The ${name} expires in ${left} days (warn-days ${this.warnDays}).`, { severity: 'warning', fix: 'Renew the certificate before it expires and bind the new one.' }));
      }
    }
    // Walk issuer links among what was served, then look for the last one's issuer in the trust store.
    let top = served[0]!;
    const used = new Set<X509Certificate>([top]);
    for (;;) {
      const next = served.find((c) => !used.has(c) && issuedBy(top, c));
      if (!next) break;
      used.add(next);
      top = next;
    }
    const selfSigned = issuedBy(top, top);
    const anchor = selfSigned ? undefined : (this.trust.bySubject.get(top.issuer) ?? []).find((a) => issuedBy(top, a));
    const anchored = selfSigned ? (this.trust.bySubject.get(top.subject) ?? []).some((a) => a.fingerprint256 === top.fingerprint256) : Boolean(anchor);
    if (!selfSigned && !anchor) {
      findings.push(
        finding('tls-chain-incomplete', `${where} does not send the issuer of '${subjectName(top)}' (issuer '${oneLine(top.issuer)}'), and no trusted root issued it: clients that do not already hold the intermediate fail.`, {
          fix: 'Import the intermediate certificate(s) into the server\'s intermediate store (LocalMachine\\CA on IIS, declared with storeName="CA" in the csdef) so the server sends the full chain.',
        }),
      );
    } else if (selfSigned && !anchored) {
      findings.push(
        finding('chain-untrusted', `The chain served by ${where} ends at '${subjectName(top)}' (${thumbprint(top)}), which is not a trusted root.`, {
          fix: 'Serve a certificate issued by a publicly trusted CA, or add your root to `trust` if it is private on purpose.',
        }),
      );
    }
    return { findings, chain: this.chainElements(served) };
  }
}

function oneLine(dn: string): string {
  return dn.replace(/\n/g, ', ');
}

function sanText(cert: X509Certificate): string {
  const san = cert.subjectAltName;
  return san ? ` (${san})` : ' (no subjectAltName)';
}
