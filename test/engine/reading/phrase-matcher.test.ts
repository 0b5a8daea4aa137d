import assert from 'node:assert/strict'
import test from 'node:test'
import {readDocument} from '../../../src/engine/reading/document'
import {PhraseMatcher} from '../../../src/engine/reading/phrase-matcher'
import {sentencesOf} from '../../../src/engine/reading/sentences'

/** The words each match covers, in the first sentence of `text`. */
function matched(matcher: PhraseMatcher<string>, text: string, accept?: (entry: string) => boolean): string[] {
  const [sentence] = sentencesOf(readDocument(text, 'plaintext').tree)
  return matcher
    .matchAll(sentence.tokens, accept && ((match) => accept(match.entry)))
    .map(({entry, first, last}) => `${entry}: ${text.slice(sentence.tokens[first].start, sentence.tokens[last].end)}`)
}

test('PhraseMatcher: literals, alternatives and case, never across punctuation', () => {
  const matcher = new PhraseMatcher([{entry: 'said', patterns: ['said|says that']}])
  assert.deepEqual(matched(matcher, 'She Said That the ferry was late.'), ['said: Said That'])
  assert.deepEqual(matched(matcher, 'She said, that was all.'), [])
})

test('PhraseMatcher: a pattern that opens with an optional word matches with it and without it', () => {
  const matcher = new PhraseMatcher([{entry: 'regarded', patterns: ['<degree>? regarded as']}], {
    degree: new Set(['widely', 'often'])
  })
  assert.deepEqual(matched(matcher, 'The port is widely regarded as safe.'), ['regarded: widely regarded as'])
  assert.deepEqual(matched(matcher, 'The port is regarded as safe.'), ['regarded: regarded as'])
  assert.deepEqual(matched(matcher, 'The port is widely known.'), [])
})

test('PhraseMatcher: a class tested by a function opens a pattern, and answers the same for a word seen again', () => {
  const tested: string[] = []
  const sounding = (word: string) => {
    tested.push(word)
    return /^[a-z]+-sounding$/.test(word)
  }
  const matcher = new PhraseMatcher([{entry: 'sounding', patterns: ['<sounding>']}], {sounding})
  const text = 'An official-sounding name and an official-sounding title.'
  assert.deepEqual(matched(matcher, text), ['sounding: official-sounding', 'sounding: official-sounding'])
  assert.deepEqual(matched(matcher, text), ['sounding: official-sounding', 'sounding: official-sounding'])
  // A word that cannot open the pattern is tested once, however often it comes: the answer depends on the word alone.
  assert.deepEqual(
    tested.filter((word) => word !== 'official-sounding'),
    ['an', 'name', 'and', 'title']
  )
})

test('PhraseMatcher: a wildcard matches any word', () => {
  const matcher = new PhraseMatcher([{entry: 'so-called', patterns: ['so called *']}])
  assert.deepEqual(matched(matcher, 'The so called reform passed.'), ['so-called: so called reform'])
})

test('PhraseMatcher: the longest match wins at a place; for one length, the first entry; accept passes it on', () => {
  const matcher = new PhraseMatcher(
    [
      {entry: 'short', patterns: ['relentless']},
      {entry: 'long', patterns: ['relentless pursuit']},
      {entry: 'first of two', patterns: ['<adjective> pursuit']},
      {entry: 'second of two', patterns: ['relentless pursuit']}
    ],
    {adjective: (word: string) => word.endsWith('less')}
  )
  // "long" and both others match two words; "long" comes first of the entries that open with a listed word.
  assert.deepEqual(matched(matcher, 'A relentless pursuit of scale.'), ['long: relentless pursuit'])
  assert.deepEqual(
    matched(matcher, 'A relentless pursuit of scale.', (entry) => entry !== 'long'),
    ['second of two: relentless pursuit']
  )
  assert.deepEqual(
    matched(matcher, 'A relentless pursuit of scale.', (entry) => entry.endsWith('two') === false && entry !== 'long'),
    ['short: relentless']
  )
})

test('PhraseMatcher: a word, a spaced hyphen and a word read as one hyphenated word, placed on its tokens', () => {
  const matcher = new PhraseMatcher([{entry: 'puffery', patterns: ['award-winning chef']}])
  assert.deepEqual(matched(matcher, 'The award - winning chef, an award - winning cook.'), [
    'puffery: award - winning chef'
  ])
  assert.deepEqual(matched(matcher, 'The award-winning chef cooked.'), ['puffery: award-winning chef'])
})
