// Helpers for the certificate tests: Inputs built the way the action builds them, and a few
// OpenSSL conversions that test/helpers/pki.ts does not offer.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkCertificates } from '../../src/certs/check.js';
import { parseInputs } from '../../src/inputs.js';
import type { Finding, Inputs } from '../../src/types.js';
import { openssl } from './pki.js';

export function inputsFor(values: Record<string, string>, env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): Inputs {
  return parseInputs((name) => values[name] ?? '', env, cwd);
}

export async function check(values: Record<string, string>, env: NodeJS.ProcessEnv = {}, cwd = process.cwd()) {
  return checkCertificates(inputsFor(values, env, cwd));
}

export function rules(findings: Finding[]): string[] {
  return findings.map((f) => f.rule).sort();
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Writes `bytes` to dir/name and returns the path. */
export function write(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** A PFX with an explicit cipher choice: 'aes' (OpenSSL 3 default), '3des' (3DES + SHA-1 MAC),
 * 'legacy' (`-legacy`: RC2-40 certificates, 3DES key), 'none' (no encryption). */
export function pfxWith(
  dir: string,
  name: string,
  cert: string,
  key: string,
  chain: string[],
  password: string,
  cipher: 'aes' | '3des' | 'legacy' | 'none',
): string {
  const file = path.join(dir, name);
  const args = ['pkcs12', '-export', '-inkey', key, '-in', cert, '-passout', 'env:PFXPW', '-out', file];
  if (chain.length) {
    const chainFile = path.join(dir, `${name}.chain.pem`);
    fs.writeFileSync(chainFile, chain.map((c) => fs.readFileSync(c, 'utf8')).join(''));
    args.push('-certfile', chainFile);
  }
  if (cipher === '3des') args.push('-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1');
  if (cipher === 'legacy') args.push('-legacy');
  if (cipher === 'none') args.push('-keypbe', 'NONE', '-certpbe', 'NONE');
  openssl(args, { env: { PFXPW: password } });
  return file;
}

/** Converts a PEM key: 'pkcs1' (traditional RSA/SEC1 EC), 'der' (PKCS#8 DER), 'encrypted' (AES-256 PKCS#8 PEM). */
export function convertKey(dir: string, name: string, key: string, form: 'traditional' | 'der' | 'encrypted', password = ''): string {
  const file = path.join(dir, name);
  if (form === 'traditional') openssl(['pkey', '-in', key, '-traditional', '-out', file]);
  else if (form === 'der') openssl(['pkey', '-in', key, '-outform', 'DER', '-out', file]);
  else openssl(['pkey', '-in', key, '-aes256', '-passout', 'env:KEYPW', '-out', file], { env: { KEYPW: password } });
  return file;
}
