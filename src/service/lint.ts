import type { ConfigReport, Finding, Inputs, LoadedSite } from '../types.js';

export async function lintService(inputs: Inputs, sites: LoadedSite[]): Promise<{ config: ConfigReport; findings: Finding[] }> {
  void inputs;
  void sites;
  throw new Error('reading service-definition/service-configuration is not available yet');
}
