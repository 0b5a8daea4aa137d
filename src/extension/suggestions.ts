import * as vscode from 'vscode'
import {editOf, type Finding, type Suggestion} from '../engine/index'
import {hasPlaceholder as holdsPlaceholder, placeholderPattern} from '../engine/rewrites/placeholders'

/** Whether a rewrite holds one of the engine's placeholders (PLACEHOLDERS: "[source]", "[named sources]", "[number]", "[date]"). */
export function hasPlaceholder(text: string): boolean {
  return holdsPlaceholder(text)
}

/** A rewrite as a snippet: each placeholder becomes a tab stop with its name as the default text. */
export function toSnippet(replacement: string): vscode.SnippetString {
  const snippet = new vscode.SnippetString()
  let last = 0
  for (const match of replacement.matchAll(placeholderPattern())) {
    snippet.appendText(replacement.slice(last, match.index))
    snippet.appendPlaceholder(match[0].slice(1, -1))
    last = match.index! + match[0].length
  }
  snippet.appendText(replacement.slice(last))
  return snippet
}

/** What a fix command carries: enough to check, when it runs, that the text is still what was linted. */
export interface SuggestionArguments {
  uri: string
  start: number
  end: number
  expected: string
  replacement: string
  ruleId: string
}

export function suggestionArguments(
  document: vscode.TextDocument,
  finding: Finding,
  suggestion: Suggestion
): SuggestionArguments {
  const {span, original} = editOf(finding, suggestion)
  return {
    uri: document.uri.toString(),
    start: span.start,
    end: span.end,
    expected: original,
    replacement: suggestion.replacement,
    ruleId: finding.ruleId
  }
}

/**
 * Applies one rewrite, if the text at its range is still the text it was
 * computed for; otherwise it does nothing and says why. Placeholders become
 * tab stops when the article is in the active editor.
 */
export async function applySuggestion(args: SuggestionArguments): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === args.uri)
  if (!document) {
    void vscode.window.showWarningMessage(
      'Editorial Review: the article is no longer open, so the rewrite was not applied.'
    )
    return false
  }
  const range = new vscode.Range(document.positionAt(args.start), document.positionAt(args.end))
  if (document.getText(range) !== args.expected) {
    void vscode.window.showWarningMessage(
      `Editorial Review: the text changed since “${args.expected.trim()}” was checked, so the rewrite was not applied. Wait for the article to be checked again and retry.`
    )
    return false
  }
  const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === document)
  if (editor && hasPlaceholder(args.replacement)) {
    return editor.insertSnippet(toSnippet(args.replacement), range, {undoStopBefore: true, undoStopAfter: true})
  }
  const edit = new vscode.WorkspaceEdit()
  edit.replace(document.uri, range, args.replacement)
  return vscode.workspace.applyEdit(edit)
}
