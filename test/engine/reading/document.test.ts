import assert from 'node:assert/strict'
import {test} from 'node:test'
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {readDocument} from '../../../src/engine/reading/document'
import {lintMarkdown, lintPlain, ofRule, rangesHoldActual, readFixture, summarize} from '../../helpers'

function sentences(text: string, kind: 'markdown' | 'plaintext'): string[] {
  const {tree} = readDocument(text, kind)
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children
          .filter((child): child is Sentence => child.type === 'SentenceNode')
          .map((sentence) => toString(sentence).replace(/\s+/g, ' ').trim())
      : []
  )
}

test('plain text: each line is its own paragraph, so a headline does not run into the next line', () => {
  const text = 'Harbour Deal Closes\nThe Price of Control\nNorthwind bought the port. It paid cash.'
  assert.deepEqual(sentences(text, 'plaintext'), [
    'Harbour Deal Closes',
    'The Price of Control',
    'Northwind bought the port.',
    'It paid cash.'
  ])
})

test('plain text: CRLF, lone CR and blank lines separate paragraphs the same way', () => {
  assert.deepEqual(sentences('One line\r\nTwo line\r\rThree line', 'plaintext'), ['One line', 'Two line', 'Three line'])
})

test('markdown: front matter, code, inline code, HTML comments and link targets are not prose', () => {
  const text = [
    '---',
    'title: was framed by nobody',
    '---',
    '',
    '# A headline',
    '',
    'Run `was controlled by code` and see [the docs](https://example.org/was-controlled-by "was framed by title").',
    '',
    '```',
    'the port was controlled by the code block',
    '```',
    '',
    '<!-- it was controlled by a comment -->',
    'Visit https://example.org/was-controlled-by today.'
  ].join('\n')
  const found = sentences(text, 'markdown')
  assert.deepEqual(found, ['A headline', 'Run and see the docs .', 'Visit today.'])
})

test('markdown: block quote markers, escapes and CRLF keep positions exact', () => {
  const text =
    '> The berths are all controlled by one group,\r\n> and the \\*tenants\\* are worried.\r\n\r\nThe deal is being framed as defence.'
  const findings = lintMarkdown(text)
  assert.ok(rangesHoldActual(text, findings))
  // The block quote is someone else's words, so only the writer's own passive is reported.
  assert.deepEqual(summarize(text, ofRule(findings, 'passive-voice')), ['4:10-4:25 passive-voice “is being framed”'])
})

test('markdown: headings and list items are separate paragraphs', () => {
  const text = '## Terms of the deal\n- The port is sold\n- The fees are raised\n'
  assert.deepEqual(sentences(text, 'markdown'), ['Terms of the deal', 'The port is sold', 'The fees are raised'])
})

test('positions stay exact after emoji, combining marks, tabs and right-to-left text', () => {
  const text =
    '🚢🚢 Ca\u0301fe\u0301\tשלום — the fees were raised by an unnamed party.\r\nThe port was controlled by 😀 traders.'
  const findings = lintPlain(text)
  assert.ok(rangesHoldActual(text, findings))
  assert.deepEqual(summarize(text, ofRule(findings, 'passive-voice')), [
    // An actor left unnamed is reported with its active rewrite, which spans the clause.
    '1:20-1:60 passive-voice “the fees were raised by an unnamed party”',
    // An agent that is not words ("by 😀 traders") gets no rewrite, only the verb group.
    '2:10-2:24 passive-voice “was controlled”'
  ])
})

test('the project fixture reads the same in Markdown and plain text', () => {
  const markdown = readFixture('articles/harbor-deal.md')
  const plain = readFixture('articles/harbor-deal.txt')
  const md = readDocument(markdown, 'markdown')
  const txt = readDocument(plain, 'plaintext')
  assert.equal(md.kind, 'markdown')
  assert.ok(md.blocks.length >= 7)
  assert.equal(txt.blocks.length, 6)
  // Links are citations the unsupported-claim rule can see.
  assert.equal(md.citations.length, 1)
  assert.equal(
    markdown.slice(md.citations[0].start, md.citations[0].end),
    '[berth schedule](https://example.org/berths "Schedule")'
  )
})
