import {placeOf, type FileReport} from './report'

/** The machine-readable shape other tools read: add fields, never rename them. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map(({path, findings, lines, language}) => ({
    path,
    findings: findings.map(({span, ruleId, source, category, severity, message, actual, suggestions, ...rest}) => ({
      ruleId,
      source,
      category,
      severity,
      message,
      range: placeOf(span, lines),
      actual,
      // A suggestion with its own span gives it as a range, like the finding's.
      suggestions: suggestions.map(({span: own, ...suggestion}) =>
        own ? {...suggestion, range: placeOf(own, lines)} : suggestion
      ),
      ...rest
    })),
    // What was not checked: the words in paragraphs not in English, and where those paragraphs are.
    ...(language
      ? {
          language: {
            words: language.words,
            unreadWords: language.unreadWords,
            unreadShare: Math.round(language.unreadShare * 1000) / 1000,
            unread: language.unread.map((span) => placeOf(span, lines))
          }
        }
      : {})
  }))
  return JSON.stringify({version: 1, files}, null, 2) + '\n'
}
