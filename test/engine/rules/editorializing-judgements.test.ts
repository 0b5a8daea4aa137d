import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests; the patterns are in editorializing.data.ts, editorializing-judgements.ts and
// editorializing.ts (imperatives inside the sentence, narration in the first person).

const editorialsIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'editorializing')

/** Sentences flagged only at `thorough` (weaker evidence, confidence below .5), and left alone at the default. */
function thoroughOnly(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [sentence, actual] of cases) {
    test(`editorializing flags “${actual}” only at thorough in: ${sentence}`, () => {
      const thorough = editorialsIn(sentence, 'thorough').filter((finding) => finding.actual.includes(actual))
      assert.ok(
        thorough.length > 0,
        `expected “${actual}”, got ${JSON.stringify(editorialsIn(sentence, 'thorough').map((finding) => finding.actual))}`
      )
      assert.ok(thorough.every((finding) => finding.confidence >= 0.25 && finding.confidence < 0.5))
      assert.deepEqual(
        editorialsIn(sentence).filter((finding) => finding.actual.includes(actual)),
        []
      )
    })
  }
}

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

// The writer assigning blame, measuring ("everything to do with"), or forbidding and prescribing.
ruleCases('editorializing', {
  fires: [
    ['The council has only itself to blame for the empty quay.', 'has only itself to blame'],
    ['No one should have to shoulder as much blame as the harbour master.', 'should have to shoulder as much blame'],
    ['The closure had nothing to do with safety and everything to do with money.', 'and everything to do with'],
    ['The new board resembles nothing so much as a private club.', 'nothing so much as'],
    ['The board never lets the facts get in the way of a good announcement.', 'lets the facts get in the way'],
    ['The harbour master cannot be trusted with the keys.', 'cannot be trusted'],
    ['Such waste must not be tolerated.', 'must not be tolerated'],
    ['The crew deserves credit for the rescue.', 'deserves credit'],
    ['Voters got the harbour board they deserve.', 'they deserve'],
    ['What should have happened was a vote of the whole town.', 'What should have happened'],
    ['The levy is the logical extension of the board’s greed.', 'is the logical extension of']
  ],
  silent: [
    'The harbour master said the crew was to blame.',
    'Investigators have not said who is to blame.',
    'The blame fell on the night crew.',
    'Everything to do with the sale is in the annual report.',
    'Fishermen let the nets dry in the sun.',
    'The tonnage cannot be confirmed independently.',
    'Visitors cannot be admitted after dark.',
    'She said she deserves a fair hearing.',
    'The report asks whether the crew deserved the fine.',
    'Nobody knows what happened next.',
    'The new road is an extension of the highway.'
  ]
})

// Emphasis and certainty in the writer's voice: "just how", "it is fair to say", "undeniably", "no doubt".
ruleCases('editorializing', {
  fires: [
    ['The vote shows just how divided the town is.', 'shows just how'],
    ['It is fair to say the port has seen better days.', 'It is fair to say'],
    ['It’s impossible to overstate the damage to the quay.', 'It’s impossible to overstate'],
    ['It is hard not to laugh at the new logo.', 'hard not to'],
    ['The new ferry is undeniably the slowest in the fleet.', 'undeniably'],
    ['The board will no doubt raise the fees again.', 'will no doubt'],
    ['He sent a cartoon he found funny, even though it objectively is not funny at all.', 'objectively']
  ],
  silent: [
    'It is unclear just how many boats sank.',
    'It is hard to reach the island in winter.',
    'The rope was hard to untie.',
    'The catch was objectively measured by the inspectors.',
    'There is no doubt the fees rose.',
    'There was no doubt about the tonnage.'
  ]
})

thoroughOnly([
  ['It is hard to say when the quay will reopen.', 'It is hard to say'],
  ['The harbour board is largely to blame for the delays.', 'is largely to blame']
])

// Verdicts the grammar shows: a superlative on a person, a judging predicate, a pseudo-cleft that ranks, a sneer, a prescription.
ruleCases('editorializing', {
  fires: [
    ['Okafor is one of the most courageous skippers in the fleet.', 'is one of the most courageous skippers'],
    ['Okafor is the worst harbour master in the town’s history.', 'is the worst harbour master'],
    ['Her admissions are telling, but the board has said nothing since.', 'admissions are telling'],
    ['What is even more galling is the fee.', 'What is even more galling'],
    ['And yet, what’s most striking is the silence of the board.', 'what’s most striking'],
    ['A shrug was the best the harbour master could manage.', 'the best the harbour master could manage'],
    ['The best outcome for the town would be a new vote.', 'The best outcome for the town would be']
  ],
  silent: [
    'Lagos is one of the most populous cities in Africa.',
    'Okafor had the best time in the regatta.',
    'Okafor was the best-known skipper in the port.',
    'The storm was the worst in a decade.',
    'Smith said Okafor is the best skipper in the port.',
    'The crew was lucky.',
    'He is telling the truth about the tonnage.',
    'What is clear is that the fees rose.',
    'What’s more, the fees rose.',
    'What is known is that two boats sank.',
    'All he could do was wait for the tide.',
    'She could manage the port alone.',
    'The best outcome for the town would be a new vote, the mayor said.',
    'The best time to visit the island is May.'
  ]
})

thoroughOnly([
  ['The old quay is the perfect spot for a market.', 'is the perfect spot'],
  ['Okafor was one of the most influential skippers of his generation.', 'one of the most influential skippers'],
  ['Okafor is the best skipper in the port.', 'is the best skipper'],
  ['Okafor announced a bid for the seat and is the perfect fit for the board.', 'is the perfect fit']
])

// The writer addressing readers or the people written about, and asides in brackets.
ruleCases('editorializing', {
  fires: [
    ['Come on, folks, the quay is not for sale.', 'folks'],
    ['The fees doubled — and really, people, nobody noticed.', 'people'],
    ['Okafor, if you read this, the quay is still yours.', 'Okafor, if you'],
    ['The ferry left on time (yes, really) for once.', '(yes, really)'],
    [
      'The board has more rules than a gull has feathers (say that aloud for the full effect).',
      '(say that aloud for the full effect)'
    ]
  ],
  silent: [
    'Three people, two dogs and a cat were rescued.',
    'The people, the board said, want a vote.',
    'Okafor, the harbour master, told you so.',
    'Okafor, who runs the port, says you can visit.',
    'The harbour master (pictured) spoke on Monday.',
    'Northwind Ferries (NWF) bought the quay.',
    'The port authority (Harbour Board of Lagos) met on Monday.',
    'The board (we have updated this story) met on Monday.',
    'The composer wrote “No Me” (without you) last year.'
  ]
})

thoroughOnly([['The quay reopened in May (though I never believed it would).', '(though I never believed it would)']])

// Capitals for emphasis, an opening adverb without its comma, sarcastic praise and thanks.
ruleCases('editorializing', {
  fires: [
    ['The board has NEVER published the figures.', 'NEVER'],
    ['Honestly it is hard to see the point of the levy.', 'Honestly'],
    ['The board raised the fees for the third time this year, so, great.', 'so, great']
  ],
  silent: [
    'The WHO said the port was safe for ships.',
    'NATO ships docked in the harbour on Monday.',
    'WHEN I FIRST came to the port, it was busy.',
    'Seriously injured sailors were flown out.',
    'Clearly marked buoys line the channel.',
    'The food at the quay was cheap, fresh, and great.',
    'The catch was large, the weather great.',
    'Reviews called the food cheap, fresh, great.',
    'Thanks to the rain, the fire went out.'
  ]
})

thoroughOnly([
  ['Thanks Northwind: the fees doubled again', 'Thanks Northwind'],
  [
    'The board will surely lower the fees next year. Yeah, right. Nobody believes it.',
    'The board will surely lower the fees next year.'
  ]
])
silentAtThorough(['The board will lower the fees next year. Right now, the fees are high.'])

// Imperatives inside the sentence: after a fronted clause, or after a colon.
ruleCases('editorializing', {
  fires: [['If the board sells the quay, call your councillor.', 'call your councillor']],
  silent: [
    'His message was simple: vote.',
    'If elected, Okafor will cut fees.',
    'When the storm passed, crews cleared the quay.',
    'When asked about the fee, the harbour master declined to comment.',
    'For the retailer, the incentive is clear: lock in its suppliers before the rival does.'
  ]
})

thoroughOnly([['This would settle the quarrel between the two carriers: Scrap the levy.', 'Scrap the levy']])

test('editorializing: an imperative after a fronted clause is read past a dash and a vocative', () => {
  const text =
    'The bank says it is weighing its options — and really, people, if the bank is taking the high ground, consider yourself warned.'
  const found = editorialsIn(text).map((finding) => finding.actual)
  assert.ok(found.includes('consider yourself warned'), JSON.stringify(found))
})

// A memoir's narration in the first person is not the writer's view; the writer speaking for a nation still is.
silentAtThorough([
  'We nervously awaited the final whistle.',
  'We were sailors then.',
  'I remember our entire family gathered around our single television.'
])
ruleCases('editorializing', {
  fires: [['We must stop the sale of the quay.', 'We must stop']],
  silent: []
})

test('editorializing: a verb of saying with a noun for its object reports no words, but a second verb of saying does', () => {
  assert.deepEqual(editorialsIn('She announced the plan and said it was a disgrace.', 'thorough'), [])
  assert.deepEqual(editorialsIn('She called the move a disgrace.', 'thorough'), [])
})

test('editorializing: stronger evidence gives a surer finding', () => {
  const confidenceOf = (text: string, words: string) =>
    editorialsIn(text, 'thorough').find((finding) => finding.actual.includes(words))?.confidence ?? 0
  // A superlative of character on a person is surer than a plain rank on a thing.
  assert.ok(
    confidenceOf('Okafor is one of the most courageous skippers in the fleet.', 'courageous') >
      confidenceOf('The old quay is the perfect spot for a market.', 'perfect')
  )
  // An imperative inside the sentence is surer when it addresses the reader.
  assert.ok(
    confidenceOf('If the board sells the quay, call your councillor.', 'call') >
      confidenceOf('This would settle the quarrel between the two carriers: Scrap the levy.', 'Scrap')
  )
})

test('editorializing: a pseudo-cleft with a judging adjective is surer than one with any other graded adjective', () => {
  const galling = editorialsIn('What is even more galling is the fee.', 'thorough')
  assert.deepEqual(
    galling.map((finding) => [finding.actual, finding.confidence]),
    [['What is even more galling', 0.55]]
  )
  const visible = editorialsIn('What is most visible is the new quay.', 'thorough')
  assert.deepEqual(
    visible.map((finding) => [finding.actual, finding.confidence]),
    [['What is most visible', 0.45]]
  )
})

test('editorializing: a judging predicate is marked from its subject', () => {
  assert.deepEqual(
    editorialsIn('The response of the harbour board to the storm was shameful, and nobody helped.').map(
      (finding) => finding.actual
    ),
    ['The response of the harbour board to the storm was shameful']
  )
  // A fronted phrase is not the subject: the mark starts at "the winter".
  assert.deepEqual(
    editorialsIn(
      'After the long storms of the year, the winter was shameful, and nobody in the town helped the crews.',
      'thorough'
    ).map((finding) => finding.actual),
    ['the winter was shameful']
  )
})

// "all he could muster" as the subject of "was" sneers as it does closing the sentence.
ruleCases('editorializing', {
  fires: [
    ['All he could muster was a shrug.', 'All he could muster'],
    ['The board offered a shrug, all he could muster.', 'all he could muster']
  ],
  silent: ['They gave all the help they could muster to the crews.', 'All of the crews could manage the storm.']
})
