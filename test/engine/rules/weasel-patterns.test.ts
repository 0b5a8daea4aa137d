import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

/*
 * Vague attributions in fixed forms: the passive with an adverb between ("it
 * is also said"), a fact known by no one ("it is known that"), a verdict
 * tacked on after a comma, a view held by everyone and no one ("the widely
 * accepted view"), a story with no teller ("tradition holds"), papers cited
 * without an owner ("emails show"). All sentences written for these tests.
 */

ruleCases('weasel', {
  fires: [
    ['It is also said that the mayor kept a second ledger.', 'It is also said'],
    ['The tonic is also said to cure colds.', 'is also said to'],
    ['The ferry is still thought to be unsafe.', 'is still thought to'],
    ['It is known that the bridge was unsafe.', 'It is known that'],
    ['The architect, considered the finest of her generation, retired.', 'considered the'],
    ['The twins, widely regarded as the best in the league, retired.', 'widely regarded as'],
    ['The widely accepted view is that the war was avoidable.', 'widely accepted view'],
    ['The commonly held belief is that the tunnel leaks.', 'commonly held belief'],
    ['Tradition holds that the bridge was built in a night.', 'Tradition holds'],
    ['Legend says the well has no bottom.', 'Legend says'],
    ['Some would dispute that account.', 'Some would dispute'],
    ['Recently released emails show that the mayor changed the schedule.', 'emails show'],
    ['Internal documents reveal a second contract.', 'documents reveal'],
    ['Everyone knows that the plan failed.', 'Everyone knows']
  ],
  silent: [
    'He considered the offer for a week.',
    'She regarded the visitors with suspicion.',
    'Court records show he paid the fine.',
    'Court documents show he paid the fine.',
    'Birth records show she was born in the city.',
    'The documents show a second contract, the auditor said.',
    'These emails show the order of events.',
    'The drug is known as Zyx.',
    'The valley is known for its wine.',
    'The parts are known to fail in the cold.',
    'He is known to police.',
    'The tradition holds a special place in the town.',
    'Many would like a recount.',
    // "that" pointing at a thing, not opening a clause: no view is given.
    'Everyone knows that feeling.',
    'Observers know that road well.'
  ]
})

test('weasel: papers with their owner named show only at thorough', () => {
  const weasels = (text: string, sensitivity: 'balanced' | 'thorough') =>
    ofRule(lintPlain(text, {sensitivity}), 'weasel').map((finding) => finding.actual)
  assert.deepEqual(weasels('The councillor’s emails show that she knew of the leak.', 'balanced'), [])
  assert.deepEqual(weasels('The councillor’s emails show that she knew of the leak.', 'thorough'), ['emails show'])
})

test('weasel: papers with no owner get a placeholder for one', () => {
  const [finding] = ofRule(lintPlain('Recently released emails show that the mayor changed the schedule.'), 'weasel')
  assert.deepEqual(
    finding.suggestions.map((suggestion) => suggestion.replacement),
    ['[source] shows']
  )
})
