import * as vscode from 'vscode'
import {CONFIG_FILE_NAME, relativePath} from '../engine/index'
import type {ProjectConfigs} from './settings'

/**
 * "Ignore this finding", remembered across sessions: in a Markdown article a
 * disable-next-line comment above the line; in plain text an entry in the
 * project's `.editorial-review.json` (created at the workspace root if needed).
 */
export async function ignoreFinding(
  configs: ProjectConfigs,
  uri: string,
  ruleId: string,
  text: string,
  offset: number
): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri)
  if (!document) return false
  if (document.languageId === 'markdown') {
    const line = document.lineAt(document.positionAt(offset).line)
    const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex)
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n'
    const edit = new vscode.WorkspaceEdit()
    edit.insert(document.uri, line.range.start, `${indent}<!-- editorial-review-disable-next-line ${ruleId} -->${eol}`)
    return vscode.workspace.applyEdit(edit)
  }
  const project = await configs.forDocument(document.uri)
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri
  const target = project.uri ?? (folder && vscode.Uri.joinPath(folder, CONFIG_FILE_NAME))
  if (!target) {
    void vscode.window.showWarningMessage(
      'Editorial Review: open a folder to remember ignored findings in its .editorial-review.json.'
    )
    return false
  }
  let json: Record<string, unknown> = {}
  if (project.uri) {
    try {
      json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(project.uri))) as Record<
        string,
        unknown
      >
    } catch (error) {
      // Never overwrite a file the editor has to fix by hand.
      void vscode.window.showErrorMessage(
        `Editorial Review: ${vscode.workspace.asRelativePath(project.uri)} could not be read (${(error as Error).message}); the finding was not ignored.`
      )
      return false
    }
  }
  const ignored = Array.isArray(json.ignoredFindings) ? json.ignoredFindings : []
  ignored.push({ruleId, text, path: relativePath(vscode.Uri.joinPath(target, '..').path, document.uri.path)})
  json.ignoredFindings = ignored
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(json, null, 2) + '\n'))
  return true
}
