import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintText} from '../../src/engine/index'
import {scoreSeed, type SeedGold} from '../eval/seed-score'
import {readShared} from '../helpers'

// The seed article is someone else's writing: it is read from ../shared/fixtures, never copied here.
const article = readShared('fixtures/seed-article.txt')
const goldText = readShared('fixtures/seed-article.gold.json')
const skip =
  article === undefined || goldText === undefined
    ? 'the seed article is not in ../shared/fixtures on this machine'
    : false

test('seed article: every must mark is found in its category, precision at least 0.85, quotes untouched', {
  skip
}, (context) => {
  const {findings} = lintText(article!, {kind: 'plaintext'})
  const score = scoreSeed(findings, JSON.parse(goldText!) as SeedGold)
  context.diagnostic(
    `must ${score.mustFound}/${score.mustTotal}, should ${score.shouldFound}/${score.shouldTotal}, precision ${score.precision.toFixed(3)} (${score.editorialHits}/${score.editorialFindings})`
  )
  assert.deepEqual(
    score.missedMust.map((span) => `${span.category}: ${span.text}`),
    []
  )
  assert.ok(
    score.precision >= 0.85,
    `editorial precision ${score.precision.toFixed(3)} is below 0.85; unmarked: ${score.falsePositives.map((finding) => finding.actual).join(' | ')}`
  )
  assert.deepEqual(
    score.forbidden.map((finding) => finding.actual),
    []
  )
})

test('seed article: the three passives are passive-voice findings and no finding spans the headlines', {skip}, () => {
  const {findings} = lintText(article!, {kind: 'plaintext'})
  const passives = findings.filter((finding) => finding.ruleId === 'passive-voice').map((finding) => finding.actual)
  for (const phrase of [
    'is being framed',
    'are all controlled by one corporate entity',
    'is now inextricably linked'
  ]) {
    assert.ok(
      passives.some((actual) => actual.includes(phrase)),
      `missing passive “${phrase}” in ${JSON.stringify(passives)}`
    )
  }
  assert.ok(
    findings.every((finding) => !/[\r\n]/.test(finding.actual)),
    'a finding runs across a line break'
  )
  const controlled = findings.find(
    (finding) => finding.ruleId === 'passive-voice' && finding.actual.includes('are all controlled by')
  )!
  assert.equal(
    controlled.suggestions[0].replacement,
    'one corporate entity controls its very computational backbone, its data pipeline, and its deployment mechanisms'
  )
})
