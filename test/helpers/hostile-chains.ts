// Hostile certificate sets made at test time with OpenSSL: RSA keys with a chosen public exponent,
// loops of cross-signed (self-issued) CA certificates under one name, and CAs with thousands of
// name-constraint subtrees for leaves with thousands of names.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeKey, openssl, type Issued } from './pki.js';

let serial = 7_000_000 + (Date.now() % 1_000_000);

/** An RSA key of `bits` with public exponent `e` (OpenSSL makes any odd exponent it is given). */
export function rsaKeyWithExponent(dir: string, name: string, e: bigint, bits = 2048): string {
  const file = path.join(dir, `${name}.key`);
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`, '-pkeyopt', `rsa_keygen_pubexp:0x${e.toString(16)}`, '-out', file]);
  return file;
}

/** An exponent of about 2,040 bits: every signature check with it costs ~100 ordinary ones. */
export const HUGE_EXPONENT = (1n << 2040n) + 24_691n;

function config(dir: string, name: string, v3: string[], sections = ''): string {
  const file = path.join(dir, `${name}.cnf`);
  fs.writeFileSync(file, `[req]\ndistinguished_name=dn\nprompt=no\n[dn]\n[v3]\n${v3.join('\n')}\n${sections}`);
  return file;
}

/** A self-signed CA under `cn` with `key`, its own extensions (`v3` lines and extra sections). */
export function selfSignedCa(dir: string, name: string, cn: string, key: string, v3: string[] = [], sections = ''): Issued {
  const cert = path.join(dir, `${name}.crt`);
  const cnf = config(dir, name, ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign', 'subjectKeyIdentifier=hash', ...v3], sections);
  openssl([
    'req',
    '-x509',
    '-new',
    '-key',
    key,
    '-subj',
    `/CN=${cn}`,
    '-days',
    '365',
    '-sha256',
    '-set_serial',
    String(serial++),
    '-extensions',
    'v3',
    '-config',
    cnf,
    '-out',
    cert,
  ]);
  return { cert, key };
}

/** CA certificates under one name `cn`, half with key A signed by key B and half the other way
 * round: none is self-signed, and each half issued every certificate of the other (a complete
 * bipartite graph of cross-signs for a path builder to wander). `signer` is a self-signed CA with
 * key A under the same name, to issue a leaf with. */
export function crossSignedLoop(dir: string, cn: string, keyA: string, keyB: string, count: number): { loop: Issued[]; signer: Issued } {
  const bootA = selfSignedCa(dir, `${cn}-bootA`.replace(/\W/g, '_'), cn, keyA);
  const bootB = selfSignedCa(dir, `${cn}-bootB`.replace(/\W/g, '_'), cn, keyB);
  const ext = path.join(dir, 'loop.ext');
  fs.writeFileSync(ext, 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
  const loop = Array.from({ length: count }, (_, i) => {
    const [key, by] = i % 2 === 0 ? [keyA, bootB] : [keyB, bootA];
    const name = `${cn}-${i}`.replace(/\W/g, '_');
    const csr = path.join(dir, `${name}.csr`);
    const cert = path.join(dir, `${name}.crt`);
    openssl(['req', '-new', '-key', key, '-subj', `/CN=${cn}`, '-out', csr, '-config', config(dir, `${name}-req`, [])]);
    openssl([
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      by.cert,
      '-CAkey',
      by.key,
      '-set_serial',
      String(serial++),
      '-days',
      '300',
      '-sha256',
      '-extfile',
      ext,
      '-out',
      cert,
    ]);
    return { cert, key };
  });
  return { loop, signer: bootA };
}

/** A leaf for `dns` names (on one SAN line) with `extra` extension lines, issued by `issuer`. */
export function leafUnder(dir: string, name: string, issuer: Issued, dns: string[], extra: string[] = []): Issued {
  const key = makeKey(dir, name);
  const csr = path.join(dir, `${name}.csr`);
  const cert = path.join(dir, `${name}.crt`);
  openssl(['req', '-new', '-key', key, '-subj', `/CN=${dns[0] ?? name}`, '-out', csr, '-config', config(dir, `${name}-req`, [])]);
  const ext = path.join(dir, `${name}.ext`);
  const lines = [
    'basicConstraints=CA:FALSE',
    'keyUsage=critical,digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    'authorityKeyIdentifier=keyid',
    ...extra,
  ];
  if (dns.length) lines.push(`subjectAltName=${dns.map((d) => `DNS:${d}`).join(',')}`);
  fs.writeFileSync(ext, lines.join('\n') + '\n');
  openssl([
    'x509',
    '-req',
    '-in',
    csr,
    '-CA',
    issuer.cert,
    '-CAkey',
    issuer.key,
    '-set_serial',
    String(serial++),
    '-days',
    '200',
    '-sha256',
    '-extfile',
    ext,
    '-out',
    cert,
  ]);
  return { cert, key };
}

/** The nameConstraints extension line and its section for `permitted` subtrees of one kind. */
export function nameConstraints(kind: 'DNS' | 'URI' | 'email', permitted: string[]): { v3: string[]; sections: string } {
  return {
    v3: ['nameConstraints=critical,@nc'],
    sections: `[nc]\n${permitted.map((p, i) => `permitted;${kind}.${i}=${p}`).join('\n')}\n`,
  };
}
