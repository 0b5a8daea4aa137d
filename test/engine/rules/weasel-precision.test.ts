import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests: a crowd that does a deed rather than holds a view, and the hedge accuracy asks
// of unverified material, read on articles the rules were not tuned on (weasel.ts).

const weaselsIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'weasel')

function thoroughOnly(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [sentence, actual] of cases) {
    test(`weasel flags “${actual}” only at thorough in: ${sentence}`, () => {
      const thorough = weaselsIn(sentence, 'thorough').filter((finding) => finding.actual.includes(actual))
      assert.ok(thorough.length > 0, JSON.stringify(weaselsIn(sentence, 'thorough').map((finding) => finding.actual)))
      assert.ok(thorough.every((finding) => finding.confidence < 0.5))
      assert.deepEqual(
        weaselsIn(sentence).filter((finding) => finding.actual.includes(actual)),
        []
      )
    })
  }
}

thoroughOnly([
  // The crowd does something; it gives no view.
  ['Backed by many moderates in the harbour wards, Okafor won the seat.', 'many moderates'],
  // A crowd in a comparison, or one that finds itself somewhere: what befalls it is no view it holds.
  ['Like many people in these towns, Okafor found himself short of work.', 'many people'],
  ['Sadly, many people find themselves only getting deeper into debt.', 'many people'],
  ['The clause has been relied upon by many groups, such as unions and guilds.', 'many groups'],
  // The views are shown next.
  ['Here are some residents’ thoughts on the new fees:', 'some residents'],
  // Unverified material: the hedge is the accurate word, and the material is the source.
  ['A photograph purportedly showing the mayor with the developer is widely shared.', 'purportedly'],
  ['A video that allegedly shows the collision circulated on Monday.', 'allegedly']
])

ruleCases('weasel', {
  fires: [
    ['The harbour was called by many experts a front for smugglers.', 'many experts'],
    ['The mayor reportedly resigned on Monday.', 'reportedly'],
    ['The skipper purportedly sold the boat twice.', 'purportedly']
  ],
  silent: [
    // Before a quality, with a degree word between: the writer's inference or a sneer, not hearsay.
    'Someone apparently too young to remember the old ferry wrote the memo.'
  ]
})

test('weasel: a crowd named after a participle of judging still gives a view', () => {
  assert.deepEqual(
    weaselsIn('The plan was criticized by many residents at the meeting.').map((finding) => finding.actual),
    ['criticized by many residents']
  )
})
