import type {Paragraph, Root} from 'nlcst'
import type {ProseDocument} from './document'
import type {Span} from '../types'
import {ENGLISH_FUNCTION_WORDS} from './claims.data'
import {FOREIGN_FUNCTION_WORDS} from './language.data'
import {offsetsOf, sentencesOf, type SentenceTokens, type WordToken} from './sentences'
import {otherVoiceAt} from './voices'

/**
 * Whether a run of sentences reads as English: once it has a few words, some
 * of them are common English function words ("the", "of", "and"), and no
 * fewer than are common words of another language ("el", "und", "yang"):
 * Spanish has its "a" and "no" too. Text in another language is no one's
 * claim or verdict these rules can read.
 */
export function readsAsEnglish(
  sentences: Iterable<SentenceTokens>,
  {fewestWords, share}: {fewestWords: number; share: number}
): boolean {
  const total = {words: 0, english: 0, foreign: 0}
  for (const {tokens} of sentences) addWords(total, tokens)
  return isEnglishCount(total, {fewestWords, share})
}

/** A paragraph is read as English when it is too short to tell or has this share of English function words. */
const PARAGRAPH_TEST = {fewestWords: 12, share: 0.06}

const paragraphLanguage = new WeakMap<object, boolean>()

/**
 * Whether the paragraph of `sentences[position]` reads as English: read a
 * paragraph at a time, so a part of an article reads as the whole does, and
 * kept per paragraph for every rule that asks.
 */
export function isEnglishParagraph(sentences: readonly SentenceTokens[], position: number): boolean {
  const {paragraph} = sentences[position]
  let english = paragraphLanguage.get(paragraph)
  if (english === undefined) {
    let first = position
    while (first > 0 && sentences[first - 1].paragraph === paragraph) first--
    const whole: SentenceTokens[] = []
    for (let index = first; index < sentences.length && sentences[index].paragraph === paragraph; index++)
      whole.push(sentences[index])
    english = readsAsEnglish(whole, PARAGRAPH_TEST)
    paragraphLanguage.set(paragraph, english)
  }
  return english
}

/** How many words, and of them how many are common English function words and common words of other languages. */
interface WordCounts {
  words: number
  english: number
  foreign: number
}

/** One paragraph's words, counted, and where it lies. */
export interface ParagraphWords extends WordCounts {
  span: Span
}

/**
 * How much of an article the engine could not read as English. The rules
 * check English only: a paragraph that is not English is not checked, and a
 * report on the article should say so rather than find nothing in it.
 */
export interface LanguageReading {
  /** Words of prose in the article (in Markdown, outside code, URLs, link targets and front matter). */
  words: number
  /** Of those, the words in paragraphs not read as English. */
  unreadWords: number
  /** `unreadWords / words`: 0 for an article with no words. */
  unreadShare: number
  /** The paragraphs not read as English, in order. */
  unread: Span[]
}

const readings = new WeakMap<Root, LanguageReading>()

/**
 * How much of a read article is not English, paragraph by paragraph, as the
 * rules decide it (isEnglishParagraph). A paragraph too short to tell (a
 * headline, "Muchas gracias.") goes with the article as a whole: it is not
 * read when the whole article's words are not English. Kept per article.
 */
export function readLanguage(document: Pick<ProseDocument, 'tree' | 'quotations' | 'furniture'>): LanguageReading {
  let reading = readings.get(document.tree)
  if (!reading) {
    reading = languageOf(paragraphWords(document))
    readings.set(document.tree, reading)
  }
  return reading
}

/**
 * Every paragraph's words, in order. The page around the article (a video
 * player's menus, share buttons: page-furniture.ts) is not the article and is
 * left out, as is a paragraph with no sentence.
 */
export function paragraphWords(document: Pick<ProseDocument, 'tree' | 'quotations' | 'furniture'>): ParagraphWords[] {
  const paragraphs: ParagraphWords[] = []
  let last: Paragraph | undefined
  let skipped = false
  for (const {paragraph, tokens} of sentencesOf(document.tree)) {
    if (paragraph !== last) {
      last = paragraph
      const span = offsetsOf(paragraph)
      const voice = document.furniture.length > 0 ? otherVoiceAt(document, span) : undefined
      skipped = voice !== undefined && voice.kind !== 'quotation'
      if (!skipped) paragraphs.push({span, words: 0, english: 0, foreign: 0})
    }
    if (!skipped) addWords(paragraphs[paragraphs.length - 1], tokens)
  }
  return paragraphs
}

/**
 * The reading of an article from its paragraphs' words (read whole, or chunk
 * by chunk and joined, as the incremental linter does: then `shifts[i]` is
 * where the chunk of paragraph `i` starts, its span being the chunk's).
 */
export function languageOf(paragraphs: readonly ParagraphWords[], shifts?: readonly number[]): LanguageReading {
  const article = {words: 0, english: 0, foreign: 0}
  for (const paragraph of paragraphs) {
    article.words += paragraph.words
    article.english += paragraph.english
    article.foreign += paragraph.foreign
  }
  const {words} = article
  const articleIsEnglish = isEnglishCount(article, PARAGRAPH_TEST)
  const unread: Span[] = []
  let unreadWords = 0
  for (const [index, paragraph] of paragraphs.entries()) {
    if (paragraph.words === 0) continue
    const tooShort = paragraph.words < PARAGRAPH_TEST.fewestWords
    if (tooShort ? articleIsEnglish : isEnglishCount(paragraph, PARAGRAPH_TEST)) continue
    const shift = shifts?.[index] ?? 0
    unread.push({start: paragraph.span.start + shift, end: paragraph.span.end + shift})
    unreadWords += paragraph.words
  }
  return {words, unreadWords, unreadShare: words === 0 ? 0 : unreadWords / words, unread}
}

/** The unread share as a whole percentage, rounded so that a part is never shown as none or as all. */
export function unreadPercent(reading: LanguageReading): number {
  const percent = Math.round(reading.unreadShare * 100)
  if (reading.unreadWords > 0 && percent === 0) return 1
  if (reading.unreadWords < reading.words && percent === 100) return 99
  return percent
}

function addWords(counts: WordCounts, tokens: readonly WordToken[]): void {
  for (const token of tokens) {
    if (token.node.type !== 'WordNode' || !startsWithLetter(token.text)) continue
    counts.words++
    if (ENGLISH_FUNCTION_WORDS.has(token.lower)) counts.english++
    else if (FOREIGN_FUNCTION_WORDS.has(token.lower)) counts.foreign++
  }
}

function isEnglishCount(
  {words, english, foreign}: WordCounts,
  {fewestWords, share}: {fewestWords: number; share: number}
): boolean {
  return words < fewestWords || (english / words >= share && english >= foreign)
}

const LETTER_FIRST = /^\p{L}/u

function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122
  return LETTER_FIRST.test(text)
}
