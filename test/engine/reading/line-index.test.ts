import assert from 'node:assert/strict'
import {test} from 'node:test'
import {LineIndex} from '../../../src/engine/reading/line-index'

test('LineIndex counts lines as VS Code does: \\n, \\r\\n and \\r each end one', () => {
  const index = new LineIndex('ab\ncd\r\nef\rgh')
  assert.deepEqual(index.pointAt(0), {line: 1, column: 1, offset: 0})
  assert.deepEqual(index.pointAt(3), {line: 2, column: 1, offset: 3})
  assert.deepEqual(index.pointAt(5), {line: 2, column: 3, offset: 5})
  assert.deepEqual(index.pointAt(7), {line: 3, column: 1, offset: 7})
  assert.deepEqual(index.pointAt(10), {line: 4, column: 1, offset: 10})
  assert.equal(index.lineCount, 4)
})

test('LineIndex columns are UTF-16 code units', () => {
  const text = '😀 e\u0301\tx'
  const index = new LineIndex(text)
  // The emoji is two code units, "é" written as e + combining accent is two more.
  assert.deepEqual(index.pointAt(text.indexOf('x')), {
    line: 1,
    column: text.indexOf('x') + 1,
    offset: text.indexOf('x')
  })
  assert.equal(text.indexOf('x'), 6)
})

test('LineIndex clamps offsets outside the text', () => {
  const index = new LineIndex('abc')
  assert.deepEqual(index.pointAt(-4), {line: 1, column: 1, offset: 0})
  assert.deepEqual(index.pointAt(99), {line: 1, column: 4, offset: 3})
})
