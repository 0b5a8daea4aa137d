import {
  editOf,
  RULES,
  ruleUrl,
  type Finding,
  type LineIndex,
  type Notice,
  type Severity,
  type Span
} from '../../engine/index'
import {languageNotice} from '../language'
import {placeOf, type FileReport} from './report'

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note'
}

export interface SarifOptions {
  version: string
  /** What the CLI said on stderr about files and config (skipped files, config problems): the run's notifications. What was not read as English comes from the reports. */
  notices?: readonly Notice[]
  /** A file could not be read or the config is broken (exit 2). */
  failed?: boolean
}

/** How many unread paragraphs a notification points to. */
const UNREAD_LOCATIONS = 20

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule described with a
 * help URI, columns in UTF-16 code units, paths relative to the checkout.
 */
export function formatSarif(
  reports: readonly FileReport[],
  {version, notices = [], failed = false}: SarifOptions
): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]))
  const results = reports.flatMap((report) =>
    report.findings.map((finding) => toResult(report.path, finding, ruleIndex.get(finding.ruleId) ?? -1, report.lines))
  )
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Editorial Review',
            semanticVersion: version,
            informationUri: 'https://github.com/editorial-review/editorial-review',
            rules: RULES.map((rule) => ({
              id: rule.id,
              name: rule.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: {text: rule.summary},
              fullDescription: {text: rule.summary},
              helpUri: ruleUrl(rule.id),
              help: {
                text: `${rule.summary} See ${ruleUrl(rule.id)}`,
                markdown: `${rule.summary} [Rule documentation](${ruleUrl(rule.id)})`
              },
              defaultConfiguration: {level: LEVELS[rule.defaultSeverity], enabled: rule.enabledByDefault},
              properties: {tags: ['editorial', rule.category], category: rule.category}
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: !failed,
            toolExecutionNotifications: [
              ...unreadNotifications(reports),
              ...notices.map((notice) => ({level: NOTICE_LEVELS[notice.severity], message: {text: notice.message}}))
            ]
          }
        ],
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {'%SRCROOT%': {description: {text: 'The folder editorial-review was run in.'}}},
        results
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}

const NOTICE_LEVELS: Record<Notice['severity'], 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note'
}

/**
 * An article, or part of one, not in English was not checked: a notification
 * for each, pointing at the paragraphs not read, so code scanning does not
 * show a clean file it never read.
 */
function unreadNotifications(reports: readonly FileReport[]) {
  return reports.flatMap(({path, language, lines}) => {
    const notice = language && languageNotice(path, language)
    if (!language || !notice) return []
    const artifactLocation = {uri: encodeURI(path), uriBaseId: '%SRCROOT%'}
    return [
      {
        descriptor: {id: language.unreadWords > 0 ? 'not-english' : 'no-prose'},
        level: NOTICE_LEVELS[notice.severity],
        message: {text: notice.message},
        // The paragraphs not read; an article with no prose, the file.
        locations:
          language.unread.length === 0
            ? [{physicalLocation: {artifactLocation}}]
            : language.unread
                .slice(0, UNREAD_LOCATIONS)
                .map((span) => ({physicalLocation: {artifactLocation, region: regionOf(span, lines)}})),
        properties: {words: language.words, unreadWords: language.unreadWords, unreadShare: language.unreadShare}
      }
    ]
  })
}

function regionOf(span: Span, lines: LineIndex) {
  const {start, end} = placeOf(span, lines)
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: end.offset - start.offset
  }
}

function toResult(path: string, finding: Finding, ruleIndex: number, lines: LineIndex) {
  const region = regionOf(finding.span, lines)
  const artifactLocation = {uri: encodeURI(path), uriBaseId: '%SRCROOT%'}
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex >= 0 ? {ruleIndex} : {}),
    level: LEVELS[finding.severity],
    message: {text: finding.message},
    locations: [{physicalLocation: {artifactLocation, region}}],
    partialFingerprints: {primaryLocationLineHash: fingerprint(`${finding.ruleId}:${finding.actual}`)},
    ...(finding.suggestions.length > 0
      ? {
          fixes: finding.suggestions.map((suggestion) => ({
            description: {text: suggestion.title},
            artifactChanges: [
              {
                artifactLocation,
                replacements: [
                  {
                    deletedRegion: regionOf(editOf(finding, suggestion).span, lines),
                    insertedContent: {text: suggestion.replacement}
                  }
                ]
              }
            ]
          }))
        }
      : {})
  }
}

/** A stable hash of the finding's rule and words, so code scanning follows it when lines move. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
