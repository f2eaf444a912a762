import { DAY_MS, dayCount, daysBetween, label, notAfter, notBefore } from '../x509.js';
import { roleOf, type ChainCheck } from './check.js';
import { everyOnPath, renewAdvice } from './validity.js';

/** Valid now, but for less than warn-days (warning) or fail-days (error). */
export const certExpiresSoon: ChainCheck = {
  rule: 'cert-expires-soon',
  execute(ctx) {
    return everyOnPath(ctx).flatMap(([c, i]) => {
      const from = notBefore(c);
      const to = notAfter(c);
      if (!from || !to || ctx.at < from || ctx.at > to) return [];
      const left = to.getTime() - ctx.at.getTime();
      const failing = left < ctx.failDays * DAY_MS;
      if (!failing && left >= ctx.warnDays * DAY_MS) return [];
      return [
        {
          message: `${roleOf(ctx, i)} ${label(c)} expires on ${to.toISOString()}, in ${dayCount(daysBetween(ctx.at, to))}.`,
          severity: failing ? 'error' : 'warning',
          fix: renewAdvice(i, c),
        },
      ];
    });
  },
};
