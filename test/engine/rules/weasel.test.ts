import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('weasel: names the missing source and offers a placeholder for it', () => {
  const [finding] = ofRule(lintPlain('Diversity, which many believe is critical, is lost.'), 'weasel')
  assert.equal(finding.actual, 'many believe')
  assert.equal(finding.category, 'weasel')
  assert.equal(finding.severity, 'warning')
  assert.deepEqual(finding.suggestions, [{title: 'Name the source: replace “many believe” with “[named sources] believe”', replacement: '[named sources] believe'}])
  assert.match(finding.message, /^Who\?/)
})

test('weasel: a counted share of a group is a poll result, not a vague source', () => {
  assert.deepEqual(ofRule(lintPlain('A harbour poll showed 61 percent of residents said fees were too high.'), 'weasel'), [])
  assert.deepEqual(ofRule(lintPlain('Residents said fees were too high.'), 'weasel').map((finding) => finding.actual), ['Residents said'])
})

test('weasel: “supposedly” before an adjective sneers (loaded language); before a verb it hides a source', () => {
  const categories = (text: string) => lintPlain(text).filter((finding) => finding.actual.includes('supposedly')).map((finding) => finding.category)
  assert.deepEqual(categories('The board ordered a supposedly independent review.'), ['loaded-language'])
  assert.deepEqual(categories('The board supposedly ordered a review.'), ['weasel'])
})

ruleCases('weasel', {
  fires: [
    ['Many believe the port will close.', 'Many believe'],
    ['Some say the fees are too high.', 'Some say'],
    ['Critics argue that the deal hurts tenants.', 'Critics argue'],
    ['Experts say the berths are too shallow.', 'Experts say'],
    ['It is widely thought that rents will rise.', 'It is widely thought'],
    ['Studies show that bigger ports are safer.', 'Studies show'],
    ['Observers note the timing of the sale.', 'Observers note'],
    ['Some industry analysts expect a sale.', 'Some industry analysts'],
    ['The harbour is widely regarded as the best on the coast.', 'widely regarded'],
    ['The director is said to favour the bid.', 'is said to'],
    ['The plan was seen by many as a sell-out.', 'seen by many'],
    ['According to some, the deal was rushed.', 'According to some'],
    ['The firm reportedly lost money.', 'reportedly'],
    ['There is a growing consensus that fees must fall.', 'There is a growing consensus']
  ],
  silent: [
    'Analysts at Moody’s say the debt is safe.',
    'The analysts named above said the same.',
    'Mara Okafor, the chief executive, said fees would fall.',
    'According to the harbour board, fees will rise.',
    'Many ships docked on Monday.',
    'It has seen more than four generations of owners.',
    'The street is known as Harbour Row.',
    'The line was used by many passenger trains.',
    '“Many believe it,” Okafor said.'
  ]
})

test('vague-quantity is off by default and reports when turned on', () => {
  const text = 'Many companies left the port in some cases.'
  assert.deepEqual(ofRule(lintPlain(text), 'vague-quantity'), [])
  const found = ofRule(lintPlain(text, {rules: {'vague-quantity': true}}), 'vague-quantity')
  assert.deepEqual(found.map((finding) => [finding.actual, finding.category, finding.severity]), [
    ['Many companies', 'weasel', 'info'],
    ['in some cases', 'weasel', 'info']
  ])
  assert.equal(found[0].suggestions[0].replacement, '[number] companies')
})

test('weasel: “so many” and “too many” measure a number; they cite no one', () => {
  assert.deepEqual(ofRule(lintPlain('It is hard to see why so many people queue for the ferry.'), 'weasel'), [])
  assert.deepEqual(ofRule(lintPlain('Far too many residents lost their berths.'), 'weasel'), [])
  assert.deepEqual(ofRule(lintPlain('Many people think the ferry is too slow.'), 'weasel').map((finding) => finding.actual), ['Many people'])
})
