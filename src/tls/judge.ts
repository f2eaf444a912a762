// The endpoint judge: one description and one set of judgements of what a server serves, used by
// `scan` (live endpoints) and `verify` (the server it brings up) alike. A served certificate is
// described the same way everywhere (the subject as a distinguished name, the chain above the
// leaf as sent), and `tls-unreachable`, `tls-chain-too-large`, `tls-wrong-certificate`,
// `tls-protocol`, `tls-chain-incomplete` and `tls-no-sni-fallback` are decided here only.
// Judgements of a chain are cached per distinct served chain: a scan of thousands of names under
// one wildcard certificate judges that chain once.
import type { X509Certificate } from 'node:crypto';
import { Budget } from '../certs/budget.js';
import {
  assessChain,
  chainElements,
  checkSignaturesInSlices,
  daysLeft,
  dnsNames,
  formatName,
  hostCoverage,
  notAfter,
  sanNames,
  shortName,
  subjectName,
  thumbprint,
  type TrustStore,
} from '../certs/chain.js';
import { serialNumber, subjectAltNames } from '../certs/x509.js';
import { failureReason } from '../certs/isolate.js';
import type { Threshold } from '../certs/thresholds.js';
import { inputRef, inputSetting, type Door } from '../door.js';
import { someHosts } from '../hosts.js';
import { finding } from '../rules.js';
import type { ChainElement, EndpointReport, Finding } from '../types.js';
import type { Oversize } from './handshake.js';
import { compareServed, protocolFinding, type ProbeResult } from './probe.js';

/** A served chain, described and judged once, shared by every endpoint that serves it. */
export interface ServedDescription {
  /** findings about the chain, without `host` (the caller's host is added per endpoint) */
  findings: Finding[];
  /** the certificates the server sent after the leaf, in wire order (as a certificate report's chain) */
  chain: ChainElement[];
  thumbprint: string;
  /** the leaf's subject as a distinguished name, most specific part first (as a certificate report's) */
  subject: string;
  /** the leaf's CN (or subject), for messages */
  shortName: string;
  issuer: string;
  notAfter: string;
  daysLeft: number;
  /** the leaf's subjectAltName entries and serial */
  sans: string[];
  serial: string;
}

export interface JudgeOptions {
  trust: TrustStore;
  at: Date;
  warnDays: Threshold;
  failDays: Threshold;
  /**
   * Apply every certificate rule to the served chain (default). `verify` serves the very files
   * `check` has judged, so it keeps only what serving adds: `tls-chain-incomplete`.
   */
  certificateRules?: boolean;
  /** the door the run came through: fixes name `fallback` and `trust` the way it sets them (default: the action) */
  door?: Door;
}

/** The certificate a host should get. */
export interface Expected {
  thumbprint: string;
  subject?: string;
  /**
   * Where the expectation comes from: a certificate file of `sites` (a later certificate for the
   * same hosts may be its renewal) or a thumbprint pinned by `expect` (strict: nothing else passes).
   */
  source?: 'file' | 'pinned';
  /** the file's leaf: its notAfter and the hosts it covers, to tell a renewal from a wrong certificate */
  notAfter?: Date;
  hosts?: string[];
  /** the certificate file of `sites` */
  file?: string;
}

export interface HostProbe {
  /** the host the findings are about */
  host: string;
  /** the name sent as SNI (a wildcard host is probed under a name it covers) */
  sni: string;
  /** address:port probed */
  where: string;
  port: number;
  expected?: Expected;
  /** the certificate file the host's certificate comes from, for findings */
  file?: string;
}

/** What clients without SNI should get at an address: a planned certificate, none on purpose (null), or no plan (undefined). */
export type FallbackPlan = { host: string; thumbprint?: string } | null | undefined;

export interface NoSniProbe {
  address: string;
  where: string;
  /** the hosts seen at this address, for messages */
  hosts: string[];
  /** whether any host got a certificate here (else the address is already reported unreachable) */
  served: boolean;
  fallback: FallbackPlan;
}

/** OpenSSL's refusal of a handshake message over its limit (a chain of many or huge certificates). */
export function isChainTooLarge(r: Pick<ProbeResult, 'ok' | 'code'>): boolean {
  return !r.ok && r.code === 'ERR_SSL_EXCESSIVE_MESSAGE_SIZE';
}

export class EndpointJudge {
  private readonly cache = new Map<string, ServedDescription>();
  private readonly certificateRules: boolean;

  constructor(private readonly opts: JudgeOptions) {
    this.certificateRules = opts.certificateRules ?? true;
  }

  /** Budgets of served chains whose signatures are being (or were) checked in slices, until judged. */
  private readonly preparing = new Map<string, { budget: Budget; done: Promise<void> }>();

  /**
   * Checks the signatures of a served chain in slices that yield to the event loop (within the
   * chain's budget), so that judging it next costs little and never stalls the other endpoints'
   * probes; `scan` awaits this before `endpoint`. A chain already judged or being prepared is not
   * checked again.
   */
  async prepare(served: X509Certificate[]): Promise<void> {
    if (!served.length) return;
    const key = chainKey(served);
    if (this.cache.has(key)) return;
    let p = this.preparing.get(key);
    if (!p) {
      const budget = new Budget();
      p = { budget, done: checkSignaturesInSlices(served, this.opts.trust, budget) };
      this.preparing.set(key, p);
    }
    await p.done;
  }

  /** The cached description and chain judgement of a served chain (leaf first). */
  describe(served: X509Certificate[]): ServedDescription {
    const key = chainKey(served);
    let d = this.cache.get(key);
    if (!d) {
      const budget = this.preparing.get(key)?.budget;
      this.preparing.delete(key);
      d = this.describeChain(served, budget);
      if (this.cache.size > 1000) this.cache.clear();
      this.cache.set(key, d);
    }
    return d;
  }

  /** The report row of one probe: the same fields, formatted the same way, for every command. */
  report(target: { host: string; port: number; address: string; sni: string | null }, r: ProbeResult): EndpointReport {
    const report: EndpointReport = { host: target.host, port: target.port, address: target.address, sni: target.sni, chain: [], ms: r.ms };
    if (r.protocol) report.protocol = r.protocol;
    const leaf = r.ok ? r.chain[0] : undefined;
    if (!leaf) {
      report.error = r.error ?? 'No certificate was served.';
      return report;
    }
    const d = this.describe(r.chain);
    // the same strings for every endpoint serving this chain, not copies
    report.thumbprint = d.thumbprint;
    report.subject = d.subject;
    report.issuer = d.issuer;
    report.notAfter = d.notAfter;
    report.daysLeft = d.daysLeft;
    report.sans = d.sans;
    report.serial = d.serial;
    report.certificatesSent = r.chain.length;
    report.chain = d.chain;
    return report;
  }

  /**
   * One probe with SNI, judged at its own boundary: its report row and findings. A served
   * certificate no rule expected (an empty subject, a key Node cannot load, a date that does not
   * parse) is this endpoint's `cert-unreadable` finding, reported with what was served, and never
   * stops the other endpoints.
   */
  endpoint(
    target: { host: string; port: number; address: string; sni: string | null },
    r: ProbeResult,
    p: HostProbe,
  ): { report: EndpointReport; findings: Finding[] } {
    try {
      return { report: this.report(target, r), findings: this.judgeHost(r, p) };
    } catch (err) {
      return { report: unjudgedReport(target, r), findings: [unjudgeable(p.host, p.where, failureReason(err))] };
    }
  }

  /** The probe without SNI at an address, judged at its own boundary (see `endpoint`). */
  noSni(target: { port: number; address: string }, r: ProbeResult, p: NoSniProbe): { report: EndpointReport; findings: Finding[]; note?: string } {
    const row = { host: target.address, port: target.port, address: target.address, sni: null };
    try {
      const report = this.report(row, r);
      const judged = this.judgeNoSni(r, p);
      if (judged.note && p.fallback) report.fallback = p.fallback.host;
      return { report, ...judged };
    } catch (err) {
      return { report: unjudgedReport(row, r), findings: [unjudgeable(target.address, p.where, failureReason(err))] };
    }
  }

  /** Findings of one probe with SNI: reachability, the right leaf, protocol, the chain as served, host coverage. */
  judgeHost(r: ProbeResult, p: HostProbe): Finding[] {
    const at = `${p.host} (${p.where}${p.sni !== p.host ? `, SNI ${p.sni}` : ''})`;
    const leaf = r.ok ? r.chain[0] : undefined;
    if (!leaf) {
      if (isChainTooLarge(r)) {
        // A large chain only when the message is a Certificate message of real certificates (or,
        // in `verify`, which serves files `check` read as certificates, when it was not read).
        const o = r.oversize;
        if (!o || o.kind === 'chain') return [chainTooLarge(p.host, at, p.where, o)];
        return [brokenMessage(p.host, at, o)];
      }
      const reason = r.error ?? 'No certificate was served.';
      const bind = p.expected ? `Bind ${p.host} to its certificate (${p.expected.thumbprint}) with an SNI binding on port ${p.port}; check` : 'Check';
      return [
        finding('tls-unreachable', `${at}: ${reason}`, {
          host: p.host,
          fix: `${bind} DNS, that the server listens on this port, firewalls/NSGs in between, and that the server has a certificate bound for this host name (SNI).`,
        }),
      ];
    }
    const d = this.describe(r.chain);
    const out: Finding[] = [];
    const wrong = p.expected && compareServed(p.host, p.where, { thumbprint: d.thumbprint, subject: d.shortName }, p.expected);
    if (wrong) out.push(renewalOrWrong(wrong, leaf, d, p));
    const protocol = protocolFinding(p.host, p.where, r.protocol);
    if (protocol) out.push(protocol);
    for (const f of d.findings) {
      if (!this.certificateRules && f.rule !== 'tls-chain-incomplete') continue;
      out.push({ ...f, host: p.host, message: `${at}: ${f.message}`, ...(p.file ? { file: p.file } : {}) });
    }
    if (this.certificateRules) {
      const coverage = coverageFinding(leaf, p.host, at, d.findings);
      if (coverage) out.push(coverage);
    }
    return out;
  }

  /** What clients without SNI get at an address, judged against the plan; a note when it is as planned. */
  judgeNoSni(r: ProbeResult, p: NoSniProbe): { findings: Finding[]; note?: string } {
    const leaf = r.ok ? r.chain[0] : undefined;
    // An address where no host got a certificate is already reported, host by host.
    if (!p.served) return { findings: [] };
    const fb = p.fallback;
    const door = this.opts.door ?? 'action';
    const none = inputSetting(door, 'fallback', 'none');
    const fix =
      fb === null
        ? `Remove the 0.0.0.0:443 certificate mapping if clients without SNI are to be refused, or name a fallback (${inputRef(door, 'fallback')}).`
        : `Keep one 0.0.0.0:443 certificate mapping for clients without SNI${fb ? ` with ${fb.host}'s certificate` : ''} (IIS: ${inputRef(door, 'fallback')}) and no other IP-specific :${p.where.split(':').pop()} mapping, or set ${none} to refuse them on purpose.`;
    const add = (severity: Finding['severity'], message: string) => ({
      findings: [finding('tls-no-sni-fallback', message, { host: p.address, severity, fix })],
    });
    const planned = fb ? ` the planned fallback ${fb.host}${fb.thumbprint ? ` (${fb.thumbprint})` : ''}` : '';
    if (!leaf) {
      const reason = r.error ?? 'no certificate';
      if (fb === null) return add('notice', `Clients without SNI are refused at ${p.where} (${reason}), as planned with ${none}.`);
      return add(
        'warning',
        `Clients without SNI (old Android, Windows XP, some bots and health probes) get no certificate from ${p.where} (serving ${someHosts(p.hosts)}): ${reason}${fb ? `; expected${planned}.` : ''}`,
      );
    }
    const d = this.describe(r.chain);
    const got = `'${d.shortName}' (${d.thumbprint})`;
    if (fb === null) return add('notice', `Clients without SNI get ${got} from ${p.where} although the plan has no fallback (${none}).`);
    if (!fb?.thumbprint) return { findings: [] };
    if (fb.thumbprint !== d.thumbprint) return add('warning', `Clients without SNI get ${got} from ${p.where}, not${planned}.`);
    return { findings: [], note: `Clients without SNI get ${fb.host}'s certificate (${fb.thumbprint}) from ${p.where}, as planned.` };
  }

  private describeChain(served: X509Certificate[], budget?: Budget): ServedDescription {
    const leaf = served[0]!;
    const a = assessChain({
      ...(budget ? { budget } : {}),
      leaf,
      presented: served.slice(1),
      hosts: [],
      at: this.opts.at,
      warnDays: this.opts.warnDays,
      failDays: this.opts.failDays,
      trust: this.opts.trust,
      served: true,
      door: this.opts.door ?? 'action',
    });
    const above = served.slice(1);
    return {
      findings: a.findings,
      chain: chainElements(
        above,
        above.map(() => 'served' as const),
      ),
      thumbprint: thumbprint(leaf),
      subject: subjectName(leaf),
      shortName: shortName(leaf),
      issuer: formatName(leaf.issuer),
      notAfter: notAfter(leaf)?.toISOString() ?? 'unknown',
      daysLeft: daysLeft(leaf, this.opts.at),
      sans: subjectAltNames(leaf),
      serial: serialNumber(leaf),
    };
  }
}

function chainKey(served: X509Certificate[]): string {
  return served.map((c) => c.fingerprint256).join('|');
}

function coverageFinding(leaf: X509Certificate, host: string, at: string, chainFindings: Finding[]): Finding | null {
  const how = hostCoverage(leaf, host);
  if (how === 'san') return null;
  // A leaf without any subjectAltName is the chain's cert-no-san (the same certificate rules as
  // for files), whichever host it is served for.
  if (!dnsNames(leaf).length && chainFindings.some((f) => f.rule === 'cert-no-san')) return null;
  const label = `'${shortName(leaf)}' (${thumbprint(leaf)})`;
  if (how === 'cn') {
    return finding(
      'cert-host-mismatch',
      `${at}: the served ${label} covers ${host} only through its subject CN; it has no subjectAltName, and current browsers ignore the CN.`,
      { host, severity: 'warning', fix: `Reissue the certificate with a subjectAltName DNS entry for ${host}.` },
    );
  }
  const names = sanNames(leaf);
  return finding(
    'cert-host-mismatch',
    `${at}: the served ${label} does not cover ${host} (it covers ${names.length ? names.join(', ') : `only the CN '${shortName(leaf)}'`}).`,
    { host, fix: `Serve a certificate whose subjectAltName lists ${host} (or a wildcard covering it), bound to ${host} with SNI.` },
  );
}

function chainTooLarge(host: string, at: string, where: string, o?: { bytes: number; certificates: number }): Finding {
  const size = o
    ? `a ${Math.round(o.bytes / 1024)} KB certificate message (${o.certificates} certificate${o.certificates === 1 ? '' : 's'})`
    : 'a certificate message';
  return finding(
    'tls-chain-too-large',
    `${at}: the server sends ${size}, more than OpenSSL accepts (100 KB by default: excessive message size). Browsers accept it, but OpenSSL-based clients (curl, Python, Node.js, Ruby, PHP, many health probes and API clients) refuse the handshake with ${where}.`,
    {
      host,
      fix: 'Serve a smaller chain: split a certificate with thousands of subjectAltNames into several certificates bound by SNI, and send only the leaf and its intermediates (no root, no unrelated certificates).',
    },
  );
}

/**
 * A handshake message over OpenSSL's limit that is not a chain of real certificates (a ServerHello
 * announcing megabytes, a Certificate message of garbage), or one that could not be read to tell:
 * no client completes that handshake, so the endpoint is unreachable — an error, not a large chain.
 */
function brokenMessage(host: string, at: string, o: Exclude<Oversize, { kind: 'chain' }>): Finding {
  const what =
    o.kind === 'broken'
      ? `the server sends ${o.what}: a broken server (or not a TLS server), which no client completes a handshake with.`
      : `the server sends a handshake message over OpenSSL's limit (excessive message size), and it could not be read to tell whether it is a certificate chain (${o.why}): it is not taken for one, and OpenSSL-based clients cannot connect.`;
  return finding('tls-unreachable', `${at}: ${what}`, {
    host,
    fix: 'Check what the server (or a proxy or load balancer in front of it) answers with `openssl s_client -connect HOST:PORT -servername HOST -tls1_2 -msg`; a working TLS server sends a ServerHello of a few hundred bytes and a chain of a few KB.',
  });
}

/** The row of an endpoint whose certificate could not be judged: what was served, as far as it can be read. */
function unjudgedReport(target: { host: string; port: number; address: string; sni: string | null }, r: ProbeResult): EndpointReport {
  const report: EndpointReport = { host: target.host, port: target.port, address: target.address, sni: target.sni, chain: [], ms: r.ms };
  if (r.protocol) report.protocol = r.protocol;
  const leaf = r.chain[0];
  if (leaf) {
    try {
      report.thumbprint = thumbprint(leaf);
    } catch {
      // nothing more can be read
    }
  }
  return report;
}

function unjudgeable(host: string, where: string, reason: string): Finding {
  return finding('cert-unreadable', `${host} (${where}) serves a certificate that cannot be judged: ${reason}.`, {
    host,
    fix: 'Inspect the served certificate with `openssl s_client -connect HOST:PORT -servername HOST | openssl x509 -text -noout` and reissue it; the other endpoints were judged as usual.',
  });
}

/**
 * A served leaf other than the file's: a renewal that happened after the file was committed
 * (it covers every host of the file's certificate, lives longer, and its chain has no error) is a
 * notice naming both; an older certificate for the same hosts means the file's certificate is not
 * deployed yet. A thumbprint pinned by `expect` stays strict.
 */
function renewalOrWrong(wrong: Finding, leaf: X509Certificate, d: ServedDescription, p: HostProbe): Finding {
  const want = p.expected;
  if (!want || want.source !== 'file' || !want.notAfter || !want.hosts?.length) return wrong;
  const served = notAfter(leaf);
  if (!served || !want.hosts.every((h) => hostCoverage(leaf, h) === 'san')) return wrong;
  const file = want.file ? ` in ${want.file}` : '';
  const theirs = `'${d.shortName}' (${d.thumbprint}, valid until ${day(served)})`;
  const ours = `'${want.subject ?? want.thumbprint}' (${want.thumbprint}, valid until ${day(want.notAfter)})`;
  if (served > want.notAfter && !d.findings.some((f) => f.severity === 'error')) {
    return finding(
      'tls-renewed-certificate',
      `${p.where} serves ${theirs} for ${p.host}: a renewal of the certificate${file} ${ours}, covering the same hosts.`,
      {
        host: p.host,
        ...(want.file ? { file: want.file } : {}),
        fix: `Replace the certificate file${file} (and the cscfg thumbprint, if a package declares it) with the renewed certificate ${d.thumbprint}, so that the next deploy does not roll the server back to the older one.`,
      },
    );
  }
  if (served < want.notAfter) {
    return {
      ...wrong,
      message: `${wrong.message} The served certificate is older (valid until ${day(served)}) than the file's (until ${day(want.notAfter)}): the new certificate is not deployed yet.`,
    };
  }
  return wrong;
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10);
}
