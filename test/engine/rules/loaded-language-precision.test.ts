import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests: plain senses, judgements put in someone else's mouth, and words another rule
// owns, read on articles the rules were not tuned on (loaded-language.ts and its word lists, rule-kit/lexicon-rule.ts).

const loadedIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language')

function silentAtThorough(sentences: readonly string[]): void {
  for (const sentence of sentences) {
    test(`loaded-language stays quiet at thorough on: ${sentence}`, () => {
      assert.deepEqual(
        loadedIn(sentence, 'thorough').map((finding) => finding.actual),
        []
      )
    })
  }
}

// Plain senses: of the people, of a revolution, a designation, a kind of fabricated content, the press described.
silentAtThorough([
  'She won the popular vote by two points.',
  'The harbour festival is a fixture of popular culture.',
  'Let us summon that same revolutionary spirit of 1776.',
  'The Revolutionary Guard patrols the strait.',
  'The ferry stops in the historic district.',
  'The claim first appeared on a hoax site last week.',
  'The hoax story was shared by several other sites.',
  'None of it made any impression in the international mainstream media.',
  'The channel carried ISIS propaganda for months.',
  'The bombings killed two people and left the town terrorised for weeks.',
  'A van slammed its way through the crowd on the promenade.',
  'The deckhand complained he could not walk because of severe leg pain.',
  'The families sued the port, claiming that it ignored the warnings.',
  'The winger was making a fool of himself on the pitch.',
  'The cargo ship cratered the road when it was unloaded by crane and dropped.',
  'The town has become a well-known stop for high-profile visitors.'
])

// The judging sense is still reported.
ruleCases('loaded-language', {
  fires: [
    ['The harbour app is a revolutionary product.', 'revolutionary'],
    ['The climate hoax fooled no one on the board.', 'hoax'],
    ['The mainstream media is floating rumours about the port.', 'mainstream media'],
    ['The council spread propaganda about the quay.', 'propaganda'],
    ['Professors spew communist propaganda at our students.', 'propaganda'],
    ['The mayor slammed the harbour board on Tuesday.', 'slammed'],
    ['The chairman complained that the fees were too low.', 'complained'],
    ['The skipper claimed that the net had torn itself.', 'claimed'],
    ['Only a fool would buy the old ferry.', 'fool'],
    ['The popular chef opened a stall on the quay.', 'popular']
  ],
  silent: []
})

// A judgement someone else makes, by the words around it, is theirs.
silentAtThorough([
  'Many of his deeds were considered deplorable by his own crew.',
  'People from the north found the practice to be so reprehensible that they left.',
  'He hoped to avoid any charges of a cover-up later.',
  'You play stupid games and you win stupid prizes, they say.',
  'I feel awful about the delay.'
])

ruleCases('loaded-language', {
  fires: [
    ['The skipper is considered legendary by many fans.', 'legendary'],
    ['I found the speech deplorable.', 'deplorable'],
    ['With a straight face, the director denied any delay.', 'With a straight face'],
    ['The making of the harbour was an influential and pivotal work, written by a local historian.', 'influential'],
    ['The flood water terrorized the harbour front.', 'terrorized']
  ],
  silent: []
})

test('loaded-language: a verdict of falsity that fact-checks use shows at thorough only', () => {
  const text = 'The post spread unfounded conspiracy theories about the harbour master.'
  assert.deepEqual(loadedIn(text), [])
  const found = loadedIn(text, 'thorough')
  assert.deepEqual(
    found.map((finding) => finding.actual),
    ['unfounded']
  )
  assert.ok(found[0].confidence < 0.5)
})

test('loaded-language: a hedge the weasel rule reports is its finding, not a second one here', () => {
  const findings = lintPlain(
    'A photograph supposedly showing the mayor with the developer is widely shared, and the minister supposedly resigned.',
    {sensitivity: 'thorough'}
  )
  const hedges = findings.filter((finding) => finding.actual.startsWith('supposedly'))
  assert.ok(hedges.length >= 1)
  assert.ok(hedges.every((finding) => finding.ruleId === 'weasel'))
  // Before a quality it grades, the weasel rule does not speak: the sneer is loaded language.
  assert.deepEqual(
    ofRule(lintPlain('They offered supposedly neutral advice to the board.'), 'loaded-language').map(
      (finding) => finding.actual
    ),
    ['supposedly']
  )
})

test('loaded-language: "terrorist" or "extremist" said of a designated group is its accurate label', () => {
  const words = (text: string) => ofRule(lintPlain(text), 'loaded-language').map((finding) => finding.actual)
  assert.deepEqual(words('ISIS terrorists attacked the town.'), [])
  assert.deepEqual(words('The extremists of al-Qaeda claimed the bombing.'), [])
  assert.deepEqual(words('The senator called the union extremists.'), ['extremists'])
})
