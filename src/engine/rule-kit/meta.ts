/** The `source` of every message our own rules write. */
export const OUR_SOURCE_ID = 'editorial-review'

/** Where each rule's page lives; a finding's `url` points there. */
export const DOCS_BASE_URL = 'https://github.com/editorial-review/editorial-review/blob/main/docs/rules/'

export function ruleUrl(ruleId: string): string {
  return `${DOCS_BASE_URL}${ruleId}.md`
}
