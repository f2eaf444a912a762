// Who a configuration finding is about: `ADDRESS:PORT for a.test, b.test and c.test`. Written by
// `scan` (one finding per judgement at an address and port, naming the hosts it was found for)
// and read back by `merge`, which joins the hosts that each shard found it for.

/**
 * Who a configuration finding is about: `ADDRESS:PORT for a.test, b.test and c.test` (five names
 * at most, then how many more). One format, written here and read back by `readServing` (merge).
 */
export function servingText(where: string, hosts: readonly string[], more = 0): string {
  const named = [...new Set(hosts)].sort();
  const shown = named.slice(0, 5);
  const rest = named.length - shown.length + more;
  if (rest > 0) return `${where} for ${shown.join(', ')} and ${rest} more`;
  return `${where} for ${andList(shown)}`;
}

/** The parts of a configuration finding's message written with `servingText`, or undefined for any other text. */
export function readServing(message: string): { where: string; hosts: string[]; more: number; rest: string } | undefined {
  const m = /^(\S+) for ((?:[^\s,]+, )*[^\s,]+)(?: and (?:(\d+) more|([^\s,]+)))? ((?:accepts|uses) .*)$/s.exec(message);
  if (!m) return undefined;
  return { where: m[1]!, hosts: [...m[2]!.split(', '), ...(m[4] ? [m[4]] : [])], more: Number(m[3] ?? 0), rest: m[5]! };
}

function andList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
