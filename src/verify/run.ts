// `verify`: build the binding plan, bring up a real server with those SNI bindings, probe every
// host (and once without SNI), and stop the server whatever happens.
import { InputError, type EndpointReport, type Finding, type Inputs, type LoadedSite, type Logger } from '../types.js';
import { probePlan } from './judge.js';
import { findNginx, startNginx } from './nginx.js';
import { startNodeServer } from './node.js';
import { planBindings, selectServer, unservableSites, type BindingPlan } from './plan.js';
import type { RunningServer } from './server.js';

export interface VerifyResult {
  endpoints: EndpointReport[];
  findings: Finding[];
  notes?: string[];
}

export interface VerifyOptions {
  server: 'nginx' | 'node';
  timeoutMs: number;
  concurrency: number;
  at: Date;
  /** the nginx executable (default: findNginx()) */
  nginxPath?: string;
  nginxStartTimeoutMs?: number;
  nginxStopGraceMs?: number;
  tmpRoot?: string;
  /** test hook: serve this plan while judging against `plan` (e.g. a swapped mapping) */
  served?: BindingPlan;
  /** test hook: runs once the server listens, before the probes */
  afterStart?: (server: RunningServer) => void | Promise<void>;
  /** test hook: called when nginx is spawned, before it is known to listen */
  onSpawn?: (info: { pid: number | undefined; dir: string }) => void;
}

/** Serves `plan` (or `opts.served`) on a loopback server, probes it, and always stops it. */
export async function verifyPlan(plan: BindingPlan, opts: VerifyOptions, log: Logger): Promise<VerifyResult> {
  const started = performance.now();
  const servedPlan = opts.served ?? plan;
  let server: RunningServer;
  if (opts.server === 'nginx') {
    const nginxPath = opts.nginxPath ?? findNginx();
    if (!nginxPath) throw new InputError("server 'nginx' was asked for, but no nginx executable is on PATH or in /usr/sbin; install nginx or use server: node");
    server = await startNginx(servedPlan, log, {
      nginxPath,
      startTimeoutMs: opts.nginxStartTimeoutMs,
      stopGraceMs: opts.nginxStopGraceMs,
      tmpRoot: opts.tmpRoot,
      onSpawn: opts.onSpawn,
    });
  } else {
    server = await startNodeServer(servedPlan, log);
  }
  const listening = performance.now();
  try {
    await opts.afterStart?.(server);
    const judged = await probePlan(plan, server, opts);
    const probed = performance.now();
    log.info(
      `verify: probed ${plan.bindings.length} host(s) and one connection without SNI at ${server.address}:${server.port} (${Math.round(probed - listening)} ms)`,
    );
    const notes = [
      `verify: ${server.version ?? server.kind} on ${server.address}:${server.port} served ${plan.bindings.length} host(s); started in ${Math.round(listening - started)} ms, probed in ${Math.round(probed - listening)} ms.`,
      ...judged.notes,
    ];
    return { endpoints: judged.endpoints, findings: judged.findings, notes };
  } finally {
    await server.stop();
    log.info(`verify: ${server.kind} stopped; whole verify took ${Math.round(performance.now() - started)} ms`);
  }
}

export async function runVerify(inputs: Inputs, sites: LoadedSite[], log: Logger): Promise<VerifyResult> {
  if (sites.length === 0) throw new InputError("Input 'sites' is required for command verify: one line per certificate, 'HOST [HOST ...] = PATH'");
  const unservable = unservableSites(sites);
  // The plan is built first so that a bad `fallback` is an input error even when files are broken.
  const plan = planBindings(inputs, sites);
  if (unservable.length) {
    return {
      endpoints: [],
      findings: unservable,
      notes: ['verify: stopped before starting a server, because some certificates cannot be served (see findings).'],
    };
  }

  const nginxPath = inputs.server === 'auto' || inputs.server === 'nginx' ? findNginx() : null;
  const kind = selectServer(inputs.server, process.platform, nginxPath);
  log.info(
    `verify: server ${kind}${inputs.server === 'auto' ? ' (auto)' : ''}; fallback for clients without SNI: ${plan.fallback ? plan.fallback.host : 'none'}`,
  );
  if (kind === 'iis') {
    const { runIisVerify } = await import('./iis.js');
    return runIisVerify(inputs, sites, plan, log);
  }
  return verifyPlan(
    plan,
    { server: kind, nginxPath: nginxPath ?? undefined, timeoutMs: inputs.timeoutMs, concurrency: inputs.concurrency, at: inputs.at },
    log,
  );
}
