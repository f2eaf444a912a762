import type { CertificateReport, Finding, Inputs, LoadedSite } from '../types.js';

export async function checkCertificates(inputs: Inputs): Promise<{ certificates: CertificateReport[]; findings: Finding[]; sites: LoadedSite[] }> {
  void inputs;
  throw new Error('check is not available yet');
}
