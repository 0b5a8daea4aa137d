import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {effectiveSeverity, emptyConfig, lintText, parseConfig, RULES, CATEGORIES} from '../../src/engine/index'
import {lintPlain, PROJECT_ROOT} from '../helpers'

test('parseConfig reads rules, categories, allowed terms and ignored paths', () => {
  const {config, notices} = parseConfig(
    JSON.stringify({
      rules: {'passive-voice': 'off', simplify: 'info'},
      categories: {'inclusive-language': 'error'},
      allow: ['Empire Capital'],
      ignore: ['drafts/**']
    }),
    '/site/.editorial-review.json'
  )
  assert.deepEqual(notices, [])
  assert.deepEqual(config, {
    rules: {'passive-voice': 'off', simplify: 'info'},
    categories: {'inclusive-language': 'error'},
    allow: ['Empire Capital'],
    ignore: ['drafts/**'],
    ignoredFindings: []
  })
})

test('ignoredFindings silence one finding of one rule, in one article or in all', () => {
  const {config, notices} = parseConfig(
    JSON.stringify({ignoredFindings: [{ruleId: 'passive-voice', text: 'were raised', path: 'news/a.txt'}]}),
    'c.json'
  )
  assert.deepEqual(notices, [])
  const text = 'The fees were raised.'
  assert.equal(lintText(text, {kind: 'plaintext', config, path: 'news/a.txt'}).findings.length, 0)
  assert.equal(lintText(text, {kind: 'plaintext', config, path: 'news/b.txt'}).findings.length, 1)
  assert.equal(parseConfig('{"ignoredFindings": [{"rule": "x"}]}', 'c.json').notices[0].severity, 'error')
})

test('a broken config gives one error naming the file and line, and defaults are used', () => {
  const {config, notices} = parseConfig(
    '{\n  "rules": {\n    "passive-voice": "off",\n  }\n}',
    '/site/.editorial-review.json'
  )
  assert.deepEqual(config, emptyConfig())
  assert.equal(notices.length, 1)
  assert.equal(notices[0].severity, 'error')
  assert.equal(notices[0].line, 4)
  assert.match(
    notices[0].message,
    /^\/site\/\.editorial-review\.json:4: not valid JSON .*using the default settings instead\.$/
  )
})

test('unknown rules, unknown keys and wrong types are reported with their line and skipped', () => {
  const text =
    '{\n  "rules": {"passive-voice": "loud", "no-such-rule": "off", "simplify": "info"},\n  "allow": "empire",\n  "colour": true\n}'
  const {config, notices} = parseConfig(text, 'c.json')
  assert.deepEqual(config.rules, {simplify: 'info'})
  assert.deepEqual(config.allow, [])
  assert.deepEqual(
    notices.map((notice) => [notice.severity, notice.line, notice.message.replace(/ \(.*\)/, '')]),
    [
      ['warning', 4, 'c.json:4: unknown setting "colour"; ignored.'],
      [
        'error',
        2,
        'c.json:2: "rules.passive-voice" is "loud"; expected "off", true, false or one of error, warning, info, hint. Ignored.'
      ],
      ['warning', 2, 'c.json:2: "rules" names "no-such-rule", which is not a known rule; ignored.'],
      ['error', 3, 'c.json:3: "allow" must be a list of strings; ignored.']
    ]
  )
})

test('a config that is not an object is an error, not a crash', () => {
  for (const text of ['[]', '"rules"', 'null', '42']) {
    const {config, notices} = parseConfig(text, 'c.json')
    assert.deepEqual(config, emptyConfig(), text)
    assert.equal(notices[0].severity, 'error', text)
  }
})

test('severity: a rule setting beats its category, which beats the default', () => {
  const config = {
    ...emptyConfig(),
    rules: {'passive-voice': 'error' as const},
    categories: {'passive-voice': 'off' as const, readability: true}
  }
  assert.equal(effectiveSeverity('passive-voice', config), 'error')
  assert.equal(
    effectiveSeverity('weasel', {...config, categories: {...config.categories, weasel: 'off' as const}}),
    undefined,
    'a category set off turns off its rules that have no setting of their own'
  )
  assert.equal(
    effectiveSeverity('readability', config),
    'hint',
    'a category set to true turns on its rules that are off by default'
  )
  assert.equal(effectiveSeverity('simplify', emptyConfig()), undefined, 'simplify is off by default')
  assert.equal(effectiveSeverity('inclusive-language', emptyConfig()), 'warning')
})

test('a config turning a rule off removes its findings; a severity changes theirs', () => {
  const text = 'The fees were raised.'
  assert.equal(lintPlain(text).length, 1)
  assert.deepEqual(lintPlain(text, {rules: {'passive-voice': 'off'}}), [])
  assert.equal(lintPlain(text, {rules: {'passive-voice': 'error'}})[0].severity, 'error')
})

test('allowed terms silence findings on those words, whatever their case', () => {
  const text = 'The chairman spoke.'
  assert.equal(lintPlain(text)[0].ruleId, 'inclusive-language')
  assert.deepEqual(lintPlain(text, {allow: ['Chairman']}), [])
})

test('the shipped JSON Schema lists every rule and category the engine knows', () => {
  const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'src/engine/config.schema.json'), 'utf8'))
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), RULES.map((rule) => rule.id).sort())
  assert.deepEqual(Object.keys(schema.properties.categories.properties).sort(), [...CATEGORIES].sort())
})

test('the extension settings in package.json list every rule and category, as the config schema does', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'))
  const properties = manifest.contributes.configuration.properties
  assert.deepEqual(
    Object.keys(properties['editorialReview.rules'].properties).sort(),
    RULES.map((rule) => rule.id).sort()
  )
  assert.deepEqual(Object.keys(properties['editorialReview.categories'].properties).sort(), [...CATEGORIES].sort())
  for (const [name, setting] of Object.entries<Record<string, unknown>>(properties)) {
    assert.equal(setting.scope, 'resource', name)
    assert.equal(typeof setting.markdownDescription, 'string', name)
  }
  assert.ok(
    manifest.contributes.commands.every((command: {category: string}) => command.category === 'Editorial Review')
  )
})

test('a config that turns everything off says so, and lints to nothing without failing', () => {
  const categories = Object.fromEntries(CATEGORIES.map((category) => [category, 'off']))
  const text = JSON.stringify({categories}, null, 2)
  const {config, notices} = parseConfig(text, 'quiet.json')
  assert.deepEqual(
    notices.map((notice) => [notice.severity, notice.message]),
    [['info', 'quiet.json:2: every rule is turned off, so nothing will be reported.']]
  )
  assert.deepEqual(lintText('It was pure hype, many believe.', {kind: 'plaintext', config}).findings, [])
})
