// One chain per constraint browsers enforce, built with OpenSSL, judged by our checks and by
// `openssl verify -purpose sslserver -verify_hostname` in the same run. Each case names the rule
// (and, for chain-invalid, the constraint) that must refuse it; the agreement of both verifiers
// with the expected verdicts is printed, and we must refuse everything OpenSSL refuses.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessChain } from '../src/certs/chain.js';
import { TrustStore } from '../src/certs/trust.js';
import type { RuleId } from '../src/rules.js';
import { openssl, signCsr, tempDir } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const HOST = 'good.test';
const LEAF = ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=serverAuth', `subjectAltName=DNS:${HOST}`];
const CA = ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,cRLSign'];

interface Made {
  cert: string;
  key: string;
}

let dir = '';

function key(name: string, kind: 'ec' | 'rsa' | 'dsa' = 'ec'): string {
  const file = path.join(dir, `${name}.key`);
  if (kind === 'dsa') {
    const params = path.join(dir, `${name}.dsaparam`);
    openssl(['genpkey', '-genparam', '-algorithm', 'DSA', '-pkeyopt', 'dsa_paramgen_bits:2048', '-out', params]);
    openssl(['genpkey', '-paramfile', params, '-out', file]);
  } else openssl(['genpkey', ...(kind === 'ec' ? ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256'] : ['-algorithm', 'RSA']), '-out', file]);
  return file;
}

/** A certificate with exactly these extension lines (none: an X.509 v1 certificate). */
function cert(name: string, ext: string[] | null, issuer?: Made, opts: { digest?: string; keyKind?: 'ec' | 'rsa' | 'dsa'; cn?: string } = {}): Made {
  const k = key(name, opts.keyKind);
  const out = path.join(dir, `${name}.pem`);
  const cnf = path.join(dir, `${name}.cnf`);
  fs.writeFileSync(cnf, `[req]\ndistinguished_name=dn\nprompt=no\n[dn]\nCN=${opts.cn ?? name}\n[v3]\n${(ext ?? []).join('\n')}\n`);
  const digest = `-${opts.digest ?? 'sha256'}`;
  if (!issuer) {
    openssl(['req', '-x509', '-new', '-key', k, '-days', '30', digest, '-config', cnf, ...(ext ? ['-extensions', 'v3'] : []), '-out', out]);
  } else {
    const csr = path.join(dir, `${name}.csr`);
    openssl(['req', '-new', '-key', k, '-config', cnf, '-out', csr]);
    const extArgs = ext ? ['-extfile', cnf, '-extensions', 'v3'] : [];
    signCsr(csr, issuer, out, ['30', digest, ...extArgs]);
  }
  return { cert: out, key: k };
}

interface Case {
  name: string;
  valid: boolean;
  /** the rule that must refuse it, and for chain-invalid a word of the constraint's name */
  rule?: RuleId;
  constraint?: string;
  root: Made;
  chain: Made[];
  leaf: Made;
}

const opensslFound = needTool('openssl', 'constraint conformance');

function makeCases(): Case[] {
  dir = tempDir();
  const root = cert('Root CA', CA);
  const int = cert('Issuing CA', CA, root);
  const leafOf = (name: string, ext: string[], issuer: Made = int, opts: Parameters<typeof cert>[3] = {}): Made => cert(name, ext, issuer, opts);
  const cases: Case[] = [];
  const add = (c: Omit<Case, 'root' | 'chain'> & { root?: Made; chain?: Made[] }): void => {
    cases.push({ root: c.root ?? root, chain: c.chain ?? [int], ...c });
  };

  add({ name: 'a good chain', valid: true, leaf: leafOf('good leaf', LEAF) });
  // intermediates
  const notCa = cert('CA FALSE CA', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,keyCertSign'], root);
  add({
    name: 'intermediate with CA:FALSE',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'CA:TRUE',
    chain: [notCa],
    leaf: leafOf('under not-CA', LEAF, notCa),
  });
  const noBc = cert('No BC CA', ['keyUsage=critical,keyCertSign'], root);
  add({
    name: 'intermediate without basicConstraints',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'CA:TRUE',
    chain: [noBc],
    leaf: leafOf('under no-BC', LEAF, noBc),
  });
  const noSign = cert('No keyCertSign CA', ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,digitalSignature,cRLSign'], root);
  add({
    name: 'intermediate without keyCertSign',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'keyCertSign',
    chain: [noSign],
    leaf: leafOf('under no-keyCertSign', LEAF, noSign),
  });
  const len0 = cert('PathLen0 CA', ['basicConstraints=critical,CA:TRUE,pathlen:0', 'keyUsage=critical,keyCertSign'], root);
  const below = cert('Below PathLen0 CA', CA, len0);
  add({
    name: 'pathLenConstraint exceeded',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'pathLen',
    chain: [below, len0],
    leaf: leafOf('under pathlen', LEAF, below),
  });
  const len0ok = cert('PathLen0 OK CA', ['basicConstraints=critical,CA:TRUE,pathlen:0', 'keyUsage=critical,keyCertSign'], root);
  add({ name: 'pathLenConstraint 0 with the leaf right below', valid: true, chain: [len0ok], leaf: leafOf('pathlen ok leaf', LEAF, len0ok) });
  // name constraints, on an intermediate and on the root
  const ncPermit = cert('Permitted CA', [...CA, 'nameConstraints=critical,permitted;DNS:allowed.test'], root);
  add({
    name: 'outside a permitted DNS subtree',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'nameConstraints',
    chain: [ncPermit],
    leaf: leafOf('outside permitted', LEAF, ncPermit),
  });
  const ncOk = cert('Permitted OK CA', [...CA, 'nameConstraints=critical,permitted;DNS:good.test'], root);
  add({ name: 'inside a permitted DNS subtree', valid: true, chain: [ncOk], leaf: leafOf('inside permitted', LEAF, ncOk) });
  const ncRoot = cert('Excluding Root', [...CA, 'nameConstraints=critical,excluded;DNS:good.test']);
  const underNcRoot = cert('Under Excluding Root CA', CA, ncRoot);
  add({
    name: 'in an excluded DNS subtree of the root',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'nameConstraints',
    root: ncRoot,
    chain: [underNcRoot],
    leaf: leafOf('excluded by root', LEAF, underNcRoot),
  });
  // unknown critical extensions
  add({
    name: 'unknown critical extension on the leaf',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'critical',
    leaf: leafOf('critical leaf', [...LEAF, '1.3.6.1.4.1.55555.1=critical,DER:05:00']),
  });
  const critCa = cert('Critical Ext CA', [...CA, '1.3.6.1.4.1.55555.1=critical,DER:05:00'], root);
  add({
    name: 'unknown critical extension on the intermediate',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'critical',
    chain: [critCa],
    leaf: leafOf('under critical CA', LEAF, critCa),
  });
  add({ name: 'unknown non-critical extension', valid: true, leaf: leafOf('noncritical leaf', [...LEAF, '1.3.6.1.4.1.55555.1=DER:05:00']) });
  // the leaf
  add({
    name: 'leaf with CA:TRUE',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'leaf is not a CA',
    leaf: leafOf('CA leaf', ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,digitalSignature,keyCertSign', `subjectAltName=DNS:${HOST}`]),
  });
  add({
    name: 'leaf with keyCertSign',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'leaf is not a CA',
    leaf: leafOf('keyCertSign leaf', ['keyUsage=critical,digitalSignature,keyCertSign', 'extendedKeyUsage=serverAuth', `subjectAltName=DNS:${HOST}`]),
  });
  add({
    name: 'leaf key usage without digitalSignature',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'leaf key usage',
    leaf: leafOf('crlsign leaf', ['keyUsage=critical,cRLSign', 'extendedKeyUsage=serverAuth', `subjectAltName=DNS:${HOST}`]),
  });
  add({
    name: 'leaf EKU clientAuth only',
    valid: false,
    rule: 'cert-no-server-auth',
    leaf: leafOf('client leaf', ['keyUsage=critical,digitalSignature', 'extendedKeyUsage=clientAuth', `subjectAltName=DNS:${HOST}`]),
  });
  add({
    name: 'leaf EKU anyExtendedKeyUsage only',
    valid: false,
    rule: 'cert-no-server-auth',
    leaf: leafOf('anyeku leaf', ['keyUsage=critical,digitalSignature', 'extendedKeyUsage=anyExtendedKeyUsage', `subjectAltName=DNS:${HOST}`]),
  });
  const clientCa = cert('Client Auth CA', [...CA, 'extendedKeyUsage=clientAuth'], root);
  add({
    name: 'intermediate EKU without serverAuth',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'EKU',
    chain: [clientCa],
    leaf: leafOf('under clientAuth CA', LEAF, clientCa),
  });
  const anyCa = cert('AnyEKU CA', [...CA, 'extendedKeyUsage=anyExtendedKeyUsage'], root);
  add({
    name: 'intermediate EKU anyExtendedKeyUsage only',
    valid: false,
    rule: 'chain-invalid',
    constraint: 'EKU',
    chain: [anyCa],
    leaf: leafOf('under anyEKU CA', LEAF, anyCa),
  });
  const serverCa = cert('ServerAuth CA', [...CA, 'extendedKeyUsage=serverAuth'], root);
  add({ name: 'intermediate EKU with serverAuth', valid: true, chain: [serverCa], leaf: leafOf('under serverAuth CA', LEAF, serverCa) });
  add({
    name: 'no subjectAltName (CN only)',
    valid: false,
    rule: 'cert-no-san',
    leaf: cert('cn only leaf', ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', 'extendedKeyUsage=serverAuth'], int, { cn: HOST }),
  });
  add({
    name: 'host not in the subjectAltName',
    valid: false,
    rule: 'cert-host-mismatch',
    leaf: leafOf('other leaf', [...LEAF.slice(0, 3), 'subjectAltName=DNS:other.test']),
  });
  // versions and algorithms
  add({ name: 'X.509 v1 leaf', valid: false, rule: 'chain-invalid', constraint: 'v3', leaf: cert('v1 leaf', null, int, { cn: HOST }) });
  const v1Ca = cert('V1 CA', null, root);
  add({ name: 'X.509 v1 intermediate', valid: false, rule: 'chain-invalid', constraint: 'v3', chain: [v1Ca], leaf: leafOf('under v1 CA', LEAF, v1Ca) });
  add({ name: 'SHA-1 signature on the leaf', valid: false, rule: 'cert-weak-signature', leaf: leafOf('sha1 leaf', LEAF, int, { digest: 'sha1' }) });
  const md5Ca = cert('MD5 CA', CA, cert('RSA Root', CA, undefined, { keyKind: 'rsa' }), { digest: 'md5' });
  cases.push({
    name: 'MD5 signature on the intermediate',
    valid: false,
    rule: 'cert-weak-signature',
    root: { cert: path.join(dir, 'RSA Root.pem'), key: '' },
    chain: [md5Ca],
    leaf: leafOf('under md5 CA', LEAF, md5Ca),
  });
  add({ name: 'DSA key on the leaf', valid: false, rule: 'cert-weak-key', leaf: leafOf('dsa leaf', LEAF, int, { keyKind: 'dsa' }) });
  const sha1Root = cert('SHA1 Root', CA, undefined, { digest: 'sha1' });
  const underSha1 = cert('Under SHA1 Root CA', CA, sha1Root);
  add({
    name: "SHA-1 on the root's own signature (excepted)",
    valid: true,
    root: sha1Root,
    chain: [underSha1],
    leaf: leafOf('under sha1 root', LEAF, underSha1),
  });

  return cases;
}

const load = (f: string): X509Certificate => new X509Certificate(fs.readFileSync(f));

interface Verdicts {
  errors: { rule: RuleId; message: string }[];
  oursValid: boolean;
  opensslValid: boolean;
}

const judged = new Map<Case, Verdicts>();

function judge(c: Case, index: number): Verdicts {
  const known = judged.get(c);
  if (known) return known;
  const trust = new TrustStore();
  trust.add(load(c.root.cert));
  const a = assessChain({
    leaf: load(c.leaf.cert),
    presented: c.chain.map((m) => load(m.cert)),
    hosts: [HOST],
    at: new Date(),
    warnDays: 0,
    failDays: 0,
    trust,
    checkOrder: false,
  });
  const errors = a.findings.filter((f) => f.severity === 'error');
  const untrusted = path.join(dir, `untrusted-${index}.pem`);
  fs.writeFileSync(untrusted, c.chain.map((m) => fs.readFileSync(m.cert, 'latin1')).join(''));
  let opensslValid = true;
  try {
    execFileSync('openssl', ['verify', '-purpose', 'sslserver', '-verify_hostname', HOST, '-CAfile', c.root.cert, '-untrusted', untrusted, c.leaf.cert], {
      stdio: 'pipe',
    });
  } catch {
    opensslValid = false;
  }
  const v = { errors, oursValid: errors.length === 0, opensslValid };
  judged.set(c, v);
  return v;
}

describe.skipIf(!opensslFound)('browser constraints on chains built with OpenSSL', () => {
  const cases = opensslFound ? makeCases() : [];

  // a test per constraint: the named rule (and constraint) refuses it, nothing refuses a valid chain,
  // and nothing OpenSSL refuses is accepted
  cases.forEach((c, i) => {
    it(`${c.valid ? 'accepts' : 'refuses'} ${c.name}`, () => {
      const { errors, oursValid, opensslValid } = judge(c, i);
      if (c.valid) expect(errors.map((e) => e.message)).toEqual([]);
      else {
        const named = errors.filter((e) => e.rule === c.rule && (!c.constraint || e.message.includes(c.constraint)));
        expect(named.length, errors.map((e) => `${e.rule}: ${e.message}`).join(' | ')).toBeGreaterThan(0);
      }
      expect(!oursValid || opensslValid, 'OpenSSL refuses it but we accept it').toBe(true);
    });
  });

  it('prints the agreement of ours and of openssl verify with the expected verdicts', () => {
    let ours = 0;
    let theirs = 0;
    const rows = cases.map((c, i) => {
      const { errors, oursValid, opensslValid } = judge(c, i);
      if (oursValid === c.valid) ours++;
      if (opensslValid === c.valid) theirs++;
      return `  ${c.valid ? 'valid  ' : 'invalid'} ${c.name}: ours ${oursValid ? 'valid' : errors.map((e) => e.rule).join('+')}, openssl ${opensslValid ? 'valid' : 'invalid'}`;
    });
    process.stdout.write(
      `Constraint chains: ${cases.length} cases. Agreement with the expected (browser) verdicts — ours: ${ours}/${cases.length}, openssl verify -purpose sslserver -verify_hostname: ${theirs}/${cases.length}.\n${rows.join('\n')}\n`,
    );
    expect(ours).toBe(cases.length);
    expect(theirs).toBeLessThan(cases.length); // the cases include browser policy OpenSSL does not enforce
  });
});
