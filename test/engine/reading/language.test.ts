import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {isEnglishParagraph, readLanguage, readsAsEnglish, unreadPercent} from '../../../src/engine/reading/language'
import {IncrementalLinter} from '../../../src/engine/incremental'
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

// Texts for the reading of a whole article: written for these tests.
const SPANISH_ARTICLE = [
  'El puerto sube las tarifas',
  'La junta del puerto aprobó el lunes una subida de las tarifas de atraque, y el sindicato de las tripulaciones anunció una huelga para la primavera.',
  'Los armadores dijeron que trasladarán el coste a los pasajeros de las islas, y la asociación de vecinos pidió al gobierno regional que intervenga.'
].join('\n')
const ENGLISH_PARAGRAPHS = [
  'Port raises fees as crews threaten strike',
  'The harbour board voted on Monday to raise docking fees by a fifth, and the crews said they would walk out in the spring.',
  'Island residents said they feared the cost would be passed on to passengers, and a shipping company said it had not yet decided on fares.',
  'The regional government has not said whether it will step in.'
]

test('language: an article in Spanish is not read, its short headline with it', () => {
  const reading = readLanguage(readDocument(SPANISH_ARTICLE, 'plaintext'))
  assert.equal(reading.unreadWords, reading.words)
  assert.equal(reading.unreadShare, 1)
  assert.equal(reading.unread.length, 3)
  assert.equal(reading.unread[0].start, 0)
})

test('language: a Spanish paragraph in an English article is the share not read, with its span', () => {
  const spanish = SPANISH_ARTICLE.split('\n')[1]
  const text = [...ENGLISH_PARAGRAPHS.slice(0, 3), spanish, ENGLISH_PARAGRAPHS[3]].join('\n\n')
  const reading = readLanguage(readDocument(text, 'markdown'))
  assert.equal(reading.unread.length, 1)
  assert.equal(text.slice(reading.unread[0].start, reading.unread[0].end), spanish)
  assert.ok(reading.unreadShare > 0.2 && reading.unreadShare < 0.5, String(reading.unreadShare))
  assert.equal(unreadPercent(reading), Math.round(reading.unreadShare * 100))
})

test('language: an English article, with a short line in Spanish, an empty one and code are all read', () => {
  const english = readLanguage(readDocument([...ENGLISH_PARAGRAPHS, 'Muchas gracias a todos.'].join('\n'), 'plaintext'))
  assert.deepEqual({unreadWords: english.unreadWords, unread: english.unread}, {unreadWords: 0, unread: []})
  assert.equal(readLanguage(readDocument('', 'plaintext')).words, 0)
  assert.equal(readLanguage(readDocument('', 'plaintext')).unreadShare, 0)
  const code = readLanguage(
    readDocument(
      `${ENGLISH_PARAGRAPHS.join('\n\n')}\n\n\`\`\`\nconst tarifas = la_junta(el, puerto, de, las, islas)\n\`\`\`\n`,
      'markdown'
    )
  )
  assert.equal(code.unreadWords, 0)
})

test('language: a share of a word or two is never rounded to none, nor most of an article to all', () => {
  assert.equal(unreadPercent({words: 1000, unreadWords: 2, unreadShare: 0.002, unread: [{start: 0, end: 1}]}), 1)
  assert.equal(unreadPercent({words: 1000, unreadWords: 998, unreadShare: 0.998, unread: [{start: 0, end: 1}]}), 99)
})

test('language: read a chunk at a time as the editor reads an article being edited, it is the whole reading', () => {
  const spanish = SPANISH_ARTICLE.split('\n')
  const markdown = `---\ntitle: Tarifas\n---\n\n# ${spanish[0]}\n\n${ENGLISH_PARAGRAPHS[1]}\n\n\`\`\`\ncode\n\nmás código de la casa\n\`\`\`\n\n${spanish[1]}\n\n<!-- a note\n\nstill the note -->\n\n${ENGLISH_PARAGRAPHS[2]}\n`
  const plain = [spanish[0], ENGLISH_PARAGRAPHS[1], spanish[1], spanish[2], ENGLISH_PARAGRAPHS[2]].join('\n')
  for (const [text, kind] of [
    [markdown, 'markdown'],
    [plain, 'plaintext'],
    [SPANISH_ARTICLE, 'plaintext']
  ] as const) {
    const linter = new IncrementalLinter()
    assert.deepEqual(linter.lint(text, {kind}).language, readLanguage(readDocument(text, kind)), `${kind}, first read`)
    // An edit re-lints one chunk; the reading still equals the whole one.
    const edited = text.replace(ENGLISH_PARAGRAPHS[2], spanish[2])
    const again = linter.lint(edited, {kind})
    assert.deepEqual(again.language, readLanguage(readDocument(edited, kind)), `${kind}, after an edit`)
  }
})
