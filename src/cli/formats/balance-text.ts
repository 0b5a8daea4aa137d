import type {BalanceReport} from '../../engine/index'

/** The balance report for a terminal: score and verdict, a bar per component, the next steps. */
export function formatBalanceText(path: string, report: BalanceReport): string {
  const lines = [`${path}: ${report.score}/100, ${report.verdict.toLowerCase()}`, '']
  for (const component of report.components) {
    const filled = Math.round(component.score * 20)
    lines.push(`  ${component.label.padEnd(36)} ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${(component.score * 100).toFixed(0).padStart(3)}  (weight ${component.weight})`)
    lines.push(`    ${component.detail}`)
    for (const item of component.evidence.slice(0, 3)) lines.push(`    ${item.range.start.line}:${item.range.start.column}  “${truncate(item.text)}” — ${item.note}`)
    if (component.evidence.length > 3) lines.push(`    … and ${component.evidence.length - 3} more`)
  }
  if (report.nextSteps.length > 0) {
    lines.push('', 'Next steps:')
    report.nextSteps.forEach((step, index) => lines.push(`  ${index + 1}. ${step}`))
  }
  return lines.join('\n') + '\n'
}

function truncate(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat
}
