// Configuration as an editor meets it: the same resolver as the command line, inside VS Code.
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import type {EditorialReviewApi} from '../../../src/extension/extension'
import {codeOf, EXTENSION_ID, ours, skipInWebWorker, waitFor, workspaceFile} from './helpers'

const encoder = new TextEncoder()
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(workspaceFile(name), encoder.encode(text))

async function api(): Promise<EditorialReviewApi> {
  const extension = vscode.extensions.getExtension<EditorialReviewApi>(EXTENSION_ID)
  assert.ok(extension)
  return extension.activate()
}

async function open(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name))
  await vscode.window.showTextDocument(document)
  return document
}

/** Lints the document now and waits until its lint is the latest: a check that cannot pass on a stale result. */
async function lintedNow(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document)
  await vscode.commands.executeCommand('editorialReview.lintDocument')
}

describe('Configuration in the editor', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors')
  })

  it('honours the config file’s ignore globs, as the command line does', async () => {
    await write('ignore-case/.editorial-review.json', JSON.stringify({ignore: ['drafts/**']}))
    await write('ignore-case/drafts/idea.md', 'The plan is pure hype.\n')
    await write('ignore-case/published/idea.md', 'The plan is pure hype.\n')
    const published = await open('ignore-case/published/idea.md')
    await waitFor('findings in the published article', () =>
      ours(published.uri).some((diagnostic) => codeOf(diagnostic) === 'loaded-language')
    )
    const draft = await open('ignore-case/drafts/idea.md')
    await lintedNow(draft)
    assert.deepEqual(ours(draft.uri), [])
    assert.equal((await api()).linter.resultFor(draft.uri), undefined)
  })

  it('Lint Workspace lints closed files with their path, so ignored findings stay ignored', async () => {
    await write(
      'workspace-case/.editorial-review.json',
      JSON.stringify({ignoredFindings: [{ruleId: 'loaded-language', text: 'hype', path: 'notes/closed.txt'}]})
    )
    await write('workspace-case/notes/closed.txt', 'The plan is pure hype.\n')
    await write('workspace-case/notes/other.txt', 'The plan is pure hype.\n')
    await vscode.commands.executeCommand('editorialReview.lintWorkspace')
    const hypeIn = (name: string) =>
      vscode.languages
        .getDiagnostics(workspaceFile(name))
        .filter((diagnostic) => codeOf(diagnostic) === 'loaded-language')
    assert.equal(
      hypeIn('workspace-case/notes/other.txt').length,
      1,
      'the same words in another article are still reported'
    )
    assert.deepEqual(hypeIn('workspace-case/notes/closed.txt'), [])
  })

  it('editor settings take precedence over the file, a category setting over a rule in the file', async () => {
    await write('precedence-case/.editorial-review.json', JSON.stringify({rules: {weasel: 'error'}}))
    await write('precedence-case/article.md', 'Many believe the port will lose its tenants. The plan is pure hype.\n')
    const settings = vscode.workspace.getConfiguration('editorialReview')
    const document = await open('precedence-case/article.md')
    await waitFor('a weasel error from the file', () =>
      ours(document.uri).some(
        (diagnostic) => codeOf(diagnostic) === 'weasel' && diagnostic.severity === vscode.DiagnosticSeverity.Error
      )
    )
    await settings.update('categories', {weasel: 'off'}, vscode.ConfigurationTarget.Workspace)
    try {
      await waitFor(
        'the weasel finding to go',
        () => !ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel')
      )
      await lintedNow(document)
      assert.ok(
        ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'loaded-language'),
        'other rules still report'
      )
      assert.ok(!ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel'))
    } finally {
      await settings.update('categories', undefined, vscode.ConfigurationTarget.Workspace)
    }
  })

  it('a long article of ordinary paragraphs is still checked as it is typed, however long its first lint took', async function () {
    skipInWebWorker(
      this,
      'the timing rule is host-independent and the Node host checks it; 30,000 words take about 6 s in the worker'
    )
    this.timeout(120_000)
    // Every paragraph differs, so nothing read before helps: the first lint reads 30,000 new words (over a second on a
    // loaded two-core machine, when the old rule switched the article to checking on save).
    const paragraphs = Array.from(
      {length: 1_500},
      (_, index) =>
        `Board ${index + 1} of District ${(index % 97) + 1} said on day ${(index % 28) + 1} that fees would rise by ${(index % 9) + 1} percent.`
    )
    await write('long-case/distinct.md', `${paragraphs.join('\n\n')}\n`)
    const extension = await api()
    const document = await open('long-case/distinct.md')
    await waitFor('the first lint of the long article', () => extension.linter.resultFor(document.uri), 60_000)
    const editor = await vscode.window.showTextDocument(document)
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'The '))
    const version = document.version
    await waitFor(
      'the lint of the edit, as it is typed',
      () => extension.linter.resultFor(document.uri)?.version === version,
      20_000
    )
    await vscode.commands.executeCommand('workbench.action.files.revert')
    // The revert is an edit too: its lint lands before the next test counts lints.
    await waitFor(
      'the lint of the revert',
      () => extension.linter.resultFor(document.uri)?.version === document.version,
      20_000
    )
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor')
    // Gone from the workspace, so that Lint Workspace and the settings tests after it do not read it again.
    await vscode.workspace.fs.delete(workspaceFile('long-case/distinct.md'))
  })

  it('with the balance report open, a keystroke in a 100,000-word article costs one incremental lint and no whole one', async function () {
    skipInWebWorker(
      this,
      'lint counting is host-independent and the Node host checks it; 100,000 words take about 20 s in the worker'
    )
    this.timeout(120_000)
    const paragraph =
      'The harbour board said fees would rise by 4 percent next year. Critics called the plan a power grab.'
    const words = paragraph.split(/\s+/).length
    await write(
      'long-case/long.md',
      `${Array.from({length: Math.ceil(100_000 / words)}, () => paragraph).join('\n\n')}\n`
    )
    const extension = await api()
    const document = await open('long-case/long.md')
    await waitFor('the first lint of the long article', () => extension.linter.resultFor(document.uri), 60_000)
    await vscode.commands.executeCommand('editorialReview.showBalance')
    await waitFor('the balance report', () => extension.balancePanel()?.report, 60_000)
    const before = extension.lintCounts()
    const editor = await vscode.window.showTextDocument(document)
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'A'))
    const version = document.version
    await waitFor('the lint of the edit', () => extension.linter.resultFor(document.uri)?.version === version, 60_000)
    const after = extension.lintCounts()
    assert.equal(after.incremental - before.incremental, 1)
    assert.equal(after.whole - before.whole, 0)
    assert.ok(after.chunks - before.chunks <= 2, `re-read ${after.chunks - before.chunks} chunks`)
    await vscode.commands.executeCommand('workbench.action.files.revert')
  })
})
