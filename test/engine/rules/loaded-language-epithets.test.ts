import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'

// Sentences written for these tests: nickname epithets and insults (the surest loaded words), and words in
// their standard news sense (a terrorist attack the authorities report, the scale of a storm, "insisted",
// "claimed" beside the dispute it reports).

const loadedIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language')

function firesOn(cases: ReadonlyArray<[string, string, number?]>): void {
  for (const [sentence, word, atLeast] of cases) {
    test(`loaded-language fires on "${word}" in: ${sentence}`, () => {
      const found = loadedIn(sentence).find((finding) => finding.actual.toLowerCase().includes(word.toLowerCase()))
      assert.ok(found, `no finding on “${word}”: ${JSON.stringify(loadedIn(sentence).map((f) => f.actual))}`)
      if (atLeast !== undefined) assert.ok(found.confidence >= atLeast, `confidence ${found.confidence} < ${atLeast}`)
    })
  }
}

function quietOn(sentences: readonly string[], sensitivity: 'balanced' | 'thorough' = 'balanced'): void {
  for (const sentence of sentences) {
    test(`loaded-language stays quiet at ${sensitivity} on: ${sentence}`, () => {
      assert.deepEqual(
        loadedIn(sentence, sensitivity).map((finding) => finding.actual),
        []
      )
    })
  }
}

// Nickname epithets: an insulting adjective fused to a name, with a capital.
firesOn([
  ['The crowd booed when Crooked Hillary took the stage in the video.', 'Crooked Hillary', 0.85],
  ["Supporters of Lyin' Ted packed the hall on Tuesday.", 'Lyin', 0.85],
  ['Voters in the county never warmed to Lying Ted.', 'Lying Ted', 0.85],
  ['Once again Sleepy Joe forgot which state he was in.', 'Sleepy Joe', 0.85],
  ['The mayor mocked Little Marco all through the debate.', 'Little Marco', 0.7],
  ['Low-Energy Jeb dropped out of the race after South Carolina.', 'Low-Energy Jeb', 0.85],
  ['Then Cryin’ Chuck took to the floor again.', 'Cryin', 0.85]
])
quietOn([
  'The mayor of Little Rock met with the governor on Monday.',
  'Little League teams gathered in Williamsport on Saturday.',
  'The Crazy Horse memorial draws tourists to South Dakota.',
  'He ordered a Sloppy Joe at the diner.',
  'Sleepy Hollow is a village in New York.',
  'The bill would amend the Corrupt Practices Act of 1977.',
  'Nervous Democrats huddled in the cloakroom on Tuesday.',
  'Little is known about the new candidate.',
  'The Little Sisters of the Poor went to court over the rule.',
  'Little Richard recorded the song in 1955.'
])

// Insults missing from the list before.
firesOn([
  ['Those scums in the legislature deserve nothing from us.', 'scums', 0.85],
  ['Some goblin in the state senate blocked the bill again.', 'goblin', 0.85],
  ['Another ankle biter from the local paper wrote a column about the mayor.', 'ankle biter', 0.85],
  ['His speech was the usual mind vomit his party spews every week.', 'mind vomit', 0.8],
  ['The senator dismissed his critics as pond scum.', 'pond scum', 0.85],
  ['Only a nincompoop would sign a deal like that.', 'nincompoop', 0.85]
])
quietOn([
  'The toddler, a real ankle biter, chased the dog around the yard.',
  'The Green Goblin is the villain of the new film.',
  'A goblin costume was the most popular choice this Halloween.'
])

// "Terrorist attack" the authorities report, or with its toll: the report's term. Of anything else: the writer's.
quietOn([
  'Officials said the terrorist attack killed 22 people at the concert hall.',
  'Police are treating the stabbing as a terrorist attack.',
  'The terrorist attacks in Paris in 2015 killed 130 people.',
  'Security at airports has tightened since the 9/11 terrorist attacks.'
])
firesOn([
  ['The new tax is a terrorist attack on small business.', 'terrorist attack'],
  ['The terrorist regime in the capital answers to no one.', 'terrorist']
])

// The measured scale of a storm, a flood or a crash: not the writer's verdict.
quietOn([
  'The hurricane brought horrific flooding to Houston, with 50 inches of rain in four days.',
  'Forecasters recorded an incredible 60 inches of rain over the week.',
  'The storm produced extraordinary rainfall totals across the region.',
  'The horrific crash killed six people on the interstate.'
])
firesOn([
  ['The horrific rhetoric of the senator shocked his colleagues.', 'horrific'],
  ['The incredible arrogance of the administration knows no bounds.', 'incredible'],
  ['She was an extraordinary leader who changed the party forever.', 'extraordinary']
])

// "Insisted" where someone maintains a point: the accurate verb, shown only at thorough.
quietOn([
  'The minister insisted the budget was balanced.',
  'Aides to the candidate insist the race is closer than the polls suggest.',
  'The company insisted that its products were safe, despite the recall.'
])
test('loaded-language keeps "insisted" for thorough', () => {
  const found = loadedIn('The minister insisted the budget was balanced.', 'thorough').map((finding) => finding.actual)
  assert.deepEqual(found, ['insisted'])
})

// "Claimed" beside the dispute the sentence reports is the accurate verb; a plain statement called a claim still counts.
quietOn([
  'He claimed he had never met the lobbyist, a statement the records contradicted.',
  'The site falsely claims that the vaccine contains a tracking chip.',
  'She claimed the video was fake, but offered no evidence.'
])
firesOn([
  ['The mayor claimed the new park would open in the spring.', 'claimed'],
  ['Now the senator claims he supports the bill.', 'claims']
])
