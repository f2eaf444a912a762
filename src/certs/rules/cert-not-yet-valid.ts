import { dayCount, dayOf, daysBetween, label, notBefore } from '../x509.js';
import { roleOf, type ChainCheck } from './check.js';
import { everyOnPath } from './validity.js';

export const certNotYetValid: ChainCheck = {
  rule: 'cert-not-yet-valid',
  execute(ctx) {
    return everyOnPath(ctx).flatMap(([c, i]) => {
      const from = notBefore(c);
      if (!from || ctx.at >= from) return [];
      return [
        {
          message: `${roleOf(ctx, i)} ${label(c)} is not valid until ${dayOf(from)}, in ${dayCount(daysBetween(ctx.at, from))}.`,
          fix: 'Wait until the certificate is valid before deploying it, or check the server clock and the certificate dates.',
        },
      ];
    });
  },
};
