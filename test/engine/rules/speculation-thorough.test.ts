import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

/*
 * The speculation readings an editor weighs case by case: shown at `thorough`
 * (confidence .25 to .5), left alone at the default. And the readings added
 * at the default: a mind read in the clause after a condition, "it did not
 * matter to him", "what others know". All sentences written for these tests.
 */

const speculationIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'speculation')

/** Sentences flagged only at `thorough`, with the words the finding must cover. */
function thoroughOnly(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [sentence, actual] of cases) {
    test(`speculation flags “${actual}” only at thorough in: ${sentence}`, () => {
      const found = speculationIn(sentence, 'thorough').filter((finding) => finding.actual.includes(actual))
      assert.ok(
        found.length > 0,
        `expected “${actual}”, got ${JSON.stringify(speculationIn(sentence, 'thorough').map((finding) => finding.actual))}`
      )
      assert.ok(found.every((finding) => finding.confidence >= 0.25 && finding.confidence < 0.5))
      assert.deepEqual(
        speculationIn(sentence).map((finding) => finding.actual),
        []
      )
    })
  }
}

/** Sentences left alone even at `thorough`. */
function silentAtThorough(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    test(`speculation stays quiet at thorough on: ${sentence}`, () => {
      assert.deepEqual(
        speculationIn(sentence, 'thorough').map((finding) => finding.actual),
        []
      )
    })
  }
}

thoroughOnly([
  // A forecast in the clause after a condition.
  ['If the vote fails, the coalition will collapse.', 'will collapse'],
  ['If the talks fail, the strikers won’t stop.', 'won’t stop'],
  ['If it stalls – if the board blocks the sale – then the lenders will walk away.', 'will walk'],
  // "would" foretelling in the writer's present.
  ['Not only would the market close, there would be riots in the street.', 'would be'],
  ['It would be a disaster of the council’s own making.', 'would be'],
  ['The tenants would suffer badly under the new owners.', 'would suffer'],
  // A feeling named as a noun, given to a third person.
  ['As his poll numbers fall, his desperation grows.', 'his desperation'],
  ['The mayor’s contempt for the tenants is plain.', 'The mayor’s contempt'],
  ['Their growing resentment of the board is plain.', 'Their growing resentment'],
  ['His fear of the auditors drives every decision.', 'His fear'],
  // A concealing purpose read into an act or a trait.
  ['He is loud to mask his doubts.', 'to mask'],
  ['The governor lied to cover up the losses.', 'to cover up'],
  ['The minister picked a fight with the press to distract from the audit.', 'to distract from'],
  // Motives read into a design or a mission.
  ['The rally was meant to appeal to rural voters.', 'meant to appeal'],
  ['The leak was aimed at discrediting the inspector.', 'aimed at discrediting'],
  ['The councillor fired the clerk in order to silence the union.', 'in order to silence'],
  ['She made it her mission to close the depot.', 'made it her mission to'],
  ['It is a party that takes as its mission to block every bill.', 'takes as its mission to'],
  // An expectation read into someone.
  ['The governor expects special treatment.', 'The governor expects'],
  // After a sentence that cites someone: their plan or account, or the writer's own gloss on it.
  ['Okafor said the port needed investment. The new berths will attract larger ships.', 'will attract'],
  ['The minister told reporters the port was safe. He wants a second term.', 'He wants']
])

silentAtThorough([
  // A plan or a mind its owner is cited for in the same sentence, or quoted for in the next.
  'The company said it will close the plant.',
  'The mayor has vowed that the port will stay open.',
  'She was terrified. “I thought I would die,” she said.',
  // Conditions that govern the forecast, questions, reports, the future of a past.
  'The coalition will collapse if the vote fails.',
  'It is unclear whether the coalition will survive.',
  'He said the plan would fail.',
  'The banks were nervous and would pull out.',
  'The mayor, who would later become governor, opened the port.',
  'The clerk would often walk to work.',
  'The board would have approved the sale.',
  'Voters would like a recount.',
  'I would argue the plan is sound.',
  // What a proposal provides; a judgement of a case; a counterfactual.
  'The bill would raise fees by 3 percent.',
  'The plan would close two wards.',
  'It would be wise to wait for the audit.',
  'It wouldn’t be normal practice for the bureau to comment.',
  'Without the subsidy, the farms would close.',
  // Feelings someone voiced, or no one's.
  'He was open about his contempt for the rules.',
  'She voiced her frustration with the delays.',
  'Her fear of flying is well documented, she told the court.',
  'The study measured the fear of crime in the district.',
  'My frustration with the council is no secret.',
  // Hiding in the plain sense, or as the verb's own complement.
  'She tried to hide the letters.',
  'The children ran to hide from the storm.',
  'The paint is used to mask the smell.',
  'It is easy to hide a small bug in a large program.',
  // Forecasts of prices, plans, plain purposes.
  'She expects prices to rise.',
  'The firm expects 200 new jobs.',
  'In order to cover costs, the club raised fees.',
  'The fare is designed to attract commuters.',
  'Police acted in order to disperse the crowd.'
])

ruleCases('speculation', {
  fires: [
    // Shown at the default: what someone cares about, told from outside.
    ['It did not matter to the senator that the tenants had no heat.', 'It did not matter to the senator'],
    ['Nothing matters to them but the next election.', 'Nothing matters to them'],
    // A mind read in the clause after a condition is still stated as fact.
    ['Assuming the merger went ahead, the chairman figured his rivals would fold.', 'the chairman figured'],
    // "what others know": "what" is the thing known, and "know" a verb whatever the tagger says.
    ['The clerks were praised for resisting what others know is a fraud.', 'others know'],
    // "in her mind" after a quotation is the writer's reading of it.
    ['“I did nothing wrong,” she said. In her mind, the audit is over.', 'In her mind']
  ],
  silent: [
    'It does not matter to me what they decide.',
    'It did not matter to the court whether the fee was paid.',
    'It matters to the tenants that the heating works.',
    'If they want to stay, they must pay the fee.',
    'Reporters went to see what kids think about the vote.',
    // The weasel rule's: a vague source with a verb of believing, and the view it holds.
    'Many believe the economy will collapse.',
    'Others think the deal is dead.',
    'Some voters fear the plant will close.',
    'Many are convinced the deal is dead.'
  ]
})

test('speculation: the new readings hedge with a verb form that agrees', () => {
  const rewritesOf = (text: string) =>
    speculationIn(text, 'thorough').map((finding) => finding.suggestions.map((suggestion) => suggestion.replacement))
  assert.deepEqual(rewritesOf('It did not matter to the senator that the tenants had no heat.'), [
    ['It did not seem to matter to the senator']
  ])
  assert.deepEqual(rewritesOf('Nothing mattered to him but the vote.'), [['Nothing seemed to matter to him']])
  assert.deepEqual(rewritesOf('As his poll numbers fall, his desperation grows.'), [['his apparent desperation']])
  assert.deepEqual(rewritesOf('If the vote fails, the coalition will collapse.'), [['may collapse', 'could collapse']])
  assert.deepEqual(rewritesOf('It would be a disaster of the council’s own making.'), [['could be', 'might be']])
  assert.deepEqual(rewritesOf('The truce wouldn’t last a week.'), [['may not last', 'might not last']])
})

test('speculation: a vague source with a verb of believing is the weasel rule’s finding alone', () => {
  const categories = (text: string) =>
    lintPlain(text, {sensitivity: 'thorough'})
      .filter((finding) => finding.category === 'weasel' || finding.category === 'speculation')
      .map((finding) => `${finding.category}: ${finding.actual}`)
  assert.deepEqual(categories('Many believe the economy will collapse.'), ['weasel: Many believe'])
  // A partitive names a group the article has in view: a mind read, and the weasel rule leaves it.
  assert.deepEqual(categories('Many of the residents believe the plant is unsafe.'), [
    'speculation: Many of the residents believe'
  ])
  // A wish is no view given to a source: still a mind read.
  assert.deepEqual(categories('Many of the rebels want a new leader.'), ['speculation: Many of the rebels want'])
})
