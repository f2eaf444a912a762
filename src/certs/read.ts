// Reads the certificate file of one `sites` line. The format comes from the content, never the
// extension: PFX/P12, P7B (PEM or DER), a PEM bundle in any order (with or without its key), a
// DER certificate, or any of these base64-encoded (as Key Vault hands out PFX files). The key
// comes from the file or from `key=`. Problems become one-sentence findings; no stack trace and
// never the password.
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { passwordSource, pathHint, sitesLineRef } from '../door.js';
import { finding } from '../rules.js';
import type { ContainerInfo, Finding, LoadedSite, SiteSpec } from '../types.js';
import { hostCoverage } from './chain.js';
import { child, DerError, oidOf, parseDer, raw, TAG, type Asn1 } from './der.js';
import { failureReason } from './isolate.js';
import { isPkcs12, KdfBudget, OIDS, PasswordError, PasswordMismatchError, pbeCost, readPkcs12, TooCostlyError, UnsupportedError } from './pkcs12.js';

const MAX_FILE = 8 * 1024 * 1024;
const MAX_KEY_FILE = 1024 * 1024;
const MAX_CERTS = 100;
const MAX_PEM_BLOCKS = 500;

/** A problem that stops reading one file; becomes a `cert-unreadable` or `cert-password` finding. */
class ReadProblem extends Error {
  constructor(
    readonly rule: 'cert-unreadable' | 'cert-password',
    message: string,
    readonly fix: string,
  ) {
    super(message);
  }
}

interface Parsed {
  certs: X509Certificate[];
  keys: KeyObject[];
  container: ContainerInfo;
}

function sitesLine(spec: SiteSpec): string {
  return sitesLineRef(spec.door ?? 'action', spec.line);
}

function passwordFix(spec: SiteSpec): string {
  return spec.passwordEnv
    ? `Set the environment variable ${spec.passwordEnv} (password-env on ${sitesLine(spec)}) to the file's password.`
    : `Give the file's password in ${passwordSource(spec.door ?? 'action')}, or name an environment variable with password-env=VAR on ${sitesLine(spec)}.`;
}

async function readBounded(file: string, max: number, what: string, spec: SiteSpec, shown = file): Promise<Buffer> {
  const fixPath = `Check the path on ${sitesLine(spec)} (relative paths start at the working directory).${pathHint(shown)}`;
  let size: number;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) throw new ReadProblem('cert-unreadable', `${what} ${shown} is not a file.`, fixPath);
    size = st.size;
  } catch (err) {
    if (err instanceof ReadProblem) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ReadProblem('cert-unreadable', `${what} ${shown} does not exist.`, fixPath);
    throw new ReadProblem('cert-unreadable', `${what} ${shown} cannot be read (${code ?? 'error'}).`, fixPath);
  }
  if (size === 0)
    throw new ReadProblem(
      'cert-unreadable',
      `${what} ${shown} is empty.`,
      'Replace it with the real file (PFX, P7B, PEM or DER); an empty file often means a failed download or a missing secret.',
    );
  if (size > max) throw new ReadProblem('cert-unreadable', `${what} ${shown} is ${size} bytes, larger than any certificate file (limit ${max}).`, fixPath);
  try {
    return await fs.readFile(file);
  } catch (err) {
    throw new ReadProblem('cert-unreadable', `${what} ${shown} cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`, fixPath);
  }
}

function isPasswordError(err: unknown): boolean {
  const code = String((err as { code?: string }).code ?? '');
  const text = String((err as Error).message ?? '');
  return /DECRYPT|PASSPHRASE|PASSWORD/i.test(code) || /bad decrypt|passphrase|password/i.test(text);
}

function certificate(der: Buffer, file: string): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw new ReadProblem(
      'cert-unreadable',
      `${file} holds a certificate that cannot be parsed.`,
      'Export the certificate again from its source; the file is damaged.',
    );
  }
}

function corrupt(file: string, err?: unknown): ReadProblem {
  if (err instanceof DerError && err.refused)
    return new ReadProblem(
      'cert-unreadable',
      `${file} is encoded in a form sni-ready does not read: ${err.message}.`,
      'Convert it to plain DER or PEM (e.g. `openssl pkcs12 -in FILE -out all.pem`, then `openssl pkcs12 -export`) and name that file.',
    );
  return new ReadProblem(
    'cert-unreadable',
    `${file} is truncated or corrupt: its ASN.1 structure is broken.`,
    'Export or download the file again and check that it was copied in binary mode.',
  );
}

function isCertificateDer(top: Asn1): boolean {
  return (
    top.tag === TAG.SEQUENCE &&
    top.children.length === 3 &&
    top.children[0]!.tag === TAG.SEQUENCE &&
    top.children[1]!.tag === TAG.SEQUENCE &&
    top.children[2]!.tag === TAG.BIT_STRING
  );
}

function isPkcs7(top: Asn1): boolean {
  try {
    return top.tag === TAG.SEQUENCE && top.children[0]?.tag === TAG.OID && oidOf(top.children[0]) === OIDS.signedData;
  } catch {
    return false;
  }
}

function pkcs7Certificates(top: Asn1, file: string): X509Certificate[] {
  const signedData = child(child(top, 1), 0, TAG.SEQUENCE);
  const set = signedData.children.find((c) => c.tag === 0xa0);
  if (!set || set.children.length === 0)
    throw new ReadProblem(
      'cert-unreadable',
      `${file} is a PKCS#7 (P7B) file without certificates.`,
      'Export the P7B again with the certificate and its chain.',
    );
  return set.children.slice(0, MAX_CERTS).map((c) => certificate(Buffer.from(raw(c)), file));
}

/** An encrypted PKCS#8 key (EncryptedPrivateKeyInfo) goes to OpenSSL, which derives its key with
 * whatever iteration count the file names (2^31 - 1 never ends): the same per-file budget as a PFX
 * applies before it is handed over. */
function boundKeyCost(der: Buffer, file: string): void {
  let cost: number;
  try {
    const top = parseDer(der);
    const [alg, data] = top.children;
    if (top.tag !== TAG.SEQUENCE || top.children.length !== 2 || alg?.tag !== TAG.SEQUENCE || (data!.tag & 0x1f) !== TAG.OCTET_STRING) return;
    cost = pbeCost(alg);
  } catch {
    return; // not an EncryptedPrivateKeyInfo we can read: OpenSSL says what it is
  }
  try {
    new KdfBudget().charge(cost, 'decrypting the private key');
  } catch (err) {
    if (!(err instanceof TooCostlyError)) throw err;
    throw new ReadProblem(
      'cert-unreadable',
      `The encrypted private key in ${file} is too costly to open: ${err.message.replace(/^its key derivation is too costly: /, '')}.`,
      'Export the key again with the usual iteration count (`openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 2048`).',
    );
  }
}

function keyFromDer(der: Buffer, password: string, file: string, spec: SiteSpec): KeyObject {
  for (const type of ['pkcs8', 'pkcs1', 'sec1'] as const) {
    try {
      return createPrivateKey({ key: der, format: 'der', type });
    } catch {
      // try the next form
    }
  }
  boundKeyCost(der, file);
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: password });
  } catch (err) {
    if (isPasswordError(err)) throw new ReadProblem('cert-password', `The password does not decrypt the private key in ${file}.`, passwordFix(spec));
  }
  throw new ReadProblem(
    'cert-unreadable',
    `${file} holds no private key that can be parsed (PKCS#8, PKCS#1 RSA or SEC1 EC).`,
    'Give the private key as PEM or DER (PKCS#8, PKCS#1 or SEC1) with key=PATH.',
  );
}

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
export const CERT_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);

function keyFromPem(block: PemBlock, password: string, file: string, spec: SiteSpec): KeyObject {
  if (block.label === 'ENCRYPTED PRIVATE KEY') boundKeyCost(block.der, file);
  try {
    return createPrivateKey({ key: block.text, format: 'pem', passphrase: password });
  } catch (err) {
    if (isPasswordError(err)) {
      throw new ReadProblem(
        'cert-password',
        `The password does not decrypt the private key in ${file}${password === '' ? ' (no password was given)' : ''}.`,
        passwordFix(spec),
      );
    }
    throw new ReadProblem('cert-unreadable', `The private key in ${file} cannot be parsed.`, 'Export the key again as PEM (PKCS#8, PKCS#1 RSA or SEC1 EC).');
  }
}

export interface PemBlock {
  label: string;
  text: string;
  der: Buffer;
}

/** PEM blocks in one linear pass: markers are found once, and a BEGIN pairs with the very next
 * marker when it is the matching END (a lazy regex would rescan the rest of the text for every
 * unmatched BEGIN, which a hostile file could make quadratic). */
export function pemBlocks(text: string, max = MAX_PEM_BLOCKS): PemBlock[] {
  const out: PemBlock[] = [];
  const markers = /-----(BEGIN|END) ([A-Z0-9 ]{1,40})-----/g;
  let open: { label: string; start: number; bodyStart: number } | undefined;
  for (let m = markers.exec(text); m && out.length < max; m = markers.exec(text)) {
    if (m[1] === 'BEGIN') {
      open = { label: m[2]!, start: m.index, bodyStart: markers.lastIndex };
      continue;
    }
    if (open && open.label === m[2]) {
      // drop RFC 1421 headers (Proc-Type, DEK-Info) before decoding the body
      const body = text.slice(open.bodyStart, m.index).replace(/^[A-Za-z-]+:.*$/gm, '');
      out.push({ label: open.label, text: text.slice(open.start, markers.lastIndex), der: Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64') });
    }
    open = undefined;
  }
  return out;
}

/** The certificate DER of a certificate block (a TRUSTED CERTIFICATE carries OpenSSL's trust
 * settings after it); throws DerError when the block is not DER. */
export function pemCertificateDer(block: PemBlock): Buffer {
  return block.label === 'TRUSTED CERTIFICATE' ? Buffer.from(raw(parseDer(block.der))) : block.der;
}

function parsePem(text: string, password: string, file: string, spec: SiteSpec): Parsed {
  const certs: X509Certificate[] = [];
  const keys: KeyObject[] = [];
  let type: ContainerInfo['type'] = 'pem';
  for (const block of pemBlocks(text)) {
    if (CERT_LABELS.has(block.label)) {
      let der: Buffer;
      try {
        der = pemCertificateDer(block);
      } catch (err) {
        throw corrupt(file, err);
      }
      if (certs.length < MAX_CERTS) certs.push(certificate(der, file));
    } else if (block.label === 'PKCS7') {
      let top: Asn1;
      try {
        top = parseDer(block.der);
      } catch {
        throw corrupt(file);
      }
      if (!isPkcs7(top)) throw corrupt(file);
      certs.push(...pkcs7Certificates(top, file));
      type = 'p7b';
    } else if (KEY_LABELS.has(block.label)) {
      keys.push(keyFromPem(block, password, file, spec));
    }
  }
  if (certs.length === 0) {
    const what = keys.length ? 'a private key but no certificate' : 'no certificate';
    throw new ReadProblem(
      'cert-unreadable',
      `${file} holds ${what}.`,
      'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line, and the key with key=PATH.',
    );
  }
  return { certs, keys, container: { type, ...(type === 'p7b' ? { encoding: 'pem' } : { keyInFile: keys.length > 0 }) } };
}

async function parseDerContainer(der: Buffer, password: string, file: string, spec: SiteSpec, encoding: string): Promise<Parsed> {
  let top: Asn1;
  try {
    top = parseDer(der);
  } catch (err) {
    throw corrupt(file, err);
  }
  if (isPkcs12(top)) {
    try {
      const p12 = await readPkcs12(top, password);
      const certs = p12.certificates.slice(0, MAX_CERTS).map((c) => certificate(c.der, file));
      if (certs.length === 0)
        throw new ReadProblem(
          'cert-unreadable',
          `The PFX ${file} holds no certificate.`,
          'Export the PFX again with the certificate, its private key and its chain.',
        );
      const keys = p12.keys.map((k) => {
        try {
          return createPrivateKey({ key: k.der, format: 'der', type: 'pkcs8' });
        } catch {
          throw new ReadProblem('cert-unreadable', `The private key in the PFX ${file} cannot be parsed.`, 'Export the PFX again from its source.');
        }
      });
      const container: ContainerInfo = {
        type: 'pfx',
        encryption: p12.encryption,
        mac: p12.mac ?? 'none',
        ...(p12.iterations ? { iterations: p12.iterations } : {}),
        ...(p12.macIterations ? { macIterations: p12.macIterations } : {}),
        ...(p12.keyEncryption ? { keyEncryption: p12.keyEncryption } : {}),
        ...(p12.certEncryption ? { certEncryption: p12.certEncryption } : {}),
        algorithms: p12.algorithms,
        pbes2: p12.pbes2,
        ...(encoding !== 'der' ? { encoding } : {}),
      };
      return { certs, keys, container };
    } catch (err) {
      if (err instanceof ReadProblem) throw err;
      if (err instanceof PasswordError) {
        throw new ReadProblem(
          'cert-password',
          `The password does not open the PFX ${file}${password === '' ? ' (no password was given)' : ''}: its integrity check (MAC) fails.`,
          passwordFix(spec),
        );
      }
      if (err instanceof PasswordMismatchError) {
        throw new ReadProblem(
          'cert-password',
          `The PFX ${file} was made with two passwords: ${err.message}.`,
          'Export the PFX again with one password for both (Windows and OpenSSL do this by default), or give the encryption password if the MAC does not matter to you.',
        );
      }
      if (err instanceof TooCostlyError) {
        throw new ReadProblem(
          'cert-unreadable',
          `The PFX ${file} is too costly to open: ${err.message.replace(/^its key derivation is too costly: /, '')}.`,
          "Export the PFX again with the usual iteration count (`openssl pkcs12 -export -iter 2048`, or Windows' export), which every importer opens quickly.",
        );
      }
      if (err instanceof UnsupportedError) {
        throw new ReadProblem(
          'cert-unreadable',
          `The PFX ${file} cannot be opened: ${err.message}.`,
          'Export the PFX again with `openssl pkcs12 -export` (AES-256) or `-legacy` (3DES).',
        );
      }
      throw corrupt(file, err);
    }
  }
  if (isPkcs7(top)) {
    try {
      return { certs: pkcs7Certificates(top, file), keys: [], container: { type: 'p7b', encoding } };
    } catch (err) {
      if (err instanceof ReadProblem) throw err;
      throw corrupt(file);
    }
  }
  if (isCertificateDer(top)) {
    return { certs: [certificate(Buffer.from(raw(top)), file)], keys: [], container: { type: 'der', ...(encoding !== 'der' ? { encoding } : {}) } };
  }
  throw new ReadProblem(
    'cert-unreadable',
    `${file} is not a certificate: it is DER data but neither a PFX, a P7B nor an X.509 certificate.`,
    'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line; a separate key goes in key=PATH.',
  );
}

async function parseContainer(buf: Buffer, password: string, file: string, spec: SiteSpec): Promise<Parsed> {
  const head = buf.subarray(0, Math.min(buf.length, 64 * 1024)).toString('latin1');
  if (head.includes('-----BEGIN ') || buf.toString('latin1').includes('-----BEGIN ')) return parsePem(buf.toString('latin1'), password, file, spec);
  const text = buf.toString('latin1').trim();
  if (/^[A-Za-z0-9+/=\r\n]+$/.test(text) && text.length >= 64) {
    const decoded = Buffer.from(text, 'base64');
    if (decoded[0] === TAG.SEQUENCE) return parseDerContainer(decoded, password, file, spec, 'base64');
  }
  if (buf[0] === TAG.SEQUENCE) return parseDerContainer(buf, password, file, spec, 'der');
  throw new ReadProblem(
    'cert-unreadable',
    `${file} is not a certificate file: it is neither PEM text nor DER (PFX, P7B or certificate).`,
    'Name the certificate file (PFX, P7B, PEM or DER) on the `sites` line.',
  );
}

async function readKeyFile(spec: SiteSpec, file: string): Promise<KeyObject> {
  const buf = await readBounded(spec.keyPath!, MAX_KEY_FILE, 'Key file', spec, file);
  const text = buf.toString('latin1');
  if (text.includes('-----BEGIN ')) {
    const block = pemBlocks(text).find((b) => KEY_LABELS.has(b.label));
    if (!block)
      throw new ReadProblem(
        'cert-unreadable',
        `Key file ${file} holds no PEM private key.`,
        'Point key= at the private key (PEM: PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY).',
      );
    return keyFromPem(block, spec.password, file, spec);
  }
  return keyFromDer(buf, spec.password, file, spec);
}

/** A public key's identity: its JWK components (an SPKI export costs ten times more in OpenSSL 3). */
function publicId(key: KeyObject): string | undefined {
  try {
    const pub = key.type === 'private' ? createPublicKey(key) : key;
    try {
      const j = pub.export({ format: 'jwk' });
      return `${j.kty}|${j.crv ?? ''}|${j.n ?? j.x ?? ''}|${j.e ?? j.y ?? ''}`;
    } catch {
      return pub.export({ type: 'spki', format: 'der' }).toString('base64');
    }
  } catch {
    return undefined;
  }
}

/** The first key (in order) with a certificate, and that certificate: public keys are compared
 * through one map, so a PFX of 20,000 keys costs 20,000 exports, not 20,000 × certificates key
 * checks. Pairs the map misses (the same key in two encodings) are tried one by one only when few. */
function matchKey(certs: X509Certificate[], keys: KeyObject[]): { leaf: X509Certificate; key: KeyObject } | undefined {
  if (keys.length === 0) return undefined;
  const byKey = new Map<string, X509Certificate>();
  for (const cert of certs) {
    let id: string | undefined;
    try {
      id = publicId(cert.publicKey);
    } catch {
      id = undefined; // a key Node cannot load (DSA with inherited parameters, GOST)
    }
    if (id && !byKey.has(id)) byKey.set(id, cert);
  }
  for (const key of keys) {
    const id = publicId(key);
    const cert = id ? byKey.get(id) : undefined;
    if (cert) return { leaf: cert, key };
  }
  if (keys.length * certs.length > 1000) return undefined;
  for (const key of keys) for (const cert of certs) if (safeCheckKey(cert, key)) return { leaf: cert, key };
  return undefined;
}

function safeCheckKey(cert: X509Certificate, key: KeyObject): boolean {
  try {
    return cert.checkPrivateKey(key);
  } catch {
    return false;
  }
}

/** Picks the leaf: the certificate of the private key, else the end of the chain (a certificate
 * that issued none of the others, preferring non-CA ones that cover the line's hosts). */
export function chooseLeaf(certs: X509Certificate[], keys: KeyObject[], hosts: string[]): { leaf: X509Certificate; key?: KeyObject } {
  const matched = matchKey(certs, keys);
  if (matched) return matched;
  const issuers = new Set(certs.filter((c) => certs.some((o) => o !== c && o.checkIssued(c))));
  let candidates = certs.filter((c) => !issuers.has(c));
  if (candidates.length === 0) candidates = certs;
  const covers = (c: X509Certificate, h: string): boolean => {
    try {
      return hostCoverage(c, h) !== null;
    } catch {
      return false;
    }
  };
  const score = (c: X509Certificate): number => (c.ca ? 0 : 2) + (hosts.some((h) => covers(c, h)) ? 1 : 0);
  const leaf = candidates.reduce((best, c) => (score(c) > score(best) ? c : best), candidates[0]!);
  return { leaf, key: keys[0] };
}

/**
 * Opens the file of one `sites` line. `file` is how the path is shown in findings (default: the
 * path). `content` is the file's bytes when they come from elsewhere (a Key Vault secret): they
 * are then judged exactly as a file's would be.
 */
export async function readCertificateBundle(spec: SiteSpec, file: string = spec.path, content?: Buffer): Promise<{ site: LoadedSite; findings: Finding[] }> {
  const site: LoadedSite = { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] };
  try {
    if (content && content.length > MAX_FILE)
      throw new ReadProblem(
        'cert-unreadable',
        `${file} is ${content.length} bytes, larger than any certificate (limit ${MAX_FILE}).`,
        'Check what the secret holds.',
      );
    const buf = content ?? (await readBounded(spec.path, MAX_FILE, 'Certificate file', spec, file));
    const parsed = await parseContainer(buf, spec.password, file, spec);
    let keys = parsed.keys;
    if (spec.keyPath) {
      // key= names the key to deploy: it replaces any key inside the file, so a wrong one is reported.
      // Its path is shown the way the certificate path is (relative to the same base).
      const base = file !== spec.path && spec.path.endsWith(file) ? spec.path.slice(0, spec.path.length - file.length) : '';
      keys = [await readKeyFile(spec, base && spec.keyPath.startsWith(base) ? spec.keyPath.slice(base.length) : spec.keyPath)];
    }
    const { leaf, key } = chooseLeaf(parsed.certs, keys, spec.hosts);
    site.ok = true;
    site.leaf = leaf;
    site.key = key;
    site.fileCertificates = parsed.certs;
    site.container = parsed.container;
    return { site, findings: [] };
  } catch (err) {
    const hostExtra = spec.hosts.length === 1 ? { host: spec.hosts[0] } : {};
    if (err instanceof ReadProblem) return { site, findings: [finding(err.rule, err.message, { file, fix: err.fix, ...hostExtra })] };
    if (err instanceof DerError) {
      const problem = corrupt(file, err);
      return { site, findings: [finding('cert-unreadable', problem.message, { file, fix: problem.fix, ...hostExtra })] };
    }
    // anything unexpected still becomes one sentence (never a stack trace, never the password)
    return {
      site,
      findings: [
        finding('cert-unreadable', `${file} cannot be read: ${failureReason(err)}.`, {
          file,
          fix: 'Export the certificate file again; if it still fails, report it with the output of `openssl pkcs12 -info` or `openssl x509 -text`.',
          ...hostExtra,
        }),
      ],
    };
  }
}
