import {placeOf, type FileReport} from './report'

/** The machine-readable shape other tools read: add fields, never rename them. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map(({path, findings, lines}) => ({
    path,
    findings: findings.map(({span, ruleId, source, category, severity, message, ...rest}) => ({
      ruleId,
      source,
      category,
      severity,
      message,
      range: placeOf(span, lines),
      ...rest
    }))
  }))
  return JSON.stringify({version: 1, files}, null, 2) + '\n'
}
