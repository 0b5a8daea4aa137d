import * as vscode from 'vscode'
import type {Finding, Severity} from '../engine/index'

export const DIAGNOSTIC_SOURCE = 'Editorial Review'

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint
}

/** A finding's range in the document; the engine's offsets are UTF-16 code units, as VS Code's are. */
export function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.range.start.offset), document.positionAt(finding.range.end.offset))
}

/** The diagnostic for a finding, with the rule as its code and the rule's page as the code's target. */
export function toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITIES[finding.severity])
  diagnostic.source = DIAGNOSTIC_SOURCE
  diagnostic.code = {value: finding.ruleId, target: vscode.Uri.parse(finding.url)}
  // Words whose best fix is to delete them are faded, as unused code is.
  if (finding.suggestions[0]?.title.startsWith('Delete')) diagnostic.tags = [vscode.DiagnosticTag.Unnecessary]
  return diagnostic
}

/** Orders findings for a capped Problems panel: most severe first, then by position. */
export function byImportance(a: Finding, b: Finding): number {
  const rank: Record<Severity, number> = {error: 0, warning: 1, info: 2, hint: 3}
  return rank[a.severity] - rank[b.severity] || a.range.start.offset - b.range.start.offset
}
