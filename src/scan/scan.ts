// `scan`: probes live endpoints over TLS with SNI (optionally pinned to an address), compares
// what is served with what is expected, applies the certificate rules to the served chain, and
// probes each distinct address once without SNI. One bad host never fails the others.
import { finding } from '../rules.js';
import { InputError, type CertificateReport, type EndpointReport, type EndpointSpec, type Finding, type Inputs, type Logger } from '../types.js';
import { loadTrust, shortName, thumbprint } from '../certs/chain.js';
import { failureReason, isolated } from '../certs/isolate.js';
import { compareServed, probeTls, protocolFinding } from '../tls/probe.js';
import { progressLogger, runPool } from '../tls/pool.js';
import { ServedChainJudge, type ServedJudgement } from './served.js';

export interface Expected {
  thumbprint: string;
  subject?: string;
}

export interface ScanResult {
  certificates: CertificateReport[];
  endpoints: EndpointReport[];
  findings: Finding[];
  notes?: string[];
}

/** FNV-1a of `host:port@address`: a stable share of endpoints per shard, the same on every runner. */
export function shardOf(e: Pick<EndpointSpec, 'host' | 'port' | 'address'>, count: number): number {
  const key = `${e.host}:${e.port}@${e.address ?? ''}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
}

export function selectShard(endpoints: EndpointSpec[], shard: Inputs['shard']): EndpointSpec[] {
  if (!shard || shard.count <= 1) return endpoints;
  return endpoints.filter((e) => shardOf(e, shard.count) === shard.index);
}

/** The wildcard one label up from `host` (`*.example.com` for `www.example.com`), if it has one. */
function wildcardOf(host: string): string | undefined {
  const dot = host.indexOf('.');
  return dot > 0 && !host.startsWith('*.') ? `*.${host.slice(dot + 1)}` : undefined;
}

/** Whether `pattern` names `host`: the same name, or a wildcard covering exactly its first label (RFC 6125). */
export function hostCovers(pattern: string, host: string): boolean {
  return pattern === host || (pattern.startsWith('*.') && wildcardOf(host) === pattern);
}

/** The expectation for `host`: an exact entry, else a wildcard entry one label up. */
export function expectedFor(expected: Map<string, Expected>, host: string): Expected | undefined {
  const exact = expected.get(host);
  if (exact) return exact;
  const wildcard = wildcardOf(host);
  return wildcard ? expected.get(wildcard) : undefined;
}

/** Time after which no probe starts: every probe timing out, one wave after another, with room to spare. */
export function overallDeadlineMs(count: number, concurrency: number, timeoutMs: number): number {
  return Math.ceil(count / Math.max(1, concurrency)) * timeoutMs * 1.5 + timeoutMs + 30_000;
}

export async function runScan(inputs: Inputs, log: Logger): Promise<ScanResult> {
  const startedAt = Date.now();
  const certificates: CertificateReport[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];

  const expected = new Map<string, Expected>();
  let plannedFallback: string | null | undefined = inputs.fallback;
  if (inputs.sites.length) {
    const { checkCertificates } = await import('../certs/check.js');
    const checked = await checkCertificates(inputs);
    certificates.push(...checked.certificates);
    findings.push(...checked.findings);
    for (const site of checked.sites) {
      if (!site.leaf) continue;
      for (const h of site.spec.hosts) expected.set(h, { thumbprint: thumbprint(site.leaf), subject: shortName(site.leaf) });
    }
    if (plannedFallback === undefined) plannedFallback = inputs.sites[0]?.hosts[0];
  }
  // `expect` lines win over files for the same host.
  for (const [h, t] of inputs.expect) expected.set(h, { thumbprint: t, subject: expected.get(h)?.subject });

  const endpoints = selectShard(inputs.endpoints, inputs.shard);
  if (inputs.shard) notes.push(`Shard ${inputs.shard.index}/${inputs.shard.count}: ${endpoints.length} of ${inputs.endpoints.length} endpoints.`);
  if (!endpoints.length) {
    if (!inputs.endpoints.length) throw new InputError("Input 'endpoints' is empty: give one 'HOST[:PORT] [@ADDRESS]' a line for command scan");
    return { certificates, endpoints: [], findings, notes };
  }

  const judge = new ServedChainJudge(loadTrust(inputs), inputs.at, inputs.warnDays, inputs.failDays);
  const deadlineMs = overallDeadlineMs(endpoints.length, inputs.concurrency, inputs.timeoutMs);
  if (endpoints.length > inputs.concurrency)
    log.info(`Scanning ${endpoints.length} endpoints, ${inputs.concurrency} at a time, ${inputs.timeoutMs / 1000} s per connection.`);

  // Each result is reduced to report fields and findings at once: no certificate objects are kept.
  const reduced = await runPool(endpoints, {
    concurrency: inputs.concurrency,
    deadlineMs,
    onProgress: progressLogger('scan', (l) => log.info(l)),
    skipped: (e) => unprobed(e, 'The scan reached its overall deadline before probing this endpoint.'),
    run: async (e, _i, remainingMs) => {
      const where = hostPort(e.address ?? e.host, e.port);
      const r = await probeTls({ host: e.host, port: e.port, address: e.address, servername: e.host, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
      const report: EndpointReport = {
        host: e.host,
        port: e.port,
        address: e.address ?? r.remoteAddress ?? '',
        sni: e.host,
        protocol: r.protocol,
        chain: [],
        ms: r.ms,
      };
      const out: Finding[] = [];
      if (!r.ok || !r.chain.length) {
        report.error = r.error ?? 'No certificate was served.';
        out.push(unreachable(e.host, where, report.error));
        return { report, findings: out, target: r.remoteAddress };
      }
      const p = protocolFinding(e.host, where, r.protocol);
      if (p) out.push(p);
      // The served chain is judged in isolation: a certificate no rule expected is this endpoint's
      // finding, reported with what was served, and never stops the other endpoints.
      const judged = await isolated<{ j?: ServedJudgement; found: Finding[] }>(
        () => {
          const j = judge.describe(r.chain);
          const found: Finding[] = [];
          const want = expectedFor(expected, e.host);
          if (want) {
            const w = compareServed(e.host, where, { thumbprint: j.thumbprint, subject: j.shortName }, want);
            if (w) found.push(w);
          }
          found.push(...judge.judge(r.chain, e.host, where, j));
          return { j, found };
        },
        (reason) => ({ found: [unjudgeable(e.host, where, reason)] }),
      );
      if (judged.j) fill(report, judged.j);
      else report.thumbprint = thumbprint(r.chain[0]!);
      out.push(...judged.found);
      return { report, findings: out, target: e.address ?? r.remoteAddress };
    },
    failed: (e, _i, err) => unprobed(e, `The probe failed: ${failureReason(err)}.`),
  });

  const reports: EndpointReport[] = [];
  // Distinct addresses (pinned, or what DNS gave) → the hosts seen there, for the no-SNI probe.
  // `hosts` names a few for messages; `fallbackHere` says whether the planned fallback is among all of them.
  const targets = new Map<string, { address: string; port: number; hosts: string[]; served: boolean; fallbackHere: boolean }>();
  for (const [i, r] of reduced.entries()) {
    reports.push(r.report);
    findings.push(...r.findings);
    const address = endpoints[i]!.address ?? r.target;
    if (!address) continue;
    const key = `${address}|${endpoints[i]!.port}`;
    const t = targets.get(key) ?? { address, port: endpoints[i]!.port, hosts: [], served: false, fallbackHere: false };
    if (t.hosts.length < 5) t.hosts.push(endpoints[i]!.host);
    // A wildcard fallback (`*.example.com`) is here when a host it covers is.
    if (plannedFallback && hostCovers(plannedFallback, endpoints[i]!.host)) t.fallbackHere = true;
    if (!r.report.error) t.served = true;
    targets.set(key, t);
  }

  const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
  const noSni = await runPool([...targets.values()], {
    concurrency: inputs.concurrency,
    deadlineMs: overallDeadlineMs(targets.size, inputs.concurrency, inputs.timeoutMs),
    skipped: (t) => ({
      report: { host: t.address, port: t.port, address: t.address, sni: null, chain: [], error: 'Not probed: the overall deadline passed.' } as EndpointReport,
      findings: [] as Finding[],
    }),
    run: async (t, _i, remainingMs) => {
      const where = hostPort(t.address, t.port);
      const r = await probeTls({ host: t.address, port: t.port, address: t.address, servername: null, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
      const report: EndpointReport = { host: t.address, port: t.port, address: t.address, sni: null, protocol: r.protocol, chain: [], ms: r.ms };
      const out: Finding[] = [];
      const leaf = r.ok ? r.chain[0] : undefined;
      if (!leaf) {
        report.error = r.error ?? 'No certificate was served.';
        // An address that served no host with SNI either is already reported as unreachable.
        if (plannedFallback !== null && t.served) {
          out.push(
            finding(
              'tls-no-sni-fallback',
              `Clients without SNI (old Android, Windows XP, some bots and health probes) get no certificate from ${where} (serving ${t.hosts.join(', ')}): ${report.error}`,
              {
                host: t.address,
                fix: "Add a fallback certificate for clients without SNI (IIS: a '0.0.0.0:443' mapping, see the 'fallback' input), or set fallback: none if they are not supported on purpose.",
              },
            ),
          );
        }
      } else {
        let j: ServedJudgement;
        try {
          j = judge.describe(r.chain);
        } catch (err) {
          report.thumbprint = thumbprint(leaf);
          out.push(unjudgeable(t.address, where, failureReason(err)));
          return { report, findings: out };
        }
        fill(report, j);
        if (fallbackWant && plannedFallback && t.fallbackHere && fallbackWant.thumbprint !== j.thumbprint) {
          out.push(
            finding(
              'tls-no-sni-fallback',
              `Clients without SNI get '${j.shortName}' (${j.thumbprint}) from ${where}, not the planned fallback ${plannedFallback} (${fallbackWant.thumbprint}).`,
              {
                host: t.address,
                fix: `Map ${plannedFallback}'s certificate to 0.0.0.0:443 (the non-SNI fallback) and remove other IP-specific :443 mappings.`,
              },
            ),
          );
        }
      }
      return { report, findings: out };
    },
    failed: (t, _i, err) => ({
      report: { host: t.address, port: t.port, address: t.address, sni: null, chain: [], error: `The probe failed: ${failureReason(err)}.` } as EndpointReport,
      findings: [] as Finding[],
    }),
  });
  for (const r of noSni) {
    reports.push(r.report);
    findings.push(...r.findings);
  }

  const failed = reduced.filter((r) => r.report.error).length;
  notes.push(
    `Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`,
  );
  return { certificates, endpoints: reports, findings, notes };
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `host:port`, with brackets around an IPv6 address. */
export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Report fields shared by every endpoint serving the same chain (the same strings, not copies). */
function fill(report: EndpointReport, j: ServedJudgement): void {
  report.thumbprint = j.thumbprint;
  report.subject = j.subject;
  report.issuer = j.issuer;
  report.notAfter = j.notAfter;
  report.daysLeft = j.daysLeft;
  report.chain = j.chain;
}

function unreachable(host: string, where: string, reason: string): Finding {
  return finding('tls-unreachable', `${host} (${where}): ${reason}`, {
    host,
    fix: 'Check DNS, that the server listens on this port, firewalls/NSGs in between, and that the server has a certificate bound for this host name (SNI).',
  });
}

function unjudgeable(host: string, where: string, reason: string): Finding {
  return finding('cert-unreadable', `${host} (${where}) serves a certificate that cannot be judged: ${reason}.`, {
    host,
    fix: 'Inspect the served certificate with `openssl s_client -connect HOST:PORT -servername HOST | openssl x509 -text -noout` and reissue it; the other endpoints were judged as usual.',
  });
}

function unprobed(e: EndpointSpec, reason: string): { report: EndpointReport; findings: Finding[]; target?: string } {
  return {
    report: { host: e.host, port: e.port, address: e.address ?? '', sni: e.host, chain: [], error: reason },
    findings: [unreachable(e.host, hostPort(e.address ?? e.host, e.port), reason)],
  };
}
