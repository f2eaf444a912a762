// The engine: runs one command on parsed inputs and returns the report. It never touches
// @actions/*; presenting the report is the job of src/main.ts and src/cli.ts.
import { nothingToCheck } from './inputs.js';
import { inertReport } from './report/foreign.js';
import { endpointStatus } from './report/findings.js';
import { InputError, type Inputs, type Logger, type Report } from './types.js';

export async function runCommand(inputs: Inputs, log: Logger): Promise<Report> {
  const missing = nothingToCheck(inputs);
  if (missing) throw new InputError(missing);
  const report: Report = {
    version: 1,
    command: inputs.command,
    at: inputs.at.toISOString(),
    certificates: [],
    endpoints: [],
    findings: [],
  };
  switch (inputs.command) {
    case 'check':
    case 'patch':
    case 'verify': {
      const { checkCertificates } = await import('./certs/check.js');
      const checked = await checkCertificates(inputs);
      report.certificates.push(...checked.certificates);
      report.findings.push(...checked.findings);
      if (inputs.command === 'check' && (inputs.serviceDefinition || inputs.serviceConfigurations.length)) {
        const { lintService } = await import('./service/lint.js');
        const { consolidateUnpatched } = await import('./service/unpatched.js');
        const linted = await lintService(inputs, checked.sites);
        report.config = linted.config;
        report.findings.push(...consolidateUnpatched(linted.findings, inputs.serviceDefinition));
      }
      if (inputs.command === 'check' && inputs.template) {
        const { lintTemplate } = await import('./template/lint.js');
        const linted = await lintTemplate(inputs, checked.sites);
        report.findings.push(...linted.findings);
        if (linted.notes.length) (report.notes ??= []).push(...linted.notes);
      }
      if (inputs.command === 'check' && inputs.keyvaultExtension) {
        const { lintKeyVaultExtension } = await import('./service/keyvault.js');
        report.findings.push(...lintKeyVaultExtension(inputs.keyvaultExtension, inputs.sites));
      }
      if (inputs.command === 'patch' && inputs.target === 'iis') {
        const { patchIisBundle } = await import('./service/bundle.js');
        const patched = await patchIisBundle(inputs, checked.sites, log);
        report.config = patched.config;
        report.findings.push(...patched.findings);
        (report.notes ??= []).push(...patched.notes);
      } else if (inputs.command === 'patch') {
        const { patchService, settleUploadedPfxFindings } = await import('./service/patch.js');
        const patched = await patchService(inputs, checked.sites, log);
        settleUploadedPfxFindings(checked.findings, inputs);
        report.config = patched.config;
        report.findings.push(...patched.findings);
        (report.notes ??= []).push(...(patched.notes ?? []));
        if (inputs.template) {
          const { patchTemplate } = await import('./template/patch.js');
          const templated = await patchTemplate(inputs, checked.sites, patched.config, log);
          report.findings.push(...templated.findings);
          report.notes.push(...templated.notes);
        }
      }
      if (inputs.command === 'verify') {
        const { runVerify } = await import('./verify/run.js');
        const verified = await runVerify(inputs, checked.sites, log);
        report.endpoints.push(...verified.endpoints);
        report.findings.push(...verified.findings);
        (report.notes ??= []).push(...(verified.notes ?? []));
      }
      break;
    }
    case 'scan': {
      const { runScan } = await import('./scan/scan.js');
      const scanned = await runScan(inputs, log);
      report.certificates.push(...scanned.certificates);
      report.endpoints.push(...scanned.endpoints);
      report.findings.push(...scanned.findings);
      (report.notes ??= []).push(...(scanned.notes ?? []));
      break;
    }
    case 'merge': {
      const { mergeReports } = await import('./scan/merge.js');
      return withStatus(inertReport(await mergeReports(inputs)));
    }
  }
  // Names and messages were escaped where they entered; this is the net under them (foreign.ts).
  return withStatus(inertReport(report));
}

/** Each endpoint row carries its status, decided once (report/findings.ts) for every presenter and the JSON report. */
function withStatus(report: Report): Report {
  for (const e of report.endpoints) e.status = endpointStatus(report, e);
  return report;
}
