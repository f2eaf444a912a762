import { commonName, hasSanForHosts, label } from '../x509.js';
import type { ChainCheck } from './check.js';

/** A leaf without a subjectAltName DNS name or IP address: browsers have ignored the CN since
 * 2017 (Chrome 58, Firefox 48), so no host matches it. */
export const certNoSan: ChainCheck = {
  rule: 'cert-no-san',
  execute(ctx) {
    if (hasSanForHosts(ctx.leaf)) return [];
    const cn = commonName(ctx.leaf);
    const hosts = ctx.hosts.length ? ctx.hosts.join(', ') : cn;
    return [
      {
        message: `${label(ctx.leaf)} has no subjectAltName DNS name${cn ? `; its subject CN '${cn}' is ignored by browsers since 2017` : ''}, so browsers refuse it for every host.`,
        fix: `Reissue the certificate with a subjectAltName DNS entry for ${hosts || 'each host'} (openssl: -addext "subjectAltName=DNS:${ctx.hosts[0] ?? cn ?? 'www.example.com'}").`,
      },
    ];
  },
};
