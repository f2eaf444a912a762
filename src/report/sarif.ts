// SARIF 2.1.0 for code scanning: one run, rules from the catalog, results with locations.
import * as path from 'node:path';
import { RULES } from '../rules.js';
import type { Report, Severity } from '../types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function toSarif(report: Report, cwd: string, version: string): object {
  const used = [...new Set(report.findings.map((f) => f.rule))];
  const rules = used.map((id) => {
    const info = RULES.get(id);
    return {
      id,
      name: id,
      shortDescription: { text: info?.summary ?? id },
      defaultConfiguration: { level: LEVEL[info?.severity ?? 'warning'] },
      helpUri: `https://github.com/sni-ready/sni-ready#rule-${id}`,
    };
  });
  const results = report.findings.map((f) => {
    const file = f.file ?? '';
    const uri = file ? path.relative(cwd, file).split(path.sep).join('/') : undefined;
    return {
      ruleId: f.rule,
      ruleIndex: used.indexOf(f.rule),
      level: LEVEL[f.severity],
      message: { text: [f.host ? `${f.host}: ` : '', f.message, f.fix ? ` Fix: ${f.fix}` : ''].join('') },
      locations:
        uri && !uri.startsWith('..')
          ? [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: f.line ?? 1 } } }]
          : [{ logicalLocations: [{ name: f.host ?? f.rule, kind: 'resource' }] }],
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'sni-ready', version, informationUri: 'https://github.com/sni-ready/sni-ready', rules } }, results }],
  };
}
