import assert from 'node:assert/strict'
import {test} from 'node:test'
import {
  BALANCE_SCALE,
  BALANCE_WEIGHTS,
  balanceFromLint,
  balanceToMarkdown,
  lintText,
  scaledScore,
  scoreBalance,
  type BalanceReport
} from '../../../src/engine/index'
import {readFixture, readShared} from '../../helpers'

const component = (report: BalanceReport, id: string) => report.components.find((entry) => entry.id === id)!

test("balance: the weights sum to 1 and the score is their weighted sum on the editors' scale", () => {
  const report = scoreBalance(readFixture('articles/harbor-deal.md'), {kind: 'markdown'})
  assert.equal(Math.round(Object.values(BALANCE_WEIGHTS).reduce((total, weight) => total + weight, 0) * 1000), 1000)
  const weighted = report.components.reduce((total, entry) => total + entry.weight * entry.score, 0)
  assert.equal(report.score, scaledScore(weighted))
  assert.equal(
    scaledScore(weighted),
    Math.round(
      100 * Math.max(0, Math.min(1, (weighted - BALANCE_SCALE.low) / (BALANCE_SCALE.high - BALANCE_SCALE.low)))
    )
  )
  for (const entry of report.components) {
    assert.ok(entry.score >= 0 && entry.score <= 1, entry.id)
    assert.equal(entry.weight, BALANCE_WEIGHTS[entry.id])
  }
})

test('balance: the balanced rewrite scores clearly higher than the one-sided article', () => {
  const oneSided = scoreBalance(readFixture('articles/harbor-deal.md'), {kind: 'markdown'})
  const balanced = scoreBalance(readFixture('articles/harbor-deal-balanced.md'), {kind: 'markdown'})
  assert.ok(oneSided.score < 40, `one-sided scored ${oneSided.score}`)
  assert.ok(balanced.score >= 70, `balanced scored ${balanced.score}`)
  assert.ok(balanced.score - oneSided.score >= 30)
  assert.equal(balanced.verdict, 'Balanced')
  // The rewrite names an outside voice who disputes the deal, and sources its figures.
  assert.ok(balanced.sources.some((source) => source.name === 'Lena Brandt' && source.side === 'independent'))
  assert.ok(
    balanced.sources.some(
      (source) => source.name === 'Mara Okafor' && source.side === 'principal' && /Northwind/.test(source.sideReason)
    )
  )
  assert.equal(component(balanced, 'counter-perspective').score, 1)
  assert.equal(component(balanced, 'attribution').score, 1)
})

test('balance: every piece of evidence points at its own text', () => {
  const text = readFixture('articles/harbor-deal.md')
  const report = scoreBalance(text, {kind: 'markdown'})
  for (const entry of report.components) {
    for (const item of entry.evidence) assert.equal(text.slice(item.span.start, item.span.end), item.text, entry.id)
  }
})

test('balance: an article with no sources, claims or opinions is scored without dividing by zero', () => {
  const empty = scoreBalance('', {kind: 'plaintext'})
  assert.ok(Number.isFinite(empty.score))
  assert.equal(empty.words, 0)
  const plain = scoreBalance('The ferry leaves at noon.', {kind: 'plaintext'})
  assert.ok(Number.isFinite(plain.score))
})

const seed = readShared('fixtures/seed-article.txt')

test('balance: the seed article scores at or below 45, for the reasons an editor gives', {
  skip: seed === undefined ? 'the seed article is not in ../shared/fixtures' : false
}, () => {
  const report = scoreBalance(seed!, {kind: 'plaintext'})
  assert.ok(report.score <= 45, `scored ${report.score}`)
  // Only the two chief executives are quoted, both for the deal's own side.
  assert.deepEqual(
    report.sources.filter((source) => source.named).map((source) => [source.name, source.side]),
    [
      ['Andy Jassy', 'principal'],
      ['Dario Amodei', 'principal']
    ]
  )
  assert.deepEqual([...report.subjects].sort(), ['Amazon', 'Anthropic'])
  assert.match(
    component(report, 'voices').detail,
    /all from the subjects’ own side \((Anthropic and Amazon|Amazon and Anthropic)\)/
  )
  assert.equal(component(report, 'counter-perspective').score, 0)
  assert.ok(
    component(report, 'attribution').evidence.some((item) =>
      item.text.includes('estimated to reach trillions of dollars')
    )
  )
  assert.ok(component(report, 'loaded-language').evidence.some((item) => item.text === 'empire'))
  assert.match(report.nextSteps.join(' '), /Quote someone outside (Anthropic and Amazon|Amazon and Anthropic)/)
  // The summary gives the reasons: loaded wording, only the subjects' own voices, unsourced claims.
  assert.match(report.summary, /loaded words/)
  assert.match(report.summary, /all from the subjects’ own side/)
  assert.match(report.summary, /sentences with a checkable claim carry a source/)
})

test('balance: improving any component never lowers the score (weights at zero or above, a rising scale)', () => {
  const ids = Object.keys(BALANCE_WEIGHTS) as Array<keyof typeof BALANCE_WEIGHTS>
  for (const id of ids) assert.ok(BALANCE_WEIGHTS[id] >= 0, id)
  let seedValue = 7
  const random = () => (seedValue = (seedValue * 16807) % 2147483647) / 2147483647
  for (let trial = 0; trial < 500; trial++) {
    const scores = Object.fromEntries(ids.map((id) => [id, random()])) as Record<string, number>
    const sum = (values: Record<string, number>) =>
      ids.reduce((total, id) => total + BALANCE_WEIGHTS[id] * values[id], 0)
    const better = {...scores, [ids[trial % ids.length]]: Math.min(1, scores[ids[trial % ids.length]] + random() / 2)}
    assert.ok(scaledScore(sum(better)) >= scaledScore(sum(scores)))
  }
})

test('balance: length alone does not move the score (the same article twice over scores the same, within a few points)', () => {
  const text = readFixture('articles/straight-news-two-sides.md')
  const once = scoreBalance(text, {kind: 'markdown'})
  const body = text.split('\n').slice(1).join('\n')
  const twice = scoreBalance(`${text}\n${body}`, {kind: 'markdown'})
  assert.ok(Math.abs(once.score - twice.score) <= 5, `${once.score} against ${twice.score}`)
})

test('balance: a straight news story with two sides quoted scores as fair reporting, with both sides named and why', () => {
  const report = scoreBalance(readFixture('articles/straight-news-two-sides.md'), {kind: 'markdown'})
  assert.ok(report.score >= 60, `scored ${report.score}`)
  const side = (name: string) => report.sources.find((source) => source.name === name)
  assert.equal(side('Ines Carvalho')?.side, 'principal')
  assert.equal(side('Tomasz Wren')?.side, 'opponent')
  assert.match(side('Tomasz Wren')!.sideReason, /oppose/)
  assert.equal(side('Priya Anand')?.side, 'independent')
  assert.equal(component(report, 'counter-perspective').score, 1)
  assert.ok(report.score > scoreBalance(readFixture('articles/harbor-deal.md'), {kind: 'markdown'}).score + 30)
})

test('balance: a feature with no criticism is not told to seek a response from anyone', () => {
  const report = scoreBalance(readFixture('articles/feature-no-criticism.md'), {kind: 'markdown'})
  assert.ok(
    report.nextSteps.every((step) => !/respond|response|declined/i.test(step)),
    report.nextSteps.join(' | ')
  )
  assert.ok(report.score >= 50, `scored ${report.score}`)
  assert.ok(report.sources.some((source) => source.name === 'Nadia Osei' && source.side === 'principal'))
})

test('balance: an embedded post is its author’s voice, not the writer’s, and its author is listed', () => {
  const text = readFixture('articles/embedded-tweet.md')
  const report = scoreBalance(text, {kind: 'markdown'})
  const ellery = report.sources.find((source) => source.name === 'Ruth Ellery')
  assert.ok(ellery, JSON.stringify(report.sources.map((source) => source.name)))
  assert.equal(ellery.quoted, true)
  const tweet = text.indexOf('This is a disgrace')
  const tweetEnd = text.indexOf('(@RuthElleryPenmor)')
  for (const entry of report.components.filter((item) =>
    ['loaded-language', 'writer-voice', 'camps'].includes(item.id)
  )) {
    assert.ok(
      entry.evidence.every((item) => item.span.end <= tweet || item.span.start >= tweetEnd),
      `${entry.id} counts the tweet`
    )
  }
  // The tweet's "Utterly shameful!" is its author's exclamation, not the writer's.
  assert.ok(component(report, 'writer-voice').evidence.every((item) => item.text !== '!'))
  assert.ok(report.sources.some((source) => source.name === 'Colin Marr' && source.side === 'principal'))
})

test('balance: the voices list says who speaks, how much, and where', () => {
  const text = readFixture('articles/harbor-deal-balanced.md')
  const report = scoreBalance(text, {kind: 'markdown'})
  const brandt = report.sources.find((source) => source.name === 'Lena Brandt')!
  assert.equal(brandt.speech, 'quoted and paraphrased')
  assert.equal(brandt.sentences, brandt.spans.length)
  assert.ok(brandt.words >= brandt.quotedWords && brandt.quotedWords > 0)
  assert.match(brandt.description, /economist/)
  for (const source of report.sources)
    for (const span of source.spans) assert.ok(text.slice(span.start, span.end).length > 0)
  // Most heard first.
  for (let index = 1; index < report.sources.length; index++)
    assert.ok(report.sources[index - 1].words >= report.sources[index].words)
})

test('balance: next steps name parties, never a place or a faith', () => {
  const text = [
    '# Harlow Water Company raises prices across the United States',
    '',
    'Harlow Water Company said on Monday that it would raise prices in Texas and North Carolina by a disgraceful 8%. The company said the rise was needed.',
    '',
    'Critics say the liberals in charge of Harlow Water Company betrayed Christians and Muslims alike. Harlow Water Company has raised prices before.'
  ].join('\n')
  const report = scoreBalance(text, {kind: 'markdown'})
  for (const step of report.nextSteps)
    assert.doesNotMatch(step, /United|States|Texas|Carolina|Christian|Muslim|Islam/, step)
  assert.match(report.nextSteps.join(' '), /Harlow Water Company/)
})

// Written for these tests: a short local story in English, and the same in Spanish.
const PORT_STORY = [
  'Port raises fees as ferry crews threaten strike',
  '',
  'The harbour board voted on Monday to raise docking fees by a fifth, and the ferry crews said they would walk out in the spring if the increase went ahead.',
  '',
  '"We were not consulted at any point," said Maria Lopez, who chairs the union branch. The board chair, Tom Reid, said the fees had not changed in ten years and the port needed the money for repairs.',
  '',
  'Island residents said they feared the cost would be passed on to passengers.'
].join('\n')
const SPANISH_STORY = [
  'El puerto sube las tarifas',
  '',
  'La junta del puerto aprobó el lunes una subida de las tarifas de atraque, y el sindicato de las tripulaciones anunció una huelga para la primavera.',
  '',
  '"No nos consultaron en ningún momento", dijo María López, que preside la sección sindical. El presidente de la junta, Tomás Reid, dijo que las tarifas no habían cambiado en diez años.',
  '',
  'Los vecinos de la isla dijeron que temían que el coste se trasladara a los pasajeros.'
].join('\n')

test('balance: an article in another language is not scored, and says why instead of “No one is quoted”', () => {
  const report = scoreBalance(SPANISH_STORY, {kind: 'plaintext'})
  assert.equal(report.reading.scored, false)
  assert.equal(report.verdict, 'Not scored')
  assert.match(report.summary, /not in English/)
  assert.doesNotMatch(report.summary, /\d+\/100/)
  assert.deepEqual(report.nextSteps, [])
  assert.equal(report.reading.unreadShare, 1)
})

test('balance: an article with a part in another language is scored on the rest, and says which share it read', () => {
  const spanish = SPANISH_STORY.split('\n')[2]
  const report = scoreBalance(`${PORT_STORY}\n\n${spanish}`, {kind: 'plaintext'})
  assert.equal(report.reading.scored, true)
  assert.notEqual(report.verdict, 'Not scored')
  assert.equal(report.reading.unread.length, 1)
  const read = 100 - Math.round(report.reading.unreadShare * 100)
  assert.ok(report.reading.note?.includes(`Scored on the ${read}% of the article in English`), report.reading.note)
  // The score of the English part is the score without the Spanish paragraph.
  assert.equal(report.score, scoreBalance(PORT_STORY, {kind: 'plaintext'}).score)
})

test('balance: an English article is read whole: scored, with no note', () => {
  const report = scoreBalance(PORT_STORY, {kind: 'plaintext'})
  assert.equal(report.reading.scored, true)
  assert.equal(report.reading.note, undefined)
  assert.equal(report.reading.unreadWords, 0)
})

test('balance: an empty or nearly empty article is too short to score, and gets no advice', () => {
  for (const text of ['', 'Draft', 'Council meets on Monday.\n\nMore later.']) {
    const report = scoreBalance(text, {kind: 'plaintext'})
    assert.equal(report.reading.scored, false, text)
    assert.match(report.summary, /^Not scored: the article has (no words|\d+ words?) to read/)
    assert.deepEqual(report.nextSteps, [])
  }
})

test('balance: the Markdown export of an article not scored gives the reason, not a score or components', () => {
  const lint = lintText(SPANISH_STORY, {kind: 'plaintext'})
  const markdown = balanceToMarkdown(balanceFromLint(lint), 'historia.txt', lint.document.lines)
  assert.match(markdown, /^# Balance report: historia\.txt\n\n\*\*Not scored:\*\* the article is not in English/)
  assert.doesNotMatch(markdown, /\/100|## Named voices|No one is quoted/)
  const spanish = SPANISH_STORY.split('\n')[2]
  const part = lintText(`${PORT_STORY}\n\n${spanish}`, {kind: 'plaintext'})
  const partly = balanceToMarkdown(balanceFromLint(part), 'port.txt', part.document.lines)
  assert.match(
    partly,
    /\n\*Scored on the \d+% of the article in English: 1 paragraph \\\(\d+% of its words\\\) is not in English and was not read\.\*\n\nNot in English: line 9\.\n\n\| component/
  )
})
