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

// Questions answered at once are real questions: the writer's signpost, an interviewer's, a street poll's.
test('editorializing: a question the next sentence answers is a signpost, shown only at thorough', () => {
  const shown = (text: string) => editorialsIn(text).map((finding) => finding.actual)
  const atThorough = (text: string) => editorialsIn(text, 'thorough').map((finding) => finding.actual)
  const signposts = [
    'The ferry fares rose by a third last year. Why the jump? Because the fuel levy doubled in March.',
    'The port board met for six hours. The result? Fees for small boats will fall in May.',
    'Three berths stand empty. Why? The dredging contract ran out in June.',
    'So which boats must pay the new levy? First, every vessel longer than 12 metres pays it.',
    'The council voted to close the quay. Was the vote legal? It may have been, had the notice gone out in time.',
    'The levy was raised twice. Did the port warn the fishermen? Officials didn’t say.',
    'The town pays half. Will the fee rise again? Not yet, the harbour master said.',
    'Fares rose in May. Does the levy matter to a day tripper? It sure does, at two pounds a ticket.'
  ]
  for (const text of signposts) {
    assert.deepEqual(shown(text), [], text)
    assert.equal(atThorough(text).length, 1, text)
  }
  // A question the writer leaves hanging, or answers with a sneer, argues.
  const argued = [
    'The board met on Monday. Yet who will pay for the new quay?',
    'The mayor sold her shares in May. Why else would she sell them a week before the vote?',
    'Fees doubled. Where is the outrage over that? Nobody on the council said a word.',
    'The levy was raised twice. Is there no limit to their greed? The port made a profit again.'
  ]
  for (const text of argued) assert.equal(shown(text).length, 1, text)
})

test('editorializing: an interviewer’s questions are answered by the person interviewed', () => {
  const interview = [
    'Mara Quill has run the harbour ferry for twenty years.',
    '',
    'What made you take the job?',
    '',
    'I grew up on the quay, and my father ran the boat before me.',
    '',
    'How do you feel about the new levy?',
    '',
    'I think it is fair, but the timing was hard on us.',
    '',
    'Are you worried about next winter?',
    '',
    'We have been through worse.'
  ].join('\n')
  const questions = editorialsIn(interview).filter((finding) => finding.actual.endsWith('?'))
  assert.deepEqual(questions, [])
  // Questions put in the street, each answered in quotation marks.
  const street = [
    'A reporter asked passengers on the morning ferry about the levy.',
    '',
    'What have you heard about the new fee?',
    '',
    '“Nothing at all, to be honest.”',
    '',
    'Do you think it is fair?',
    '',
    '“It’s fine if the boats run on time.”'
  ].join('\n')
  assert.deepEqual(
    editorialsIn(street).filter((finding) => finding.actual.endsWith('?')),
    []
  )
  // A columnist's questions put to the reader, with no one answering, stay findings.
  const column = [
    'The council raised the levy again.',
    '',
    'Are you tired of paying for their mistakes? Do you want a say in how the port is run?',
    '',
    'Then come to the meeting on Tuesday.'
  ].join('\n')
  assert.ok(editorialsIn(column).filter((finding) => finding.actual.endsWith('?')).length >= 1)
})

test('editorializing: a plain question in the body is less sure than one that shows its rhetoric', () => {
  const confidence = (text: string, start: string) =>
    editorialsIn(text, 'thorough').find((finding) => finding.actual.startsWith(start))?.confidence ?? 0
  const plain = confidence(
    'The board met on Monday. Who will run the ferry next year? The tender closes in May.',
    'Who will'
  )
  const argued = confidence(
    'The board met on Monday. Why should anyone trust the board again? It lied twice.',
    'Why should'
  )
  assert.ok(plain >= 0.5 && plain < argued, `${plain} < ${argued}`)
})

// An explainer guiding readers through facts: shown only at thorough. An order or a threat stays a finding.
test('editorializing: "Remember, …", "Consider …", "Keep in mind …" guide the reader; calls to act stay', () => {
  const shown = (text: string) => editorialsIn(text).map((finding) => finding.actual)
  for (const text of [
    'Recall that the levy was first raised in 2015.',
    'Consider the tonnage figures for the last three years.',
    'Keep in mind that the ferry carries 400 people a day.',
    'Think about that for a moment.',
    'Note that the fee applies only to boats over 12 metres.',
    'The bottom line is that the port needs the money.'
  ])
    assert.deepEqual(shown(text), [], text)
  assert.equal(editorialsIn('Consider the tonnage figures for the last three years.', 'thorough').length, 1)
  for (const text of [
    'Call your councillor today and tell them to vote no.',
    'Don’t let them get away with it.',
    'Remember this in November, and vote them out!'
  ])
    assert.equal(shown(text).length, 1, text)
})
