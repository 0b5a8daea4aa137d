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
