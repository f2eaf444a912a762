// A plain IIS host (a VM, a scale set instance) in the Windows model: the machine of model.ts (IIS's
// configuration API, HTTP.sys through netsh, the certificate store) plus Task Scheduler, through
// the models of the ScheduledTasks and CimCmdlets modules in modules/ (found by PowerShell's module
// auto-loading, as the real modules are on Windows), whose task table is tasks.json. The bundle's
// install.ps1 and uninstall.ps1 run here unchanged; a trigger (boot, timer tick, event) runs the
// task's action as Task Scheduler would, with pwsh standing in for Windows PowerShell 5.1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WindowsMachine } from './model.js';

const HERE = path.dirname(new URL(import.meta.url).pathname);
const MODULES = path.join(HERE, 'modules');

export const RENEWAL_CHANNEL = 'Microsoft-Windows-CertificateServicesClient-Lifecycle-System/Operational';

export interface TaskTrigger {
  type: 'boot' | 'time' | 'event';
  enabled: boolean;
  startBoundary?: string;
  interval?: string | null;
  duration?: string | null;
  subscription?: string;
  delay?: string | null;
  channels?: string[];
}

export interface TaskRecord {
  path: string;
  name: string;
  description: string;
  registrations: number;
  state: string;
  lastRunTime: string | null;
  lastTaskResult: number;
  actions: { execute: string; arguments: string; workingDirectory: string }[];
  triggers: TaskTrigger[];
  principal: { userId: string; logonType: string; runLevel: string };
  settings: Record<string, unknown> | null;
}

export class IisHost extends WindowsMachine {
  override env(extra: Record<string, string> = {}): Record<string, string> {
    return super.env({ PSModulePath: MODULES, SNI_MODEL_PWSH: this.pwsh, ...extra });
  }

  /** The task table of Task Scheduler. */
  tasks(): TaskRecord[] {
    const f = path.join(this.dir, 'tasks.json');
    if (!fs.existsSync(f)) return [];
    const t = JSON.parse(fs.readFileSync(f, 'utf8')) as { tasks: TaskRecord[] | TaskRecord | null };
    return t.tasks === null ? [] : Array.isArray(t.tasks) ? t.tasks : [t.tasks];
  }

  /** Runs a script of the bundle as an administrator would (powershell -File script args). */
  runBundleScript(script: string, args: string[] = [], extra: Record<string, string> = {}): { code: number; out: string } {
    return this.pwshRun(['-File', script, ...args], extra);
  }

  /** Fires the tasks whose triggers match; returns "<path><name>=<exit code>" per run. */
  trigger(what: { boot: true } | { timer: true } | { channel: string; eventId: number }, extra: Record<string, string> = {}): string[] {
    const args =
      'boot' in what
        ? ['-Kind', 'boot']
        : 'timer' in what
          ? ['-Kind', 'timer']
          : ['-Kind', 'event', '-Channel', what.channel, '-EventId', String(what.eventId)];
    const r = this.pwshRun(['-File', path.join(HERE, 'fire-trigger.ps1'), ...args], extra);
    if (r.code !== 0) throw new Error(`Invoke-ModelTrigger failed: ${r.out}`);
    return r.out
      .split('\n')
      .filter((l) => /=-?\d+$/.test(l.trim()))
      .map((l) => l.trim());
  }

  /** What the task runs printed (the model keeps it, Task Scheduler does not). */
  taskLog(): string {
    const f = path.join(this.dir, 'tasks.log');
    return fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : '';
  }
}
