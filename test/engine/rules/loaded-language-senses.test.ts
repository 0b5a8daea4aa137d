import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests: the literal, technical and routine senses of loaded words in straight news and
// explainers, names given by others, denied labels and headline quotations, read on unmarked articles the rules were
// not tuned on (loaded-language.ts, its word lists, rule-kit/lexicon-rule.ts).

const loadedIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language')

ruleCases('loaded-language', {
  fires: [
    // The loaded sense stays.
    ['The senator launched a crusade against the newspapers.', 'crusade'],
    ['The rebels slaughtered villagers in the night.', 'slaughtered'],
    ['The inquiry is a witch hunt.', 'witch hunt'],
    ['This is a biased witch hunt.', 'witch hunt'],
    ['Tax Plan: A Disaster for Families', 'Disaster'],
    ['BREAKING: Mayor Caught in Shameful Cover-up', 'Shameful'],
    ['The mayor is what I would call a buffoon.', 'buffoon'],
    ['The lefties in Congress voted against the bill.', 'lefties'],
    ['She is a prolific writer.', 'prolific'],
    ['The alleged expert gave a talk on the harbour.', 'alleged'],
    ['He blurted out that the deal was done.', 'blurted out'],
    ['She pointed out that the budget had doubled.', 'pointed out'],
    ['“The budget doubled,” she pointed out.', 'pointed out'],
    ['The senator claimed the election was stolen.', 'claimed'],
    ['Asked about the deficit, the senator quipped that nobody reads the budget.', 'quipped'],
    ['The senator accused the governor of meddling in the city’s affairs.', 'meddling in'],
    ['The mayor ran the port as his personal empire.', 'empire'],
    ['The harbour board wants to build an empire.', 'empire']
  ],
  silent: [
    // Historical Crusades, livestock, a mass shooting: the literal sense.
    'The crusade against the Muslims of the Holy Land ended in 1291.',
    'The knights returned from the crusade with relics.',
    'The farm slaughtered 300 pigs for the market last week.',
    'Cattle are taken to the abattoir for slaughter each autumn.',
    'Witnesses described carnage after the mass shooting at the concert.',
    // A name someone else gave, a claim someone makes, a question asked.
    'Trump attacked the inquiry, which he called a witch hunt.',
    'The probe, dubbed a witch hunt by critics, continues.',
    'He joined the show to discuss his claims that the election is rigged against him.',
    'Reporters asked whether the group was racist.',
    // A label the writer denies.
    'The investigation is not a witch hunt.',
    'The investigation is not a biased witch hunt.',
    'The inquiry wasn’t a witch hunt, the committee found.',
    // A headline that quotes someone by name and colon.
    'Schumer: GOP Tax Plan a Disaster for Families',
    'TRUMP: The tape might be fake',
    // Left-handed people in an article about them.
    'Left-handed people make up a tenth of the population.\n\nLefties often struggle with scissors.',
    // A ranking by count; a company among companies is still a metaphor, but a festival's "behemoth" takes no "largest company".
    'The most prolific donors gave more than $1 million each.',
    // Routine wire words: a media or real estate empire, Russian meddling in an election (thorough only), price gouging.
    'He built a media empire from a single newspaper.',
    'She built a real estate empire in New York City.',
    'Russian meddling in the 2016 election is under investigation.',
    'Price gouging: how to protect yourself and report it',
    'The alleged hostage spoke to reporters on Monday.',
    'The exposé alleged that he was holding women against their will.',
    'The army recaptured the city from the so-called Islamic State.',
    'Fake news web sites spread the rumour within hours.',
    'Two of the four popular vote-winning candidates lost.',
    'The victim might blurt out a name when the caller phones.',
    'He pointed out a number of owners who had donated.',
    'The United States admits about a million immigrants a year.',
    'Claiming the privilege lets the president withhold the emails.',
    'Cueing up a clip, the comedian quipped, “Were you born in Kenya?”',
    'The far-left group marched on Sunday.'
  ]
})

test('loaded-language: "extremely rare" measures, "extremely talented" emphasizes (thorough)', () => {
  assert.deepEqual(
    loadedIn('Side effects are extremely rare.', 'thorough').map((finding) => finding.actual),
    []
  )
  assert.ok(loadedIn('He is extremely talented.', 'thorough').some((finding) => finding.actual.includes('extremely')))
})

test('loaded-language: Russian meddling in an election and "far-left" show at thorough only', () => {
  assert.ok(loadedIn('Russian meddling in the 2016 election is under investigation.', 'thorough').length > 0)
  assert.ok(loadedIn('The far-left group marched on Sunday.', 'thorough').length > 0)
})

test('loaded-language: a behemoth among companies is the largest company; elsewhere no rewrite is offered', () => {
  const [company] = loadedIn('The retailer is a behemoth in the market.')
  assert.deepEqual(
    company.suggestions.map((suggestion) => suggestion.replacement),
    ['largest company']
  )
  const [festival] = loadedIn('The festival is a cultural behemoth.')
  assert.deepEqual(festival.suggestions, [])
})
