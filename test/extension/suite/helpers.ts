import * as vscode from 'vscode'

export const EXTENSION_ID = 'editorial-review.editorial-review'

/** Waits for a condition, polling and on every diagnostics change; never a fixed sleep. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise<void>((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics(() => {
        subscription.dispose()
        resolve()
      })
      setTimeout(() => {
        subscription.dispose()
        resolve()
      }, 100)
    })
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]
  if (!folder) throw new Error('The tests need a workspace folder')
  return vscode.Uri.joinPath(folder.uri, name)
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Editorial Review')
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code)
}

/** Opens a copy of a workspace file as a new untitled-free document so tests never write the fixture. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name))
  return vscode.window.showTextDocument(document)
}

export async function diagnosticsFor(uri: vscode.Uri, minimum = 1): Promise<vscode.Diagnostic[]> {
  return waitFor(`diagnostics on ${uri.path}`, () => {
    const found = ours(uri)
    return found.length >= minimum ? found : undefined
  })
}

export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document)
  await vscode.commands.executeCommand('workbench.action.files.revert')
}

/** The extension host this suite was bundled for ("node" or "webworker"), set by the bundler (test/extension/host.ts). */
export const SUITE_HOST = (globalThis as {EDITORIAL_REVIEW_EXPECTED_HOST?: string}).EDITORIAL_REVIEW_EXPECTED_HOST

/**
 * Skips a test in the web worker host's run, saying why in the log. For tests of host-independent logic
 * that the Node host's run covers and that cost tens of seconds more in the worker;
 * `npm run test:web -- --all` runs them anyway.
 */
export function skipInWebWorker(test: Mocha.Context, reason: string): void {
  if (SUITE_HOST !== 'webworker' || (globalThis as {EDITORIAL_REVIEW_RUN_ALL?: boolean}).EDITORIAL_REVIEW_RUN_ALL)
    return
  console.log(`      skipped in the web worker host: ${reason}`)
  test.skip()
}
