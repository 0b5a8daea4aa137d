import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {test} from 'node:test'
import {RULES, ruleUrl} from '../src/engine/index'
import {lintPlain, PROJECT_ROOT} from './helpers'

for (const rule of RULES) {
  const page = join(PROJECT_ROOT, 'docs', 'rules', `${rule.id}.md`)

  test(`docs/rules/${rule.id}.md exists and the finding url points to it`, () => {
    assert.ok(existsSync(page))
    assert.ok(ruleUrl(rule.id).endsWith(`/docs/rules/${rule.id}.md`))
    const text = readFileSync(page, 'utf8')
    assert.match(
      text,
      new RegExp(`default severity \`${rule.defaultSeverity}\` · ${rule.enabledByDefault ? 'on' : 'off'} by default`)
    )
  })

  test(`docs/rules/${rule.id}.md: every example in its table is flagged as shown`, () => {
    const rows = readFileSync(page, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| text') && !line.startsWith('|---'))
      .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()))
    for (const [text, flagged] of rows) {
      const findings = lintPlain(text, {rules: {[rule.id]: true}}).filter((finding) => finding.ruleId === rule.id)
      const words = flagged
        .split('…')
        .map((part) => part.trim())
        .filter(Boolean)
      assert.ok(
        findings.some((finding) => words.every((part) => finding.actual.includes(part))),
        `${rule.id}: “${text}” should flag “${flagged}”, got ${JSON.stringify(findings.map((finding) => finding.actual))}`
      )
    }
  })
}
