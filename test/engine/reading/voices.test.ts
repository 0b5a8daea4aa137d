import assert from 'node:assert/strict'
import {test} from 'node:test'
import {danglingClose, findQuotations} from '../../../src/engine/reading/voices'

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

test('a “ typed where ” was meant closes the quotation', () => {
  assert.deepEqual(quoted('The paper said the “crew found the bag two hours later“. The owners came back.'), [
    '“crew found the bag two hours later“'
  ])
  // A “ after a space is no closing mark: the quotation runs on to the ”.
  assert.deepEqual(quoted('“She told me “never again” and left,” he said.'), ['“She told me “never again”'])
})

test('a straight double mark after a word and before a space opens nothing: an inch mark, a stray closer', () => {
  assert.deepEqual(quoted('The suspect is 5\'9" and was last seen on Main Street.'), [])
  assert.deepEqual(quoted('They were fired for the "mistake," he wrote." Watch whether the network acts.'), [
    '"mistake,"'
  ])
  assert.deepEqual(quoted('He said,"We are done." Then he left.'), ['"We are done."'])
})

test('a quotation opened mid-sentence and never closed ends with its sentence', () => {
  assert.deepEqual(
    quoted('The mayor called the budget “a disgrace. Critics say it will cost millions. Many believe it.'),
    ['“a disgrace.']
  )
  // One that opens a quoted sentence runs to the paragraph's end, as a quotation carried over paragraphs does.
  assert.deepEqual(quoted('The chief said: “We will find them. We will not stop.'), [
    '“We will find them. We will not stop.'
  ])
  assert.deepEqual(quoted('“We came to help,” she said. “We stayed because we had to. Nobody else came.'), [
    '“We came to help,”',
    '“We stayed because we had to. Nobody else came.'
  ])
  assert.deepEqual(quoted('“We stayed because we had to. Nobody else came.'), [
    '“We stayed because we had to. Nobody else came.'
  ])
  const open = findQuotations('He wrote: “We are still here.', {start: 0, end: 29})
  assert.equal(open[0].open, true)
  assert.equal(findQuotations('“We are still here,” he wrote.', {start: 0, end: 30})[0].open, undefined)
})

test('danglingClose: where a paragraph closes a quotation opened before it', () => {
  const close = (text: string) => danglingClose(text, {start: 0, end: text.length})
  assert.equal(close('And that is why we stayed …” the pastor said.'), 27)
  assert.equal(close('And that is why we stayed." The pastor left.'), 26)
  assert.equal(close('The pastor said “we stayed” and left.'), -1)
  assert.equal(close('No quotation here at all.'), -1)
})
