// Chain analysis shared by `check` (certificates from files) and `scan` (chains served over TLS):
// the builder (path.ts) finds leaf → intermediates → trust anchor, then every check of the catalog
// (rules/) judges the path. Returns findings as data; the X.509 facts live in x509.ts.
import type { X509Certificate } from 'node:crypto';
import type { Door } from '../door.js';
import { finding } from '../rules.js';
import type { CertificateReport, ChainElement, ContainerInfo, Finding } from '../types.js';
import { Budget, NAME_CONSTRAINT_COMPARISONS, SIGNATURE_CHECKS, withBudget } from './budget.js';
import { buildPath, distinctOthers, type BuiltPath, type ChainSource, type PathEnd } from './path.js';
import { CHAIN_CHECKS, type PathContext } from './rules/index.js';
import type { TrustStore } from './trust.js';
import type { Threshold } from './thresholds.js';
import {
  daysLeft,
  extendedKeyUsageNames,
  formatName,
  issuedBy,
  keyInfo,
  keyUsageNames,
  serialNumber,
  subjectAltNames,
  namesIssuer,
  shortName,
  verifiedBefore,
  notAfter,
  notBefore,
  sha256Thumbprint,
  signatureAlgorithm,
  subjectName,
  thumbprint,
} from './x509.js';

// One definition each, re-exported for the modules that import them from here.
export {
  daysLeft,
  dnsNames,
  formatName,
  hostCoverage,
  isSelfSigned,
  isWeakSignature,
  keyInfo,
  notAfter,
  notBefore,
  sanNames,
  sha256Thumbprint,
  shortName,
  signatureAlgorithm,
  subjectName,
  thumbprint,
} from './x509.js';
export { loadTrust, TrustStore } from './trust.js';
export type { ChainSource } from './path.js';

export interface AssessOptions {
  leaf: X509Certificate;
  /** the other certificates, in file or wire order (the leaf itself may be included; it is skipped) */
  presented: X509Certificate[];
  hosts: string[];
  at: Date;
  warnDays: Threshold;
  failDays: Threshold;
  trust: TrustStore;
  /** the certificate file, for findings */
  file?: string;
  /** true for a chain a server sent: a missing intermediate is `tls-chain-incomplete` */
  served?: boolean;
  /** check leaf → issuer order (false for PFX and P7B, whose order means nothing); default true */
  checkOrder?: boolean;
  /** the door the run came through: fixes name inputs the way it sets them */
  door?: Door;
  /** the work this validation may do (default: a fresh budget); scan passes the one it began spending while it checked signatures in slices */
  budget?: Budget;
}

export interface Assessment {
  /** above the leaf, issuer first; ends at the anchor when one was found */
  chain: X509Certificate[];
  sources: ChainSource[];
  findings: Finding[];
  /** the chain reached a trust anchor */
  trusted: boolean;
  end: PathEnd;
}

/** Builds the path and runs every check within one budget (budget.ts): when it runs out, the work
 * stops there and `chain-too-complex` names the budget. */
export function assessChain(opts: AssessOptions): Assessment {
  const budget = opts.budget ?? new Budget();
  const a = withBudget(budget, () => assessWithin(opts));
  if (budget.exhausted) {
    const where = opts.served ? 'the served chain' : (opts.file ?? 'the certificate set');
    a.findings.push(
      finding(
        'chain-too-complex',
        `Judging ${where} of '${shortName(opts.leaf)}' ran out of its budget of ${budget.exhausted === 'signature checks' ? `${SIGNATURE_CHECKS} signature checks` : `${NAME_CONSTRAINT_COMPARISONS.toLocaleString('en-US')} name-constraint comparisons`} (as browsers bound path building); the findings above are from the work done before it ran out, and a browser refuses such a chain.`,
        {
          ...(opts.file ? { file: opts.file } : {}),
          ...(opts.hosts.length === 1 ? { host: opts.hosts[0] } : {}),
          fix:
            budget.exhausted === 'signature checks'
              ? 'Present only the leaf and the intermediates of one path (no cross-signed duplicates or unrelated certificates).'
              : 'Use a leaf with fewer names or a CA with fewer name-constraint subtrees (split a certificate with thousands of names into several).',
        },
      ),
    );
  }
  return a;
}

/** Rules whose errors depend on the branch the builder took (not on the leaf alone): a path with
 * one of them is refused while another trusted path may be accepted. */
const PATH_RULES = new Set<string>(['chain-invalid', 'cert-expired', 'cert-not-yet-valid', 'cert-weak-key', 'cert-weak-signature']);

function assessWithin(opts: AssessOptions): Assessment {
  const { leaf } = opts;
  const base: Partial<Finding> = {};
  if (opts.file) base.file = opts.file;
  if (opts.hosts.length === 1) base.host = opts.hosts[0];
  const judge = (built: BuiltPath): Finding[] => {
    const onPath = new Set(built.chain.map((c) => c.fingerprint256));
    const ctx: PathContext = {
      leaf,
      chain: built.chain,
      sources: built.sources,
      path: [leaf, ...built.chain],
      end: built.end,
      presented: opts.presented,
      unused: distinctOthers(leaf, opts.presented).filter((c) => !onPath.has(c.fingerprint256)),
      trust: opts.trust,
      hosts: opts.hosts,
      at: opts.at,
      warnDays: opts.warnDays,
      failDays: opts.failDays,
      served: opts.served === true,
      checkOrder: opts.checkOrder !== false,
      where: opts.served ? 'the served chain' : (opts.file ?? 'the certificate set'),
      ...(opts.door ? { door: opts.door } : {}),
    };
    const findings: Finding[] = [];
    for (const check of CHAIN_CHECKS) {
      if (check.applies && !check.applies(ctx)) continue;
      for (const issue of check.execute(ctx)) {
        const { message, ...extra } = issue;
        findings.push(finding(check.rule, message, { ...base, ...extra }));
      }
    }
    return findings;
  };
  // the first trusted path without a branch-dependent error, as browsers' path builders backtrack
  let last: { built: BuiltPath; findings: Finding[] } | undefined;
  const accept = (built: BuiltPath): boolean => {
    const findings = judge(built);
    last = { built, findings };
    return !findings.some((f) => f.severity === 'error' && PATH_RULES.has(f.rule));
  };
  const built = buildPath(leaf, opts.presented, opts.trust, accept);
  const findings = last?.built === built ? last.findings : judge(built);
  return { chain: built.chain, sources: built.sources, findings, trusted: built.end.kind === 'trusted', end: built.end };
}

/**
 * Checks, ahead of `assessChain`, every signature its builder and checks can ask about for this set
 * (each certificate against each presented certificate or anchor its issuer name names), spending
 * from `budget`, and yields to the event loop whenever a slice of work has taken `sliceMs`: judging
 * a hostile served chain then delays the other endpoints' handshakes by one slice at most, instead
 * of charging their probe deadlines with all of it. The results are remembered (x509.ts), so the
 * synchronous judgement that follows finds them checked.
 */
export async function checkSignaturesInSlices(certs: X509Certificate[], trust: TrustStore, budget: Budget, sliceMs = 8): Promise<void> {
  const seen = new Set<string>();
  const pool = certs.filter((c) => !seen.has(c.fingerprint256) && seen.add(c.fingerprint256));
  let sliceStart = performance.now();
  for (const cert of pool) {
    for (const issuer of [...pool, ...trust.namedIssuersOf(cert)]) {
      if (budget.exhausted) return;
      if (verifiedBefore(cert, issuer) || !namesIssuer(cert, issuer)) continue;
      if (performance.now() - sliceStart >= sliceMs) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
      withBudget(budget, () => issuedBy(cert, issuer));
    }
  }
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

function iso(d: Date | undefined): string {
  return d ? d.toISOString() : 'unknown';
}

export function chainElements(chain: X509Certificate[], sources: (ChainSource | 'served')[]): ChainElement[] {
  return chain.map((c, i) => ({ subject: subjectName(c), thumbprint: thumbprint(c), notAfter: iso(notAfter(c)), source: sources[i] ?? 'file' }));
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
    notBefore: iso(notBefore(o.leaf)),
    notAfter: iso(notAfter(o.leaf)),
    daysLeft: daysLeft(o.leaf, o.at),
    keyType,
    keySize,
    signature: signatureAlgorithm(o.leaf),
    container: o.container,
    chain: chainElements(o.chain, o.sources),
    ...certificateFacts(o.leaf),
  };
}

/** What a certificate is, beyond its names and dates: its subjectAltName entries, serial, key
 * usage and extended key usage (absent extensions are left out). For files and served leaves alike. */
export function certificateFacts(cert: X509Certificate): Pick<CertificateReport, 'sans' | 'serial' | 'keyUsage' | 'extendedKeyUsage'> {
  const keyUsage = keyUsageNames(cert);
  const extendedKeyUsage = extendedKeyUsageNames(cert);
  return {
    sans: subjectAltNames(cert),
    serial: serialNumber(cert),
    ...(keyUsage ? { keyUsage } : {}),
    ...(extendedKeyUsage ? { extendedKeyUsage } : {}),
  };
}
