// `check` for certificate files: each `sites` line is read, its chain built and judged, its key
// matched, and its container checked for what Windows can import. Each line is checked in
// isolation: whatever happens inside one becomes that line's result (at worst one
// `cert-unreadable` finding saying what could not be checked), and every other line keeps its own.
import { finding } from '../rules.js';
import type { CertificateReport, Finding, Inputs, LoadedSite, SiteSpec } from '../types.js';
import { assessChain, describeCertificate, loadTrust, shortName, thumbprint, type Assessment, type TrustStore } from './chain.js';
import { opensslVerdict } from './openssl-verify.js';
import { isSelfSigned, label } from './x509.js';
import { isolated } from './isolate.js';
import { readCertificateBundle } from './read.js';
import { inputRef, inputSetting, sitesLineRef } from '../door.js';
import { displayPath } from '../files.js';
import { isServiceFile, readServiceFile } from '../service/model.js';
import { attr } from '../service/xml.js';
import type { KeyVaultRef } from '../keyvault/ref.js';
import type { KeyVaultCertificateContent, KeyVaultSession } from '../keyvault/read.js';

/**
 * The Windows the certificates go to, for `pfx-legacy-windows`: the osFamily the service package
 * will run (each cscfg's, raised to os-family the way patch raises it; the lowest counts), else
 * the os-family input. `assumed` when neither a package nor os-family says it (the default 5).
 */
export interface WindowsTarget {
  osFamily: number;
  from: string;
  assumed: boolean;
}

export function windowsTarget(inputs: Inputs): WindowsTarget {
  const families = inputs.serviceConfigurations
    .map((file) => readServiceFile(file, 'configuration'))
    .filter(isServiceFile)
    .map((cfg) => ({ cfg, os: Number(attr(cfg.doc.root, 'osFamily') ?? 0) || 0 }))
    .map(({ cfg, os }) => ({ cfg, os: Math.max(os, inputs.osFamily) }))
    .sort((a, b) => a.os - b.os);
  if (families.length) return { osFamily: families[0]!.os, from: `which ${displayPath(families[0]!.cfg.file, inputs.cwd)} runs once patched`, assumed: false };
  if (inputs.osFamilyGiven) return { osFamily: inputs.osFamily, from: `set by ${inputRef(inputs.door, 'os-family')}`, assumed: false };
  if (inputs.serviceDefinition) return { osFamily: inputs.osFamily, from: 'the default os-family of a service package', assumed: false };
  return { osFamily: inputs.osFamily, from: 'default', assumed: true };
}

interface SiteResult {
  site: LoadedSite;
  findings: Finding[];
  certificate?: CertificateReport;
}

export async function checkCertificates(inputs: Inputs): Promise<{ certificates: CertificateReport[]; findings: Finding[]; sites: LoadedSite[] }> {
  const trust = loadTrust(inputs);
  const accepted = new Set<string>();
  const target = windowsTarget(inputs);
  const certificates: CertificateReport[] = [];
  const findings: Finding[] = [];
  const sites: LoadedSite[] = [];
  // The Azure SDK is loaded only when a line names a Key Vault certificate.
  let vault: KeyVaultSession | undefined;
  // revocation (opt-in, `check` only: scan judges the served leaves): loaded only when asked for
  const revocation =
    inputs.revocation && inputs.command === 'check'
      ? await (await import('../scan/revocation.js')).revocationRun({ timeoutMs: inputs.timeoutMs, at: inputs.at, trust })
      : undefined;
  for (const spec of inputs.sites) {
    if (spec.keyVault) vault ??= new (await import('../keyvault/read.js')).KeyVaultSession(inputs.timeoutMs);
    const file = spec.keyVault ? spec.path : displayPath(spec.path, inputs.cwd);
    const result = await isolated(
      () =>
        vault && spec.keyVault
          ? checkKeyVaultSite(spec, spec.keyVault, vault, inputs, trust, target, accepted)
          : checkSite(spec, file, inputs, trust, target, accepted),
      (reason) => uncheckable(spec, file, reason),
    );
    sites.push(result.site);
    findings.push(...result.findings);
    if (result.certificate) certificates.push(result.certificate);
    const leaf = result.site.leaf;
    if (revocation && leaf)
      findings.push(...(await revocation.judge({ host: spec.hosts[0] ?? '', where: file, file, chain: [leaf, ...(result.site.chain ?? [])] })));
  }
  return { certificates, findings, sites };
}

/** The result of a line whose check failed part-way: no leaf (nothing downstream uses it), one finding. */
function uncheckable(spec: SiteSpec, file: string, reason: string): SiteResult {
  const site: LoadedSite = { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] };
  return {
    site,
    findings: [
      finding('cert-unreadable', `${file} holds a certificate that cannot be checked: ${reason}.`, {
        file,
        ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}),
        fix: 'Inspect it with `openssl x509 -text -noout` (or `openssl pkcs12 -info`) and reissue or re-export the certificate; the other sites were checked as usual.',
      }),
    ],
  };
}

/**
 * OpenSSL's verifier under our checks (openssl-verify.ts): when our checks find no error on a
 * path that ends at a self-signed trust anchor and the file has the leaf's key, OpenSSL must accept
 * the same path, or its reason becomes a `chain-invalid` finding. Skipped when `at` is not now
 * (OpenSSL judges dates at the current time) and for anchors that are not roots (OpenSSL needs the
 * whole path up to a self-signed root).
 */
async function opensslNet(
  site: LoadedSite,
  keyMatches: boolean,
  assessed: Assessment,
  at: Date,
  where: Partial<Finding>,
  accepted: Set<string>,
): Promise<Finding[]> {
  const leaf = site.leaf;
  const anchor = assessed.chain[assessed.chain.length - 1];
  if (!leaf || !site.key || !keyMatches || !anchor || !assessed.trusted || !isSelfSigned(anchor)) return [];
  if (assessed.findings.some((f) => f.severity === 'error') || Math.abs(at.getTime() - Date.now()) > 5 * 60_000) return [];
  // One handshake per CA path a run accepts (~7 ms each: a secure context and an RSA handshake):
  // the net guards our path checks, and the leaf's own properties are our rules' (tested against
  // PKITS and OpenSSL); a path OpenSSL refused is asked again for every leaf under it.
  const path = assessed.chain.map((c) => thumbprint(c)).join('/');
  if (accepted.has(path)) return [];
  let verdict;
  try {
    verdict = await opensslVerdict({ leaf, chain: assessed.chain.slice(0, -1), key: site.key, anchors: [anchor] });
  } catch {
    return []; // no verdict (a key Node cannot use): our own checks stand
  }
  if (verdict === null) accepted.add(path);
  if (!verdict) return [];
  return [
    finding('chain-invalid', `OpenSSL's verifier refuses the chain of ${label(leaf)}: ${verdict.message} (${verdict.code}).`, {
      ...where,
      fix: 'Inspect the chain with `openssl verify -purpose sslserver -CAfile ROOT -untrusted CHAIN LEAF` and reissue the certificate the reason names.',
    }),
  ];
}

/**
 * A `keyvault:` line: the secret Key Vault hands out for the certificate (the named version, or
 * the latest enabled one) is judged exactly like a file; the report names the version read.
 */
async function checkKeyVaultSite(
  spec: SiteSpec,
  ref: KeyVaultRef,
  vault: KeyVaultSession,
  inputs: Inputs,
  trust: TrustStore,
  target: WindowsTarget,
  accepted: Set<string>,
): Promise<SiteResult> {
  const where = { file: spec.path, ...(spec.hosts.length === 1 ? { host: spec.hosts[0] } : {}) };
  let got: KeyVaultCertificateContent;
  try {
    got = await vault.read(ref);
  } catch (err) {
    const problem = err as { message: string; fix?: string };
    return {
      site: { spec, ok: false, chain: [], chainSources: [], fileCertificates: [] },
      findings: [
        finding('keyvault-unreadable', problem.message, { ...where, fix: problem.fix ?? 'Check the vault and the identity this step signs in with.' }),
      ],
    };
  }
  const label = `keyvault:${got.url}`;
  const result = await checkSite(spec, label, inputs, trust, target, accepted, got.content);
  result.site.keyVaultVersion = got.version;
  const unreadable = result.findings.findIndex((f) => f.rule === 'cert-unreadable');
  if (unreadable >= 0 && !got.managed) {
    // a plain secret (a connection string, a password): say what it is rather than how it failed to parse
    result.findings[unreadable] = finding(
      'keyvault-not-certificate',
      `Secret '${ref.name}' (version ${got.version}) in vault ${ref.vaultName} is not a certificate: its content type is ${got.contentType ? `'${got.contentType.slice(0, 80)}'` : 'not set'} and its value is neither a PFX nor PEM.`,
      {
        ...where,
        file: label,
        fix: 'Name a Key Vault certificate (keyvault:https://VAULT.vault.azure.net/certificates/NAME) or a secret holding a PFX (application/x-pkcs12) or PEM (application/x-pem-file).',
      },
    );
  }
  if (got.note)
    result.findings.push(
      finding(
        'keyvault-version-disabled',
        `In vault ${ref.vaultName}, ${ref.collection === 'certificates' ? 'certificate' : 'secret'} '${ref.name}': ${got.note}.`,
        {
          ...where,
          file: label,
          fix: 'Whatever deploys the latest version without naming one gets the disabled version refused; enable it, or pin the version that is meant to be deployed.',
        },
      ),
    );
  if (result.certificate)
    result.certificate.keyVault = { vault: ref.vaultUrl, name: ref.name, version: got.version, ...(got.contentType ? { contentType: got.contentType } : {}) };
  return result;
}

async function checkSite(
  spec: SiteSpec,
  file: string,
  inputs: Inputs,
  trust: TrustStore,
  target: WindowsTarget,
  accepted: Set<string>,
  content?: Buffer,
): Promise<SiteResult> {
  const read = await readCertificateBundle(spec, file, content);
  const site = read.site;
  const findings = [...read.findings];
  if (!site.ok || !site.leaf) return { site, findings };
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
    door: inputs.door,
  });
  site.chain = assessed.chain;
  site.chainSources = assessed.sources;
  findings.push(...assessed.findings);
  const keyMatches = site.key !== undefined && leaf.checkPrivateKey(site.key);
  findings.push(...(await opensslNet(site, keyMatches, assessed, inputs.at, where, accepted)));

  const name = `'${shortName(leaf)}' (${thumbprint(leaf)})`;
  if (!site.key) {
    findings.push(
      finding('cert-no-key', `${file} has no private key for ${name}.`, {
        ...where,
        fix:
          container.type === 'pfx'
            ? 'Export the PFX again with its private key (Windows: "Yes, export the private key"; OpenSSL: pkcs12 -export -inkey KEY).'
            : `Add key=PATH to ${sitesLineRef(inputs.door, spec.line)}, pointing at the private key of this certificate, or include the key in the PEM file.`,
      }),
    );
  } else if (!keyMatches) {
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

  if (container.type === 'pfx' && container['pbes2'] === true && target.osFamily <= 5) {
    const reexport =
      'Re-export it with 3DES: `openssl pkcs12 -export -legacy ...` (or -keypbe PBE-SHA1-3DES -certpbe PBE-SHA1-3DES -macalg sha1); `sni-ready patch` writes such a PFX for upload.';
    const cannot = `The PFX ${file} is encrypted with ${String(container.encryption)} (PBES2) and a ${String(container.mac)} MAC, which Windows Server 2016 and older`;
    findings.push(
      target.assumed
        ? finding(
            'pfx-legacy-windows',
            `${cannot} (osFamily 5 and lower) cannot import; nothing says where it goes (no service package, no ${inputRef(inputs.door, 'os-family')}), so this is a warning.`,
            {
              ...where,
              severity: 'warning',
              fix: `If it goes to Windows Server 2016 (osFamily 5) or older: ${reexport} If it goes to Windows Server 2019 or later, say so with ${inputSetting(inputs.door, 'os-family', '6')} (or pass the .cscfg).`,
            },
          )
        : finding(
            'pfx-legacy-windows',
            `${cannot} (osFamily ${target.osFamily}, ${target.from}) cannot import ("The specified network password is not correct").`,
            { ...where, fix: `${reexport} Or raise ${inputRef(inputs.door, 'os-family')} to 6 or later (Windows Server 2019+).` },
          ),
    );
  }

  const certificate = describeCertificate({ file, hosts: spec.hosts, leaf, chain: assessed.chain, sources: assessed.sources, container, at: inputs.at });
  return { site, findings, certificate };
}
