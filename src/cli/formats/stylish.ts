import type {Severity} from '../../engine/index'
import {isMostlyUnread} from '../language'
import {placeOf, type FileReport} from './report'

export interface StylishOptions {
  color: boolean
}

const COLORS: Record<Severity | 'dim' | 'bold' | 'underline', [number, number]> = {
  error: [31, 39],
  warning: [33, 39],
  info: [36, 39],
  hint: [90, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24]
}

/** Human-readable output in the shape ESLint and Vale users know: a block per file, then a total. */
export function formatStylish(reports: readonly FileReport[], {color}: StylishOptions): string {
  const paint = (style: keyof typeof COLORS, text: string) =>
    color ? `\u001B[${COLORS[style][0]}m${text}\u001B[${COLORS[style][1]}m` : text
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0, hint: 0}
  const lines: string[] = []

  for (const report of reports) {
    if (report.findings.length === 0) continue
    lines.push(paint('underline', report.path))
    const rows = report.findings.map((finding) => {
      counts[finding.severity]++
      const {start} = placeOf(finding.span, report.lines)
      return [`${start.line}:${start.column}`, finding.severity, finding.message, finding.ruleId] as const
    })
    const placeWidth = Math.max(...rows.map((row) => row[0].length))
    const severityWidth = Math.max(...rows.map((row) => row[1].length))
    for (const [place, severity, message, ruleId] of rows) {
      lines.push(
        `  ${paint('dim', place.padEnd(placeWidth))}  ${paint(severity, severity.padEnd(severityWidth))}  ${message}  ${paint('dim', ruleId)}`
      )
    }
    lines.push('')
  }

  const total = counts.error + counts.warning + counts.info + counts.hint
  const unread = unreadSummary(reports)
  if (total === 0)
    return `${paint('bold', `No findings in ${reports.length} ${reports.length === 1 ? 'file' : 'files'}${unread}.`)}\n`
  const parts = (Object.keys(counts) as Severity[])
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}`)
  lines.push(
    paint(
      'bold',
      `${total} ${total === 1 ? 'finding' : 'findings'} in ${reports.length} ${reports.length === 1 ? 'file' : 'files'} (${parts.join(', ')})${unread}`
    )
  )
  return lines.join('\n') + '\n'
}

/**
 * What the total leaves out: "No findings" in an article the rules could not
 * read says nothing. Names the file when one is mostly not in English.
 */
function unreadSummary(reports: readonly FileReport[]): string {
  const mostly = reports.filter((report) => isMostlyUnread(report.language))
  const partly = reports.filter((report) => !isMostlyUnread(report.language) && (report.language?.unreadWords ?? 0) > 0)
  if (mostly.length === 0 && partly.length === 0) return ''
  const items: string[] = []
  if (mostly.length === 1) items.push(mostly[0].path)
  else if (mostly.length > 1) items.push(`${mostly.length} files`)
  if (partly.length > 0) items.push(partly.length === 1 ? 'part of 1 file' : `parts of ${partly.length} files`)
  return `; not in English, so not checked: ${items.join(' and ')}`
}
