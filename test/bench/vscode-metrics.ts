// Loaded into a real VS Code by `npm run bench`: activation time and time to first diagnostics, reported as one JSON line.
import * as vscode from 'vscode'

const EXTENSION_ID = 'editorial-review.editorial-review'

function article(words: number): string {
  const sentences = [
    'Northwind has bought a controlling stake in the Port of Kelby for $2 billion, the company said.',
    'Many believe the port will inevitably lose its smaller tenants, and the deal is much-touted.',
    'Lena Brandt, an economist, said fees would rise within three years.',
    'The berths are all controlled by one shipping group.'
  ]
  const parts: string[] = []
  for (let count = 0, index = 0; count < words; index++) {
    const sentence = sentences[index % sentences.length]
    parts.push(sentence)
    count += sentence.split(' ').length
    if (index % 4 === 3) parts.push('\n\n')
  }
  return parts.join(' ')
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<{activationMs: number}>(EXTENSION_ID)!
  const {activationMs} = await extension.activate()

  const firstDiagnostics: number[] = []
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: article(1000) + `\n\nRound ${round}.`
    })
    await vscode.window.showTextDocument(document)
    await new Promise<void>((resolve) => {
      const check = () => {
        if (
          vscode.languages.getDiagnostics(document.uri).some((diagnostic) => diagnostic.source === 'Editorial Review')
        ) {
          subscription.dispose()
          resolve()
        }
      }
      const subscription = vscode.languages.onDidChangeDiagnostics(check)
      check()
    })
    firstDiagnostics.push(performance.now() - start)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor')
  }
  firstDiagnostics.sort((a, b) => a - b)
  console.log(
    `BENCH ${JSON.stringify({activationMs, firstDiagnosticsMs: firstDiagnostics[Math.floor(firstDiagnostics.length / 2)]})}`
  )
  console.log('1 passed, 0 failed')
}
