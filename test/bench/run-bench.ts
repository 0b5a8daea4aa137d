// `npm run bench`: speed side by side with the tools editors would pick instead, in one run, as ratios.
// Uses ~300 KB of news text: the SemEval articles in ../shared/data when present, else the project's fixture repeated.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {text as alex} from 'alex'
import {ParseEnglish} from 'parse-english'
import {balanceFromLint, lintText} from '../../src/engine/index'
import {FIXTURES, SHARED} from '../helpers'

const require = createRequire(import.meta.url)
const writeGood = require('write-good') as (text: string) => unknown[]

const TARGET_BYTES = 300 * 1024
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

function loadCorpus(): {articles: string[]; origin: string} {
  const dataset = join(SHARED, 'data', 'semeval_hyperpartisan_dev.jsonl')
  const source = existsSync(dataset)
    ? readFileSync(dataset, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as {text: string}).text)
    : [readFileSync(join(FIXTURES, 'articles', 'harbor-deal.txt'), 'utf8')]
  const articles: string[] = []
  let bytes = 0
  for (let index = 0; bytes < TARGET_BYTES; index++) {
    const article = source[index % source.length]
    articles.push(article)
    bytes += Buffer.byteLength(article)
  }
  return {articles, origin: existsSync(dataset) ? 'SemEval-2019 hyperpartisan dev articles' : 'the project fixture, repeated'}
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Runs one pass over every article, warm, and returns the median seconds over the rounds. */
function time(run: (article: string) => unknown, articles: readonly string[]): number {
  for (const article of articles.slice(0, 5)) run(article)
  const seconds: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    for (const article of articles) run(article)
    seconds.push((performance.now() - start) / 1000)
  }
  return seconds.sort((a, b) => a - b)[Math.floor(seconds.length / 2)]
}

const {articles, origin} = loadCorpus()
const words = articles.reduce((total, article) => total + countWords(article), 0)
const bytes = articles.reduce((total, article) => total + Buffer.byteLength(article), 0)
console.log(`Corpus: ${articles.length} articles from ${origin}, ${(bytes / 1024).toFixed(0)} KB, ${words} words; median of ${ROUNDS} warm rounds.`)
console.log(`Node ${process.version} on ${process.arch}.\n`)

const parser = new ParseEnglish()
const contenders: Array<[string, (article: string) => unknown]> = [
  ['editorial-review, default rules', (article) => lintText(article, {kind: 'plaintext'})],
  ['alex (retext-equality)', (article) => alex(article)],
  ['write-good', (article) => writeGood(article)],
  ['retext parse alone (parse-english)', (article) => parser.parse(article)]
]

const results = contenders.map(([name, run]) => {
  const heapBefore = process.memoryUsage().heapUsed
  const seconds = time(run, articles)
  const heapAfter = process.memoryUsage().heapUsed
  return {name, seconds, wordsPerSecond: words / seconds, heapDeltaMb: (heapAfter - heapBefore) / 1024 / 1024}
})

const ours = results[0]
const width = Math.max(...results.map((result) => result.name.length))
console.log(`${'tool'.padEnd(width)}  words/s    seconds  vs editorial-review`)
for (const result of results) {
  const ratio = ours.wordsPerSecond / result.wordsPerSecond
  console.log(`${result.name.padEnd(width)}  ${Math.round(result.wordsPerSecond).toString().padStart(8)}  ${result.seconds.toFixed(3).padStart(8)}  ${result === ours ? '—' : `editorial-review is ${ratio.toFixed(2)}× its speed`}`)
}
const alexResult = results[1]
console.log(`\nThroughput ratio, editorial-review ÷ alex: ${(ours.wordsPerSecond / alexResult.wordsPerSecond).toFixed(2)} (aim: at least 2).`)

// One 1,000-word article: what an editor waits for when opening a file.
const thousandWords = articles.join('\n\n').split(/(\s+)/).slice(0, 2000).join('')
const single = time((article) => lintText(article, {kind: 'plaintext'}), [thousandWords])
console.log(`A 1,000-word article lints in ${(single * 1000).toFixed(1)} ms.`)
const linted = lintText(thousandWords, {kind: 'plaintext'})
const balance = time(() => balanceFromLint(linted), [thousandWords])
console.log(`Its balance score, from that lint, takes ${(balance * 1000).toFixed(1)} ms more (${((balance / single) * 100).toFixed(0)}% of a lint pass).`)
const memory = process.memoryUsage()
console.log(`Memory at the end: heap ${(memory.heapUsed / 1024 / 1024).toFixed(0)} MB, RSS ${(memory.rss / 1024 / 1024).toFixed(0)} MB.`)
