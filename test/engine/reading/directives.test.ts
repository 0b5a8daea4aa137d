import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lineOf, lintMarkdown, lintPlain} from '../../helpers'

const passiveLines = (text: string) =>
  lintMarkdown(text)
    .filter((finding) => finding.category === 'passive-voice')
    .map((finding) => lineOf(text, finding))

test('disable and enable comments switch a rule off for the lines between them', () => {
  const text = [
    'Fees were raised.',
    '<!-- editorial-review-disable passive-voice -->',
    'Fees were raised.',
    '',
    'Fees were raised.',
    '<!-- editorial-review-enable passive-voice -->',
    'Fees were raised.'
  ].join('\n')
  assert.deepEqual(passiveLines(text), [1, 7])
})

test('disable-next-line switches rules off for one line; names may be rules or categories', () => {
  const text = [
    '<!-- editorial-review-disable-next-line passive-voice -->',
    'Fees were raised.',
    'Fees were raised.'
  ].join('\n')
  assert.deepEqual(passiveLines(text), [3])
})

test('a disable comment with no names switches every rule off to the end', () => {
  const text = [
    'Fees were raised.',
    '',
    '<!-- editorial-review-disable -->',
    '',
    'Fees were raised. The chairman spoke.'
  ].join('\n')
  assert.deepEqual(
    lintMarkdown(text).map((finding) => lineOf(text, finding)),
    [1]
  )
})

test('other comments and plain text are not directives', () => {
  assert.deepEqual(passiveLines('<!-- a note to the desk -->\nFees were raised.'), [2])
  assert.equal(lintPlain('<!-- editorial-review-disable -->\nFees were raised.').length, 1)
})
