import assert from 'node:assert/strict'
import {test} from 'node:test'
import {BALANCE_WEIGHTS, scoreBalance, type BalanceReport} from '../../../src/engine/index'
import {readFixture, readShared} from '../../helpers'

const component = (report: BalanceReport, id: string) => report.components.find((entry) => entry.id === id)!

test('balance: the weights sum to 1 and the score is their weighted sum', () => {
  const report = scoreBalance(readFixture('articles/harbor-deal.md'), {kind: 'markdown'})
  assert.equal(Math.round(Object.values(BALANCE_WEIGHTS).reduce((total, weight) => total + weight, 0) * 1000), 1000)
  const weighted = report.components.reduce((total, entry) => total + entry.weight * entry.score, 0)
  assert.equal(report.score, Math.round(weighted * 100))
  for (const entry of report.components) {
    assert.ok(entry.score >= 0 && entry.score <= 1, entry.id)
    assert.equal(entry.weight, BALANCE_WEIGHTS[entry.id])
  }
})

test('balance: the balanced rewrite scores clearly higher than the one-sided article', () => {
  const oneSided = scoreBalance(readFixture('articles/harbor-deal.md'), {kind: 'markdown'})
  const balanced = scoreBalance(readFixture('articles/harbor-deal-balanced.md'), {kind: 'markdown'})
  assert.ok(oneSided.score < 40, `one-sided scored ${oneSided.score}`)
  assert.ok(balanced.score >= 70, `balanced scored ${balanced.score}`)
  assert.ok(balanced.score - oneSided.score >= 30)
  assert.equal(balanced.verdict, 'Balanced')
  // The rewrite names an outside voice who disputes the deal, and sources its figures.
  assert.ok(balanced.sources.some((source) => source.name === 'Lena Brandt' && source.side === 'independent'))
  assert.ok(balanced.sources.some((source) => source.name === 'Mara Okafor' && source.side === 'principal'))
  assert.equal(component(balanced, 'counter-perspective').score, 1)
  assert.equal(component(balanced, 'attribution').score, 1)
})

test('balance: every piece of evidence points at its own text', () => {
  const text = readFixture('articles/harbor-deal.md')
  const report = scoreBalance(text, {kind: 'markdown'})
  for (const entry of report.components) {
    for (const item of entry.evidence) assert.equal(text.slice(item.span.start, item.span.end), item.text, entry.id)
  }
})

test('balance: an article with no sources, claims or opinions is scored without dividing by zero', () => {
  const empty = scoreBalance('', {kind: 'plaintext'})
  assert.ok(Number.isFinite(empty.score))
  assert.equal(empty.words, 0)
  const plain = scoreBalance('The ferry leaves at noon.', {kind: 'plaintext'})
  assert.ok(Number.isFinite(plain.score))
})

const seed = readShared('fixtures/seed-article.txt')

test('balance: the seed article scores well below the middle, for the reasons an editor gives', {skip: seed === undefined ? 'the seed article is not in ../shared/fixtures' : false}, () => {
  const report = scoreBalance(seed!, {kind: 'plaintext'})
  assert.ok(report.score < 40, `scored ${report.score}`)
  // Only the two chief executives are quoted, both for the deal's own side.
  assert.deepEqual(report.sources.filter((source) => source.named).map((source) => [source.name, source.side]), [
    ['Andy Jassy', 'principal'],
    ['Dario Amodei', 'principal']
  ])
  assert.match(component(report, 'voices').detail, /all from the deal's own side \((Anthropic and Amazon|Amazon and Anthropic)\)/)
  assert.equal(component(report, 'counter-perspective').score, 0)
  assert.ok(component(report, 'attribution').evidence.some((item) => item.text.includes('estimated to reach trillions of dollars')))
  assert.ok(component(report, 'loaded-language').evidence.some((item) => item.text === 'empire'))
  assert.match(report.nextSteps.join(' '), /Quote someone outside (Anthropic and Amazon|Amazon and Anthropic)/)
})
