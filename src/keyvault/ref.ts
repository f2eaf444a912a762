// Key Vault addresses as `sites` lines and templates write them:
// `keyvault:https://VAULT.vault.azure.net/certificates/NAME[/VERSION]` (a certificate, read
// through its secret) and `https://VAULT.vault.azure.net/secrets/NAME[/VERSION]` (a template's
// certificateUrl). Parsing is plain text work: the Azure SDK is loaded only by runs that read a
// vault (src/keyvault/read.ts).

/** Vault hosts of the public and sovereign clouds. */
const VAULT_HOST = /^([a-z0-9](?:[a-z0-9-]{1,22}[a-z0-9])?)\.(vault\.azure\.net|vault\.azure\.cn|vault\.usgovcloudapi\.net|vault\.microsoftazure\.de)$/;
/** Key Vault object names: letters, digits and hyphens, up to 127. Versions: 32 hex digits. */
const OBJECT_NAME = /^[0-9A-Za-z-]{1,127}$/;
const VERSION = /^[0-9A-Za-z]{1,64}$/;

/**
 * Test only: SNI_READY_KEYVAULT_LOOPBACK=1 lets a vault address be `https://127.0.0.1:PORT` or
 * `https://localhost:PORT` (a stand-in vault started by the tests), skips the SDK's check that the
 * challenge's resource matches the vault's domain, and turns off the identity library's instance
 * discovery (a request to login.microsoftonline.com). Never set in a real run.
 */
export function keyVaultLoopbackAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SNI_READY_KEYVAULT_LOOPBACK === '1';
}

export interface KeyVaultRef {
  /** as written, without the `keyvault:` prefix */
  url: string;
  /** `https://VAULT.vault.azure.net` (the vault's origin, what the SDK clients take) */
  vaultUrl: string;
  /** the vault's name (its first DNS label; the host for a loopback stand-in) */
  vaultName: string;
  collection: 'certificates' | 'secrets';
  name: string;
  version?: string;
}

/**
 * Parses a Key Vault object address; undefined when `raw` is not one (the caller says why).
 * `collections` limits which kind of object may be named.
 */
export function parseKeyVaultUrl(
  raw: string,
  collections: readonly KeyVaultRef['collection'][],
  env: NodeJS.ProcessEnv = process.env,
): KeyVaultRef | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.search || u.hash) return undefined;
  const host = u.hostname.toLowerCase();
  const m = VAULT_HOST.exec(host);
  const loopback = keyVaultLoopbackAllowed(env) && (host === '127.0.0.1' || host === 'localhost');
  if (!m && !loopback) return undefined;
  if (m && u.port) return undefined;
  const parts = u.pathname.split('/').filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [collection, name, version] = parts as [string, string, string | undefined];
  if (!(collections as string[]).includes(collection) || !OBJECT_NAME.test(name) || (version !== undefined && !VERSION.test(version))) return undefined;
  const ref: KeyVaultRef = {
    url: raw,
    vaultUrl: u.origin,
    vaultName: m ? m[1]! : u.host,
    collection: collection as KeyVaultRef['collection'],
    name,
  };
  if (version !== undefined) ref.version = version;
  return ref;
}

/** `https://VAULT.vault.azure.net/certificates/NAME/VERSION`: the address of the version read. */
export function versionedUrl(ref: KeyVaultRef, version: string | undefined): string {
  return `${ref.vaultUrl}/${ref.collection}/${ref.name}${version ? `/${version}` : ''}`;
}
