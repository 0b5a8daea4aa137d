import assert from 'node:assert/strict'
import {test} from 'node:test'
import {decodeArticle, LineIndex, lintText, MAX_ARTICLE_BYTES} from '../../src/engine/index'
import {lineOf} from '../helpers'

test('hostile: an empty article, and one of only white space or line breaks', () => {
  for (const text of ['', ' ', '\n\n\n', '\r\n\r\n', '\t \u200b \ufeff']) {
    assert.deepEqual(lintText(text, {kind: 'plaintext'}).findings, [], JSON.stringify(text))
    assert.deepEqual(lintText(text, {kind: 'markdown'}).findings, [], JSON.stringify(text))
  }
})

test('hostile: one 2 MB line is linted, with exact ranges', (context) => {
  const sentence = 'The much-touted deal, which many believe will inevitably shape the port, was framed by critics. '
  const text = sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length))
  const started = performance.now()
  const {findings} = lintText(text, {kind: 'plaintext'})
  context.diagnostic(`2 MB on one line: ${findings.length} findings in ${(performance.now() - started).toFixed(0)} ms`)
  assert.ok(findings.length > 10_000)
  const last = findings[findings.length - 1]
  assert.equal(text.slice(last.span.start, last.span.end), last.actual)
  assert.equal(lineOf(text, last), 1)
})

test('hostile: mixed line endings count lines as VS Code does', () => {
  const text = 'Fees were raised.\r\nFees were raised.\nFees were raised.\rFees were raised.'
  const lines = lintText(text, {kind: 'plaintext'})
    .findings.filter((finding) => finding.ruleId === 'passive-voice')
    .map((finding) => lineOf(text, finding))
  assert.deepEqual(lines, [1, 2, 3, 4])
})

test('hostile: deeply nested Markdown lists and block quotes', () => {
  const quotes = `${'> '.repeat(400)}The port is pure hype.\n`
  const lists = Array.from({length: 200}, (_, depth) => `${'  '.repeat(depth)}- The port is pure hype.`).join('\n')
  for (const text of [quotes, lists]) {
    const {findings} = lintText(text, {kind: 'markdown'})
    for (const finding of findings) assert.equal(text.slice(finding.span.start, finding.span.end), finding.actual)
  }
  // A block quote is someone else's words; a list item is the writer's.
  assert.ok(lintText(lists, {kind: 'markdown'}).findings.some((finding) => finding.actual === 'hype'))
})

test('hostile: binary content, invalid UTF-8 and oversized files are refused with a reason', () => {
  assert.equal(decodeArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])).status, 'skipped')
  const invalid = decodeArticle(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))
  assert.deepEqual(invalid, {status: 'skipped', reason: 'not valid UTF-8 text; not linted.'})
  const big = decodeArticle(new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61))
  assert.equal(big.status, 'skipped')
  assert.match((big as {reason: string}).reason, /larger than 10 MB/)
  assert.deepEqual(decodeArticle(new TextEncoder().encode('Café ☕')), {status: 'text', text: 'Café ☕'})
})

test('hostile: 10,000 findings in one article come back in order, none lost', () => {
  const text = Array.from({length: 10_000}, (_, index) => `Line ${index} is pure hype.`).join('\n')
  const findings = lintText(text, {kind: 'plaintext'}).findings.filter((finding) => finding.actual === 'hype')
  assert.equal(findings.length, 10_000)
  const lines = new LineIndex(text)
  assert.ok(findings.every((finding, index) => lines.pointAt(finding.span.start).line === index + 1))
})
