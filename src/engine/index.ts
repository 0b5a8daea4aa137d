/** The engine's public API: text in, findings out. No editor or file-system APIs. */
export {lintCounts, lintText, type LintOptions, type LintResult} from './lint'
export {
  parseConfig,
  effectiveSeverity,
  emptyConfig,
  CONFIG_FILE_NAME,
  type EditorialConfig,
  type ParsedConfig,
  type RuleSetting
} from './config'
export {
  ConfigResolver,
  layer,
  relativePath,
  type ConfigLayer,
  type ConfigReader,
  type ConfigRequest,
  type ResolvedConfig
} from './config-files'
export {readDocument, type ProseDocument} from './reading/document'
export {LineIndex} from './reading/line-index'
export {isModelLoaded, loadModel} from './reading/part-of-speech'
export {RULES, ruleById, type RuleDefinition} from './rules/index'
export {ruleUrl} from './rule-kit/meta'
export * from './types'
export {
  scoreBalance,
  balanceFromLint,
  balanceMeasures,
  BALANCE_WEIGHTS,
  BALANCE_SCALE,
  scaledScore,
  type BalanceVoice,
  type BalanceComponentId,
  type BalanceReport,
  type BalanceComponent,
  type BalanceEvidence,
  type BalanceOptions
} from './balance/balance'
export {IncrementalLinter, type IncrementalResult} from './incremental'
export {balanceToMarkdown} from './balance/markdown'
export {decodeArticle, MAX_ARTICLE_BYTES, type DecodedArticle} from './article-bytes'
