import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintMarkdown, lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('unsupported-claim: covers the claim’s words and offers an attribution with a placeholder', () => {
  const [finding] = ofRule(lintPlain('It is a push into the freight market, estimated to reach trillions of dollars.'), 'unsupported-claim')
  assert.equal(finding.actual, 'estimated to reach trillions of dollars')
  assert.equal(finding.message, 'Who estimated this, and when? “estimated to reach trillions of dollars” is a forecast with no source in this sentence or the one before.')
  assert.deepEqual(finding.suggestions, [
    {title: 'Name who made the estimate', replacement: 'estimated by [source] to reach trillions of dollars'},
    {title: 'Add the source', replacement: 'estimated to reach trillions of dollars (according to [source])'},
    {title: 'Mark it “[citation needed]”', replacement: 'estimated to reach trillions of dollars [citation needed]'}
  ])
})

test('unsupported-claim: a source in the sentence before supports the claim', () => {
  assert.deepEqual(ofRule(lintPlain('The harbour board published its forecast on Monday. Traffic is expected to double by 2030.'), 'unsupported-claim'), [])
  assert.equal(ofRule(lintPlain('The board met on Monday. Traffic is expected to double by 2030.'), 'unsupported-claim').length, 1)
})

test('unsupported-claim: a link or footnote in Markdown is a source', () => {
  assert.deepEqual(ofRule(lintMarkdown('Traffic is [expected to double](https://example.org/forecast) by 2030.'), 'unsupported-claim'), [])
  assert.deepEqual(ofRule(lintMarkdown('Traffic is expected to double by 2030.[^1]\n\n[^1]: Harbour board forecast, 2025.'), 'unsupported-claim'), [])
})

test('unsupported-claim: a figure already in the headline is the story’s premise, not a new claim', () => {
  const text = 'Northwind’s $2 Billion Harbour Bet\nThe $2 billion deal closed on Monday.'
  assert.deepEqual(ofRule(lintPlain(text), 'unsupported-claim'), [])
})

ruleCases('unsupported-claim', {
  fires: [
    ['The regional freight market is estimated to reach $90 billion by 2030.', 'estimated to reach $90 billion'],
    ['Container traffic rose 12% last year.', '12%'],
    ['The port handles trillions of dollars in goods.', 'trillions of dollars'],
    ['Kelby is the busiest port on the coast.', 'the busiest port'],
    ['It moved its entire fleet to Kelby.', 'entire fleet'],
    ['Deep-water berths are astronomically expensive.', 'are astronomically expensive'],
    ['Fees have doubled since the sale.', 'doubled'],
    ['Half of the tenants have left.', 'Half of'],
    ['Twenty million dollars went to dredging.', 'Twenty million dollars'],
    ['Rents are at an all-time high.', 'all-time high']
  ],
  silent: [
    'According to the harbour board, traffic rose 12% last year.',
    'Traffic rose 12% last year, the harbour board said.',
    'Gartner estimates the market will reach $90 billion.',
    '“Traffic rose 12% last year,” Okafor said.',
    'The port opened in 1998.',
    'The ferry leaves at 10 on Mondays.',
    'He worked there for 15 years.',
    'It was the first time the board met in public.',
    'The only way forward is to talk.',
    'The ship docked at berth 14.'
  ]
})
