// Test certificates made by real OpenSSL at test time, with dates relative to now.
// Every function writes into `dir` and returns the paths it made.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];
// Test folders go when the test process ends, so repeated runs do not fill /tmp.
process.on('exit', () => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'sni-ready-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function openssl(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): string {
  return execFileSync('openssl', args, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env },
    input: opts.input,
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString();
}

export type KeyType = 'rsa2048' | 'rsa1024' | 'rsa3072' | 'ec256' | 'ec384' | 'ec224';

function keyArgs(type: KeyType): string[] {
  switch (type) {
    case 'rsa1024':
      return ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:1024'];
    case 'rsa2048':
      return ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'];
    case 'rsa3072':
      return ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:3072'];
    case 'ec224':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-224'];
    case 'ec256':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'];
    case 'ec384':
      return ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'];
  }
}

export function makeKey(dir: string, name: string, type: KeyType = 'rsa2048'): string {
  const file = path.join(dir, `${name}.key`);
  openssl(['genpkey', ...keyArgs(type), '-out', file]);
  return file;
}

export interface Issued {
  cert: string;
  key: string;
}

export interface CertOptions {
  /** subject CN */
  cn: string;
  /** subjectAltName DNS entries; none = no SAN extension */
  dns?: string[];
  /** subjectAltName IP entries (with `dns`, in one extension) */
  ip?: string[];
  days?: number;
  keyType?: KeyType;
  /** message digest used to sign: sha256 (default), sha1, md5 */
  digest?: string;
  /** extendedKeyUsage value, e.g. 'serverAuth' or 'clientAuth'; default serverAuth */
  eku?: string | null;
  ca?: boolean;
}

let serial = Date.now();

/** Issues a certificate; `issuer` undefined means self-signed. */
export function issue(dir: string, name: string, opts: CertOptions, issuer?: Issued): Issued {
  const key = makeKey(dir, name, opts.keyType ?? 'rsa2048');
  const cert = path.join(dir, `${name}.crt`);
  const ext = path.join(dir, `${name}.ext`);
  const lines = [];
  if (opts.ca) {
    lines.push('basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign');
  } else {
    lines.push('basicConstraints=CA:FALSE', 'keyUsage=critical,digitalSignature,keyEncipherment');
    const eku = opts.eku === undefined ? 'serverAuth' : opts.eku;
    if (eku) lines.push(`extendedKeyUsage=${eku}`);
  }
  const sans = [...(opts.dns ?? []).map((d) => `DNS:${d}`), ...(opts.ip ?? []).map((a) => `IP:${a}`)];
  if (sans.length) lines.push(`subjectAltName=${sans.join(',')}`);
  lines.push('subjectKeyIdentifier=hash');
  if (issuer) lines.push('authorityKeyIdentifier=keyid');
  fs.writeFileSync(ext, lines.join('\n') + '\n');
  const days = String(opts.days ?? 365);
  const digest = `-${opts.digest ?? 'sha256'}`;
  const subj = `/CN=${opts.cn}`;
  if (!issuer) {
    openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      key,
      '-subj',
      subj,
      '-days',
      days,
      digest,
      '-extensions',
      'v3',
      '-config',
      writeReqConfig(dir, name, lines),
      '-out',
      cert,
    ]);
  } else {
    const csr = path.join(dir, `${name}.csr`);
    openssl(['req', '-new', '-key', key, '-subj', subj, '-out', csr, '-config', writeReqConfig(dir, name, [])]);
    signCsr(csr, issuer, cert, [days, digest, '-extfile', ext]);
  }
  return { cert, key };
}

/** Signs a CSR with `issuer` into `out`; `args` are the days, then any further x509 options. */
export function signCsr(csr: string, issuer: Issued, out: string, [days, ...args]: string[]): void {
  openssl(['x509', '-req', '-in', csr, '-CA', issuer.cert, '-CAkey', issuer.key, '-set_serial', String(serial++), '-days', days!, ...args, '-out', out]);
}

function writeReqConfig(dir: string, name: string, v3: string[]): string {
  const file = path.join(dir, `${name}.cnf`);
  fs.writeFileSync(file, `[req]\ndistinguished_name=dn\nprompt=no\n[dn]\n[v3]\n${v3.join('\n')}\n`);
  return file;
}

export interface Pki {
  dir: string;
  root: Issued;
  intermediate: Issued;
  /** leaf per name */
  leaves: Record<string, Issued>;
}

/** A root, an intermediate, and one leaf per entry of `leaves` (name → options). */
export function makePki(
  dir: string,
  leaves: Record<string, Omit<CertOptions, 'ca'>>,
  opts: { rootDays?: number; intermediateDays?: number; keyType?: KeyType; intermediateDigest?: string } = {},
): Pki {
  const root = issue(dir, 'root', { cn: 'sni-ready Test Root', ca: true, days: opts.rootDays ?? 3650, keyType: opts.keyType });
  const intermediate = issue(
    dir,
    'intermediate',
    { cn: 'sni-ready Test Intermediate', ca: true, days: opts.intermediateDays ?? 1825, keyType: opts.keyType, digest: opts.intermediateDigest },
    root,
  );
  const out: Record<string, Issued> = {};
  for (const [name, o] of Object.entries(leaves)) out[name] = issue(dir, name, o, intermediate);
  return { dir, root, intermediate, leaves: out };
}

/** Concatenates PEM files into one. */
export function bundle(dir: string, name: string, files: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, files.map((f) => fs.readFileSync(f, 'utf8')).join(''));
  return file;
}

export type PfxCipher = 'aes' | 'legacy';

/** Exports a PFX with OpenSSL; the password goes through the environment, never argv. */
export function pfx(dir: string, name: string, leaf: Issued, chain: string[], password: string, cipher: PfxCipher = 'aes'): string {
  const file = path.join(dir, `${name}.pfx`);
  const args = ['pkcs12', '-export', '-inkey', leaf.key, '-in', leaf.cert, '-passout', 'env:PFXPW', '-out', file];
  if (chain.length) args.push('-certfile', bundle(dir, `${name}-chain.pem`, chain));
  if (cipher === 'legacy') args.push('-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1');
  openssl(args, { env: { PFXPW: password } });
  return file;
}

/** A P7B (PKCS#7 certs-only) in PEM or DER. */
export function p7b(dir: string, name: string, certs: string[], form: 'PEM' | 'DER' = 'PEM'): string {
  const file = path.join(dir, `${name}.p7b`);
  const args = ['crl2pkcs7', '-nocrl', '-outform', form, '-out', file];
  for (const c of certs) args.push('-certfile', c);
  openssl(args);
  return file;
}

/** OpenSSL's SHA-1 fingerprint of a PEM certificate, as 40 upper-case hex digits. */
export function sha1(certFile: string): string {
  const out = openssl(['x509', '-in', certFile, '-noout', '-fingerprint', '-sha1']);
  return out.split('=')[1]!.trim().replace(/:/g, '').toUpperCase();
}

/** Converts a PEM certificate to DER. */
export function toDer(dir: string, name: string, pemFile: string): string {
  const file = path.join(dir, name);
  openssl(['x509', '-in', pemFile, '-outform', 'DER', '-out', file]);
  return file;
}
