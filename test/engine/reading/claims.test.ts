import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {
  analyzeClaims,
  attributionAfter,
  carryAfter,
  carryKey,
  type SentenceClaims
} from '../../../src/engine/reading/claims'

/** Each sentence as `supported|unsupported|no claim: first words`, for compact assertions. */
function read(text: string, attributionBefore?: boolean): string[] {
  const document = readDocument(text, 'plaintext')
  return analyzeClaims(document.tree, document, undefined, attributionBefore).map((claims) => describe(text, claims))
}

function describe(text: string, {sentence, signals, supported}: SentenceClaims): string {
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).slice(0, 3).join(' ')
  return `${signals.length === 0 ? 'no claim' : supported ? 'supported' : 'unsupported'}: ${words}`
}

/** The words of the claims the analysis would report, supported or not. */
function signalsOf(text: string): string[] {
  const document = readDocument(text, 'plaintext')
  return analyzeClaims(document.tree, document).flatMap(({sentence, signals}) =>
    signals.map((signal) => text.slice(sentence.tokens[signal.first].start, sentence.tokens[signal.last].end))
  )
}

test('claims: an attribution reaches the rest of its paragraph', () => {
  assert.deepEqual(
    read('The harbour board said traffic rose 4% last year. Container volumes hit 3 million boxes. Rents doubled.'),
    ['supported: The harbour board', 'supported: Container volumes hit', 'supported: Rents doubled.']
  )
})

test('claims: the writer’s own framing ends the account: an opener, a question, the writer in person, a verdict', () => {
  for (const framing of [
    'But the port is now the busiest on the coast.',
    'Is it any wonder that 40 ships left?',
    'I think 40 ships have left since.',
    'The result was predictable. Some 40 ships left.'
  ]) {
    const claims = read(`The pilots’ union said fees were too high. ${framing}`)
    assert.equal(claims[claims.length - 1].split(':')[0], 'unsupported', framing)
  }
})

test('claims: a question or exclamation inside a quotation is not the writer’s', () => {
  assert.deepEqual(read('The mayor said the port was “a disgrace!” Fees rose 12% in a year.'), [
    'no claim: The mayor said',
    'supported: Fees rose 12%'
  ])
})

test('claims: an account carries into a paragraph that opens by continuing it', () => {
  for (const opening of [
    'She also expects 40 ships to leave by March.',
    'The agency plans to spend $40 million on dredging.',
    'According to the same survey, 40 ships left.',
    'Also, 40 ships left the port in March.'
  ]) {
    const claims = read(`Okafor, who heads the harbour agency, said the survey showed falling trade.\n\n${opening}`)
    assert.equal(claims[1].split(':')[0], 'supported', opening)
  }
})

test('claims: a new paragraph that does not continue the account is the writer’s', () => {
  assert.deepEqual(read('Okafor said the plan was sound.\n\nFees have doubled since 2019.'), [
    'no claim: Okafor said the',
    'unsupported: Fees have doubled'
  ])
  assert.deepEqual(read('Okafor said the plan was sound.\n\nIt is the busiest port on the coast.'), [
    'no claim: Okafor said the',
    'unsupported: It is the'
  ])
})

test('claims: an attribution from the part before carries over, and the analysis says whether one holds at its end', () => {
  assert.deepEqual(read('She also expects 40 ships to leave.', true), ['supported: She also expects'])
  assert.deepEqual(read('She also expects 40 ships to leave.', false), ['unsupported: She also expects'])
  const document = readDocument('Okafor said the plan was sound. Fees will rise.', 'plaintext')
  assert.equal(attributionAfter(analyzeClaims(document.tree, document)), true)
  const framed = readDocument('Okafor said the plan was sound. But is it?', 'plaintext')
  assert.equal(attributionAfter(analyzeClaims(framed.tree, framed)), false)
})

test('claims: a subject that is its own source: a body reporting, publishing its record, a document’s terms', () => {
  for (const sentence of [
    'The company reported revenue of $4 billion.',
    'Gartner estimates the market will reach $90 billion.',
    'The port authority released about 3,000 emails on Friday.',
    'The bill would raise $2 billion over a decade.',
    'The budget sets aside $40 million for dredging.',
    'The harbour master flatly denied that 40 ships had left.',
    'The mayor criticised the plan, saying it would cost $2 billion.',
    'Traffic rose 12% last year, notes the harbour board.'
  ]) {
    assert.equal(read(sentence)[0].split(':')[0], 'supported', sentence)
  }
})

test('claims: what is not a source: an abstraction, a relative clause, a noun the tagger reads, a writer’s concession', () => {
  for (const sentence of [
    'History shows that 90 percent of such deals fail.',
    'The number the ministry cited seems low, considering 40 ships docked on Monday.',
    'Kelby is a predominantly blue state with 40 ports.',
    'The port released 1,200 workers on Friday.',
    'The deal is worth $4 billion.'
  ]) {
    assert.equal(read(sentence)[0].split(':')[0], 'unsupported', sentence)
  }
  // The report covers the first clause; the concession is the writer's own.
  const document = readDocument(
    'Okafor said the port had lost 40 ships, although fees rose 12% in the same year.',
    'plaintext'
  )
  const [claims] = analyzeClaims(document.tree, document)
  assert.equal(claims.supported, false)
  assert.deepEqual(
    claims.signals.map((signal) => claims.sentence.tokens[signal.first].text),
    ['12']
  )
})

test('claims: ages, dates, years, codes, thresholds and small crowds seen by the reporter are not figures', () => {
  assert.deepEqual(
    signalsOf(
      [
        'Ortiz, 58, has run the port since 2015.',
        'The pilot, Amara Diallo, 34 — a veteran — took the helm.',
        'The ship docked on Aug. 25 after a storm.',
        'In 627, the town was founded.',
        'The charity is a 501(c)(3) group.',
        'He needs the 218 votes required to pass the bill.',
        'Dozens of residents gathered outside the harbour office on Monday.',
        'About 50 people turned out for the vigil.'
      ].join(' ')
    ),
    []
  )
  assert.deepEqual(
    signalsOf('Thousands of residents gathered outside the harbour office. About 50 ships turned out for the regatta.'),
    ['Thousands', '50']
  )
})

test('claims: forecasts are of quantities', () => {
  assert.deepEqual(signalsOf('Traffic is expected to be heavy on Monday.'), [])
  assert.deepEqual(signalsOf('Speakers expected to attend include the mayor.'), [])
  assert.deepEqual(signalsOf('Traffic is expected to double by 2030.'), ['expected to double'])
  assert.deepEqual(signalsOf('The fleet is expected to number more than 40 ships.'), [
    'expected to number more than 40'
  ])
})

test('claims: superlatives measured against a record, and those that claim none', () => {
  assert.deepEqual(signalsOf('It was the most chaotic week in the port’s history.'), [
    'the most chaotic week in the port’s history'
  ])
  assert.deepEqual(signalsOf('These were the worst storms the coast has seen in decades.'), [
    'the worst storms the coast has seen in decades'
  ])
  assert.deepEqual(signalsOf('Kelby wasn’t the only port to close.'), [])
  assert.deepEqual(signalsOf('Her song was the first thing the crew heard after docking.'), [])
  assert.deepEqual(signalsOf('Okafor, the highest-ranking of the four pilots, spoke first.'), [])
  assert.deepEqual(signalsOf('Diallo is the largest of the three bidders.'), [])
})

test('claims: sweeping absolutes and comparisons of counts, not hedged or routine ones', () => {
  assert.deepEqual(signalsOf('The harbour board always sides with the shipping lines.'), ['always'])
  assert.deepEqual(signalsOf('In every instance, the fees went up.'), ['every instance'])
  assert.deepEqual(signalsOf('The harbour master lies, constantly, about everything.'), ['everything'])
  assert.deepEqual(signalsOf('More ships dock at Tarlow than at Kelby.'), ['More ships'])
  assert.deepEqual(
    signalsOf(
      [
        'The ferry is not always on time.',
        'Almost every berth was full.',
        'Just about everyone knew the pilot.',
        'The ferry leaves every day at noon.',
        'Everyone should wear a life jacket.',
        'The new crane changes everything.',
        'The port has more cranes than a forest has trees.',
        'I always believed the port would grow.'
      ].join(' ')
    ),
    []
  )
})

test('claims: a claim in someone’s view, not the writer’s', () => {
  assert.deepEqual(signalsOf('He dismissed the idea that Kelby is the busiest port on the coast.'), [])
})

test('claims: prose in another language makes no English claims', () => {
  const text =
    'Pelabuhan itu menerima 40 kapal pada bulan lepas dan jumlah itu dijangka meningkat. Pegawai pelabuhan berkata kadar sewa akan naik kepada 12 peratus menjelang tahun depan.'
  assert.deepEqual(signalsOf(text), [])
})

test('claims: a figure is a claim once, at its first mention', () => {
  // "the $4 billion", "that same $4 billion", a count of the same thing again: no new claim.
  assert.deepEqual(
    signalsOf(
      'The port paid $4 billion for the berths.\n\nCritics called that same $4 billion a waste. Rents rose 30% after the sale.'
    ),
    ['$4 billion', '30%']
  )
  assert.deepEqual(read('Okafor said the port paid $4 billion.\n\nThe $4 billion went to dredging.'), [
    'supported: Okafor said the',
    'no claim: The $4 billion'
  ])
  assert.deepEqual(signalsOf('Tarlow has 30 cranes. Kelby has 30 cranes too.'), ['30'])
  // A share or a bare number comes again only when a word takes it up: two rises can both be 12%.
  assert.deepEqual(signalsOf('Fees rose 12% in 2019. Rents rose 12% in 2020.'), ['12%', '12%'])
  assert.deepEqual(signalsOf('Fees rose 12% in 2019. The 12% rise angered pilots.'), ['12%'])
})

test('claims: a sum or difference over figures the article gives, and counts everyone knows, are no new claims', () => {
  assert.deepEqual(
    signalsOf('The three grants were $2 million, $3 million and $5 million. Together they total $10 million.'),
    ['$2 million', '$3 million and $5 million']
  )
  assert.deepEqual(
    signalsOf(
      'Kelby won 232 electoral votes and Tarlow won 306 electoral votes. That is a margin of 74 electoral votes.'
    ),
    ['232', '306']
  )
  // Without a word of summing, an equal figure is a claim of its own.
  assert.deepEqual(signalsOf('The fund paid $2 million and $3 million. It later paid $5 million.'), [
    '$2 million and $3 million',
    '$5 million'
  ])
  assert.deepEqual(
    signalsOf(
      [
        'A candidate needs 270 electoral votes to win.',
        'It takes 60 votes to end debate in the Senate.',
        'Ohio’s 18 electoral votes are in play.',
        'Kelby (28 electoral votes) leans left.',
        'All 50 states hold primaries.'
      ].join(' ')
    ),
    []
  )
  assert.deepEqual(signalsOf('Tarlow won 306 electoral votes to win the presidency.'), ['306'])
  assert.deepEqual(signalsOf('The bill got 60 votes on Tuesday.'), ['60 votes'])
})

test('claims: a question in the writer’s voice asserts nothing, unless it asks whether it is any wonder', () => {
  assert.deepEqual(
    signalsOf('How can a town of 12,000 people afford a $40 million berth? What did the $90 million buy?'),
    []
  )
  assert.deepEqual(signalsOf('Is it the biggest port on the coast? Do polls show him ahead? Has every ship left?'), [])
  assert.deepEqual(signalsOf('Is it any wonder that 40 ships left? Did you know the port lost $2 million?'), [
    '40',
    '$2 million'
  ])
  // A question inside a quotation is the speaker's, and read as before.
  assert.deepEqual(read('“Why did 40 ships leave?” Okafor asked.'), [
    'no claim: “Why did 40',
    'no claim: Okafor asked.'
  ])
})

test('claims: a document’s figures carry into a next paragraph that goes on giving them', () => {
  const filings = 'According to the port’s annual filing, pilots earned $4.2 million last year.'
  assert.deepEqual(read(`${filings}\n\nDeckhands received $2.1 million, and the board was paid $900,000.`), [
    'supported: According to the',
    'supported: Deckhands received $2.1'
  ])
  assert.deepEqual(read(`Port records show pilots earned $4.2 million.\n\nDeckhands received $2.1 million.`), [
    'supported: Port records show',
    'supported: Deckhands received $2.1'
  ])
  // A person's account does not: a new paragraph of figures is the writer's, unless it continues the account.
  assert.deepEqual(read('Okafor said pilots earned $4.2 million last year.\n\nDeckhands received $2.1 million.'), [
    'supported: Okafor said pilots',
    'unsupported: Deckhands received $2.1'
  ])
  // Nor does a document reach a paragraph of another kind of figure, or one where the writer steps in.
  assert.deepEqual(read(`${filings}\n\nAbout 40 ships left the port in March.`), [
    'supported: According to the',
    'unsupported: About 40 ships'
  ])
  assert.deepEqual(read(`${filings}\n\nBut deckhands received only $2.1 million.`), [
    'supported: According to the',
    'unsupported: But deckhands received'
  ])
})

test('claims: a poll no one names is a claim, not a source', () => {
  for (const [sentence, words] of [
    ['Polls show him close to the lead.', 'Polls show'],
    ['A new poll found that 40 percent of residents oppose the fees.', 'A new poll found that 40 percent'],
    ['National polling since the debate suggests the race is tied.', 'National polling since the debate suggests'],
    ['He trails badly in the polls.', 'trails badly in the polls'],
    ['According to recent polls, most residents oppose the fees.', 'According to recent polls'],
    ['His poll numbers have collapsed since March.', 'His poll numbers'],
    ['A harbour poll showed 61 percent of residents said fees were too high.', 'A harbour poll showed 61 percent']
  ] as const) {
    assert.deepEqual(signalsOf(sentence), [words], sentence)
    assert.equal(read(sentence)[0].split(':')[0], 'unsupported', sentence)
  }
  // A named poll, one taken up again, and the polls people vote at are no such claim.
  for (const sentence of [
    'A Gallup poll found that 40 percent of residents oppose the fees.',
    'A poll of 1,000 residents by the Tarlow Institute found that 40 percent oppose the fees.',
    'The campaign’s internal polling shows him ahead.',
    'The polls close at 8 p.m. on Tuesday.',
    'Voters went to the polls on Tuesday.'
  ]) {
    assert.notEqual(read(sentence)[0].split(':')[0], 'unsupported', sentence)
  }
  assert.deepEqual(
    read(
      'A Gallup poll found that 40 percent of residents oppose the fees. The poll also found 60 percent want a new berth.'
    ),
    ['supported: A Gallup poll', 'supported: The poll also']
  )
  // An account carried on does not cover a vague poll: the poll is a source no one named.
  assert.deepEqual(read('Okafor said the race was tight. Polls show him close.'), [
    'no claim: Okafor said the',
    'unsupported: Polls show him'
  ])
  // The poll's respondents are not its source.
  assert.equal(read('Sixty percent of residents said fees were too high.')[0].split(':')[0], 'unsupported')
})

test('claims: a record claimed without a superlative', () => {
  assert.deepEqual(signalsOf('The move was unprecedented.'), ['unprecedented'])
  assert.deepEqual(signalsOf('The state saw record turnout.'), ['record turnout'])
  assert.deepEqual(signalsOf('Its fundraising is at a record low.'), ['record low'])
  assert.deepEqual(signalsOf('Kelby broke the record for cargo.'), ['broke the record'])
  assert.deepEqual(signalsOf('Rents hit a record-breaking level.'), ['record-breaking level'])
  for (const sentence of [
    'The move was almost unprecedented.',
    'The move was not unprecedented.',
    'Her voting record is mixed.',
    'He signed with a record label.',
    'He went on the record about the fees.',
    'The mayor set the record straight.',
    'The team has a strong track record.'
  ]) {
    assert.deepEqual(signalsOf(sentence), [], sentence)
  }
})

test('claims: a sweeping claim about a whole group, judged or blamed as fact', () => {
  assert.deepEqual(signalsOf('Landlords are the primary threat to the town.'), ['Landlords are the primary threat'])
  assert.deepEqual(signalsOf('In Kelby, landlords are the real problem.'), ['landlords are the real problem'])
  assert.deepEqual(signalsOf('Dockworkers are to blame for the delays.'), ['Dockworkers are to blame'])
  assert.deepEqual(signalsOf('Young men are dangerous.'), ['Young men are dangerous'])
  assert.deepEqual(signalsOf('Shipowners are destroying the harbour.'), ['Shipowners are destroying'])
  assert.deepEqual(signalsOf('Tourists are more likely to complain.'), ['Tourists are more likely to complain'])
  assert.deepEqual(signalsOf('Developers hate the plan.'), ['Developers hate the'])
  for (const sentence of [
    // Hedged, a part of the group, denied, a group named before, past, a plain position, a feeling.
    'Some landlords are a threat to the town.',
    'Many landlords are the problem.',
    'Landlords can be a threat to tenants.',
    'Landlords often are the problem.',
    'Landlords are not the problem.',
    'The landlords are the problem.',
    'Landlords were a threat in 1920.',
    'Developers oppose the plan.',
    'Residents are angry about the fees.',
    // Someone else's view, or a question.
    '“Landlords are parasites,” she said.',
    'Are landlords the problem?'
  ]) {
    assert.deepEqual(signalsOf(sentence), [], sentence)
  }
})

test('claims: the writer’s comment after a break ends the account', () => {
  assert.deepEqual(
    read(
      'Okafor said on Monday that the board had lost its way. She is its chair now -- no wonder its fundraising is at a record low.'
    ),
    ['no claim: Okafor said on', 'unsupported: She is its']
  )
  assert.deepEqual(
    read('Okafor said on Monday that the board had lost its way. She said its fundraising was at a record low.'),
    ['no claim: Okafor said on', 'supported: She said its']
  )
})

test('claims: a verb of reporting in a name is part of the name: “the United States”', () => {
  assert.equal(
    read('Since the sale, some 40 ships have sailed between Kelby and the United States and gotten a pass.')[0].split(
      ':'
    )[0],
    'unsupported'
  )
})

test('claims: what one part of an article hands the next: the attribution, whether it is a document’s, the figures given', () => {
  const first = readDocument(
    'According to the port’s annual filing, pilots earned $4.2 million last year.',
    'plaintext'
  )
  const carry = carryAfter(analyzeClaims(first.tree, first))
  assert.equal(carry.attribution, true)
  assert.deepEqual(carry.documentUnits, ['money'])
  assert.deepEqual(
    carry.figures?.map((note) => note.id),
    ['money:4200000']
  )
  const next = readDocument('Deckhands received $2.1 million. The $4.2 million went to pilots.', 'plaintext')
  const claims = analyzeClaims(next.tree, next, undefined, carry)
  assert.deepEqual(
    claims.map((claim) => claim.supported),
    [true, true]
  )
  // The key of a carry holds only what bears on the part's own figures.
  const own = carryAfter(claims).figures
  assert.equal(
    carryKey(carry, own),
    carryKey({...carry, figures: [...carry.figures!, {id: 'money:7', unit: 'money', value: 7}]}, own)
  )
  assert.notEqual(carryKey(carry, own), carryKey({...carry, figures: []}, own))
})

/** The signals of each kind, tentative ones marked with a "?": "sweeping?: Many of the tenants were evicted". */
function kindsOf(text: string): string[] {
  const document = readDocument(text, 'plaintext')
  return analyzeClaims(document.tree, document).flatMap(({sentence, signals}) =>
    signals.map(
      (signal) =>
        `${signal.kind}${signal.tentative ? '?' : ''}${signal.weak ? ' (weak)' : ''}: ${text.slice(sentence.tokens[signal.first].start, sentence.tokens[signal.last].end)}`
    )
  )
}

test('claims: a quantifier as a clause’s subject sweeps over a group, tentatively', () => {
  assert.deepEqual(kindsOf('Many of the tenants were evicted without notice.'), [
    'sweeping?: Many of the tenants were evicted'
  ])
  assert.deepEqual(kindsOf('Most of the harbour’s trade had moved to Tarlow.'), [
    'sweeping?: Most of the harbour’s trade had moved'
  ])
  assert.deepEqual(kindsOf('All of the ferry crews regularly ignore the rules.'), [
    'sweeping?: All of the ferry crews regularly ignore'
  ])
  assert.deepEqual(kindsOf('In the end, many were left without work.'), ['sweeping?: many were left'])
  assert.deepEqual(kindsOf('The council met, and many of them were shouting at the mayor.'), [
    'sweeping?: many of them were shouting'
  ])
  for (const sentence of [
    // A view given to them (the weasel rule's), a comparison, the writer's company, a hedge, a phrase,
    // what they said, a quantifier hedged, a forecast, what a part of a group is.
    'Many believe the port will close.',
    'As many residents have done, she moved inland.',
    'Many of us were surprised.',
    'Most residents may leave.',
    'All of a sudden the ferry stopped.',
    'Many of them said the fees were too high.',
    'Almost all of the crews were paid.',
    'Many of the pilots are going to strike.',
    'Most landlords are the problem.'
  ])
    assert.deepEqual(kindsOf(sentence), [], sentence)
})

test('claims: wrongdoing stated as fact of someone named or of a group is an accusation, tentatively', () => {
  assert.deepEqual(kindsOf('The harbour board covered up the spill.'), ['accusation?: covered up'])
  assert.deepEqual(kindsOf('Right-wing bloggers fabricated the quotes.'), ['accusation?: fabricated'])
  assert.deepEqual(kindsOf('The developers bribed council members.'), ['accusation?: bribed council'])
  assert.deepEqual(kindsOf('The board attacked them in a letter.'), ['accusation?: attacked them'])
  assert.deepEqual(kindsOf('The mayor’s lies cost the town dearly.'), ['accusation?: mayor’s lies'])
  assert.deepEqual(kindsOf('The agency’s destruction of the records went unpunished.'), [
    'accusation?: agency’s destruction of the records'
  ])
  assert.deepEqual(kindsOf('His killer, a dockworker, was released on bail.'), ['accusation?: His killer'])
  for (const sentence of [
    // Hedged, given to a source, a charge, a denial, a supposition, a verb in its innocent sense, a thing
    // that acts, a plan attacked, a charge named as such, an offender called alleged.
    'The developers allegedly bribed council members.',
    'Police said the developers bribed council members.',
    'He was accused of bribing council members.',
    'He denied that he bribed anyone.',
    'If the board covered up the spill, it must answer for it.',
    'She invented a new kind of crane.',
    'The port lies on the coast.',
    'The storm attacked the coast.',
    'The union attacked the plan.',
    'His fraud trial opens in May.',
    'The flood’s destruction of the pier closed the port.',
    'His alleged killer was released on bail.'
  ])
    assert.deepEqual(kindsOf(sentence), [], sentence)
})

test('claims: a cause stated as fact, when it is what someone did, and a counterfactual', () => {
  assert.deepEqual(kindsOf('The ferry service collapsed because of the board’s decisions.'), [
    'cause?: because of the board’s decisions'
  ])
  assert.deepEqual(kindsOf('Tourists stayed away due to the mayor’s campaign against rentals.'), [
    'cause?: due to the mayor’s campaign against rentals'
  ])
  assert.deepEqual(kindsOf('The berth would not have opened if the council had not paid for it.'), [
    'cause?: would not have opened'
  ])
  for (const sentence of [
    // Weather, a schedule, a hedged cause, a plain conditional.
    'The ferry was cancelled because of fog.',
    'The report is due to be published on Monday.',
    'Partly because of the board’s decisions, the service collapsed.',
    'The berth would have opened in May.'
  ])
    assert.deepEqual(kindsOf(sentence), [], sentence)
  // A source in the sentence supports it.
  assert.deepEqual(read('She said the service collapsed because of the board’s decisions.'), [
    'supported: She said the'
  ])
})

test('claims: absolutes read from their clause: a refusal of “any”, “little to no”, “only” a group, sameness', () => {
  assert.deepEqual(kindsOf('She refused to take any of the blame.'), ['absolute?: refused to take any of the blame'])
  assert.deepEqual(kindsOf('There was little to no oversight of the port.'), ['absolute?: little to no oversight'])
  assert.deepEqual(kindsOf('The two contracts were virtually identical.'), ['absolute?: virtually identical'])
  assert.deepEqual(kindsOf('The fire was completely random.'), ['absolute?: completely random'])
  assert.deepEqual(kindsOf('Only men can join the pilots’ guild.'), ['absolute?: Only men'])
  assert.deepEqual(kindsOf('They made the exact same mistake.'), ['absolute?: exact same'])
  for (const sentence of [
    // A reporter's plain "not … any", a routine "any questions", a supposition, a denial, a hedge, an
    // intensifier on a feeling, "only" as an adverb of time.
    'The crew did not find any damage.',
    'She refused to answer any questions.',
    'If any ships arrive, call me.',
    'The results were not identical.',
    'The plans may be identical.',
    'He was completely exhausted.',
    'Only later did the crew return.'
  ])
    assert.deepEqual(kindsOf(sentence), [], sentence)
})

test('claims: a group generalised in the present, or in a refusal, tentatively', () => {
  assert.deepEqual(kindsOf('Landlords didn’t lift a finger.'), ['sweeping?: Landlords didn’t lift a finger'])
  assert.deepEqual(kindsOf('Women who work nights are ignored.'), ['sweeping?: Women who work nights are ignored'])
  assert.deepEqual(kindsOf('Voters are tired of the fees.'), ['sweeping?: Voters are tired'])
  for (const sentence of [
    // What they are doing now, what they say, a plan, a modal, a group named before.
    'Voters are gathering outside the hall.',
    'Voters say the fees are too high.',
    'Voters are to decide in May.',
    'Landlords can’t raise rents this year.',
    'The voters didn’t turn out.'
  ])
    assert.deepEqual(kindsOf(sentence), [], sentence)
})

test('claims: “a million” and fractions in words are figures; hyperbole is not', () => {
  assert.deepEqual(kindsOf('The port spent a billion dollars on dredging.'), ['figure: a billion dollars'])
  assert.deepEqual(kindsOf('One-third of the crews quit.'), ['figure: One-third of'])
  assert.deepEqual(kindsOf('It is a million times better.'), [])
  assert.deepEqual(kindsOf('He failed in a million small ways.'), [])
})

test('claims: where a place lies and a bill’s number are not figures to source; what they measure still is', () => {
  assert.deepEqual(signalsOf('The village lies about 60 miles (97 kilometers) south of the capital.'), [])
  assert.deepEqual(signalsOf('The ferry sank 12 km off the coast.'), [])
  assert.deepEqual(signalsOf('The bill, H.R. 4410, would close the port.'), [])
  assert.deepEqual(signalsOf('Senators passed S. 2210 on Friday.'), [])
  assert.deepEqual(signalsOf('The spill spread over 60 miles of coastline.'), ['60'])
  assert.deepEqual(signalsOf('The port cut 4410 jobs in a year.'), ['4410 jobs'])
})

test('claims: a claim an editor seldom asks a source for is read as weak', () => {
  assert.deepEqual(kindsOf('Then there is the $20 trillion national debt.'), ['figure (weak): $20 trillion'])
  assert.deepEqual(kindsOf('The national debt is $20 trillion.'), ['figure (weak): $20 trillion'])
  assert.deepEqual(kindsOf('We would reach $20 trillion of national debt.'), ['figure: $20 trillion'])
  assert.deepEqual(kindsOf('Germany has a population of 83 million.'), ['figure (weak): 83 million'])
  assert.deepEqual(kindsOf('Days after a bombing that killed 40 people, the port reopened.'), [
    'figure (weak): 40 people'
  ])
  assert.deepEqual(kindsOf('After the bombing, 40 people were found dead.'), ['figure: 40 people'])
  assert.deepEqual(kindsOf('He made his billions in shipping.'), ['figure (weak): billions'])
  assert.deepEqual(kindsOf('He made billions of dollars in shipping.'), ['figure: billions of dollars'])
  assert.deepEqual(kindsOf('The crews served the entire country.'), ['absolute (weak): entire country'])
  assert.deepEqual(kindsOf('It is one of the largest ports.'), ['superlative (weak): the largest ports'])
  assert.deepEqual(kindsOf('It is the largest port.'), ['superlative: the largest port'])
})

test('claims: round, approximate figures in a paragraph set centuries ago are weak; exact ones are not', () => {
  assert.deepEqual(kindsOf('In 1495, the fleet sailed. About two hundred died. In all, 1,432 returned.'), [
    'figure (weak): two hundred',
    'figure: 1,432'
  ])
  assert.deepEqual(kindsOf('In 1995, the fleet sailed. About two hundred died.'), ['figure: two hundred'])
  assert.deepEqual(kindsOf('In the 15th century, there were some 300,000 islanders.'), ['figure (weak): 300,000'])
})

test('claims: a transcript’s line is its speaker’s, and a label is not a speaker', () => {
  assert.deepEqual(read('Rudy Okafor: The port lost 40 ships after the storm.'), ['supported: Rudy Okafor: The'])
  assert.deepEqual(read('Update: The port lost 40 ships after the storm.'), ['unsupported: Update: The port'])
  assert.deepEqual(read('Okafor: 40 ships.'), ['unsupported: Okafor: 40 ships.'])
})

test('claims: what another believes or the writer thinks holds judgements, not checkable superlatives or figures', () => {
  assert.deepEqual(kindsOf('I think the board always sides with the lines.'), [])
  assert.deepEqual(kindsOf('I think it is the largest port.'), ['superlative: the largest port'])
  assert.deepEqual(kindsOf('I think 40 percent of pilots will quit.'), ['figure: 40 percent'])
  assert.deepEqual(kindsOf('They think the board always sides with the lines.'), [])
  assert.deepEqual(kindsOf('Pilots who believe every word of it are many.'), ['absolute: every word'])
})
