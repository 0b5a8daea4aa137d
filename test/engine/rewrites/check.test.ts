import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {articleFor, checkRewrite, sentenceSpanOf, vetRewrites} from '../../../src/engine/rewrites/check'
import {
  findPlaceholders,
  hasPlaceholder,
  PLACEHOLDERS,
  unknownPlaceholders
} from '../../../src/engine/rewrites/placeholders'

/**
 * Real-world shapes of rewrite, in sentences written for this test: the
 * sentence, the words the rule flagged (the first occurrence, or the one
 * `at` says), its rewrite, and what the check must make of it with the
 * sentence it leaves. For a rejected rewrite, the sentence is the one it
 * would have left.
 */
type Row = [
  sentence: string,
  span: string,
  replacement: string,
  verdict: 'accepted' | 'mended' | 'rejected',
  after: string,
  at?: number
]

const ROWS: Row[] = [
  // Predicative adjectives
  ['The council’s plan is reckless.', 'reckless', '', 'rejected', 'The council’s plan is .'],
  [
    'The mayor looks foolish in the photographs.',
    'looks foolish',
    'looks',
    'rejected',
    'The mayor looks in the photographs.'
  ],
  [
    'Critics say the scheme is reckless and expensive.',
    'reckless',
    '',
    'mended',
    'Critics say the scheme is expensive.'
  ],
  ['The budget was bloated, but balanced.', 'bloated', '', 'mended', 'The budget was balanced.'],
  ['The response was, frankly, shameful.', 'shameful', '', 'rejected', 'The response was, frankly, .'],
  ['Her speech was remarkably dull.', 'remarkably dull', 'dull', 'accepted', 'Her speech was dull.'],
  [
    'It is astonishing how little the board knew.',
    'astonishing how',
    'how',
    'rejected',
    'It is how little the board knew.'
  ],
  ['The mayor seemed furious.', 'furious', 'angry', 'accepted', 'The mayor seemed angry.'],
  ['The minutes were damning.', 'were damning', 'were', 'rejected', 'The minutes were.'],

  // Adjectives in a series
  ['It was a cheap, cruel plan.', 'cruel', '', 'mended', 'It was a cheap plan.'],
  ['The plan is cheap, cruel and misguided.', 'cruel', '', 'mended', 'The plan is cheap and misguided.'],
  ['The plan is cheap, cruel, and misguided.', 'cruel', '', 'mended', 'The plan is cheap and misguided.'],
  ['It was a cruel, cheap plan.', 'cruel', '', 'mended', 'It was a cheap plan.'],
  ['The plan is cruel and misguided.', 'cruel', '', 'mended', 'The plan is misguided.'],
  ['The plan is cheap and cruel.', 'cruel', '', 'mended', 'The plan is cheap.'],
  ['The plan is cheap, slow, and cruel.', 'cruel', '', 'rejected', 'The plan is cheap, slow, and .'],
  [
    'They called it a petty, vindictive, costly decision.',
    'vindictive',
    '',
    'mended',
    'They called it a petty, costly decision.'
  ],
  ['Residents described a loud, angry crowd.', 'angry', '', 'mended', 'Residents described a loud crowd.'],
  [
    'No matter how outlandish and easily disproven the rumour is, it spreads.',
    'outlandish and',
    'and',
    'mended',
    'No matter how easily disproven the rumour is, it spreads.'
  ],

  // "as X as"
  ['The new tax is as unfair as the old one.', 'unfair', '', 'rejected', 'The new tax is as  as the old one.'],
  [
    'The new tax is as unfair as the old one.',
    'unfair',
    'costly',
    'accepted',
    'The new tax is as costly as the old one.'
  ],
  ['As many as 30 players knelt.', 'many', '', 'rejected', 'As  as 30 players knelt.'],
  [
    'The mayor wanted as many residents as possible to attend.',
    'many residents',
    '[named sources]',
    'rejected',
    'The mayor wanted as [named sources] as possible to attend.'
  ],

  // Superlatives and comparatives
  [
    'It was the most shameful episode of the year.',
    'shameful',
    '',
    'rejected',
    'It was the most  episode of the year.'
  ],
  ['It was the most shameful episode of the year.', 'most shameful', '', 'mended', 'It was the episode of the year.'],
  ['The new law is more draconian than the last.', 'draconian', '', 'rejected', 'The new law is more  than the last.'],
  ['This is the least convincing excuse yet.', 'convincing', '', 'rejected', 'This is the least  excuse yet.'],
  [
    'It is the largest private employer in the state.',
    'largest',
    'largest (according to [source])',
    'mended',
    'It is the largest private employer in the state (according to [source]).'
  ],

  // Compound modifiers
  ['A well-known activist led the march.', 'well-known', '', 'mended', 'An activist led the march.'],
  [
    'The state-owned broadcaster aired the so-called debate.',
    'so-called',
    '',
    'mended',
    'The state-owned broadcaster aired the debate.'
  ],
  [
    'Officials called it a world-class, state-of-the-art facility.',
    'world-class',
    '',
    'mended',
    'Officials called it a state-of-the-art facility.'
  ],
  ['He gave a long-winded, evasive answer.', 'long-winded, ', '', 'mended', 'He gave an evasive answer.'],
  ['A half-baked proposal emerged.', 'half-baked', 'hasty', 'accepted', 'A hasty proposal emerged.'],

  // Plural nouns as modifiers
  [
    'A string of terrorist attacks hit the city.',
    'terrorist',
    'militants',
    'mended',
    'A string of militant attacks hit the city.'
  ],
  ['The arms deal collapsed.', 'arms', 'weapons', 'accepted', 'The weapons deal collapsed.'],
  ['Thugs attacked the shop.', 'Thugs', 'Attackers', 'accepted', 'Attackers attacked the shop.'],
  ['The hordes of fans arrived early.', 'hordes', 'crowds', 'accepted', 'The crowds of fans arrived early.'],

  // Verb phrases with objects
  ['She conceded the race on Tuesday.', 'conceded', 'said', 'rejected', 'She said the race on Tuesday.'],
  ['He claimed to have seen the report.', 'claimed', 'said', 'rejected', 'He said to have seen the report.'],
  ['He claims the report was leaked.', 'claims', 'say', 'mended', 'He says the report was leaked.'],
  [
    'The minister claimed that the figures were wrong.',
    'claimed',
    'said',
    'accepted',
    'The minister said that the figures were wrong.'
  ],
  ['The report was leaked, he whined.', 'whined', 'said', 'accepted', 'The report was leaked, he said.'],
  ['He sulked, whined and complained.', 'whined', 'said', 'rejected', 'He sulked, said and complained.'],
  ['Officials slammed the decision.', 'slammed', 'criticized', 'accepted', 'Officials criticized the decision.'],
  ['The mayor slammed the plan.', 'slammed', 'criticize', 'rejected', 'The mayor criticize the plan.'],
  [
    'The report, which slammed the council, was published.',
    'slammed',
    '',
    'rejected',
    'The report, which  the council, was published.'
  ],
  ['Officials would be gifted new homes.', 'gifted', '', 'rejected', 'Officials would be  new homes.'],

  // Quotation marks next to the span
  ['“Sadly, the plan failed,” she said.', 'Sadly, the', 'The', 'accepted', '“The plan failed,” she said.'],
  ['“Clearly, the plan failed,” she said.', 'Clearly, ', '', 'mended', '“The plan failed,” she said.'],
  ['She described the "disgraceful" plan.', 'disgraceful', '', 'mended', 'She described the plan.'],
  ['They branded it a “dangerous” idea.', 'dangerous', '', 'rejected', 'They branded it a “” idea.'],
  ['The so-called “reform” passed.', 'so-called ', '', 'rejected', 'The “reform” passed.'],
  [
    'Mrs Okafor claimed the inquiry “fired up” her rivals.',
    'claimed',
    'said',
    'accepted',
    'Mrs Okafor said the inquiry “fired up” her rivals.'
  ],
  ['“It was a disaster,” he insisted.', 'insisted', 'said', 'accepted', '“It was a disaster,” he said.'],

  // Sentence starts
  ['Sadly, the victim died.', 'Sadly, the', 'The', 'accepted', 'The victim died.'],
  ['Sadly, the victim died.', 'Sadly, ', '', 'mended', 'The victim died.'],
  ['Obviously, this is a mistake.', 'Obviously,', '', 'mended', 'This is a mistake.'],
  ['The real question is: who paid?', 'The real question is', '', 'mended', 'Who paid?'],
  ['Of course, President Adeyemi signed it.', 'Of course, ', '', 'accepted', 'President Adeyemi signed it.'],
  [
    'Many people believe the tax is unfair.',
    'Many people',
    '[named sources]',
    'accepted',
    '[named sources] believe the tax is unfair.'
  ],
  ['Frankly, nobody cares.', 'Frankly', '', 'mended', 'Nobody cares.'],

  // "a" and "an" before the replacement
  ['It was a vicious attack.', 'vicious attack', 'attack', 'mended', 'It was an attack.'],
  ['She gave an outrageous, vague answer.', 'outrageous, ', '', 'mended', 'She gave a vague answer.'],
  ['It was an appalling failure.', 'appalling', 'dismal', 'mended', 'It was a dismal failure.'],
  ['A hysterical outburst followed.', 'hysterical', 'angry', 'mended', 'An angry outburst followed.'],
  ['He is an utter disgrace.', 'utter disgrace', 'failure', 'mended', 'He is a failure.'],
  ['It was a dangerous, unlawful order.', 'dangerous, ', '', 'mended', 'It was an unlawful order.'],
  ['It was a horrible, European-style tax.', 'horrible, ', '', 'accepted', 'It was a European-style tax.'],
  ['An awful, hour-long speech followed.', 'awful, ', '', 'accepted', 'An hour-long speech followed.'],

  // The start of the sentence
  ['Ha, ha — right, the board listened.', 'Ha, ha — right, ', '', 'mended', 'The board listened.'],
  ['Oh great — the board listened.', 'Oh great', '', 'mended', 'The board listened.'],
  // A claim in a clause set before the main one is sourced at that clause's comma
  [
    'While 40 ships left the port, the council kept the fees.',
    '40 ships',
    '40 ships (according to [source])',
    'mended',
    'While 40 ships left the port (according to [source]), the council kept the fees.'
  ],
  [
    'Instead, despite being the busiest port in the region, Kelby lost money.',
    'the busiest port',
    'the busiest port (according to [source])',
    'mended',
    'Instead, despite being the busiest port in the region (according to [source]), Kelby lost money.'
  ],
  [
    'The council kept the fees while 40 ships left, officials said nothing.',
    '40 ships',
    '40 ships (according to [source])',
    'mended',
    'The council kept the fees while 40 ships left, officials said nothing (according to [source]).'
  ],
  // An adjective the phrase needs
  ['Why is the port such a sleazy place?', 'sleazy ', '', 'rejected', 'Why is the port such a place?'],
  ['They ran such sleazy campaigns.', 'sleazy ', '', 'rejected', 'They ran such campaigns.'],
  ['Sometimes the city is a truly awful place.', 'truly awful ', '', 'rejected', 'Sometimes the city is a place.'],
  ['It was a shameful thing to say.', 'shameful ', '', 'rejected', 'It was a thing to say.'],
  ['It was a shameful vote.', 'shameful ', '', 'accepted', 'It was a vote.'],
  ['The shameful place names were changed.', 'shameful ', '', 'accepted', 'The place names were changed.'],
  // A source goes at the end of its clause, not inside a noun phrase or between a subject and its verb
  [
    'Sales rose 40 percent; costs fell.',
    '40 percent',
    '40 percent (according to [source])',
    'accepted',
    'Sales rose 40 percent (according to [source]); costs fell.'
  ],
  [
    'Exports to the U.S. rose 9 percent in May, while imports fell.',
    'Exports',
    'Exports (according to [source])',
    'mended',
    'Exports to the U.S. rose 9 percent in May (according to [source]), while imports fell.'
  ],
  [
    'The plan cost $3 billion, more than the “whole budget” of the city.',
    '$3 billion',
    '$3 billion (according to [source])',
    'mended',
    'The plan cost $3 billion, more than the “whole budget” of the city (according to [source]).'
  ],
  [
    'Turnout hit 71 percent (a record) in the north — the party’s stronghold.',
    '71 percent',
    '71 percent (according to [source])',
    'mended',
    'Turnout hit 71 percent (a record) in the north (according to [source]) — the party’s stronghold.'
  ],
  [
    'The minister reportedly resigned on Friday.',
    'reportedly',
    '(according to [source])',
    'mended',
    'The minister resigned on Friday (according to [source]).'
  ],
  [
    'The firm is the largest private employer in the region.',
    'private',
    'private (according to [source])',
    'mended',
    'The firm is the largest private employer in the region (according to [source]).'
  ],
  [
    'Officials said 16 women joined the suit.',
    '16',
    '16 (according to [source])',
    'mended',
    'Officials said 16 women joined the suit (according to [source]).'
  ],
  [
    'A clear majority of voters backed the plan.',
    'majority of',
    'majority of (according to [source])',
    'mended',
    'A clear majority of voters backed the plan (according to [source]).'
  ],
  [
    'The city spent $4 million on security.',
    '$4 million',
    '$4 million (according to [source])',
    'mended',
    'The city spent $4 million on security (according to [source]).'
  ],
  [
    'It is the worst crisis in a generation.',
    'the worst crisis',
    'the worst crisis [citation needed]',
    'mended',
    'It is the worst crisis in a generation [citation needed].'
  ],
  [
    'Prices rose by 40 percent last year.',
    '40',
    '40 [citation needed]',
    'mended',
    'Prices rose by 40 percent last year [citation needed].'
  ],
  [
    'She received a $7,000 bonus from the board.',
    '$7,000',
    '$7,000 (according to [source])',
    'mended',
    'She received a $7,000 bonus from the board (according to [source]).'
  ],
  [
    'Somewhere between the first and the final draft, the wording changed.',
    'the first and',
    'the first and (according to [source])',
    'mended',
    'Somewhere between the first and the final draft, the wording changed (according to [source]).'
  ],
  [
    'Critics said the plan failed.',
    'Critics said',
    '[named] critics said',
    'rejected',
    '[named] critics said the plan failed.'
  ],

  // Hedges that mark someone else's view or a legal status
  ['The suspect allegedly stole a car.', 'allegedly', '', 'rejected', 'The suspect  stole a car.'],
  ['The alleged fraud cost millions.', 'alleged', '', 'rejected', 'The  fraud cost millions.'],
  ['The supposed savings never appeared.', 'supposed ', '', 'rejected', 'The savings never appeared.'],
  ['The company reportedly paid the fine.', 'reportedly ', '', 'rejected', 'The company paid the fine.'],
  ['Hopefully, the talks will succeed.', 'Hopefully, ', '', 'rejected', 'the talks will succeed.'],
  ['The suspected gunman fled.', 'suspected ', '', 'rejected', 'The gunman fled.'],
  [
    'The allegedly stolen car was found.',
    'allegedly',
    'reportedly',
    'accepted',
    'The reportedly stolen car was found.'
  ],
  ['The so-called experts were wrong.', 'so-called ', '', 'accepted', 'The experts were wrong.'],
  [
    'The so-called Islamic State claimed the attack.',
    'so-called ',
    '',
    'rejected',
    'The Islamic State claimed the attack.'
  ],
  ['The council did not approve the plan.', 'not ', '', 'rejected', 'The council did approve the plan.'],

  // Doubled words and punctuation, asides
  ['He was very very angry.', 'very very', 'very', 'accepted', 'He was very angry.'],
  ['The plan, sadly, failed.', 'sadly', '', 'mended', 'The plan failed.'],
  ['The vote was, unsurprisingly, close.', 'unsurprisingly', '', 'mended', 'The vote was close.'],
  ['He will lose in the end, no doubt.', 'no doubt', '', 'mended', 'He will lose in the end.'],
  ['The board (sadly) voted no.', 'sadly', '', 'mended', 'The board voted no.'],
  [
    'They are resisting because clearly, they do not know why.',
    'because clearly',
    'because',
    'mended',
    'They are resisting because they do not know why.'
  ],
  ['The deal was, in a word, the the worst.', 'in a word, ', '', 'accepted', 'The deal was, the the worst.'],

  // Words left without the word they went with
  [
    'He is the main source of misery in the town.',
    'misery in',
    'in',
    'rejected',
    'He is the main source of in the town.'
  ],
  ['This is a truly horrific crime.', 'horrific', '', 'mended', 'This is a crime.'],
  [
    'The town isn’t a completely awful place.',
    'awful place',
    'place',
    'rejected',
    'The town isn’t a completely place.'
  ],
  ['What makes so many people angry?', 'many people', '[named sources]', 'mended', 'What makes [named sources] angry?'],
  ['Far too many voters stayed home.', 'many voters', '[named sources]', 'mended', '[named sources] stayed home.'],
  ['He hid behind his guns, so, awesome.', 'awesome', '', 'rejected', 'He hid behind his guns, so, .'],
  ['She scored with an impressive 15 goals.', 'impressive 15', '15', 'mended', 'She scored with 15 goals.'],
  [
    'The reforms were introduced as tragic necessity.',
    'tragic ',
    '',
    'accepted',
    'The reforms were introduced as necessity.'
  ],
  [
    'The council backed a controversial plan.',
    'controversial plan',
    '[named sources]',
    'mended',
    'The council backed [named sources].'
  ],
  [
    'He was the mayor until his passing in May.',
    'his passing',
    'his death',
    'accepted',
    'He was the mayor until his death in May.'
  ],
  [
    'The candidate received fewer popular votes than her rival.',
    'popular ',
    '',
    'accepted',
    'The candidate received fewer votes than her rival.'
  ],
  ['The founder reputedly slept in the office.', 'reputedly ', '', 'rejected', 'The founder slept in the office.'],
  [
    'The real issue is how the council will vote.',
    'The real issue is how',
    'How',
    'rejected',
    'How the council will vote.'
  ],
  [
    'The flood took her home and hundreds more houses vanished.',
    'hundreds',
    'hundreds (according to [source])',
    'mended',
    'The flood took her home and hundreds more houses vanished (according to [source]).'
  ],
  [
    'He spent the year attacking anyone and everyone who disagreed.',
    'anyone',
    'anyone (according to [source])',
    'mended',
    'He spent the year attacking anyone and everyone who disagreed (according to [source]).'
  ]
]

/** Sentences around the one under test, so offsets are document offsets and the text outside can be checked. */
const BEFORE = 'An earlier sentence stays as it is. '
const AFTER = ' A later one does too.'

test(`the rewrite check: ${ROWS.length} real-world shapes`, () => {
  assert.ok(ROWS.length >= 60)
  const failures: string[] = []
  for (const [sentence, target, replacement, expected, after, at = 0] of ROWS) {
    let index = -1
    for (let count = 0; count <= at; count++) index = sentence.indexOf(target, index + 1)
    assert.ok(index >= 0, `“${target}” is not in “${sentence}”`)
    const text = BEFORE + sentence + AFTER
    const sentenceSpan = {start: BEFORE.length, end: BEFORE.length + sentence.length}
    const span = {start: BEFORE.length + index, end: BEFORE.length + index + target.length}
    const verdict = checkRewrite(text, span, replacement, sentenceSpan)
    const label = `${sentence} [${target} → ${replacement}]`
    if (verdict.status !== expected || verdict.sentence !== after) {
      const why =
        verdict.status === 'rejected' ? verdict.reason : verdict.status === 'mended' ? verdict.mends.join('; ') : ''
      failures.push(`${label}: expected ${expected} “${after}”, got ${verdict.status} “${verdict.sentence}” (${why})`)
      continue
    }
    if (verdict.status === 'rejected') continue
    // The verdict's own edit gives the sentence it reports, touches only the sentence, and holds the original span.
    assert.ok(
      verdict.span.start <= span.start && verdict.span.end >= span.end,
      `${label}: the mended span must hold the original`
    )
    assert.ok(
      verdict.span.start >= sentenceSpan.start && verdict.span.end <= sentenceSpan.end,
      `${label}: the edit leaves its sentence`
    )
    const edited = text.slice(0, verdict.span.start) + verdict.replacement + text.slice(verdict.span.end)
    assert.equal(edited, BEFORE + after + AFTER, label)
    if (verdict.status === 'accepted') assert.deepEqual([verdict.span, verdict.replacement], [span, replacement], label)
  }
  assert.deepEqual(failures, [])
})

test('the rewrite check: a rejection says why', () => {
  const text = 'The suspect allegedly stole a car.'
  const start = text.indexOf('allegedly')
  const verdict = checkRewrite(text, {start, end: start + 'allegedly'.length}, '', {start: 0, end: text.length})
  assert.equal(verdict.status, 'rejected')
  assert.match(verdict.status === 'rejected' ? verdict.reason : '', /allegedly.*someone else’s/)
})

test('the rewrite check: a span outside its sentence is refused', () => {
  const text = 'One sentence. Another one.'
  const verdict = checkRewrite(text, {start: 10, end: 18}, '', {start: 0, end: 13})
  assert.equal(verdict.status, 'rejected')
})

test('a and an: spelling that misleads', () => {
  const cases: Array<[string, 'a' | 'an' | undefined]> = [
    ['apple', 'an'],
    ['hour', 'an'],
    ['honest', 'an'],
    ['heir', 'an'],
    ['house', 'a'],
    ['union', 'a'],
    ['unusual', 'an'],
    ['unique', 'a'],
    ['European', 'a'],
    ['one-off', 'a'],
    ['once-great', 'a'],
    ['FBI', 'an'],
    ['UN', 'a'],
    ['NFL', 'an'],
    ['8', 'an'],
    ['11', 'an'],
    ['18-year-old', 'an'],
    ['80', 'an'],
    ['$8', 'an'],
    ['7', 'a'],
    ['110', 'a'],
    ['user', 'a'],
    ['utter', 'an'],
    ['[source]', undefined]
  ]
  for (const [word, expected] of cases) assert.equal(articleFor(word), expected, word)
})

test('placeholders: one list, found in replacements; anything else bracketed is unknown', () => {
  assert.deepEqual([...PLACEHOLDERS], ['[source]', '[named sources]', '[number]', '[date]'])
  assert.deepEqual(findPlaceholders('[number] people told [named sources] on [date]'), [
    {text: '[number]', start: 0, end: 8},
    {text: '[named sources]', start: 21, end: 36},
    {text: '[date]', start: 40, end: 46}
  ])
  assert.equal(hasPlaceholder('16 (according to [source])'), true)
  assert.equal(hasPlaceholder('16 [citation needed]'), false)
  assert.deepEqual(
    unknownPlaceholders('[named] critics [citation needed] [3] [source]').map((found) => found.text),
    ['[named]']
  )
})

test('vetRewrites: drops what the check rejects; a mended rewrite carries its own span, the finding keeps its own', () => {
  const text = 'Before this. It was a vicious attack on the suspect, who allegedly fled. After.'
  const document = readDocument(text, 'plaintext')
  const start = text.indexOf('vicious attack')
  const span = {start, end: start + 'vicious attack'.length}
  const sentence = sentenceSpanOf(document, span)
  assert.deepEqual(
    {start: sentence?.start, end: sentence?.end},
    {start: text.indexOf('It was'), end: text.indexOf(' After.')}
  )
  // It carries the words as the rules read them, in document offsets, for the check to read again untagged.
  assert.deepEqual(
    sentence?.tagged?.filter((word) => word.pos !== 'PUNCT').map((word) => text.slice(word.start, word.end)),
    ['It', 'was', 'a', 'vicious', 'attack', 'on', 'the', 'suspect', 'who', 'allegedly', 'fled']
  )
  const vetted = vetRewrites(
    text,
    span,
    [{replacement: 'attack'}, {replacement: 'assault', title: 'Say “assault”'}, {replacement: ''}],
    sentence
  )
  // "a" joins each rewrite's span so that it can say "an attack"; the text it held is kept to check staleness.
  const wider = {start: start - 2, end: span.end}
  assert.deepEqual(vetted.suggestions, [
    {title: 'Replace with “an attack”', replacement: 'an attack', span: wider, original: 'a vicious attack'},
    {title: 'Say “assault”', replacement: 'an assault', span: wider, original: 'a vicious attack'}
  ])
  assert.deepEqual(
    vetted.rejected.map((rejected) => rejected.replacement),
    ['']
  )
})
