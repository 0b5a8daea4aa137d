import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {BALANCE_WEIGHTS, type BalanceReport} from '../../../src/engine/index'
import type {EditorialReviewApi} from '../../../src/extension/extension'
import {
  codeOf,
  diagnosticsFor,
  EXTENSION_ID,
  openFixture,
  ours,
  revert,
  skipInWebWorker,
  SUITE_HOST,
  waitFor,
  workspaceFile
} from './helpers'
// Configuration and lint-count tests run in the same host, after these.
import './configuration.test'

let api: EditorialReviewApi

async function quickFixes(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return waitFor('code actions', async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value
    )
    const mine = (actions ?? []).filter(
      (action) =>
        action.title.includes(`(${codeOf(diagnostic)})`) ||
        action.title.endsWith(codeOf(diagnostic)) ||
        action.title.includes(codeOf(diagnostic))
    )
    return mine.length > 0 ? mine : undefined
  })
}

function diagnosticOn(
  document: vscode.TextDocument,
  diagnostics: readonly vscode.Diagnostic[],
  ruleId: string,
  text: string
): vscode.Diagnostic {
  const found = diagnostics.find(
    (diagnostic) => codeOf(diagnostic) === ruleId && document.getText(diagnostic.range).includes(text)
  )
  assert.ok(
    found,
    `no ${ruleId} diagnostic on “${text}”: ${diagnostics.map((diagnostic) => `${codeOf(diagnostic)}:${document.getText(diagnostic.range)}`).join(' | ')}`
  )
  return found
}

async function runCommand(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `${action.title} has no command`)
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []))
}

describe('Editorial Review in a real VS Code', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension<EditorialReviewApi>(EXTENSION_ID)
    assert.ok(extension, 'the extension is installed')
    await openFixture('article.md')
    api = await extension.activate()
    // The runners read this line: which extension host the suite ran in.
    console.log(
      `  Extension host: ${api.extensionHost} (UI kind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'})`
    )
  })

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors')
  })

  it('runs in the extension host the suite was built for', function () {
    // Set by the bundler: "node" for the Node host's suite, "webworker" for VS Code for the Web's.
    if (!SUITE_HOST) this.skip()
    assert.equal(api.extensionHost, SUITE_HOST)
  })

  it('lints as the article is typed, before it is ever saved', async () => {
    const document = await vscode.workspace.openTextDocument({language: 'markdown', content: ''})
    await vscode.window.showTextDocument(document)
    // Word by word through the editor's own `type` command, as keystrokes arrive.
    const type = async (text: string) => {
      for (const word of text.split(/(?<= )/)) await vscode.commands.executeCommand('type', {text: word})
    }
    await type('Many believe the port will lose its tenants. ')
    await waitFor('a weasel finding on the typed sentence', () =>
      ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel')
    )
    await type('Yet beneath the market hype, a shift is under way.')
    const diagnostics = await waitFor('the second sentence to be linted', () => {
      const found = ours(document.uri)
      return found.some((diagnostic) => codeOf(diagnostic) === 'loaded-language') ? found : undefined
    })
    assert.equal(
      document.getText(),
      'Many believe the port will lose its tenants. Yet beneath the market hype, a shift is under way.'
    )
    diagnosticOn(document, diagnostics, 'weasel', 'Many believe')
    diagnosticOn(document, diagnostics, 'loaded-language', 'hype')
    assert.ok(document.isDirty && document.isUntitled)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
  })

  it('hovers on a finding with the message, the rewrites and the rule page', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'loaded-language', 'hype')
    const hovers = await waitFor('a hover on “hype”', async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        diagnostic.range.start.translate(0, 1)
      )
      const mine = (found ?? [])
        .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
        .filter((text) => text.includes('Editorial Review'))
      return mine.length > 0 ? mine : undefined
    })
    const text = hovers.join('\n')
    assert.match(text, /`loaded-language`/)
    assert.match(text, /attention/)
    assert.match(text, /\[Rule documentation\]\(\S+loaded-language\.md\)/)
  })

  it('Open Rule Documentation shows the rule’s page from the extension’s own docs', async () => {
    await vscode.commands.executeCommand('editorialReview.openRuleDocs', 'weasel')
    const tab = await waitFor('the rule page in the Markdown preview', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (candidate) =>
            candidate.input instanceof vscode.TabInputWebview &&
            candidate.input.viewType.includes('markdown.preview') &&
            candidate.label.includes('weasel')
        )
    )
    assert.ok(tab)
  })

  it('reports diagnostics with rule codes, sources, severities and exact ranges', async () => {
    const editor = await openFixture('article.md')
    const diagnostics = await diagnosticsFor(editor.document.uri, 10)
    const {document} = editor
    const loaded = diagnosticOn(document, diagnostics, 'loaded-language', 'much-touted')
    assert.equal(loaded.source, 'Editorial Review')
    assert.equal(loaded.severity, vscode.DiagnosticSeverity.Warning)
    assert.ok(
      typeof loaded.code === 'object' && loaded.code.target.toString().endsWith('/docs/rules/loaded-language.md')
    )
    const passive = diagnosticOn(document, diagnostics, 'passive-voice', 'are all controlled by one shipping group')
    assert.equal(passive.severity, vscode.DiagnosticSeverity.Information)
    diagnosticOn(document, diagnostics, 'weasel', 'Many believe')
    diagnosticOn(document, diagnostics, 'unsupported-claim', 'estimated to reach $90 billion')
    // Front matter, inline code and the link target are not prose; the disable comment silences "empire".
    assert.ok(!diagnostics.some((diagnostic) => document.getText(diagnostic.range).includes('kelby --report')))
    assert.ok(!diagnostics.some((diagnostic) => document.getText(diagnostic.range) === 'empire'))
    // The quoted words are the speaker's.
    assert.ok(
      !diagnostics.some((diagnostic) => document.getText(diagnostic.range).includes('committed to keeping Kelby open'))
    )
  })

  it('applies a quick fix: the preferred rewrite replaces exactly the flagged words', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'loaded-language', 'hype')
    const actions = await quickFixes(document, diagnostic)
    const preferred = actions.find((action) => action.isPreferred)
    assert.ok(preferred)
    assert.equal(preferred.title, 'Replace “hype” with “attention” (loaded-language)')
    assert.ok(actions.some((action) => action.title === 'Ignore this finding (loaded-language)'))
    assert.ok(actions.some((action) => action.title === 'Disable loaded-language in this workspace'))
    assert.ok(actions.some((action) => action.title === 'Learn about loaded-language'))
    const before = document.getText()
    const start = document.offsetAt(diagnostic.range.start)
    assert.equal(await runCommand(preferred), true)
    assert.equal(document.getText(), before.slice(0, start) + 'attention' + before.slice(start + 'hype'.length))
    await revert(editor)
  })

  it('turns placeholders into snippet tab stops', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'weasel', 'Many believe')
    const preferred = (await quickFixes(document, diagnostic)).find((action) => action.isPreferred)!
    assert.match(preferred.title, /\[named sources\] believe/)
    assert.equal(await runCommand(preferred), true)
    const line = document.lineAt(diagnostic.range.start.line).text
    assert.ok(line.includes('named sources believe'), line)
    // The tab stop's text is selected, ready to be typed over.
    assert.equal(document.getText(vscode.window.activeTextEditor!.selection), 'named sources')
    await revert(editor)
  })

  it('refuses a stale fix and says why, touching nothing', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'loaded-language', 'titans')
    const preferred = (await quickFixes(document, diagnostic)).find((action) => action.isPreferred)!
    // The editor types at the start of the line, so the fix's range no longer holds "titans".
    await editor.edit((edit) => edit.insert(new vscode.Position(diagnostic.range.start.line, 0), 'Meanwhile '))
    const text = document.getText()
    assert.equal(await runCommand(preferred), false)
    assert.equal(document.getText(), text)
    await revert(editor)
  })

  it('keeps only the latest version’s diagnostics after fast edits', async () => {
    const editor = await openFixture('article.txt')
    const {document} = editor
    await diagnosticsFor(document.uri, 5)
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Experts say the fees are fair. '))
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'It was a brutal week. '))
    const latest = document.version
    await waitFor('a lint of the latest version', () => api.linter.resultFor(document.uri)?.version === latest)
    const diagnostics = ours(document.uri)
    const lint = api.linter.resultFor(document.uri)!
    for (const finding of lint.findings)
      assert.equal(document.getText().slice(finding.span.start, finding.span.end), finding.actual)
    diagnosticOn(document, diagnostics, 'weasel', 'Experts say')
    diagnosticOn(document, diagnostics, 'loaded-language', 'brutal')
    await revert(editor)
  })

  it('reads CRLF articles with exact ranges', async () => {
    const editor = await openFixture('crlf.txt')
    const {document} = editor
    const diagnostics = await diagnosticsFor(document.uri, 2)
    assert.equal(document.getText(diagnosticOn(document, diagnostics, 'repeated-words', 'The the').range), 'The the')
    const passive = diagnosticOn(document, diagnostics, 'passive-voice', 'were raised')
    assert.equal(passive.range.start.line, 1)
  })

  it('follows settings: a rule turned off disappears, and comes back', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'loaded-language', 'hype')
    const settings = vscode.workspace.getConfiguration('editorialReview')
    await settings.update('rules', {'loaded-language': 'off'}, vscode.ConfigurationTarget.Workspace)
    try {
      await waitFor(
        'loaded-language to go',
        () =>
          ours(document.uri).length > 0 &&
          !ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'loaded-language')
      )
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace)
    }
    await waitFor('loaded-language to return', () =>
      ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'loaded-language')
    )
  })

  it('Show Balance Score opens the report; the status bar and Markdown export follow', async () => {
    await openFixture('article.md')
    const report = await vscode.commands.executeCommand<BalanceReport>('editorialReview.showBalance')
    assert.ok(report && report.score < 50, `score ${report?.score}`)
    assert.deepEqual(report.components.map((component) => component.id).sort(), Object.keys(BALANCE_WEIGHTS).sort())
    const panel = api.balancePanel()
    assert.ok(panel, 'the panel is open')
    // The table of voices: a row's click selects every sentence in which that voice speaks.
    const voice = report.sources.find((source) => source.spans.length > 0)
    assert.ok(voice, `a voice with its sentences: ${JSON.stringify(report.sources.map((source) => source.name))}`)
    assert.equal(await panel.handleMessage({type: 'reveal-voice', spans: voice.spans}), true)
    const editor = await waitFor('the voice’s sentences selected', () => {
      const active = vscode.window.activeTextEditor
      return active && active.selections.length === voice.spans.length ? active : undefined
    })
    const first = editor.document.getText(
      editor.selections.find((selection) => editor.document.offsetAt(selection.start) === voice.spans[0].start) ??
        editor.selection
    )
    assert.ok(first.length > 0)
    assert.equal(
      await panel.handleMessage({type: 'reveal-voice', spans: [{start: 0, end: 10 ** 9}]}),
      false,
      'a span outside the article is refused'
    )
    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('editorialReview.exportBalance')
    assert.ok(exported)
    assert.match(exported.getText(), /^# Balance report: article\.md/)
    assert.match(exported.getText(), /## Next steps/)
  })

  it('keeps injected markup as data in the balance report', async () => {
    await openFixture('injected.txt')
    const report = await vscode.commands.executeCommand<{components: Array<{evidence: Array<{text: string}>}>}>(
      'editorialReview.showBalance'
    )
    const texts = report.components.flatMap((component) => component.evidence.map((item) => item.text)).join(' ')
    assert.ok(texts.includes('<img src=x onerror='), 'the evidence keeps the characters')
    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('editorialReview.exportBalance')
    assert.ok(!exported.getText().includes('<script>'), 'the export escapes markup')
  })

  it('says an article not in English was not checked: the status bar and the balance report agree, and follow edits', async () => {
    // Written for this test.
    const spanish = [
      '# El puerto sube las tarifas',
      '',
      'La junta del puerto aprobó el lunes una subida de las tarifas de atraque, y el sindicato de las tripulaciones anunció una huelga para la primavera.',
      '',
      'Los armadores dijeron que trasladarán el coste a los pasajeros de las islas, y la asociación de vecinos pidió al gobierno regional que intervenga.',
      ''
    ].join('\n')
    const document = await vscode.workspace.openTextDocument({language: 'markdown', content: spanish})
    await vscode.window.showTextDocument(document)
    const lint = await waitFor('the lint of the Spanish article', () => api.linter.resultFor(document.uri))
    assert.equal(lint.language.unreadShare, 1)
    await waitFor('the status bar to say so', () => api.status().text.includes('not English') || undefined)
    assert.match(
      api.status().tooltip,
      /not in English \(\d+ words\), and the rules read English only: it was not checked/
    )
    const report = await vscode.commands.executeCommand<BalanceReport>('editorialReview.showBalance')
    assert.equal(report.reading.scored, false)
    assert.equal(report.verdict, 'Not scored')
    assert.match(report.summary, /^Not scored: the article is not in English/)
    await waitFor(
      'the status bar to say the balance is not scored',
      () => api.status().text.includes('balance not scored') || undefined
    )
    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('editorialReview.exportBalance')
    assert.match(exported.getText(), /\*\*Not scored:\*\* the article is not in English/)
    assert.doesNotMatch(exported.getText(), /\/100|No one is quoted/)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
    // English paragraphs added: a share is read, and both say which.
    const again = await vscode.window.showTextDocument(document)
    await again.edit((edit) =>
      edit.insert(
        document.positionAt(document.getText().length),
        [
          '',
          'The harbour board voted on Monday to raise docking fees by a fifth, and the ferry crews said they would walk out in the spring if the increase went ahead.',
          '',
          '"We were not consulted at any point," said Maria Lopez, who chairs the union branch. The board chair, Tom Reid, said the fees had not changed in ten years and the port needed the money for repairs.',
          '',
          'The regional government has not said whether it will step in, and the island council said it would meet on Friday to discuss the fees.',
          ''
        ].join('\n')
      )
    )
    const partly = await waitFor('the lint of the edited article', () => {
      const latest = api.linter.resultFor(document.uri)
      return latest && latest.version === document.version ? latest : undefined
    })
    assert.ok(partly.language.unreadShare > 0 && partly.language.unreadShare < 0.5, String(partly.language.unreadShare))
    const percent = Math.round(partly.language.unreadShare * 100)
    await waitFor(
      'the status bar to give the share',
      () => api.status().text.includes(`${percent}% not English`) || undefined
    )
    const rescored = await vscode.commands.executeCommand<BalanceReport>('editorialReview.showBalance')
    assert.equal(rescored.reading.scored, true)
    assert.ok(
      rescored.reading.note?.includes(`Scored on the ${100 - percent}% of the article in English`),
      rescored.reading.note
    )
    await vscode.window.showTextDocument(document)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
  })

  it('Review Suggested Rewrites opens the refactor preview with every rewrite unticked until the editor accepts it', async () => {
    const editor = await openFixture('article.txt')
    const {document} = editor
    await diagnosticsFor(document.uri, 5)
    const before = document.getText()
    let reviewed: number | undefined
    const review = Promise.resolve(vscode.commands.executeCommand<number>('editorialReview.reviewRewrites')).then(
      (count) => (reviewed = count)
    )
    // The preview lists the rewrites; nothing is ticked, so accepting it as it stands changes nothing.
    await waitFor('the refactor preview to be accepted', async () => {
      if (reviewed !== undefined) return true
      await vscode.commands.executeCommand('refactorPreview.apply').then(undefined, () => undefined)
      return reviewed !== undefined
    })
    assert.ok((await review) > 0)
    assert.equal(document.getText(), before)
  })

  it('Review Suggested Rewrites works on the text as it stands, even straight after typing', async () => {
    const editor = await openFixture('article.txt')
    await diagnosticsFor(editor.document.uri, 5)
    const offered = async () => {
      let count: number | undefined
      const review = Promise.resolve(vscode.commands.executeCommand<number>('editorialReview.reviewRewrites')).then(
        (value) => (count = value)
      )
      await waitFor('the preview to close', async () => {
        if (count !== undefined) return true
        await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined)
        return count !== undefined
      })
      return review
    }
    const before = await offered()
    // Typed and reviewed at once: no lint has run on the new sentence yet.
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Experts say the fees are fair. '))
    assert.equal(await offered(), before + 1)
    await revert(editor)
  })

  it('runs Lint Workspace and Toggle', async () => {
    const summary = await vscode.commands.executeCommand<{files: number; findings: number}>(
      'editorialReview.lintWorkspace'
    )
    assert.ok(summary.files >= 4, `linted ${summary.files} files`)
    assert.ok(ours(workspaceFile('article.txt')).length > 0, 'a file that is not open gets diagnostics too')
    const editor = await openFixture('article.md')
    await diagnosticsFor(editor.document.uri, 1)
    assert.equal(await vscode.commands.executeCommand('editorialReview.toggle'), false)
    try {
      await waitFor('diagnostics to clear', () => ours(editor.document.uri).length === 0)
    } finally {
      assert.equal(await vscode.commands.executeCommand('editorialReview.toggle'), true)
    }
    await diagnosticsFor(editor.document.uri, 1)
  })

  it('ignores a finding in Markdown with a comment the article keeps', async () => {
    const editor = await openFixture('article.md')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 10), 'loaded-language', 'titans')
    const ignore = (await quickFixes(document, diagnostic)).find((action) =>
      action.title.startsWith('Ignore this finding')
    )!
    assert.equal(await runCommand(ignore), true)
    assert.match(
      document.lineAt(diagnostic.range.start.line).text,
      /^<!-- editorial-review-disable-next-line loaded-language -->$/
    )
    await waitFor(
      'titans to be ignored',
      () =>
        ours(document.uri).length > 0 && !ours(document.uri).some((entry) => document.getText(entry.range) === 'titans')
    )
    await revert(editor)
  })

  it('caps the Problems panel at maxProblemsPerFile and counts the rest', async function () {
    skipInWebWorker(
      this,
      'the cap is host-independent and the Node host checks it; 10,000 findings take about 20 s in the worker'
    )
    const content = Array.from({length: 10_000}, (_, index) => `Line ${index} is pure hype.`).join('\n')
    const document = await vscode.workspace.openTextDocument({language: 'plaintext', content})
    await vscode.window.showTextDocument(document)
    const diagnostics = await diagnosticsFor(document.uri, 500)
    assert.equal(diagnostics.length, 500)
    const lint = api.linter.resultFor(document.uri)!
    assert.equal(lint.findings.length, 10_000)
    assert.equal(lint.omitted, 9_500)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
  })

  it('leaves an article over the size budget alone instead of freezing', async function () {
    skipInWebWorker(
      this,
      'the budget is host-independent and the Node host checks it; a 10 MB article takes about 6 s in the worker'
    )
    const content = 'The much-touted deal is pure hype. '.repeat(Math.ceil((10 * 1024 * 1024 + 1) / 35))
    const document = await vscode.workspace.openTextDocument({language: 'plaintext', content})
    await vscode.window.showTextDocument(document)
    const small = await vscode.workspace.openTextDocument({language: 'plaintext', content: 'It was pure hype.'})
    await vscode.window.showTextDocument(small)
    // The small article is checked; by then the large one has been passed over.
    await diagnosticsFor(small.uri, 1)
    assert.equal(ours(document.uri).length, 0)
    assert.equal(api.linter.resultFor(document.uri), undefined)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
  })

  it('scores an open balance report on a long article once edits pause, not after every lint', async function () {
    skipInWebWorker(
      this,
      'the pause is host-independent and the Node host checks it; 10,000 words take about 5 s in the worker'
    )
    this.timeout(150_000)
    const paragraph =
      'The harbour board voted to raise the fees, and the much-touted plan drew criticism from the crews.'
    const content = Array.from({length: 600}, (_, index) => `${index + 1}. ${paragraph}`).join('\n\n')
    const file = workspaceFile('long-case/balance.txt')
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content))
    const document = await vscode.workspace.openTextDocument(file)
    await vscode.window.showTextDocument(document)
    await vscode.commands.executeCommand('editorialReview.lintDocument')
    await waitFor('the first lint of the long article', () => api.linter.resultFor(document.uri), 60_000)
    await vscode.commands.executeCommand('editorialReview.showBalance')
    const panel = api.balancePanel()!
    assert.equal(panel.documentUri.toString(), document.uri.toString())
    const scored = panel.scorings
    // Three edits, each linted, closer together than the pause: the report waits.
    for (let round = 0; round < 3; round++) {
      const edit = new vscode.WorkspaceEdit()
      edit.insert(document.uri, new vscode.Position(0, 0), 'x')
      assert.equal(await vscode.workspace.applyEdit(edit), true)
      await waitFor(
        'the edit to be linted',
        () => api.linter.resultFor(document.uri)?.version === document.version || undefined,
        30_000
      )
    }
    assert.equal(panel.scorings, scored)
    // Once they pause, it is scored once, from the latest lint.
    await waitFor('the report to be scored after the pause', () => panel.scorings > scored || undefined, 30_000)
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    assert.equal(panel.scorings, scored + 1)
    await vscode.window.showTextDocument(document)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
    await vscode.workspace.fs.delete(file)
  })

  it('ignores forged messages from the report page', async () => {
    await openFixture('article.md')
    await vscode.commands.executeCommand('editorialReview.showBalance')
    const panel = api.balancePanel()!
    const selection = () => vscode.window.activeTextEditor?.selection
    const before = selection()
    for (const forged of [
      {type: 'reveal', start: 10_000_000, end: 10_000_005},
      {type: 'reveal', start: -5, end: 3},
      {type: 'reveal', start: 5, end: 2},
      {type: 'run', command: 'workbench.action.files.delete'},
      'reveal',
      null
    ]) {
      assert.equal(await panel.handleMessage(forged), false, JSON.stringify(forged))
    }
    assert.deepEqual(selection(), before)
    assert.equal(await panel.handleMessage({type: 'reveal', start: 0, end: 3}), true)
  })

  it('a broken .editorial-review.json leaves the defaults in force; a fixed one applies', async () => {
    const editor = await openFixture('article.txt')
    const {document} = editor
    await diagnosticsFor(document.uri, 5)
    const config = workspaceFile('.editorial-review.json')
    const write = (text: string) => vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text))
    try {
      await write('{ "rules": { "weasel": "off", } ')
      // An edit after the broken config is linted with the defaults: weasel findings stay.
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), 'x'))
      const version = document.version
      await waitFor('a lint after the broken config', () => api.linter.resultFor(document.uri)?.version === version)
      assert.ok(ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel'))
      await write('{ "rules": { "weasel": "off" } }')
      await waitFor(
        'weasel to be turned off by the config file',
        () => ours(document.uri).length > 0 && !ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel')
      )
    } finally {
      await vscode.workspace.fs.delete(config)
    }
    await waitFor('weasel to return', () => ours(document.uri).some((diagnostic) => codeOf(diagnostic) === 'weasel'))
    await revert(editor)
  })

  it('ignores a finding in plain text in .editorial-review.json, for that article only', async () => {
    const editor = await openFixture('article.txt')
    const {document} = editor
    const diagnostic = diagnosticOn(document, await diagnosticsFor(document.uri, 5), 'loaded-language', 'titans')
    const ignore = (await quickFixes(document, diagnostic)).find((action) =>
      action.title.startsWith('Ignore this finding')
    )!
    const config = workspaceFile('.editorial-review.json')
    try {
      assert.equal(await runCommand(ignore), true)
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(config)))
      assert.deepEqual(written.ignoredFindings, [{ruleId: 'loaded-language', text: 'titans', path: 'article.txt'}])
      await waitFor(
        'titans to be ignored',
        () =>
          ours(document.uri).length > 0 &&
          !ours(document.uri).some((entry) => document.getText(entry.range) === 'titans')
      )
      assert.ok(!document.isDirty)
    } finally {
      await vscode.workspace.fs.delete(config)
    }
  })
})
