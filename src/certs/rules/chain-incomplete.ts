import { label } from '../x509.js';
import { trustRef, type ChainCheck } from './check.js';
import { caIssuersUrl, missingIssuer } from './missing-issuer.js';

/** An intermediate is missing from the file: neither presented nor a trust anchor. */
export const chainIncomplete: ChainCheck = {
  rule: 'chain-incomplete',
  applies: (ctx) => !ctx.served,
  execute(ctx) {
    const missing = missingIssuer(ctx);
    if (missing?.kind !== 'intermediate') return [];
    const url = caIssuersUrl(missing.last);
    return [
      {
        message: `The chain of ${label(ctx.leaf)} is incomplete: the issuer '${missing.issuer}' of ${label(missing.last)} is neither in ${ctx.where} nor a trusted root.`,
        fix: `Add the intermediate certificate '${missing.issuer}' to the file${url ? ` (it is published at ${url})` : ''}, e.g. export the PFX with the whole chain; if '${missing.issuer}' is itself a root (a private CA), add it to ${trustRef(ctx)} instead.`,
      },
    ];
  },
};
