import type { Inputs, Report } from '../types.js';

export async function mergeReports(inputs: Inputs): Promise<Report> {
  void inputs;
  throw new Error('command merge is not available yet');
}
