// Writes the PFX that goes to the Cloud Service: leaf, private key and chain, encrypted the way
// every Windows version imports (3DES + SHA-1 MAC, like `openssl pkcs12 -export -legacy`). The
// container is built on Node's crypto (src/certs/pkcs12.ts), so RSA and EC keys work alike.
import { writeFileAtomic } from '../files.js';
import type { LoadedSite } from '../types.js';
import { isSelfSigned } from './chain.js';
import { buildLegacyPkcs12 } from './pkcs12.js';

/** The certificates the upload PFX carries: the leaf, then its chain without a root that came
 * from the trust store (clients have it; the portal would list it as one more certificate). */
export function uploadCertificates(site: LoadedSite): import('node:crypto').X509Certificate[] {
  if (!site.leaf) return [];
  const chain = site.chain.filter((c, i) => !(site.chainSources[i] === 'trust' && isSelfSigned(c)));
  return [site.leaf, ...chain];
}

/** Writes `outFile` atomically (temp file + rename, mode 0600). Throws an Error with one sentence
 * when the site has no leaf or no private key. The password is never part of any message. */
export async function writeUploadPfx(site: LoadedSite, password: string, outFile: string): Promise<void> {
  if (!site.leaf) throw new Error(`No certificate was read from ${site.spec.path}, so no PFX can be written for it`);
  if (!site.key) throw new Error(`No private key for the certificate in ${site.spec.path}, so no PFX can be written for it`);
  const der = buildLegacyPkcs12({
    keyDer: site.key.export({ type: 'pkcs8', format: 'der' }),
    certificates: uploadCertificates(site).map((c) => Buffer.from(c.raw)),
    password,
    friendlyName: site.spec.hosts[0],
  });
  writeFileAtomic(outFile, der, 0o600);
}
