// Demo certificates made on the fly, with no OpenSSL needed: Node makes the RSA keys,
// node-forge builds and signs the certificates and writes 3DES PFX files Windows can import.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import forge from 'node-forge';

interface Made {
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

function rsaKey(): { key: forge.pki.rsa.PrivateKey; pub: forge.pki.rsa.PublicKey } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    key: forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()) as forge.pki.rsa.PrivateKey,
    pub: forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString()) as forge.pki.rsa.PublicKey,
  };
}

/** `days` of validity left from `now`; `lived` days already behind it (0: issued an hour ago). */
function issue(cn: string, opts: { days: number; lived?: number; ca: boolean; dns?: string[]; issuer?: Made; now: Date }): Made {
  const { key, pub } = rsaKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = '01' + randomBytes(8).toString('hex');
  cert.validity.notBefore = new Date(opts.now.getTime() - 3_600_000 - (opts.lived ?? 0) * 86_400_000);
  cert.validity.notAfter = new Date(opts.now.getTime() + opts.days * 86_400_000);
  cert.setSubject([
    { name: 'commonName', value: cn },
    { name: 'organizationName', value: 'sni-ready demo' },
  ]);
  cert.setIssuer((opts.issuer?.cert ?? cert).subject.attributes);
  const ext: object[] = [
    { name: 'basicConstraints', cA: opts.ca, critical: true },
    opts.ca
      ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
      : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (!opts.ca) ext.push({ name: 'extKeyUsage', serverAuth: true });
  if (opts.dns) ext.push({ name: 'subjectAltName', altNames: opts.dns.map((value) => ({ type: 2, value })) });
  if (opts.issuer) ext.push({ name: 'authorityKeyIdentifier', keyIdentifier: opts.issuer.cert.generateSubjectKeyIdentifier().getBytes() });
  cert.setExtensions(ext);
  cert.sign(opts.issuer?.key ?? key, forge.md.sha256.create());
  return { cert, key };
}

function pfxBytes(leaf: Made, chain: Made[], password: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ...chain.map((c) => c.cert)], password, {
    algorithm: '3des',
    friendlyName: leaf.cert.subject.getField('CN')?.value as string,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

export interface DemoCertificates {
  dir: string;
  root: string;
  passwordEnv: string;
  sites: { hosts: string[]; file: string; daysLeft: number }[];
}

export const DEMO_PASSWORD_ENV = 'SNI_READY_DEMO_PASSWORD';

/**
 * A healthy chain (root → intermediate → leaf) for www.test1.com and one for www.test2.com
 * that expires in 20 days (a 200-day certificate near its end, so that the default warn-days — the
 * smaller of 30 days and a third of the lifetime — warns), as 3DES PFX files with the password from SNI_READY_DEMO_PASSWORD
 * (set to 'demo' when unset), plus root.pem to trust.
 */
export function writeDemoCertificates(dir: string, now = new Date()): DemoCertificates {
  fs.mkdirSync(dir, { recursive: true });
  process.env[DEMO_PASSWORD_ENV] ??= 'demo';
  const password = process.env[DEMO_PASSWORD_ENV]!;
  const root = issue('sni-ready Demo Root', { days: 3650, lived: 400, ca: true, now });
  const intermediate = issue('sni-ready Demo Intermediate', { days: 1825, lived: 365, ca: true, issuer: root, now });
  const test1 = issue('www.test1.com', { days: 365, ca: false, dns: ['www.test1.com', 'test1.com'], issuer: intermediate, now });
  const test2 = issue('www.test2.com', { days: 20, lived: 180, ca: false, dns: ['www.test2.com'], issuer: intermediate, now });
  const rootFile = path.join(dir, 'demo-root.pem');
  fs.writeFileSync(rootFile, forge.pki.certificateToPem(root.cert));
  const file1 = path.join(dir, 'www.test1.com.pfx');
  const file2 = path.join(dir, 'www.test2.com.pfx');
  fs.writeFileSync(file1, pfxBytes(test1, [intermediate], password), { mode: 0o600 });
  fs.writeFileSync(file2, pfxBytes(test2, [intermediate], password), { mode: 0o600 });
  return {
    dir,
    root: rootFile,
    passwordEnv: DEMO_PASSWORD_ENV,
    sites: [
      { hosts: ['www.test1.com'], file: file1, daysLeft: 365 },
      { hosts: ['www.test2.com'], file: file2, daysLeft: 20 },
    ],
  };
}
