import { isWeakSignature, label, signatureAlgorithm } from '../x509.js';
import { isRootAt, roleOf, type ChainCheck } from './check.js';

/** SHA-1, MD5 or DSA signatures on the leaf and the intermediates (a root's own signature is not
 * checked by anyone: roots are trusted by their presence). */
export const certWeakSignature: ChainCheck = {
  rule: 'cert-weak-signature',
  execute(ctx) {
    return ctx.path.flatMap((c, i) => {
      if (isRootAt(ctx, i)) return [];
      const sig = signatureAlgorithm(c);
      if (!isWeakSignature(sig)) return [];
      return [
        {
          message: `${roleOf(ctx, i)} ${label(c)} is signed with ${sig}, which browsers reject.`,
          fix: i === 0 ? 'Reissue the certificate with a SHA-256 signature.' : "Use the CA's current SHA-256 intermediate instead.",
        },
      ];
    });
  },
};
