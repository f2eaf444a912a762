import { facts, isSelfSigned, label, OID, serialInfo } from '../x509.js';
import { isRootAt, roleOf, type ChainCheck, type Issue, type PathContext } from './check.js';

// What RFC 5280 and the CA/Browser Forum Baseline Requirements forbid but browsers (Chrome,
// Firefox, rustls-webpki) still accept: reported as warnings, never failing a path on its own.
// What browsers refuse lives in chain-invalid / cert-weak-key / cert-no-server-auth.

const askCa =
  'Ask the CA for a certificate made to RFC 5280 and the CA/Browser Forum Baseline Requirements; browsers accept this one today, but stricter verifiers (OpenSSL -x509_strict, pyca/cryptography, Go) may not.';

/** The path's certificates with their index, without the trust anchor or self-signed root at the end. */
function belowRoot(ctx: PathContext): [number, ReturnType<typeof facts>][] {
  return ctx.path.flatMap((c, i) => (isRootAt(ctx, i) ? [] : [[i, facts(c)] as [number, ReturnType<typeof facts>]]));
}

export const certNonconforming: ChainCheck = {
  rule: 'cert-nonconforming',
  execute(ctx) {
    const out: Issue[] = [];
    const say = (i: number, what: string): void => {
      out.push({ message: `${roleOf(ctx, i)} ${label(ctx.path[i]!)} ${what}.`, fix: askCa });
    };
    for (const [i, f] of belowRoot(ctx)) {
      const c = ctx.path[i]!;
      if (!f) continue;
      // RFC 5280 4.2.1.1 / BR 7.1.2: keyIdentifier in every certificate but a self-signed one
      if (!isSelfSigned(c) && !f.aki?.keyId && !f.broken.includes(OID.authorityKeyIdentifier)) {
        say(
          i,
          f.aki
            ? 'has an authorityKeyIdentifier without a keyIdentifier (RFC 5280 4.2.1.1 requires one)'
            : 'has no authorityKeyIdentifier extension (RFC 5280 4.2.1.1 and the Baseline Requirements require one)',
        );
      }
      const serial = serialInfo(c);
      if (serial?.zero) say(i, 'has the serial number 0 (RFC 5280 4.1.2.2: it must be a positive integer)');
      else if (serial?.negative) say(i, 'has a negative serial number (RFC 5280 4.1.2.2: it must be a positive integer; Go refuses it)');
    }
    const leafEku = facts(ctx.leaf)?.extensions.find((e) => e.oid === OID.extKeyUsage);
    if (leafEku?.critical) say(0, 'marks its extended key usage critical (the Baseline Requirements say it must not be)');
    ctx.path.forEach((c, i) => {
      if (facts(c)?.extensions.some((e) => e.oid === OID.authorityKeyIdentifier && e.critical))
        say(i, 'marks its authorityKeyIdentifier critical (RFC 5280 4.2.1.1: it must not be)');
    });
    const last = ctx.path.length - 1;
    if (last > 0 && isRootAt(ctx, last)) {
      const root = ctx.path[last]!;
      const f = facts(root);
      const bc = f?.extensions.find((e) => e.oid === OID.basicConstraints);
      if (f && f.version >= 3 && !bc)
        say(last, 'has no basicConstraints extension (RFC 5280 4.2.1.9: a CA certificate must carry a critical one with CA:TRUE)');
      else if (bc && !bc.critical) say(last, 'has a non-critical basicConstraints extension (RFC 5280 4.2.1.9: a CA certificate must mark it critical)');
      if (f?.aki?.keyId && f.subjectKeyId && isSelfSigned(root) && !f.aki.keyId.equals(f.subjectKeyId)) {
        say(last, 'has an authorityKeyIdentifier that is not its own subjectKeyIdentifier although it signed itself (a malformed AKI)');
      }
    }
    return out;
  },
};
