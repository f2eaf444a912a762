// Shared by both doors (action and CLI): run the command, then write the report files and
// compute the outputs. Presenting them is left to src/main.ts and src/cli.ts.
import { runCommand } from './engine.js';
import { soonestExpiry, thumbprints, count } from './report/findings.js';
import { toSarif } from './report/sarif.js';
import { writeFileAtomic } from './files.js';
import type { Inputs, Logger, Report } from './types.js';
import { VERSION } from './version.js';

export interface Outputs {
  report: string;
  errors: string;
  warnings: string;
  'days-left': string;
  expires: string;
  thumbprints: string;
  changed: string;
}

export async function execute(inputs: Inputs, log: Logger): Promise<{ report: Report; outputs: Outputs }> {
  if (tracksIssue(inputs)) (await import('./report/issue.js')).issueTarget(inputs); // a missing token is an input error before the run
  const report = await runCommand(inputs, log);
  writeFileAtomic(inputs.reportPath, JSON.stringify(report, null, 2) + '\n');
  if (inputs.sarifPath)
    writeFileAtomic(
      inputs.sarifPath,
      JSON.stringify(
        toSarif(report, {
          cwd: inputs.cwd,
          version: VERSION,
          sites: inputs.sites,
          endpoints: inputs.endpoints,
          reportPath: inputs.reportPath,
          env: process.env,
        }),
        null,
        2,
      ) + '\n',
    );
  const soonest = soonestExpiry(report);
  const outputs: Outputs = {
    report: inputs.reportPath,
    errors: String(count(report.findings, 'error')),
    warnings: String(count(report.findings, 'warning')),
    'days-left': soonest ? String(soonest.daysLeft) : '',
    expires: soonest?.expires ?? '',
    thumbprints: JSON.stringify(thumbprints(report)),
    changed: String(report.config?.changed ?? false),
  };
  return { report, outputs };
}

/**
 * The tracking issue (`issue: true`, scan and merge), synced after the report, summary, outputs
 * and annotations are written: a refusal by the API is one more error after them, never the loss
 * of the run's results. Returns that error's sentence, or undefined.
 */
export async function syncIssue(report: Report, inputs: Inputs, log: Logger): Promise<string | undefined> {
  if (!tracksIssue(inputs)) return undefined;
  try {
    const { syncTrackingIssue } = await import('./report/issue.js');
    await syncTrackingIssue(report, inputs, log);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** Whether this run keeps a tracking issue (`issue: true` on scan or merge). */
export function tracksIssue(inputs: Pick<Inputs, 'issue' | 'command'>): boolean {
  return inputs.issue && (inputs.command === 'scan' || inputs.command === 'merge');
}
