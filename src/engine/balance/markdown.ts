import type {LineIndex} from '../reading/line-index'
import type {BalanceReport} from './balance'

/** The balance report as Markdown, for an editor to keep or send on. Article text goes in as quoted text. */
export function balanceToMarkdown(report: BalanceReport, title: string, lines: LineIndex): string {
  const output = [
    `# Balance report: ${escapeMarkdown(title)}`,
    '',
    `**${report.score}/100 — ${report.verdict}.** ${escapeMarkdown(report.summary)}`,
    ''
  ]
  output.push('| component | score | weight |', '|---|---|---|')
  for (const component of report.components)
    output.push(`| ${component.label} | ${Math.round(component.score * 100)} | ${component.weight} |`)
  for (const component of report.components) {
    output.push(
      '',
      `## ${component.label} (${Math.round(component.score * 100)}/100)`,
      '',
      escapeMarkdown(component.detail)
    )
    if (component.evidence.length > 0) output.push('')
    for (const item of component.evidence)
      output.push(
        `- Line ${lines.pointAt(item.span.start).line}: “${escapeMarkdown(item.text.replace(/\s+/g, ' ').trim())}” — ${escapeMarkdown(item.note)}`
      )
  }
  if (report.sources.length > 0) {
    output.push('', '## Voices', '')
    if (report.subjects.length > 0)
      output.push(`The article is about ${escapeMarkdown(report.subjects.join(', '))}.`, '')
    output.push('| name | who | side | why | sentences | words | how | lines |', '|---|---|---|---|---|---|---|---|')
    for (const voice of report.sources) {
      const cells = [
        voice.name,
        voice.description || '—',
        voice.side,
        voice.sideReason,
        String(voice.sentences),
        String(voice.words),
        voice.speech,
        voice.spans.map((span) => lines.pointAt(span.start).line).join(', ')
      ]
      output.push(`| ${cells.map((cell) => escapeMarkdown(cell.replace(/\s+/g, ' '))).join(' | ')} |`)
    }
  }
  if (report.nextSteps.length > 0) {
    output.push('', '## Next steps', '')
    for (const [index, step] of report.nextSteps.entries()) output.push(`${index + 1}. ${escapeMarkdown(step)}`)
  }
  return output.join('\n') + '\n'
}

/** Escapes characters Markdown or HTML would read as markup, so the article's words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (char) =>
    char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`
  )
}
