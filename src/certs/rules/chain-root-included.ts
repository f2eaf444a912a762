import { isSelfSigned, label } from '../x509.js';
import type { ChainCheck } from './check.js';

/** The file (or server) carries the trusted root itself. */
export const chainRootIncluded: ChainCheck = {
  rule: 'chain-root-included',
  execute(ctx) {
    const root = ctx.chain[ctx.chain.length - 1];
    if (ctx.end.kind !== 'trusted' || !root || ctx.sources[ctx.sources.length - 1] !== 'file' || !isSelfSigned(root)) return [];
    return [
      {
        message: `${ctx.where} includes the root ${label(root)}; clients already have it, and servers should not send it.`,
        fix: 'Remove the root certificate from the file (keep the leaf and the intermediates).',
      },
    ];
  },
};
