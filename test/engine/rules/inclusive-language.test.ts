import assert from 'node:assert/strict'
import {test} from 'node:test'
import {patterns} from '../../../node_modules/retext-equality/lib/patterns-en.js'
import {
  FORM_CONDITIONS,
  FORM_KINDS,
  KEPT_PATTERNS,
  REPLACEMENTS
} from '../../../src/engine/rules/inclusive-language.data'
import {normalizeForm} from '../../../src/engine/rules/inclusive-language'
import {IncrementalLinter} from '../../../src/engine/index'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

const inclusive = (text: string) => ofRule(lintPlain(text), 'inclusive-language')

ruleCases('inclusive-language', {
  fires: [
    // Gendered generic terms.
    ['The chairman spoke.', 'chairman'],
    ['Every committee chairman must file a report by Friday.', 'chairman'],
    ['The board will appoint a new chairman next month.', 'chairman'],
    ['The next chairman will inherit the debt, Okafor said.', 'chairman'],
    ['The ministry has no spokesman; any spokesman it hires will need clearance.', 'spokesman'],
    ['The committee chairmen met on Monday.', 'chairmen'],
    ['Spokesmen for the three agencies declined to comment.', 'Spokesmen'],
    ['Local businessmen paid for the new quay.', 'businessmen'],
    ['The reservoir is the largest man-made lake in the region.', 'man-made'],
    ['It was a triumph for mankind.', 'mankind'],
    ['The agency lacks the manpower to inspect every site.', 'manpower'],
    ['Firemen fought the blaze for six hours.', 'Firemen'],
    ['The tax falls hardest on the common man.', 'common man'],
    ['These guys want to run the port.', 'guys'],
    // Disability and identity words as insults and metaphors.
    ['It is a lame policy.', 'lame'],
    ['Selling the harbour is a crazy plan.', 'crazy'],
    ['The proposal is insane.', 'insane'],
    ['Only a lunatic would buy the harbour.', 'lunatic'],
    ['The council chamber was a madhouse by noon.', 'madhouse'],
    ['The ministry was tone-deaf on housing.', 'tone-deaf'],
    ['The board was blind to the risks.', 'blind to'],
    ['Investors went nuts over the listing.', 'nuts'],
    ['His paranoia about leaks shaped the campaign.', 'paranoia'],
    ['The new rules will cripple the fishing fleet.', 'cripple'],
    ['The survey counted transgenders separately.', 'transgenders'],
    ['The singer committed suicide in 1994.', 'committed suicide'],
    ['The mayor is on the warpath over parking fees.', 'on the warpath']
  ],
  silent: [
    // "Bedlam" is the everyday word for chaos; the asylum words beside it are the insult.
    'The hearing descended into bedlam when the vote was called.',
    // Named people's titles are facts about them.
    'Central bank chairman Tomas Reyes said rates would hold.',
    'Chairman Reyes said rates would hold.',
    'Tomas Reyes, the chairman of the port board, said rates would hold.',
    'The chairman said he would resign.',
    'A spokeswoman for the port declined to comment.',
    'A spokesman for the ministry said the port would close.',
    'The chairman has said the port will stay open.',
    'Councilwoman Ada Brandt voted against the plan.',
    // Pronouns, contractions and family words for real people.
    'Mara Okafor said her husband would attend.',
    'She’d already left when he arrived.',
    'His sons run the family firm.',
    // Verb senses.
    'Mr Okafor challenged the mayor in the primary.',
    'The city hosts the regatta every June.',
    'Critics lined up to savage the plan.',
    'Rebel forces have been handicapped by fuel shortages.',
    // Literal and idiomatic senses, names.
    'The senator is a lame duck until January.',
    'He was found not guilty by reason of insanity.',
    'She was diagnosed with paranoid schizophrenia.',
    'The tribe voted to open a casino.',
    'It was the most savage storm in years.',
    'Pine nuts are expensive this year.',
    'She watched Mad Men on Sunday.',
    'The film pits the good guys against a gang of smugglers.',
    'Two girls and three guys were seen at the pier.',
    'Businessmen and women packed the hall.',
    'The Islamist party won the vote.',
    // Someone else's words.
    '“This plan is crazy,” the mayor said.',
    "The mayor called it 'a crazy plan' on Monday."
  ]
})

test("inclusive-language: an embedded post is the poster's words, not the writer's", () => {
  const text = [
    'The port raised its fees.',
    '',
    'These fees are crazy!',
    '',
    '— Dock Watch (@dockwatch) March 3, 2021',
    '',
    'The fees take effect in May.'
  ].join('\n')
  assert.deepEqual(inclusive(text), [])
})

test('inclusive-language: a later “the chairman” in the paragraph is the man already named', () => {
  assert.deepEqual(inclusive('Port board chairman Tomas Reyes opened the meeting. The chairman spoke for an hour.'), [])
  // Without a name anywhere, the chair is unknown.
  assert.deepEqual(
    inclusive('The board met. The chairman spoke for an hour.').map((finding) => finding.actual),
    ['chairman']
  )
})

test('inclusive-language: a paragraph gives the same findings alone as in the whole article', () => {
  const text = [
    'Chairman Tomas Reyes opened the meeting.',
    '',
    'The chairman spoke for an hour.',
    '',
    'Harbour Board Backs Crazy Plan To Sell Docks'
  ].join('\n')
  const whole = inclusive(text).map((finding) => [finding.actual, finding.span.start])
  const linter = new IncrementalLinter()
  const incremental = linter
    .lint(text, {kind: 'plaintext'})
    .findings.filter((finding) => finding.ruleId === 'inclusive-language')
  assert.deepEqual(
    incremental.map((finding) => [finding.actual, finding.span.start]),
    whole
  )
  assert.deepEqual(
    whole.map(([actual]) => actual),
    ['chairman', 'Crazy']
  )
})

test('inclusive-language: a rewrite fits the grammar of its sentence, or none is offered', () => {
  const rewrites = (text: string) =>
    inclusive(text).map((finding) => [
      finding.actual,
      // A rewrite that reaches past the finding shows what it replaces.
      finding.suggestions.map(({span, original, replacement}) => (span ? `${original} → ${replacement}` : replacement))
    ])
  assert.deepEqual(rewrites('The chairman spoke.'), [['chairman', ['chair', 'chairperson']]])
  assert.deepEqual(rewrites('The committee chairmen met on Monday.'), [['chairmen', ['chairs', 'chairpersons']]])
  assert.deepEqual(rewrites('Mankind has never built a bigger port.'), [['Mankind', ['Humankind', 'Humanity']]])
  // "a" becomes "an" before "absurd": that rewrite takes the article with it.
  assert.deepEqual(rewrites('Selling the harbour is a crazy plan.'), [['crazy', ['a crazy → an absurd', 'reckless']]])
  assert.deepEqual(rewrites('The board was blind to the risks.'), [['blind to', ['oblivious to', 'unaware of']]])
  // A person called a lunatic has no neutral name: the finding stands with no rewrite.
  assert.deepEqual(rewrites('Only a lunatic would buy the harbour.'), [['lunatic', []]])
})

test('inclusive-language: a replacement holds in every sense of the word, or none is offered', () => {
  const first = (text: string) =>
    inclusive(text).map((finding) => [finding.actual, finding.suggestions[0]?.replacement])
  // Tone-deaf is out of touch, not callous.
  assert.deepEqual(first('The board’s reply was tone deaf.'), [['tone deaf', 'out of touch']])
  // A madman or a maniac is no fanatic: no neutral word fits every use.
  assert.deepEqual(first('The mayor drove like a madman through the harbour.'), [['madman', undefined]])
})

test("inclusive-language: findings carry the rule's category, message and a note", () => {
  const [finding] = inclusive('It is a lame policy.')
  assert.equal(finding.category, 'inclusive-language')
  assert.equal(finding.severity, 'warning')
  assert.match(finding.message, /disability or mental-illness word/)
  assert.ok(finding.note)
})

test('inclusive-language data: every kept pattern and form is one retext-equality has', () => {
  const byId = new Map(patterns.map((pattern) => [pattern.id, pattern]))
  for (const [id, kept] of Object.entries(KEPT_PATTERNS)) {
    const pattern = byId.get(id)
    assert.ok(pattern, `retext-equality has no pattern “${id}”`)
    const forms = Object.keys(pattern.inconsiderate).map(normalizeForm)
    for (const form of kept.only ?? [])
      assert.ok(forms.includes(form), `“${form}” is not a form of “${id}” (${forms.join(', ')})`)
  }
  const keptForms = new Set(
    Object.entries(KEPT_PATTERNS).flatMap(
      ([id, kept]) => kept.only ?? Object.keys(byId.get(id)!.inconsiderate).map(normalizeForm)
    )
  )
  for (const form of [...Object.keys(FORM_CONDITIONS), ...Object.keys(FORM_KINDS)])
    assert.ok(keptForms.has(form), `“${form}” is never kept`)
  for (const [form, replacement] of Object.entries(REPLACEMENTS)) {
    assert.ok(replacement.with.length > 0, form)
    assert.equal(form, normalizeForm(form), `replacement key “${form}” is not normalized`)
  }
})
