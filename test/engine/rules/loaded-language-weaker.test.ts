import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Weaker evidence makes a weaker finding, shown at `thorough` (confidence 0.25 to 0.5), rather than none; and the
// lexicon's newer groups: milder insults and verdicts, dramatized moods, insinuating adverbs, spoken emphasis,
// judging idioms, insulting similes, migration as invasion. Every sentence here is written for the test.

const at = (text: string, sensitivity: 'balanced' | 'thorough') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language').map((finding) => [finding.actual, finding.confidence])

/** Sentences whose finding shows at `thorough` only, with a confidence between its threshold and `balanced`'s. */
function thoroughOnly(cases: ReadonlyArray<readonly [string, string]>): void {
  for (const [sentence, actual] of cases) {
    test(`loaded-language flags “${actual}” at thorough only in: ${sentence}`, () => {
      const found = ofRule(lintPlain(sentence, {sensitivity: 'thorough'}), 'loaded-language')
      const finding = found.find((candidate) => candidate.actual.includes(actual))
      assert.ok(finding, `expected “${actual}”, got ${JSON.stringify(found.map((candidate) => candidate.actual))}`)
      assert.ok(finding.confidence >= 0.25 && finding.confidence < 0.5, `${finding.confidence}`)
      assert.deepEqual(at(sentence, 'balanced'), [])
    })
  }
}

/** Sentences the rule leaves alone even at `thorough`. */
function silentEvenThorough(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    test(`loaded-language stays quiet at thorough on: ${sentence}`, () => {
      assert.deepEqual(at(sentence, 'thorough'), [])
    })
  }
}

test('loaded-language: a label beside a court case is weaker evidence, not none', () => {
  assert.deepEqual(at('The court heard that the racist flyers were posted overnight.', 'thorough'), [['racist', 0.3]])
  assert.deepEqual(at('The court heard that the racist flyers were posted overnight.', 'balanced'), [])
  assert.deepEqual(at('The racist flyers were posted overnight.', 'balanced'), [['racist', 0.75]])
})

test('loaded-language: an animal insult about people outside public life shows at thorough only', () => {
  assert.deepEqual(at('Every assistant who stayed silent was a weasel.', 'thorough'), [['weasel', 0.3]])
  assert.deepEqual(at('Every assistant who stayed silent was a weasel.', 'balanced'), [])
  // Near an animal, or with no person in the sentence, it is the animal.
  assert.deepEqual(at('The weasel slipped under the barn door.', 'thorough'), [])
  assert.deepEqual(at('A rat ran across the restaurant kitchen.', 'thorough'), [])
})

test('loaded-language: a sneering hedge beside an attribution shows at thorough; an accurate one does not', () => {
  assert.deepEqual(at('They will offer supposedly neutral advice, the minister said.', 'thorough'), [
    ['supposedly', 0.3]
  ])
  assert.deepEqual(at('They will offer supposedly neutral advice, the minister said.', 'balanced'), [])
  assert.deepEqual(at('The debunked theory spread quickly, the report said.', 'thorough'), [])
})

test('loaded-language: a name inside an idiom is its object, not a name the loaded words belong to', () => {
  assert.deepEqual(at('The senator threw Maria Lopez under the bus to save the bill.', 'balanced'), [
    ['threw Maria Lopez under the bus', 0.65]
  ])
  assert.deepEqual(at('The governor held Congress hostage over the budget.', 'balanced'), [
    ['held Congress hostage', 0.6]
  ])
  // A name that is the loaded word itself is still a name.
  assert.deepEqual(at('The band Savage Garden played the harbour festival.', 'thorough'), [])
})

test('loaded-language: an intensifier the facts can bear is not the writer’s emphasis', () => {
  assert.deepEqual(at('Voters there are deeply conservative.', 'thorough'), [])
  assert.deepEqual(at('The speech was deeply dishonest.', 'balanced'), [['deeply dishonest', 0.9]])
})

ruleCases('loaded-language', {
  fires: [
    // Epithets and insulting compounds.
    ['The lunatic in charge cut the budget.', 'lunatic'],
    ['Local eco-loons blocked the bypass.', 'eco-loons'],
    ['The Eurofanatics demanded a second vote.', 'Eurofanatics'],
    // Milder insults and verdicts that still clear `balanced`.
    ['The callow minister misread the room.', 'callow'],
    ['The corrupt council approved the deal.', 'corrupt'],
    ['The selfish plan ignored tenants.', 'selfish'],
    ['The team gave a lacklustre display.', 'lacklustre'],
    ['The council has become a cesspool of favours.', 'cesspool'],
    ['His rantings filled the letters page.', 'rantings'],
    ['Residents were livid over the new fees.', 'livid'],
    ['The hopping mad farmers blocked the road.', 'hopping mad'],
    ['The files conveniently vanished before the audit.', 'conveniently'],
    ['The senator seems constitutionally incapable of compromise.', 'constitutionally incapable'],
    ['The easily offended critics walked out.', 'easily offended'],
    // Judging idioms and insulting similes.
    ['With a straight face, the director denied any delay.', 'With a straight face'],
    ['The chairman had the gall to ask for a raise.', 'had the gall to'],
    ['The board saw fit to cut the pension.', 'saw fit to'],
    ['Ministers are playing with fire on tariffs.', 'playing with fire'],
    ['The coach acted like a petulant child on the sideline.', 'acted like a petulant child'],
    ['He acted like a pig at the dinner.', 'acted like a pig'],
    ['The campaign fed its voters’ worst instincts.', 'worst instincts'],
    ['The false outrage over the mural faded.', 'false outrage'],
    ['The mayor professed himself shocked by the bill.', 'professed himself'],
    ['The network dumbed down its coverage.', 'dumbed down'],
    ['The rapper dissed the mayor.', 'dissed'],
    ['Regulators nuked the merger in a week.', 'nuked'],
    // Migration cast as war.
    ['Thousands of migrants are invading our towns.', 'invading']
  ],
  silent: [
    'Crude oil prices rose 3 percent.',
    'The cook used coarse salt.',
    'The jury found him legally insane.',
    'He drives me crazy.',
    'The survey used a biased sample.',
    'The water is unfit for drinking.',
    'The blow left a livid bruise.',
    'The incandescent bulbs were banned.',
    'Rampant inflation wiped out savings.',
    'The cesspool overflowed with sewage.',
    'The hotel is conveniently located near the station.',
    'Police said the man was acting suspiciously.',
    'The ruling protects constitutionally protected speech.',
    'The council may cut fees as it sees fit.',
    'Children were playing with fire near the barn.',
    'The protein acts like a sponge.',
    'He was held in contempt of court.',
    'Workers unloaded on the dock all night.',
    'The virus infected hundreds.',
    'Troops invaded the country in 1939.',
    'Guards shackled the prisoners.',
    'The file was corrupt and would not open.',
    'Predatory lending was banned.',
    'The ruling had a chilling effect on protest.',
    'The old lunatic asylum became flats.',
    'The storm caused havoc on the coast.'
  ]
})

thoroughOnly([
  ['The brash newcomer won the seat.', 'brash'],
  ['Fans were furious about the price.', 'furious'],
  ['The fee is freaking enormous.', 'freaking'],
  ['The budget held oh so many promises.', 'oh so many'],
  ['There are far too many forms.', 'far too'],
  ['The mayor doubled down on the plan.', 'doubled down on'],
  ['The minister hid behind procedure.', 'hid behind'],
  ['The senator blew off the hearing.', 'blew off'],
  ['The agency rolled out the red carpet for donors.', 'rolled out the red carpet'],
  ['The report traced a web of lies.', 'web of lies'],
  ['Their contempt for voters was plain.', 'contempt for'],
  ['The senator unloaded on the agency’s budget.', 'unloaded on'],
  ['Cynicism has infected our politics.', 'infected'],
  ['The rules have shackled lenders.', 'shackled'],
  ['The new rules caused havoc at the ministry.', 'havoc'],
  ['The panel endlessly debated the fee.', 'endlessly'],
  ['The figures for the harbour are alarming.', 'alarming'],
  ['The new rules caused chaos at the ministry.', 'chaos'],
  ['The senator decried the ruling.', 'decried'],
  ['The union kept a whole arsenal of arguments.', 'arsenal']
])

silentEvenThorough([
  'The cat hid behind the sofa.',
  'The roof blew off in the gale.',
  'The hotel rolled out the red carpet for the royal visit.',
  'A chilling wind blew off the sea.',
  'Police reported suspicious activity near the port.',
  'She is tone deaf and never sings in the choir.',
  'The surgeon chose a less intrusive procedure.',
  'Patients reported lethargy and fever.',
  'The district is overwhelmingly Democratic.',
  'Two people were seriously injured in the crash.',
  'The storm caused chaos on the roads.',
  'The country kept a nuclear arsenal.'
])
