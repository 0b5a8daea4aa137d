/**
 * Whether an article's text matches a regular expression (flag `u`), asked by
 * rules that read a word against the whole article: is "Critics" written in
 * lower case somewhere, is "Leeds" capitalised inside a sentence? Each rule
 * asks of many sentences, and again at each lint, so every answer is kept
 * with its text, for the last few texts read.
 */
export function articleMatches(text: string, source: string): boolean {
  let answers = recentTexts.get(text)
  if (!answers) {
    if (recentTexts.size >= RECENT_TEXTS) recentTexts.delete(recentTexts.keys().next().value as string)
    answers = new Map()
    recentTexts.set(text, answers)
  }
  let answer = answers.get(source)
  if (answer === undefined) {
    answer = new RegExp(source, 'u').test(text)
    answers.set(source, answer)
  }
  return answer
}

const recentTexts = new Map<string, Map<string, boolean>>()
const RECENT_TEXTS = 4

/** A word as a regular expression's source that matches it literally. */
export const literally = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
