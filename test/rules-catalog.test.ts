import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { CHAIN_CHECKS } from '../src/certs/rules/index.js';
import { finding, inArea, isRuleId, RULES, ruleInfo, rulesOf } from '../src/rules.js';

describe('rule catalog', () => {
  it('has unique ids, each with a severity, an area and a one-sentence summary', () => {
    const source = fs.readFileSync('src/rules.ts', 'utf8');
    const ids = [...source.matchAll(/\bid: '([^']+)'/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(RULES.size);
    for (const r of RULES.values()) {
      expect(['error', 'warning', 'notice']).toContain(r.severity);
      expect(r.summary).toMatch(/\.$/);
    }
  });

  it('keeps the ids SPEC §5 names for the browser-policy rules', () => {
    expect(ruleInfo('chain-invalid').severity).toBe('error');
    expect(ruleInfo('cert-no-san').severity).toBe('error');
    expect(isRuleId('chain-invalid')).toBe(true);
    expect(isRuleId('no-such-rule')).toBe(false);
  });

  it('groups rules by area, which presenters filter on instead of the id prefix', () => {
    expect(inArea({ rule: 'tls-chain-incomplete' }, 'endpoint')).toBe(true);
    expect(inArea({ rule: 'chain-incomplete' }, 'endpoint')).toBe(false);
    expect(rulesOf('endpoint').every((r) => r.area === 'endpoint')).toBe(true);
    expect(rulesOf('certificate').map((r) => r.id)).toContain('chain-invalid');
  });

  it('makes findings with the default severity unless one is given', () => {
    expect(finding('cert-expires-soon', 'x').severity).toBe('warning');
    expect(finding('cert-expires-soon', 'x', { severity: 'error' }).severity).toBe('error');
  });

  it('has one check unit per chain rule, in a file named after the rule, listed in the checks catalog', () => {
    const ids = CHAIN_CHECKS.map((c) => c.rule);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(['certificate', 'endpoint']).toContain(ruleInfo(id).area);
    const units = fs
      .readdirSync('src/certs/rules')
      .map((f) => f.replace(/\.ts$/, ''))
      .filter(isRuleId);
    expect(units.sort()).toEqual([...ids].sort());
  });
});
