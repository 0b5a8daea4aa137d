import type {BalanceReport, BalanceVoice, LineIndex} from '../../engine/index'
import {placeOf} from './report'

/** How many voices the text table shows; JSON carries them all. */
const VOICES_SHOWN = 12

/** The balance report for a terminal: score and verdict, a bar per component, the voices, the next steps. */
export function formatBalanceText(path: string, report: BalanceReport, lines: LineIndex): string {
  // An article the score could not read (mostly not in English, or too short) gets the reason, not a number.
  if (!report.reading.scored) return `${path}: ${report.summary}\n${unreadLines(report, lines)}`
  const output = [`${path}: ${report.score}/100, ${report.verdict.toLowerCase()}`, '']
  if (report.reading.note) output.push(`  ${report.reading.note}`, unreadLines(report, lines).trimEnd(), '')
  for (const component of report.components) {
    const filled = Math.round(component.score * 20)
    output.push(
      `  ${component.label.padEnd(36)} ${'█'.repeat(filled)}${'░'.repeat(20 - filled)} ${(component.score * 100).toFixed(0).padStart(3)}  (weight ${component.weight})`
    )
    output.push(`    ${component.detail}`)
    for (const item of component.evidence.slice(0, 3)) {
      const {start} = placeOf(item.span, lines)
      output.push(`    ${start.line}:${start.column}  “${truncate(item.text)}” — ${item.note}`)
    }
    if (component.evidence.length > 3) output.push(`    … and ${component.evidence.length - 3} more`)
  }
  if (report.sources.length > 0) {
    output.push(
      '',
      `Voices${report.subjects.length > 0 ? ` (the article is about ${report.subjects.join(', ')})` : ''}:`
    )
    output.push(...voicesTable(report.sources.slice(0, VOICES_SHOWN), lines))
    if (report.sources.length > VOICES_SHOWN)
      output.push(`  … and ${report.sources.length - VOICES_SHOWN} more (--format json lists them all)`)
  }
  if (report.nextSteps.length > 0) {
    output.push('', 'Next steps:')
    for (const [index, step] of report.nextSteps.entries()) output.push(`  ${index + 1}. ${step}`)
  }
  return output.join('\n') + '\n'
}

/** Where the paragraphs not read as English are, by line. */
function unreadLines({reading}: BalanceReport, lines: LineIndex): string {
  // All of it: no lines to name.
  if (reading.unread.length === 0 || reading.unreadWords === reading.words) return ''
  const first = reading.unread.slice(0, 12).map((span) => {
    const {start, end} = placeOf(span, lines)
    return start.line === end.line ? `${start.line}` : `${start.line}–${end.line}`
  })
  const more = reading.unread.length > 12 ? ` and ${reading.unread.length - 12} more` : ''
  return `  Not in English: ${reading.unread.length === 1 ? 'line' : 'lines'} ${first.join(', ')}${more}.\n`
}

const SIDES: Record<BalanceVoice['side'], string> = {
  principal: 'own side',
  opponent: 'opponent',
  independent: 'independent',
  unknown: 'not stated'
}

/** One row a voice: name, who they are, side and why, how much they speak, and where first. */
function voicesTable(voices: readonly BalanceVoice[], lines: LineIndex): string[] {
  const rows = voices.map((voice) => [
    truncate(voice.name, 28),
    truncate(voice.description || '—', 30),
    SIDES[voice.side],
    `${voice.sentences} ${voice.sentences === 1 ? 'sentence' : 'sentences'}, ${voice.words} words`,
    voice.speech,
    voice.spans.length > 0 ? `line ${placeOf(voice.spans[0], lines).start.line}` : ''
  ])
  const header = ['name', 'who', 'side', 'speaks', 'how', 'first']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()}`
  return [line(header), ...rows.flatMap((row, index) => [line(row), `    why: ${voices[index].sideReason}`])]
}

function truncate(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 3)}…` : flat
}
