import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {before, test} from 'node:test'
import {PROJECT_ROOT} from './helpers'

before(() => {
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js')], {cwd: PROJECT_ROOT, stdio: 'ignore'})
})

test('the web extension bundle needs nothing from Node: it can run in VS Code for the Web', () => {
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'web', 'extension.cjs'), 'utf8')
  const required = [...bundle.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1])
  assert.deepEqual([...new Set(required)], ['vscode'])
})

test('the Node extension bundle loads only vscode and Node built-ins at run time', () => {
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'extension.cjs'), 'utf8')
  const required = [...new Set([...bundle.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]))]
  assert.ok(required.includes('vscode'))
  for (const name of required) assert.ok(name === 'vscode' || name.startsWith('node:') || ['path', 'url', 'process', 'fs', 'util', 'os', 'assert'].includes(name), name)
})

test('the extension manifest points at the bundles, activates lazily and ships its schema', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'))
  assert.equal(manifest.main, './dist/extension.cjs')
  assert.equal(manifest.browser, './dist/web/extension.cjs')
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext'])
  assert.equal(manifest.contributes.jsonValidation[0].url, './dist/config.schema.json')
  assert.equal(manifest.engines.vscode, '^1.100.0')
})
