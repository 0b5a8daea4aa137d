import * as vscode from 'vscode'
import type {Finding, LineIndex, Severity} from '../engine/index'

export const DIAGNOSTIC_SOURCE = 'Editorial Review'

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint
}

/** A finding's range in an open document; the engine's offsets are UTF-16 code units, as VS Code's are. */
export function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.span.start), document.positionAt(finding.span.end))
}

/** A finding's range in a file that is not open, from the lines of the text that was linted. */
export function rangeFromLines(finding: Finding, lines: LineIndex): vscode.Range {
  const start = lines.pointAt(finding.span.start)
  const end = lines.pointAt(finding.span.end)
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1)
}

/** The diagnostic for a finding, with the rule as its code and the rule's page as the code's target. */
export function toDiagnostic(range: vscode.Range, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity])
  diagnostic.source = DIAGNOSTIC_SOURCE
  diagnostic.code = {value: finding.ruleId, target: vscode.Uri.parse(finding.url)}
  // Words whose best fix is to delete them are faded, as unused code is.
  if (finding.suggestions[0]?.title.startsWith('Delete')) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary]
  return diagnostic
}

/** Orders findings for a capped Problems panel: most severe first, then by position. */
export function byImportance(a: Finding, b: Finding): number {
  const rank: Record<Severity, number> = {error: 0, warning: 1, info: 2, hint: 3}
  return rank[a.severity] - rank[b.severity] || a.span.start - b.span.start
}
