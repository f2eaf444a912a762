// The binding plan: which certificate each host must be served with, which chain goes with it,
// and which certificate clients without SNI get. Every server (iis, nginx, node) is built from it
// and every probe is judged against it.
import type { X509Certificate, KeyObject } from 'node:crypto';
import * as path from 'node:path';
import { loadTrust } from '../certs/trust.js';
import { isSelfSigned } from '../certs/x509.js';
import { inputRef } from '../door.js';
import { finding } from '../rules.js';
import { subjectName, thumbprint } from '../tls/probe.js';
import { InputError, type Finding, type Inputs, type LoadedSite, type ServerKind } from '../types.js';

/** What a server presents for one certificate: the leaf, the intermediates to send, the key. */
export interface ServedCertificate {
  leaf: X509Certificate;
  /** intermediates, issuer first, never a self-signed root */
  chain: X509Certificate[];
  key: KeyObject;
}

export interface PlannedBinding {
  /** the host as written in `sites` (canonical; may be a wildcard) */
  host: string;
  /** the name sent as SNI when probing (a wildcard becomes a concrete label) */
  probeName: string;
  /** the expected leaf: SHA-1 thumbprint (40 upper-case hex) and a readable name */
  thumbprint: string;
  subject: string;
  serve: ServedCertificate;
  /** the `sites` line this binding came from */
  site: LoadedSite;
}

export interface BindingPlan {
  bindings: PlannedBinding[];
  /** the binding whose certificate clients without SNI get; null = none (handshake refused) */
  fallback: PlannedBinding | null;
  /** roots known to the run (self-signed ends of the files' chains, `trust` files, and the system store when trusted) */
  anchors: X509Certificate[];
}

/** The label a wildcard host is probed with: `*.example.com` → `sni-ready-verify.example.com`. */
export const WILDCARD_PROBE_LABEL = 'sni-ready-verify';

export function probeNameOf(host: string): string {
  return host.startsWith('*.') ? `${WILDCARD_PROBE_LABEL}.${host.slice(2)}` : host;
}

// one definition of self-signed (x509.ts): signed by its own key under its own name
export { isSelfSigned };

/**
 * Sites that cannot be served (a file that did not open, no private key). The verify stops on
 * these with one finding each instead of bringing up a server that would fail anyway.
 */
export function unservableSites(sites: LoadedSite[]): Finding[] {
  const out: Finding[] = [];
  for (const site of sites) {
    const file = site.spec.path;
    const hosts = site.spec.hosts.join(', ');
    if (!site.ok || !site.leaf) {
      out.push(
        finding('cert-unreadable', `verify cannot serve ${hosts}: ${path.basename(file)} could not be read, so no server was started.`, {
          file,
          host: site.spec.hosts[0],
          line: site.spec.line,
          fix: 'Fix the certificate file (see the other findings for this file), then run verify again.',
        }),
      );
    } else if (!site.key) {
      out.push(
        finding('cert-no-key', `verify cannot serve ${hosts}: ${path.basename(file)} has no private key for its leaf, so no server was started.`, {
          file,
          host: site.spec.hosts[0],
          line: site.spec.line,
          fix: 'Export the certificate with its private key (a PFX with the key, or add key=KEYPATH to the sites line).',
        }),
      );
    }
  }
  return out;
}

/** Trust anchors for judging whether a served chain is complete: the self-signed ends of the
 * files' chains plus the run's trust store (loaded once, by check, from the same inputs). */
export function collectAnchors(inputs: Pick<Inputs, 'trustFiles' | 'trustSystem'>, sites: LoadedSite[]): X509Certificate[] {
  const anchors: X509Certificate[] = [];
  for (const site of sites) for (const c of site.chain) if (isSelfSigned(c)) anchors.push(c);
  return [...anchors, ...loadTrust(inputs).anchors];
}

/**
 * Builds the plan from the loaded sites. Throws InputError when `fallback` names a host that is
 * not in `sites`. Call `unservableSites` first: sites without a leaf or key are skipped here.
 */
export function planBindings(
  inputs: Pick<Inputs, 'fallback' | 'trustFiles' | 'trustSystem'> & Partial<Pick<Inputs, 'door'>>,
  sites: LoadedSite[],
): BindingPlan {
  const bindings: PlannedBinding[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    if (!site.ok || !site.leaf || !site.key) continue;
    const serve: ServedCertificate = {
      leaf: site.leaf,
      chain: site.chain.filter((c, i) => !isSelfSigned(c) && (site.chainSources[i] ?? 'file') !== 'aia'),
      key: site.key,
    };
    for (const host of site.spec.hosts) {
      if (seen.has(host)) continue; // the first sites line naming a host wins, as in patch
      seen.add(host);
      bindings.push({ host, probeName: probeNameOf(host), thumbprint: thumbprint(site.leaf), subject: subjectName(site.leaf), serve, site });
    }
  }
  const allHosts = sites.flatMap((s) => s.spec.hosts);
  let fallback: PlannedBinding | null = null;
  if (inputs.fallback === undefined) {
    fallback = bindings.find((b) => b.host === allHosts[0]) ?? null;
  } else if (inputs.fallback !== null) {
    if (!allHosts.includes(inputs.fallback)) {
      throw new InputError(
        `Invalid value '${inputs.fallback}' for ${inputRef(inputs.door ?? 'action', 'fallback')}: it must be one of the hosts in ${inputRef(inputs.door ?? 'action', 'sites')} (${allHosts.join(', ')}) or 'none'`,
      );
    }
    fallback = bindings.find((b) => b.host === inputs.fallback) ?? null;
  }
  return { bindings, fallback, anchors: collectAnchors(inputs, sites) };
}

/**
 * The server `auto` stands for: iis on Windows, nginx when it is installed, else node.
 * `nginxPath` is the result of `findNginx()` (passed in so this stays pure).
 */
export function selectServer(kind: ServerKind, platform: NodeJS.Platform, nginxPath: string | null): Exclude<ServerKind, 'auto'> {
  if (kind !== 'auto') return kind;
  if (platform === 'win32') return 'iis';
  return nginxPath ? 'nginx' : 'node';
}
