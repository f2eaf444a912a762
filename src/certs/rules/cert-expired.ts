import { dayCount, dayOf, daysBetween, label, notAfter } from '../x509.js';
import { roleOf, type ChainCheck } from './check.js';
import { everyOnPath, renewAdvice } from './validity.js';

export const certExpired: ChainCheck = {
  rule: 'cert-expired',
  execute(ctx) {
    return everyOnPath(ctx).flatMap(([c, i]) => {
      const to = notAfter(c);
      if (!to || ctx.at <= to) return [];
      return [{ message: `${roleOf(ctx, i)} ${label(c)} expired on ${dayOf(to)}, ${dayCount(daysBetween(ctx.at, to))} ago.`, fix: renewAdvice(i, c) }];
    });
  },
};
