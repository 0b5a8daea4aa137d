// The scoring behind `npm run eval -- --only=articles`, on small hand-made inputs (not the shared data).
import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintText, type Category, type Finding} from '../src/engine/index'
import {
  applySuggestion,
  averageRanks,
  meanAbsoluteDifference,
  ratio,
  scoreArticle,
  sentenceAround,
  sentenceSpans,
  spearman,
  totalOf
} from './eval/marked-articles'
import {isFound, overlapping, overlaps, type GoldSpan, type SeedGold} from './eval/seed-score'

/** A finding with only what the scoring reads: category, rule and offsets. */
function finding(category: Category, start: number, end: number, actual = 'x'.repeat(end - start)): Finding {
  return {
    ruleId: category,
    confidence: 1,
    source: 'editorial-review',
    category,
    severity: 'warning',
    message: '',
    span: {start, end},
    actual,
    suggestions: [],
    url: ''
  }
}

const mark = (category: string, level: GoldSpan['level'], offset: number, length: number): GoldSpan => ({
  text: 'x'.repeat(length),
  offset,
  category,
  level,
  why: ''
})

test('a finding overlaps a mark when they share a code unit; touching ends do not', () => {
  const span = {text: 'abcde', offset: 10}
  assert.equal(overlaps(finding('weasel', 5, 10), span), false, 'ends where the mark starts')
  assert.equal(overlaps(finding('weasel', 15, 20), span), false, 'starts where the mark ends')
  assert.equal(overlaps(finding('weasel', 5, 11), span), true)
  assert.equal(overlaps(finding('weasel', 14, 20), span), true)
  assert.equal(overlaps(finding('weasel', 11, 12), span), true, 'inside the mark')
  assert.equal(overlaps(finding('weasel', 0, 30), span), true, 'around the mark')
  assert.equal(overlaps(finding('weasel', 12, 12), span), true, 'an empty range inside the mark')
  assert.equal(overlaps(finding('weasel', 10, 10), span), false, "an empty range at the mark's start")
  assert.deepEqual(overlapping(finding('weasel', 9, 16), [span, {text: 'z', offset: 16}, {text: 'y', offset: 8}]), [
    span
  ])
})

test('a mark is found only by a finding of its own category', () => {
  const span = mark('loaded-language', 'must', 10, 5)
  assert.equal(isFound(span, [finding('editorializing', 10, 15)]), false)
  assert.equal(isFound(span, [finding('editorializing', 10, 15), finding('loaded-language', 14, 18)]), true)
})

test('scoreArticle counts precision over any marked span, recall by level and category, and must_not_flag hits', () => {
  const gold: SeedGold = {
    findings: [
      mark('loaded-language', 'must', 0, 5),
      mark('loaded-language', 'should', 10, 5),
      mark('weasel', 'must', 20, 5),
      mark('speculation', 'may', 30, 5),
      mark('passive-voice', 'should', 40, 5)
    ],
    must_not_flag: [{text: 'xxxxx', offset: 50, why: 'a quotation'}]
  }
  const findings = [
    finding('loaded-language', 0, 3), // finds the must mark
    finding('loaded-language', 21, 23), // overlaps the weasel mark: a hit for precision, but finds nothing
    finding('speculation', 31, 33), // a hit on a `may` mark, which recall does not count
    finding('passive-voice', 50, 52), // unmarked and on a must_not_flag span
    finding('inclusive-language', 60, 62), // unmarked
    finding('repetition', 10, 15) // not one of the seven categories: not counted, and finds nothing
  ]
  const score = scoreArticle('a1', findings, gold)
  assert.deepEqual(score.overall, {
    findings: 5,
    hits: 3,
    must: 2,
    mustFound: 1,
    mustShould: 4,
    mustShouldFound: 1,
    forbidden: 1
  })
  assert.deepEqual(score.byCategory['loaded-language'], {
    findings: 2,
    hits: 2,
    must: 1,
    mustFound: 1,
    mustShould: 2,
    mustShouldFound: 1,
    forbidden: 0
  })
  assert.deepEqual(score.byCategory.weasel, {
    findings: 0,
    hits: 0,
    must: 1,
    mustFound: 0,
    mustShould: 1,
    mustShouldFound: 0,
    forbidden: 0
  })
  assert.deepEqual(score.byCategory.speculation, {
    findings: 1,
    hits: 1,
    must: 0,
    mustFound: 0,
    mustShould: 0,
    mustShouldFound: 0,
    forbidden: 0
  })
  assert.deepEqual(score.byCategory['passive-voice'], {
    findings: 1,
    hits: 0,
    must: 0,
    mustFound: 0,
    mustShould: 1,
    mustShouldFound: 0,
    forbidden: 1
  })
  assert.deepEqual(
    score.unmarked.map((item) => item.category),
    ['passive-voice', 'inclusive-language']
  )
  assert.deepEqual(
    score.missed.map((span) => `${span.level} ${span.category}`),
    ['should loaded-language', 'must weasel', 'should passive-voice']
  )
  assert.equal(score.forbidden.length, 1)
  assert.equal(score.forbidden[0].spans[0].why, 'a quotation')

  const totals = totalOf([score, scoreArticle('a2', [finding('loaded-language', 10, 12)], gold)])
  assert.deepEqual(totals.byCategory['loaded-language'], {
    findings: 3,
    hits: 3,
    must: 2,
    mustFound: 1,
    mustShould: 4,
    mustShouldFound: 2,
    forbidden: 0
  })
  assert.equal(totals.overall.findings, 6)
  assert.equal(totals.overall.mustShould, 8)
  assert.equal(totals.overall.mustShouldFound, 2)
})

test('ratio says n/a (NaN) when there is nothing to divide', () => {
  assert.equal(ratio(3, 4), 0.75)
  assert.ok(Number.isNaN(ratio(0, 0)))
})

test('average ranks share tied places', () => {
  assert.deepEqual(averageRanks([30, 10, 20, 20]), [4, 1, 2.5, 2.5])
  assert.deepEqual(averageRanks([5, 5, 5]), [2, 2, 2])
  assert.deepEqual(averageRanks([]), [])
})

test('Spearman ρ: monotone, reversed, with ties, and undefined without variation', () => {
  assert.equal(spearman([1, 2, 3, 4], [10, 40, 90, 1000]), 1)
  assert.equal(spearman([1, 2, 3, 4], [8, 6, 4, 2]), -1)
  // Ranks [1, 2.5, 2.5, 4] against [1, 2, 3, 4]: covariance 4.5, variances 4.5 and 5, so ρ = 3/√10.
  assert.ok(Math.abs(spearman([1, 2, 2, 3], [1, 2, 3, 4]) - 3 / Math.sqrt(10)) < 1e-12)
  assert.ok(Number.isNaN(spearman([50, 50, 50], [1, 2, 3])))
  assert.ok(Number.isNaN(spearman([1], [1])))
  assert.throws(() => spearman([1, 2], [1]))
})

test('mean absolute difference in points', () => {
  assert.equal(meanAbsoluteDifference([60, 40, 90], [50, 50, 50]), 20)
  assert.equal(meanAbsoluteDifference([70], [70]), 0)
  assert.ok(Number.isNaN(meanAbsoluteDifference([], [])))
  assert.throws(() => meanAbsoluteDifference([1, 2], [1]))
})

test('a rewrite replaces exactly the finding in its sentence', () => {
  const text = 'The plan failed. It was a truly awful plan. Nobody came.'
  const sentences = [
    {start: 0, end: 16},
    {start: 17, end: 43},
    {start: 44, end: 56}
  ]
  const start = text.indexOf('truly awful')
  const awful = finding('loaded-language', start, start + 'truly awful'.length)
  const sentence = sentenceAround(text, sentences, start, start + 'truly awful'.length)
  assert.deepEqual(sentence, {start: 17, end: 43})
  assert.equal(applySuggestion(text, sentence, awful, {title: 'Replace', replacement: 'poor'}), 'It was a poor plan.')
  assert.deepEqual(
    sentenceAround(text, sentences, 10, 20),
    {start: 0, end: 43},
    'a span across two sentences gets both'
  )
  assert.deepEqual(sentenceAround('one\ntwo\nthree', [], 5, 6), {start: 4, end: 7}, 'no sentence: the line')
})

test('sentence spans come from the tree the engine parsed', () => {
  const text = 'First one here. Second one.\n\nA new paragraph.'
  const spans = sentenceSpans(lintText(text, {kind: 'plaintext'}).document.tree)
  assert.deepEqual(
    spans.map((span) => text.slice(span.start, span.end)),
    ['First one here.', 'Second one.', 'A new paragraph.']
  )
})
