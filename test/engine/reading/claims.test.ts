import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {analyzeClaims, attributionAfter, type SentenceClaims} from '../../../src/engine/reading/claims'

/** Each sentence as `supported|unsupported|no claim: first words`, for compact assertions. */
function read(text: string, attributionBefore?: boolean): string[] {
  const document = readDocument(text, 'plaintext')
  return analyzeClaims(document.tree, document, undefined, attributionBefore).map((claims) => describe(text, claims))
}

function describe(text: string, {sentence, signals, supported}: SentenceClaims): string {
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).slice(0, 3).join(' ')
  return `${signals.length === 0 ? 'no claim' : supported ? 'supported' : 'unsupported'}: ${words}`
}

/** The words of the claims the analysis would report, supported or not. */
function signalsOf(text: string): string[] {
  const document = readDocument(text, 'plaintext')
  return analyzeClaims(document.tree, document).flatMap(({sentence, signals}) =>
    signals.map((signal) => text.slice(sentence.tokens[signal.first].start, sentence.tokens[signal.last].end))
  )
}

test('claims: an attribution reaches the rest of its paragraph', () => {
  assert.deepEqual(read('The harbour board said traffic rose 4% last year. Container volumes hit 3 million boxes. Rents doubled.'), [
    'supported: The harbour board',
    'supported: Container volumes hit',
    'supported: Rents doubled.'
  ])
})

test('claims: the writer’s own framing ends the account: an opener, a question, the writer in person, a verdict', () => {
  for (const framing of [
    'But the port is now the busiest on the coast.',
    'Is it any wonder that 40 ships left?',
    'I think 40 ships have left since.',
    'The result was predictable. Some 40 ships left.'
  ]) {
    const claims = read(`The pilots’ union said fees were too high. ${framing}`)
    assert.equal(claims[claims.length - 1].split(':')[0], 'unsupported', framing)
  }
})

test('claims: a question or exclamation inside a quotation is not the writer’s', () => {
  assert.deepEqual(read('The mayor said the port was “a disgrace!” Fees rose 12% in a year.'), ['no claim: The mayor said', 'supported: Fees rose 12%'])
})

test('claims: an account carries into a paragraph that opens by continuing it', () => {
  for (const opening of [
    'She also expects 40 ships to leave by March.',
    'The agency plans to spend $40 million on dredging.',
    'According to the same survey, 40 ships left.',
    'Also, 40 ships left the port in March.'
  ]) {
    const claims = read(`Okafor, who heads the harbour agency, said the survey showed falling trade.\n\n${opening}`)
    assert.equal(claims[1].split(':')[0], 'supported', opening)
  }
})

test('claims: a new paragraph that does not continue the account is the writer’s', () => {
  assert.deepEqual(read('Okafor said the plan was sound.\n\nFees have doubled since 2019.'), ['no claim: Okafor said the', 'unsupported: Fees have doubled'])
  assert.deepEqual(read('Okafor said the plan was sound.\n\nIt is the busiest port on the coast.'), ['no claim: Okafor said the', 'unsupported: It is the'])
})

test('claims: an attribution from the part before carries over, and the analysis says whether one holds at its end', () => {
  assert.deepEqual(read('She also expects 40 ships to leave.', true), ['supported: She also expects'])
  assert.deepEqual(read('She also expects 40 ships to leave.', false), ['unsupported: She also expects'])
  const document = readDocument('Okafor said the plan was sound. Fees will rise.', 'plaintext')
  assert.equal(attributionAfter(analyzeClaims(document.tree, document)), true)
  const framed = readDocument('Okafor said the plan was sound. But is it?', 'plaintext')
  assert.equal(attributionAfter(analyzeClaims(framed.tree, framed)), false)
})

test('claims: a subject that is its own source: a body reporting, publishing its record, a document’s terms', () => {
  for (const sentence of [
    'The company reported revenue of $4 billion.',
    'Gartner estimates the market will reach $90 billion.',
    'The port authority released about 3,000 emails on Friday.',
    'The bill would raise $2 billion over a decade.',
    'The budget sets aside $40 million for dredging.',
    'The harbour master flatly denied that 40 ships had left.',
    'The mayor criticised the plan, saying it would cost $2 billion.',
    'Traffic rose 12% last year, notes the harbour board.'
  ]) {
    assert.equal(read(sentence)[0].split(':')[0], 'supported', sentence)
  }
})

test('claims: what is not a source: an abstraction, a relative clause, a noun the tagger reads, a writer’s concession', () => {
  for (const sentence of [
    'History shows that 90 percent of such deals fail.',
    'The number the ministry cited seems low, considering 40 ships docked on Monday.',
    'Kelby is a predominantly blue state with 40 ports.',
    'The port released 1,200 workers on Friday.',
    'The deal is worth $4 billion.'
  ]) {
    assert.equal(read(sentence)[0].split(':')[0], 'unsupported', sentence)
  }
  // The report covers the first clause; the concession is the writer's own.
  const document = readDocument('Okafor said the port had lost 40 ships, although fees rose 12% in the same year.', 'plaintext')
  const [claims] = analyzeClaims(document.tree, document)
  assert.equal(claims.supported, false)
  assert.deepEqual(claims.signals.map((signal) => claims.sentence.tokens[signal.first].text), ['12'])
})

test('claims: ages, dates, years, codes, thresholds and small crowds seen by the reporter are not figures', () => {
  assert.deepEqual(
    signalsOf(
      [
        'Ortiz, 58, has run the port since 2015.',
        'The pilot, Amara Diallo, 34 — a veteran — took the helm.',
        'The ship docked on Aug. 25 after a storm.',
        'In 627, the town was founded.',
        'The charity is a 501(c)(3) group.',
        'He needs the 218 votes required to pass the bill.',
        'Dozens of residents gathered outside the harbour office on Monday.',
        'About 50 people turned out for the vigil.'
      ].join(' ')
    ),
    []
  )
  assert.deepEqual(signalsOf('Thousands of residents gathered outside the harbour office. About 50 ships turned out for the regatta.'), ['Thousands', '50'])
})

test('claims: forecasts are of quantities', () => {
  assert.deepEqual(signalsOf('Traffic is expected to be heavy on Monday.'), [])
  assert.deepEqual(signalsOf('Speakers expected to attend include the mayor.'), [])
  assert.deepEqual(signalsOf('Traffic is expected to double by 2030.'), ['expected to double'])
  assert.deepEqual(signalsOf('The fleet is expected to number more than 40 ships.'), ['expected to number more than 40'])
})

test('claims: superlatives measured against a record, and those that claim none', () => {
  assert.deepEqual(signalsOf('It was the most chaotic week in the port’s history.'), ['the most chaotic week in the port’s history'])
  assert.deepEqual(signalsOf('These were the worst storms the coast has seen in decades.'), ['the worst storms the coast has seen in decades'])
  assert.deepEqual(signalsOf('Kelby wasn’t the only port to close.'), [])
  assert.deepEqual(signalsOf('Her song was the first thing the crew heard after docking.'), [])
  assert.deepEqual(signalsOf('Okafor, the highest-ranking of the four pilots, spoke first.'), [])
  assert.deepEqual(signalsOf('Diallo is the largest of the three bidders.'), [])
})

test('claims: sweeping absolutes and comparisons of counts, not hedged or routine ones', () => {
  assert.deepEqual(signalsOf('The harbour board always sides with the shipping lines.'), ['always'])
  assert.deepEqual(signalsOf('In every instance, the fees went up.'), ['every instance'])
  assert.deepEqual(signalsOf('More ships dock at Tarlow than at Kelby.'), ['More ships'])
  assert.deepEqual(
    signalsOf(
      [
        'The ferry is not always on time.',
        'Almost every berth was full.',
        'The ferry leaves every day at noon.',
        'Everyone should wear a life jacket.',
        'The new crane changes everything.',
        'The port has more cranes than a forest has trees.',
        'I always believed the port would grow.'
      ].join(' ')
    ),
    []
  )
})

test('claims: a claim in someone’s view, not the writer’s', () => {
  assert.deepEqual(signalsOf('He dismissed the idea that Kelby is the busiest port on the coast.'), [])
})

test('claims: prose in another language makes no English claims', () => {
  const text = 'Pelabuhan itu menerima 40 kapal pada bulan lepas dan jumlah itu dijangka meningkat. Pegawai pelabuhan berkata kadar sewa akan naik kepada 12 peratus menjelang tahun depan.'
  assert.deepEqual(signalsOf(text), [])
})
