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

/**
 * Whose words these are, when not the writer's: a quotation, or the page
 * around the article (an embedded post, site furniture, a caption, a list of
 * related headlines, the author's bio). Only the writer's own words are the
 * writer's claims, so the editorial rules, the claim analysis, the sources
 * and the balance score all leave other voices alone.
 */
export type OtherVoiceKind = 'quotation' | 'embedded-post' | 'page-furniture' | 'caption' | 'related-links' | 'author-bio'

export interface OtherVoice extends Span {
  kind: OtherVoiceKind
  /** Someone the article names says these words: an attributed quotation, or an embedded post (its author). */
  attributed: boolean
}

/** What the voice questions read: a ProseDocument, or a part of one. */
export interface Voices {
  quotations: readonly Quotation[]
  /** Other voices than quotations, sorted by start (see page-furniture.ts). */
  furniture: readonly OtherVoice[]
}

/** The other voice whose words hold the whole span, if any: a quotation first, then the page around the article. */
export function otherVoiceAt(document: Voices, span: Span): OtherVoice | undefined {
  for (const quotation of document.quotations) {
    if (quotation.start > span.start) break
    if (span.end <= quotation.end) return {start: quotation.start, end: quotation.end, kind: 'quotation', attributed: quotation.attributed}
  }
  for (const voice of document.furniture) {
    if (voice.start > span.start) break
    if (span.end <= voice.end) return voice
  }
  return undefined
}

/**
 * The one question the engine asks before it judges words as the writer's:
 * are they someone else's (a quotation, an embedded post) or the page's
 * (furniture, captions, related links, a bio)?
 */
export function isOtherVoice(document: Voices, span: Span): boolean {
  return otherVoiceAt(document, span) !== undefined
}

/** Whether a stretch of the article (a sentence) carries someone's words with their name: an attributed quotation or an embedded post. */
export function hasAttributedVoice(document: Voices, span: Span): boolean {
  const overlaps = (voice: Span & {attributed: boolean}) => voice.attributed && voice.start < span.end && voice.end > span.start
  return document.quotations.some(overlaps) || document.furniture.some(overlaps)
}
