import type {Span} from '../types'
import {ATTRIBUTION_PATTERN} from './speech'

/** A direct quotation, marks included. */
export interface Quotation extends Span {
  /** The paragraph names who said it ("said", "according to", "stating,"). */
  attributed: boolean
  /** A whole block quote rather than quotation marks. */
  block?: boolean
}

const letter = /[\p{L}\p{N}]/u

/**
 * Finds the quotations in one paragraph: “curly”, "straight" and ‘single’ marks.
 * A quotation still open at the end of the paragraph runs to its end, as a
 * quotation carried over paragraphs does in news copy.
 */
export function findQuotations(text: string, block: Span): Quotation[] {
  const spans: Span[] = []
  let openDouble = -1
  let openSingle = -1

  for (let index = block.start; index < block.end; index++) {
    const char = text[index]
    const before = index > block.start ? text[index - 1] : ' '
    const after = index + 1 < block.end ? text[index + 1] : ' '

    if (char === '“' || (char === '"' && openDouble < 0)) {
      if (openDouble < 0) openDouble = index
    } else if (char === '”' || char === '"') {
      if (openDouble >= 0) {
        spans.push({start: openDouble, end: index + 1})
        openDouble = -1
        openSingle = -1
      }
    } else if (openDouble < 0 && char === '‘' && !letter.test(before)) {
      openSingle = index
    } else if (openDouble < 0 && openSingle >= 0 && char === '’' && !letter.test(after)) {
      spans.push({start: openSingle, end: index + 1})
      openSingle = -1
    }
  }
  if (openDouble >= 0) spans.push({start: openDouble, end: block.end})

  const paragraph = text.slice(block.start, block.end)
  return spans.map((span) => ({...span, attributed: isAttributed(paragraph, span.start - block.start, span.end - block.start)}))
}

/** A quotation is attributed when the words around it, outside quotation marks, name the act of saying. */
function isAttributed(paragraph: string, start: number, end: number): boolean {
  const sentenceStart = Math.max(paragraph.lastIndexOf('. ', start), 0)
  const nextStop = paragraph.slice(end).search(/[.!?](\s|$)/)
  const sentenceEnd = nextStop < 0 ? paragraph.length : end + nextStop + 1
  const around = paragraph.slice(sentenceStart, start) + ' ' + paragraph.slice(end, sentenceEnd)
  return ATTRIBUTION_PATTERN.test(around.replace(/[“"][^”"]*[”"]/g, ' '))
}

/** Whether a span lies wholly inside one of the quotations. */
export function isQuoted(quotations: readonly Quotation[], span: Span): boolean {
  for (const quotation of quotations) {
    if (quotation.start > span.start) break
    if (span.start >= quotation.start && span.end <= quotation.end) return true
  }
  return false
}
