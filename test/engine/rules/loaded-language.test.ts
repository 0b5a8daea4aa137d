import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {lexiconCounts, LOADED_LEXICON, pluralOf} from '../../../src/engine/rules/loaded-language.lexicon.data'
import {LOADED_ENTRIES} from '../../../src/engine/rules/loaded-language'
import {ruleCases} from './rule-cases'

test('loaded-language: one whole finding, with the neutral wording as the rewrite', () => {
  assert.deepEqual(ofRule(lintPlain('The port became part of a growing empire.'), 'loaded-language'), [
    {
      ruleId: 'loaded-language',
      source: 'editorial-review',
      category: 'loaded-language',
      severity: 'warning',
      message: '“empire” is loaded: it judges rather than describes. Use neutral wording or attribute the judgement.',
      span: {start: 34, end: 40},
      actual: 'empire',
      suggestions: [
        // “a growing operations”: the plural alternative does not follow “a”.
        {title: 'Replace “empire” with “business”', replacement: 'business'}
      ],
      url: 'https://github.com/editorial-review/editorial-review/blob/main/docs/rules/loaded-language.md',
      note: 'Loaded words tell readers what to feel before the facts do. In news copy the writer describes; opinions belong to named sources.',
      confidence: 0.65
    }
  ])
})

test('loaded-language: deleting an adjective takes one space with it and leaves clean text', () => {
  const text = 'It was the much-touted $2 billion deal.'
  const [finding] = ofRule(lintPlain(text), 'loaded-language')
  const deletion = finding.suggestions.find((suggestion) => suggestion.title.startsWith('Delete'))!
  const applied = text.slice(0, finding.span.start) + deletion.replacement + text.slice(finding.span.end)
  assert.equal(applied, 'It was the $2 billion deal.')
})

ruleCases('loaded-language', {
  fires: [
    ['Northwind has tightened its grip on the harbour.', 'grip'],
    ['The relentless pursuit of scale goes on.', 'relentless'],
    ['Beneath the market hype, little has changed.', 'hype'],
    ['The tech titans are buying up the berths.', 'titans'],
    ['Small carriers became a casualty of the merger.', 'casualty'],
    ['An open port now looks utopian.', 'utopian'],
    ['The chief executive admitted that fees would rise.', 'admitted'],
    ['Okafor conceded the point.', 'conceded'],
    ['The so-called reform changed nothing.', 'so-called'],
    ['The regime raised port fees again.', 'regime'],
    ['Critics slammed the decision.', 'slammed'],
    ['It was a shrewd business move.', 'shrewd'],
    ['Their altruistic-sounding mission has faded.', 'altruistic-sounding'],
    ['She is an award - winning architect.', 'award - winning'],
    ['The legendary captain retired.', 'legendary'],
    ['He passed away on Monday.', 'passed away']
  ],
  silent: [
    'The Roman Empire traded through the port.',
    'She works at the Empire State Building.',
    'Keep a firm grip on the wheel with both hands.',
    'Three soldiers were among the casualties of the attack.',
    'He was admitted to hospital on Monday.',
    'The team claimed the title in May.',
    'The alleged fraud was reported to police, prosecutors said.',
    'The company announced a new tax regime for exporters.',
    'She slammed the door and left.',
    '“It is a relentless, utopian empire,” the union leader said.',
    'The port handled 40,000 containers last year.'
  ]
})

const loaded = (text: string) => ofRule(lintPlain(text), 'loaded-language')
const words = (text: string) => loaded(text).map((finding) => finding.actual)

test('loaded-language: no finding starts or ends with a space, and a deletion leaves clean text', () => {
  for (const text of [
    'Residents told of their horrifying night on the ferry.',
    'The tug made a shockingly late turn.'
  ]) {
    const [finding] = loaded(text)
    assert.ok(finding, text)
    assert.doesNotMatch(finding.actual, /^\s|\s$/, `“${finding.actual}”`)
    const deletion = finding.suggestions.find((suggestion) => suggestion.title.startsWith('Delete'))!
    const applied = text.slice(0, finding.span.start) + deletion.replacement + text.slice(finding.span.end)
    assert.doesNotMatch(applied, / {2}| [.,]/, applied)
  }
  // Deleting a predicate would leave "looked." with nothing after it: the finding stays, without that rewrite.
  const [predicate] = loaded('The harbour master looked pathetic.')
  assert.ok(predicate)
  assert.ok(!predicate.suggestions.some((suggestion) => suggestion.title.startsWith('Delete')))
})

test('loaded-language: a rewrite is a word of the same part of speech', () => {
  const rewrites = (text: string) =>
    loaded(text).map((finding) => finding.suggestions.map((suggestion) => suggestion.replacement))
  assert.deepEqual(rewrites('Critics had savaged the harbour plan.'), [['criticized']])
  assert.deepEqual(rewrites('Reviewers lined up to savage the new terminal.'), [['criticize']])
  assert.deepEqual(rewrites('The carriers relentlessly cut fares.')[0], ['cut', 'persistently cut'])
  assert.deepEqual(rewrites('Port fees have skyrocketed since May.'), [['have risen sharply']])
  assert.deepEqual(rewrites('The terrorist cell planned the raid.')[0], ['militant'])
})

test('loaded-language: literal senses are not findings', () => {
  // Conceding a race or defeat after a vote, or a point lost in a trial, is what "concede" means.
  assert.deepEqual(words('Senator Ana Ruiz, 61, conceded the race late on Tuesday.'), [])
  assert.deepEqual(words('Ruiz conceded defeat once the last ballots were counted.'), [])
  assert.deepEqual(words('After three trials and no verdict, the prosecutor conceded it could not win.'), [])
  assert.deepEqual(words('The harbour board conceded that fees had doubled.'), ['conceded'])
  // A fact-checker's rating is a name, not the writer's verdict.
  assert.deepEqual(words('The checkers gave the claim their most dishonest rating, Pants on Fire.'), [])
  // Names and titles that contain loaded words.
  assert.deepEqual(words('The band Savage Garden played the harbour festival.'), [])
  // "Claims" the noun, "stunt" the verb, "celebrated" the verb, "revered by" a named group.
  assert.deepEqual(words('The insurer rejected the tenants’ claims in March.'), [])
  assert.deepEqual(words('Salt spray can stunt the growth of the dune grass.'), [])
  assert.deepEqual(words('The crews celebrated the reopening of the lock.'), [])
  assert.deepEqual(words('The old pilot, revered by the crews, retired in June.'), [])
  // Control by force is no metaphor where people are held captive.
  assert.deepEqual(words('The hostages were freed from the gang’s grip after a week.'), [])
})

test('loaded-language: a label that is the article’s own subject is not flagged there', () => {
  const article = [
    'Regional report tracks terrorism funding',
    '',
    'The report follows money sent to terrorist groups through shell firms.',
    '',
    'Analysts found that terrorists used prepaid cards.',
    '',
    'Banks filed reports on terrorism financing each quarter.'
  ].join('\n')
  assert.deepEqual(words(article), [])
  // Once, in a piece about something else, the same label is the writer's.
  assert.deepEqual(
    words(
      'The ferry strike entered its third day.\n\nThe union called the owners terrorists.\n\nBy Friday the terrorists had won.'
    ),
    ['terrorists']
  )
})

test('loaded-language: hedges the law or accuracy needs are not loaded, and no hedge is offered for deletion', () => {
  assert.deepEqual(words('Police said the driver allegedly struck a cyclist.'), [])
  assert.deepEqual(words('The alleged assault took place outside the terminal, court papers say.'), [])
  assert.deepEqual(words('The firm marketed a supposed cure for rust, which it said worked in days.'), [])
  const scorn = loaded('He peddled the supposed cure for rust to every captain in the port.')
  assert.deepEqual(
    scorn.map((finding) => finding.actual),
    ['supposed']
  )
  assert.deepEqual(scorn[0].suggestions, [])
  const sneer = loaded('The board offered a supposedly independent review.')
  assert.deepEqual(
    sneer.map((finding) => finding.actual),
    ['supposedly']
  )
  assert.deepEqual(sneer[0].suggestions, [])
  for (const text of ['The so-called reform changed nothing.', 'The alleged expert spoke for an hour.']) {
    for (const finding of loaded(text))
      assert.ok(
        finding.suggestions.every(
          (suggestion) =>
            suggestion.replacement !== text.slice(finding.span.start, finding.span.end).replace(/\S+\s*/, '')
        ),
        text
      )
    assert.ok(
      loaded(text).every((finding) => !finding.suggestions.some((suggestion) => suggestion.title.startsWith('Delete'))),
      text
    )
  }
})

test('loaded-language: words reported from someone else are theirs', () => {
  assert.deepEqual(words('The mayor spoke of a booming harbour trade.'), [])
  assert.deepEqual(words('Dock workers believe the booming trade has raised rents.'), [])
  assert.deepEqual(words('The booming trade has raised rents.'), ['booming trade'])
})

ruleCases('loaded-language', {
  fires: [
    ['The mayor claims the budget is balanced.', 'claims'],
    ['The minister was forced to admit that fees rose.', 'admit'],
    ['The letter was full of textbook gripes.', 'gripes'],
    ['It was a highly respected yard.', 'respected'],
    ['The sulky critics offered supposedly neutral advice.', 'supposedly']
  ],
  silent: [
    'The team claimed the title in May.',
    'The firm revealed a new logo.',
    'He insists on paying for the berth.',
    'The harbour board passed on the savings to tenants.',
    'The plan is supposed to cut fees.',
    'Voters rejected the harbour levy.'
  ]
})

// The lexicon (loaded-language.lexicon.data.ts): for each group, sentences it fires on and the literal senses it leaves alone.

ruleCases('loaded-language', {
  fires: [
    // Epithets.
    ['The demagogue toured the mill towns again.', 'demagogue'],
    ['The union chief, a notorious blowhard, spoke first.', 'blowhard'],
    ['The gun nuts at the rally cheered.', 'gun nuts'],
    ['These vultures in Congress want the pension fund.', 'vultures'],
    // Insults.
    ['It was an asinine decision by the harbour board.', 'asinine'],
    ['Depraved smugglers ran the night ferry.', 'Depraved'],
    // Emotive adjectives and adverbs.
    ['The odious policy split the town.', 'odious'],
    ['The committee callously ignored the petition.', 'callously'],
    // Emotive adjectives with a literal sense, used figuratively.
    ['The toxic feud inside the party dragged on.', 'toxic'],
    ['The explosive row over the budget continued.', 'explosive'],
    // Verdict nouns.
    ['The hearing was a travesty.', 'travesty'],
    ['The mayor’s plan is a disaster for the harbour.', 'disaster'],
    ['The governor’s ineptitude cost the state a year.', 'ineptitude'],
    // Contentious labels.
    ['Border agents detained three illegal aliens.', 'illegal aliens'],
    ['The ultra-left council voted for the levy.', 'ultra-left'],
    ['The death tax returns next year.', 'death tax'],
    ['He and his ilk run the council.', 'ilk'],
    // Doubt markers.
    ['The mayor unveiled a sham consultation.', 'sham'],
    ['They offered a bogus excuse for the delay.', 'bogus'],
    // Scornful and judging verbs of saying, in every form.
    ['The senator bleated that the rules were unfair.', 'bleated'],
    ['The minister was spewing conspiracy theories again.', 'spewing'],
    ['The chairwoman boasted that the figures were sound.', 'boasted'],
    ['She admitted to misleading the board.', 'admitted to'],
    ['“No,” the harbour master snapped.', 'snapped'],
    // Criticism, praise and conduct verbs.
    ['Critics eviscerated the budget plan.', 'eviscerated'],
    ['The mayor is lashing out at reporters.', 'lashing out at'],
    ['Supporters lionized the outgoing mayor.', 'lionized'],
    ['The board dithered for months.', 'dithered'],
    ['The minister caved to pressure from donors.', 'caved'],
    ['The senator flip-flops on trade.', 'flip-flops on'],
    // War and crime metaphors for ordinary events.
    ['The governor torpedoed the housing bill.', 'torpedoed'],
    ['The new owners gutted the newsroom.', 'gutted'],
    ['The announcement set off a firestorm in the party.', 'firestorm'],
    ['The budget faced a barrage of questions.', 'barrage'],
    // Compounds: one finding for the whole compound.
    ['Their mailers were race-baiting at its worst.', 'race-baiting'],
    ['The campaign was pure fear-mongering.', 'fear-mongering'],
    // Puffery.
    ['The festival booked a megastar for the finale.', 'megastar'],
    ['The eloquent senator spoke for an hour.', 'eloquent'],
    // Exaggeration and euphemism.
    ['Dock workers got a paltry raise.', 'paltry'],
    ['The economy saw negative growth last quarter.', 'negative growth']
  ],
  silent: [
    // Literal senses: animals, machines, weather, fire, cooking, war, medicine, crime.
    'Vultures circled above the ranch.',
    'The rat was caught in the restaurant kitchen.',
    'A clown juggled at the birthday party.',
    'Malicious software infected the port’s network.',
    'She was calculating the cost of the repairs.',
    'Revolting peasants stormed the castle in 1381.',
    'Toxic fumes leaked from the plant into the river.',
    'A savage dog attack left a boy with bites.',
    'The explosive device was defused by the army.',
    'The offensively minded team scored twice.',
    'The earthquake was the worst disaster in a century.',
    'The farce opened at the theatre on Friday.',
    'Rubbish collection resumes on Monday.',
    'The judge sentenced the jihadist to life in prison.',
    'Historians still study the Stalinist purges of the 1930s.',
    'Police seized fake passports at the port.',
    'The would-be robbers fled empty-handed.',
    'The lambs bleated in the barn.',
    'The volcano spewed ash over the valley.',
    'Engines whined as the jets took off.',
    'The cable snapped during the storm.',
    'He was admitted to the hospital on Friday.',
    'She is insisting on a recount.',
    'The cook skewered the lamb and lit the grill.',
    'Firefighters said vandals torched the car.',
    'She hails from a small town in Ohio.',
    'The roof caved in after the storm.',
    'Children were bullied at the school, parents said.',
    'A submarine torpedoed the freighter in 1942.',
    'Fire gutted the old theatre.',
    'A firestorm swept through the dry forest.',
    'Artillery kept up a barrage all night.',
    'She wore flip-flops to the beach.',
    'Click the icon at the top of the screen.',
    'The heavyweight title fight drew 20,000 fans.',
    // The noun after a possessive, not the verb of saying.
    'The senator’s whines grew louder.',
    // Reported words are the speaker's.
    'The senator said the ruling was asinine.'
  ]
})

test('loaded-language: an intensifier and the word it intensifies are one finding', () => {
  for (const [text, actual] of [
    ['That was an outright lie.', 'outright lie'],
    ['The response was utterly disgraceful.', 'utterly disgraceful'],
    ['The rollout was a complete failure.', 'complete failure'],
    ['It was a truly dreadful speech.', 'truly dreadful']
  ] as const) {
    const found = loaded(text)
    assert.equal(found.length, 1, `${text}: ${JSON.stringify(found.map((finding) => finding.actual))}`)
    assert.ok(found[0].actual.includes(actual), `${text}: “${found[0].actual}”`)
    assert.equal(found[0].confidence, 0.9, text)
  }
  // "Outright lie" offers the neutral wording with its article mended.
  assert.deepEqual(
    loaded('That was an outright lie.')[0].suggestions.map((suggestion) => suggestion.replacement),
    ['a false claim']
  )
})

test('loaded-language: verbs of saying are rewritten in the tense they were written in', () => {
  const rewrites = (text: string) =>
    loaded(text).map((finding) => finding.suggestions.map((suggestion) => suggestion.replacement))
  assert.deepEqual(rewrites('The minister bleats about the rules.'), [['says']])
  assert.deepEqual(rewrites('The minister bleated about the rules.'), [['said']])
  assert.deepEqual(rewrites('The minister was bleating about the rules.'), [['saying']])
  assert.deepEqual(rewrites('Ministers always bleat about the rules.'), [['say']])
  assert.deepEqual(rewrites('The governor torpedoed the bill.'), [['blocked']])
  assert.deepEqual(rewrites('The carriers have hit out at the port fees.'), [['criticized']])
})

test('loaded-language: a rewrite holds in the sense the sentence gives the word', () => {
  const first = (text: string) => loaded(text).map((finding) => [finding.actual, finding.suggestions[0]?.replacement])
  // Someone's hordes in a raid are an armed force; elsewhere a crowd. A thug in an armed group is a fighter;
  // elsewhere no neutral word says what the insult says.
  assert.deepEqual(first('The warlord and his hordes raided the coastal villages.'), [['hordes', 'forces']])
  assert.deepEqual(first('Every August the hordes pour into the old harbour.'), [['hordes', 'crowds']])
  assert.deepEqual(first('Armed militia thugs stopped the ferry.'), [['thugs', 'fighters']])
  assert.deepEqual(first('Union thugs picketed the ferry office.'), [['thugs', undefined]])
  // A failure of a plan, but a debacle named after someone is no plain failure.
  assert.deepEqual(first('The ferry launch was a debacle.'), [['debacle', 'failure']])
  assert.deepEqual(first('Once the Carver debacle ends, the port will reopen.'), [['debacle', undefined]])
  // "Damaging for", not "severe for".
  assert.deepEqual(first('The strike was disastrous for the ferry line.'), [['disastrous', 'damaging']])
  // A poll shows; a person says.
  assert.deepEqual(first('A 2021 survey revealed that most pilots were tired.'), [['revealed', 'showed']])
  assert.deepEqual(first('The harbour master revealed that he would retire.'), [['revealed', 'said']])
  // People entering a country and people living in it are both "without legal permission".
  assert.deepEqual(first('The boats carried illegals across the strait.'), [
    ['illegals', 'immigrants without legal permission']
  ])
  // A rabble-rouser is no activist: no neutral word keeps the meaning.
  assert.deepEqual(first('The port has always kept rabble-rousers at the edges.'), [['rabble-rousers', undefined]])
})

test('loaded-language: a rewrite fits the words around it, or none is offered', () => {
  const first = (text: string, sensitivity: 'balanced' | 'thorough' = 'balanced') =>
    ofRule(lintPlain(text, {sensitivity}), 'loaded-language').map((finding) => [
      finding.actual,
      finding.suggestions[0]?.replacement
    ])
  // A verb's complement: "teach" takes no "into", "acknowledge" keeps no listener, "fall sharply" no object.
  assert.deepEqual(first('The sect tried to indoctrinate its children into the creed.'), [['indoctrinate', undefined]])
  assert.deepEqual(first('One pilot admitted to a reporter from the paper that the log was wrong.'), [
    ['admitted to', undefined]
  ])
  assert.deepEqual(first('The new levy is cratering the fishing trade.', 'thorough'), [['cratering', undefined]])
  assert.deepEqual(first('Harbour shares cratered this week.', 'thorough'), [['cratered', 'fell sharply']])
  // A participle before its noun: "persuaded recruits" is not English for "brainwashed recruits".
  assert.deepEqual(first('The crews were warned by brainwashed recruits.'), [['brainwashed', undefined]])
  // "Heavy losses" is plural: where a verb agrees with "carnage", the singular alternative.
  assert.deepEqual(first('The carnage of small firms that is now plain began with the tariff.'), [
    ['carnage', 'destruction']
  ])
})

test('loaded-language: confidence follows the kind of word and its context', () => {
  const confidence = (text: string, sensitivity: 'balanced' | 'thorough' = 'balanced') =>
    ofRule(lintPlain(text, {sensitivity}), 'loaded-language').map((finding) => [finding.actual, finding.confidence])
  // An epithet is surer than an emotive adjective, which is surer than a bare intensifier.
  assert.deepEqual(confidence('The demagogue spoke.'), [['demagogue', 0.9]])
  assert.deepEqual(confidence('The odious policy passed.'), [['odious policy', 0.7]])
  assert.deepEqual(confidence('The plan is utterly new.', 'thorough'), [['utterly new', 0.4]])
  // A bare intensifier shows only at thorough.
  assert.deepEqual(confidence('The plan is utterly new.'), [])
  // A word with a literal sense is less sure unless the sentence is about public life; an intensifier before it adds.
  assert.deepEqual(confidence('The toxic atmosphere at the club lingered.'), [['toxic atmosphere', 0.55]])
  assert.deepEqual(confidence('The toxic atmosphere in the party lingered.'), [['toxic atmosphere', 0.7]])
  assert.deepEqual(confidence('The party ran a truly toxic campaign.'), [['toxic campaign', 0.8]])
  // Headline verbs of size are standard in wire copy: thorough only.
  assert.deepEqual(confidence('Prices soared in May.'), [])
  assert.deepEqual(confidence('Prices soared in May.', 'thorough'), [['soared', 0.45]])
})

test('loaded-language: an animal insult needs a person to insult, and a figure to exaggerate', () => {
  assert.deepEqual(words('These vultures in Congress want the pension fund.'), ['vultures'])
  assert.deepEqual(words('These vultures want the carcass.'), [])
  assert.deepEqual(words('Officials paid a whopping 40 percent more for fuel.'), ['a whopping 40'])
  assert.deepEqual(words('It dealt the port a whopping blow.'), ['whopping blow'])
})

test('loaded-language: the lexicon is an order of magnitude larger than the first list, and adds no duplicate', () => {
  const lemmas = lexiconCounts().reduce((total, group) => total + group.lemmas, 0)
  assert.ok(lemmas >= 1200, `${lemmas} lemmas`)
  // Every group says what kind of wording it holds, and every entry has a part of speech, a pattern or a phrase to match.
  for (const entry of LOADED_LEXICON)
    assert.ok(entry.kind && entry.group && entry.patterns.length > 0, JSON.stringify(entry.patterns))
  // A pattern the first list has, in the same part of speech, is left to it.
  const first = LOADED_ENTRIES.filter((entry) => entry.group === undefined)
  const firstPatterns = new Set(first.flatMap((entry) => entry.patterns))
  for (const entry of LOADED_ENTRIES.filter((entry) => entry.group !== undefined)) {
    for (const pattern of entry.patterns) {
      if (!firstPatterns.has(pattern)) continue
      const others = first.filter((other) => other.patterns.includes(pattern))
      assert.ok(
        others.every(
          (other) =>
            other.partOfSpeech !== undefined &&
            entry.partOfSpeech !== undefined &&
            String(other.partOfSpeech) !== String(entry.partOfSpeech)
        ),
        pattern
      )
    }
  }
  assert.equal(pluralOf('con man'), 'con men')
  assert.equal(pluralOf('advocate of war'), 'advocates of war')
})

test('loaded-language: "passed on" is a death only where it ends the clause or says when, not a vote or a cost', () => {
  assert.deepEqual(words('Her father passed on in March.'), ['passed on'])
  assert.deepEqual(words('Her grandmother passed away last year.'), ['passed away'])
  assert.deepEqual(words('The plan passed on Tuesday.'), [])
  assert.deepEqual(words('The savings were passed on to customers.'), [])
  assert.deepEqual(words('He passed on the offer.'), [])
})
