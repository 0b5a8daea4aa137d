import type {Span} from '../types'
import {ATTRIBUTION_PATTERN} from './speech'

/** Where a direct quotation lies, marks included. */
export interface QuotationMarks extends Span {
  /** Never closed in its paragraph: it runs to the paragraph's end, as a quotation carried over paragraphs does. */
  open?: boolean
}

/** A direct quotation, marks included. */
export interface Quotation extends QuotationMarks {
  /** The paragraph names who said it ("said", "according to", "stating,"). */
  attributed: boolean
  /** A whole block quote rather than quotation marks. */
  block?: boolean
}

const letter = /[\p{L}\p{N}]/u

/**
 * Finds the quotations in one paragraph: “curly”, "straight", ‘single’ and 'straight single' marks.
 * A quotation still open at the end of the paragraph runs to its end, as a
 * quotation carried over paragraphs does in news copy, when it opens as a
 * quoted sentence does (the paragraph's start, after "said:", "wrote,", a
 * full stop). One opened in the middle of a sentence ("called it “a disaster")
 * and never closed is a slip: it ends with its sentence, so the writer's
 * sentences after it are still read as the writer's.
 */
export function findQuotations(text: string, block: Span): Quotation[] {
  const paragraph = text.slice(block.start, block.end)
  return findQuotationMarks(text, block).map((span) => ({
    ...span,
    attributed: isAttributed(paragraph, span.start - block.start, span.end - block.start)
  }))
}

/** Where the quotations of one paragraph lie (see `findQuotations`), without asking whether each is attributed. */
export function findQuotationMarks(text: string, block: Span): QuotationMarks[] {
  const spans: QuotationMarks[] = []
  let openDouble = -1
  let openSingle = -1

  for (let index = block.start; index < block.end; index++) {
    // Only quotation marks and apostrophes open or close a quotation: every other character is passed over cheaply.
    if (!isQuoteMark(text.charCodeAt(index))) continue
    const char = text[index]
    const before = index > block.start ? text[index - 1] : ' '
    const after = index + 1 < block.end ? text[index + 1] : ' '

    if (char === '“' && openDouble >= 0 && closesAfterWord(before, after)) {
      // A “ typed where ” was meant ("…two hours away“."): it closes the quotation, it does not nest one.
      spans.push({start: openDouble, end: index + 1})
      openDouble = -1
      openSingle = -1
    } else if (char === '“' || (char === '"' && openDouble < 0)) {
      // A straight mark after a word and before a space closes nothing that is open: a stray closer or an
      // inch mark ("4'11\""), not an opening.
      if (openDouble < 0 && !(char === '"' && closesAfterWord(before, after))) openDouble = index
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
    } else if (openDouble < 0 && char === "'") {
      // Straight single quotes double as apostrophes ("don't", "'90s", "the players' union"): a quote opens
      // before a letter after a space or punctuation, and closes after a word, not as a plural possessive.
      if (openSingle < 0 && !letter.test(before) && /\p{L}/u.test(after)) openSingle = index
      else if (
        openSingle >= 0 &&
        !letter.test(after) &&
        /[\p{L}\p{N}.,!?]/u.test(before) &&
        !isPluralPossessive(text, index, block.end)
      ) {
        spans.push({start: openSingle, end: index + 1})
        openSingle = -1
      }
    }
  }
  if (openDouble >= 0) spans.push(unclosed(text, openDouble, block))
  return spans
}

/** ", ' and the curly marks ‘ ’ “ ” (and the low ‚ ‛ between them, which the loop above leaves alone). */
function isQuoteMark(code: number): boolean {
  return code === 0x22 || code === 0x27 || (code >= 0x2018 && code <= 0x201d)
}

/** A mark between a word (or its closing punctuation) and a space or punctuation: where a quotation closes. */
function closesAfterWord(before: string, after: string): boolean {
  return /[\p{L}\p{N}.,!?;…]/u.test(before) && /[\s.,;:!?)\]—–-]/u.test(after)
}

/**
 * A quotation never closed in its paragraph. It runs to the paragraph's end
 * when it opens a quoted sentence: at the paragraph's start, or after a colon,
 * a comma, a dash, a sentence's end or a verb of saying ("He said “…",
 * "tweeted that he was, "…"). Opened in the middle of a sentence, it ends
 * with the sentence it opened in.
 */
function unclosed(text: string, start: number, block: Span): QuotationMarks {
  const lead = text.slice(Math.max(block.start, start - 40), start)
  const opensParagraph = /^\s*$/.test(text.slice(block.start, start))
  if (opensParagraph || /[:,.!?…—–-]\s*$/.test(lead) || SAYING_BEFORE.test(lead))
    return {start, end: block.end, open: true}
  const stop = /[.!?…]["”’')\]]*\s+(?=["“‘'([]?\p{Lu})/u.exec(text.slice(start, block.end))
  return stop ? {start, end: start + stop.index + stop[0].trimEnd().length} : {start, end: block.end, open: true}
}

const SAYING_BEFORE = new RegExp(`${ATTRIBUTION_PATTERN.source}\\s*$`, 'i')

/**
 * Where a paragraph closes a quotation it never opened (its first double mark
 * is a closing one): the end of a quotation carried over from an earlier
 * paragraph ("… bullied a lot of people …”"). -1 when its first mark opens one, or it has none.
 */
export function danglingClose(text: string, block: Span): number {
  for (let index = block.start; index < block.end; index++) {
    if (!isQuoteMark(text.charCodeAt(index))) continue
    const char = text[index]
    if (char === '”') return index
    if (char === '“') return -1
    if (char === '"') {
      const before = index > block.start ? text[index - 1] : ' '
      const after = index + 1 < block.end ? text[index + 1] : ' '
      return closesAfterWord(before, after) ? index : -1
    }
  }
  return -1
}

/** "the players' union": an apostrophe after a plural "s", followed by the word it possesses. */
function isPluralPossessive(text: string, index: number, end: number): boolean {
  if (text[index - 1] !== 's' || text[index + 1] !== ' ' || index + 2 >= end) return false
  const next = /^[\p{Ll}\p{N}][\p{L}\p{N}-]*/u.exec(text.slice(index + 2, Math.min(end, index + 30)))
  // A possessive is followed by what it possesses, never by a preposition, conjunction or pronoun.
  return next !== null && !NOT_POSSESSED.has(next[0])
}

const NOT_POSSESSED = new Set([
  'in',
  'to',
  'at',
  'on',
  'for',
  'from',
  'with',
  'by',
  'of',
  'and',
  'or',
  'but',
  'as',
  'than',
  'that',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'said',
  'says',
  'added',
  'wrote',
  'is',
  'was',
  'were',
  'are',
  'when',
  'while',
  'after',
  'before'
])

/** How far from a quotation its attribution is looked for: a long sentence's length. */
const ATTRIBUTION_WINDOW = 1000

/** A quotation is attributed when the words around it, outside quotation marks, name the act of saying. */
function isAttributed(paragraph: string, start: number, end: number): boolean {
  // Within a window of the quotation, so a long paragraph with many quotations is read in linear time.
  const windowStart = Math.max(0, start - ATTRIBUTION_WINDOW)
  const stop = paragraph.slice(windowStart, start).lastIndexOf('. ')
  const sentenceStart = stop < 0 ? windowStart : windowStart + stop
  const after = paragraph.slice(end, end + ATTRIBUTION_WINDOW)
  const nextStop = after.search(/[.!?](\s|$)/)
  const sentenceEnd = nextStop < 0 ? end + after.length : end + nextStop + 1
  const around = paragraph.slice(sentenceStart, start) + ' ' + paragraph.slice(end, sentenceEnd)
  return ATTRIBUTION_PATTERN.test(around.replace(/[“"][^”"]*[”"]/g, ' '))
}

/** Whether a span lies wholly inside one of the quotations. */
export function isQuoted(quotations: readonly Quotation[], span: Span): boolean {
  return containing(quotations, span) !== undefined
}

/**
 * Whose words these are, when not the writer's: a quotation, or the page
 * around the article (an embedded post, site furniture, a caption, a list of
 * related headlines, the author's bio). Only the writer's own words are the
 * writer's claims, so the editorial rules, the claim analysis, the sources
 * and the balance score all leave other voices alone.
 */
export type OtherVoiceKind =
  | 'quotation'
  | 'embedded-post'
  | 'page-furniture'
  | 'caption'
  | 'related-links'
  | 'author-bio'

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

/**
 * Voices sorted by start, indexed once for the questions below, which the
 * rules ask for nearly every word: a binary search, then the furthest end
 * among the voices that start before the span (any voice wholly before it).
 */
interface VoiceIndex {
  starts: number[]
  /** For each position, the voice with the furthest end among those up to it. */
  furthest: number[]
  /** For each position, the furthest end among the attributed voices up to it (-1 when none). */
  attributedEnd: number[]
}

const indexes = new WeakMap<readonly Span[], VoiceIndex>()

function indexOf(voices: ReadonlyArray<Span & {attributed: boolean}>): VoiceIndex {
  let index = indexes.get(voices)
  if (!index) {
    const built: VoiceIndex = {starts: [], furthest: [], attributedEnd: []}
    voices.forEach((voice, position) => {
      const previous = position > 0 ? built.furthest[position - 1] : -1
      built.starts.push(voice.start)
      built.furthest.push(previous >= 0 && voices[previous].end >= voice.end ? previous : position)
      const attributedBefore = position > 0 ? built.attributedEnd[position - 1] : -1
      built.attributedEnd.push(voice.attributed ? Math.max(attributedBefore, voice.end) : attributedBefore)
    })
    indexes.set(voices, built)
    index = built
  }
  return index
}

/** How many voices start at or before `offset` (or before it, when `strictly`). */
function countStartingBy(starts: readonly number[], offset: number, strictly: boolean): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (strictly ? starts[middle] < offset : starts[middle] <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function containing<Voice extends Span & {attributed: boolean}>(
  voices: readonly Voice[],
  span: Span
): Voice | undefined {
  const count = countStartingBy(indexOf(voices).starts, span.start, false)
  if (count === 0) return undefined
  const widest = voices[indexOf(voices).furthest[count - 1]]
  return widest.end >= span.end ? widest : undefined
}

/** The other voice whose words hold the whole span, if any: a quotation first, then the page around the article. */
export function otherVoiceAt(document: Voices, span: Span): OtherVoice | undefined {
  const quotation = containing(document.quotations, span)
  if (quotation)
    return {start: quotation.start, end: quotation.end, kind: 'quotation', attributed: quotation.attributed}
  return containing(document.furniture, span)
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
  const overlapsAttributed = (voices: ReadonlyArray<Span & {attributed: boolean}>) => {
    const count = countStartingBy(indexOf(voices).starts, span.end, true)
    return count > 0 && indexOf(voices).attributedEnd[count - 1] > span.start
  }
  return overlapsAttributed(document.quotations) || overlapsAttributed(document.furniture)
}
