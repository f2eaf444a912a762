import { hasExplicitCurve, keyInfo, label, rsaKeyRefusal } from '../x509.js';
import { isRootAt, roleOf, type ChainCheck } from './check.js';

/** RSA under 2048 bits, EC under 256 bits, or a DSA key: on the leaf and the intermediates; a DSA
 * key anywhere (the root's too). An RSA key browsers refuse to check signatures with (its exponent
 * or modulus out of BoringSSL's bounds), on the path or among the other presented certificates:
 * such a certificate signs nothing, so its chain breaks there. An EC key with explicit curve
 * parameters or an RSA modulus that is not a whole number of octets, anywhere (the root's too):
 * Chrome cannot read the first, and rustls-webpki (ring) refuses the second. */
export const certWeakKey: ChainCheck = {
  rule: 'cert-weak-key',
  execute(ctx) {
    const refused = [...ctx.path, ...ctx.unused].flatMap((c, i) => {
      const why = rsaKeyRefusal(c);
      if (!why) return [];
      const role = i < ctx.path.length ? roleOf(ctx, i) : 'The presented certificate';
      return [
        {
          message: `${role} ${label(c)} has an RSA key browsers refuse: ${why}; no signature is checked with it, so nothing it signed is accepted.`,
          fix: 'Reissue the certificate (or use the CA certificate) with an RSA key of exponent 65537 and 2048 to 4096 bits, or an EC P-256 key.',
        },
      ];
    });
    return refused.concat(
      ctx.path.flatMap((c, i) => {
        const { keyType, keySize } = keyInfo(c);
        if (keyType === 'DSA') {
          return [
            {
              message: `${roleOf(ctx, i)} ${label(c)} has a DSA key, which browsers no longer accept anywhere in a chain.`,
              fix: 'Use a certificate (and CA) with RSA 2048-bit or EC P-256 keys.',
            },
          ];
        }
        if (hasExplicitCurve(c)) {
          return [
            {
              message: `${roleOf(ctx, i)} ${label(c)} has an EC key with explicit curve parameters instead of a named curve; RFC 5480 forbids them and browsers cannot use such a key.`,
              fix: 'Use a certificate (and CA) whose EC key names its curve (P-256 or P-384), or an RSA 2048-bit key.',
            },
          ];
        }
        if (keyType === 'RSA' && keySize >= 2048 && keySize % 8 !== 0) {
          return [
            {
              message: `${roleOf(ctx, i)} ${label(c)} has a ${keySize}-bit RSA key, not a whole number of octets; browsers and rustls-webpki refuse such moduli.`,
              fix: 'Reissue the certificate with an RSA key of 2048, 3072 or 4096 bits, or an EC P-256 key.',
            },
          ];
        }
        if (isRootAt(ctx, i)) return [];
        if ((keyType === 'RSA' && keySize < 2048) || (keyType === 'EC' && keySize < 256)) {
          return [
            {
              message: `${roleOf(ctx, i)} ${label(c)} has a ${keySize}-bit ${keyType} key; clients require RSA ≥ 2048 or EC ≥ 256 bits.`,
              fix: 'Reissue the certificate with an RSA 2048-bit (or larger) or an EC P-256 key.',
            },
          ];
        }
        return [];
      }),
    );
  },
};
