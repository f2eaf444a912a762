import type { EndpointReport, Finding, Inputs, LoadedSite, Logger } from '../types.js';

export async function runVerify(inputs: Inputs, sites: LoadedSite[], log: Logger): Promise<{ endpoints: EndpointReport[]; findings: Finding[]; notes?: string[] }> {
  void inputs;
  void sites;
  void log;
  throw new Error('command verify is not available yet');
}
