// `check` for certificate files: each `sites` line is read, its chain built and judged, its key
// matched, and its container checked for what Windows can import. One bad line never stops the
// others; every problem is a finding with the file (and host where it applies) and a fix.
import { finding } from '../rules.js';
import type { CertificateReport, Finding, Inputs, LoadedSite } from '../types.js';
import { assessChain, describeCertificate, loadTrust, shortName, thumbprint } from './chain.js';
import { readCertificateBundle } from './read.js';
import { displayPath } from '../files.js';

export async function checkCertificates(inputs: Inputs): Promise<{ certificates: CertificateReport[]; findings: Finding[]; sites: LoadedSite[] }> {
  const trust = loadTrust(inputs);
  const certificates: CertificateReport[] = [];
  const findings: Finding[] = [];
  const sites: LoadedSite[] = [];
  for (const spec of inputs.sites) {
    const file = displayPath(spec.path, inputs.cwd);
    const read = await readCertificateBundle(spec, file);
    const site = read.site;
    sites.push(site);
    findings.push(...read.findings);
    if (!site.ok || !site.leaf) continue;
    const leaf = site.leaf;
    const container = site.container ?? { type: 'pem' };
    const where: Partial<Finding> = { file, ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}) };

    const assessed = assessChain({
      leaf,
      presented: site.fileCertificates,
      hosts: spec.hosts,
      at: inputs.at,
      warnDays: inputs.warnDays,
      failDays: inputs.failDays,
      trust,
      file,
      checkOrder: container.type === 'pem',
    });
    site.chain = assessed.chain;
    site.chainSources = assessed.sources;
    findings.push(...assessed.findings);

    const name = `'${shortName(leaf)}' (${thumbprint(leaf)})`;
    if (!site.key) {
      findings.push(
        finding('cert-no-key', `${file} has no private key for ${name}.`, {
          ...where,
          fix:
            container.type === 'pfx'
              ? 'Export the PFX again with its private key (Windows: "Yes, export the private key"; OpenSSL: pkcs12 -export -inkey KEY).'
              : 'Add key=PATH to the `sites` line, pointing at the private key of this certificate, or include the key in the PEM file.',
        }),
      );
    } else if (!leaf.checkPrivateKey(site.key)) {
      findings.push(
        finding(
          'cert-key-mismatch',
          `The private key ${spec.keyPath ? `in ${displayPath(spec.keyPath, inputs.cwd)} ` : ''}does not belong to ${name} in ${file}.`,
          {
            ...where,
            fix: "Use the key that was generated with this certificate's request (its public key must match the certificate).",
          },
        ),
      );
    }

    if (container.type === 'pfx' && container['pbes2'] === true && inputs.osFamily <= 5) {
      findings.push(
        finding(
          'pfx-legacy-windows',
          `The PFX ${file} is encrypted with ${String(container.encryption)} (PBES2) and a ${String(container.mac)} MAC, which Windows Server 2016 and older (osFamily ${inputs.osFamily}) cannot import ("The specified network password is not correct").`,
          {
            ...where,
            fix: 'Re-export it with 3DES: `openssl pkcs12 -export -legacy ...` (or -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1); `sni-ready patch` writes such a PFX for upload. Or raise os-family to 6 or later (Windows Server 2019+).',
          },
        ),
      );
    }

    certificates.push(describeCertificate({ file, hosts: spec.hosts, leaf, chain: assessed.chain, sources: assessed.sources, container, at: inputs.at }));
  }
  return { certificates, findings, sites };
}
