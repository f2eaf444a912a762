import { describe, expect, it } from 'vitest';
import { parsePowerShell } from './helpers/powershell.js';

describe('parsePowerShell (tree-sitter grammar)', () => {
  it('accepts a well-formed script', async () => {
    const r = await parsePowerShell('param([string]$DataFile)\n$x = @{ a = 1 }\nif ($x.a -eq 1) { Write-Output "ok" } else { exit 1 }\n');
    expect(r).toEqual({ ok: true, errors: [] });
  });
  it('rejects a broken script and says where', async () => {
    const r = await parsePowerShell('$a = 1\nif ($a { Write-Output "x"\n');
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(/line \d+/);
  });
});
