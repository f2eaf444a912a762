import type { CertificateReport, EndpointReport, Finding, Inputs, Logger } from '../types.js';

export async function runScan(inputs: Inputs, log: Logger): Promise<{ certificates: CertificateReport[]; endpoints: EndpointReport[]; findings: Finding[]; notes?: string[] }> {
  void inputs;
  void log;
  throw new Error('command scan is not available yet');
}
