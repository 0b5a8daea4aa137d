import assert from 'node:assert/strict'
import {test} from 'node:test'
import {ConfigResolver, effectiveSeverity, type ConfigReader} from '../../src/engine/index'

/** A file system in memory: path → text; a value of null stands for a file that exists but cannot be read. */
function memoryReader(files: Record<string, string | null>): ConfigReader & {reads: string[]} {
  const reads: string[] = []
  return {
    reads,
    async readFile(path) {
      reads.push(path)
      const text = files[path]
      if (text === null) throw Object.assign(new Error('permission denied'), {code: 'EACCES'})
      return text
    }
  }
}

test('the nearest config file above the article is used, and the article path is taken relative to it', async () => {
  const reader = memoryReader({
    '/news/.editorial-review.json': '{"rules": {"weasel": "error"}}',
    '/.editorial-review.json': '{"rules": {"weasel": "off"}}'
  })
  const resolved = await new ConfigResolver(reader).resolve({articlePath: '/news/politics/2026/vote.md'})
  assert.equal(resolved.path, '/news/.editorial-review.json')
  assert.equal(resolved.articlePath, 'politics/2026/vote.md')
  assert.equal(effectiveSeverity('weasel', resolved.config), 'error')
  assert.deepEqual(resolved.notices, [])
})

test('looking stops at the workspace folder', async () => {
  const reader = memoryReader({'/.editorial-review.json': '{"rules": {"weasel": "off"}}'})
  const resolved = await new ConfigResolver(reader).resolve({articlePath: '/work/site/story.md', root: '/work/site'})
  assert.equal(resolved.path, undefined)
  assert.equal(effectiveSeverity('weasel', resolved.config), 'warning')
  assert.deepEqual(reader.reads, ['/work/site/.editorial-review.json'])
})

test('`ignore` globs match the article relative to the config file', async () => {
  const reader = memoryReader({'/site/.editorial-review.json': '{"ignore": ["drafts/**"]}'})
  const resolver = new ConfigResolver(reader)
  assert.equal((await resolver.resolve({articlePath: '/site/drafts/idea.md'})).ignored, true)
  assert.equal((await resolver.resolve({articlePath: '/site/published/idea.md'})).ignored, false)
})

test('editor settings win over the file, a category setting included', async () => {
  const reader = memoryReader({'/site/.editorial-review.json': '{"rules": {"weasel": "error", "speculation": "hint"}}'})
  const resolved = await new ConfigResolver(reader).resolve({
    articlePath: '/site/a.md',
    settings: {categories: {weasel: 'off'}, rules: {speculation: 'info'}, allow: ['Empire Capital']}
  })
  assert.equal(effectiveSeverity('weasel', resolved.config), undefined)
  assert.equal(effectiveSeverity('vague-quantity', resolved.config), undefined)
  assert.equal(effectiveSeverity('speculation', resolved.config), 'info')
  assert.deepEqual(resolved.config.allow, ['Empire Capital'])
})

test('a rule setting in the editor beats a category setting in the editor', async () => {
  const resolved = await new ConfigResolver(memoryReader({})).resolve({
    articlePath: '/a.md',
    settings: {categories: {weasel: 'off'}, rules: {weasel: 'error'}}
  })
  assert.equal(effectiveSeverity('weasel', resolved.config), 'error')
  assert.equal(effectiveSeverity('vague-quantity', resolved.config), undefined)
})

test('a config file that cannot be read or parsed gives a notice and the defaults', async () => {
  const resolver = new ConfigResolver(
    memoryReader({'/locked/.editorial-review.json': null, '/broken/.editorial-review.json': '{"rules": '})
  )
  const locked = await resolver.resolve({articlePath: '/locked/a.md'})
  assert.match(locked.notices[0].message, /\/locked\/\.editorial-review\.json: cannot be read \(EACCES\)/)
  assert.equal(effectiveSeverity('weasel', locked.config), 'warning')
  const broken = await resolver.resolve({articlePath: '/broken/a.md'})
  assert.equal(broken.notices[0].severity, 'error')
  assert.match(broken.notices[0].message, /not valid JSON/)
})

test('an explicit config file is used instead of looking, and files are read once until cleared', async () => {
  const reader = memoryReader({
    '/elsewhere/strict.json': '{"rules": {"passive-voice": "off"}}',
    '/site/.editorial-review.json': '{}'
  })
  const resolver = new ConfigResolver(reader)
  const resolved = await resolver.resolve({articlePath: '/site/a.md', explicitPath: '/elsewhere/strict.json'})
  assert.equal(resolved.path, '/elsewhere/strict.json')
  assert.equal(resolved.articlePath, '../site/a.md')
  assert.equal(effectiveSeverity('passive-voice', resolved.config), undefined)
  await resolver.resolve({articlePath: '/site/a.md'})
  await resolver.resolve({articlePath: '/site/b.md'})
  assert.equal(reader.reads.filter((path) => path === '/site/.editorial-review.json').length, 1)
  resolver.clear()
  await resolver.resolve({articlePath: '/site/a.md'})
  assert.equal(reader.reads.filter((path) => path === '/site/.editorial-review.json').length, 2)
})

test('sensitivity comes from the file, and the editor or the command line overrides it', async () => {
  const reader = memoryReader({
    '/site/.editorial-review.json': '{"sensitivity": "thorough"}',
    '/bad/.editorial-review.json': '{"sensitivity": "paranoid"}'
  })
  const resolver = new ConfigResolver(reader)
  assert.equal((await resolver.resolve({articlePath: '/site/a.md'})).config.sensitivity, 'thorough')
  assert.equal(
    (await resolver.resolve({articlePath: '/site/a.md', settings: {sensitivity: 'precise'}})).config.sensitivity,
    'precise'
  )
  assert.equal(
    (await resolver.resolve({articlePath: '/site/a.md', settings: {sensitivity: undefined}})).config.sensitivity,
    'thorough'
  )
  const bad = await resolver.resolve({articlePath: '/bad/a.md'})
  assert.equal(bad.config.sensitivity, undefined)
  assert.match(bad.notices[0].message, /"sensitivity" is "paranoid"; expected one of precise, balanced, thorough/)
})
