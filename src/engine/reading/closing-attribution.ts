import {partOfSpeech} from './part-of-speech'
import type {SentenceTokens, WordToken} from './sentences'
import {attributionKind} from './speech'
import {CLAUSE_OPENERS, INVERTED_SAYING, TIME_WORDS} from './closing-attribution.data'

/**
 * "…, the mayor said.", "…,” said Okafor.", "…, critics say Tuesday.": an
 * attribution that closes a sentence after a comma or a closing quotation
 * mark gives the words before it to someone else. It is a few words long: a
 * verb of saying or believing and its subject (not the writer's "I" or "we",
 * not the reader), the verb before its subject only when it is written so
 * ("said Okafor"), and after the verb only a time or a name. Not a clause of
 * the sentence's own ("…, how little the board knows"), a participle and its
 * agent ("…, written by E. P. Thompson"), a passive ("…, it was said") or an
 * imperative ("…, consider yourself warned").
 *
 * The one reading of it for every rule that asks whose words a sentence's
 * are. Returns the index of the comma or mark it follows, when that comes at
 * or after `from`.
 */
export function closingAttribution(sentence: SentenceTokens, from = 0): number | undefined {
  const {tokens} = sentence
  let end = tokens.length
  while (end > 0 && (!isWord(tokens[end - 1]) || QUOTE_MARK.test(tokens[end - 1].text))) end--
  let mark = -1
  for (let at = end - 1; at >= from && at >= end - 7; at--) {
    const text = tokens[at].text
    if (text === ',' || CLOSING_QUOTE.test(text)) {
      mark = at
      break
    }
    if (!isWord(tokens[at]) && !QUOTE_MARK.test(text)) return undefined
  }
  if (mark < 0) return undefined
  const tail: number[] = []
  for (let at = mark + 1; at < end; at++) if (isWord(tokens[at]) && !QUOTE_MARK.test(tokens[at].text)) tail.push(at)
  if (tail.length === 0 || tail.length > 5) return undefined
  if (CLAUSE_OPENERS.has(tokens[tail[0]].lower) || tail.some((at) => tokens[at].lower === 'by')) return undefined
  const tags = partOfSpeech(sentence)
  const verb = tail.findIndex((at) => {
    const tag = tags[at]
    if (tag?.pos !== 'VERB') return false
    const kind = attributionKind(tokens[at].lower, tag.lemma)
    return kind === 'saying' || kind === 'believing'
  })
  if (verb < 0) return undefined
  const verbAt = tail[verb]
  if (verb === 0) return INVERTED_SAYING.has(tokens[verbAt].lower) ? mark : undefined
  // "…, it was said": a passive. "…, consider yourself warned": a reflexive object, no verb of attribution.
  if (PASSIVE_BEFORE.has(tokens[verbAt - 1]?.lower ?? '') || /sel(?:f|ves)$/.test(tokens[verbAt - 1]?.lower ?? ''))
    return undefined
  const subject = tail.slice(0, verb)
  if (subject.some((at) => FIRST_AND_SECOND_PERSON.has(tokens[at].lower))) return undefined
  if (!subject.some((at) => NOMINAL.has(tags[at]?.pos ?? ''))) return undefined
  // "…, the director denied any delay": after a verb with its subject first, only a time or a name.
  const after = tail.slice(verb + 1)
  if (after.some((at) => !TIME_WORDS.has(tokens[at].lower) && !AFTER_VERB.has(tags[at]?.pos ?? ''))) return undefined
  return mark
}

const isWord = (token: WordToken | undefined): boolean => token?.node.type === 'WordNode'
const QUOTE_MARK = /^['"‘’“”]$/
const CLOSING_QUOTE = /^[”"]$/
const PASSIVE_BEFORE = new Set(['was', 'were', 'is', 'are', 'been', 'be'])
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you', "i'm", "we're"])
const NOMINAL = new Set(['PRON', 'NOUN', 'PROPN'])
const AFTER_VERB = new Set(['ADV', 'PROPN'])
