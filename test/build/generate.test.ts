import assert from 'node:assert/strict'
import {test} from 'node:test'
import {configSchema, generatedFiles, readmeRuleTable, settingsContribution} from '../../src/build/generate'
import {RULES} from '../../src/engine/index'

test('the schema, the settings and the README table are up to date with the rules (run npm run generate)', () => {
  for (const file of generatedFiles())
    assert.ok(file.current === file.generated, `${file.path} is out of date: run npm run generate`)
})

test('every rule appears in each generated place, and nothing else does', () => {
  const ids = RULES.map((rule) => rule.id).sort()
  const schema = configSchema() as {properties: {rules: {properties: Record<string, unknown>}}}
  assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), ids)
  const settings = settingsContribution()['editorialReview.rules'] as {properties: Record<string, unknown>}
  assert.deepEqual(Object.keys(settings.properties).sort(), ids)
  const tableIds = [...readmeRuleTable().matchAll(/^\| \[([a-z-]+)\]/gm)].map((match) => match[1]).sort()
  assert.deepEqual(tableIds, ids)
})
