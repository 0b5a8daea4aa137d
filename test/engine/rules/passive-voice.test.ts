import assert from 'node:assert/strict'
import {test} from 'node:test'
import {baseForm} from '../../../src/engine/rewrites/english'
import {lintPlain, ofRule} from '../../helpers'

const passives = (text: string) => ofRule(lintPlain(text), 'passive-voice')
const rewrites = (text: string) => passives(text).map((finding) => [finding.actual, finding.suggestions[0]?.replacement])

test('passive-voice: one whole finding', () => {
  assert.deepEqual(passives('The berths are all controlled by one shipping group.'), [
    {
      ruleId: 'passive-voice',
      source: 'editorial-review',
      category: 'passive-voice',
      severity: 'info',
      message: 'Passive voice: “are all controlled” puts the actor, one shipping group, last; the active voice says the same more directly.',
      span: {start: 0, end: 51},
      actual: 'The berths are all controlled by one shipping group',
      suggestions: [
        {
          title: 'Rewrite in the active voice: “One shipping group controls the berths”',
          replacement: 'One shipping group controls the berths'
        }
      ],
      url: 'https://github.com/editorial-review/editorial-review/blob/main/docs/rules/passive-voice.md',
      note: 'Passive constructions can hide who is responsible for an action. Keep them when the actor is unknown or beside the point.'
    }
  ])
})

test('passive-voice: regular participles after a form of "be", with adverbs between', () => {
  assert.deepEqual(
    passives('The deal is being framed as defence. The port is now inextricably linked to the carrier. Fees were raised. It has been approved.').map((finding) => finding.actual),
    ['is being framed', 'is now inextricably linked', 'were raised', 'has been approved']
  )
})

test('passive-voice: offers the active rewrite when the agent is named', () => {
  assert.deepEqual(rewrites('Its terminals, its software, and its pilots are all controlled by one group.'), [
    ['Its terminals, its software, and its pilots are all controlled by one group', 'One group controls its terminals, its software, and its pilots']
  ])
  assert.deepEqual(rewrites('The fees were raised by the harbour board.'), [['The fees were raised by the harbour board', 'The harbour board raised the fees']])
  assert.deepEqual(rewrites('Critics say the plan will be reviewed by regulators.'), [['the plan will be reviewed by regulators', 'regulators will review the plan']])
  assert.deepEqual(rewrites('A deal that was approved by regulators closed.'), [['that was approved by regulators', 'that regulators approved']])
  assert.deepEqual(rewrites('She was hired by them.'), [['She was hired by them', 'They hired her']])
  assert.deepEqual(rewrites('The tenants have been warned by the port authorities.'), [['The tenants have been warned by the port authorities', 'The port authorities have warned the tenants']])
})

test('passive-voice: no rewrite when "by" says how or when, and none for negated or progressive passives', () => {
  assert.deepEqual(rewrites('The fees were raised by far the most.'), [['were raised', undefined]])
  assert.deepEqual(rewrites('The fees were raised by 2030.'), [['were raised', undefined]])
  assert.deepEqual(rewrites('The fees were raised by cutting services.'), [['were raised', undefined]])
  assert.deepEqual(rewrites('The fees were not raised by the board.'), [['were not raised by the board', undefined]])
})

test('passive-voice: adjectives after "be" are not passives', () => {
  for (const text of ['The board is interested in the port.', 'The crew was tired.', 'The carrier is based in Kelby.', 'Investors are concerned.', 'She is experienced.', 'The need is real.', 'They were excited to bid.']) {
    assert.deepEqual(passives(text), [], text)
  }
})

test('passive-voice: irregular participles come from retext-passive, under their own rule id', () => {
  const findings = lintPlain('The terminal was built in 1990.')
  assert.deepEqual(findings.map((finding) => [finding.ruleId, finding.source, finding.category, finding.actual]), [
    ['passive-voice-irregular', 'retext-passive', 'passive-voice', 'built']
  ])
})

test('passive-voice: quoted speech is the speaker\'s and is not flagged', () => {
  assert.deepEqual(passives('“The berths are controlled by us,” Okafor said.'), [])
})

test('baseForm undoes regular -ed endings', () => {
  const cases = {framed: 'frame', controlled: 'control', linked: 'link', carried: 'carry', required: 'require', stopped: 'stop', agreed: 'agree', called: 'call', created: 'create', limited: 'limit', changed: 'change', valued: 'value'}
  for (const [participle, base] of Object.entries(cases)) assert.equal(baseForm(participle), base, participle)
})
