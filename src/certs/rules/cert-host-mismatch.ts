import { commonName, dnsNames, hostCoverage, ipBytes, label, sanNames } from '../x509.js';
import type { ChainCheck } from './check.js';

/** A host of the `sites` line the leaf does not cover. (A leaf without any subjectAltName is
 * cert-no-san, whether or not its CN names the host.) */
export const certHostMismatch: ChainCheck = {
  rule: 'cert-host-mismatch',
  execute(ctx) {
    const { leaf } = ctx;
    const names = sanNames(leaf);
    return ctx.hosts.flatMap((host) => {
      const how = hostCoverage(leaf, host);
      if (how === 'san' || (how === 'cn' && dnsNames(leaf).length === 0)) return [];
      if (ipBytes(host)) {
        return [
          {
            host,
            message: `${label(leaf)} does not cover the IP address ${host}: an address is matched only against the iPAddress entries of the subjectAltName (it covers ${names.length ? names.join(', ') : 'no name at all'}).`,
            fix: `Use a certificate whose subjectAltName lists IP:${host.replace(/^\[|\]$/g, '')}, or reach the server by a host name it covers.`,
          },
        ];
      }
      const cn = commonName(leaf);
      return [
        {
          host,
          message: `${label(leaf)} does not cover ${host} (it covers ${names.length ? names.join(', ') : cn ? `only the CN '${cn}'` : 'no host name'}).`,
          fix: `Use a certificate whose subjectAltName lists ${host}${host.startsWith('*.') ? '' : ` or *.${host.split('.').slice(1).join('.')}`}, or move ${host} to the line of the certificate that covers it.`,
        },
      ];
    });
  },
};
