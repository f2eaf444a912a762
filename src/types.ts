// Shared data types of the engine. Nothing here imports @actions/*: the action (src/main.ts)
// and the CLI (src/cli.ts) both present the same values.
import type { RuleId } from './rules.js';
import type { Threshold } from './certs/thresholds.js';

export type Severity = 'error' | 'warning' | 'notice';
export type FailOn = 'error' | 'warning' | 'never';
export type Command = 'check' | 'patch' | 'verify' | 'scan' | 'merge';
export type ServerKind = 'auto' | 'iis' | 'nginx' | 'node';
/** What `patch` and `verify` aim at: a Cloud Service package (csdef/cscfg) or a plain IIS host (a bundle). */
export type Target = 'cloud-service' | 'iis';

/** One problem found, with where it is and how to fix it. Rule ids are in src/rules.ts. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  host?: string;
  file?: string;
  line?: number;
  column?: number;
  fix?: string;
}

/** A `sites` line: `HOST [HOST ...] = PATH [key=KEYPATH] [password-env=VAR]`. */
export interface SiteSpec {
  hosts: string[];
  path: string;
  keyPath?: string;
  passwordEnv?: string;
  /** the password resolved from `password-env` or the `password` input; never printed */
  password: string;
  /** 1-based line of the `sites` input, for messages */
  line: number;
  /** the door the line came through (messages name its inputs); 'action' when unset */
  door?: import('./door.js').Door;
  /** `= keyvault:URL`: the certificate is read from Key Vault (then `path` is `keyvault:URL` as written) */
  keyVault?: import('./keyvault/ref.js').KeyVaultRef;
  /** `keyvault=https://VAULT.vault.azure.net/secrets/NAME`: where the certificate lives in Key Vault (versionless) */
  keyVaultSecret?: import('./service/keyvault.js').KeyVaultSecretRef;
}

export interface EndpointSpec {
  host: string;
  port: number;
  /** `@ADDRESS`: connect here while SNI stays `host` */
  address?: string;
  line: number;
  /** the `endpoints-file` this line came from (`line` is then that file's line); unset for the `endpoints` input */
  file?: string;
}

export interface Inputs {
  command: Command;
  /** the door the run came through: messages name inputs the way this door sets them */
  door: import('./door.js').Door;
  sites: SiteSpec[];
  serviceDefinition?: string;
  serviceConfigurations: string[];
  role?: string;
  osFamily: number;
  /** true when os-family was given (not the default 5) */
  osFamilyGiven: boolean;
  warnDays: Threshold;
  failDays: Threshold;
  at: Date;
  /** true when Node's root store is trusted */
  trustSystem: boolean;
  /** PEM files of extra trust anchors */
  trustFiles: string[];
  endpoints: EndpointSpec[];
  /** host → expected SHA-1 thumbprint (upper-case hex) */
  expect: Map<string, string>;
  startupDir?: string;
  /** host for clients without SNI; null = `none`; undefined = first host of `sites` */
  fallback?: string | null;
  dryRun: boolean;
  server: ServerKind;
  /** per-connection limit, milliseconds */
  timeoutMs: number;
  /** scan: look up whether each served leaf is revoked (stapled OCSP, else OCSP, else CRL) */
  revocation?: boolean;
  concurrency: number;
  shard?: { index: number; count: number };
  reports: string[];
  failOn: FailOn;
  reportPath: string;
  sarifPath?: string;
  issue: boolean;
  githubToken?: string;
  /** `template`: a Cloud Services (extended support) ARM template (JSON) to lint against the cscfg */
  template?: string;
  /** `template-parameters`: its deployment parameters file */
  templateParameters?: string;
  /** the base directory relative paths are resolved from */
  cwd: string;
  /** `target`: cloud-service (csdef/cscfg) or iis (a bundle for a plain IIS host) */
  target: Target;
  /** `iis-site`: the IIS site for target iis */
  iisSite: string;
  /** `bundle`: the folder patch --target iis writes (absolute) */
  bundleDir: string;
  /** `remove-ip-mappings`: addresses whose IP-specific :443 mapping the reconciler may remove (target iis) */
  removeIpMappings: string[];
  /** `keyvault-extension`: Key Vault VM extension settings or a template holding them, for check */
  keyvaultExtension?: string;
}

export interface ChainElement {
  subject: string;
  thumbprint: string;
  notAfter: string;
  source: 'file' | 'trust' | 'aia' | 'served';
}

export interface ContainerInfo {
  type: 'pfx' | 'p7b' | 'pem' | 'der';
  encryption?: string;
  mac?: string;
  [extra: string]: unknown;
}

export interface CertificateReport {
  file: string;
  hosts: string[];
  subject: string;
  issuer: string;
  thumbprint: string;
  sha256: string;
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  keyType: string;
  keySize: number;
  signature: string;
  container: ContainerInfo;
  chain: ChainElement[];
  /** every subjectAltName entry: DNS names and IP addresses as they are, `email:`/`URI:` with their kind */
  sans?: string[];
  /** serial number, upper-case hex */
  serial?: string;
  /** keyUsage bits by name (RFC 5280); absent when the certificate has no keyUsage extension */
  keyUsage?: string[];
  /** extendedKeyUsage purposes by name (`serverAuth`, ...); absent when it has no such extension */
  extendedKeyUsage?: string[];
  /** for a `keyvault:` line: the vault, the certificate and the version that was read and judged */
  keyVault?: { vault: string; name: string; version: string; contentType?: string };
}

export interface EndpointReport {
  host: string;
  port: number;
  address: string;
  sni: string | null;
  protocol?: string;
  thumbprint?: string;
  daysLeft?: number;
  notAfter?: string;
  subject?: string;
  issuer?: string;
  /** the served leaf's subjectAltName entries and serial (as in `certificates[]`) */
  sans?: string[];
  serial?: string;
  /** how many certificates the server sent (the leaf and what came after it) */
  certificatesSent?: number;
  chain: ChainElement[];
  error?: string;
  /** milliseconds the probe took */
  ms?: number;
  /** the row's status: the worst finding about this endpoint, whatever its area (report/findings.ts decides it) */
  status?: Severity | 'ok';
  /** the probe without SNI: the planned fallback host whose certificate was served, as planned */
  fallback?: string;
}

export interface ConfigReport {
  serviceDefinition?: string;
  serviceConfigurations: string[];
  changed: boolean;
  written: string[];
  /** true when patch wrote nothing because of a finding it cannot fix itself (every file or none) */
  refused?: boolean;
  /** unified diff of what patch changed (or would change, in a dry run) */
  diff?: string;
  /** patch: what the user still has to do, in order (upload, package, deploy, verify) */
  nextSteps?: NextStep[];
}

/** One thing the user still has to do: a sentence, and lines to copy (e.g. project file entries). */
export interface NextStep {
  step: string;
  lines?: string[];
}

export interface Report {
  version: 1;
  command: Command;
  at: string;
  certificates: CertificateReport[];
  endpoints: EndpointReport[];
  config?: ConfigReport;
  findings: Finding[];
  /** extra lines for the summary and log (e.g. verify steps, upload-ready files) */
  notes?: string[];
}

/** Thrown for a usage or input error: one clear sentence, exit status 2, no stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A `sites` line after its file was opened: the parsed certificates and key, for later steps. */
export interface LoadedSite {
  spec: SiteSpec;
  /** true when the file was opened (even if findings exist) */
  ok: boolean;
  leaf?: import('node:crypto').X509Certificate;
  /** the chain above the leaf, issuer first, as built from the file and trust (root last, when known) */
  chain: import('node:crypto').X509Certificate[];
  /** where each chain element came from, same order as `chain` */
  chainSources: ('file' | 'trust' | 'aia')[];
  /** every certificate that was in the file, in file order */
  fileCertificates: import('node:crypto').X509Certificate[];
  key?: import('node:crypto').KeyObject;
  container?: ContainerInfo;
  /** for a `keyvault:` line: the version that was read */
  keyVaultVersion?: string;
}

/** Progress and log lines; the action writes them to the job log, the CLI to stderr. */
export interface Logger {
  info(line: string): void;
  warn(line: string): void;
}
