// The rule catalog: every rule id the product reports, with its default severity, its area and a
// short description. It is also the documentation (README's rule table, `sni-ready rules` and
// SARIF's rule metadata are made from it) and the type of `Finding.rule`: a finding can only name
// a rule listed here. Ids are stable: add rules freely (one `{ id, severity, area, summary }` entry,
// in this order, which `npm run docs` reads), never rename one. The certificate checks that emit
// these rules are one small unit each in src/certs/rules/.
import type { Finding, Severity } from './types.js';

/** Where a rule looks: presenters group findings by it (e.g. the endpoint table shows 'endpoint'). */
export type RuleArea = 'certificate' | 'config' | 'endpoint' | 'input';

export interface RuleInfo {
  id: string;
  severity: Severity;
  area: RuleArea;
  summary: string;
}

const catalog = [
  { id: 'cert-unreadable', severity: 'error', area: 'certificate', summary: 'The certificate file is missing, empty, truncated or not a certificate.' },
  { id: 'cert-password', severity: 'error', area: 'certificate', summary: 'The container cannot be opened with the given password.' },
  { id: 'cert-no-key', severity: 'error', area: 'certificate', summary: 'No private key for the leaf certificate.' },
  { id: 'cert-key-mismatch', severity: 'error', area: 'certificate', summary: 'The private key does not belong to the leaf certificate.' },
  { id: 'cert-expired', severity: 'error', area: 'certificate', summary: 'A certificate of the chain has expired.' },
  { id: 'cert-not-yet-valid', severity: 'error', area: 'certificate', summary: 'A certificate of the chain is not valid yet.' },
  { id: 'cert-expires-soon', severity: 'warning', area: 'certificate', summary: 'A certificate expires within warn-days (warning) or fail-days (error).' },
  { id: 'cert-host-mismatch', severity: 'error', area: 'certificate', summary: 'The leaf does not cover a host (SAN, RFC 6125 wildcards).' },
  {
    id: 'cert-weak-key',
    severity: 'error',
    area: 'certificate',
    summary:
      'RSA key under 2048 bits or not a whole number of octets, EC key under 256 bits or with explicit curve parameters, DSA, or an RSA key browsers refuse to check signatures with (exponent even, 1 or over 33 bits; modulus over 16384 bits).',
  },
  { id: 'cert-weak-signature', severity: 'error', area: 'certificate', summary: 'SHA-1 or MD5 signature on the leaf or an intermediate.' },
  { id: 'cert-no-server-auth', severity: 'error', area: 'certificate', summary: 'Extended key usage present without serverAuth.' },
  {
    id: 'cert-no-san',
    severity: 'error',
    area: 'certificate',
    summary: 'The certificate has no subjectAltName DNS entry; browsers ignore the subject CN since 2017.',
  },
  {
    id: 'chain-invalid',
    severity: 'error',
    area: 'certificate',
    summary:
      'A certificate of the path breaks a constraint browsers enforce (CA flag, key usage, path length, name constraints, critical extension, EKU, version, algorithm).',
  },
  { id: 'chain-incomplete', severity: 'error', area: 'certificate', summary: 'An issuer of the chain is missing.' },
  { id: 'chain-untrusted', severity: 'error', area: 'certificate', summary: 'The chain does not end at a trusted root.' },
  { id: 'chain-extra', severity: 'warning', area: 'certificate', summary: 'The file holds certificates unrelated to the leaf.' },
  { id: 'chain-order', severity: 'notice', area: 'certificate', summary: 'The chain is not in leaf → intermediates → root order.' },
  {
    id: 'chain-too-complex',
    severity: 'error',
    area: 'certificate',
    summary:
      'Judging the chain ran out of its budget (100 signature checks or 250,000 name-constraint comparisons, as rustls-webpki bounds path building); the finding names which.',
  },
  { id: 'chain-root-included', severity: 'notice', area: 'certificate', summary: 'The file includes the root certificate, which clients already have.' },
  {
    id: 'cert-nonconforming',
    severity: 'warning',
    area: 'certificate',
    summary:
      'A certificate of the path breaks RFC 5280 or the CA/Browser Forum rules in a way browsers still accept (no authorityKeyIdentifier, serial 0 or negative, critical EKU or AKI, non-critical root basicConstraints).',
  },
  {
    id: 'pfx-legacy-windows',
    severity: 'error',
    area: 'certificate',
    summary: 'AES-encrypted PFX that Windows Server 2016 and older (osFamily ≤ 5) cannot import.',
  },
  { id: 'config-unreadable', severity: 'error', area: 'config', summary: 'csdef/cscfg not well-formed, with DOCTYPE/entities, or wrong root/namespace.' },
  { id: 'config-role-missing', severity: 'error', area: 'config', summary: 'The web role to configure cannot be found.' },
  { id: 'config-os-family', severity: 'error', area: 'config', summary: 'osFamily below os-family (IIS 8+ is needed for SNI).' },
  { id: 'config-https-endpoint', severity: 'error', area: 'config', summary: 'No HTTPS input endpoint on port 443.' },
  { id: 'config-cert-undeclared', severity: 'error', area: 'config', summary: 'An endpoint names a certificate the role does not declare.' },
  { id: 'config-thumbprint', severity: 'error', area: 'config', summary: 'A declared certificate has no cscfg thumbprint or one matching no file.' },
  { id: 'config-intermediate', severity: 'error', area: 'config', summary: 'An intermediate of a served chain is not declared with storeName="CA".' },
  { id: 'config-sni-binding', severity: 'error', area: 'config', summary: 'A host has no SNI binding step, or a host-less HTTPS binding overrides SNI.' },
  {
    id: 'config-cert-drift',
    severity: 'warning',
    area: 'config',
    summary:
      'The startup data in the package binds a host to a thumbprint the cscfg or the certificate file no longer has (renewed without re-running patch); error when no declared certificate is left for the host.',
  },
  { id: 'tls-unreachable', severity: 'error', area: 'endpoint', summary: 'The endpoint could not be reached or the handshake failed.' },
  { id: 'tls-wrong-certificate', severity: 'error', area: 'endpoint', summary: 'The served leaf is not the expected certificate.' },
  {
    id: 'tls-renewed-certificate',
    severity: 'notice',
    area: 'endpoint',
    summary: "The server already serves a renewal of the file's certificate (same hosts, later notAfter, valid chain): update the file.",
  },
  { id: 'tls-chain-incomplete', severity: 'error', area: 'endpoint', summary: 'The server does not send the intermediates.' },
  { id: 'tls-no-sni-fallback', severity: 'warning', area: 'endpoint', summary: 'Clients without SNI get no certificate or an unplanned one.' },
  { id: 'tls-protocol', severity: 'error', area: 'endpoint', summary: 'The server negotiated a protocol older than TLS 1.2.' },
  {
    id: 'tls-legacy-protocol',
    severity: 'error',
    area: 'endpoint',
    summary: 'The server still accepts SSL 3.0, TLS 1.0 or 1.1 when a client asks for it (once per configuration: address, port, certificate and suite).',
  },
  {
    id: 'tls-weak-key-exchange',
    severity: 'error',
    area: 'endpoint',
    summary: 'The server uses a Diffie-Hellman group under 2048 bits or accepts an elliptic curve outside X25519/P-256/P-384/P-521/X448.',
  },
  {
    id: 'tls-weak-cipher',
    severity: 'error',
    area: 'endpoint',
    summary: 'The server accepts NULL, EXPORT, RC4, DES or 3DES suites (error) or static-RSA key exchange without forward secrecy (warning).',
  },
  {
    id: 'tls-chain-too-large',
    severity: 'warning',
    area: 'endpoint',
    summary: 'The certificate message exceeds what OpenSSL accepts: browsers connect, OpenSSL-based clients (curl, Python, Node) fail.',
  },
  {
    id: 'cert-revoked',
    severity: 'error',
    area: 'certificate',
    summary:
      'With revocation (scan, check): the leaf is revoked (stapled OCSP, OCSP or CRL, with the date and reason); a notice when revocation could not be checked.',
  },
  { id: 'input-invalid', severity: 'error', area: 'input', summary: 'A malformed hostname, path or option.' },
  {
    id: 'keyvault-unreadable',
    severity: 'error',
    area: 'certificate',
    summary:
      'A Key Vault certificate cannot be read: no Azure sign-in, a missing role or access policy, a disabled or missing version, or the vault out of reach.',
  },
  {
    id: 'keyvault-not-certificate',
    severity: 'error',
    area: 'certificate',
    summary: 'The Key Vault secret a sites line names holds no certificate (neither PFX nor PEM).',
  },
  {
    id: 'keyvault-version-disabled',
    severity: 'notice',
    area: 'certificate',
    summary: 'The latest version of a Key Vault certificate is disabled; the latest enabled version was checked.',
  },
  {
    id: 'template-unreadable',
    severity: 'error',
    area: 'config',
    summary: 'The Cloud Services (extended support) template or its parameters file is not JSON, or holds no Microsoft.Compute/cloudServices resource.',
  },
  {
    id: 'template-thumbprint-missing',
    severity: 'error',
    area: 'config',
    summary: 'A cscfg certificate thumbprint has no osProfile.secrets certificate in the template (the deployment fails: Missing thumbprints).',
  },
  { id: 'template-url-unversioned', severity: 'error', area: 'config', summary: 'A template certificateUrl names no secret version (/secrets/NAME/VERSION).' },
  { id: 'template-vault-duplicate', severity: 'error', area: 'config', summary: 'The same sourceVault.id appears in more than one osProfile.secrets entry.' },
  {
    id: 'template-store-mismatch',
    severity: 'error',
    area: 'config',
    summary: 'A template certificateStore differs from the storeName the csdef declares for that certificate (My / CA).',
  },
  {
    id: 'template-expression',
    severity: 'notice',
    area: 'config',
    summary:
      'A template value is an ARM expression sni-ready cannot resolve offline (reference(), resourceId() of another deployment ...); it was not checked.',
  },
  {
    id: 'config-not-patched',
    severity: 'error',
    area: 'config',
    summary:
      'check: the package is not patched for SNI yet; one finding lists what patch will change (the individual config findings stay, as notices, for their file and line).',
  },
  {
    id: 'keyvault-extension-unreadable',
    severity: 'error',
    area: 'config',
    summary:
      'The keyvault-extension file cannot be read, is not JSON, or holds no KeyVaultForWindows settings (secretsManagementSettings, observedCertificates).',
  },
  {
    id: 'keyvault-extension-uncovered',
    severity: 'error',
    area: 'config',
    summary: 'A host of sites is not delivered by the Key Vault VM extension: its line names no keyvault= secret, or that secret is not observed.',
  },
  {
    id: 'keyvault-extension-url',
    severity: 'error',
    area: 'config',
    summary: 'An observed certificate URL is not a versionless Key Vault secret URL (a version pins it and 4.0 cannot; /certificates/ has no key).',
  },
  {
    id: 'keyvault-extension-store',
    severity: 'error',
    area: 'config',
    summary: 'An observed certificate does not go to certificateStoreName "MY", certificateStoreLocation "LocalMachine" (spelled exactly), where IIS looks.',
  },
  {
    id: 'keyvault-extension-polling',
    severity: 'error',
    area: 'config',
    summary: 'pollingIntervalInS is missing or outside 300-3600 seconds (what version 4.0 accepts).',
  },
  {
    id: 'keyvault-extension-duplicate',
    severity: 'error',
    area: 'config',
    summary: 'An observed certificate (the same vault and secret) is listed more than once.',
  },
  {
    id: 'keyvault-extension-os',
    severity: 'error',
    area: 'config',
    summary: 'The template names a Windows Server image older than 2022, where version 4.0 of the Key Vault VM extension does not install.',
  },
] as const satisfies readonly RuleInfo[];

/** Every rule id of the catalog. */
export type RuleId = (typeof catalog)[number]['id'];

export interface Rule extends RuleInfo {
  id: RuleId;
}

export const RULES: ReadonlyMap<RuleId, Rule> = new Map(catalog.map((r) => [r.id, r]));

export function isRuleId(id: string): id is RuleId {
  return RULES.has(id as RuleId);
}

export function ruleInfo(id: RuleId): Rule {
  const info = RULES.get(id);
  if (!info) throw new Error(`Unknown rule id '${id}' (add it to src/rules.ts)`);
  return info;
}

/** The rules of one area, in catalog order. */
export function rulesOf(area: RuleArea): Rule[] {
  return [...RULES.values()].filter((r) => r.area === area);
}

/** Is the finding's rule in this area? Presenters filter with this, never by the id's spelling. */
export function inArea(f: Pick<Finding, 'rule'>, area: RuleArea): boolean {
  return RULES.get(f.rule)?.area === area;
}

/** Makes a finding, taking the rule's default severity unless one is given. */
export function finding(rule: RuleId, message: string, extra: Partial<Omit<Finding, 'rule' | 'message'>> = {}): Finding {
  return { rule, severity: extra.severity ?? ruleInfo(rule).severity, message, ...extra };
}

const rank: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export function atOrAbove(severity: Severity, threshold: 'error' | 'warning' | 'never'): boolean {
  if (threshold === 'never') return false;
  return rank[severity] >= rank[threshold];
}
