// What is known about an issuer that is neither presented nor trusted: a known TLS interception
// root (adware, "security" software), a root (a private or demo CA that is not trusted), or an
// intermediate the file or server should carry. Shared by chain-untrusted, chain-incomplete and
// tls-chain-incomplete so each issuer is reported once, under the rule that tells the truth.
import type { X509Certificate } from 'node:crypto';
import { commonNameOf, facts, formatName } from '../x509.js';
import type { PathContext } from './check.js';

/** Issuer names of roots that intercept TLS on a client machine (Superfish, Dell's eDellRoot and
 * DSDTestProvider, Komodia's SSL Digestor, PrivDog, Sendori, …). A leaf they signed was made on
 * the client: no server sends it. */
const INTERCEPTION = /superfish|edellroot|dsdtestprovider|komodia|privdog|sendori|kurupira|atomic ?labs|ss?l ?digestor/i;

/** The name `demo-certs` gives its root (src/demo/certs.ts). */
export const DEMO_ROOT_NAME = 'sni-ready Demo Root';

export type MissingKind = 'interception' | 'root' | 'intermediate';

export function missingIssuer(ctx: PathContext): { last: X509Certificate; issuer: string; kind: MissingKind } | undefined {
  if (ctx.end.kind !== 'missing-issuer') return undefined;
  const last = ctx.end.last;
  const issuer = formatName(last.issuer);
  const cn = commonNameOf(last.issuer) ?? issuer;
  let kind: MissingKind = 'intermediate';
  if (INTERCEPTION.test(issuer)) kind = 'interception';
  // The issuer of a CA certificate whose name says root, or the demo root: a root to trust, not an
  // intermediate to add (roots are never sent by servers).
  else if (cn === DEMO_ROOT_NAME || (last !== ctx.leaf && facts(last)?.basicConstraints?.ca && /\broot\b/i.test(cn))) kind = 'root';
  return { last, issuer, kind };
}

export function caIssuersUrl(cert: X509Certificate): string | undefined {
  try {
    return /CA Issuers - URI:(\S+)/.exec(cert.infoAccess ?? '')?.[1];
  } catch {
    return undefined;
  }
}
