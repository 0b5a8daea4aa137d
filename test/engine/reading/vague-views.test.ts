import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {readDocument} from '../../../src/engine/reading/document'
import {sentencesOf} from '../../../src/engine/reading/sentences'
import {readVagueViews, type VagueView, vagueViewsShownByDefault} from '../../../src/engine/reading/vague-views'
import {lintPlain, ofRule} from '../../helpers'

interface Read {
  /** The text from the subject's first word to the verb's last. */
  actual: string
  view: VagueView
  /** The subject phrase alone, from its token indexes. */
  subject: string
  /** The verb alone, from the subject's end to the verb's last token. */
  verb: string
}

/** The vague views of every sentence of `text`, read as the engine's rules read them. */
function viewsIn(text: string, read = readVagueViews): Read[] {
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  const sentences = sentencesOf(document.tree)
  return sentences.flatMap((sentence, position) =>
    read(file, sentences, position).map((view) => {
      const {tokens} = sentence
      return {
        actual: text.slice(view.start, view.end),
        view,
        subject: text.slice(tokens[view.subject.first].start, tokens[view.subject.end].end),
        verb: text.slice(tokens[view.subject.end].end, tokens[view.verbEnd].end).trim()
      }
    })
  )
}

// Sentences written for these tests: a vague subject, the verb that gives it a view, and the subject's kind.
const ACCEPTS: Array<[string, string, VagueView['subject']['kind']]> = [
  ['Many believe the ferry will be cut.', 'Many believe', 'quantifier'],
  ['Few doubt the harbour will close.', 'Few doubt', 'quantifier'],
  ['Everyone knows that the harbour will close.', 'Everyone knows', 'quantifier'],
  ['Some on the council are convinced the plan will fail.', 'Some on the council are convinced', 'quantifier'],
  ['Critics took aim at the new tolls.', 'Critics took aim', 'holder'],
  ['Critics attack the toll plan.', 'Critics attack', 'holder'],
  ['Critics, however, say the tolls are unfair.', 'Critics, however, say', 'holder'],
  ['Observers note the timing of the sale.', 'Observers note', 'holder'],
  ['Her apologists now say the remarks were a joke.', 'Her apologists now say', 'holder'],
  ['Many an economist has warned about the debt.', 'Many an economist has warned', 'holder'],
  ['A number of analysts expect a sale.', 'A number of analysts expect', 'holder'],
  ['Wall Street watchers believe rates will rise.', 'Wall Street watchers believe', 'holder'],
  ['Party insiders read the vote as a warning.', 'Party insiders read', 'anonymous'],
  ['People familiar with the talks said a deal was close.', 'People familiar with the talks said', 'anonymous'],
  ['Officials said the bridge would reopen.', 'Officials said', 'officials'],
  ['Some voters fear a rise in fees.', 'Some voters fear', 'crowd']
]

// Sentences with a subject or a verb the reading refuses, and why.
const REFUSES: Array<[string, string]> = [
  ['Analysts at Harbor Bank say rates will fall.', 'a named body after "at" names the source'],
  ['Critics, including Senator Ana Ruiz, said the tolls were unfair.', 'an aside that names one of them'],
  ['Senator Roe and other critics argue the tolls are unfair.', '"other critics" after a name are named in part'],
  ['The critics named above said the same.', '"the" says they were named before'],
  ['Two economists said the plan was sound.', 'a number counts them'],
  ['Prosecutors said the ship was overloaded.', 'the story’s actors reporting what they said'],
  ['Locals attack the toll plan.', 'a stance verb gives a view only to those who hold views'],
  ['In a poll, 61 percent of residents said the fees were too high.', 'a counted share is a poll result'],
  ['The mayor told critics the plan would go ahead.', 'the object of a verb is not its subject'],
  ['Residents were urged to leave the island.', 'a passive gives no one a view'],
  ['Critics of the plan were concerned about the noise.', 'a feeling about a thing, not a settled view'],
  ['So many believe it that the council listened.', '"so many" is a degree'],
  ['Experts ensure that the beams are safe.', '"ensure that" reports no words or thoughts'],
  ['Everyone knows that feeling.', '"that feeling" is a thing known, not a clause'],
  ['For some reason the ferry was late.', 'no verb of view']
]

test('vague views: a vague or collective subject with a verb of saying, believing or judging', () => {
  for (const [text, actual, kind] of ACCEPTS) {
    const views = viewsIn(text)
    assert.deepEqual(
      views.map((read) => [read.actual, read.view.subject.kind]),
      [[actual, kind]],
      text
    )
  }
})

test('vague views: subjects and verbs the reading refuses', () => {
  for (const [text, why] of REFUSES) assert.deepEqual(viewsIn(text), [], `${text} (${why})`)
})

test('vague views: the parts a rewrite needs (the subject phrase, the verb, singular, relative, possessive)', () => {
  const [aside] = viewsIn('Critics, however, say the tolls are unfair.')
  assert.equal(aside.subject, 'Critics')
  assert.equal(aside.verb, ', however, say')
  const [phrase] = viewsIn('Critics took aim at the new tolls.')
  assert.equal(phrase.verb, 'took aim')
  const [narrowed] = viewsIn('People familiar with the talks said a deal was close.')
  assert.equal(narrowed.subject, 'People familiar with the talks')
  assert.equal(narrowed.verb, 'said')
  const [singular] = viewsIn('Many an economist has warned about the debt.')
  assert.equal(singular.view.subject.singular, true)
  assert.equal(singular.view.subject.quantified, true)
  assert.equal(viewsIn('Everyone knows that the harbour will close.')[0].view.subject.singular, true)
  assert.equal(viewsIn('Many believe the ferry will be cut.')[0].view.subject.singular, false)
  const [relative] = viewsIn('Critics who say the tolls are unfair have a point.')
  assert.equal(relative.actual, 'Critics who say')
  assert.equal(relative.view.subject.relative, true)
  assert.equal(viewsIn('Her apologists now say the remarks were a joke.')[0].view.subject.possessive, true)
})

test('vague views: confidence follows how vague the subject is and what surrounds it', () => {
  const confidence = (text: string) => viewsIn(text)[0]?.view.confidence
  // A quantifier or a holder of views is vaguer than officials, whom news names by office.
  assert.ok(confidence('Many believe the ferry will be cut.')! > confidence('Officials said the bridge would reopen.')!)
  // A vague quantity makes holders vaguer still; a possessive or a relative clause ties them to someone.
  assert.ok(confidence('Some critics argue the plan is rushed.')! > confidence('Critics argue the plan is rushed.')!)
  assert.ok(confidence('Critics argue the plan is rushed.')! > confidence('Her apologists argue the plan is rushed.')!)
  // A named institution narrows the officials; a named voice quoted next gives the crowd a face.
  assert.ok(
    confidence('Officials said the bridge would reopen.')! >
      confidence('Harbor Authority officials said the bridge would reopen.')!
  )
  assert.ok(
    confidence('Some critics argue the plan is rushed.')! >
      confidence('Some critics argue the plan is rushed. “It is a mess,” said Ana Ruiz, a councillor.')!
  )
})

test('vague views: those shown by default are the ones at the balanced threshold or above', () => {
  const shown = (text: string) => viewsIn(text, vagueViewsShownByDefault).map((read) => read.actual)
  assert.deepEqual(shown('Officials said the bridge would reopen.'), ['Officials said'])
  assert.equal(viewsIn('Harbor Authority officials said the bridge would reopen.').length, 1)
  assert.deepEqual(shown('Harbor Authority officials said the bridge would reopen.'), [])
  assert.deepEqual(shown('Many expect a sale, and some economists warn of a slump.'), [
    'Many expect',
    'some economists warn'
  ])
})

test('vague views: a named institution or a party that opens the sentence is read as it is inside one', () => {
  const confidence = (text: string) => viewsIn(text)[0]?.view.confidence
  // "Harbour officials" at the start narrows the officials as "the Harbour officials" would; "Senior officials" does not.
  assert.equal(confidence('Harbour officials said the bridge would reopen.'), 0.45)
  assert.equal(confidence('Northwind officials said the bridge would reopen.'), 0.45)
  assert.equal(confidence('Senior officials said the bridge would reopen.'), 0.55)
  // A word the article writes in lower case is no name.
  assert.equal(confidence('Government officials said the bridge would reopen. The government did not comment.'), 0.55)
  // A party named by its members is an actor, not a crowd.
  assert.equal(viewsIn('Democrats condemned the tolls on Monday.')[0]?.view.subject.kind, 'agent')
  assert.equal(viewsIn('Voters condemned the tolls on Monday.')[0]?.view.subject.kind, 'crowd')
})

test('vague views: a judging verb with no object is a participle ("residents accused of trespassing"), not a view', () => {
  const shown = (text: string) => ofRule(lintPlain(text), 'weasel').map((finding) => finding.actual)
  assert.deepEqual(shown('Residents accused of trespassing were fined.'), [])
  assert.deepEqual(shown('Tenants blamed for the fire were later cleared.'), [])
  assert.deepEqual(shown('Critics accused the mayor of lying.'), ['Critics accused'])
})

test('vague views: a crowd that told a named outlet is sourced by the outlet (thorough only)', () => {
  const confidences = (text: string) => viewsIn(text).map(({view}) => view.confidence)
  assert.ok(confidences('Several lawmakers told The Kelby Courier they feared the new berths.').every((c) => c < 0.5))
  assert.ok(confidences('Several lawmakers told the council they feared the new berths.').some((c) => c >= 0.5))
})
