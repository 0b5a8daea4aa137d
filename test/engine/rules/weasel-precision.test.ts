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

// Session 3, straight news: hedges and crowds that name no borrowed view, written for these tests.
thoroughOnly([
  // A crowd whose own verb comes after a relative clause: what it did, not what it thinks.
  ['However, many people who entered the draw had still not collected their prizes.', 'many people'],
  // An anonymous crowd speaking to a named outlet: the outlet stands behind the account.
  ['Several lawmakers told The Kelby Courier they feared the new berths.', 'Several lawmakers'],
  // A headline's hedge: the story below names the source.
  ['Harbour Master Reportedly Set to Resign Over Fees', 'Reportedly'],
  // The writer's own doubt, not someone else's claim.
  ['Ostensibly, Okafor came to the meeting to back the mayor.', 'Ostensibly'],
  // A passive view inside a document the sentence names.
  ['In the corrected Courier report, it was claimed that Okafor had seen the plans.', 'it was claimed'],
  ['The paper issued a correction for a story in which it was claimed that the pilots had struck.', 'it was claimed'],
  // A common view named in a free relative, and a reaction that is itself the news.
  ['Pilots were made to learn the new charts to fix what was seen as a weakness.', 'was seen as'],
  ['The mayor has come under fire for the fee rise.', 'come under fire'],
  ['Okafor faced protests over the berth plan at the harbour.', 'faced protests']
])

test('weasel: a crowd that acts is a vague number, with no “[named sources]” rewrite', () => {
  const [finding] = weaselsIn(
    'However, many people who entered the draw had still not collected their prizes.',
    'thorough'
  )
  assert.equal(finding.actual, 'many people')
  assert.deepEqual(finding.suggestions, [])
  assert.match(finding.message, /vague number of people/)
})

ruleCases('weasel', {
  fires: [
    ['It was claimed that Okafor had seen the plans.', 'It was claimed'],
    ['The mayor pushed through what is widely seen as a giveaway.', 'is widely seen as'],
    ['Many people who attended the meeting believe the vote was rigged.', 'Many people'],
    ['The harbour master reportedly resigned on Monday.', 'reportedly'],
    ['Some lawmakers told reporters the berths were unsafe.', 'Some lawmakers'],
    ['The fee rise has been criticized as a giveaway.', 'has been criticized']
  ],
  silent: []
})

test('weasel: an account carried on from a holder of views is no source for hearsay after it', () => {
  const hedge = (text: string) => weaselsIn(text, 'thorough').find((finding) => finding.actual === 'reportedly')
  assert.ok((hedge('Analysts believe the port will close. The owners reportedly want out.')?.confidence ?? 0) >= 0.5)
  assert.ok((hedge('Police believe the port will close. The owners reportedly want out.')?.confidence ?? 1) < 0.5)
})
