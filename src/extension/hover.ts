import * as vscode from 'vscode'
import {rangeOf} from './diagnostics'
import type {LintController} from './linter'

/** Hovers on a finding: why it matters, the rewrites, and the rule's page. Article text is shown as text, never as markup. */
export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly linter: LintController) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const lint = this.linter.resultFor(document.uri)
    if (!lint || lint.version !== document.version) return
    const offset = document.offsetAt(position)
    const here = lint.findings.filter((finding) => finding.span.start <= offset && offset <= finding.span.end)
    if (here.length === 0) return
    const contents = here.map((finding) => {
      const markdown = new vscode.MarkdownString()
      markdown.appendMarkdown(`**Editorial Review** · \`${finding.ruleId}\` · ${finding.category}\n\n`)
      markdown.appendText(finding.message)
      if (finding.note) {
        markdown.appendMarkdown('\n\n*Why it matters:* ')
        markdown.appendText(finding.note)
      }
      if (finding.suggestions.length > 0) {
        markdown.appendMarkdown('\n\n*Suggested rewrites* (Ctrl+. to apply):\n')
        for (const suggestion of finding.suggestions) {
          markdown.appendMarkdown('\n- ')
          // The title says what the rewrite does, also where it reaches past the finding ("Add the source").
          markdown.appendText(suggestion.title)
        }
      }
      markdown.appendMarkdown(`\n\n[Rule documentation](${finding.url})`)
      return markdown
    })
    return new vscode.Hover(contents, rangeOf(document, here[0]))
  }
}
