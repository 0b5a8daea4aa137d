import * as vscode from 'vscode'
import type {Finding} from '../engine/index'
import {DIAGNOSTIC_SOURCE} from './diagnostics'
import type {LintController} from './linter'
import {suggestionArguments} from './suggestions'

export const COMMANDS = {
  applySuggestion: 'editorialReview.applySuggestion',
  ignoreFinding: 'editorialReview.ignoreFinding',
  disableRule: 'editorialReview.disableRuleInWorkspace',
  openRuleDocs: 'editorialReview.openRuleDocs'
} as const

/** Quick fixes for our diagnostics: each rewrite, ignore this finding, disable the rule, learn about it. */
export class EditorialCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix]

  constructor(private readonly linter: LintController) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext
  ): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return []
    const lint = this.linter.resultFor(document.uri)
    if (!lint || lint.version !== document.version) return []
    const actions: vscode.CodeAction[] = []
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue
      const finding = findingFor(document, lint.findings, diagnostic)
      if (finding) actions.push(...actionsFor(document, finding, diagnostic))
    }
    return actions
  }
}

function findingFor(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  diagnostic: vscode.Diagnostic
): Finding | undefined {
  const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return findings.find(
    (finding) => finding.ruleId === ruleId && finding.span.start === start && finding.span.end === end
  )
}

function actionsFor(
  document: vscode.TextDocument,
  finding: Finding,
  diagnostic: vscode.Diagnostic
): vscode.CodeAction[] {
  const actions = finding.suggestions.map((suggestion, index) => {
    const action = new vscode.CodeAction(`${suggestion.title} (${finding.ruleId})`, vscode.CodeActionKind.QuickFix)
    action.diagnostics = [diagnostic]
    action.isPreferred = index === 0
    action.command = {
      command: COMMANDS.applySuggestion,
      title: suggestion.title,
      arguments: [suggestionArguments(document, finding, suggestion)]
    }
    return action
  })
  const ignore = new vscode.CodeAction(`Ignore this finding (${finding.ruleId})`, vscode.CodeActionKind.QuickFix)
  ignore.diagnostics = [diagnostic]
  ignore.command = {
    command: COMMANDS.ignoreFinding,
    title: 'Ignore this finding',
    arguments: [document.uri.toString(), finding.ruleId, finding.actual, finding.span.start]
  }
  const disable = new vscode.CodeAction(`Disable ${finding.ruleId} in this workspace`, vscode.CodeActionKind.QuickFix)
  disable.command = {
    command: COMMANDS.disableRule,
    title: `Disable ${finding.ruleId}`,
    arguments: [finding.ruleId, document.uri.toString()]
  }
  const learn = new vscode.CodeAction(`Learn about ${finding.ruleId}`, vscode.CodeActionKind.QuickFix)
  learn.command = {command: COMMANDS.openRuleDocs, title: `Learn about ${finding.ruleId}`, arguments: [finding.ruleId]}
  return [...actions, ignore, disable, learn]
}
