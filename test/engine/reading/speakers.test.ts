import assert from 'node:assert/strict'
import {test} from 'node:test'
import {readDocument} from '../../../src/engine/index'
import {sentencesOf} from '../../../src/engine/reading/sentences'
import {articleSubjects, findSources, readName, type Source} from '../../../src/engine/reading/speakers'

/** The sources of a short text (every sentence read as body), as "name" or "name (description)". */
function sourcesOf(text: string): Source[] {
  const document = readDocument(text, 'plaintext')
  return findSources(document, sentencesOf(document.tree))
}

// Sentences written for these tests: who the clause rules must name, and who they must not.
const MUST_NAME: Array<[string, string[]]> = [
  ['John Smith, a spokesman for the Union, told reporters the strike would go ahead.', ['John Smith']],
  ['“We will not back down,” said Maria Lopez, the union’s president.', ['Maria Lopez']],
  ['The plan is unaffordable, according to the Harlow Institute.', ['Harlow Institute']],
  ['Senator Ruth Adeyemi tweeted that the vote was rigged.', ['Ruth Adeyemi']],
  ['In a statement, the Coastal Water Company wrote that prices would rise.', ['Coastal Water Company']],
  ['Apple said sales of its phones rose in March.', ['Apple']],
  ['Priya Nair, who studies ports at Kelby University, said the deal was risky.', ['Priya Nair']],
  ['Asked whether he would resign, Tom Becker said no.', ['Tom Becker']],
  ['A report by the Meridian Trust found that rents had doubled.', ['Meridian Trust']],
  ['The mayor, Ana Ruiz, said the budget was balanced.', ['Ana Ruiz']],
  ['Ruiz told the Daily Ledger that she would run again.', ['Ruiz']],
  ['Speaking on Tuesday, Interior Minister Karl Holm said the border would stay open.', ['Karl Holm']],
  ['Greenpeace warned that the coast was at risk.', ['Greenpeace']],
  ['“It is a disaster,” Okafor said.', ['Okafor']],
  ['Walmart and the Teamsters union said talks would resume in Chicago.', ['Walmart', 'Teamsters union']],
  ['Kasich’s chief strategist John Weaver said the campaign would go on.', ['John Weaver']]
]

const MUST_NOT_NAME: Array<[string, string]> = [
  ['Officials in the United States said the talks had stalled.', 'a place, or a part of one ("United")'],
  ['North Carolina officials said the roads were closed.', 'a two-word place is one place, not two organizations'],
  ['Patients taking Zolvara said the side effects were mild.', 'a drug is not a speaker'],
  ['Zolvara showed a 30% drop in symptoms in the trial.', 'a drug does not "find" or "show" as a report does'],
  ['Many economists say the tax is a mistake.', 'a vague source is the weasel rule’s, not a named voice'],
  ['However, the figures tell a different story.', '"However," opens a sentence; it names no one'],
  ['Christianity teaches forgiveness, the bishop said.', 'a faith is not a speaker'],
  ['Voters said they wanted lower taxes.', 'a common word that begins the sentence'],
  ['How does a company maintain its independence when one investor owns the servers?', 'a question, not a report'],
  ['Ohio Governor John Kasich has not announced the end of his campaign.', 'a denial of speech names no speaker']
]

for (const [sentence, expected] of MUST_NAME) {
  test(`speakers: names ${expected.join(' and ')} in “${sentence}”`, () => {
    assert.deepEqual(
      sourcesOf(sentence)
        .filter((source) => source.named)
        .map((source) => source.name),
      expected
    )
  })
}

for (const [sentence, why] of MUST_NOT_NAME) {
  test(`speakers: names no one in “${sentence}” (${why})`, () => {
    assert.deepEqual(
      sourcesOf(sentence)
        .filter((source) => source.named)
        .map((source) => source.name),
      []
    )
  })
}

test('speakers: the description and the organization beside a name are kept', () => {
  const [smith] = sourcesOf('John Smith, a spokesman for the Union, told reporters the strike would go ahead.')
  assert.equal(smith.description, 'a spokesman for the Union')
  const [holm] = sourcesOf('Speaking on Tuesday, Interior Minister Karl Holm said the border would stay open.')
  assert.equal(holm.description, 'Interior Minister')
  const [ruiz] = sourcesOf('The mayor, Ana Ruiz, said the budget was balanced.')
  assert.equal(ruiz.description, 'The mayor')
})

test('speakers: "she said" goes on with the last named speaker, and a following quotation is still hers', () => {
  const text =
    'Lena Brandt, an economist, said the fees would rise. She said the board had not asked her. “Nobody called,” she added. “Not once.”'
  const sources = sourcesOf(text)
  assert.deepEqual(
    sources.map((source) => source.name),
    ['Lena Brandt']
  )
  assert.equal(sources[0].sentences.length, 4)
  assert.equal(sources[0].quoted, true)
})

test('speakers: each sentence records its words and its quoted words', () => {
  const [source] = sourcesOf('“We will win,” said Maria Lopez.')
  assert.equal(source.sentences.length, 1)
  assert.equal(source.sentences[0].quotedWords, 3)
  assert.equal(source.sentences[0].words, 6)
})

test('speakers: an embedded post speaks for its author, named on its signature line', () => {
  const text =
    'The vote was close.\n\nThe result is a disgrace. pic.twitter.com/AbCdEf1234\n\n— Lina Hart (@linahart) May 2, 2025\n\nThe count ended at midnight.'
  const document = readDocument(text, 'plaintext')
  const sources = findSources(document, sentencesOf(document.tree))
  const hart = sources.find((source) => source.name === 'Lina Hart')
  assert.ok(hart, JSON.stringify(sources.map((source) => source.name)))
  assert.equal(hart.quoted, true)
  assert.equal(hart.description, '@linahart')
})

test('speakers: readName splits titles, knows places and organizations', () => {
  assert.deepEqual(readName(['U.S.', 'Rep.', 'Jared', 'Huffman']).name, 'Jared Huffman')
  assert.equal(readName(['United', 'States']).notAParty, true)
  assert.equal(readName(['North', 'Carolina']).notAParty, true)
  assert.equal(readName(['Harlow', 'Institute']).kind, 'organization')
  assert.equal(readName(['Port', 'of', 'Kelby']).kind, 'organization')
  assert.equal(readName(['Muslims']).notAParty, true)
})

test('speakers: the subjects come from the headline and the names the article returns to, never places or faiths', () => {
  const text = [
    'Harlow Water Company raises prices in the United States',
    'Harlow Water Company said on Monday that it would raise prices by 8%. The company said the rise was needed to repair pipes.',
    'Customers in the United States and in Texas will pay more from July. Harlow Water Company has raised prices twice since 2020.',
    'Mara Lind, a consumer advocate, said the rise was unfair. Muslims and Christians in the city were not asked, Lind said.'
  ].join('\n\n')
  const document = readDocument(text, 'plaintext')
  const [headline, ...body] = sentencesOf(document.tree)
  const subjects = articleSubjects(body, [headline])
  assert.deepEqual(
    subjects.map((subject) => subject.name),
    ['Harlow Water Company']
  )
  const sources = findSources(document, body, subjects)
  const lind = sources.find((source) => source.name === 'Mara Lind')!
  assert.equal(lind.side, 'opponent')
  assert.match(lind.sideReason, /unfair/)
  const company = sources.find((source) => source.name === 'Harlow Water Company')!
  assert.equal(company.side, 'principal')
  assert.ok(sources.every((source) => !/United|States|Texas|Muslims|Christians/.test(source.name)))
})
