import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

test('loaded-language: one whole finding, with the neutral wording as the rewrite', () => {
  assert.deepEqual(ofRule(lintPlain('The port became part of a shipping empire.'), 'loaded-language'), [
    {
      ruleId: 'loaded-language',
      source: 'editorial-review',
      category: 'loaded-language',
      severity: 'warning',
      message: '“empire” is loaded: it judges rather than describes. Use neutral wording or attribute the judgement.',
      span: {start: 35, end: 41},
      actual: 'empire',
      suggestions: [
        {title: 'Replace “empire” with “business”', replacement: 'business'},
        {title: 'Replace “empire” with “operations”', replacement: 'operations'}
      ],
      url: 'https://github.com/editorial-review/editorial-review/blob/main/docs/rules/loaded-language.md',
      note: 'Loaded words tell readers what to feel before the facts do. In news copy the writer describes; opinions belong to named sources.',
      confidence: 0.8
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
  for (const text of ['Residents told of their horrifying night on the ferry.', 'The harbour master looked pathetic.', 'The tug made a shockingly late turn.']) {
    const [finding] = loaded(text)
    assert.ok(finding, text)
    assert.doesNotMatch(finding.actual, /^\s|\s$/, `“${finding.actual}”`)
    const deletion = finding.suggestions.find((suggestion) => suggestion.title.startsWith('Delete'))!
    const applied = text.slice(0, finding.span.start) + deletion.replacement + text.slice(finding.span.end)
    assert.doesNotMatch(applied, / {2}| [.,]/, applied)
  }
})

test('loaded-language: a rewrite is a word of the same part of speech', () => {
  const rewrites = (text: string) => loaded(text).map((finding) => finding.suggestions.map((suggestion) => suggestion.replacement))
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
  assert.deepEqual(words('The ferry strike entered its third day.\n\nThe union called the owners terrorists.\n\nBy Friday the terrorists had won.'), ['terrorists'])
})

test('loaded-language: hedges the law or accuracy needs are not loaded, and no hedge is offered for deletion', () => {
  assert.deepEqual(words('Police said the driver allegedly struck a cyclist.'), [])
  assert.deepEqual(words('The alleged assault took place outside the terminal, court papers say.'), [])
  assert.deepEqual(words('The firm marketed a supposed cure for rust, which it said worked in days.'), [])
  const scorn = loaded('He peddled the supposed cure for rust to every captain in the port.')
  assert.deepEqual(scorn.map((finding) => finding.actual), ['supposed'])
  assert.deepEqual(scorn[0].suggestions, [])
  const sneer = loaded('The board offered a supposedly independent review.')
  assert.deepEqual(sneer.map((finding) => finding.actual), ['supposedly'])
  assert.deepEqual(sneer[0].suggestions, [])
  for (const text of ['The so-called reform changed nothing.', 'The alleged expert spoke for an hour.']) {
    for (const finding of loaded(text)) assert.ok(finding.suggestions.every((suggestion) => suggestion.replacement !== text.slice(finding.span.start, finding.span.end).replace(/\S+\s*/, '')), text)
    assert.ok(loaded(text).every((finding) => !finding.suggestions.some((suggestion) => suggestion.title.startsWith('Delete'))), text)
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
