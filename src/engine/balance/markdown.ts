import type {BalanceReport} from './balance'

/** The balance report as Markdown, for an editor to keep or send on. Article text goes in as quoted text. */
export function balanceToMarkdown(report: BalanceReport, title: string): string {
  const lines = [`# Balance report: ${escapeMarkdown(title)}`, '', `**${report.score}/100 — ${report.verdict}.** ${escapeMarkdown(report.summary)}`, '']
  lines.push('| component | score | weight |', '|---|---|---|')
  for (const component of report.components) lines.push(`| ${component.label} | ${Math.round(component.score * 100)} | ${component.weight} |`)
  for (const component of report.components) {
    lines.push('', `## ${component.label} (${Math.round(component.score * 100)}/100)`, '', escapeMarkdown(component.detail))
    if (component.evidence.length > 0) lines.push('')
    for (const item of component.evidence) lines.push(`- Line ${item.range.start.line}: “${escapeMarkdown(item.text.replace(/\s+/g, ' ').trim())}” — ${escapeMarkdown(item.note)}`)
  }
  if (report.nextSteps.length > 0) {
    lines.push('', '## Next steps', '')
    report.nextSteps.forEach((step, index) => lines.push(`${index + 1}. ${escapeMarkdown(step)}`))
  }
  return lines.join('\n') + '\n'
}

/** Escapes characters Markdown or HTML would read as markup, so the article's words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`))
}
