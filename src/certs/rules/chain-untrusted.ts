import { label, commonNameOf } from '../x509.js';
import { trustRef, trustSetting, type ChainCheck } from './check.js';
import { DEMO_ROOT_NAME, missingIssuer } from './missing-issuer.js';

/** The path ends at a root clients do not trust: a self-signed root (or self-signed leaf) outside
 * the trust store, a root that is named but absent, or a known TLS interception root. */
export const chainUntrusted: ChainCheck = {
  rule: 'chain-untrusted',
  execute(ctx) {
    const { leaf, end } = ctx;
    if (end.kind === 'untrusted-root') {
      const what =
        end.root === leaf ? `The certificate ${label(leaf)} is self-signed and` : `The chain of ${label(leaf)} ends at the root ${label(end.root)}, which`;
      return [
        {
          message: `${what} is not in the trust store, so clients will reject it.`,
          fix: `Use a certificate from a publicly trusted CA, or add its root to ${trustRef(ctx)} if this is a private CA.`,
        },
      ];
    }
    const missing = missingIssuer(ctx);
    if (missing?.kind === 'interception') {
      return [
        {
          message: `${label(missing.last)} is signed by '${missing.issuer}', a known TLS interception root (adware or a filtering proxy on the client), not a public CA: clients without that root installed reject it.`,
          fix: 'The certificate was made by software on the machine that ran the check or scan, not by the server: remove that software or check from a clean machine; the server itself needs a certificate from a public CA.',
        },
      ];
    }
    if (missing?.kind === 'root') {
      const demo = commonNameOf(missing.last.issuer) === DEMO_ROOT_NAME;
      return [
        {
          message: `The chain of ${label(leaf)} ends at the root '${missing.issuer}', which is not in the trust store, so clients will reject it.`,
          fix: demo
            ? `Trust the demo root: \`sni-ready demo-certs --out DIR\` wrote it as DIR/demo-root.pem; pass it with ${trustSetting(ctx, 'DIR/demo-root.pem')}.`
            : `If '${missing.issuer}' is your private CA, add its root certificate (PEM) to ${trustRef(ctx)}; servers never send the root, so adding it to the file does not help.`,
        },
      ];
    }
    return [];
  },
};
