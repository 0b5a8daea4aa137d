import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {editOf, IncrementalLinter, lintText, type DocumentKind, type Finding, type Span} from '../../src/engine/index'
import {readFixture, readShared} from '../helpers'

// Text built from the pieces that break linters: words of loaded and hedged prose, Markdown syntax,
// emoji and surrogate pairs, lone surrogates, combining marks, right-to-left text, zero-width characters
// and every kind of line ending.
const pieces = fc.oneof(
  fc.constantFrom(
    'The',
    'port',
    'was',
    'controlled',
    'by',
    'Many',
    'believe',
    'empire',
    'hype',
    'notably',
    'estimated',
    'to',
    'reach',
    '$4',
    'billion',
    '12%',
    'will',
    'inevitably',
    'shape',
    'said',
    'Okafor',
    'the',
    'a',
    'an',
    'hour'
  ),
  fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '. ', ', ', '? ', '!', ':', ';', '—', '-'),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '(', ')', '[', ']'),
  fc.constantFrom(
    '# ',
    '## ',
    '> ',
    '- ',
    '* ',
    '1. ',
    '```',
    '`',
    '**',
    '_',
    '<!-- ',
    ' -->',
    '<!-- editorial-review-disable -->',
    '[link](https://example.org)',
    '---',
    '|',
    '\\',
    '&amp;',
    '[^1]'
  ),
  fc.constantFrom(
    '😀',
    '👩‍👩‍👧',
    '🇬🇧',
    'e\u0301',
    'a\u0308\u0301',
    'שלום',
    'مرحبا',
    '\u200b',
    '\u200d',
    '\ufeff',
    '\u2028'
  ),
  fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code)),
  fc.string({unit: 'binary', maxLength: 6})
)
const article = fc.array(pieces, {maxLength: 120}).map((parts) => parts.join(''))
const kind = fc.constantFrom<DocumentKind>('plaintext', 'markdown')

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff
/** An offset between the two halves of a surrogate pair. */
const splitsPair = (text: string, offset: number) =>
  offset > 0 &&
  offset < text.length &&
  isHighSurrogate(text.charCodeAt(offset - 1)) &&
  isLowSurrogate(text.charCodeAt(offset))

function checkFindings(text: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const {start, end} = finding.span
    assert.ok(start >= 0 && start <= end && end <= text.length, `span ${start}-${end} outside ${text.length}`)
    assert.ok(!splitsPair(text, start) && !splitsPair(text, end), `span ${start}-${end} splits a surrogate pair`)
    assert.equal(text.slice(start, end), finding.actual)
  }
}

/** Applies non-overlapping first suggestions, each where it applies, from the end backwards; checks nothing outside them moved. */
function applyAndCheck(text: string, findings: readonly Finding[]): void {
  const chosen: Array<{span: Span; replacement: string}> = []
  for (const finding of findings) {
    const suggestion = finding.suggestions[0]
    if (!suggestion) continue
    const {span, original} = editOf(finding, suggestion)
    // A suggestion's own span holds the text it says it replaces.
    assert.equal(text.slice(span.start, span.end), original)
    if (chosen.some((other) => other.span.start < span.end && span.start < other.span.end)) continue
    chosen.push({span, replacement: suggestion.replacement})
  }
  chosen.sort((a, b) => b.span.start - a.span.start)
  let edited = text
  for (const {span, replacement} of chosen) edited = edited.slice(0, span.start) + replacement + edited.slice(span.end)
  // Outside the replaced ranges, the text is the same, piece by piece.
  let cursor = 0
  let editedCursor = 0
  for (const {span, replacement} of [...chosen].reverse()) {
    const untouched = text.slice(cursor, span.start)
    assert.equal(edited.slice(editedCursor, editedCursor + untouched.length), untouched)
    editedCursor += untouched.length + replacement.length
    cursor = span.end
  }
  assert.equal(edited.slice(editedCursor), text.slice(cursor))
}

test('property: linting never throws, and every range lies inside the text on UTF-16 boundaries and holds its words', () => {
  fc.assert(
    fc.property(article, kind, (text, documentKind) => {
      checkFindings(text, lintText(text, {kind: documentKind}).findings)
    }),
    {numRuns: 400}
  )
})

test('property: applying any set of non-overlapping suggestions changes nothing outside their ranges', () => {
  fc.assert(
    fc.property(article, kind, (text, documentKind) => {
      applyAndCheck(text, lintText(text, {kind: documentKind}).findings)
    }),
    {numRuns: 300}
  )
})

test('property: linting is deterministic, and the incremental linter agrees with a full lint', () => {
  fc.assert(
    fc.property(article, article, kind, (first, second, documentKind) => {
      const full = lintText(first, {kind: documentKind}).findings
      assert.deepEqual(lintText(first, {kind: documentKind}).findings, full)
      if (documentKind === 'plaintext') {
        const linter = new IncrementalLinter()
        linter.lint(second, {kind: documentKind})
        assert.deepEqual(linter.lint(first, {kind: documentKind}).findings, full)
      }
    }),
    {numRuns: 200}
  )
})

const seed = readShared('fixtures/seed-article.txt') ?? readFixture('articles/harbor-deal.txt')

test('property: mutations of a real article (cut, duplicate, insert noise) keep every guarantee', () => {
  const mutation = fc.record({
    at: fc.nat({max: seed.length}),
    length: fc.nat({max: 400}),
    insert: article,
    duplicate: fc.boolean()
  })
  fc.assert(
    fc.property(fc.array(mutation, {minLength: 1, maxLength: 4}), kind, (mutations, documentKind) => {
      let text = seed
      for (const {at, length, insert, duplicate} of mutations) {
        const start = Math.min(at, text.length)
        const end = Math.min(text.length, start + length)
        text =
          text.slice(0, start) +
          (duplicate ? text.slice(start, end) + text.slice(start, end) : insert) +
          text.slice(end)
      }
      const {findings} = lintText(text, {kind: documentKind})
      checkFindings(text, findings)
      applyAndCheck(text, findings)
    }),
    {numRuns: 150}
  )
})
