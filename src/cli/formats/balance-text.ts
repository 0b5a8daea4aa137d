import type {BalanceReport, LineIndex} from '../../engine/index'
import {placeOf} from './report'

/** The balance report for a terminal: score and verdict, a bar per component, the next steps. */
export function formatBalanceText(path: string, report: BalanceReport, lines: LineIndex): string {
  const output = [`${path}: ${report.score}/100, ${report.verdict.toLowerCase()}`, '']
  for (const component of report.components) {
    const filled = Math.round(component.score * 20)
    output.push(`  ${component.label.padEnd(36)} ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${(component.score * 100).toFixed(0).padStart(3)}  (weight ${component.weight})`)
    output.push(`    ${component.detail}`)
    for (const item of component.evidence.slice(0, 3)) {
      const {start} = placeOf(item.span, lines)
      output.push(`    ${start.line}:${start.column}  “${truncate(item.text)}” — ${item.note}`)
    }
    if (component.evidence.length > 3) output.push(`    … and ${component.evidence.length - 3} more`)
  }
  if (report.nextSteps.length > 0) {
    output.push('', 'Next steps:')
    report.nextSteps.forEach((step, index) => output.push(`  ${index + 1}. ${step}`))
  }
  return output.join('\n') + '\n'
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat
}
