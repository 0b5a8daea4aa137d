import * as vscode from 'vscode'
import {editOf, type Finding, type Span} from '../engine/index'
import type {LintController} from './linter'

/** Rules whose preferred fix is safe to apply without review: slips of the keyboard. */
const SAFE_RULES = new Set(['repeated-words', 'indefinite-article'])

interface Rewrite {
  finding: Finding
  span: Span
  replacement: string
  title: string
}

/** The preferred rewrite of each finding, without overlaps (the first finding wins). */
function preferredRewrites(findings: readonly Finding[], only?: (finding: Finding) => boolean): Rewrite[] {
  const chosen: Rewrite[] = []
  for (const finding of findings) {
    const suggestion = finding.suggestions[0]
    if (!suggestion || (only && !only(finding))) continue
    const {span} = editOf(finding, suggestion)
    // Two edits may not touch: an insertion at the end of one is still an overlap for VS Code's preview.
    if (chosen.some((other) => other.span.start <= span.end && span.start <= other.span.end)) continue
    chosen.push({finding, span, replacement: suggestion.replacement, title: suggestion.title})
  }
  return chosen
}

const rangeOf = (document: vscode.TextDocument, span: Span) =>
  new vscode.Range(document.positionAt(span.start), document.positionAt(span.end))

/**
 * Review Suggested Rewrites: every preferred rewrite in the article in one
 * workspace edit marked `needsConfirmation`, so VS Code opens its refactor
 * preview and the editor ticks off the ones to keep. The rewrites are computed
 * for the article as it stands when the command runs.
 */
export async function reviewRewrites(linter: LintController): Promise<number> {
  const editor = vscode.window.activeTextEditor
  if (!editor || !linter.isArticle(editor.document)) {
    void vscode.window.showInformationMessage(
      'Editorial Review: open a Markdown or text article to review its rewrites.'
    )
    return 0
  }
  const {document} = editor
  // Rewrites are always computed for the text as it is now: an article just typed in is checked first.
  const current = linter.resultFor(document.uri)
  const lint = current && current.version === document.version ? current : await linter.lintNow(document)
  if (!lint || lint.version !== document.version) {
    void vscode.window.showWarningMessage(
      'Editorial Review: the article changed while it was being checked; run Review Suggested Rewrites again.'
    )
    return 0
  }
  const rewrites = preferredRewrites(lint.findings)
  if (rewrites.length === 0) {
    void vscode.window.showInformationMessage('Editorial Review: no rewrites to review in this article.')
    return 0
  }
  const edit = new vscode.WorkspaceEdit()
  for (const {finding, span, replacement, title} of rewrites) {
    edit.replace(document.uri, rangeOf(document, span), replacement, {
      needsConfirmation: true,
      label: `${finding.ruleId}: ${title}`,
      description: finding.message
    })
  }
  // Resolves once the editor accepts or discards the preview; returns how many rewrites were put up for review.
  await vscode.workspace.applyEdit(edit, {isRefactoring: true})
  return rewrites.length
}

/** `source.fixAll.editorialReview`: applies the fixes that need no review (repeated words, a/an). */
export class SafeFixAllProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.SourceFixAll.append('editorialReview')
  static readonly providedCodeActionKinds = [SafeFixAllProvider.kind]

  constructor(private readonly linter: LintController) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext
  ): vscode.CodeAction[] {
    if (
      context.only &&
      !context.only.contains(SafeFixAllProvider.kind) &&
      !SafeFixAllProvider.kind.contains(context.only)
    )
      return []
    const lint = this.linter.resultFor(document.uri)
    if (!lint || lint.version !== document.version) return []
    const rewrites = preferredRewrites(lint.findings, (finding) => SAFE_RULES.has(finding.ruleId))
    if (rewrites.length === 0) return []
    const action = new vscode.CodeAction('Fix repeated words and articles (Editorial Review)', SafeFixAllProvider.kind)
    action.edit = new vscode.WorkspaceEdit()
    for (const {span, replacement} of rewrites) action.edit.replace(document.uri, rangeOf(document, span), replacement)
    return [action]
  }
}
