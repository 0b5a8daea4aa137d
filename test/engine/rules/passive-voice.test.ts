import assert from 'node:assert/strict'
import {test} from 'node:test'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {readDocument} from '../../../src/engine/reading/document'
import {baseForm} from '../../../src/engine/rewrites/english'
import passiveVoice, {type PassiveVoiceOptions} from '../../../src/engine/rules/passive-voice'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

const passives = (text: string) => ofRule(lintPlain(text), 'passive-voice')
const actuals = (text: string) => passives(text).map((finding) => finding.actual)

/** The rule run on its own with plugin options, as the engine would run it with `"passive-voice": ["info", {...}]`. */
function runRule(text: string, options: PassiveVoiceOptions) {
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  unified()
    .use(passiveVoice as never, options)
    .runSync(document.tree as never, file as never)
  return file.messages.map((message) => ({
    actual: message.actual ?? '',
    reason: message.reason,
    rewrite: message.expected?.[0]
  }))
}
const strict = (text: string) => runRule(text, {strict: true})

ruleCases('passive-voice', {
  fires: [
    ['The decision was made to close the ward.', 'was made'],
    ['The idea was floated last week.', 'was floated'],
    ['The tape was released on Friday.', 'was released'],
    ['It was announced today that the plant will close.', 'was announced'],
    ['It is believed that the mayor knew.', 'is believed'],
    ['The minister is said to favour the plan.', 'is said'],
    ['The deal is being framed as defence.', 'is being framed'],
    ['The port is now inextricably linked to the carrier.', 'is now inextricably linked'],
    ['One marcher was sucker-punched at the rally.', 'was sucker-punched'],
    ['The memo was quietly shredded before the audit.', 'was quietly shredded'],
    ['The ledgers might have been moved overnight.', 'might have been moved'],
    ['The documents were hidden in a cupboard.', 'were hidden'],
    ['The contract was awarded by an unnamed buyer.', 'was awarded by an unnamed buyer'],
    ['Atrocities were committed in the village.', 'were committed'],
    ['The money was used to buy weapons.', 'was used'],
    ['Fees were raised.', 'were raised']
  ],
  silent: [
    // Routine news passives: the actor is fixed by the act, or beside the point.
    'The suspect was arrested on Monday.',
    'She was born in 1970.',
    'He was elected mayor in May.',
    'Two walkers were killed in the storm.',
    'The driver was charged with reckless driving.',
    'He was sentenced to ten years.',
    'The officer was found not guilty.',
    'The charges were dropped in June.',
    'An arrest was made on Friday.',
    'The guard was shot in the leg.',
    'The van was stolen overnight.',
    'The vote is scheduled for Tuesday.',
    'The hearing is expected to last a week.',
    'The new bridge is called the Arc.',
    'The firm is based in Leeds.',
    'The mayor was asked about the budget.',
    // Adjectives and set phrases that only look like passives.
    'That being said, the plan stands.',
    'The convoy is headed north.',
    'The money is gone.',
    'The deal is done.',
    'The board is interested in the port.',
    'The office is located downtown.',
    'He is supposed to resign.',
    'The crew was tired.',
    'She was taken aback.',
    'The talks were put on hold.',
    'The pitcher is left-handed.',
    'The dispute is rooted in old grudges.',
    'The mayor is committed to the plan.',
    'She is used to criticism.',
    // The actor is named, right after the verb or further on.
    'The fees were raised by the board.',
    'The painting was put up for auction by the family.',
    'The files had been handed over to police by a neighbour.',
    'The stations are closed at the request of city officials.',
    // Not an event that happened: future, wished, negated.
    'The plan will be reviewed next year.',
    'He wants the road to be rebuilt.',
    'After being questioned, he left.',
    'No decision has been made.',
    'The fees were not raised.',
    // Someone else's account, a description of a noun, a habit.
    'Police said the window was smashed.',
    'The window was smashed, the owner said.',
    'According to the council, the fees were raised.',
    'The rules that were changed last year still stand.',
    'Reports are usually edited twice.',
    '“The fees were raised,” the mayor said.'
  ]
})

// Confidence by evidence: acts of decision, responsibility or wrongdoing and hidden sources show at the
// default sensitivity; descriptions, processes, habits, suppositions and crime-report harm only at thorough.
ruleCases('passive-voice', {
  fires: [
    // Decisions and wrongdoing.
    ['Mistakes were made in the handling of the account.', 'were made'],
    ['The offer was rejected within an hour.', 'was rejected'],
    ['The warnings were ignored for months.', 'were ignored'],
    ['The contract was awarded without a tender.', 'was awarded'],
    ['The statue was torn down overnight.', 'was torn'],
    ['The post has since been removed from the site.', 'has since been removed'],
    ['The whole system is rigged against small firms.', 'is rigged'],
    ['The risk is being downplayed.', 'is being downplayed'],
    ['The shortage is being made out to be a crisis.', 'is being made'],
    ['The cuts were presented as savings.', 'were presented'],
    // What is done to records and money, whatever the verb.
    ['The emails were wiped before the hearing.', 'were wiped'],
    ['The funds were transferred to a bank in Cyprus.', 'were transferred'],
    ['Some of the grant money was spent on travel.', 'was spent'],
    ['Rents were raised by a fifth.', 'were raised'],
    // Hidden sources and verdicts with no one behind them.
    ['We are told the talks have stalled.', 'are told'],
    ['The mayor, I am told, was furious.', 'am told'],
    ['We have been informed that the hall will close.', 'have been informed'],
    ['The rumour has been debunked.', 'has been debunked'],
    ['The pastor has been linked to the fund.', 'has been linked'],
    ['The coach is being pilloried for the loss.', 'is being pilloried'],
    ["It's said he sold the land.", 'said'],
    // Harm in public life, or done on purpose.
    ['A reporter was beaten at the protest.', 'was beaten'],
    ["The prisoner's arm was mysteriously broken in his cell.", 'was mysteriously broken']
  ],
  silent: [
    // Processes, descriptions and states: the actor is obvious or beside the point.
    'Jobs are being created across the county.',
    'A film is being made about the flood.',
    'The hashtag was added to the list again.',
    'The border is being enforced.',
    'The bridge is used by thousands of drivers.',
    'The holiday is celebrated every spring.',
    'The team has been praised for its defence.',
    // Harm in a crime report: the attacker is often simply unknown.
    'The man was stabbed in a car park.',
    'Several homes were damaged in the storm.',
    // A supposition, a clause that sets the scene, a practice, an act of many.
    'If the money is found, the case will close.',
    'This is how money is created.',
    'When the issue is raised, they change the subject.',
    'The bulletin is published every Friday.',
    'The video was shared widely online.',
    'The point has been made countless times.',
    'The ban has been ignored at times.',
    // Someone told something: no source kept back.
    'The passenger was told where to collect her bag.',
    // A view whose document is named, an interpretation, the writer's own aside.
    'In the first report, it was claimed that the mayor knew.',
    'The clause was understood to cover only federal land.',
    'It should be noted that the plan failed.',
    // "by those" names an actor.
    'The label has been rejected by those within the movement.',
    // Set phrases and adjectives.
    'The two firms have been joined at the hip for years.',
    'The tickets were sold out.',
    'She is all dolled up.'
  ]
})

const confidences = (text: string) =>
  lintPlain(text, {sensitivity: 'thorough'})
    .filter((finding) => finding.ruleId === 'passive-voice')
    .map((finding) => [finding.actual, finding.confidence])

test('passive-voice: descriptions, crime-report harm and suppositions show at thorough, below the default', () => {
  for (const [text, actual] of [
    ['Jobs are being created across the county.', 'are being created'],
    ['The man was stabbed in a car park.', 'was stabbed'],
    ['The bulletin is published every Friday.', 'is published'],
    ['The video was shared widely online.', 'was shared'],
    ['In the first report, it was claimed that the mayor knew.', 'was claimed']
  ]) {
    const [found] = confidences(text)
    assert.equal(found?.[0], actual, text)
    assert.ok((found[1] as number) >= 0.25 && (found[1] as number) < 0.5, `${text}: ${found[1]}`)
  }
})

test('passive-voice: hidden sources and views are surer than acts of responsibility, which are surer than harm', () => {
  const confidence = (text: string) => confidences(text)[0]?.[1] as number
  assert.ok(confidence('It is believed that the mayor knew.') >= 0.75)
  assert.ok(confidence('The tape was released on Friday.') >= 0.75)
  assert.ok(confidence('We are told the talks have stalled.') >= 0.75)
  assert.ok(confidence('The decision was made to close the ward.') >= 0.5)
  assert.ok(confidence('The decision was made to close the ward.') < 0.75)
  assert.ok(confidence('One marcher was sucker-punched at the rally.') < confidence('The files have been shredded.'))
  // The simple present of an accusation still shows; of a description, not.
  assert.ok(confidence('The election is rigged.') >= 0.5)
  // A release is still a release in a clause that sets the scene.
  assert.ok(confidence('The row began after the tape was released.') >= 0.75)
})

test('passive-voice strict: every passive shows at the default sensitivity, whatever the editor would think of it', () => {
  assert.deepEqual(
    strict('Jobs are being created. The man was stabbed in a car park.').map((finding) => finding.actual),
    ['are being created', 'was stabbed']
  )
})

test('passive-voice: the finding is the verb group, with the reason the actor matters', () => {
  const [finding] = passives('The decision was made to close the ward.')
  const {ruleId, source, category, severity, span, actual, suggestions, url} = finding
  assert.deepEqual(
    {ruleId, source, category, severity, span, actual, suggestions, url},
    {
      ruleId: 'passive-voice',
      source: 'editorial-review',
      category: 'passive-voice',
      severity: 'info',
      span: {start: 13, end: 21},
      actual: 'was made',
      suggestions: [],
      url: 'https://github.com/editorial-review/editorial-review/blob/main/docs/rules/passive-voice.md'
    }
  )
  assert.match(finding.message, /“was made” does not say by whom\. Readers judge an act by who did it/)
  assert.match(finding.note ?? '', /strict/)
})

test('passive-voice: the message names why the actor matters (a source, a view, harm, a blurred actor)', () => {
  assert.match(
    passives('The tape was released on Friday.')[0].message,
    /Where information comes from is part of the news/
  )
  assert.match(passives('It is believed that the mayor knew.')[0].message, /gives a view or a decision to no one/)
  assert.match(
    passives('One marcher was sucker-punched at the rally.')[0].message,
    /who is responsible is what readers ask first/
  )
  assert.match(
    passives('The berths are all controlled by one shipping group.')[0].message,
    /names the actor only as “one shipping group”/
  )
})

test('passive-voice: findings never start or end with white space, and an agentless one covers only its verb group', () => {
  const text =
    'The ledgers  were  quietly moved. It was decided that the ward would close.\nThe tape was released  on Friday.'
  const found = passives(text)
  assert.deepEqual(
    found.map((finding) => finding.actual),
    ['were  quietly moved', 'was decided', 'was released']
  )
  for (const finding of found) {
    assert.equal(finding.actual, finding.actual.trim())
    assert.equal(text.slice(finding.span.start, finding.span.end), finding.actual)
  }
})

test('passive-voice: an actor blurred to a placeholder gets the active rewrite, spanning what it replaces', () => {
  assert.deepEqual(
    passives('Its terminals, its software, and its pilots are all controlled by one group.').map((finding) => [
      finding.actual,
      finding.suggestions[0]?.replacement
    ]),
    [
      [
        'Its terminals, its software, and its pilots are all controlled by one group',
        'One group controls its terminals, its software, and its pilots'
      ]
    ]
  )
  // Named after all ("a group called ..."), or described ("people who ..."): not blurred.
  assert.deepEqual(actuals('The berths are controlled by a group called Harbour Holdings.'), [])
  assert.deepEqual(actuals('The case was brought by people who had one aim.'), [])
})

test('passive-voice strict: every passive, with the active rewrite when the agent is a clean noun phrase', () => {
  const rewrites = (text: string) => strict(text).map((finding) => [finding.actual, finding.rewrite])
  assert.deepEqual(rewrites('The fees were raised by the board.'), [
    ['The fees were raised by the board', 'The board raised the fees']
  ])
  assert.deepEqual(rewrites('The fee is raised by the councils.'), [
    ['The fee is raised by the councils', 'The councils raise the fee']
  ])
  assert.deepEqual(rewrites('The fee is raised by the council.'), [
    ['The fee is raised by the council', 'The council raises the fee']
  ])
  assert.deepEqual(rewrites('The tenants have been warned by the port authorities.'), [
    ['The tenants have been warned by the port authorities', 'The port authorities have warned the tenants']
  ])
  assert.deepEqual(rewrites('The tenant has been warned by the mayors.'), [
    ['The tenant has been warned by the mayors', 'The mayors have warned the tenant']
  ])
  assert.deepEqual(rewrites('Critics say the plan will be reviewed by regulators.'), [
    ['the plan will be reviewed by regulators', 'regulators will review the plan']
  ])
  assert.deepEqual(rewrites('A deal that was approved by regulators closed.'), [
    ['that was approved by regulators', 'that regulators approved']
  ])
  assert.deepEqual(rewrites('She was hired by them.'), [['She was hired by them', 'They hired her']])
  // Irregular participles: the past is the participle ("built"), or unknown ("taken", not "took") and then no rewrite.
  assert.deepEqual(rewrites('The terminal was built by the army.'), [
    ['The terminal was built by the army', 'The army built the terminal']
  ])
  assert.deepEqual(rewrites('The terminal is built by the army.'), [
    ['The terminal is built by the army', 'The army builds the terminal']
  ])
  assert.deepEqual(rewrites('The plan was taken by the council.'), [['was taken', undefined]])
})

test('passive-voice strict: no rewrite when the agent or the subject is not a clean noun phrase, or the passive is negated', () => {
  const rewrites = (text: string) => strict(text).map((finding) => [finding.actual, finding.rewrite])
  assert.deepEqual(rewrites('She refused and the plan was rejected by the board.'), [['was rejected', undefined]])
  assert.deepEqual(rewrites('She was attacked by six guards one night.'), [['was attacked', undefined]])
  assert.deepEqual(rewrites('Groups that were targeted by the tax office and have not been paid waited.'), [
    ['were targeted', undefined],
    ['have not been paid', undefined]
  ])
  assert.deepEqual(rewrites('The fees were not raised by the board.'), [['were not raised', undefined]])
  assert.deepEqual(rewrites('The fees were raised by far the most.'), [['were raised', undefined]])
  assert.deepEqual(rewrites('The fees were raised by 2030.'), [['were raised', undefined]])
  assert.deepEqual(rewrites('The fees were raised by cutting services.'), [['were raised', undefined]])
})

test('passive-voice strict: routine, reported, negated and modal passives are reported; adjectives and quotations are not', () => {
  assert.deepEqual(
    strict(
      'The suspect was arrested. Police said the window was smashed. No decision has been made. The plan will be reviewed.'
    ).map((finding) => finding.actual),
    ['was arrested', 'was smashed', 'has been made', 'will be reviewed']
  )
  assert.deepEqual(
    strict('That being said, the convoy is headed north and the board is interested. The firm is located downtown.'),
    []
  )
  assert.deepEqual(strict('“The fees were raised by the board,” she said.'), [])
})

test('passive-voice: one rule id; irregular participles come from retext-passive behind the same filter', () => {
  // "hidden" is known only from retext-passive's list of irregular verbs.
  assert.deepEqual(
    lintPlain('The documents were hidden in a cupboard.').map((finding) => [
      finding.ruleId,
      finding.source,
      finding.actual
    ]),
    [['passive-voice', 'editorial-review', 'were hidden']]
  )
  // A routine irregular passive is left alone by default and reported under the same id when strict.
  assert.deepEqual(actuals('The terminal was built in 1990.'), [])
  assert.deepEqual(
    strict('The terminal was built in 1990.').map((finding) => finding.actual),
    ['was built']
  )
  // Simple pasts in retext-passive's list ("was took") are not participles.
  assert.deepEqual(strict('The money was took.'), [])
})

test("passive-voice: quoted speech is the speaker's and is not flagged", () => {
  assert.deepEqual(passives('“The berths are controlled by one group,” Okafor said.'), [])
})

test('baseForm undoes regular -ed endings', () => {
  const cases = {
    framed: 'frame',
    controlled: 'control',
    linked: 'link',
    carried: 'carry',
    required: 'require',
    stopped: 'stop',
    agreed: 'agree',
    called: 'call',
    created: 'create',
    limited: 'limit',
    changed: 'change',
    valued: 'value'
  }
  for (const [participle, base] of Object.entries(cases)) assert.equal(baseForm(participle), base, participle)
})
