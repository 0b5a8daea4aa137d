import assert from 'node:assert/strict'
import {test} from 'node:test'
import {findQuotations} from '../../../src/engine/reading/voices'

const quoted = (text: string) =>
  findQuotations(text, {start: 0, end: text.length}).map((quotation) => text.slice(quotation.start, quotation.end))

test('straight single quotes are quotations', () => {
  assert.deepEqual(quoted("'The plan was a disgrace,' the mayor said."), ["'The plan was a disgrace,'"])
  assert.deepEqual(quoted("She called it 'a betrayal of the workers' in a letter."), ["'a betrayal of the workers'"])
})

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quoted("The council didn't vote, and the players' union stayed out of it."), [])
  assert.deepEqual(quoted("Fees rose through the '90s and the board's plan won't change that."), [])
  assert.deepEqual(quoted("It's the mayor's call, she said."), [])
})

test('a possessive inside a single-quoted remark does not end it early', () => {
  assert.deepEqual(quoted("'We backed the players' union from the start,' he said."), [
    "'We backed the players' union from the start,'"
  ])
})

test('curly and double quotation marks still work beside them', () => {
  assert.deepEqual(quoted('“It is over,” she said, and ‘done’ he added.'), ['“It is over,”', '‘done’'])
})
