// Helpers for the verify tests: LoadedSite values made straight from PEM files (what the certs
// step hands to verify), a Logger that records lines, and process/file checks for cleanup.
import { X509Certificate, createPrivateKey } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Inputs, LoadedSite, Logger, SiteSpec } from '../../src/types.js';
import type { Issued, Pki } from './pki.js';

export function loadedSite(hosts: string[], leaf: Issued, chainFiles: string[], line = 1, extra: Partial<SiteSpec> = {}): LoadedSite {
  const chain = chainFiles.map((f) => new X509Certificate(fs.readFileSync(f)));
  const leafCert = new X509Certificate(fs.readFileSync(leaf.cert));
  return {
    spec: { hosts, path: leaf.cert, password: '', line, ...extra },
    ok: true,
    leaf: leafCert,
    chain,
    chainSources: chain.map(() => 'file'),
    fileCertificates: [leafCert, ...chain],
    key: createPrivateKey(fs.readFileSync(leaf.key)),
    container: { type: 'pem' },
  };
}

/** Two hosts, each with its own leaf under one intermediate; the chain is intermediate + root. */
export function twoSites(pki: Pki): LoadedSite[] {
  return [
    loadedSite(['www.test1.com'], pki.leaves.a!, [pki.intermediate.cert, pki.root.cert], 1),
    loadedSite(['www.test2.com'], pki.leaves.b!, [pki.intermediate.cert, pki.root.cert], 2),
  ];
}

export function verifyInputs(over: Partial<Inputs> = {}): Inputs {
  return {
    command: 'verify',
    door: 'action',
    target: 'cloud-service',
    iisSite: 'Default Web Site',
    bundleDir: 'sni-ready-iis',
    removeIpMappings: [],
    osFamilyGiven: false,
    sites: [],
    serviceConfigurations: [],
    osFamily: 5,
    warnDays: 30,
    failDays: 7,
    at: new Date(),
    trustSystem: false,
    trustFiles: [],
    endpoints: [],
    expect: new Map(),
    dryRun: false,
    server: 'node',
    timeoutMs: 5000,
    concurrency: 10,
    reports: [],
    failOn: 'error',
    reportPath: '/dev/null',
    issue: false,
    cwd: process.cwd(),
    ...over,
  };
}

export function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warn: (l) => lines.push(`warn: ${l}`) };
}

/** true when a process with this pid exists (zombies included would be false after reaping). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // a zombie still answers kill(0); treat it as gone
  try {
    return !/^\d+ \([^)]*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** pids of processes whose command line mentions `needle` (Linux /proc). */
export function processesMentioning(needle: string): number[] {
  const out: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(path.join('/proc', entry, 'cmdline'), 'utf8');
      if (cmd.includes(needle) && Number(entry) !== process.pid) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
