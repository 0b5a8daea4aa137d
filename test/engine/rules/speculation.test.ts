import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('speculation: offers a hedged form of the verb', () => {
  const [finding] = ofRule(lintPlain('The deal will inevitably shape the port’s future.'), 'speculation')
  assert.equal(finding.actual, 'will inevitably shape')
  assert.deepEqual(
    finding.suggestions.map((suggestion) => suggestion.replacement),
    ['could shape', 'may shape']
  )
  const [sweeping] = ofRule(lintPlain('The merger fundamentally alters the harbour.'), 'speculation')
  assert.deepEqual(sweeping.suggestions.map((suggestion) => suggestion.replacement), ['may alter', 'could alter'])
})

ruleCases('speculation', {
  fires: [
    ['The port will inevitably lose tenants.', 'will inevitably lose'],
    ['Fees are certain to rise.', 'are certain to'],
    ['The buyer is bound to cut jobs.', 'is bound to'],
    ['The plan is undeniably a land grab.', 'undeniably'],
    ['There is no doubt that rents will rise.', 'There is no doubt'],
    ['For Northwind, the incentive is clear: control the berths.', 'the incentive is clear'],
    ['The sale fundamentally alters the harbour.', 'fundamentally alters'],
    ['It is clear that the board failed.', 'It is clear that']
  ],
  silent: [
    'The port could lose tenants, analysts said.',
    'Fees may rise next year.',
    'The board will meet on Monday.',
    'The water is clear and cold.',
    '“Fees will inevitably rise,” Okafor said.',
    'I am not sure to what extent the board agreed.'
  ]
})
