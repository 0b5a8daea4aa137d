import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintText} from '../../../src/engine/index'

test('report: writing findings leaves the stack trace limit as it was', () => {
  const before = Error.stackTraceLimit
  const {findings} = lintText('Critics say the harbour deal will inevitably fail.', {kind: 'plaintext'})
  assert.ok(findings.length > 0)
  assert.equal(Error.stackTraceLimit, before)
  // Errors made after a lint still have their stacks.
  assert.match(new Error('after').stack ?? '', /report\.test/)
})
