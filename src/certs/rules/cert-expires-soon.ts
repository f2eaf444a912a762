import { dayCount, dayOf, daysBetween, label, notAfter, notBefore } from '../x509.js';
import { thresholdMs, thresholdText } from '../thresholds.js';
import { roleOf, type ChainCheck } from './check.js';
import { everyOnPath, renewAdvice } from './validity.js';

/**
 * Valid now, but for less than warn-days (warning) or fail-days (error) — each a number of days,
 * a share of the certificate's own lifetime, or by default the smaller of both (thresholds.ts).
 */
export const certExpiresSoon: ChainCheck = {
  rule: 'cert-expires-soon',
  execute(ctx) {
    return everyOnPath(ctx).flatMap(([c, i]) => {
      const from = notBefore(c);
      const to = notAfter(c);
      if (!from || !to || ctx.at < from || ctx.at > to) return [];
      const lifetime = to.getTime() - from.getTime();
      const left = to.getTime() - ctx.at.getTime();
      const failing = left < thresholdMs(ctx.failDays, lifetime);
      if (!failing && left >= thresholdMs(ctx.warnDays, lifetime)) return [];
      const limit = thresholdText(failing ? ctx.failDays : ctx.warnDays, lifetime);
      return [
        {
          message: `${roleOf(ctx, i)} ${label(c)} expires on ${dayOf(to)}, in ${dayCount(daysBetween(ctx.at, to))} (${failing ? 'fail-days' : 'warn-days'}: ${limit}).`,
          severity: failing ? 'error' : 'warning',
          fix: renewAdvice(i, c),
        },
      ];
    });
  },
};
