import type { ConfigReport, Finding, Inputs, LoadedSite, Logger } from '../types.js';

export async function patchService(inputs: Inputs, sites: LoadedSite[], log: Logger): Promise<{ config: ConfigReport; findings: Finding[]; notes?: string[] }> {
  void inputs;
  void sites;
  void log;
  throw new Error('command patch is not available yet');
}
