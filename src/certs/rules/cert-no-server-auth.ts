import { facts, label, OID } from '../x509.js';
import type { ChainCheck } from './check.js';

/** The leaf's extended key usage must name serverAuth; anyExtendedKeyUsage alone is not enough
 * for Chrome and OpenSSL's sslserver purpose. */
export const certNoServerAuth: ChainCheck = {
  rule: 'cert-no-server-auth',
  execute(ctx) {
    const eku = facts(ctx.leaf)?.extKeyUsage;
    if (!eku || eku.includes(OID.serverAuth)) return [];
    const anyOnly = eku.length > 0 && eku.every((o) => o === OID.anyExtendedKeyUsage);
    return [
      {
        message: anyOnly
          ? `${label(ctx.leaf)} has only anyExtendedKeyUsage in its extended key usage; browsers require serverAuth itself.`
          : `${label(ctx.leaf)} has an extended key usage without serverAuth (${eku.join(', ') || 'empty'}), so TLS clients reject it for a server.`,
        fix: 'Reissue the certificate as a TLS server certificate (extendedKeyUsage serverAuth).',
      },
    ];
  },
};
