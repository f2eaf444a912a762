// Configuration probes: what a server at one address and port still accepts when a client asks
// for it — SSL 3.0, TLS 1.0 and 1.1, a weak Diffie-Hellman group or an unusual curve, NULL,
// EXPORT, RC4, DES/3DES or static-RSA cipher suites. Each check is one restricted handshake (or a
// hand-made ClientHello for what this Node's OpenSSL cannot offer), run once per address and port
// (not per host), in the caller's bounded pool and timeout. What cannot be asked for at all is
// never reported as passed: it is named in a note instead.
import type * as tls from 'node:tls';
import { finding } from '../rules.js';
import type { Finding } from '../types.js';
import { probeDhGroup } from './handshake.js';
import { probeHello, probeSuiteGroups, SSL3, TLS12 } from './hello.js';
import { canOffer, probeTls, type HandshakeOptions, type ProbeResult } from './probe.js';

export type ConfigCheckId = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'dhe' | 'curves' | 'broken' | 'static-rsa';

export interface ConfigCheck {
  id: ConfigCheckId;
  /** what is asked for, for notes */
  what: string;
  /** a short name, for the note of each check's time */
  label: string;
  /** a handshake by this Node's OpenSSL … */
  handshake?: HandshakeOptions;
  /**
   * … or a hand-made ClientHello (tls/hello.ts) offering `suites`; with `groups`, the groups are
   * offered together and asked again without each group the server chooses from, so that every
   * accepted group is named and a clean server costs one exchange.
   */
  hello?: { version: number; suites: number[]; groups?: number[][] };
  /** … or a hand-made ClientHello offering only DHE suites, the group read from the ServerKeyExchange */
  dhGroup?: true;
}

/** Broken cipher suites by kind, with the OpenSSL cipher string that would offer them (IANA code points). */
const BROKEN: { what: string; openssl: string; suites: number[] }[] = [
  { what: 'NULL', openssl: 'eNULL', suites: [0x0001, 0x0002, 0x003b, 0xc006, 0xc010] },
  { what: 'EXPORT', openssl: 'EXPORT', suites: [0x0003, 0x0006, 0x0008, 0x0011, 0x0014, 0x0062, 0x0064] },
  { what: 'RC4', openssl: 'RC4', suites: [0x0005, 0x0004, 0xc011, 0xc007] },
  { what: 'DES', openssl: 'DES', suites: [0x0009, 0x0012, 0x0015] },
  { what: '3DES', openssl: '3DES', suites: [0x000a, 0xc012, 0xc008, 0x0016, 0x0013] },
];

/** SSL 3.0 with the suites SSL 3.0 servers commonly have. */
const SSL3_SUITES = [0xc014, 0xc013, 0xc00a, 0xc009, 0x0039, 0x0033, 0x0035, 0x002f, 0x000a, 0x0016, 0x0005, 0x0004];

/** Groups every current client offers (OpenSSL names as getEphemeralKeyInfo reports them). */
export const USUAL_GROUPS: ReadonlySet<string> = new Set(['X25519', 'X448', 'prime256v1', 'secp384r1', 'secp521r1']);

/** Curves outside the usual set that a misconfigured server may still pick (Schannel can enable all of these). */
const UNUSUAL_CURVES = [
  'secp160k1',
  'secp160r1',
  'secp160r2',
  'secp192k1',
  'prime192v1',
  'secp224k1',
  'secp224r1',
  'secp256k1',
  'brainpoolP256r1',
  'brainpoolP384r1',
  'brainpoolP512r1',
];

// TLS 1.2 and older only: TLS 1.3 has no such suites, and a server preferring 1.3 would hide them.
const legacyHandshake = (ciphers: string): HandshakeOptions => ({ minVersion: 'TLSv1', maxVersion: 'TLSv1.2', ciphers: `${ciphers}:@SECLEVEL=0` });

const SSL3_HANDSHAKE: HandshakeOptions = { minVersion: 'SSLv3' as tls.SecureVersion, maxVersion: 'SSLv3' as tls.SecureVersion, ciphers: 'ALL:@SECLEVEL=0' };

export interface ConfigPlan {
  checks: ConfigCheck[];
  /** sentences naming how the checks OpenSSL cannot make are made, and what is not checked */
  cannot?: string;
}

let plan: ConfigPlan | undefined;

/**
 * The checks to make at each address and port (decided once per process): 7 exchanges for a
 * clean server. Protocol versions, DHE, curves and static RSA by this Node's OpenSSL; SSL 3.0
 * (when OpenSSL cannot offer it) and every broken suite by a hand-made ClientHello, so that
 * nothing is passed because this machine could not ask for it.
 */
export function configPlan(): ConfigPlan {
  if (plan) return plan;
  const openssl = canOffer(SSL3_HANDSHAKE);
  const checks: ConfigCheck[] = [
    openssl
      ? { id: 'SSLv3', what: 'SSL 3.0', label: 'SSL 3.0', handshake: SSL3_HANDSHAKE }
      : { id: 'SSLv3', what: 'SSL 3.0', label: 'SSL 3.0', hello: { version: SSL3, suites: SSL3_SUITES } },
    { id: 'TLSv1', what: 'TLS 1.0', label: 'TLS 1.0', handshake: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' } },
    { id: 'TLSv1.1', what: 'TLS 1.1', label: 'TLS 1.1', handshake: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } },
    // OpenSSL 3 refuses groups under 1024 bits even at @SECLEVEL=0: the group is read from the ServerKeyExchange instead.
    { id: 'dhe', what: 'finite-field Diffie-Hellman (DHE) suites', label: 'DHE group', dhGroup: true },
    // (kRSA alone includes the NULL suites, which the hand-made hello below names as broken)
    { id: 'static-rsa', what: 'static-RSA key exchange suites', label: 'static RSA', handshake: legacyHandshake('kRSA:!eNULL:!EXPORT:!RC4:!DES:!3DES') },
    {
      id: 'broken',
      what: 'NULL, EXPORT, RC4, DES and 3DES suites',
      label: 'broken suites',
      hello: { version: TLS12, suites: BROKEN.flatMap((b) => b.suites), groups: BROKEN.map((b) => b.suites) },
    },
  ];
  const curves = UNUSUAL_CURVES.filter((n) => canOffer({ ...legacyHandshake('kECDHE'), ecdhCurve: n }));
  if (curves.length) {
    checks.push({ id: 'curves', what: 'unusual elliptic curves', label: 'curves', handshake: { ...legacyHandshake('kECDHE'), ecdhCurve: curves.join(':') } });
  }
  const cannot = [...(openssl ? [] : ['SSL 3.0']), ...BROKEN.filter((b) => !canOffer(legacyHandshake(b.openssl))).map((b) => `${b.what} suites`)];
  const missing = [`the curves ${andList(UNUSUAL_CURVES.filter((n) => !curves.includes(n)))}`].filter(() => curves.length < UNUSUAL_CURVES.length);
  plan = {
    checks,
    cannot: [
      cannot.length
        ? `This machine's OpenSSL (${process.versions.openssl}, Node ${process.version}) cannot offer ${andList(cannot)}: scan asks for them (and for every broken suite) with a hand-made ClientHello and reports the ones a server's ServerHello chooses.`
        : '',
      `Not checked (not a pass): ${andList([...missing, 'SSL 2.0'])}.`,
    ]
      .filter(Boolean)
      .join(' '),
  };
  return plan;
}

function andList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const PROTOCOL_NAMES = { SSLv3: 'SSL 3.0', TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1' } as const;

/** Makes one check at an address and port, sending `servername` (a host served there) as SNI. */
export function runCheck(check: ConfigCheck, at: { address: string; port: number; servername: string }, timeoutMs: number): Promise<ProbeResult> {
  const { hello } = check;
  if (check.dhGroup) return probeDhGroup({ ...at, timeoutMs });
  if (hello?.groups) return probeSuiteGroups({ ...at, version: hello.version, groups: hello.groups, timeoutMs });
  if (hello) return probeHello({ ...at, version: hello.version, suites: hello.suites, timeoutMs });
  return probeTls({ host: at.servername, ...at, timeoutMs, handshake: check.handshake });
}

/**
 * One judgement of a configuration, without the hosts it is about: configurations probed for
 * different hosts at one address that reach the same judgement share one finding naming all of
 * them (`key` says which are the same), and a finding is never about hosts it was not found for.
 */
export interface ConfigFact {
  key: string;
  /** the finding, `serving` naming the address and port and the hosts it is true of */
  finding(serving: string): Finding;
}

/** What the configuration probes of one configuration found (results in the order of `checks`). */
export function configFacts(address: string, checks: ConfigCheck[], results: ProbeResult[]): ConfigFact[] {
  const got = accepted(checks, results);
  const out: ConfigFact[] = [];
  const fact = (key: string, make: (serving: string) => Finding) => out.push({ key, finding: make });

  const legacy = (['SSLv3', 'TLSv1', 'TLSv1.1'] as const).filter((v) => got.get(v)?.protocol === v).map((v) => PROTOCOL_NAMES[v]);
  if (legacy.length) {
    fact(`legacy ${legacy.join(',')}`, (serving) =>
      finding(
        'tls-legacy-protocol',
        `${serving} accepts ${andList(legacy)} when a client asks for ${legacy.length > 1 ? 'them' : 'it'}; only TLS 1.2 and 1.3 are safe.`,
        {
          host: address,
          fix: `Disable ${andList(legacy)} for the server: on IIS set the DWORDs Enabled=0 and DisabledByDefault=1 under ${legacy.map((v) => `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${v}\\Server`).join(' and ')} (on Cloud Services from an elevated startup task, then reboot the instance; every Guest OS up to osFamily 7, Windows Server 2022, accepts them until these keys say otherwise). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        },
      ),
    );
  }

  const dh = got.get('dhe')?.ephemeral;
  if (dh?.type === 'DH' && (dh.size ?? 0) < 2048) {
    const refused =
      (dh.size ?? 0) < 1024
        ? ' Current clients refuse it outright (OpenSSL and Node.js need 1024 bits or more; Chrome and Firefox no longer offer DHE at all).'
        : '';
    fact(`dh ${dh.size}`, (serving) =>
      finding(
        'tls-weak-key-exchange',
        `${serving} uses a ${dh.size}-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).${refused}`,
        {
          host: address,
          fix: 'Use a 2048-bit or larger DH group, or drop the DHE suites: on IIS set ServerMinKeyBitLength=2048 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman, or Disable-TlsCipherSuite each TLS_DHE_* suite. https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
        },
      ),
    );
  }
  const curve = got.get('curves')?.ephemeral;
  if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name)) {
    fact(`curve ${curve.name}`, (serving) =>
      finding(
        'tls-weak-key-exchange',
        `${serving} accepts the elliptic curve ${curve.name} (${curve.size} bits) for ECDHE, outside the usual X25519, X448, P-256, P-384 and P-521.`,
        {
          host: address,
          fix: `Offer only curve25519, NistP256 and NistP384 (the Windows defaults): on IIS Disable-TlsEccCurve -Name <curve> for every other curve, or set the ECC Curve Order group policy. https://learn.microsoft.com/en-us/windows/win32/secauthn/tls-elliptic-curves-in-windows-10-1607-and-later`,
        },
      ),
    );
  }

  const weak = got.get('broken')?.accepted ?? [];
  const rsa = got.get('static-rsa');
  const staticRsa = rsa && !rsa.ephemeral?.type ? (rsa.cipher?.standardName ?? rsa.cipher?.name) : undefined;
  if (weak.length || staticRsa) {
    const parts = [
      ...(weak.length ? [`broken cipher suites (${weak.join(', ')})`] : []),
      ...(staticRsa ? [`static-RSA key exchange without forward secrecy (${staticRsa})`] : []),
    ];
    const ciphers = weak.length
      ? 'set Enabled=0 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\<cipher> for each broken cipher ("NULL", "RC4 128/128", "DES 56/56", "Triple DES 168", …), and '
      : '';
    fact(`cipher ${parts.join(' ')}`, (serving) =>
      finding('tls-weak-cipher', `${serving} accepts ${parts.join(' and ')}.`, {
        host: address,
        severity: weak.length ? 'error' : 'warning',
        fix: `Remove them from the server's cipher suites: on IIS ${ciphers}Disable-TlsCipherSuite -Name for each (e.g. TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA), keeping TLS_ECDHE_* and TLS 1.3 suites first (Enable-TlsCipherSuite -Position, or the SSL Cipher Suite Order policy). https://learn.microsoft.com/en-us/powershell/module/tls/disable-tlsciphersuite and https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
      }),
    );
  }
  return out;
}

/**
 * Why a current client's handshake failed, from what the configuration probes found the server
 * accepts instead (broken suites, a DH group under 1024 bits, SSL 3.0, an unusual curve): one
 * sentence for the host's `tls-unreachable`, or undefined when they found nothing that explains it.
 */
export function explainFailure(checks: ConfigCheck[], results: ProbeResult[]): string | undefined {
  const got = accepted(checks, results);
  const parts: string[] = [];
  const weak = got.get('broken')?.accepted ?? [];
  if (weak.length) parts.push(`broken cipher suites (${weak.join(', ')}), which current clients never offer`);
  const dh = got.get('dhe')?.ephemeral;
  if (dh?.type === 'DH' && (dh.size ?? 0) < 1024)
    parts.push(
      `DHE suites with a ${dh.size}-bit Diffie-Hellman group, which current clients refuse (OpenSSL and Node.js need 1024 bits; browsers no longer offer DHE)`,
    );
  if (got.get('SSLv3')?.protocol === 'SSLv3') parts.push('SSL 3.0, which current clients no longer offer');
  const curve = got.get('curves')?.ephemeral;
  if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name)) parts.push(`the elliptic curve ${curve.name}, which current clients do not offer`);
  if (!parts.length) return undefined;
  return `What the server does accept, a current client does not offer or refuses: ${parts.join('; ')}.`;
}

/** The fix of a `tls-unreachable` that `explainFailure` explains. */
export const MODERN_FIX =
  'Enable TLS 1.2 (and 1.3) with ECDHE and AES-GCM suites (e.g. TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256) and drop the broken ones: on IIS Enable-TlsCipherSuite -Name for each, and set Enabled=0 under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Ciphers\\<cipher> for NULL, RC4 and Triple DES; a DH group of 2048 bits or more (ServerMinKeyBitLength). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings';

function accepted(checks: ConfigCheck[], results: ProbeResult[]): Map<ConfigCheckId, ProbeResult> {
  const got = new Map<ConfigCheckId, ProbeResult>();
  checks.forEach((c, i) => {
    const r = results[i];
    if (r?.ok) got.set(c.id, r);
  });
  return got;
}
