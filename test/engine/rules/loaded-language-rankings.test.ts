import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Rankings and crowns in the writer's voice ("one of the best", "one of the greats", "statesman"), a figure belittled
// before readers see it ("a mere $3 million"), verbs that judge a speaker ("refused to comment", "pointing out that")
// and the writer's comment on a name ("aptly named"). Each with the senses in which it is plain reporting.

const loadedIn = (text: string, sensitivity: 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language')

ruleCases('loaded-language', {
  fires: [
    // A ranking: each word of "one of the most …" is one step of the pattern.
    ['The keeper is one of the best players in the league.', 'one of the best'],
    ['It was one of the finest meals the town had seen.', 'one of the finest'],
    ['The painter, one of the greatest of her generation, died on Monday.', 'one of the greatest'],
    ['She is one of the most celebrated chefs in Lisbon.', 'one of the most celebrated'],
    ['He is one of the most talented forwards at the club.', 'one of the most talented'],
    ['The drummer hopes to join the greats one day, and to be one of the greats.', 'one of the greats'],
    ['She has toured with such greats as the Count Basie band.', 'such greats as'],
    // A crown for a politician.
    ['The former minister is a statesman who served three governments.', 'statesman'],
    ['The party sent its elder statesmen to the talks.', 'statesmen'],
    // A figure belittled.
    ['The sequel took a mere $3 million in its first week.', 'a mere'],
    ['Its gross was only a mere $7 million.', 'only a mere'],
    ['The proposal won merely 40 votes.', 'merely'],
    ['Pensioners got a paltry 2 percent rise.', 'a paltry'],
    // Verbs that judge the speaker.
    ['The ministry refused to comment on the report.', 'refused to comment'],
    ['The mayor refuses to answer questions about the contract.', 'refuses to answer'],
    ['She wrote to the board, pointing out that fees had doubled.', 'pointing out'],
    ['Residents point out that the road floods every spring.', 'point out'],
    // The writer's comment on a name.
    ['The album, aptly titled Homecoming, came out in June.', 'aptly titled'],
    ['They live on the appropriately named Harbour Road.', 'appropriately named']
  ],
  silent: [
    // A ranking someone else made, or one that measures.
    'The firm was named one of the best places to work in the region.',
    'The bakery was voted one of the finest in the county by readers.',
    'Cycling is one of the best ways to get around the city.',
    'It was one of the best years for exports since 1990.',
    'The ferry is one of the most used routes in the country.',
    // "Greats" in sports and arts copy, and a paper's name.
    'Several NBA greats attended the ceremony.',
    'The Statesman published the letter on Sunday.',
    // "Mere" and "merely" with no figure: an idiom or a degree.
    'The vote was a mere formality.',
    'He was merely asking a question.',
    // Refusing to do something is what happened.
    'The driver refused to leave the bus.',
    'He refused to be drafted during the war.',
    'The council refused to pay the contractor.',
    // Pointing at a thing, or a writer's aside (the editorializing rule's).
    'The guide stopped to point out the exits.',
    'She pointed at the map.',
    // A name given plainly.
    'The album, titled Homecoming, came out in June.',
    'They live on Harbour Road, named after the old port.'
  ]
})

test('loaded-language: "one of the most important" is as often a story’s stakes as praise, so it shows at thorough only', () => {
  const text = 'It was one of the most important rulings of the year.'
  assert.deepEqual(
    loadedIn(text).map((finding) => finding.actual),
    []
  )
  assert.deepEqual(
    loadedIn(text, 'thorough').map((finding) => [finding.actual, finding.confidence]),
    [['one of the most important', 0.45]]
  )
})

test('loaded-language: the rewrites keep the tense and the figure', () => {
  const rewrite = (text: string) => loadedIn(text)[0]?.suggestions.map((suggestion) => suggestion.replacement)
  assert.deepEqual(rewrite('The ministry refused to comment on the report.'), ['declined to comment'])
  assert.deepEqual(rewrite('The mayor refuses to answer questions.'), ['declines to answer'])
  assert.deepEqual(rewrite('Its gross was only a mere $7 million.'), ['only'])
  assert.deepEqual(rewrite('The album, aptly titled Homecoming, came out in June.'), ['titled'])
  assert.deepEqual(rewrite('He was a diplomat and a statesman.'), ['politician'])
  assert.deepEqual(rewrite('The keeper is one of the best players in the league.'), ['one of the'])
})
