import assert from 'node:assert/strict'
import test from 'node:test'
import {closingAttribution} from '../../../src/engine/reading/closing-attribution'
import {readDocument} from '../../../src/engine/reading/document'
import {sentencesOf} from '../../../src/engine/reading/sentences'

/** The words from the mark the closing attribution follows, or undefined. */
function attribution(text: string, from = 0): string | undefined {
  const [sentence] = sentencesOf(readDocument(text, 'plaintext').tree)
  const mark = closingAttribution(sentence, from)
  return mark === undefined ? undefined : text.slice(sentence.tokens[mark].start).trim()
}

test('closingAttribution: a verb of saying and its subject after a comma or a closing quotation mark', () => {
  assert.equal(attribution('The levy is a disgrace, the harbour master said.'), ', the harbour master said.')
  assert.equal(attribution('“The levy is a disgrace,” said Okafor.'), '” said Okafor.')
  assert.equal(attribution('The ferry will close by June, critics say.'), ', critics say.')
  assert.equal(attribution('The ferry will close by June, the mayor said Tuesday.'), ', the mayor said Tuesday.')
  assert.equal(attribution('Fees will rise, the board believes.'), ', the board believes.')
})

test('closingAttribution: not the writer, a clause of the sentence, an agent, a passive, an imperative or an object', () => {
  assert.equal(attribution('The levy is a disgrace, I said.'), undefined)
  assert.equal(attribution('The levy is a disgrace, we say.'), undefined)
  assert.equal(attribution('It is sad, really, how little the board knows.'), undefined)
  assert.equal(attribution('A fine history of the port, written by Ana Ruiz.'), undefined)
  assert.equal(attribution('The port would close, it was said.'), undefined)
  assert.equal(attribution('The port will close soon, consider yourself warned.'), undefined)
  assert.equal(attribution('The port will close, the director denied any delay.'), undefined)
  // Only one that closes the sentence: "said Okafor" inside it is the sentence's own clause.
  assert.equal(attribution('Okafor said the levy, which rose in June, was too high for the smaller boats.'), undefined)
})

test('closingAttribution: only one that comes after the words asked about', () => {
  const text = 'The levy is a disgrace, the harbour master said.'
  const [sentence] = sentencesOf(readDocument(text, 'plaintext').tree)
  const comma = sentence.tokens.findIndex((token) => token.text === ',')
  assert.equal(attribution(text, comma), ', the harbour master said.')
  assert.equal(attribution(text, comma + 1), undefined)
})
