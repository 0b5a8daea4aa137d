import * as vscode from 'vscode'
import {decodeArticle, lintText, RULES} from '../engine/index'
import {BalancePanel} from './balance-panel'
import {byImportance, rangeFromLines, toDiagnostic} from './diagnostics'
import type {LintController} from './linter'
import {behaviourFor, type ProjectConfigs} from './settings'

/** Opens a rule's page from the extension's own docs, in the Markdown preview: no network needed. */
export async function openRuleDocs(extensionUri: vscode.Uri, ruleId?: string): Promise<void> {
  const id =
    ruleId ??
    (
      await vscode.window.showQuickPick(
        RULES.map((rule) => ({label: rule.id, description: rule.category, detail: rule.summary})),
        {placeHolder: 'Which rule?'}
      )
    )?.label
  if (!id || !RULES.some((rule) => rule.id === id)) return
  await vscode.commands.executeCommand(
    'markdown.showPreview',
    vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`)
  )
}

/** Turns the extension on or off for the workspace (or for the user, with no folder open). */
export async function toggle(): Promise<boolean> {
  const settings = vscode.workspace.getConfiguration('editorialReview')
  const enabled = !settings.get<boolean>('enable', true)
  const target = vscode.workspace.workspaceFolders
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global
  await settings.update('enable', enabled, target)
  void vscode.window.showInformationMessage(`Editorial Review is ${enabled ? 'on' : 'off'}.`)
  return enabled
}

/** "Disable <rule> in this workspace": the rule's setting, at workspace level. */
export async function disableRule(ruleId: string, uri?: string): Promise<void> {
  const settings = vscode.workspace.getConfiguration('editorialReview', uri ? vscode.Uri.parse(uri) : undefined)
  const rules = {...settings.get<Record<string, unknown>>('rules', {}), [ruleId]: 'off'}
  const target = vscode.workspace.workspaceFolders
    ? vscode.ConfigurationTarget.Workspace
    : vscode.ConfigurationTarget.Global
  await settings.update('rules', rules, target)
}

/**
 * Lint Workspace: every Markdown and text file, with progress and
 * cancellation. Open articles go through the live linter; the rest get their
 * diagnostics from a one-off lint.
 */
export async function lintWorkspace(
  linter: LintController,
  configs: ProjectConfigs
): Promise<{files: number; findings: number; skipped: string[]}> {
  const uris = await vscode.workspace.findFiles('**/*.{md,markdown,txt}', '{**/node_modules/**,**/.git/**}')
  const summary = {files: 0, findings: 0, skipped: [] as string[]}
  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'Editorial Review: linting the workspace',
      cancellable: true
    },
    async (progress, token) => {
      for (const [index, uri] of uris.entries()) {
        if (token.isCancellationRequested) break
        progress.report({
          message: `${vscode.workspace.asRelativePath(uri)} (${index + 1} of ${uris.length})`,
          increment: 100 / uris.length
        })
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString())
        if (open) {
          const lint = await linter.lintNow(open)
          summary.files++
          summary.findings += lint?.findings.length ?? 0
          continue
        }
        if (!behaviourFor(uri).enable) continue
        const article = decodeArticle(await vscode.workspace.fs.readFile(uri))
        if (article.status === 'skipped') {
          summary.skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${article.reason}`)
          continue
        }
        const project = await configs.forDocument(uri)
        if (project.ignored) continue
        const kind = /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext'
        const {findings, document} = lintText(article.text, {kind, config: project.config, path: project.articlePath})
        const shown = [...findings].sort(byImportance).slice(0, behaviourFor(uri).maxProblemsPerFile)
        linter.collection.set(
          uri,
          shown.map((finding) => toDiagnostic(rangeFromLines(finding, document.lines), finding))
        )
        summary.files++
        summary.findings += findings.length
      }
    }
  )
  const skipped = summary.skipped.length > 0 ? ` Skipped ${summary.skipped.length}: ${summary.skipped.join('; ')}` : ''
  void vscode.window.showInformationMessage(
    `Editorial Review: ${summary.findings} findings in ${summary.files} files.${skipped}`
  )
  return summary
}

/** Show Balance Score for the active article: the report panel, lint first if needed. */
export async function showBalance(extensionUri: vscode.Uri, linter: LintController): Promise<BalancePanel | undefined> {
  const editor =
    vscode.window.activeTextEditor ??
    vscode.window.visibleTextEditors.find((candidate) => linter.isArticle(candidate.document))
  if (!editor || !linter.isArticle(editor.document)) {
    void vscode.window.showInformationMessage('Editorial Review: open a Markdown or text article to score its balance.')
    return
  }
  const lint =
    linter.resultFor(editor.document.uri)?.version === editor.document.version
      ? linter.resultFor(editor.document.uri)
      : await linter.lintNow(editor.document)
  if (!lint) return
  return BalancePanel.createOrShow(extensionUri, editor.document, lint)
}
