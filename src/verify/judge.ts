// Probes a running server for every planned host (SNI = host) and once without SNI, and judges
// what was served against the plan: the right leaf, the intermediates sent, TLS 1.2 or newer,
// and what clients without SNI get.
import type { X509Certificate } from 'node:crypto';
import { finding } from '../rules.js';
import { compareServed, probeTls, protocolFinding, subjectName, thumbprint, type ProbeResult } from '../tls/probe.js';
import { runPool } from '../tls/pool.js';
import { failureReason } from '../certs/isolate.js';
import type { ChainElement, EndpointReport, Finding } from '../types.js';
import { isSelfSigned, type BindingPlan, type PlannedBinding } from './plan.js';

export interface ProbeTarget {
  address: string;
  port: number;
}

export interface JudgeOptions {
  timeoutMs: number;
  concurrency: number;
  /** the instant `daysLeft` is computed for */
  at: Date;
}

export interface Judged {
  endpoints: EndpointReport[];
  findings: Finding[];
  notes: string[];
}

function sameCert(a: X509Certificate, b: X509Certificate): boolean {
  return a.fingerprint256 === b.fingerprint256;
}

function chainElements(served: X509Certificate[]): ChainElement[] {
  return served
    .slice(1)
    .map((c) => ({ subject: subjectName(c), thumbprint: thumbprint(c), notAfter: new Date(c.validTo).toISOString(), source: 'served' as const }));
}

function endpointReport(host: string, sni: string | null, target: ProbeTarget, result: ProbeResult, at: Date): EndpointReport {
  const leaf = result.chain[0];
  const report: EndpointReport = { host, port: target.port, address: target.address, sni, chain: chainElements(result.chain), ms: result.ms };
  if (result.protocol) report.protocol = result.protocol;
  if (leaf) {
    const notAfter = new Date(leaf.validTo);
    report.thumbprint = thumbprint(leaf);
    report.subject = subjectName(leaf);
    report.issuer = leaf.issuer.replace(/\n/g, ', ');
    report.notAfter = notAfter.toISOString();
    report.daysLeft = Math.floor((notAfter.getTime() - at.getTime()) / 86_400_000);
  }
  if (!result.ok && result.error) report.error = result.error;
  return report;
}

/**
 * `tls-chain-incomplete` when an intermediate of the plan was not sent, or when only a CA-issued
 * leaf was sent and its issuer is not a root the run knows (a leaf-only PFX).
 */
export function chainFinding(binding: PlannedBinding, where: string, served: X509Certificate[], anchors: X509Certificate[]): Finding | null {
  const leaf = served[0];
  if (!leaf) return null;
  const fix = `Serve ${binding.host} with its full chain: a PFX that includes the intermediate certificates (imported into LocalMachine\\CA on IIS and declared with storeName="CA" in the csdef).`;
  const missing = binding.serve.chain.filter((c) => !served.some((s) => sameCert(s, c)));
  if (missing.length) {
    return finding(
      'tls-chain-incomplete',
      `${where} (SNI ${binding.probeName}) does not send the intermediate${missing.length > 1 ? 's' : ''} ${missing.map((c) => `'${subjectName(c)}'`).join(', ')} of ${binding.host}'s certificate.`,
      { host: binding.host, file: binding.site.spec.path, fix },
    );
  }
  if (served.length === 1 && !isSelfSigned(leaf) && !anchors.some((a) => leaf.checkIssued(a) && leaf.verify(a.publicKey))) {
    const issuer = /(?:^|\n)CN=([^\n]*)/.exec(leaf.issuer)?.[1] ?? leaf.issuer.replace(/\n/g, ', ');
    return finding(
      'tls-chain-incomplete',
      `${where} (SNI ${binding.probeName}) sends only the leaf for ${binding.host}; its issuer '${issuer}' is not a root, so clients cannot build the chain.`,
      { host: binding.host, file: binding.site.spec.path, fix },
    );
  }
  return null;
}

export async function probePlan(plan: BindingPlan, target: ProbeTarget, opts: JudgeOptions): Promise<Judged> {
  const where = `${target.address}:${target.port}`;
  const findings: Finding[] = [];
  const notes: string[] = [];
  const jobs: { binding: PlannedBinding | null }[] = [...plan.bindings.map((binding) => ({ binding })), { binding: null }];
  // A silent server costs each probe its timeout; the whole round gets four of those at most.
  const deadlineMs = opts.timeoutMs * 4;
  const results = await runPool(jobs, {
    concurrency: opts.concurrency,
    deadlineMs,
    run: ({ binding }, _i, remainingMs) =>
      probeTls({
        host: binding?.probeName ?? target.address,
        address: target.address,
        port: target.port,
        servername: binding ? binding.probeName : null,
        timeoutMs: Math.max(1, Math.min(opts.timeoutMs, remainingMs)),
      }),
    skipped: (): ProbeResult => ({
      ok: false,
      chain: [],
      ms: 0,
      error: `Not probed: the verify's probes passed their overall deadline of ${deadlineMs / 1000} s.`,
    }),
    failed: (_job, _i, err): ProbeResult => ({ ok: false, chain: [], ms: 0, error: `The probe failed: ${failureReason(err)}.` }),
  });

  const endpoints: EndpointReport[] = [];
  jobs.forEach(({ binding }, i) => {
    const result = results[i]!;
    if (binding) {
      endpoints.push(endpointReport(binding.probeName, binding.probeName, target, result, opts.at));
      const leaf = result.chain[0];
      if (!result.ok || !leaf) {
        findings.push(
          finding(
            'tls-unreachable',
            `${where} (SNI ${binding.probeName}) gave no certificate for ${binding.host}: ${result.error ?? 'no certificate served'}`,
            { host: binding.host, fix: `Bind ${binding.host} to its certificate (${binding.thumbprint}) with an SNI binding on port ${target.port}.` },
          ),
        );
        return;
      }
      const f = [
        compareServed(
          binding.host,
          where,
          { thumbprint: thumbprint(leaf), subject: subjectName(leaf) },
          { thumbprint: binding.thumbprint, subject: binding.subject },
        ),
        chainFinding(binding, where, result.chain, plan.anchors),
        protocolFinding(binding.host, where, result.protocol),
      ];
      findings.push(...f.filter((x): x is Finding => x !== null));
      return;
    }
    // The probe without SNI: what old clients (and IP-literal connections) get.
    endpoints.push(endpointReport(target.address, null, target, result, opts.at));
    const leaf = result.ok ? result.chain[0] : undefined;
    const fallback = plan.fallback;
    const fix = 'Keep one 0.0.0.0:443 certificate mapping for clients without SNI (input fallback), or set fallback: none to refuse them on purpose.';
    if (!fallback) {
      const got = leaf
        ? `get '${subjectName(leaf)}' (${thumbprint(leaf)}) although the plan has no fallback`
        : `are refused (${result.error ?? 'no certificate'}), as planned with fallback: none`;
      findings.push(finding('tls-no-sni-fallback', `Clients without SNI at ${where} ${got}.`, { severity: 'notice', fix }));
    } else if (!leaf) {
      findings.push(
        finding(
          'tls-no-sni-fallback',
          `Clients without SNI at ${where} get no certificate (${result.error ?? 'handshake failed'}); the plan gives them ${fallback.host}'s certificate (${fallback.thumbprint}).`,
          { host: fallback.host, fix },
        ),
      );
    } else if (thumbprint(leaf) !== fallback.thumbprint) {
      findings.push(
        finding(
          'tls-no-sni-fallback',
          `Clients without SNI at ${where} get '${subjectName(leaf)}' (${thumbprint(leaf)}); the plan gives them ${fallback.host}'s certificate (${fallback.thumbprint}).`,
          { host: fallback.host, fix },
        ),
      );
    } else {
      notes.push(`verify: clients without SNI get ${fallback.host}'s certificate (${fallback.thumbprint}), as planned.`);
    }
  });
  return { endpoints, findings, notes };
}
