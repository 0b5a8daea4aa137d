import assert from 'node:assert/strict'
import {test} from 'node:test'
import {ACCUSATION_VERBS} from '../../../src/engine/reading/claims.data'
import {gerundOf, pluralOfNoun} from '../../../src/engine/rewrites/english'
import {lintPlain, ofRule} from '../../helpers'

// Rewrites that fit the kind of claim (sentences written for these tests). "(according to [source])" suits
// what a source can vouch for; an accusation, an absolute about people, a cause and a sweep over a group
// are mended otherwise.

/** The sentence as each rewrite of the claim covering `actual` would leave it, by title. */
function rewritten(text: string, actual: string): Array<[string, string]> {
  const finding = ofRule(lintPlain(text, {sensitivity: 'thorough'}), 'unsupported-claim').find((candidate) =>
    candidate.actual.includes(actual)
  )
  assert.ok(finding, `no finding covering “${actual}” in: ${text}`)
  return finding.suggestions.map((suggestion) => {
    const span = suggestion.span ?? finding.span
    return [suggestion.title, text.slice(0, span.start) + suggestion.replacement + text.slice(span.end)]
  })
}

const ATTRIBUTION = 'Add the source'
const titlesOf = (rewrites: Array<[string, string]>) => rewrites.map(([title]) => title)

/** [sentence, words of the claim, title of the first rewrite, the sentence after it] */
const FITTING: ReadonlyArray<readonly [string, string, string, string]> = [
  // An accusation by a noun of wrongdoing: marked as alleged.
  [
    'The mayor’s corruption cost the town dearly.',
    'corruption',
    'Mark it as alleged',
    'The mayor’s alleged corruption cost the town dearly.'
  ],
  [
    'His killer, a dockworker, was released on bail.',
    'killer',
    'Mark it as alleged',
    'His alleged killer, a dockworker, was released on bail.'
  ],
  // An accusation by a verb of wrongdoing: reported as one, in its tense and number.
  [
    'The developers bribed council members.',
    'bribed',
    'Report it as an accusation',
    'The developers were accused of bribing council members.'
  ],
  [
    'He stokes fear among the dockworkers.',
    'stokes',
    'Report it as an accusation',
    'He is accused of stoking fear among the dockworkers.'
  ],
  ['He is lying about the fees.', 'lying', 'Report it as an accusation', 'He is accused of lying about the fees.'],
  [
    'She had abused her position.',
    'abused',
    'Report it as an accusation',
    'She had been accused of abusing her position.'
  ],
  // An absolute about what people do: softened.
  [
    'The mayor always sides with the shipping lines.',
    'always',
    'Soften the absolute',
    'The mayor often sides with the shipping lines.'
  ],
  ['The board has always opposed the fee.', 'always', 'Soften the absolute', 'The board has long opposed the fee.'],
  ['He never apologises.', 'never', 'Soften the absolute', 'He hardly ever apologises.'],
  [
    'Nobody on the council reads the reports.',
    'Nobody',
    'Soften the absolute',
    'Hardly anybody on the council reads the reports.'
  ],
  [
    'The pilots blame everyone for the delays.',
    'everyone',
    'Soften the absolute',
    'The pilots blame many people for the delays.'
  ],
  [
    'Everyone knew the berths were empty.',
    'Everyone',
    'Soften the absolute',
    'Many people knew the berths were empty.'
  ],
  // A singular verb after it stays singular: "almost" rather than "many".
  [
    'Everybody in Kelby knows the port is failing.',
    'Everybody',
    'Soften the absolute',
    'Almost everybody in Kelby knows the port is failing.'
  ],
  [
    'In every case, the board sided with the developers.',
    'every case',
    'Soften the absolute',
    'In many cases, the board sided with the developers.'
  ],
  [
    'Every councillor who spoke was against the fee.',
    'Every councillor',
    'Soften the absolute',
    'Almost every councillor who spoke was against the fee.'
  ],
  // A cause stated as the cause: one cause among others.
  [
    'Tourists stayed away because of the mayor’s campaign against rentals.',
    'because of',
    'Make it one cause among others',
    'Tourists stayed away partly because of the mayor’s campaign against rentals.'
  ],
  [
    'Due to the council’s neglect, the pier collapsed.',
    'Due to',
    'Make it one cause among others',
    'Partly due to the council’s neglect, the pier collapsed.'
  ],
  // A sweep over a whole group: said of many.
  ['Landlords didn’t lift a finger.', 'Landlords', 'Say it of many, not all', 'Many landlords didn’t lift a finger.'],
  [
    'All of the councillors have ignored the petition.',
    'All of the councillors',
    'Say it of many, not all',
    'Many of the councillors have ignored the petition.'
  ],
  // A figure keeps its attribution.
  [
    'The port spent 40 million dollars on dredging.',
    '40 million dollars',
    ATTRIBUTION,
    'The port spent 40 million dollars on dredging (according to [source]).'
  ]
]

for (const [text, actual, title, after] of FITTING) {
  test(`unsupported-claim offers “${title}” for “${actual}” in: ${text}`, () => {
    const rewrites = rewritten(text, actual)
    assert.deepEqual(rewrites[0], [title, after], JSON.stringify(rewrites))
  })
}

/** [sentence, words of the claim, titles it must not be offered] */
const UNFITTING: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  // An accusation, an absolute about people, a cause: no source mends them.
  ['The mayor’s corruption cost the town dearly.', 'corruption', [ATTRIBUTION]],
  ['The developers bribed council members.', 'bribed', [ATTRIBUTION]],
  ['The mayor always sides with the shipping lines.', 'always', [ATTRIBUTION]],
  ['Everyone knew the berths were empty.', 'Everyone', [ATTRIBUTION]],
  ['Tourists stayed away because of the mayor’s campaign against rentals.', 'because of', [ATTRIBUTION]],
  ['The berth would not have opened if the council had not paid for it.', 'would not', [ATTRIBUTION]],
  // An adverb between the subject and the verb: "is accused of" cannot be built on the verb alone.
  ['He constantly lies to the press.', 'lies', ['Report it as an accusation']],
  // "Never" that denies one past event is no habit to soften ("hardly ever wore" says something else).
  ['He never wore the uniform.', 'never', ['Soften the absolute', ATTRIBUTION]],
  // "Every last" is emphasis, not a count.
  ['Every last pilot turned up for the vote.', 'Every last', ['Soften the absolute', ATTRIBUTION]],
  // What is done to a group is a practice a source can vouch for: not softened to "many".
  ['Women who work nights are ignored.', 'Women who work nights', ['Say it of many, not all']],
  // A figure is not softened or marked as alleged.
  [
    'The port spent 40 million dollars on dredging.',
    '40 million dollars',
    ['Soften the absolute', 'Mark it as alleged']
  ]
]

for (const [text, actual, refused] of UNFITTING) {
  test(`unsupported-claim does not offer ${refused.join(', ')} for “${actual}” in: ${text}`, () => {
    const titles = titlesOf(rewritten(text, actual))
    for (const title of refused) assert.ok(!titles.includes(title), JSON.stringify(titles))
    assert.ok(titles.includes('Mark it “[citation needed]”'), JSON.stringify(titles))
  })
}

test('unsupported-claim: “has always” with an event is softened to “often”, not “long”', () => {
  assert.deepEqual(rewritten('The ferry has always recovered its costs.', 'always')[0], [
    'Soften the absolute',
    'The ferry has often recovered its costs.'
  ])
})

test('unsupported-claim: an “every” over a set keeps its attribution after the softening', () => {
  assert.deepEqual(titlesOf(rewritten('Every councillor voted for the fee.', 'Every councillor')), [
    'Soften the absolute',
    ATTRIBUTION,
    'Mark it “[citation needed]”'
  ])
})

test('unsupported-claim: the “-ing” form of every verb of wrongdoing', () => {
  const irregular: Record<string, string> = {
    lie: 'lying',
    rig: 'rigging',
    forge: 'forging',
    sow: 'sowing',
    libel: 'libeling',
    cover: 'covering',
    deceive: 'deceiving',
    bully: 'bullying',
    sabotage: 'sabotaging'
  }
  for (const verb of ACCUSATION_VERBS) {
    const expected = irregular[verb] ?? (/e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`)
    assert.equal(gerundOf(verb), expected, verb)
  }
})

test('unsupported-claim: plurals for “many”', () => {
  assert.deepEqual(['case', 'industry', 'person', 'witness', 'day', 'Councillor'].map(pluralOfNoun), [
    'cases',
    'industries',
    'people',
    'witnesses',
    'days',
    'Councillors'
  ])
})
