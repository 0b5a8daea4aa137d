import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain} from '../../helpers'

/**
 * Runs a rule over sentences it must flag (with the words it must cover) and
 * sentences it must leave alone, each as its own test so a failure names it.
 */
export function ruleCases(
  ruleId: string,
  cases: {fires: ReadonlyArray<readonly [string, string]>; silent: readonly string[]}
): void {
  for (const [sentence, actual] of cases.fires) {
    test(`${ruleId} flags “${actual}” in: ${sentence}`, () => {
      const found = lintPlain(sentence).filter((finding) => finding.ruleId === ruleId)
      assert.ok(
        found.some((finding) => finding.actual.trim() === actual || finding.actual.includes(actual)),
        `expected “${actual}”, got ${JSON.stringify(found.map((finding) => finding.actual))}`
      )
    })
  }
  for (const sentence of cases.silent) {
    test(`${ruleId} stays quiet on: ${sentence}`, () => {
      assert.deepEqual(
        lintPlain(sentence)
          .filter((finding) => finding.ruleId === ruleId)
          .map((finding) => finding.actual),
        []
      )
    })
  }
}
