import assert from 'node:assert/strict'
import {test} from 'node:test'
import fc from 'fast-check'
import {lintText, type Span} from '../../../src/engine/index'
import {articleFor, checkRewrite, sentenceSpanOf, type RewriteVerdict} from '../../../src/engine/rewrites/check'
import {readFixture} from '../../helpers'

// Sentences built from the project's own word pools: a subject, a verb, an object or a predicate, adjectives in
// series with commas and "and", asides between commas, sentence-initial adverbs, quotation marks around an
// adjective, numbers that want a source. Every generated sentence is clean: one space between words, no doubled
// punctuation, the right "a" or "an".
const ADJECTIVES = [
  'cheap',
  'cruel',
  'costly',
  'awful',
  'angry',
  'honest',
  'unusual',
  'useful',
  'European',
  'hourly',
  'vague',
  'odd',
  'elaborate',
  'bold',
  'reckless',
  'unlawful'
]
const NOUNS = [
  'plan',
  'deal',
  'idea',
  'hour',
  'union',
  'agency',
  'effort',
  'uproar',
  'report',
  'vote',
  'estimate',
  'employer',
  'inquiry'
]
const SUBJECTS = ['The council', 'The mayor', 'Officials', 'The union', 'Residents', 'Ms Okafor']
const VERBS = ['backed', 'rejected', 'described', 'announced', 'questioned']
const OPENERS = ['', 'Sadly, ', 'Frankly, ', 'Of course, ', 'In March, ']
const ASIDES = ['', ', sadly,', ', in fact,', ', frankly,']
const NUMBERS = ['16', '3,000', '$4 million', '80']

const article = (word: string) => {
  const bare = word.replace(/^[“"]/, '')
  return articleFor(bare) ?? 'a'
}

/** "a cheap, cruel and costly plan", "an “awful” idea", "the plan". */
const nounPhrase = fc
  .record({
    adjectives: fc.array(fc.constantFrom(...ADJECTIVES), {maxLength: 3}),
    noun: fc.constantFrom(...NOUNS),
    definite: fc.boolean(),
    quoted: fc.boolean(),
    joiner: fc.constantFrom(', ', ' and ')
  })
  .map(({adjectives, noun, definite, quoted, joiner}) => {
    const words = [...new Set(adjectives)].map((adjective, index) =>
      quoted && index === 0 ? `“${adjective}”` : adjective
    )
    const modifiers =
      words.length <= 1
        ? words.join('')
        : words.length === 2
          ? words.join(joiner === ', ' ? ', ' : ' and ')
          : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
    const body = modifiers ? `${modifiers} ${noun}` : noun
    return `${definite ? 'the' : article(body)} ${body}`
  })

/** "is cheap", "is cheap, cruel and costly", "looks odd". */
const predicate = fc
  .record({
    verb: fc.constantFrom('is', 'was', 'looks', 'seems'),
    adjectives: fc.array(fc.constantFrom(...ADJECTIVES), {minLength: 1, maxLength: 3})
  })
  .map(({verb, adjectives}) => {
    const words = [...new Set(adjectives)]
    return `${verb} ${words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`}`
  })

const sentence = fc
  .record({
    opener: fc.constantFrom(...OPENERS),
    subject: fc.constantFrom(...SUBJECTS),
    aside: fc.constantFrom(...ASIDES),
    rest: fc.oneof(
      fc.tuple(fc.constantFrom(...VERBS), nounPhrase).map(([verb, object]) => `${verb} ${object}`),
      predicate,
      fc
        .tuple(fc.constantFrom(...VERBS), fc.constantFrom(...NUMBERS), fc.constantFrom(...NOUNS))
        .map(([verb, number, noun]) => `${verb} ${number} ${noun}s`)
    )
  })
  .map(({opener, subject, aside, rest}) => {
    const start = !opener || subject.startsWith('Ms ') ? subject : subject.charAt(0).toLowerCase() + subject.slice(1)
    return `${opener}${start}${aside} ${rest}.`
  })

const REPLACEMENTS = ['', '', '', 'plan', 'odd', 'useful', 'honest', 'the', '[named sources]', 'an', 'a']

/** An edit of one to three neighbouring words (with the punctuation between them) of the middle sentence. */
const edit = fc.record({
  first: fc.nat(),
  length: fc.integer({min: 1, max: 3}),
  replacement: fc.constantFrom(...REPLACEMENTS),
  trailer: fc.boolean(),
  withComma: fc.boolean()
})

const DOUBLED_SPACE = / {2,}/
const DOUBLED_PUNCTUATION = /[,;:]\s*[,;:.!?]/
const SPACE_BEFORE_PUNCTUATION = / [,.;:!?)”]/

function words(text: string, from: number, to: number): Span[] {
  return [...text.slice(from, to).matchAll(/[$“]?[\p{L}\p{N}](?:[\p{L}\p{N}’',-]*[\p{L}\p{N}])?”?/gu)].map((match) => ({
    start: from + match.index,
    end: from + match.index + match[0].length
  }))
}

function articleMismatches(text: string): string[] {
  return [...text.matchAll(/\b([Aa]n?) [“"]?([\p{L}\p{N}$][\p{L}\p{N}-]*)/gu)]
    .filter((match) => {
      const expected = articleFor(match[2])
      return expected !== undefined && expected !== match[1].toLowerCase()
    })
    .map((match) => match[0])
}

/** Every guarantee an offered rewrite keeps; `before` is the sentence as generated. */
function checkGuarantees(
  text: string,
  sentenceSpan: Span,
  span: Span,
  replacement: string,
  verdict: RewriteVerdict
): void {
  if (verdict.status === 'rejected') {
    assert.ok(verdict.reason.length > 0)
    return
  }
  const before = text.slice(sentenceSpan.start, sentenceSpan.end)
  const edited = text.slice(0, verdict.span.start) + verdict.replacement + text.slice(verdict.span.end)
  // Nothing outside the sentence changes, and the verdict's edit gives the sentence it reports.
  assert.ok(
    verdict.span.start >= sentenceSpan.start && verdict.span.end <= sentenceSpan.end,
    'the edit stays in its sentence'
  )
  assert.ok(verdict.span.start <= span.start && verdict.span.end >= span.end, 'the edit holds the original span')
  assert.equal(edited.slice(0, sentenceSpan.start), text.slice(0, sentenceSpan.start))
  assert.equal(edited.slice(edited.length - (text.length - sentenceSpan.end)), text.slice(sentenceSpan.end))
  const after = edited.slice(sentenceSpan.start, edited.length - (text.length - sentenceSpan.end))
  assert.equal(after, verdict.sentence)
  if (verdict.status === 'accepted') assert.deepEqual([verdict.span, verdict.replacement], [span, replacement])
  // What was clean stays clean.
  const where = `${before} → ${after}`
  if (!DOUBLED_SPACE.test(before)) assert.ok(!DOUBLED_SPACE.test(after), `doubled space: ${where}`)
  if (!DOUBLED_PUNCTUATION.test(before)) assert.ok(!DOUBLED_PUNCTUATION.test(after), `doubled punctuation: ${where}`)
  if (!SPACE_BEFORE_PUNCTUATION.test(before))
    assert.ok(!SPACE_BEFORE_PUNCTUATION.test(after), `space before punctuation: ${where}`)
  assert.ok(articleMismatches(after).length <= articleMismatches(before).length, `a/an: ${where}`)
  assert.ok(!/^\s*\p{Ll}/u.test(after) || /^\s*\p{Ll}/u.test(before), `lower-case start: ${where}`)
}

/** Grammar and repetition findings the project's own linter reports in a sentence. */
function grammarFindings(text: string): number {
  return lintText(text, {kind: 'plaintext'}).findings.filter(
    (finding) => finding.ruleId === 'indefinite-article' || finding.ruleId === 'repeated-words'
  ).length
}

test('property: an accepted or mended rewrite of a generated sentence keeps every guarantee', () => {
  fc.assert(
    fc.property(
      sentence,
      sentence,
      sentence,
      edit,
      (first, middle, last, {first: at, length, replacement, trailer, withComma}) => {
        const text = `${first} ${middle} ${last}`
        const sentenceSpan = {start: first.length + 1, end: first.length + 1 + middle.length}
        const list = words(text, sentenceSpan.start, sentenceSpan.end)
        const from = list[at % list.length]
        const to = list[Math.min(list.length - 1, (at % list.length) + length - 1)]
        let span = {start: from.start, end: to.end}
        if (withComma && text[span.end] === ',') span = {start: span.start, end: span.end + 1}
        const actual = text.slice(span.start, span.end)
        const rewrite = trailer ? `${actual} (according to [source])` : replacement
        const verdict = checkRewrite(text, span, rewrite, sentenceSpan)
        checkGuarantees(text, sentenceSpan, span, rewrite, verdict)
        if (verdict.status !== 'rejected') {
          const edited = text.slice(0, verdict.span.start) + verdict.replacement + text.slice(verdict.span.end)
          assert.ok(
            grammarFindings(verdict.sentence) <= grammarFindings(text.slice(sentenceSpan.start, sentenceSpan.end)),
            `new grammar or repetition finding: ${verdict.sentence}`
          )
          assert.equal(
            edited.length - text.length,
            verdict.replacement.length - (verdict.span.end - verdict.span.start)
          )
        }
      }
    ),
    {numRuns: 300}
  )
})

test('property: the first rewrite of every finding in the project’s own articles keeps every guarantee', () => {
  for (const name of ['articles/harbor-deal.txt', 'articles/whose-voice.txt']) {
    const text = readFixture(name)
    const {findings, document} = lintText(text, {kind: 'plaintext'})
    for (const finding of findings) {
      const [suggestion] = finding.suggestions
      const sentenceSpan = suggestion && sentenceSpanOf(document, finding.span)
      if (!sentenceSpan) continue
      const verdict = checkRewrite(text, finding.span, suggestion.replacement, sentenceSpan)
      checkGuarantees(text, sentenceSpan, finding.span, suggestion.replacement, verdict)
    }
  }
})
