import { label } from '../x509.js';
import type { ChainCheck } from './check.js';
import { caIssuersUrl, missingIssuer } from './missing-issuer.js';

/** A server does not send an intermediate of its chain. */
export const tlsChainIncomplete: ChainCheck = {
  rule: 'tls-chain-incomplete',
  applies: (ctx) => ctx.served,
  execute(ctx) {
    const missing = missingIssuer(ctx);
    if (missing?.kind !== 'intermediate') return [];
    const url = caIssuersUrl(missing.last);
    return [
      {
        message: `The server does not send the issuer '${missing.issuer}' of ${label(missing.last)}, and it is not a trusted root; clients without it cached will fail.`,
        fix: `Install the intermediate certificate '${missing.issuer}' with the site's certificate (Cloud Service: declare it in the csdef with storeName="CA")${url ? `; it is published at ${url}` : ''}.`,
      },
    ];
  },
};
