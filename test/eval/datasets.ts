import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lintText, type Category, type Finding} from '../../src/engine/index'

/** Reads a JSON Lines file from the data folder, or undefined when it is not there. */
export function readJsonLines<Row>(folder: string, name: string): Row[] | undefined {
  const path = join(folder, name)
  if (!existsSync(path)) return undefined
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)
}

/** Lints one sentence or article as plain text with the default configuration, as the CLI would. */
export function findingsOf(text: string): Finding[] {
  return lintText(text, {kind: 'plaintext'}).findings
}

export function hasCategory(findings: readonly Finding[], categories: readonly Category[]): boolean {
  return findings.some((finding) => categories.includes(finding.category))
}

export interface BinaryScores {
  precision: number
  recall: number
  f1: number
}

export function binaryScores(predicted: readonly boolean[], actual: readonly boolean[]): BinaryScores {
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  predicted.forEach((guess, index) => {
    if (guess && actual[index]) truePositives++
    else if (guess) falsePositives++
    else if (actual[index]) falseNegatives++
  })
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives)
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

export function macroF1(predicted: readonly boolean[], actual: readonly boolean[]): number {
  const positive = binaryScores(predicted, actual).f1
  const negative = binaryScores(
    predicted.map((value) => !value),
    actual.map((value) => !value)
  ).f1
  return (positive + negative) / 2
}

/**
 * The word positions (in whitespace tokens) an editor removed or changed
 * between the biased and the neutral sentence: a longest-common-subsequence diff.
 */
export function changedTokenIndexes(biased: string[], neutral: string[]): Set<number> {
  const rows = biased.length
  const columns = neutral.length
  const table: number[][] = Array.from({length: rows + 1}, () => new Array<number>(columns + 1).fill(0))
  for (let row = rows - 1; row >= 0; row--) {
    for (let column = columns - 1; column >= 0; column--) {
      table[row][column] =
        biased[row] === neutral[column]
          ? table[row + 1][column + 1] + 1
          : Math.max(table[row + 1][column], table[row][column + 1])
    }
  }
  const kept = new Set<number>()
  let row = 0
  let column = 0
  while (row < rows && column < columns) {
    if (biased[row] === neutral[column]) {
      kept.add(row)
      row++
      column++
    } else if (table[row + 1][column] >= table[row][column + 1]) {
      row++
    } else {
      column++
    }
  }
  const changed = new Set<number>()
  for (let index = 0; index < rows; index++) if (!kept.has(index)) changed.add(index)
  return changed
}

/** ROC AUC: the chance a random positive scores above a random negative (ties count half). */
export function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const positives = scores.filter((_, index) => labels[index])
  const negatives = scores.filter((_, index) => !labels[index])
  let wins = 0
  for (const positive of positives) {
    for (const negative of negatives) wins += positive > negative ? 1 : positive === negative ? 0.5 : 0
  }
  return wins / (positives.length * negatives.length)
}
