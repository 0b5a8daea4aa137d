// `node:assert/strict` for the web worker extension host, which has no Node built-ins: the web suite's
// bundle maps that import here. Only what the integration suite uses, with Node's strict semantics.
export class AssertionError extends Error {
  override name = 'AssertionError'
}

function describe(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    return String(value)
  }
}

function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message
  throw new AssertionError(message ?? fallback)
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `Expected a truthy value, got ${describe(value)}`)
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected))
    fail(message, `Expected values to be strictly equal:\n${describe(actual)} !== ${describe(expected)}`)
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected ${describe(actual)} to differ`)
}

function deepEqualValues(actual: unknown, expected: unknown): boolean {
  if (Object.is(actual, expected)) return true
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false
  if (Object.getPrototypeOf(actual) !== Object.getPrototypeOf(expected)) return false
  const actualKeys = Object.keys(actual)
  const expectedKeys = Object.keys(expected)
  if (actualKeys.length !== expectedKeys.length) return false
  return actualKeys.every(
    (key) =>
      Object.hasOwn(expected, key) &&
      deepEqualValues((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key])
  )
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEqualValues(actual, expected))
    fail(message, `Expected values to be strictly deep-equal:\n${describe(actual)}\n${describe(expected)}`)
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (!pattern.test(value)) fail(message, `The input did not match ${pattern}: ${describe(value)}`)
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (pattern.test(value)) fail(message, `The input was expected not to match ${pattern}: ${describe(value)}`)
}

export async function rejects(
  promise: Promise<unknown> | (() => Promise<unknown>),
  message?: string | Error
): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise)
  } catch {
    return
  }
  fail(message, 'Missing expected rejection')
}

const strict = Object.assign(ok, {
  ok,
  equal,
  notEqual,
  deepEqual,
  match,
  doesNotMatch,
  rejects,
  strictEqual: equal,
  deepStrictEqual: deepEqual,
  AssertionError
})
export default strict
