import {RULES} from './rules/index'
import {
  CATEGORIES,
  SENSITIVITIES,
  SEVERITIES,
  type Category,
  type Notice,
  type Sensitivity,
  type Severity
} from './types'

/** A rule or category setting: a severity, `"off"`, or `true` for "on at its default severity". */
export type RuleSetting = Severity | 'off' | boolean

/** The contents of `.editorial-review.json`, after validation. */
export interface EditorialConfig {
  rules: Record<string, RuleSetting>
  categories: Partial<Record<Category, RuleSetting>>
  /** Terms no rule reports, matched case-insensitively. */
  allow: string[]
  /** Globs, relative to the config file's folder, of articles not to lint. */
  ignore: string[]
  /** Single findings an editor chose to ignore: a rule, the words it flagged and, optionally, the article. */
  ignoredFindings: IgnoredFinding[]
  /** Which findings to show by their confidence; `balanced` when not set. */
  sensitivity?: Sensitivity
}

export interface IgnoredFinding {
  ruleId: string
  /** The flagged words, exactly. */
  text: string
  /** The article, relative to the config file's folder, `/`-separated; every article when absent. */
  path?: string
}

export const CONFIG_FILE_NAME = '.editorial-review.json'

export function emptyConfig(): EditorialConfig {
  return {rules: {}, categories: {}, allow: [], ignore: [], ignoredFindings: []}
}

const KNOWN_KEYS = new Set(['$schema', 'rules', 'categories', 'allow', 'ignore', 'ignoredFindings', 'sensitivity'])
const RULE_IDS = new Set(RULES.map((rule) => rule.id))
const SETTINGS = new Set<unknown>([...SEVERITIES, 'off', true, false])

export interface ParsedConfig {
  config: EditorialConfig
  notices: Notice[]
}

/**
 * Reads a config file's text. Never throws: what cannot be read is reported
 * as a notice naming the file and line, and defaults stand in for it.
 */
export function parseConfig(text: string, path: string): ParsedConfig {
  const notices: Notice[] = []
  const config = emptyConfig()
  const problem = (message: string, severity: Notice['severity'] = 'warning', line?: number) =>
    notices.push({severity, message: `${path}${line ? `:${line}` : ''}: ${message}`, path, line})

  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const line = lineOfJsonError(text, error)
    problem(`not valid JSON (${(error as Error).message}); using the default settings instead.`, 'error', line)
    return {config, notices}
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem(
      'expected an object such as {"rules": {"passive-voice": "off"}}; using the default settings instead.',
      'error',
      1
    )
    return {config, notices}
  }
  const object = raw as Record<string, unknown>
  const lineOf = (key: string) => lineOfKey(text, key)

  for (const key of Object.keys(object)) {
    if (!KNOWN_KEYS.has(key))
      problem(
        `unknown setting "${key}" (known: rules, categories, allow, ignore, ignoredFindings, sensitivity); ignored.`,
        'warning',
        lineOf(key)
      )
  }

  readSettingsMap(object.rules, 'rules', RULE_IDS, (id, setting) => (config.rules[id] = setting))
  readSettingsMap(
    object.categories,
    'categories',
    new Set<string>(CATEGORIES),
    (id, setting) => (config.categories[id as Category] = setting)
  )
  config.allow = readStringList(object.allow, 'allow')
  config.ignore = readStringList(object.ignore, 'ignore')
  config.ignoredFindings = readIgnoredFindings(object.ignoredFindings)
  if (object.sensitivity !== undefined) {
    if (SENSITIVITIES.includes(object.sensitivity as Sensitivity))
      config.sensitivity = object.sensitivity as Sensitivity
    else
      problem(
        `"sensitivity" is ${JSON.stringify(object.sensitivity)}; expected one of ${SENSITIVITIES.join(', ')}. Using balanced.`,
        'error',
        lineOf('sensitivity')
      )
  }
  if (RULES.every((rule) => effectiveSeverity(rule.id, config) === undefined)) {
    problem(
      'every rule is turned off, so nothing will be reported.',
      'info',
      lineOf(Object.keys(config.rules).length > 0 ? 'rules' : 'categories')
    )
  }
  return {config, notices}

  function readIgnoredFindings(value: unknown): IgnoredFinding[] {
    if (value === undefined) return []
    const valid = (item: unknown): item is IgnoredFinding => {
      const entry = item as Record<string, unknown>
      return (
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.ruleId === 'string' &&
        typeof entry.text === 'string' &&
        (entry.path === undefined || typeof entry.path === 'string')
      )
    }
    if (!Array.isArray(value) || !value.every(valid)) {
      problem(
        '"ignoredFindings" must be a list of {"ruleId": …, "text": …, "path": …}; ignored.',
        'error',
        lineOf('ignoredFindings')
      )
      return []
    }
    return value.map(({ruleId, text, path}) => (path === undefined ? {ruleId, text} : {ruleId, text, path}))
  }

  function readSettingsMap(
    value: unknown,
    key: string,
    known: Set<string>,
    set: (id: string, setting: RuleSetting) => void
  ) {
    if (value === undefined) return
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem(
        `"${key}" must be an object mapping names to "off", true or a severity (${SEVERITIES.join(', ')}); ignored.`,
        'error',
        lineOf(key)
      )
      return
    }
    for (const [id, setting] of Object.entries(value)) {
      if (!known.has(id)) {
        problem(
          `"${key}" names "${id}", which is not a known ${key === 'rules' ? 'rule' : 'category'}; ignored.`,
          'warning',
          lineOf(id)
        )
      } else if (!SETTINGS.has(setting)) {
        problem(
          `"${key}.${id}" is ${JSON.stringify(setting)}; expected "off", true, false or one of ${SEVERITIES.join(', ')}. Ignored.`,
          'error',
          lineOf(id)
        )
      } else {
        set(id, setting === false ? 'off' : (setting as RuleSetting))
      }
    }
  }

  function readStringList(value: unknown, key: string): string[] {
    if (value === undefined) return []
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      problem(`"${key}" must be a list of strings; ignored.`, 'error', lineOf(key))
      return []
    }
    return value.filter((item) => item.trim() !== '')
  }
}

/** The severity a rule reports at under a config, or undefined when it is off. */
export function effectiveSeverity(ruleId: string, config: EditorialConfig): Severity | undefined {
  const rule = RULES.find((candidate) => candidate.id === ruleId)
  if (!rule) return
  const fromRule = config.rules[ruleId]
  const fromCategory = config.categories[rule.category]
  for (const setting of [fromRule, fromCategory]) {
    if (setting === undefined) continue
    if (setting === 'off' || setting === false) return
    return setting === true ? rule.defaultSeverity : setting
  }
  return rule.enabledByDefault ? rule.defaultSeverity : undefined
}

function lineOfJsonError(text: string, error: unknown): number | undefined {
  const message = (error as Error).message
  const position = /position (\d+)/.exec(message)
  if (position) return text.slice(0, Number(position[1])).split(/\r\n|\r|\n/).length
  const lineColumn = /line (\d+)/.exec(message)
  if (lineColumn) return Number(lineColumn[1])
  return undefined
}

function lineOfKey(text: string, key: string): number | undefined {
  const index = text.indexOf(JSON.stringify(key))
  return index < 0 ? undefined : text.slice(0, index).split(/\r\n|\r|\n/).length
}
