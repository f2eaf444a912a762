// NIST PKITS (Public Key Interoperability Test Suite, the 2011 edition Debian ships in
// python3-cryptography-vectors): every path-validation test whose verdict does not depend on
// revocation or certificate policies, judged by our chain checks and by `openssl verify` in the
// same run. A test's name gives its verdict (Valid… / Invalid…). Both agreement figures are printed.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assessChain } from '../src/certs/chain.js';
import { TrustStore } from '../src/certs/trust.js';
import type { RuleId } from '../src/rules.js';
import { tempDir } from './helpers/pki.js';
import { needTool } from './helpers/tools.js';

const PKITS = needTool('pkits', 'PKITS conformance');
const opensslFound = needTool('openssl', 'PKITS conformance');

/** Left out, with the reason. */
const EXCLUDED: [RegExp, string][] = [
  [
    /CRL|Revoked|distributionPoint|onlyContains|onlySomeReasons|IDP|cRLIssuer|deltaCRL/,
    'revocation: needs CRL processing, which neither browsers (CRLSets/OCSP) nor this check do',
  ],
  [
    /BasicSelfIssuedNewWithOldTest5|BasicSelfIssuedOldWithNewTest2|InvalidLongSerialNumberTest18|InvalidNegativeSerialNumberTest15/,
    'revocation: the EE is invalid only because a CRL revokes it',
  ],
  [/keyUsage(Not)?CriticalcRLSignFalse/, 'revocation: the CA may not sign the CRL that the test needs'],
  [/Polic|inhibitAny|Mapping|requireExplicit/, 'certificate policies: browsers do not process policy constraints for TLS server certificates'],
];

/** The rules whose error is a path-validation verdict. PKITS leaves have no subjectAltName (a
 * browser-policy rule every PKITS leaf fails by construction), so cert-no-san and host checks
 * are not part of the verdict; our browser policy is tested in certs-constraints.test.ts. */
const VERDICT: RuleId[] = [
  'chain-invalid',
  'chain-incomplete',
  'chain-untrusted',
  'cert-expired',
  'cert-not-yet-valid',
  'cert-weak-key',
  'cert-weak-signature',
];

/** Browser policy beyond RFC 5280 that refuses some PKITS-valid paths: DSA keys and signatures,
 * and a CA certificate used as the server's leaf (PKITS's pathLenConstraint tests 8 and 14 end in
 * a CA:TRUE end-entity). */
const BROWSER_POLICY = /DSA key|dsa-with-|leaf is not a CA/;

describe.skipIf(!PKITS || !opensslFound)('NIST PKITS path validation', () => {
  it('agrees with the PKITS verdicts at least as well as openssl verify, and is never more lenient than OpenSSL', () => {
    const dir = path.join(PKITS!, 'certs');
    const files = fs.readdirSync(dir).sort();
    const load = (f: string): X509Certificate => new X509Certificate(fs.readFileSync(path.join(dir, f)));
    const anchor = load('TrustAnchorRootCertificate.crt');
    const pool = files.filter((f) => !/^(Valid|Invalid)/.test(f) && !/EE\.crt$/.test(f) && f !== 'TrustAnchorRootCertificate.crt').map(load);
    const tmp = tempDir();
    fs.writeFileSync(path.join(tmp, 'anchor.pem'), anchor.toString());
    fs.writeFileSync(path.join(tmp, 'pool.pem'), pool.map((c) => c.toString()).join(''));
    const trust = new TrustStore();
    trust.add(anchor);

    const tests = files.filter((f) => /^(Valid|Invalid).*EE\.crt$/.test(f));
    const excluded = tests.filter((t) => EXCLUDED.some(([re]) => re.test(t)));
    const cases = tests.filter((t) => !excluded.includes(t));
    let ours = 0;
    let theirs = 0;
    let ms = 0;
    const disagreements: string[] = [];
    const lenient: string[] = [];
    const unexplained: string[] = [];
    for (const t of cases) {
      const valid = t.startsWith('Valid');
      const leaf = load(t);
      const t0 = performance.now();
      const a = assessChain({ leaf, presented: pool, hosts: [], at: new Date(), warnDays: 0, failDays: 0, trust, checkOrder: false });
      ms += performance.now() - t0;
      const errors = a.findings.filter((f) => f.severity === 'error' && VERDICT.includes(f.rule));
      const oursValid = errors.length === 0;
      let opensslValid = true;
      try {
        execFileSync(
          'openssl',
          ['verify', '-purpose', 'sslserver', '-CAfile', path.join(tmp, 'anchor.pem'), '-untrusted', path.join(tmp, 'pool.pem'), path.join(dir, t)],
          {
            stdio: 'pipe',
          },
        );
      } catch {
        opensslValid = false;
      }
      if (oursValid === valid) ours++;
      else {
        disagreements.push(`${t}: ours ${oursValid ? 'valid' : `invalid (${errors.map((e) => e.message).join(' | ')})`}`);
        // the only accepted reason to refuse a Valid test: a browser policy stricter than RFC 5280
        if (oursValid || !errors.some((e) => BROWSER_POLICY.test(e.message))) unexplained.push(t);
      }
      if (opensslValid === valid) theirs++;
      if (oursValid && !opensslValid) lenient.push(t);
    }
    process.stdout.write(
      `PKITS: ${cases.length} path-validation tests (${excluded.length} left out: revocation or policies). ` +
        `Agreement with the PKITS verdicts — ours: ${ours}/${cases.length} (${disagreements.length} stricter by browser policy), openssl verify -purpose sslserver: ${theirs}/${cases.length}. ` +
        `Ours: ${(ms / cases.length).toFixed(2)} ms a path.\n` +
        disagreements.map((d) => `  ours differs: ${d}\n`).join(''),
    );
    expect(cases.length).toBeGreaterThan(80);
    expect(lenient).toEqual([]); // never accepts what OpenSSL refuses
    expect(unexplained).toEqual([]); // every difference from PKITS is a browser policy, named in the finding
    expect(ours).toBeGreaterThanOrEqual(cases.length - 4);
  });
});
