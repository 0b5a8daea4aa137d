import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('weasel: names the missing source and offers a placeholder for it', () => {
  const [finding] = ofRule(lintPlain('Diversity, which many believe is critical, is lost.'), 'weasel')
  assert.equal(finding.actual, 'many believe')
  assert.equal(finding.category, 'weasel')
  assert.equal(finding.severity, 'warning')
  assert.deepEqual(finding.suggestions, [
    {
      title: 'Name the source: replace “many believe” with “[named sources] believe”',
      replacement: '[named sources] believe'
    }
  ])
  assert.match(finding.message, /^Who\?/)
})

test('weasel: a counted share of a group is a poll result, not a vague source', () => {
  assert.deepEqual(
    ofRule(lintPlain('A harbour poll showed 61 percent of residents said fees were too high.'), 'weasel'),
    []
  )
  assert.deepEqual(
    ofRule(lintPlain('Residents said fees were too high.'), 'weasel').map((finding) => finding.actual),
    ['Residents said']
  )
})

test('weasel: “supposedly” before an adjective sneers (loaded language); before a verb it hides a source', () => {
  const categories = (text: string) =>
    lintPlain(text)
      .filter((finding) => finding.actual.includes('supposedly'))
      .map((finding) => finding.category)
  assert.deepEqual(categories('The board ordered a supposedly independent review.'), ['loaded-language'])
  assert.deepEqual(categories('The board supposedly ordered a review.'), ['weasel'])
})

ruleCases('weasel', {
  fires: [
    ['Many believe the port will close.', 'Many believe'],
    ['Some say the fees are too high.', 'Some say'],
    ['Critics argue that the deal hurts tenants.', 'Critics argue'],
    ['Experts say the berths are too shallow.', 'Experts say'],
    ['It is widely thought that rents will rise.', 'It is widely thought'],
    ['Studies show that bigger ports are safer.', 'Studies show'],
    ['Observers note the timing of the sale.', 'Observers note'],
    ['Some industry analysts expect a sale.', 'Some industry analysts'],
    ['The harbour is widely regarded as the best on the coast.', 'widely regarded'],
    ['The director is said to favour the bid.', 'is said to'],
    ['The plan was seen by many as a sell-out.', 'seen by many'],
    ['According to some, the deal was rushed.', 'According to some'],
    ['The firm reportedly lost money.', 'reportedly'],
    ['There is a growing consensus that fees must fall.', 'There is a growing consensus']
  ],
  silent: [
    'Analysts at Moody’s say the debt is safe.',
    'The analysts named above said the same.',
    'Mara Okafor, the chief executive, said fees would fall.',
    'According to the harbour board, fees will rise.',
    'Many ships docked on Monday.',
    'It has seen more than four generations of owners.',
    'The street is known as Harbour Row.',
    'The line was used by many passenger trains.',
    '“Many believe it,” Okafor said.'
  ]
})

test('vague-quantity is off by default and reports when turned on', () => {
  const text = 'Many companies left the port in some cases.'
  assert.deepEqual(ofRule(lintPlain(text), 'vague-quantity'), [])
  const found = ofRule(lintPlain(text, {rules: {'vague-quantity': true}}), 'vague-quantity')
  assert.deepEqual(
    found.map((finding) => [finding.actual, finding.category, finding.severity]),
    [
      ['Many companies', 'weasel', 'info'],
      ['in some cases', 'weasel', 'info']
    ]
  )
  assert.equal(found[0].suggestions[0].replacement, '[number] companies')
})

test('weasel: “so many” and “too many” measure a number; they cite no one', () => {
  assert.deepEqual(ofRule(lintPlain('It is hard to see why so many people queue for the ferry.'), 'weasel'), [])
  assert.deepEqual(ofRule(lintPlain('Far too many residents lost their berths.'), 'weasel'), [])
  assert.deepEqual(
    ofRule(lintPlain('Many people think the ferry is too slow.'), 'weasel').map((finding) => finding.actual),
    ['Many people think']
  )
})

const weaselsIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'weasel')

// A vague or collective subject with any verb of saying, believing or judging: read by grammar, not from a list of phrases.
ruleCases('weasel', {
  fires: [
    ['Critics took aim at the harbour fees.', 'Critics took aim'],
    ['Party insiders read the sale as a signal.', 'Party insiders read'],
    ['Her apologists now say the ferry was never late.', 'Her apologists now say'],
    ['Some on the left are convinced the port will close.', 'Some on the left are convinced'],
    ['Harbour watchers scoffed at the dredging plan.', 'Harbour watchers scoffed'],
    ['Many in the union fear a sale.', 'Many in the union fear'],
    ['Observers have long argued that the berths are too small.', 'Observers have long argued'],
    ['Many an analyst has doubted the tonnage figures.', 'Many an analyst has doubted'],
    ['Skeptics dismissed the report as a stunt.', 'Skeptics dismissed'],
    ['Experts remain divided over the dredging plan.', 'Experts remain divided'],
    ['Some economists reason that the levy will drive ships away.', 'Some economists reason'],
    ['People familiar with the talks said the bid was withdrawn.', 'People familiar with the talks said'],
    ['Critics of the levy claim it will close the fish market.', 'Critics of the levy claim'],
    ['Others question the cost of the new quay.', 'Others question']
  ],
  silent: [
    'Critics, including the harbour master Ana Ruiz, said the plan was rushed.',
    'Councillor Ana Ruiz and other critics say the fee is unfair.',
    'Protesters chanted outside the harbour office.',
    'Residents rejected the levy in a vote on Sunday.',
    'Some 300 residents attended the meeting.',
    'In a survey of 400 residents, most said fees were too high.',
    'Half of the tenants said the rent had doubled.',
    'Fishermen who were told to leave have returned.',
    'Dock workers unloaded the ferry at dawn.',
    'Prosecutors said the captain had been drinking.',
    'Several ships docked on Monday, and some left on Tuesday.',
    'For some reason, the ferry left early.',
    'Plus, there are a few berths that the board hopes to sell.'
  ]
})

// Hearsay with no source in reach: "reportedly", "allegedly", "apparently"; the passive that hides who holds a view.
ruleCases('weasel', {
  fires: [
    ['The director allegedly moved the harbour funds offshore.', 'allegedly'],
    ['It’s believed the ferry will be sold.', 'It’s believed'],
    ['It’s been reported that the berths were sold.', 'It’s been reported'],
    ['The sale is widely seen as a giveaway.', 'widely seen as'],
    ['Rumours persist that the port will close.', 'Rumours persist'],
    ['It is a truism that small ports lose money.', 'It is a truism that'],
    ['Conventional wisdom holds that ferries never pay.', 'Conventional wisdom holds'],
    ['The plan has drawn widespread criticism.', 'drawn widespread criticism'],
    ['The levy was widely criticised as unfair.', 'widely criticised'],
    ['We are told the berths are safe.', 'We are told'],
    ['It is arguably the busiest port on the coast.', 'arguably']
  ],
  silent: [
    'The harbour master said the tanker ran aground. It reportedly carried no cargo.',
    'Police arrested the captain, who allegedly steered the ship while drunk.',
    'The street is known as Harbour Row.',
    'It was reported to the police on Monday.',
    'The ferry could be seen as far away as the lighthouse.',
    'The director is said to favour the bid, according to two board members.',
    'The rumours persisted until the board met.',
    'The plan drew criticism from Councillor Ana Ruiz.',
    'The levy was criticised by the harbour board.',
    'We told the harbour master about the leak.',
    'The court generally held that the quay belonged to the town.'
  ]
})

test('weasel: confidence follows how vague the subject is and how surely the verb gives a view', () => {
  const confidenceOf = (text: string) => weaselsIn(text, 'thorough')[0]?.confidence ?? 0
  // A stance ("critics argue") is surer than a crowd's ("residents said"), which is the story's own actors talking.
  assert.ok(confidenceOf('Critics argue that the levy is unfair.') >= 0.75)
  assert.ok(confidenceOf('Residents said the levy is unfair.') < confidenceOf('Critics argue that the levy is unfair.'))
  // A plural known only by its ending ("wharfingers") counts only when it holds a view, and only at thorough.
  assert.ok(confidenceOf('Wharfingers believe the levy is unfair.') < 0.5)
  assert.deepEqual(weaselsIn('Wharfingers said the levy is unfair.', 'thorough'), [])
  // A named voice quoted right after gives the crowd a face: less sure.
  const alone = confidenceOf('Critics argue that the levy is unfair. The board met on Monday.')
  const quoted = confidenceOf('Critics argue that the levy is unfair. “It is theft,” said Ana Ruiz, a tenant.')
  assert.ok(quoted < alone)
  // Hearsay with a source in reach is shown only at thorough.
  assert.deepEqual(weaselsIn('The harbour master said the tanker ran aground. It reportedly carried no cargo.'), [])
  assert.equal(
    weaselsIn('The harbour master said the tanker ran aground. It reportedly carried no cargo.', 'thorough')[0].actual,
    'reportedly'
  )
})

test('weasel: a vague subject is rewritten as a placeholder, keeping the verb and its agreement', () => {
  const [critics] = weaselsIn('Critics took aim at the harbour fees.')
  assert.equal(critics.suggestions[0].replacement, '[named sources] took aim')
  const [everyone] = weaselsIn('Everyone says the port is doomed.')
  assert.equal(everyone.actual, 'Everyone says')
  assert.equal(everyone.suggestions[0].replacement, '[source] says')
  // "critics who say": a relative clause cannot take the placeholder; the finding stays, with no rewrite.
  const [relative] = weaselsIn('The mayor dismissed critics who say the port is failing.')
  assert.equal(relative.actual, 'critics who say')
  assert.deepEqual(relative.suggestions, [])
})

test('weasel: words in a quotation are the speaker’s', () => {
  assert.deepEqual(weaselsIn('“Critics say the levy is unfair, and they are right,” Okafor said.'), [])
})

test('weasel: "is widely seen as" before an article keeps its confidence; "reported to the police" stays a place', () => {
  const seen = weaselsIn('The sale is widely seen as a giveaway.', 'thorough')
  assert.deepEqual(
    seen.map((finding) => [finding.actual, finding.confidence]),
    [['is widely seen as', 0.8]]
  )
  assert.equal(weaselsIn('The sale is widely seen as unfair.', 'thorough')[0].confidence, 0.8)
  assert.ok(weaselsIn('The theft was widely reported to the police.', 'thorough').every((f) => f.confidence < 0.8))
})

test('weasel: a name given after a comma names the vague words', () => {
  const confidenceOf = (text: string) => weaselsIn(text, 'thorough')[0]?.confidence
  assert.equal(confidenceOf('According to some scholars, like Roe and Ruiz, the quay is older.'), 0.3)
  assert.equal(confidenceOf('Some critics, such as Ana Ruiz, say the levy is unfair.'), 0.3)
  // With no name after the comma the words stay vague.
  assert.equal(confidenceOf('According to some scholars, the quay is older.'), 0.85)
  assert.ok((confidenceOf('Some critics, as before, say the levy is unfair.') ?? 0) >= 0.5)
})

test('weasel: a party named by its members acts in the story at the start of a sentence as inside it', () => {
  const confidenceOf = (text: string) => weaselsIn(text, 'thorough')[0]?.confidence
  assert.equal(confidenceOf('Democrats condemned the levy on Monday.'), 0.4)
  assert.equal(confidenceOf('The levy passed, and Democrats condemned it on Monday.'), 0.4)
  // A crowd in lower case elsewhere stays a crowd.
  assert.equal(confidenceOf('Voters condemned the levy on Monday.'), 0.6)
})

test('weasel: research and papers take their determiner and keep their tense in the rewrite', () => {
  const rewrite = (text: string) =>
    weaselsIn(text).map((finding) => [finding.actual, finding.suggestions.map((suggestion) => suggestion.replacement)])
  assert.deepEqual(rewrite('A survey found that fees rose.'), [['A survey found', ['[source] found']]])
  assert.deepEqual(rewrite('A recent study found that fees rose.'), [['A recent study found', ['[source] found']]])
  assert.deepEqual(rewrite('Studies show that bigger ports are safer.'), [['Studies show', ['[source] shows']]])
  assert.deepEqual(rewrite('Research has shown that bigger ports are safer.'), [
    ['Research has shown', ['[source] has shown']]
  ])
  assert.deepEqual(rewrite('Recently released emails showed that the mayor changed the schedule.'), [
    ['Recently released emails showed', ['[source] showed']]
  ])
  // A possessive opens the phrase: no place for "[source]".
  assert.deepEqual(rewrite('The agency’s reports show the port is safe.'), [['reports show', []]])
})

test('weasel: a vague number that acts gives no view', () => {
  assert.deepEqual(weaselsIn('Many people came to the quay.'), [])
  assert.ok(weaselsIn('Many people came to the quay.', 'thorough').every((finding) => finding.confidence < 0.5))
  // With a view, the crowd is a source to name.
  assert.deepEqual(
    weaselsIn('Many people believe the levy is unfair.').map((finding) => finding.actual),
    ['Many people believe']
  )
  assert.deepEqual(
    weaselsIn('The plan was praised by many people.').map((finding) => finding.actual),
    ['praised by many people']
  )
})
