import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {isEnglishParagraph, readsAsEnglish} from '../../../src/engine/reading/language'
import {sentencesOf} from '../../../src/engine/reading/sentences'

const sentences = (text: string) => sentencesOf(readDocument(text, 'plaintext').tree)

test('language: a paragraph with common English words reads as English, one in Spanish does not', () => {
  const english = sentences(
    'The harbour board raised the fees on Monday, and the ferry crews said they would strike in the spring.'
  )
  const spanish = sentences(
    'La junta del puerto subió las tarifas el lunes, y las tripulaciones dijeron que harían huelga en primavera.'
  )
  assert.equal(isEnglishParagraph(english, 0), true)
  assert.equal(isEnglishParagraph(spanish, 0), false)
})

test('language: a short paragraph is given the benefit of the doubt, and the whole paragraph is read', () => {
  assert.equal(isEnglishParagraph(sentences('Muchas gracias.'), 0), true)
  const mixed = sentences(
    'Dijo que no. The board said the fees would rise, and the crews said they would strike if the port closed.'
  )
  // Asked from its second sentence, the paragraph is still read whole.
  assert.equal(isEnglishParagraph(mixed, 1), true)
  assert.equal(readsAsEnglish(mixed, {fewestWords: 5, share: 0.9}), false)
})
