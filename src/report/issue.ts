import type { Inputs, Logger, Report } from '../types.js';

/** Keeps one tracking issue for scheduled scans (issue: true). */
export async function syncTrackingIssue(report: Report, inputs: Inputs, log: Logger): Promise<void> {
  void report;
  void inputs;
  void log;
  throw new Error("input 'issue' is not available yet");
}
