import assert from 'node:assert/strict'
import {test} from 'node:test'
import {emptyConfig, IncrementalLinter, lintText} from '../../../src/engine/index'
import {lintMarkdown, lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('unsupported-claim: covers the claim’s words and offers an attribution with a placeholder', () => {
  const [finding] = ofRule(
    lintPlain('It is a push into the freight market, estimated to reach trillions of dollars.'),
    'unsupported-claim'
  )
  assert.equal(finding.actual, 'estimated to reach trillions of dollars')
  assert.equal(
    finding.message,
    'Who estimated this, and when? “estimated to reach trillions of dollars” is a forecast with no source in its sentence, and no attribution before it in its paragraph (or carried on from the paragraph before) reaches it.'
  )
  assert.deepEqual(finding.suggestions, [
    {title: 'Name who made the estimate', replacement: 'estimated by [source] to reach trillions of dollars'},
    {title: 'Add the source', replacement: 'estimated to reach trillions of dollars (according to [source])'},
    {title: 'Mark it “[citation needed]”', replacement: 'estimated to reach trillions of dollars [citation needed]'}
  ])
})

test('unsupported-claim: a source in the sentence before supports the claim', () => {
  assert.deepEqual(
    ofRule(
      lintPlain('The harbour board published its forecast on Monday. Traffic is expected to double by 2030.'),
      'unsupported-claim'
    ),
    []
  )
  assert.equal(
    ofRule(lintPlain('The board met on Monday. Traffic is expected to double by 2030.'), 'unsupported-claim').length,
    1
  )
})

test('unsupported-claim: an attribution reaches on through its paragraph until the writer takes over', () => {
  const text =
    'The harbour board said traffic fell last year. Container volumes dropped to 3 million boxes. But rents have doubled since the sale.'
  assert.deepEqual(
    ofRule(lintPlain(text), 'unsupported-claim').map((finding) => finding.actual),
    ['doubled']
  )
})

test('unsupported-claim: a paragraph that continues a source’s account is supported; one that changes the subject is not', () => {
  const continued =
    'Okafor, the harbour master, said the port was busy.\n\nShe also expects 40 more ships to call by March.'
  assert.deepEqual(ofRule(lintPlain(continued), 'unsupported-claim'), [])
  const changed =
    'Okafor, the harbour master, said the port was busy.\n\nForty ships called in March, the most in a decade.'
  const findings = ofRule(lintPlain(changed), 'unsupported-claim').map((finding) => finding.actual)
  assert.equal(findings.length, 2)
  assert.match(findings[0], /^Forty/)
  assert.equal(findings[1], 'the most in a decade')
})

test('unsupported-claim: the incremental linter carries an account across paragraphs as a full lint does', () => {
  const text =
    'Okafor, the harbour master, said the port was busy.\n\nShe also expects 40 more ships to call by March.\n\nRents have doubled since the sale.'
  const full = lintText(text, {kind: 'plaintext'}).findings.filter((finding) => finding.ruleId === 'unsupported-claim')
  assert.deepEqual(
    full.map((finding) => finding.actual),
    ['doubled']
  )
  assert.deepEqual(
    new IncrementalLinter()
      .lint(text, {kind: 'plaintext'})
      .findings.filter((finding) => finding.ruleId === 'unsupported-claim'),
    full
  )
})

test('unsupported-claim: a claim after the writer’s concession is not covered by the report before it', () => {
  const [finding] = ofRule(
    lintPlain('Okafor said the port had lost 40 ships, although fees rose 12% in the same year.'),
    'unsupported-claim'
  )
  assert.equal(finding.actual, '12%')
})

test('unsupported-claim: a number that ends the sentence is reported without its full stop', () => {
  assert.deepEqual(
    ofRule(lintPlain('The port will pay the pilots $40,000.'), 'unsupported-claim').map((finding) => finding.actual),
    ['$40,000']
  )
})

test('unsupported-claim: a link or footnote in Markdown is a source', () => {
  assert.deepEqual(
    ofRule(lintMarkdown('Traffic is [expected to double](https://example.org/forecast) by 2030.'), 'unsupported-claim'),
    []
  )
  assert.deepEqual(
    ofRule(
      lintMarkdown('Traffic is expected to double by 2030.[^1]\n\n[^1]: Harbour board forecast, 2025.'),
      'unsupported-claim'
    ),
    []
  )
})

test('unsupported-claim: a figure already in the headline is the story’s premise, not a new claim', () => {
  const text = 'Northwind’s $2 Billion Harbour Bet\nThe $2 billion deal closed on Monday.'
  assert.deepEqual(ofRule(lintPlain(text), 'unsupported-claim'), [])
})

test('unsupported-claim: each finding’s confidence says what the rule read', () => {
  const confidences = (text: string) =>
    ofRule(lintPlain(text, {sensitivity: 'thorough'}), 'unsupported-claim').map((finding) => [
      finding.actual,
      finding.confidence
    ])
  // A precise figure with no source anywhere near it, and one whose paragraph has a source that may reach it.
  assert.deepEqual(confidences('Last year, container traffic rose 12%.'), [['12%', 0.85]])
  assert.deepEqual(confidences('The harbour board said traffic fell. But fees rose by 12%.'), [['12%', 0.55]])
  assert.deepEqual(confidences('Fees rose by 12%. The harbour board said traffic fell.'), [['12%', 0.55]])
  // A vague figure, a poll no one names, a superlative, a record, a generalisation, an absolute.
  assert.deepEqual(confidences('Rents have doubled since the sale.'), [['doubled', 0.7]])
  assert.deepEqual(confidences('Polls show the mayor ahead.'), [['Polls show', 0.8]])
  assert.deepEqual(confidences('Kelby is the busiest port on the coast.'), [['the busiest port', 0.7]])
  assert.deepEqual(confidences('The move was unprecedented.'), [['unprecedented', 0.7]])
  assert.deepEqual(confidences('Landlords are the primary threat to the town.'), [
    ['Landlords are the primary threat', 0.6]
  ])
  assert.deepEqual(confidences('It moved its entire fleet to Kelby.'), [['entire fleet', 0.6]])
  // Only the surest are shown at the precise sensitivity.
  const precise = ofRule(
    lintPlain('Last year, container traffic rose 12%. Kelby is the busiest port on the coast.', {
      sensitivity: 'precise'
    }),
    'unsupported-claim'
  )
  assert.deepEqual(
    precise.map((finding) => finding.actual),
    ['12%']
  )
})

test('unsupported-claim: a figure is flagged once, at its first unsupported mention', () => {
  const text =
    'The port paid $4 billion for the berths.\n\nThat same $4 billion could have rebuilt the ferry terminal. The three grants were $2 million, $3 million and $5 million. They total $10 million.'
  assert.deepEqual(
    ofRule(lintPlain(text), 'unsupported-claim').map((finding) => finding.actual),
    ['$4 billion', '$2 million', '$3 million and $5 million']
  )
})

test('unsupported-claim: a poll no one names is this rule’s, not the weasel rule’s', () => {
  const findings = lintPlain(
    'Polls show the mayor close to the lead. A new poll found that 40 percent of residents oppose the fees.'
  )
  assert.deepEqual(
    ofRule(findings, 'unsupported-claim').map((finding) => finding.actual.replace(/ of residents$/, '')),
    ['Polls show', 'A new poll found that 40 percent']
  )
  assert.deepEqual(ofRule(findings, 'weasel'), [])
  assert.match(ofRule(findings, 'unsupported-claim')[0].message, /^Which poll\?/)
})

test('unsupported-claim: the incremental linter carries figures given and a document’s account as a full lint does', () => {
  const text = [
    'According to the port’s annual filing, pilots earned $4.2 million last year.',
    'Deckhands received $2.1 million, and the board was paid $900,000.',
    'Critics called the $4.2 million excessive.',
    'Rents rose 12% after the sale. The 12% rise angered pilots.',
    'Together the crews earned $6.3 million, and the port paid $4 billion for the berths.'
  ].join('\n\n')
  const full = lintText(text, {kind: 'plaintext'}).findings.filter((finding) => finding.ruleId === 'unsupported-claim')
  assert.deepEqual(
    full.map((finding) => finding.actual),
    ['12%', '$4 billion']
  )
  const linter = new IncrementalLinter()
  assert.deepEqual(linter.lint(text, {kind: 'plaintext'}).findings, lintText(text, {kind: 'plaintext'}).findings)
  // An edit that gives a figure earlier re-reads the paragraph that repeats it, and no other.
  const edited = text.replace(
    'Rents rose 12% after the sale.',
    'Rents rose 12% after the sale, and the port paid $4 billion.'
  )
  const result = linter.lint(edited, {kind: 'plaintext'})
  assert.deepEqual(result.findings, lintText(edited, {kind: 'plaintext'}).findings)
  assert.ok(result.linted <= 2, `re-linted ${result.linted} of ${result.chunks} chunks`)
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
    ['Rents are at an all-time high.', 'all-time high'],
    ['It was the busiest week in the port’s history.', 'the busiest week in the port’s history'],
    ['The board always sides with the shipping lines.', 'always'],
    ['More ships dock at Tarlow than at Kelby.', 'More ships'],
    ['Residents outnumber visitors 3-1 in winter.', '3-1'],
    ['History shows that 90 percent of such ports fail.', '90 percent'],
    ['Thousands of residents gathered outside the harbour office.', 'Thousands'],
    ['Polls show the mayor close to the lead.', 'Polls show'],
    ['National polling suggests the race is tied.', 'National polling suggests'],
    ['The mayor leads comfortably in the polls.', 'leads comfortably in the polls'],
    ['The state saw record turnout.', 'record turnout'],
    ['The closure was unprecedented.', 'unprecedented'],
    ['Landlords are the primary threat to the town.', 'Landlords are the primary threat'],
    ['Is it any wonder that 40 ships left?', '40']
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
    'The ship docked at berth 14.',
    'The company reported revenue of $4 billion.',
    'The port authority released about 3,000 emails on Friday.',
    'The bill would raise $2 billion over a decade.',
    'Ortiz, 58, has run the port since 2015.',
    'The ship docked on Aug. 25 after a storm.',
    'In 627, the town was founded.',
    'He needs the 218 votes required to pass the bill.',
    'Dozens of residents gathered outside the harbour office.',
    'Traffic is expected to be heavy on Monday.',
    'Kelby wasn’t the only port to close.',
    'The ferry leaves every day at noon.',
    'I remember the entire crew cheering as the ship came in.',
    'A candidate needs 270 electoral votes to win.',
    'Ohio’s 18 electoral votes are in play.',
    'How can a town of 12,000 people afford a $40 million berth?',
    'A Gallup poll found that 40 percent of residents oppose the fees.',
    'Voters went to the polls on Tuesday.',
    'The move was almost unprecedented.',
    'He signed with a record label.',
    'Some landlords are a threat to tenants.',
    'Landlords were a threat in 1920.'
  ]
})

test('unsupported-claim: claims read from their clause are reported with less confidence, least near a source', () => {
  const confidences = (text: string) =>
    ofRule(lintPlain(text, {sensitivity: 'thorough'}), 'unsupported-claim').map((finding) => [
      finding.actual,
      finding.confidence
    ])
  // A sweep over a group and an accusation, with no source near: worth the default's attention.
  assert.deepEqual(confidences('Many of the tenants were evicted without notice.'), [
    ['Many of the tenants were evicted', 0.5]
  ])
  assert.deepEqual(confidences('The harbour board covered up the spill.'), [['covered up', 0.5]])
  // A cause, or an absolute read from its clause: for thorough readers.
  assert.deepEqual(confidences('The ferry service collapsed because of the board’s decisions.'), [
    ['because of the board’s decisions', 0.4]
  ])
  assert.deepEqual(confidences('There was little to no oversight of the port.'), [['little to no oversight', 0.4]])
  // Near a source that may reach it, any of them is a question.
  assert.deepEqual(
    confidences('The harbour master said the port was busy. But the harbour board covered up the spill.'),
    [['covered up', 0.3]]
  )
  // A clause-read claim merged with a figure is the figure's.
  assert.deepEqual(confidences('Many of them lost $4,000 each.'), [['Many of them lost $4,000', 0.85]])
})

test('unsupported-claim: an accusation and a cause have messages of their own', () => {
  const [accusation] = ofRule(lintPlain('The developers bribed council members.'), 'unsupported-claim')
  assert.match(accusation.message, /^Says who\? “bribed council” accuses someone of wrongdoing/)
  const [cause] = ofRule(
    lintPlain('The ferry service collapsed because of the board’s decisions.', {sensitivity: 'thorough'}),
    'unsupported-claim'
  )
  assert.match(cause.message, /^What shows this\? “because of the board’s decisions” states a cause as fact/)
})

/** Sentences the rule flags at the thorough sensitivity (and not at the default), with the words it covers. */
const thoroughOnly: ReadonlyArray<readonly [string, string]> = [
  ['Tourists stayed away due to the mayor’s campaign against rentals.', 'due to the mayor’s campaign'],
  ['The berth would not have opened if the council had not paid for it.', 'would not have opened'],
  ['She refused to take any of the blame.', 'refused to take any of the blame'],
  ['The two contracts were virtually identical.', 'virtually identical'],
  ['Only men can join the pilots’ guild.', 'Only men'],
  ['They made the exact same mistake.', 'exact same']
]
for (const [sentence, actual] of thoroughOnly) {
  test(`unsupported-claim flags “${actual}” at thorough only, in: ${sentence}`, () => {
    const at = (sensitivity: 'balanced' | 'thorough') =>
      ofRule(lintPlain(sentence, {sensitivity}), 'unsupported-claim').map((finding) => finding.actual)
    assert.ok(
      at('thorough').some((found) => found.includes(actual)),
      `expected “${actual}”, got ${JSON.stringify(at('thorough'))}`
    )
    assert.deepEqual(at('balanced'), [])
  })
}

ruleCases('unsupported-claim', {
  fires: [
    ['Most of the harbour’s trade had moved to Tarlow.', 'Most of the harbour’s trade had moved'],
    ['In the end, many were left without work.', 'many were left'],
    ['Right-wing bloggers fabricated the quotes.', 'fabricated'],
    ['The mayor’s lies cost the town dearly.', 'mayor’s lies'],
    ['His killer, a dockworker, was released on bail.', 'His killer'],
    ['Landlords didn’t lift a finger.', 'Landlords didn’t lift a finger'],
    ['Women who work nights are ignored.', 'Women who work nights are ignored'],
    ['The port spent a billion dollars on dredging.', 'a billion dollars']
  ],
  silent: [
    'Many believe the port will close.',
    'Many of them said the fees were too high.',
    'The developers allegedly bribed council members.',
    'Police said the developers bribed council members.',
    'He was accused of bribing council members.',
    'She invented a new kind of crane.',
    'If the board covered up the spill, it must answer for it.',
    'His alleged killer was released on bail.',
    'The ferry was cancelled because of fog.',
    'The crew did not find any damage.',
    'He was completely exhausted.',
    'Voters are gathering outside the hall.',
    'It is a million times better.'
  ]
})

test('unsupported-claim: a sentence that already says "according to" is not offered a second one', () => {
  const titles = (text: string) =>
    ofRule(lintPlain(text), 'unsupported-claim').flatMap((finding) => finding.suggestions.map(({title}) => title))
  assert.ok(!titles('According to recent polls, the mayor leads by 12 points.').includes('Add the source'))
  assert.ok(titles('The mayor leads by 12 points.').includes('Add the source'))
})

// What an editor does not ask a source for: the writer's own opinion, their life, hedges, ages and years,
// counts everyone knows, someone else's words or plans, a command, a supposition, a rule.
ruleCases('unsupported-claim', {
  fires: [
    // A superlative of measure stays a claim in a view; a figure in one too.
    ['He is the first harbour master ever, I think, to refuse the fee.', 'the first harbour master ever'],
    ['I think 40 percent of the pilots will quit.', '40 percent'],
    // (An arrest by the police is on their record: "Police arrested two people" is silent since session 3.)
    ['Two people were arrested outside the port.', 'Two people'],
    ['The other 11 ships stayed in port.', '11'],
    // The news in the main clause after a fronted one is no recalled toll.
    ['After the storm, 40 people were found dead in Kelby.', '40 people'],
    ['A small percentage of pilots work nights.', 'percentage'],
    // The object of "believe" is no clause of another's view; a crowd that believes is no named source.
    ['The pilots who believe every word of his lies are many.', 'every word'],
    ['Americans believe the port is the busiest in the world.', 'the busiest'],
    // A debt that changes is no total everyone knows; a label with a colon is no speaker.
    ['The national debt rose by $2 trillion last year.', '$2 trillion'],
    ['Result: $139 billion in profit went to the shipping lines.', '$139 billion'],
    ['He was 20 points behind in March.', '20'],
    ['It was the first time in history that the port closed.', 'the first time in history']
  ],
  silent: [
    // The writer's stated opinion, a judgement in words.
    'I think he is the greatest harbour master in history.',
    'We feel it is the only acceptable course for the port.',
    'In my view, the board always sides with the shipping lines.',
    'I’ve never seen such a storm in my entire life.',
    // Hedged, or measured by the writer's own life.
    'The dredging was possibly the most expensive in the port’s history.',
    'The strike will likely go down as the longest in the port’s history.',
    'It’s the youngest I’ve seen the harbour master look.',
    'Its pilots come almost exclusively from Kelby.',
    'Pretty much every pilot arrived early.',
    'His reply was less than wholly sympathetic.',
    'Perhaps the pilots never saw the storm coming.',
    // Spans of time, ages and years.
    'The ferry was cancelled for an entire day.',
    'He has spent his entire career at the port.',
    'She had been a pilot for ten long years.',
    'Two hundred and thirty years ago this month, the town was founded.',
    'By 1515, the harbour had silted up.',
    'When I was fourteen or sixteen, my mother took me to the harbour.',
    'He was only 34 when he took over the port.',
    'Okafor, 25 apparently left the port in March.',
    'The rules bar anyone older than 21 from the youth league.',
    // Counts everyone knows, or the article's own list.
    'Florida is worth 29 electoral votes.',
    'These states add up to 80 electoral votes.',
    'The verdict came from a jury of 12.',
    'Dozens of students walked out of the ceremony.',
    'Below is a list of the 34 ships that left the port.',
    'Letters should be no longer than 200 words.',
    '* 13 Okafor voted against the harbour fees.',
    'If he were to read those last 10 words aloud, he would be lying.',
    // Someone else's words, view or promise.
    'Locals are shocked and say they have never seen anything like it.',
    'Police believe the gunman was the only shooter.',
    'The Red Cross said they’re expecting to spend $30 million on the rebuilding.',
    'Rudy Okafor: The port lost about one-tenth of its ships after the storm.',
    'They believe a new port will bring a paradise where everyone is rich.',
    'He promised to make Kelby the busiest port in the world.',
    // A command, a supposition, a rule, an idiom, a sequence.
    'Catch every episode of the harbour podcast on Fridays.',
    'If the mayor wins, she will be a target for every committee in the state.',
    'The law requires that everyone charged with a crime receive counsel.',
    'The rules protect the pilots from everyone else.',
    'As always, the pilots arrived early.',
    'The first minutes of the meeting were tense.',
    'A month after the first pilot was hired, the port reopened.',
    'In terms of percentage points, the margin was narrow.',
    // Headlines: a trailing quotation mark, a line in title case that ends in "!".
    'Kelby Is the Busiest Port on the “Coast”',
    'Meet the Harbour’s Busiest Pilot! She Has Never Missed a Single Tide!'
  ]
})

test('unsupported-claim: a claim an editor seldom asks a source for is shown only at thorough', () => {
  const at = (text: string, sensitivity: 'balanced' | 'thorough') =>
    ofRule(lintPlain(text, {sensitivity}), 'unsupported-claim').map((finding) => [finding.actual, finding.confidence])
  for (const [text, actual] of [
    ['Then there is the $20 trillion national debt.', '$20 trillion'],
    ['The country is home to 324 million people.', '324 million people'],
    ['The comments came days after a shooting that killed 17 people.', '17 people'],
    ['A year ago, 130 people were killed in the attacks.', '130 people'],
    ['The actor earned millions from the film.', 'millions'],
    ['The mayor spoke for the entire town.', 'entire town'],
    ['She was one of the most popular pilots.', 'the most popular'],
    ['In 1495, the fleet sailed west. About two hundred sailors died on the way.', 'two hundred']
  ]) {
    assert.deepEqual(at(text, 'balanced'), [], text)
    assert.deepEqual(at(text, 'thorough'), [[actual, 0.4]], text)
  }
})

test('unsupported-claim: a bare count taken up again is the count given before', () => {
  const text = 'In 1495, the fleet took 1500 captives. Of those 1500, the captain sent 500 to Spain.'
  assert.deepEqual(
    ofRule(lintPlain(text), 'unsupported-claim').map((finding) => finding.actual),
    ['1500', '500']
  )
})

test('unsupported-claim: the incremental linter reads these cases as a full lint does', () => {
  const text = [
    'Kelby Pilots Win Praise for “Unity”',
    'In 1495, the fleet took 1500 captives. About two hundred died on the way.',
    'Of those 1500, the captain sent 500 to Spain.',
    'Rudy Okafor: The port lost about one-tenth of its ships after the storm.',
    'I think he is the greatest harbour master in history. Rents doubled.'
  ].join('\n\n')
  for (const sensitivity of ['balanced', 'thorough'] as const) {
    const config = {...emptyConfig(), sensitivity}
    assert.deepEqual(
      new IncrementalLinter().lint(text, {kind: 'plaintext', config}).findings,
      lintText(text, {kind: 'plaintext', config}).findings
    )
  }
})

// Session 3, straight news: sentences written for these tests.
ruleCases('unsupported-claim', {
  fires: [
    // A number in hyphenated words is a figure as its digits are.
    ['The harbour hired twenty-five new pilots last year.', 'twenty-five'],
    // A quotation after a participle that no one in the clause could say sources only itself.
    ['Harbour fees rose 40 percent last year, prompting the mayor to act, saying “this cannot go on.”', '40 percent'],
    ['Harbour fees rose 40 percent last year, saying the berths were full.', '40 percent'],
    // A passive arrest names no one who counted; a range is no tally.
    ['Ten pilots were arrested.', 'Ten'],
    ['Fees rose from 26 to 40 percent.', '26 to 40 percent']
  ],
  silent: [
    // The speaker of the participle can say it.
    'The mayor cut 400 jobs last year, saying “we had no choice.”',
    'Okafor described the meeting, saying that 40 pilots had walked out.',
    // An official act of record is the source of its counts.
    'Police arrested ten people in all.',
    'Detectives seized 111 computer monitors and $3,415 in cash.',
    'A federal grand jury charged the harbour master in July with 10 counts of fraud.',
    'Police in Kelby have arrested three men over the fire.',
    // A tally on the record, a whole set, what is left of a total.
    'Currently, Republicans control the State Senate 26 to 23.',
    'The council voted 12-9 to approve the berths.',
    'The declaration covered all 67 counties in the state.',
    'Six of the ships turned back, and the other 11 have been stranded since.',
    // Credit given, not a cause claimed.
    'The school reopened thanks to a donation from a local family.',
    // The paragraph after "wrote," is the words it introduces.
    'Going further, the harbour master wrote in a letter from 1820,\n\nA ship of forty tons may berth here for twelve shillings, and the pilots ask 300 pounds a year.'
  ]
})

test('unsupported-claim: “thanks to” gives credit; “because of” still states a cause (thorough)', () => {
  const causes = (text: string) =>
    ofRule(lintPlain(text, {sensitivity: 'thorough'}), 'unsupported-claim').map((finding) => finding.actual)
  assert.deepEqual(causes('Crime fell thanks to the new policing strategy.'), [])
  assert.deepEqual(causes('Crime fell because of the new policing strategy.'), ['because of the new policing strategy'])
})

test('unsupported-claim: “a million dollars” is as precise a figure as “$1 million”', () => {
  const confidence = (text: string) => ofRule(lintPlain(text), 'unsupported-claim')[0]?.confidence
  assert.equal(confidence('Okafor gave a million dollars to the harbour fund.'), 0.85)
  assert.equal(confidence('Okafor gave $1 million to the harbour fund.'), 0.85)
  assert.equal(confidence('Okafor gave millions of dollars to the harbour fund.'), 0.7)
})

test('unsupported-claim: a list introduced by a noun (“The states are:”) is no quotation set off', () => {
  const actual = ofRule(
    lintPlain(
      'Four states could decide it. The states are:\n\nThen there are two states where the mayor has been close in the polls.'
    ),
    'unsupported-claim'
  ).map((finding) => finding.actual)
  assert.ok(actual.includes('close in the polls'), JSON.stringify(actual))
})

test('unsupported-claim: a figure in a holder’s belief is one finding, the weasel’s', () => {
  const findings = lintPlain('Analysts believe the harbour will cut 2,000 jobs.')
  assert.deepEqual(ofRule(findings, 'unsupported-claim'), [])
  assert.deepEqual(
    ofRule(findings, 'weasel').map((finding) => finding.actual),
    ['Analysts believe']
  )
})

test('unsupported-claim: a contest’s result, a toll told with its event and a chart’s legend are shown only at thorough', () => {
  const at = (text: string, sensitivity: 'balanced' | 'thorough') =>
    ofRule(lintPlain(text, {sensitivity}), 'unsupported-claim').map((finding) => [finding.actual, finding.confidence])
  for (const [text, actual] of [
    ['In 2016, the mayor won 54 percent of the vote in Kelby.', '54 percent'],
    ['The incumbent defeated her by a margin of 3 percentage points.', '3 percentage points'],
    ['Harlow took the lead in the spring primary by under 800 votes.', '800 votes'],
    ['The ferry sank in the estuary, in the storm that claimed the lives of 31 passengers.', '31'],
    ['Three were killed and more than 40 people were hurt after a gunman opened fire at the quay.', '40 people'],
    ['Each circle here represents 10,000 residents.', '10,000']
  ]) {
    assert.deepEqual(at(text, 'balanced'), [], text)
    assert.deepEqual(at(text, 'thorough'), [[actual, 0.4]], text)
  }
})

ruleCases('unsupported-claim', {
  fires: [
    // A result to come is a forecast, not the record; money a winner received is no vote.
    ['The mayor could win 54 percent of the vote in Kelby.', '54 percent'],
    ['The mayor won the vote and received $2 million from the port.', '$2 million'],
    // An unrounded count comes from one canvass the reader can be pointed to.
    ['She edged him by 4,217 votes in the harbour ward.', '4,217 votes'],
    // A count of the wounded with no event named, and a toll before its event is named.
    ['More than 40 people were hurt in the town on Friday.', '40 people'],
    ['After the storm, 40 people were found dead in Kelby.', '40 people'],
    // Not a legend: a claim that a share represents something.
    ['The port represents 40 percent of the town’s jobs.', '40 percent']
  ],
  silent: []
})
