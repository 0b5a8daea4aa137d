import assert from 'node:assert/strict'
import {test} from 'node:test'
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {readDocument} from '../../../src/engine/reading/document'
import {byCandidateWord, onlyRepeatedWords, type AnyPlugin} from '../../../src/engine/rule-kit/plugin-wrappers'
import {
  isProfanityCandidate,
  LONGEST_PROFANITY,
  PROFANITY_SEARCH_IGNORE,
  profanityOpener
} from '../../../src/engine/rules/retext-options.data'

type Transformer = (tree: unknown, file: VFile) => void

/** What a retext plugin reports on the text, as "start-end rule", read from the whole tree. */
function messagesOf(plugin: AnyPlugin, options: unknown, text: string): string[] {
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  const transform = (plugin as unknown as (this: unknown, options: unknown) => Transformer).call({}, options)
  transform(document.tree, file)
  return file.messages.map(
    (message) =>
      `${message.place && 'start' in message.place ? message.place.start.offset : '?'}-${message.place && 'end' in message.place ? message.place.end.offset : '?'} ${message.ruleId}`
  )
}

const equalityKeys = new Set(['chairman', 'ceremonies', 'land', 'he', 'she', 'mankind'])
/** Every candidate under one key: one instance searching every phrase, over the stretches around the candidates. */
const around = (plugin: unknown, isCandidate: (word: string) => boolean, reach: {before: number; after: number}) =>
  byCandidateWord(plugin as AnyPlugin, {isCandidate, reach, keyOf: () => 'all', searches: () => true})
const aroundEquality = around(retextEquality, (word) => equalityKeys.has(word), {before: 3, after: 3})

test('byCandidateWord: retext-equality finds what it finds over whole sentences, once each', () => {
  const texts = [
    'The chairman opened the meeting.',
    // A phrase whose key word is its last: the stretch reaches back over the words before it.
    'She was the master of ceremonies at the harbor gala, and the chairman spoke after her.',
    'The strip between the fences was a no man’s land for a decade.',
    // Two key words a few words apart: their stretches merge, and each phrase is reported once.
    'Either he or she will sign for the chairman and the board.',
    // A word set off as a word (quoted, or led by a colon) is literal to retext, in a stretch as in its sentence.
    'The word “chairman” appears twice in the bylaws.',
    'Chairman: the title the bylaws still use.',
    'For all mankind, the treaty said nothing new.'
  ]
  for (const text of texts) {
    const whole = messagesOf(retextEquality as AnyPlugin, {binary: true}, text)
    assert.deepEqual(messagesOf(aroundEquality, {binary: true}, text), whole, text)
  }
  // The check can fail: the sentences above do give messages.
  assert.ok(messagesOf(aroundEquality, {binary: true}, texts[0]).length > 0)
})

test('byCandidateWord: a sentence with no candidate word never reaches the plugin', () => {
  let called = 0
  const counting: AnyPlugin = () => () => {
    called++
  }
  const wrapped = around(counting, (word) => word === 'chairman', {before: 1, after: 1})
  messagesOf(wrapped, undefined, 'The board met on Tuesday. The vote was close.')
  assert.equal(called, 0)
  messagesOf(wrapped, undefined, 'The board met on Tuesday. The chairman voted last.')
  assert.equal(called, 1)
})

test('byCandidateWord: retext-profanities reads a phrase from its first word on', () => {
  const first = new Set(['bullshit', 'shit'])
  const fromFirst = around(retextProfanities, (word) => first.has(word), {before: 0, after: 3})
  for (const text of ['The plan was bullshit from the start.', 'He called it shit, then bullshit, then worse.']) {
    const whole = messagesOf(retextProfanities as AnyPlugin, {sureness: 2}, text)
    assert.ok(whole.length > 0, text)
    assert.deepEqual(messagesOf(fromFirst, {sureness: 2}, text), whole, text)
  }
})

test('byCandidateWord: one instance per opening word finds what the whole plugin finds, once each', () => {
  const byWord = byCandidateWord(retextProfanities as AnyPlugin, {
    isCandidate: isProfanityCandidate,
    reach: {before: 0, after: LONGEST_PROFANITY - 1},
    keyOf: profanityOpener,
    searches: (word, phrase) => profanityOpener(phrase) === word
  })
  const options = {sureness: 2, ignore: PROFANITY_SEARCH_IGNORE}
  const texts = [
    'The plan was bullshit from the start, and the memo called it crap.',
    // Two opening words in one stretch, and a word opening a phrase of two words.
    'He called it shit, then bullshit; the flyer said white trash.',
    'Nothing here is profane at all.',
    // An ignored ordinary word ("welfare") stays ignored in every instance.
    'The welfare office opened late.'
  ]
  for (const text of texts)
    assert.deepEqual(messagesOf(byWord, options, text), messagesOf(retextProfanities as AnyPlugin, options, text), text)
  // The check can fail: "bullshit" and "white trash" are reported ("shit" is below sureness 2).
  assert.equal(messagesOf(byWord, options, texts[1]).length, 2)
})

test('onlyRepeatedWords: retext-repeated-words finds what it finds over whole sentences', () => {
  const around = onlyRepeatedWords(retextRepeatedWords as AnyPlugin)
  const texts = [
    'The board met on the the quay.',
    // A run of three, a word the plugin allows twice, and a capital pair.
    'It was the the the last vote they had had before The the recess.',
    // Punctuation or a line break between is no repeat; a doubled word at the very end is.
    'He said no, no one came.\nThe vote was close close',
    'Nothing is doubled here.'
  ]
  for (const text of texts)
    assert.deepEqual(
      messagesOf(around, undefined, text),
      messagesOf(retextRepeatedWords as AnyPlugin, undefined, text),
      text
    )
  // The check can fail: the first texts give messages.
  assert.equal(messagesOf(around, undefined, texts[0]).length, 1)
  assert.ok(messagesOf(around, undefined, texts[1]).length >= 3)
})
