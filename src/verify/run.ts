// `verify`: build the binding plan, bring up a real server with those SNI bindings, probe every
// host (and once without SNI), and stop the server whatever happens.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Door } from '../door.js';
import { nothingToCheck } from '../inputs.js';
import { InputError, type EndpointReport, type Finding, type Inputs, type LoadedSite, type Logger } from '../types.js';
import { probePlan } from './judge.js';
import { findNginx, startNginx } from './nginx.js';
import { startNodeServer } from './node.js';
import { planBindings, selectServer, unservableSites, type BindingPlan } from './plan.js';
import type { RunningServer } from './server.js';
import { generateStartupTask, planFromStartupData } from './startup.js';

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
  /** the door the run came through: fixes name inputs the way it sets them */
  door?: Door;
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
  if (sites.length === 0) throw new InputError(nothingToCheck(inputs) ?? 'Nothing to verify');
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
  // target iis: the bundle's own proof on IIS is install.ps1 on the machine, so auto serves its plan on nginx or node
  const kind = selectServer(inputs.server, inputs.target === 'iis' ? 'linux' : process.platform, nginxPath);
  log.info(
    `verify: server ${kind}${inputs.server === 'auto' ? ' (auto)' : ''}; fallback for clients without SNI: ${plan.fallback ? plan.fallback.host : 'none'}`,
  );
  if (kind === 'iis' && inputs.target === 'iis')
    throw new InputError(
      "verify with target: iis on IIS itself is the bundle's install.ps1 on the machine (see README, 'target: iis'); here use server: nginx or node, which serve the bundle's plan",
    );
  if (kind === 'iis') {
    const { runIisVerify } = await import('./iis.js');
    return runIisVerify(inputs, sites, plan, log);
  }
  const opts: VerifyOptions = {
    server: kind,
    nginxPath: nginxPath ?? undefined,
    timeoutMs: inputs.timeoutMs,
    concurrency: inputs.concurrency,
    at: inputs.at,
    door: inputs.door,
  };
  if (inputs.target === 'iis') {
    // What the bundle's reconciler would bind (its data file, as patch --target iis writes it),
    // judged against the certificates of `sites`: the same plan as for a Cloud Service package.
    const { iisBundleData } = await import('../service/bundle.js');
    const data = iisBundleData(inputs, sites);
    if ('rule' in data) return { endpoints: [], findings: [data], notes: ['verify: stopped before starting a server (see findings).'] };
    const { served, notes } = planFromStartupData(plan, data);
    const result = await verifyPlan(plan, { ...opts, served }, log);
    return {
      ...result,
      notes: [
        `verify: served the bindings of the bundle that patch --target iis writes for site '${data.siteName}' (${data.bindings.length} host(s), fallback ${data.fallback?.host ?? 'none'}).`,
        ...notes,
        ...(result.notes ?? []),
      ],
    };
  }
  if (!inputs.serviceDefinition) return verifyPlan(plan, opts, log);

  // With a service package, serve what the startup task generated by patch would bind (its data
  // file), judged against the certificates of `sites`.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sni-ready-verify-'));
  try {
    const generated = await generateStartupTask(inputs, sites, dir, log);
    if (!('data' in generated)) return { endpoints: [], findings: generated.findings, notes: generated.notes };
    const { served, notes } = planFromStartupData(plan, generated.data);
    const result = await verifyPlan(plan, { ...opts, served }, log);
    return {
      ...result,
      notes: [
        `verify: served the bindings of the startup task that patch generates for ${path.basename(inputs.serviceDefinition)} (${generated.data.bindings.length} host(s), fallback ${generated.data.fallback?.host ?? 'none'}).`,
        ...notes,
        ...(result.notes ?? []),
      ],
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
