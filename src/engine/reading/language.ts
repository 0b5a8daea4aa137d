import {ENGLISH_FUNCTION_WORDS} from './claims.data'
import type {SentenceTokens} from './sentences'

/**
 * Whether a run of sentences reads as English: once it has a few words, some
 * of them are common English function words ("the", "of", "and"). Text in
 * another language is no one's claim or verdict these rules can read.
 */
export function readsAsEnglish(
  sentences: Iterable<SentenceTokens>,
  {fewestWords, share}: {fewestWords: number; share: number}
): boolean {
  let words = 0
  let english = 0
  for (const {tokens} of sentences) {
    for (const token of tokens) {
      if (token.node.type !== 'WordNode' || !startsWithLetter(token.text)) continue
      words++
      if (ENGLISH_FUNCTION_WORDS.has(token.lower)) english++
    }
  }
  return words < fewestWords || english / words >= share
}

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
    english = readsAsEnglish(whole, {fewestWords: 12, share: 0.06})
    paragraphLanguage.set(paragraph, english)
  }
  return english
}

const LETTER_FIRST = /^\p{L}/u

function startsWithLetter(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122
  return LETTER_FIRST.test(text)
}
