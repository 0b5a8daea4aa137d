import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests: what the writer in person, the page and a misread name are not, read on
// articles the rules were not tuned on (editorializing.ts, editorializing-passage.ts).

const editorialsIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'editorializing')

/** Sentences left alone even at `thorough`. */
function silentAtThorough(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    test(`editorializing stays quiet at thorough on: ${sentence}`, () => {
      assert.deepEqual(
        editorialsIn(sentence, 'thorough').map((finding) => finding.actual),
        []
      )
    })
  }
}

// The writer in a first-person account: unsure of a fact, estimating a figure, telling a feeling. Not a view.
silentAtThorough([
  'No, I am not sure if the march was legal, or what it was for.',
  'I’m not certain when the old ferry stopped running.',
  'I’d guess from memory four or five storeys high.',
  'I would estimate 200 people stood on the quay.',
  'I feel awful for missing her call, and my thoughts are with her crew.',
  'My thoughts and prayers go to the families of the crew.',
  'I felt so bad for the skipper when the mast broke.',
  'I’m glad we went out on the water that day.',
  'I’m sorry I missed the launch.'
])

// A view is still a view, and an appeal to the readers is a call to action.
ruleCases('editorializing', {
  fires: [
    ['I think the levy is unfair.', 'I think'],
    ['I feel that the levy is unfair.', 'I feel'],
    ['I’m not sure that the levy is a good idea.', 'I’m not sure'],
    ['I’m glad the council finally listened.', 'I’m glad'],
    ['I ask my fellow residents to reject the sale of the quay.', 'I ask'],
    ['I urge every voter to turn out on Thursday.', 'I urge'],
    ['We are better than this.', 'We are better than this']
  ],
  silent: ['I asked the harbour master to comment on the fees.', 'I asked the mayor about the levy.']
})

test('editorializing: "I didn’t think" is the story of a view once held, shown at thorough only', () => {
  const text = 'As a former deckhand, I didn’t think the crew understood the winch.'
  assert.deepEqual(editorialsIn(text), [])
  const found = editorialsIn(text, 'thorough').find((finding) => finding.actual.startsWith('I didn'))
  assert.ok(found && found.confidence < 0.5)
  assert.ok(
    editorialsIn('I don’t think the crew understood the winch.').some((finding) => finding.actual.startsWith('I don'))
  )
})

// "we" and "our" alone: the writer's ordinary voice in a signed column or a first-person account.
silentAtThorough([
  'At moments of crisis in our nation, we can look to the charter for guidance.',
  'Our government borrowed from the banks for a century.',
  'We have five more cases from the same harbour.',
  'We’ll see what happens in court.',
  'Besides being a pilot, she taught at the college near where we live.',
  'Her partner, who we are told is also a pilot, was questioned and released.'
])

// "we" with a view, an appeal or the readers together still counts.
ruleCases('editorializing', {
  fires: [
    ['We must stop the sale of the quay.', 'We must'],
    ['We all know how this ends.', 'We all know'],
    ['Lest we forget who sold the quay in the first place.', 'we forget']
  ],
  silent: []
})

test('editorializing: a view after "we" shows at thorough only', () => {
  const found = editorialsIn('We believe in an open harbour.', 'thorough')
  assert.deepEqual(
    found.map((finding) => finding.actual),
    ['We believe']
  )
  assert.ok(found[0].confidence < 0.5)
  assert.deepEqual(
    editorialsIn('We value every fisher in this town.', 'thorough').map((finding) => finding.actual),
    ['We value']
  )
})

// A reference by number is no imperative; a figure given as an answer is no retort; a title in Title Case is no verdict.
silentAtThorough([
  'Article I, Section 8, of the charter gives the council the power to set fees.',
  'Title IX of the act covers the harbour school.',
  'The insiders sold four million shares. The number they bought: zero. Zero.',
  'The wave was higher than the harbour wall. Maybe four metres. Maybe four.',
  'Her new book, The Harbour Is Closing (This Is Not a Joke), is out now.'
])

ruleCases('editorializing', {
  fires: [
    ['The board promised to lower fees. Zero chance.', 'Zero chance.'],
    ['The board will lower the fees. Doubtful.', 'Doubtful.'],
    ['Donald Trump Cannot Be Trusted With the Harbour', 'Cannot Be Trusted'],
    ['Call your councillor today.', 'Call your councillor today']
  ],
  silent: []
})

// The page asking to be shared or pointing at itself is furniture, not the writer's excitement.
silentAtThorough([
  'Please share this news and comment below!',
  'Leave your thoughts below!',
  'Download the harbour app now!',
  'Share if you think the quay should stay open!',
  'Enjoy the regatta segment above, and see the full race at noon.',
  'Keep it locked on the Harbour Herald for the latest.',
  'Stay tuned for more on the ferry strike!'
])

// Words the page shares with prose do not make an exclamation the page's.
ruleCases('editorializing', {
  fires: [
    [
      'The board met on Monday. It is like a circus down at the quay! Fees rose.',
      'It is like a circus down at the quay!'
    ],
    [
      'The crew was rescued at dawn. Lucky for them this story ended well! The boat sank.',
      'Lucky for them this story ended well!'
    ],
    ['The board met. How could you even think that?! It did not answer.', 'How could you even think that?!']
  ],
  silent: []
})

test('editorializing: an aside the loaded-language rule also reports is one finding, owned by its place', () => {
  // Opening the sentence or after a comma, the word is the writer's aside: this rule's.
  const aside = lintPlain('Needless to say, the board kept the fees.').filter((finding) =>
    ['editorializing', 'loaded-language'].includes(finding.ruleId)
  )
  assert.deepEqual(
    aside.map((finding) => finding.ruleId),
    ['editorializing']
  )
  assert.ok(aside[0].actual.startsWith('Needless to say'))
  // Inside the clause it qualifies a verb: a loaded word.
  const inside = lintPlain('The harbour master conveniently cropped the photo before the meeting.').filter((finding) =>
    ['editorializing', 'loaded-language'].includes(finding.ruleId)
  )
  assert.deepEqual(
    inside.map((finding) => finding.ruleId),
    ['loaded-language']
  )
  assert.ok(inside[0].actual.startsWith('conveniently'))
})

test('editorializing: an explainer’s signpost and a concession answered by "but" are not the writer’s sneer', () => {
  const shown = (text: string) => ofRule(lintPlain(text), 'editorializing').map((finding) => finding.actual)
  assert.deepEqual(shown('Here’s what you need to know about the harbour vote.'), [])
  assert.deepEqual(shown('Yes, the council voted, but the port stays open.'), [])
  assert.deepEqual(shown('Sure, the fees rose, yet the ferries still run.'), [])
  // The reader told what to do, and a "Yes" with nothing answered, stay findings.
  assert.equal(shown('You need to call your councillor today.').length, 1)
  assert.equal(shown('Yes, the council really did that.').length, 1)
})
