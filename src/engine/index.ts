/** The engine's public API: text in, findings out. No editor or file-system APIs. */
export {lintText, type LintOptions, type LintResult} from './lint'
export {parseConfig, effectiveSeverity, emptyConfig, CONFIG_FILE_NAME, type EditorialConfig, type ParsedConfig, type RuleSetting} from './config'
export {readDocument, type ProseDocument} from './document'
export {LineIndex} from './line-index'
export {RULES, ruleById, type RuleDefinition} from './rules/index'
export {ruleUrl} from './rules/meta'
export * from './types'
export {scoreBalance, balanceFromLint, BALANCE_WEIGHTS, type BalanceReport, type BalanceComponent, type BalanceEvidence, type BalanceOptions} from './balance/balance'
