// Probes a running server for every planned host (SNI = host) and once without SNI, and has the
// endpoint judge (tls/judge.ts, the one `scan` uses) judge what was served against the plan: the
// right leaf, the intermediates sent, TLS 1.2 or newer, and what clients without SNI get.
import { TrustStore } from '../certs/chain.js';
import { failureReason } from '../certs/isolate.js';
import type { Door } from '../door.js';
import { EndpointJudge } from '../tls/judge.js';
import { probeTls, type ProbeResult } from '../tls/probe.js';
import { runPool } from '../tls/pool.js';
import type { EndpointReport, Finding } from '../types.js';
import type { BindingPlan, PlannedBinding } from './plan.js';

export interface ProbeTarget {
  address: string;
  port: number;
}

export interface JudgeOptions {
  timeoutMs: number;
  concurrency: number;
  /** the instant `daysLeft` is computed for */
  at: Date;
  /** the door the run came through: fixes name inputs the way it sets them */
  door?: Door;
}

export interface Judged {
  endpoints: EndpointReport[];
  findings: Finding[];
  notes: string[];
}

/** Probes every planned host (SNI = its probe name) and once without SNI, judged by the endpoint judge `scan` uses. */
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

  // The served certificates are the files `check` has judged: only what serving adds is judged here.
  const trust = new TrustStore();
  for (const a of plan.anchors) trust.add(a);
  const judge = new EndpointJudge({ trust, at: opts.at, warnDays: 0, failDays: 0, certificateRules: false, door: opts.door });
  const endpoints: EndpointReport[] = [];
  let served = false;
  jobs.forEach(({ binding }, i) => {
    const result = results[i]!;
    if (!binding) return;
    if (result.ok) served = true;
    const judged = judge.endpoint({ host: binding.probeName, port: target.port, address: target.address, sni: binding.probeName }, result, {
      host: binding.host,
      sni: binding.probeName,
      where,
      port: target.port,
      expected: { thumbprint: binding.thumbprint, subject: binding.subject },
      file: binding.site.spec.path,
    });
    endpoints.push(judged.report);
    findings.push(...judged.findings);
  });
  // The probe without SNI: what old clients (and IP-literal connections) get.
  const noSni = results[jobs.length - 1]!;
  const fallback = plan.fallback ? { host: plan.fallback.host, thumbprint: plan.fallback.thumbprint } : null;
  const judged = judge.noSni(target, noSni, { address: target.address, where, hosts: plan.bindings.map((b) => b.host), served, fallback });
  endpoints.push(judged.report);
  findings.push(...judged.findings);
  if (judged.note) notes.push(`verify: ${judged.note}`);
  return { endpoints, findings, notes };
}
