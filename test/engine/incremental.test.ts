import assert from 'node:assert/strict'
import {test} from 'node:test'
import {IncrementalLinter, lintText, type DocumentKind} from '../../src/engine/index'
import {readFixture, readShared} from '../helpers'

const articles: Array<[string, string | undefined, DocumentKind]> = [
  ['harbor-deal.md', readFixture('articles/harbor-deal.md'), 'markdown'],
  ['harbor-deal.txt', readFixture('articles/harbor-deal.txt'), 'plaintext'],
  ['harbor-deal-balanced.md', readFixture('articles/harbor-deal-balanced.md'), 'markdown'],
  ['seed-article.txt', readShared('fixtures/seed-article.txt'), 'plaintext']
]

for (const [name, text, kind] of articles) {
  test(`incremental lint equals a full lint: ${name}`, {
    skip: text === undefined ? 'not on this machine' : false
  }, () => {
    const linter = new IncrementalLinter()
    assert.deepEqual(linter.lint(text!, {kind}).findings, lintText(text!, {kind}).findings)
  })

  test(`incremental lint after edits re-lints only what changed and still equals a full lint: ${name}`, {
    skip: text === undefined ? 'not on this machine' : false
  }, () => {
    const linter = new IncrementalLinter()
    const first = linter.lint(text!, {kind})
    assert.equal(first.linted, first.chunks)
    // Type a word into the middle, then delete a line, then add a paragraph at the end.
    const middle = text!.indexOf('.', Math.floor(text!.length / 2))
    const edits = [
      text!.slice(0, middle) + ' Many believe it' + text!.slice(middle),
      text!.replace(/\n[^\n]*\n/, '\n'),
      `${text!}\n\nThe market is estimated to reach trillions of dollars.\n`
    ]
    for (const edited of edits) {
      const result = linter.lint(edited, {kind})
      assert.ok(result.linted <= 3, `re-linted ${result.linted} of ${result.chunks} chunks`)
      assert.deepEqual(result.findings, lintText(edited, {kind}).findings)
    }
  })
}

test('incremental lint: fenced code with blank lines, front matter and directives across chunks', () => {
  const text = [
    '---',
    'title: x',
    '',
    'note: was framed by nobody',
    '---',
    '',
    '```',
    'the port was controlled by the code',
    '',
    'fees were raised by code',
    '```',
    '',
    '<!-- editorial-review-disable passive-voice -->',
    '',
    'Fees were raised by the board.',
    '',
    '<!-- editorial-review-enable passive-voice -->',
    '',
    'The berths were leased.',
    '',
    '<!--',
    '',
    'was framed in a comment',
    '-->'
  ].join('\n')
  const full = lintText(text, {kind: 'markdown'}).findings
  assert.deepEqual(new IncrementalLinter().lint(text, {kind: 'markdown'}).findings, full)
  assert.deepEqual(
    full.map((finding) => finding.actual),
    ['were leased']
  )
})

test('incremental lint: a changed config invalidates the cache', () => {
  const linter = new IncrementalLinter()
  const text = 'The fees were raised.'
  assert.equal(linter.lint(text, {kind: 'plaintext'}).findings.length, 1)
  const off = linter.lint(text, {
    kind: 'plaintext',
    config: {rules: {'passive-voice': 'off'}, categories: {}, allow: [], ignore: [], ignoredFindings: []}
  })
  assert.equal(off.findings.length, 0)
  assert.equal(off.linted, 1)
})

test('incremental lint: the same text read as another kind is read afresh, headlines included', () => {
  // A "#" line is a Markdown heading (its figure is a headline's) but a line of prose in plain text.
  const text = '# Port handled 40 ships\n\nThe port handled 40 ships last year.\n\n## Notes\n\nCrews worked 12 shifts.'
  const linter = new IncrementalLinter()
  for (const kind of ['plaintext', 'markdown', 'plaintext'] as const) {
    const whole = lintText(text, {kind}).findings.map((finding) => `${finding.ruleId}:${finding.actual}`)
    const parts = linter.lint(text, {kind}).findings.map((finding) => `${finding.ruleId}:${finding.actual}`)
    assert.deepEqual(parts, whole, kind)
  }
})

test('incremental lint: voices that span paragraphs read the same in parts as whole', () => {
  // Made up: a quotation carried to a later close, a block quotation after "said:", an interview, posts.
  const text = [
    'Town hall erupts over the shocking closure',
    'The pastor spoke for ten minutes.',
    '“We were told on Friday that the doors would close. Nobody asked us.',
    'Obviously this is a disgrace, and the council lied to us.',
    'And now they want us gone because the land is worth more …” he said.',
    'The agent in charge of the regional office said:',
    'We must focus on the facts. Clearly we cannot chase every ridiculous rumor.',
    'We will never stop, and I promise you we will be right.',
    'Critics say the agency is failing. This interview has been edited for length.',
    'Q: Why are the trains always late?',
    'Honestly, I think the signals are a disgrace. Everyone knows it.',
    'Q: When will riders notice?',
    'By next spring, obviously. It is the best plan we have ever had.',
    'The singer called the news “awful” and asked fans to “stay safe.”',
    'Awful news from my hometown tonight. Obviously everyone must stay safe!',
    'The council will surely vote again on Tuesday.'
  ].join('\n')
  const full = lintText(text, {kind: 'plaintext'}).findings
  const linter = new IncrementalLinter()
  assert.deepEqual(linter.lint(text, {kind: 'plaintext'}).findings, full)
  // Nothing is flagged in the other voices: only the writer's own lines.
  const writer = ['Town hall', 'Critics say', 'The council will surely', 'The pastor spoke', 'The singer']
  for (const finding of full) {
    const line = text.slice(text.lastIndexOf('\n', finding.span.start) + 1)
    assert.ok(
      writer.some((start) => line.startsWith(start)),
      `flagged in another voice: ${finding.actual}`
    )
  }
  // Edits that open and close the voices: each equals a whole lint.
  const edits = [
    text.replace(' …” he said.', '. He left.'),
    text.replace('The agent in charge of the regional office said:', 'The agent in charge spoke.'),
    text.replace('Q: When will riders notice?', 'When will riders notice?'),
    text.replace('stay safe.”', 'be careful.”')
  ]
  for (const edited of edits)
    assert.deepEqual(linter.lint(edited, {kind: 'plaintext'}).findings, lintText(edited, {kind: 'plaintext'}).findings)
})

test('incremental lint: a word that opens its paragraph reads the same after a line of symbols as on its own', () => {
  // Whether a listed word opens an aside ("Hype?") was read from the raw text before it, across the line break.
  for (const text of [
    '# \nhype? ',
    '#\nShamefully, the report was late.',
    '* * *\nConveniently, the report was late.'
  ]) {
    const full = lintText(text, {kind: 'plaintext'}).findings
    const linter = new IncrementalLinter()
    assert.deepEqual(linter.lint(text, {kind: 'plaintext'}).findings, full, text)
    assert.ok(full.length > 0, text)
  }
})
