// `revocation: true` for scan: each served leaf is looked up once per run (revocationChecker in
// certs/revocation.ts, loaded only by runs that ask for it) and judged here into one finding:
// `cert-revoked` (error) with the date and reason, or a `cert-revoked` notice saying why it could
// not be checked. Whether each endpoint staples an OCSP response is counted for the run's notes.
import type { X509Certificate } from 'node:crypto';
import { finding } from '../rules.js';
import type { Finding } from '../types.js';
import type { TrustStore } from '../certs/trust.js';
import { issuedBy, label } from '../certs/x509.js';
import type { RevocationChecker } from '../certs/revocation.js';

export interface RevocationRun {
  /** `file`: a certificate file `check` read (not served: no stapling to count) */
  judge(o: { host: string; where: string; chain: X509Certificate[]; stapled?: Buffer; file?: string }): Promise<Finding[]>;
  note(): string | undefined;
}

const LISTED = 8;

function names(list: string[]): string {
  return list.length > LISTED ? `${list.slice(0, LISTED).join(', ')} and ${list.length - LISTED} more` : list.join(', ');
}

export async function revocationRun(o: { timeoutMs: number; at: Date; trust: TrustStore }): Promise<RevocationRun> {
  const { revocationChecker } = await import('../certs/revocation.js');
  const checker: RevocationChecker = revocationChecker({ timeoutMs: o.timeoutMs, at: o.at });
  const stapling: string[] = [];
  const notStapling: string[] = [];
  let checked = 0;
  return {
    async judge({ host, where, chain, stapled, file }) {
      const leaf = chain[0];
      if (!leaf) return [];
      if (!file) (stapled ? stapling : notStapling).push(where);
      const what = file ? 'the certificate' : 'the served';
      const at = file ? { file } : {};
      const issuer = chain.slice(1).find((c) => issuedBy(leaf, c)) ?? o.trust.issuersOf(leaf)[0];
      const couldNot = (why: string): Finding[] => [
        finding('cert-revoked', `${where}: could not check whether ${what} ${label(leaf)} is revoked: ${why}.`, {
          host,
          ...at,
          severity: 'notice',
          fix: 'Nothing to change if the CA runs no responder; otherwise check that the OCSP responder and CRL of the certificate are reachable from here, or raise timeout.',
        }),
      ];
      if (!issuer) return couldNot('its issuer is neither served nor trusted, and an OCSP request or a CRL needs the issuer');
      checked++;
      const v = await checker.check(leaf, issuer, stapled);
      if (v.status === 'unchecked') return couldNot(v.why);
      if (v.status === 'good') return [];
      const by = v.source === 'staple' ? 'the OCSP response the server stapled' : v.source === 'ocsp' ? `the OCSP responder ${v.url}` : `the CRL ${v.url}`;
      const when = v.revokedAt ? ` on ${v.revokedAt.toISOString()}` : '';
      const why = v.reason ? ` (reason: ${v.reason})` : '';
      return [
        finding('cert-revoked', `${where}: ${what} ${label(leaf)} was revoked${when}${why}, per ${by}; clients that check revocation refuse it.`, {
          host,
          ...at,
          fix: `Replace the certificate now: get a new one from the CA${v.reason === 'keyCompromise' ? ' with a new key' : ''}, install it and bind it to ${host}.`,
        }),
      ];
    },
    note() {
      if (!checked && !stapling.length && !notStapling.length) return undefined;
      const { ocsp, crl } = checker.lookups;
      return `Revocation: ${checked} leaf check${checked === 1 ? '' : 's'}, ${ocsp} OCSP request${ocsp === 1 ? '' : 's'} and ${crl} CRL download${crl === 1 ? '' : 's'} (each certificate and CRL once per run, each within the timeout); stapling an OCSP response: ${stapling.length ? names(stapling) : 'none'}; not stapling: ${notStapling.length ? names(notStapling) : 'none'}.`;
    },
  };
}
