// Configuration probes: what a server at one address and port still accepts when a client asks
// for it — TLS 1.0 and 1.1, a weak Diffie-Hellman group or an unusual curve, NULL, EXPORT, RC4,
// DES/3DES or static-RSA cipher suites. Each check is one restricted handshake, run once per
// address and port (not per host), in the caller's bounded pool and timeout. A check this Node's
// OpenSSL cannot offer is never run and never reported as passed: it is named in a note instead.
import type * as tls from 'node:tls';
import { finding } from '../rules.js';
import type { Finding } from '../types.js';
import { SSL3, TLS12 } from './hello.js';
import { canOffer, type HandshakeOptions, type ProbeResult } from './probe.js';

export type ConfigCheckId = 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'dhe' | 'curves' | 'null' | 'export' | 'rc4' | 'des' | '3des' | 'static-rsa';

export interface ConfigCheck {
  id: ConfigCheckId;
  /** what is asked for, for notes */
  what: string;
  /** a handshake by this Node's OpenSSL … */
  handshake?: HandshakeOptions;
  /** … or, for what it cannot offer, a hand-made ClientHello (tls/hello.ts) */
  hello?: { version: number; suites: number[] };
}

/** The suites a hand-made hello offers for each check OpenSSL may be unable to make (IANA code points). */
const HELLO_SUITES: Partial<Record<ConfigCheckId, number[]>> = {
  export: [0x0003, 0x0006, 0x0008, 0x0011, 0x0014, 0x0062, 0x0064],
  rc4: [0x0005, 0x0004, 0xc011, 0xc007],
  des: [0x0009, 0x0012, 0x0015],
  '3des': [0x000a, 0xc012, 0xc008, 0x0016, 0x0013],
  // SSL 3.0 with the suites SSL 3.0 servers commonly have
  SSLv3: [0xc014, 0xc013, 0xc00a, 0xc009, 0x0039, 0x0033, 0x0035, 0x002f, 0x000a, 0x0016, 0x0005, 0x0004],
};

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

const CANDIDATES: ConfigCheck[] = [
  {
    id: 'SSLv3',
    what: 'SSL 3.0',
    handshake: { minVersion: 'SSLv3' as tls.SecureVersion, maxVersion: 'SSLv3' as tls.SecureVersion, ciphers: 'ALL:@SECLEVEL=0' },
  },
  { id: 'TLSv1', what: 'TLS 1.0', handshake: { minVersion: 'TLSv1', maxVersion: 'TLSv1', ciphers: 'ALL:@SECLEVEL=0' } },
  { id: 'TLSv1.1', what: 'TLS 1.1', handshake: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'ALL:@SECLEVEL=0' } },
  { id: 'dhe', what: 'finite-field Diffie-Hellman (DHE) suites', handshake: legacyHandshake('kDHE') },
  { id: 'null', what: 'NULL-encryption suites', handshake: legacyHandshake('eNULL') },
  { id: 'export', what: 'EXPORT suites', handshake: legacyHandshake('EXPORT') },
  { id: 'rc4', what: 'RC4 suites', handshake: legacyHandshake('RC4') },
  { id: 'des', what: 'single-DES suites', handshake: legacyHandshake('DES') },
  { id: '3des', what: '3DES suites', handshake: legacyHandshake('3DES') },
  { id: 'static-rsa', what: 'static-RSA key exchange suites', handshake: legacyHandshake('kRSA') },
];

export interface ConfigPlan {
  checks: ConfigCheck[];
  /** one sentence naming what this machine cannot check, when anything */
  cannot?: string;
}

let plan: ConfigPlan | undefined;

/** The checks to make (decided once per process): by OpenSSL where it can offer what is asked, else by a hand-made hello. */
export function configPlan(): ConfigPlan {
  if (plan) return plan;
  const checks: ConfigCheck[] = [];
  const byHello: string[] = [];
  for (const c of CANDIDATES) {
    const suites = HELLO_SUITES[c.id];
    if (canOffer(c.handshake!)) checks.push(c);
    else if (suites) {
      checks.push({ id: c.id, what: c.what, hello: { version: c.id === 'SSLv3' ? SSL3 : TLS12, suites } });
      byHello.push(c.what);
    }
  }
  const curves = UNUSUAL_CURVES.filter((n) => canOffer({ ...legacyHandshake('kECDHE'), ecdhCurve: n }));
  if (curves.length) {
    checks.push({ id: 'curves', what: 'unusual elliptic curves', handshake: { ...legacyHandshake('kECDHE'), ecdhCurve: curves.join(':') } });
  }
  const missing = CANDIDATES.filter((c) => !checks.some((k) => k.id === c.id)).map((c) => c.what);
  const missingCurves = UNUSUAL_CURVES.filter((n) => !curves.includes(n));
  if (missingCurves.length) missing.push(`the curves ${missingCurves.join(', ')}`);
  missing.push('SSL 2.0');
  const openssl = `this machine's OpenSSL (${process.versions.openssl}, Node ${process.version})`;
  plan = {
    checks,
    cannot: [
      byHello.length
        ? `${openssl} cannot offer ${andList(byHello)}: scan asks for them with a hand-made ClientHello and reports a server whose ServerHello chooses one.`
        : '',
      `Not checked (${byHello.length ? 'not' : `${openssl} cannot offer them, not`} a pass): ${andList(missing)}.`,
    ]
      .filter(Boolean)
      .join(' ')
      .replace(/^t/, 'T'),
  };
  return plan;
}

function andList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}

const PROTOCOL_NAMES = { SSLv3: 'SSL 3.0', TLSv1: 'TLS 1.0', 'TLSv1.1': 'TLS 1.1' } as const;

export interface ConfigTarget {
  address: string;
  where: string;
  /** a few hosts served at this address, for messages */
  hosts: string[];
}

/** The findings of one address's configuration probes (results in the order of `checks`). */
export function judgeConfig(t: ConfigTarget, checks: ConfigCheck[], results: ProbeResult[]): Finding[] {
  const got = new Map<ConfigCheckId, ProbeResult>();
  checks.forEach((c, i) => {
    const r = results[i];
    if (r?.ok) got.set(c.id, r);
  });
  const serving = `${t.where} (serving ${t.hosts.join(', ')})`;
  const out: Finding[] = [];

  const legacy = (['SSLv3', 'TLSv1', 'TLSv1.1'] as const).filter((v) => got.get(v)?.protocol === v).map((v) => PROTOCOL_NAMES[v]);
  if (legacy.length) {
    out.push(
      finding(
        'tls-legacy-protocol',
        `${serving} accepts ${andList(legacy)} when a client asks for ${legacy.length > 1 ? 'them' : 'it'}; only TLS 1.2 and 1.3 are safe.`,
        {
          host: t.address,
          fix: `Disable ${andList(legacy)} for the server: on IIS set the DWORDs Enabled=0 and DisabledByDefault=1 under ${legacy.map((v) => `HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${v}\\Server`).join(' and ')} (on Cloud Services from an elevated startup task, then reboot the instance; every Guest OS up to osFamily 7, Windows Server 2022, accepts them until these keys say otherwise). https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings`,
        },
      ),
    );
  }

  const dh = got.get('dhe')?.ephemeral;
  if (dh?.type === 'DH' && (dh.size ?? 0) < 2048) {
    out.push(
      finding('tls-weak-key-exchange', `${serving} uses a ${dh.size}-bit Diffie-Hellman group for DHE suites; groups under 2048 bits can be broken (Logjam).`, {
        host: t.address,
        fix: 'Use a 2048-bit or larger DH group, or drop the DHE suites: on IIS set ServerMinKeyBitLength=2048 (DWORD) under HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\KeyExchangeAlgorithms\\Diffie-Hellman, or Disable-TlsCipherSuite each TLS_DHE_* suite. https://learn.microsoft.com/en-us/windows-server/security/tls/tls-registry-settings',
      }),
    );
  }
  const curve = got.get('curves')?.ephemeral;
  if (curve?.type === 'ECDH' && curve.name && !USUAL_GROUPS.has(curve.name)) {
    out.push(
      finding(
        'tls-weak-key-exchange',
        `${serving} accepts the elliptic curve ${curve.name} (${curve.size} bits) for ECDHE, outside the usual X25519, P-256 and P-384.`,
        {
          host: t.address,
          fix: `Offer only curve25519, NistP256 and NistP384 (the Windows defaults): on IIS Disable-TlsEccCurve -Name <curve> for every other curve, or set the ECC Curve Order group policy. https://learn.microsoft.com/en-us/windows/win32/secauthn/tls-elliptic-curves-in-windows-10-1607-and-later`,
        },
      ),
    );
  }

  const weak = (['null', 'export', 'rc4', 'des', '3des'] as const).flatMap((id) => {
    const c = got.get(id)?.cipher;
    return c ? [c.standardName ?? c.name] : [];
  });
  const rsa = got.get('static-rsa');
  const staticRsa = rsa && !rsa.ephemeral?.type ? (rsa.cipher?.standardName ?? rsa.cipher?.name) : undefined;
  if (weak.length || staticRsa) {
    const parts = [
      ...(weak.length ? [`broken cipher suites (${weak.join(', ')})`] : []),
      ...(staticRsa ? [`static-RSA key exchange without forward secrecy (${staticRsa})`] : []),
    ];
    const ciphers = weak.length ? 'SCHANNEL\\Ciphers\\<cipher> (e.g. "Triple DES 168", "RC4 128/128", "NULL") Enabled=0, and ' : '';
    out.push(
      finding('tls-weak-cipher', `${serving} accepts ${parts.join(' and ')}.`, {
        host: t.address,
        severity: weak.length ? 'error' : 'warning',
        fix: `Remove them from the server's cipher suites: on IIS ${ciphers}Disable-TlsCipherSuite -Name for each (e.g. TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_AES_128_CBC_SHA), keeping TLS_ECDHE_* and TLS 1.3 suites first (Set-TlsCipherSuite / the SSL Cipher Suite Order policy). https://learn.microsoft.com/en-us/powershell/module/tls/disable-tlsciphersuite`,
      }),
    );
  }
  return out;
}
