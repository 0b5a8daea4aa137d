import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {isInsideQuotation, sentenceCountOf, sentencesOf, type SentenceTokens} from '../reading/sentences'
import {EDITORIALIZING, EDITORIALIZING_CLASSES} from './editorializing.data'
import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {report} from '../rewrites/report'

const RULE_ID = 'editorializing'
const NOTE = 'Readers trust reporting that shows rather than tells. Markers like "notably" and "of course" and questions put to the reader are the writer arguing.'

const editorializingWords = createLexiconRule({
  ruleId: RULE_ID,
  entries: EDITORIALIZING,
  classes: EDITORIALIZING_CLASSES,
  message: '“{actual}” is the writer’s voice where a reporter’s belongs.',
  note: NOTE
})

/**
 * The writer's voice where a reporter's should be: "notably", "of course",
 * "the sharpest observation here is that", "we are witnessing", and
 * rhetorical questions in the body of the article.
 */
export default function editorializing() {
  const findWords = editorializingWords()
  return function (tree: Root, file: VFile) {
    findWords(tree, file)
    for (const sentence of sentencesOf(tree)) {
      // A question mark inside quotation marks ends someone else's question ("Collins asked: “So you’re saying…?”").
      if (isRhetoricalQuestion(sentence) && !endsInQuotation(file, sentence)) {
        const words = sentence.tokens.filter((token) => token.node.type === 'WordNode')
        const start = words[0].start
        const end = sentence.tokens[sentence.tokens.length - 1].end
        report(file, {
          ruleId: RULE_ID,
          start,
          end,
          reason: 'A rhetorical question argues instead of reporting. Put the question to someone who can answer it, or state the point.',
          note: NOTE
        })
      }
    }
  }
}

function endsInQuotation(file: VFile, {tokens}: SentenceTokens): boolean {
  const mark = tokens[tokens.length - 1]
  return isInsideQuotation(file, {start: mark.start, end: mark.end})
}

/** A question in the body: it ends in "?", sits in a paragraph of several sentences, and is not a quotation. */
function isRhetoricalQuestion({sentence, paragraph, tokens}: SentenceTokens): boolean {
  const lastToken = tokens[tokens.length - 1]
  if (!lastToken || lastToken.text !== '?') return false
  const sentencesInParagraph = sentenceCountOf(paragraph)
  const words = tokens.filter((token) => token.node.type === 'WordNode').length
  return sentencesInParagraph > 1 && words >= 4 && sentence.children.length > 0
}
