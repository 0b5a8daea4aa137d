import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

// Sentences written for these tests: a listed word in its accurate sense, which shows at `thorough` only
// (loaded-language.ts: describesHarm, isSupposedSubject; loaded-language.data.ts: ATTACK_REPORTED, HARM_SEVERITY).
// "Terrorists" for the people who carried out an attack the sentence reports; an adjective of severity said of
// violence or the harm it did; a word naming the unspecified subject of a supposition ("If biased agents…").

const loadedIn = (text: string, sensitivity: 'precise' | 'balanced' | 'thorough' = 'balanced') =>
  ofRule(lintPlain(text, {sensitivity}), 'loaded-language')

ruleCases('loaded-language', {
  fires: [
    // A label pinned on a side, with no attack reported.
    ['Democrats in the state senate are terrorists.', 'terrorists'],
    ['The governor treats union leaders as terrorists.', 'terrorists'],
    // Severity said of words, policies or people: a judgement.
    ['The mayor’s horrific budget cuts hurt the schools.', 'horrific'],
    ['The governor launched a vicious attack on the senator’s voting record.', 'vicious'],
    ['It was a brutal speech about the opposition.', 'brutal'],
    ['The council’s terrible zoning plan passed on Tuesday.', 'terrible'],
    // A definite or named subject of a supposition is someone's: the label is pinned on them.
    ['If the corrupt mayor wins again, the city will pay.', 'corrupt'],
    ['If his reckless plan passes, taxes will rise.', 'reckless'],
    // The label in a plain statement, not a supposition.
    ['Biased agents tainted the evidence in the case.', 'Biased']
  ],
  silent: [
    // Terrorists who carried out a reported attack.
    'The terrorists killed 40 people at the market on Friday.',
    'Terrorists opened fire on the crowd, wounding dozens.',
    'The terrorist who detonated the bomb died at the scene.',
    // Severity of an act of violence or its harm.
    'She suffered horrific injuries in the crash.',
    'The victims of the vicious attack were taken to hospital.',
    'He described a brutal sexual assault in the parking lot.',
    'The beating was brutal, and the man lost an eye.',
    'The gruesome murder shocked the small town.',
    // The unspecified subject of a supposition.
    'If biased agents have tainted the evidence, the case should be dropped.',
    'If a reckless driver ignores the signal, children could be hurt.',
    'Unless any corrupt official is caught, the fund will keep losing money.'
  ]
})

test('loaded-language: an accurate sense still shows at thorough', () => {
  for (const text of [
    'The terrorists killed 40 people at the market on Friday.',
    'She suffered horrific injuries in the crash.',
    'If biased agents have tainted the evidence, the case should be dropped.'
  ])
    assert.ok(loadedIn(text, 'thorough').length > 0, text)
})

test('loaded-language: an attack in words needs a sign of physical harm to count as violence', () => {
  assert.ok(loadedIn('The senator faced a vicious attack from the columnist.').length > 0)
  assert.deepEqual(loadedIn('The senator survived a vicious attack by a man with a knife.'), [])
})
