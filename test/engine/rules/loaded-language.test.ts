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
      note: 'Loaded words tell readers what to feel before the facts do. In news copy the writer describes; opinions belong to named sources.'
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
