// Certificate rules applied to what a server sends: validity of each served element, hostname
// coverage of the leaf, chain completeness as served (`tls-chain-incomplete`) and trust.
// Results of the chain part are cached per distinct served chain: a scan of thousands of names
// under one wildcard certificate judges that chain once.
import type { X509Certificate } from 'node:crypto';
import {
  assessChain,
  chainElements,
  daysLeft,
  dnsNames,
  formatName,
  hostCoverage,
  notAfter,
  shortName,
  subjectName,
  thumbprint,
  type TrustStore,
} from '../certs/chain.js';
import { finding } from '../rules.js';
import type { ChainElement, Finding } from '../types.js';

/** What a distinct served chain is, judged once and shared by every endpoint that serves it. */
export interface ServedJudgement {
  /** findings about the chain, without `host` (the caller adds it) */
  findings: Finding[];
  chain: ChainElement[];
  thumbprint: string;
  subject: string;
  shortName: string;
  issuer: string;
  notAfter: string;
  daysLeft: number;
}

/** Judges a served chain (leaf first) once per distinct chain; host coverage is judged per host. */
export class ServedChainJudge {
  private cache = new Map<string, ServedJudgement>();
  constructor(
    private readonly trust: TrustStore,
    private readonly at: Date,
    private readonly warnDays: number,
    private readonly failDays: number,
  ) {}

  /** The cached judgement of this served chain (leaf first). */
  describe(served: X509Certificate[]): ServedJudgement {
    const key = served.map((c) => c.fingerprint256).join('|');
    let j = this.cache.get(key);
    if (!j) {
      j = this.judgeChain(served);
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(key, j);
    }
    return j;
  }

  /** The chain's findings for `host`, plus whether the leaf covers `host`. */
  judge(served: X509Certificate[], host: string, where: string, j: ServedJudgement = this.describe(served)): Finding[] {
    const leaf = served[0]!;
    const out: Finding[] = j.findings.map((f) => ({ ...f, host, message: `${host} (${where}): ${f.message}` }));
    const how = hostCoverage(leaf, host);
    if (how !== 'san') {
      const names = dnsNames(leaf);
      out.push(
        how === 'cn'
          ? finding(
              'cert-host-mismatch',
              `${host} (${where}): '${shortName(leaf)}' (${thumbprint(leaf)}) covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`,
              {
                host,
                severity: 'warning',
                fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.`,
              },
            )
          : finding(
              'cert-host-mismatch',
              `${host} (${where}): the served '${shortName(leaf)}' (${thumbprint(leaf)}) does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${shortName(leaf)}'`}).`,
              {
                host,
                fix: `Serve a certificate whose subjectAltName lists ${host} (or a wildcard covering it), bound to ${host} with SNI.`,
              },
            ),
      );
    }
    return out;
  }

  chainElements(served: X509Certificate[]): ChainElement[] {
    return chainElements(
      served,
      served.map(() => 'served' as const),
    );
  }

  private judgeChain(served: X509Certificate[]): ServedJudgement {
    const leaf = served[0]!;
    const a = assessChain({
      leaf,
      presented: served.slice(1),
      hosts: [],
      at: this.at,
      warnDays: this.warnDays,
      failDays: this.failDays,
      trust: this.trust,
      served: true,
    });
    return {
      findings: a.findings,
      chain: this.chainElements(served),
      thumbprint: thumbprint(leaf),
      subject: subjectName(leaf),
      shortName: shortName(leaf),
      issuer: formatName(leaf.issuer),
      notAfter: notAfter(leaf).toISOString(),
      daysLeft: daysLeft(leaf, this.at),
    };
  }
}
