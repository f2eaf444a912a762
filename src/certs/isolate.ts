// Isolation at the boundary of one unit of work (a `sites` line, a served endpoint): whatever
// goes wrong inside becomes a result for that unit alone, never the end of the run. Certificates
// from the wild carry fields no check expected (an empty subject, a key Node cannot load, a date
// that does not parse); the rules stay simple because the boundary catches what they miss.
import { foreign } from '../report/foreign.js';
import { redact } from '../report/redact.js';

/** What an unexpected error means, as part of a sentence: no stack trace, never a password. */
export function failureReason(err: unknown): string {
  const text = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').trim();
  if (/invalid time value/i.test(text)) return 'one of its validity dates does not parse';
  if (/DECODER|decode error|unsupported key|public key/i.test(text)) return 'its public key cannot be loaded';
  if (/^Operation failed$/i.test(text)) return 'its subject holds a field that is not text';
  if (/Cannot read properties of (undefined|null)/.test(text)) return 'a field the checks need (such as its subject) is empty';
  return foreign(redact(text.replace(/\.$/, '').slice(0, 200))) || 'an unexpected error';
}

/** Runs `work`; any exception becomes `onFailure(reason)` instead. */
export async function isolated<T>(work: () => Promise<T> | T, onFailure: (reason: string, err: unknown) => T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    return onFailure(failureReason(err), err);
  }
}
