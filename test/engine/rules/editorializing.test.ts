import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

const apply = (text: string, ruleId: string) => {
  const [finding] = ofRule(lintPlain(text), ruleId)
  return text.slice(0, finding.span.start) + finding.suggestions[0].replacement + text.slice(finding.span.end)
}

test('editorializing: deleting a marker leaves a clean sentence', () => {
  assert.equal(apply('Notably, no rival carrier was asked.', 'editorializing'), 'No rival carrier was asked.')
  assert.equal(apply('Kelby, notably, had already sold one berth.', 'editorializing'), 'Kelby had already sold one berth.')
  assert.equal(apply('The sharpest observation here is that the port is small.', 'editorializing'), 'The port is small.')
  assert.equal(apply('The fees are, of course, higher.', 'editorializing'), 'The fees are higher.')
})

test('editorializing: a rhetorical question in the body is flagged, a headline question is not', () => {
  const text = 'The board met on Monday. Yet how can a port stay open to all when one group owns it? Fees rose.'
  assert.deepEqual(ofRule(lintPlain(text), 'editorializing').map((finding) => finding.actual), ['Yet how can a port stay open to all when one group owns it?'])
  assert.deepEqual(ofRule(lintPlain('Who owns the harbour?'), 'editorializing'), [])
  assert.deepEqual(ofRule(lintPlain('She asked the board. “Who owns the harbour now?” she said. It did not answer.'), 'editorializing'), [])
})

test('editorializing: a question inside quotation marks is the speaker’s, even when the sentence opens outside them', () => {
  const text = 'The host pressed the minister. He then asked: “So you are saying the port will close? I want to be clear.” She did not answer.'
  assert.deepEqual(ofRule(lintPlain(text), 'editorializing'), [])
})

ruleCases('editorializing', {
  fires: [
    ['Notably, no rival was consulted.', 'Notably'],
    ['Interestingly, the fees rose.', 'Interestingly'],
    ['The deal is, of course, good for Northwind.', 'of course'],
    ['The plan clearly favours one carrier.', 'clearly'],
    ['We are witnessing the end of open ports.', 'We are witnessing'],
    ['Sadly, the ferry stopped running.', 'Sadly'],
    ['The truth is that nobody asked the tenants.', 'The truth is that'],
    ['It is worth noting that fees doubled.', 'It is worth noting that']
  ],
  silent: [
    'The berths are clearly marked on the chart.',
    'The wishes of the tenants were clearly expressed in the vote.',
    'Fees rose significantly in May.',
    'The ferry was notably absent from the schedule, the board said.',
    'Of the ten berths, four are empty.',
    '“Of course we will keep it open,” Okafor said.'
  ]
})
