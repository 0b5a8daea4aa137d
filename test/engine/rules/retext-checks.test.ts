import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'

// The retext checks the engine runs as they are, with the engine's own choices about where they report.

const repeated = (text: string) => ofRule(lintPlain(text), 'repeated-words').map((finding) => finding.actual)

test('repeated-words: a doubled word in the writer’s copy is a slip, wherever it is', () => {
  assert.deepEqual(repeated('The board met on the the quay.'), ['the the'])
  assert.deepEqual(repeated('The board was very very late.'), ['very very'])
})

test('repeated-words: inside a quotation only a doubled little word is a slip; emphasis is the speaker’s', () => {
  assert.deepEqual(repeated('“We were deeply deeply hurt,” the captain said.'), [])
  assert.deepEqual(repeated('“It will be a great great port,” the mayor said.'), [])
  assert.deepEqual(repeated('“We sailed to to the north,” the captain said.'), ['to to'])
})

const articles = (text: string) =>
  ofRule(lintPlain(text), 'indefinite-article').map(
    (finding) => `${finding.actual} → ${finding.suggestions[0]?.replacement}`
  )

test('indefinite-article: read from the article, the word before it and the word after it', () => {
  assert.deepEqual(articles('The board ordered a inquiry.'), ['a → an'])
  assert.deepEqual(articles('A inquiry was ordered.'), ['A → An'])
  assert.deepEqual(articles('The ferry made an long crossing.'), ['an → a'])
  // A quotation mark between them does not hide the word after it.
  assert.deepEqual(articles('It was a “inquiry” in name only.'), ['a → an'])
  // A capital "A" after a word is a label, and "a and b" are letters.
  assert.deepEqual(articles('Berth A is open.'), [])
  assert.deepEqual(articles('Choose between a and b.'), [])
})

test('indefinite-article: "a" before a plain consonant is not read again; the exceptions that start like consonants still are', () => {
  assert.deepEqual(articles('A dog, a Tuesday, a “quiet” week and a 2-1 win.'), [])
  assert.deepEqual(articles('The talks took a hour.'), ['a → an'])
  assert.deepEqual(articles('She was a FBI agent, an honest one, on a “hourly” rate.'), ['a → an', 'a → an'])
  assert.deepEqual(articles('It took a 8-hour shift.'), ['a → an'])
  assert.deepEqual(articles('It was an dog.'), ['an → a'])
})
