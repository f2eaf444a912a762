import { InputError, type Inputs, type LoadedSite, type Logger } from '../types.js';
import type { BindingPlan } from './plan.js';
import type { VerifyResult } from './run.js';

export async function runIisVerify(inputs: Inputs, sites: LoadedSite[], plan: BindingPlan, log: Logger): Promise<VerifyResult> {
  void inputs; void sites; void plan; void log;
  throw new InputError("server 'iis' needs Windows with administrator rights (a windows-latest runner)");
}
