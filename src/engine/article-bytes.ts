/** Above this size an article is not linted (see README, "Limits"). */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024

export type DecodedArticle = {status: 'text'; text: string} | {status: 'skipped'; reason: string}

/** Reads bytes as UTF-8 article text, refusing binary, invalid and oversized files with a reason. */
export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      status: 'skipped',
      reason: `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${(bytes.length / 1024 / 1024).toFixed(1)} MB); split it or lint a part of it.`
    }
  }
  if (bytes.subarray(0, 8000).includes(0))
    return {status: 'skipped', reason: 'binary file (it contains NUL bytes); not linted.'}
  try {
    return {status: 'text', text: new TextDecoder('utf-8', {fatal: true}).decode(bytes)}
  } catch {
    return {status: 'skipped', reason: 'not valid UTF-8 text; not linted.'}
  }
}
