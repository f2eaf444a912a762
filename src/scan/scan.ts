// `scan`: probes live endpoints over TLS with SNI (optionally pinned to an address) and has the
// endpoint judge (tls/judge.ts, shared with `verify`) compare what is served with what is expected
// and apply the certificate rules to the served chain; then probes each distinct address and port
// once without SNI and once per configuration check (tls/config.ts: legacy protocols, weak key
// exchange, weak ciphers). One bad host never fails the others.
import { InputError, type CertificateReport, type EndpointReport, type EndpointSpec, type Finding, type Inputs, type Logger } from '../types.js';
import { loadTrust, notAfter, shortName, thumbprint } from '../certs/chain.js';
import { failureReason } from '../certs/isolate.js';
import { capital, inputRef } from '../door.js';
import { configPlan, judgeConfig, runCheck, type ConfigCheck } from '../tls/config.js';
import { certificateMessageSize } from '../tls/hello.js';
import { EndpointJudge, isChainTooLarge, type Expected, type FallbackPlan } from '../tls/judge.js';
import { probeTls, type ProbeResult } from '../tls/probe.js';
import { progressLogger, runPool } from '../tls/pool.js';

export type { Expected } from '../tls/judge.js';

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
      const leafHosts = site.spec.hosts;
      const until = notAfter(site.leaf);
      for (const h of leafHosts)
        expected.set(h, {
          thumbprint: thumbprint(site.leaf),
          subject: shortName(site.leaf),
          source: 'file',
          hosts: leafHosts,
          file: site.spec.path,
          ...(until ? { notAfter: until } : {}),
        });
    }
    if (plannedFallback === undefined) plannedFallback = inputs.sites[0]?.hosts[0];
  }
  // `expect` lines win over files for the same host.
  for (const [h, t] of inputs.expect) expected.set(h, { thumbprint: t, subject: expected.get(h)?.subject, source: 'pinned' });

  const endpoints = selectShard(inputs.endpoints, inputs.shard);
  if (inputs.shard) notes.push(`Shard ${inputs.shard.index}/${inputs.shard.count}: ${endpoints.length} of ${inputs.endpoints.length} endpoints.`);
  if (!endpoints.length) {
    if (!inputs.endpoints.length)
      throw new InputError(`${capital(inputRef(inputs.door, 'endpoints'))} is empty: give one 'HOST[:PORT] [@ADDRESS]' a line for command scan`);
    return { certificates, endpoints: [], findings, notes };
  }

  const judge = new EndpointJudge({ trust: loadTrust(inputs), at: inputs.at, warnDays: inputs.warnDays, failDays: inputs.failDays, door: inputs.door });
  const deadlineMs = overallDeadlineMs(endpoints.length, inputs.concurrency, inputs.timeoutMs);
  if (endpoints.length > inputs.concurrency)
    log.info(`Scanning ${endpoints.length} endpoints, ${inputs.concurrency} at a time, ${inputs.timeoutMs / 1000} s per connection.`);

  // Each result is reduced to report fields and findings at once: no certificate objects are kept.
  const reduced = await runPool(endpoints, {
    concurrency: inputs.concurrency,
    deadlineMs,
    onProgress: progressLogger('scan', (l) => log.info(l)),
    skipped: (e) => unprobed(judge, e, 'The scan reached its overall deadline before probing this endpoint.'),
    run: async (e, _i, remainingMs) => {
      const r = await probeTls({ host: e.host, port: e.port, address: e.address, servername: e.host, timeoutMs: Math.min(inputs.timeoutMs, remainingMs) });
      // A chain OpenSSL refused as too large: its size, read from the TLS 1.2 message header.
      if (isChainTooLarge(r) && r.remoteAddress) {
        const timeoutMs = Math.max(1, Math.min(inputs.timeoutMs, remainingMs - r.ms));
        r.certificateBytes = await certificateMessageSize({ address: r.remoteAddress, port: e.port, servername: e.host, timeoutMs });
      }
      // The served chain's signatures are checked in slices that yield (within its budget), so a
      // hostile chain never stalls the other endpoints' handshakes; judging it then costs little.
      if (r.ok) await judge.prepare(r.chain);
      const judged = judge.endpoint({ host: e.host, port: e.port, address: e.address ?? r.remoteAddress ?? '', sni: e.host }, r, {
        host: e.host,
        sni: e.host,
        where: hostPort(e.address ?? e.host, e.port),
        port: e.port,
        expected: expectedFor(expected, e.host),
      });
      return { ...judged, target: e.address ?? r.remoteAddress };
    },
    failed: (e, _i, err) => unprobed(judge, e, `The probe failed: ${failureReason(err)}.`),
  });

  const reports: EndpointReport[] = [];
  // Distinct addresses (pinned, or what DNS gave) → the hosts seen there, for the no-SNI probe and
  // the configuration probes. `hosts` names a few for messages; `sni` is a host that got a
  // certificate there (the configuration probes send it, so that SNI-only servers answer them);
  // `fallbackHere` says whether the planned fallback is among all of them.
  const targets = new Map<string, Target>();
  for (const [i, r] of reduced.entries()) {
    reports.push(r.report);
    findings.push(...r.findings);
    const address = endpoints[i]!.address ?? r.target;
    if (!address) continue;
    const key = `${address}|${endpoints[i]!.port}`;
    const t = targets.get(key) ?? { address, port: endpoints[i]!.port, hosts: [], fallbackHere: false };
    t.hosts.push(endpoints[i]!.host);
    // A wildcard fallback (`*.example.com`) is here when a host it covers is.
    if (plannedFallback && hostCovers(plannedFallback, endpoints[i]!.host)) t.fallbackHere = true;
    if (!r.report.error) t.sni ??= endpoints[i]!.host;
    targets.set(key, t);
  }

  // One pool of single handshakes: per address and port, one without SNI and one per configuration
  // check (only where some host was served), all under the same concurrency and timeout.
  const config = configPlan();
  const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
  const jobs: { t: Target; check?: ConfigCheck }[] = [];
  for (const t of targets.values()) {
    jobs.push({ t });
    if (t.sni) for (const check of config.checks) jobs.push({ t, check });
  }
  const configStarted = Date.now();
  const results = await runPool(jobs, {
    concurrency: inputs.concurrency,
    deadlineMs: overallDeadlineMs(jobs.length, inputs.concurrency, inputs.timeoutMs),
    skipped: (j): ProbeResult => ({ ok: false, chain: [], ms: 0, error: `Not probed: the overall deadline passed${j.check ? ` (${j.check.what})` : ''}.` }),
    failed: (_j, _i, err): ProbeResult => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${failureReason(err)}.` }),
    run: (j, _i, remainingMs) => {
      const timeoutMs = Math.min(inputs.timeoutMs, remainingMs);
      if (j.check) return runCheck(j.check, { address: j.t.address, port: j.t.port, servername: j.t.sni! }, timeoutMs);
      return probeTls({ host: j.t.address, port: j.t.port, address: j.t.address, servername: null, timeoutMs });
    },
  });
  const configMs = Date.now() - configStarted;

  const byTarget = new Map<Target, { checks: ConfigCheck[]; results: ProbeResult[] }>();
  jobs.forEach((j, i) => {
    const r = results[i]!;
    const where = hostPort(j.t.address, j.t.port);
    if (j.check) {
      const c = byTarget.get(j.t) ?? { checks: [], results: [] };
      c.checks.push(j.check);
      c.results.push(r);
      byTarget.set(j.t, c);
      return;
    }
    const fallback: FallbackPlan =
      plannedFallback === null ? null : plannedFallback && j.t.fallbackHere ? { host: plannedFallback, thumbprint: fallbackWant?.thumbprint } : undefined;
    const judged = judge.noSni(j.t, r, { address: j.t.address, where, hosts: j.t.hosts, served: j.t.sni !== undefined, fallback });
    reports.push(judged.report);
    findings.push(...judged.findings);
    if (judged.note) notes.push(judged.note);
  });
  for (const [t, c] of byTarget) findings.push(...judgeConfig({ address: t.address, where: hostPort(t.address, t.port), hosts: t.hosts }, c.checks, c.results));

  const failed = reduced.filter((r) => r.report.error).length;
  const configured = byTarget.size;
  notes.push(
    `Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`,
  );
  if (configured) {
    notes.push(
      `Configuration probes (protocols, key exchange, ciphers): ${config.checks.length} handshake${config.checks.length === 1 ? '' : 's'} at each of ${configured} address${configured === 1 ? '' : 'es'} and port${configured === 1 ? '' : 's'}, ${elapsed(configMs)} together with the probes without SNI.`,
    );
    if (config.cannot) notes.push(config.cannot);
  }
  return { certificates, endpoints: reports, findings, notes };
}

interface Target {
  address: string;
  port: number;
  hosts: string[];
  /** a host that got a certificate here */
  sni?: string;
  fallbackHere: boolean;
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `host:port`, with brackets around an IPv6 address. */
export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function unprobed(judge: EndpointJudge, e: EndpointSpec, reason: string): { report: EndpointReport; findings: Finding[]; target?: string } {
  const r: ProbeResult = { ok: false, chain: [], ms: 0, error: reason };
  return judge.endpoint({ host: e.host, port: e.port, address: e.address ?? '', sni: e.host }, r, {
    host: e.host,
    sni: e.host,
    where: hostPort(e.address ?? e.host, e.port),
    port: e.port,
  });
}
