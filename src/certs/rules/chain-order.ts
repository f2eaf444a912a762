import type { ChainCheck } from './check.js';

/** In a PEM file or on the wire: the leaf first, then each issuer after the certificate it signed. */
export const chainOrder: ChainCheck = {
  rule: 'chain-order',
  applies: (ctx) => ctx.checkOrder,
  execute(ctx) {
    const path = [ctx.leaf, ...ctx.chain.filter((_, i) => ctx.sources[i] === 'file')].map((c) => c.fingerprint256);
    const order = ctx.presented.map((c) => c.fingerprint256).filter((f, i, all) => path.includes(f) && all.indexOf(f) === i);
    const expected = order.includes(ctx.leaf.fingerprint256) ? path : path.slice(1);
    if (order.join() === expected.join()) return [];
    return [
      {
        message: `The certificates in ${ctx.where} are not in leaf → intermediate → root order.`,
        fix: 'Put the leaf first, then each issuer after the certificate it signed (nginx and some clients rely on this order).',
      },
    ];
  },
};
