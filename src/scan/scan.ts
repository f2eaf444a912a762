// `scan`: probes live endpoints over TLS with SNI (optionally pinned to an address) and has the
// endpoint judge (tls/judge.ts, shared with `verify`) compare what is served with what is expected
// and apply the certificate rules to the served chain; then probes each distinct address and port
// once without SNI and once per configuration check (tls/config.ts: legacy protocols, weak key
// exchange, weak ciphers). One bad host never fails the others.
import { InputError, type CertificateReport, type EndpointReport, type EndpointSpec, type Finding, type Inputs, type Logger } from '../types.js';
import { loadTrust, notAfter, shortName, thumbprint } from '../certs/chain.js';
import { failureReason } from '../certs/isolate.js';
import { capital, inputRef } from '../door.js';
import { isIpAddress } from '../hosts.js';
import { configFacts, configPlan, explainFailure, MODERN_FIX, runCheck, type ConfigCheck, type ConfigFact } from '../tls/config.js';
import { servingText } from '../tls/serving.js';
import { readOversizedMessage } from '../tls/handshake.js';
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
  // revocation (opt-in): loaded only by the runs that ask for it
  const revocation = inputs.revocation
    ? await (await import('./revocation.js')).revocationRun({ timeoutMs: inputs.timeoutMs, at: inputs.at, trust: loadTrust(inputs) })
    : undefined;
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
      // An IP address as the host is probed without SNI (RFC 6066 allows host names only) and judged
      // against the certificate's IP addresses.
      const sni = sniFor(e.host);
      const r = await probeTls({
        host: e.host,
        port: e.port,
        address: e.address,
        servername: sni,
        timeoutMs: Math.min(inputs.timeoutMs, remainingMs),
        ...(revocation ? { requestOCSP: true } : {}),
      });
      // A handshake message OpenSSL refused as too large: a chain of real certificates, or a broken server.
      if (isChainTooLarge(r) && r.remoteAddress) {
        const timeoutMs = Math.max(1, Math.min(inputs.timeoutMs, remainingMs - r.ms));
        r.oversize = await readOversizedMessage({ address: r.remoteAddress, port: e.port, servername: sni, timeoutMs });
      }
      // The served chain's signatures are checked in slices that yield (within its budget), so a
      // hostile chain never stalls the other endpoints' handshakes; judging it then costs little.
      if (r.ok) await judge.prepare(r.chain);
      const judged = judge.endpoint({ host: e.host, port: e.port, address: e.address ?? r.remoteAddress ?? '', sni }, r, {
        host: e.host,
        sni: e.host,
        where: hostPort(e.address ?? e.host, e.port),
        port: e.port,
        expected: expectedFor(expected, e.host),
      });
      if (revocation && r.ok) {
        const found = await revocation.judge({
          host: e.host,
          where: hostPort(e.address ?? e.host, e.port),
          chain: r.chain,
          ...(r.stapled ? { stapled: r.stapled } : {}),
        });
        if (found.length) judged.findings = [...judged.findings, ...found];
      }
      return { ...judged, target: e.address ?? r.remoteAddress, config: configKey(r) };
    },
    failed: (e, _i, err) => unprobed(judge, e, `The probe failed: ${failureReason(err)}.`),
  });

  // Distinct addresses (pinned, or what DNS gave) and ports → the hosts seen there, for the probe
  // without SNI; and within each, the configurations: hosts served the same certificate with the
  // same protocol and suite, or whose handshakes failed the same way, are probed once, with the
  // first of their names in sorted order as SNI, so that no verdict depends on endpoint order.
  const targets = new Map<string, Target>();
  const groups = new Map<string, Group>();
  for (const [i, r] of reduced.entries()) {
    const e = endpoints[i]!;
    const address = e.address ?? r.target;
    if (!address) continue;
    const key = `${address}|${e.port}`;
    let t = targets.get(key);
    if (!t) targets.set(key, (t = { address, port: e.port, hosts: [], fallbackHere: false, served: false }));
    t.hosts.push(e.host);
    // A wildcard fallback (`*.example.com`) is here when a host it covers is.
    if (plannedFallback && hostCovers(plannedFallback, e.host)) t.fallbackHere = true;
    if (!r.report.error) t.served = true;
    if (r.config === undefined) continue;
    const gkey = `${key}|${r.config}`;
    let g = groups.get(gkey);
    if (!g) groups.set(gkey, (g = { key: gkey, target: t, hosts: [], failed: Boolean(r.report.error), endpoints: [] }));
    g.hosts.push(e.host);
    g.endpoints.push(i);
  }
  for (const t of targets.values()) t.hosts.sort();
  const sortedGroups = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const g of sortedGroups) g.hosts.sort();

  // One pool of single handshakes: per address and port, one without SNI, and per configuration
  // one per configuration check, all under the same concurrency and timeout.
  const config = configPlan();
  const fallbackWant = plannedFallback ? expectedFor(expected, plannedFallback) : undefined;
  const jobs: ({ t: Target } | { g: Group; check: ConfigCheck })[] = [];
  for (const t of [...targets.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : a.port - b.port))) jobs.push({ t });
  for (const g of sortedGroups) for (const check of config.checks) jobs.push({ g, check });
  const configStarted = Date.now();
  const results = await runPool(jobs, {
    concurrency: inputs.concurrency,
    deadlineMs: overallDeadlineMs(jobs.length, inputs.concurrency, inputs.timeoutMs),
    skipped: (j): ProbeResult => ({
      ok: false,
      chain: [],
      ms: 0,
      error: `Not probed: the overall deadline passed${'check' in j ? ` (${j.check.what})` : ''}.`,
    }),
    failed: (_j, _i, err): ProbeResult => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${failureReason(err)}.` }),
    run: (j, _i, remainingMs) => {
      const timeoutMs = Math.min(inputs.timeoutMs, remainingMs);
      if ('check' in j) return runCheck(j.check, { address: j.g.target.address, port: j.g.target.port, servername: sniFor(j.g.hosts[0]!) ?? '' }, timeoutMs);
      return probeTls({ host: j.t.address, port: j.t.port, address: j.t.address, servername: null, timeoutMs });
    },
  });
  const configMs = Date.now() - configStarted;

  const byGroup = new Map<Group, { checks: ConfigCheck[]; results: ProbeResult[] }>();
  const noSni: { t: Target; r: ProbeResult }[] = [];
  jobs.forEach((j, i) => {
    const r = results[i]!;
    if ('t' in j) return void noSni.push({ t: j.t, r });
    const c = byGroup.get(j.g) ?? { checks: [], results: [] };
    c.checks.push(j.check);
    c.results.push(r);
    byGroup.set(j.g, c);
  });

  // A host whose handshake failed, at a server that accepts only what current clients refuse:
  // its tls-unreachable says why (the findings below name what the server offers).
  for (const [g, c] of byGroup) {
    if (!g.failed) continue;
    const why = explainFailure(c.checks, c.results);
    if (!why) continue;
    for (const i of g.endpoints) {
      const r = reduced[i]!;
      if (r.report.error) r.report.error = `${r.report.error} ${why}`;
      r.findings = r.findings.map((f) => (f.rule === 'tls-unreachable' ? { ...f, message: `${f.message} ${why}`, fix: MODERN_FIX } : f));
    }
  }

  const reports: EndpointReport[] = [];
  for (const r of reduced) {
    reports.push(r.report);
    findings.push(...r.findings);
  }
  for (const { t, r } of noSni) {
    const where = hostPort(t.address, t.port);
    const fallback: FallbackPlan =
      plannedFallback === null ? null : plannedFallback && t.fallbackHere ? { host: plannedFallback, thumbprint: fallbackWant?.thumbprint } : undefined;
    const judged = judge.noSni(t, r, { address: t.address, where, hosts: t.hosts, served: t.served, fallback });
    reports.push(judged.report);
    findings.push(...judged.findings);
    if (judged.note) notes.push(judged.note);
  }
  // The same judgement for several configurations at one address and port is one finding naming all their hosts.
  const merged = new Map<string, { fact: ConfigFact; t: Target; hosts: string[] }>();
  for (const g of sortedGroups) {
    const c = byGroup.get(g);
    if (!c) continue;
    for (const fact of configFacts(g.target.address, c.checks, c.results)) {
      const key = `${g.target.address}|${g.target.port}|${fact.key}`;
      const m = merged.get(key) ?? { fact, t: g.target, hosts: [] };
      m.hosts.push(...g.hosts);
      merged.set(key, m);
    }
  }
  for (const m of merged.values()) findings.push(m.fact.finding(servingText(hostPort(m.t.address, m.t.port), m.hosts)));

  const failed = reduced.filter((r) => r.report.error).length;
  notes.push(
    `Probed ${endpoints.length} endpoint${endpoints.length === 1 ? '' : 's'} and ${targets.size} address${targets.size === 1 ? '' : 'es'} without SNI in ${elapsed(Date.now() - startedAt)}; ${failed} unreachable.`,
  );
  if (sortedGroups.length) {
    const n = sortedGroups.length;
    const failedGroups = sortedGroups.filter((g) => g.failed).length;
    const addresses = new Set(sortedGroups.map((g) => g.target)).size;
    notes.push(
      `Configuration probes (protocols, key exchange, ciphers): ${config.checks.length} handshake${config.checks.length === 1 ? '' : 's'} for each of ${n} configuration${n === 1 ? '' : 's'} at ${addresses} address${addresses === 1 ? '' : 'es'} and port${addresses === 1 ? '' : 's'}, ${elapsed(configMs)} together with the probes without SNI. Hosts were grouped by address, port, served certificate and the protocol and suite a current client negotiated (or, when the handshake failed, its error), and each group probed once with the first of its names as SNI${failedGroups ? ` (${failedGroups} of the ${n} for hosts whose handshake failed, to say what the server offers)` : ''}; hosts that share a certificate and suite but differ in other settings are judged as one.`,
    );
    notes.push(`Time per configuration check (median of ${n}): ${checkTimes(config.checks, byGroup)}.`);
    if (config.cannot) notes.push(config.cannot);
  }
  const revocationNote = revocation?.note();
  if (revocationNote) notes.push(revocationNote);
  return { certificates, endpoints: reports, findings, notes };
}

/**
 * What a current client's handshake says about the configuration a host gets, for grouping:
 * the served certificate with the protocol and suite, or the error of a handshake that failed
 * after the connection was made. Undefined for what configuration probes cannot reach (no
 * connection, a timeout): they would only wait as long again.
 */
function configKey(r: ProbeResult): string | undefined {
  if (r.ok && r.chain[0]) return `served ${r.chain[0].fingerprint256} ${r.protocol ?? ''} ${r.cipher?.standardName ?? r.cipher?.name ?? ''}`;
  if (!r.remoteAddress || r.timedOut) return undefined;
  return `failed ${r.code ?? ''} ${r.error ?? ''}`;
}

/** Each check's median time over the configurations probed, e.g. 'TLS 1.0 3 ms, DHE 2 ms'. */
function checkTimes(checks: ConfigCheck[], byGroup: Map<Group, { checks: ConfigCheck[]; results: ProbeResult[] }>): string {
  return checks
    .map((check) => {
      const ms = [...byGroup.values()].map((c) => c.results[c.checks.indexOf(check)]?.ms ?? 0).sort((x, y) => x - y);
      return `${check.label} ${ms[Math.floor((ms.length - 1) / 2)] ?? 0} ms`;
    })
    .join(', ');
}

interface Group {
  key: string;
  target: Target;
  /** every host of this configuration, sorted; the first is the SNI of its probes */
  hosts: string[];
  /** the hosts' own handshakes failed */
  failed: boolean;
  /** indices of the endpoints in this group */
  endpoints: number[];
}

interface Target {
  address: string;
  port: number;
  /** every host seen here (sorted once all are in) */
  hosts: string[];
  /** some host got a certificate here */
  served: boolean;
  fallbackHere: boolean;
}

function elapsed(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `host:port`, with brackets around an IPv6 address. */
/** The SNI a probe of `host` sends: the host name, or none for an IP address (RFC 6066). */
function sniFor(host: string): string | null {
  return isIpAddress(host) ? null : host;
}

export function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function unprobed(judge: EndpointJudge, e: EndpointSpec, reason: string): { report: EndpointReport; findings: Finding[]; target?: string; config?: string } {
  const r: ProbeResult = { ok: false, chain: [], ms: 0, error: reason };
  return judge.endpoint({ host: e.host, port: e.port, address: e.address ?? '', sni: sniFor(e.host) }, r, {
    host: e.host,
    sni: e.host,
    where: hostPort(e.address ?? e.host, e.port),
    port: e.port,
  });
}
