import type {LineIndex} from '../reading/line-index'
import type {BalanceReport} from './balance'

/** The balance report as Markdown, for an editor to keep or send on. Article text goes in as quoted text. */
export function balanceToMarkdown(report: BalanceReport, title: string, lines: LineIndex): string {
  // An article the score could not read (mostly not in English, or too short): the reason, not a number.
  if (!report.reading.scored)
    return [
      `# Balance report: ${escapeMarkdown(title)}`,
      '',
      `**Not scored:** ${escapeMarkdown(report.summary.replace(/^Not scored: /, ''))}`,
      '',
      ...unreadLines(report, lines)
    ].join('\n')
  const output = [
    `# Balance report: ${escapeMarkdown(title)}`,
    '',
    `**${report.score}/100 — ${report.verdict}.** ${escapeMarkdown(report.summary)}`,
    ''
  ]
  if (report.reading.note) output.push(`*${escapeMarkdown(report.reading.note)}*`, '', ...unreadLines(report, lines))
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

/** Where the paragraphs not read as English start, as a paragraph of the report (none when all or none of it is). */
function unreadLines({reading}: BalanceReport, lines: LineIndex): string[] {
  if (reading.unread.length === 0 || reading.unreadWords === reading.words) return []
  const where = reading.unread.map((span) => lines.pointAt(span.start).line)
  return [`Not in English: ${where.length === 1 ? 'line' : 'lines'} ${where.join(', ')}.`, '']
}

/** Escapes characters Markdown or HTML would read as markup, so the article's words stay words. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>&]/g, (char) =>
    char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`
  )
}
