import { formatName, label, subjectKey } from '../x509.js';
import type { ChainCheck } from './check.js';

/** Certificates of the set that are not on the leaf's path. */
export const chainExtra: ChainCheck = {
  rule: 'chain-extra',
  execute(ctx) {
    return ctx.unused.map((c) => {
      const twin = ctx.chain.find((e) => subjectKey(e) === subjectKey(c));
      const why = twin
        ? `a second copy of ${label(twin)} issued by '${formatName(c.issuer)}', which clients do not need`
        : `which is not part of the chain of ${label(ctx.leaf)}`;
      return {
        message: `${ctx.where} contains ${label(c)}, ${why}.`,
        fix: ctx.served
          ? 'Remove the unrelated certificate from what the server sends.'
          : 'Remove the unrelated certificate from the file, or give it its own `sites` line.',
      };
    });
  },
};
