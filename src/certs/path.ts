// The chain builder: from a leaf, the presented certificates and the trust anchors, find the path
// leaf → intermediates → anchor. Candidates are matched by name (RFC 5280 7.1) and a verified
// signature, with backtracking over alternatives (cross-signs, key rollover). Judging the path is
// the checks' job (src/certs/rules/).
import type { X509Certificate } from 'node:crypto';
import type { TrustStore } from './trust.js';
import { issuedBy, isSelfSigned } from './x509.js';

export type ChainSource = 'file' | 'trust' | 'aia';

/** How the path ends: at a trust anchor; at a self-signed root that is not trusted; or at a
 * certificate whose issuer is neither presented nor trusted. */
export type PathEnd = { kind: 'trusted' } | { kind: 'untrusted-root'; root: X509Certificate } | { kind: 'missing-issuer'; last: X509Certificate };

export interface BuiltPath {
  /** above the leaf, issuer first */
  chain: X509Certificate[];
  sources: ChainSource[];
  end: PathEnd;
}

const MAX_DEPTH = 10;
const MAX_STEPS = 500;

/** The presented certificates without duplicates and without the leaf, in presented order. */
export function distinctOthers(leaf: X509Certificate, presented: X509Certificate[]): X509Certificate[] {
  const seen = new Set<string>([leaf.fingerprint256]);
  return presented.filter((c) => !seen.has(c.fingerprint256) && seen.add(c.fingerprint256));
}

/** Most trusted paths judged by `accept` per build: each judgement runs the path's checks. */
const MAX_JUDGED = 32;

/**
 * The path from `leaf` to a trust anchor. With `accept`, a trusted path the judge refuses (a
 * constraint broken on that branch: a path length, a name constraint, an expired cross-sign) is
 * not the answer while another trusted path through the same certificates is accepted: the
 * builder backtracks, as browsers' path builders do, and returns the first refused trusted path
 * only when no trusted path is accepted.
 */
export function buildPath(leaf: X509Certificate, presented: X509Certificate[], trust: TrustStore, accept?: (built: BuiltPath) => boolean): BuiltPath {
  const pool = distinctOthers(leaf, presented);
  let firstUntrusted: BuiltPath | undefined;
  let firstRefused: BuiltPath | undefined;
  let steps = 0;
  let judged = 0;
  const walk = (cur: X509Certificate, chain: X509Certificate[], sources: ChainSource[], used: Set<string>): BuiltPath | undefined => {
    const done = (end: PathEnd): BuiltPath | undefined => {
      const built = { chain, sources, end };
      if (end.kind === 'trusted') return settle(built);
      firstUntrusted ??= built;
      return undefined;
    };
    if (cur !== leaf && trust.has(cur)) return done({ kind: 'trusted' });
    if (isSelfSigned(cur)) return done(trust.has(cur) ? { kind: 'trusted' } : { kind: 'untrusted-root', root: cur });
    if (chain.length >= MAX_DEPTH) return done({ kind: 'missing-issuer', last: cur });
    const fromPool = pool.filter((c) => !used.has(c.fingerprint256) && issuedBy(cur, c));
    // A trusted issuer wins over a presented one, unless the presented one is that very root:
    // clients prefer their own root to a cross-signed copy of it (e.g. an old fullchain.pem).
    for (const anchor of trust.issuersOf(cur).filter((a) => !fromPool.some((p) => p.fingerprint256 === a.fingerprint256))) {
      const found = settle({ chain: [...chain, anchor], sources: [...sources, 'trust'], end: { kind: 'trusted' } });
      if (found) return found;
    }
    if (firstRefused && judged >= MAX_JUDGED) return undefined;
    for (const next of fromPool) {
      if (++steps > MAX_STEPS) break;
      const found = walk(next, [...chain, next], [...sources, 'file'], new Set([...used, next.fingerprint256]));
      if (found) return found;
    }
    if (fromPool.length === 0) return done({ kind: 'missing-issuer', last: cur });
    return undefined;
  };
  // a trusted path is the answer when the judge accepts it (or there is no judge, or no more
  // judging is allowed); otherwise it is remembered and the search goes on
  const settle = (built: BuiltPath): BuiltPath | undefined => {
    if (!accept || judged >= MAX_JUDGED) return firstRefused ?? built;
    judged++;
    if (accept(built)) return built;
    firstRefused ??= built;
    return undefined;
  };
  return walk(leaf, [], [], new Set()) ?? firstRefused ?? firstUntrusted ?? { chain: [], sources: [], end: { kind: 'missing-issuer', last: leaf } };
}
