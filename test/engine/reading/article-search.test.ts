import assert from 'node:assert/strict'
import test from 'node:test'
import {articleMatches, literally} from '../../../src/engine/reading/article-search'

test('articleMatches: answers for the text it is given, and the same again from what it kept', () => {
  const text = 'Critics met at the harbour. The critics left, said Leeds.'
  const lowerCase = `(?<![\\p{L}\\p{N}])${literally('critics')}(?![\\p{L}\\p{N}])`
  assert.equal(articleMatches(text, lowerCase), true)
  assert.equal(articleMatches(text, lowerCase), true)
  assert.equal(articleMatches('Critics met at the harbour.', lowerCase), false)
  // Another text with the same question gets its own answer, however many texts were read between.
  for (const other of ['One.', 'Two.', 'Three.', 'Four.', 'Five.'])
    assert.equal(articleMatches(other, lowerCase), false)
  assert.equal(articleMatches(text, lowerCase), true)
})

test('literally: a word with the marks of a regular expression matches only itself', () => {
  assert.equal(new RegExp(literally('U.S.(a)')).test('the U.S.(a) port'), true)
  assert.equal(new RegExp(literally('U.S.')).test('the UxSx port'), false)
})
