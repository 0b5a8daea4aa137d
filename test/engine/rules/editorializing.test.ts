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
  assert.equal(
    apply('Kelby, notably, had already sold one berth.', 'editorializing'),
    'Kelby had already sold one berth.'
  )
  assert.equal(
    apply('The sharpest observation here is that the port is small.', 'editorializing'),
    'The port is small.'
  )
  assert.equal(apply('The fees are, of course, higher.', 'editorializing'), 'The fees are higher.')
})

test('editorializing: a rhetorical question in the body is flagged, a headline question is not', () => {
  const text = 'The board met on Monday. Yet how can a port stay open to all when one group owns it? Fees rose.'
  assert.deepEqual(
    ofRule(lintPlain(text), 'editorializing').map((finding) => finding.actual),
    ['Yet how can a port stay open to all when one group owns it?']
  )
  assert.deepEqual(ofRule(lintPlain('Who owns the harbour?'), 'editorializing'), [])
  assert.deepEqual(
    ofRule(
      lintPlain('She asked the board. “Who owns the harbour now?” she said. It did not answer.'),
      'editorializing'
    ),
    []
  )
})

test('editorializing: a question inside quotation marks is the speaker’s, even when the sentence opens outside them', () => {
  const text =
    'The host pressed the minister. He then asked: “So you are saying the port will close? I want to be clear.” She did not answer.'
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

const editorialsIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'editorializing')

// Sarcasm openers and interjections in the writer's voice.
ruleCases('editorializing', {
  fires: [
    ['Oh, great, another levy on the fishing fleet.', 'Oh, great'],
    ['Surprise! The fees went up again.', 'Surprise'],
    ['Well, what a surprise.', 'what a surprise'],
    ['Ha, ha — right. The board will fix it.', 'Ha, ha'],
    ['The board promised a new ferry by spring. Go figure.', 'Go figure'],
    ['Alas, the ferry never came.', 'Alas']
  ],
  silent: [
    'Well-known skippers sailed into the harbour.',
    'Boy, 12, rescued from the harbour.',
    '“Oh, great,” the skipper said when the fee rose.',
    'The well was dry by August.',
    'Yes votes outnumbered no votes in the harbour ballot.'
  ]
})

// A verbless one-line retort in the body, and exclamations in the writer's voice.
ruleCases('editorializing', {
  fires: [
    [
      'The board promised lower fees by spring. Doubtful. The last promise lasted a week and the fees went up again in May.',
      'Doubtful.'
    ],
    ['The board called it a possible (possible!!!) accounting error, and moved on.', '(possible!!!)'],
    ['The board met on Monday. The fees doubled again!', 'The fees doubled again!']
  ],
  silent: [
    'The harbour board has three demands.\n\nLower fees.\n\nMore berths.\n\nA new ferry.',
    'He shouted “Stop!” at the crew.',
    'She won on Jeopardy! last year and bought a boat.',
    'Texans vs. Rams was postponed because of the storm.'
  ]
})

// Verdicts in the writer's voice.
ruleCases('editorializing', {
  fires: [
    ['That is a lie.', 'That is a lie'],
    ['This is a disgrace.', 'This is a disgrace'],
    ['It’s a scandal.', 'It’s a scandal'],
    ['The board says fees will fall, but that’s nonsense.', 'that’s nonsense'],
    ['The new levy is nothing short of theft.', 'nothing short of'],
    ['It is amazing how little the board knows about boats.', 'It is amazing'],
    ['How fitting that the ferry sank on its launch day.', 'How fitting'],
    ['The double standard is glaring.', 'The double standard is glaring']
  ],
  silent: [
    'She called it a disgrace.',
    'It is a crime to dump oil in the harbour.',
    'It is clear that the fees rose in May.',
    'The water is clear and cold.',
    'The results were disappointing for the fleet.',
    'The treasuries will be rich after the sale.'
  ]
})

// Calls to action: an imperative addressed to the reader, "it's time to", "it is your duty".
ruleCases('editorializing', {
  fires: [
    ['Call your councillor today.', 'Call your councillor today'],
    ['Forward this to everyone you know.', 'Forward this to everyone you know'],
    ['Don’t let them get away with it.', 'Don’t let them get away with it'],
    ['It’s time to send the harbour board packing.', 'It’s time to send the harbour board packing'],
    ['It is your duty as a resident to vote on Tuesday.', 'It is your duty'],
    ['Speak out before the vote, or lose the quay for good.', 'Speak out before the vote']
  ],
  silent: [
    'Click here to subscribe.',
    'Sign up for our newsletter.',
    'Follow us on Twitter for updates on the ferry.',
    'Police arrested the captain on Monday.',
    'Share prices fell sharply after the vote.',
    'Court rules that the port must stay open.',
    'Repeat: no one was hurt in the fire.',
    'March 2015 was the wettest month on record at the harbour.',
    '“Vote them out,” the protesters chanted.',
    'Trump also spoke about the port on Tuesday.'
  ]
})

// The writer in person, but not a reporter's procedure or a columnist's narration.
ruleCases('editorializing', {
  fires: [
    ['I think the levy is unfair.', 'I think'],
    ['We all know how this ends.', 'We all know'],
    ['I believe the board is wrong.', 'I believe'],
    ['Let me be clear: the port is closing.', 'Let me be clear'],
    ['As I have written before, the port is too small for the new ferries.', 'As I have written'],
    ['In my view, the fee is too high.', 'In my view'],
    ['I am convinced the sale was rigged.', 'I am convinced'],
    ['It was his own doing, and for him I have no sympathy.', 'I have no sympathy'],
    ['We must stop the sale of the quay.', 'We must stop']
  ],
  silent: [
    'We reached out to the harbour board for comment.',
    'I asked the harbour master about the fees.',
    'We could not verify the tonnage figures.',
    '“I think it will work,” Okafor said.',
    'I remember the day the old ferry sank.',
    'I was born in the port town.',
    'Here is what we know about the sale.',
    'World War I ended the ferry service.',
    'Our reporters visited the harbour on Monday.'
  ]
})

test('editorializing: the lines of a transcript are the speakers’, not the writer’s', () => {
  assert.deepEqual(
    editorialsIn(
      'The board met on Monday.\n\nOkafor: I think the levy is a disgrace. Let me be clear about that.\n\nQ: Will you vote for it? A: Of course not.'
    ).map((finding) => finding.actual),
    []
  )
  // A label of the page is no speaker.
  assert.deepEqual(
    editorialsIn('Update: I think the levy is unfair.').map((finding) => finding.actual),
    ['I think']
  )
})

test('editorializing: a paragraph is read on its own, so a part of an article reads as the whole does', () => {
  const paragraphs = [
    'The board met on Monday. Yet who will pay for the new quay?',
    'Doubtful.',
    'Call your councillor today. I think the levy is unfair.'
  ]
  const whole = editorialsIn(paragraphs.join('\n\n')).map((finding) => [finding.actual, finding.confidence])
  const parts = paragraphs.flatMap((paragraph) =>
    editorialsIn(paragraph).map((finding) => [finding.actual, finding.confidence])
  )
  assert.deepEqual(whole, parts)
})

test('editorializing: confidence names its evidence', () => {
  const confidenceOf = (text: string, words: string) =>
    editorialsIn(text, 'thorough').find((finding) => finding.actual.includes(words))?.confidence ?? 0
  // The reader addressed and a verb of civic action make an imperative surer.
  assert.ok(
    confidenceOf('Call your councillor today.', 'Call') > confidenceOf('Consider the tonnage figures.', 'Consider')
  )
  // "I think" is the writer's view now; "I thought" may be a story of a view once held.
  assert.ok(
    confidenceOf('I think the levy is unfair.', 'I think') >
      confidenceOf('For years I thought the levy was unfair.', 'I thought')
  )
  // A question in the body argues; a question that is a paragraph of its own may be an explainer's subheading.
  const body = confidenceOf('The board met on Monday. Yet who will pay for the new quay?', 'Yet who')
  const subhead = confidenceOf(
    'The board met on Monday.\n\nWho pays for the new quay?\n\nThe town pays half, and the port authority the rest.',
    'Who pays'
  )
  assert.ok(body > subhead && subhead > 0)
  // A verdict someone else gives is theirs: shown only at thorough.
  assert.deepEqual(editorialsIn('That is a disgrace, the harbour master said.'), [])
  assert.ok(confidenceOf('That is a disgrace, the harbour master said.', 'disgrace') < 0.5)
})

test('editorializing: an interjection’s rewrite deletes it cleanly', () => {
  assert.equal(apply('Oh, great, another levy on the fleet.', 'editorializing'), 'Another levy on the fleet.')
})

// Asides that close a sentence, mockery, prescriptions and verdicts that end a short sentence.
ruleCases('editorializing', {
  fires: [
    ['The board will raise the fees again next year, no doubt.', 'no doubt'],
    ['They say it is about safety. No, it is about money… blah blah blah.', 'blah blah blah'],
    ['The skipper who saved the crew should be lauded.', 'should be lauded'],
    ['The promise of lower fees is a lie.', 'The promise of lower fees is a lie'],
    ['These are worrying times.', 'These are worrying times'],
    ['It really is amazing just how little the board knows.', 'It really is amazing'],
    ['The board calls it a safety measure. But that’s a fig leaf.', 'that’s a fig leaf']
  ],
  silent: [
    'Applications should be submitted by May 1.',
    'The union said the captain should be fired.',
    'There is no doubt about the tonnage figures.',
    'These are busy times for the port.',
    'Ha Long Bay is busy in summer.',
    'The rumour was a lie, the harbour master said.'
  ]
})

// A modal before a verb of saying or guessing is the writer's view ("I must say"); the same modal before a verb of
// doing, a past "had to", a perfect or a step of procedure is not.
ruleCases('editorializing', {
  fires: [
    ['I must say the levy is unfair.', 'I must say'],
    ['I’d wager the board has no plan for the quay.', 'I’d wager'],
    ['I can’t help but wonder who pays for the quay.', 'I can’t help'],
    ['I have to admit the new quay looks fine.', 'I have to admit']
  ],
  silent: [
    'I would help the crew every summer.',
    'I had to say goodbye to the crew.',
    'I have said little to the harbour master.',
    'I will note the fees in the table below.'
  ]
})

test('editorializing: a clause after a comma is no closing attribution', () => {
  // "…, how little the board knows." is the sentence's own clause, not "…, the board said."
  assert.deepEqual(
    editorialsIn('It is sad, really, how little the board knows.').map((finding) => finding.actual),
    ['It is sad']
  )
  assert.deepEqual(editorialsIn('It is sad, really, the harbour master said.'), [])
})

test('editorializing: a deletion that would leave a fragment is not offered', () => {
  const thanks = editorialsIn('Thanks, Northwind.')
  assert.equal(thanks.length, 1)
  assert.deepEqual(thanks[0].suggestions, [])
  const laugh = editorialsIn('The board will cut the fees. Ha, ha — right.').find((finding) =>
    finding.actual.startsWith('Ha')
  )
  assert.ok(laugh)
  assert.deepEqual(laugh.suggestions, [])
  // What is left is a sentence: the deletion stays.
  assert.equal(apply('Wow, the fees doubled.', 'editorializing'), 'The fees doubled.')
})
