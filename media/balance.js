// The balance report page. Everything from the article is set with textContent: it is data, never markup.
// @ts-check
;(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi()
  const root = /** @type {HTMLElement} */ (document.getElementById('report'))

  /** @param {string} tag @param {string} [className] @param {string} [text] */
  function element(tag, className, text) {
    const node = document.createElement(tag)
    if (className) node.className = className
    if (text !== undefined) node.textContent = text
    return node
  }

  /** @param {any} report @param {string} fileName */
  function render(report, fileName) {
    root.replaceChildren()
    const reading = report.reading || {scored: true, unread: []}
    // An article the score could not read (mostly not in English, or too short): the reason, not a number.
    if (!reading.scored) {
      const header = element('header', 'summary')
      const score = element('div', 'score', '—')
      score.setAttribute('aria-label', 'Not scored')
      const verdict = element('div', 'verdict')
      verdict.append(
        element('h1', '', String(report.verdict)),
        element('p', 'file', fileName),
        element('p', 'summary-text', String(report.summary))
      )
      header.append(score, verdict)
      header.dataset.band = 'none'
      root.append(header)
      if (reading.unreadWords < reading.words) root.append(unreadSection(reading))
      const footer = element('footer')
      const exportButton = element('button', 'export', 'Export as Markdown')
      exportButton.addEventListener('click', () => vscode.postMessage({type: 'export'}))
      footer.append(exportButton)
      root.append(footer)
      return
    }
    const header = element('header', 'summary')
    const score = element('div', 'score', String(report.score))
    score.setAttribute('aria-label', `Balance score ${report.score} out of 100`)
    const verdict = element('div', 'verdict')
    verdict.append(
      element('h1', '', report.verdict),
      element('p', 'file', fileName),
      element('p', 'summary-text', report.summary)
    )
    header.append(score, verdict)
    header.dataset.band = report.score >= 70 ? 'good' : report.score >= 50 ? 'fair' : 'poor'
    root.append(header)
    if (reading.note) root.append(unreadSection(reading))

    const chart = element('section', 'chart')
    chart.append(element('h2', '', 'Components'))
    for (const component of report.components) {
      const row = element('div', 'bar-row')
      const label = element('span', 'bar-label', `${component.label} (×${component.weight})`)
      const track = element('span', 'bar-track')
      const fill = element('span', 'bar-fill')
      // CSSOM, not a style attribute: allowed by the page's content security policy.
      fill.style.width = `${Math.round(component.score * 100)}%`
      fill.dataset.band = component.score >= 0.7 ? 'good' : component.score >= 0.4 ? 'fair' : 'poor'
      track.append(fill)
      row.append(label, track, element('span', 'bar-value', String(Math.round(component.score * 100))))
      chart.append(row)
    }
    root.append(chart)

    if (report.sources && report.sources.length > 0) root.append(voicesTable(report))

    if (report.nextSteps.length > 0) {
      const steps = element('section', 'next-steps')
      steps.append(element('h2', '', 'Next steps'))
      const list = element('ol')
      for (const step of report.nextSteps) list.append(element('li', '', step))
      steps.append(list)
      root.append(steps)
    }

    for (const component of report.components) {
      const section = element('section', 'component')
      section.append(
        element('h2', '', `${component.label}: ${Math.round(component.score * 100)}/100`),
        element('p', 'detail', component.detail)
      )
      if (component.evidence.length > 0) {
        const list = element('ul', 'evidence')
        for (const item of component.evidence) {
          const entry = element('li')
          const link = element('button', 'evidence-link', item.text.replace(/\s+/g, ' ').trim())
          link.title = `Line ${item.line}: select it in the article`
          link.addEventListener('click', () =>
            vscode.postMessage({type: 'reveal', start: item.span.start, end: item.span.end})
          )
          entry.append(link, element('span', 'note', ` — ${item.note}`))
          list.append(entry)
        }
        section.append(list)
      }
      root.append(section)
    }

    const footer = element('footer')
    const exportButton = element('button', 'export', 'Export as Markdown')
    exportButton.addEventListener('click', () => vscode.postMessage({type: 'export'}))
    footer.append(exportButton)
    root.append(footer)
  }

  /** What was not read: the note, and a button for each paragraph not in English that selects it. @param {any} reading */
  function unreadSection(reading) {
    const section = element('section', 'unread')
    if (reading.scored && reading.note) section.append(element('p', 'reading-note', String(reading.note)))
    const paragraphs = Array.isArray(reading.unread) ? reading.unread.slice(0, 50) : []
    if (paragraphs.length > 0) {
      const list = element('ul', 'evidence')
      for (const span of paragraphs) {
        const entry = element('li')
        const link = element('button', 'evidence-link', `Line ${span.line}: not in English`)
        link.title = `Line ${span.line}: select the paragraph in the article`
        link.addEventListener('click', () => vscode.postMessage({type: 'reveal', start: span.start, end: span.end}))
        entry.append(link)
        list.append(entry)
      }
      section.append(list)
    }
    return section
  }

  /** @type {Record<string, string>} */
  const SIDES = {
    principal: 'Own side',
    opponent: 'Opponent or critic',
    independent: 'Independent',
    unknown: 'Not stated'
  }

  /** The voices: one row each, most heard first; a click (or Enter) selects the voice's sentences in the article. @param {any} report */
  function voicesTable(report) {
    const section = element('section', 'voices')
    section.append(element('h2', '', 'Voices'))
    if (report.subjects && report.subjects.length > 0)
      section.append(
        element(
          'p',
          'detail',
          `The article is about ${report.subjects.join(', ')}. Each row selects the voice’s sentences in the article.`
        )
      )
    const table = element('table', 'voices-table')
    const head = element('thead')
    const headRow = element('tr')
    for (const title of ['Name', 'Who', 'Side', 'Sentences', 'Words', 'How']) headRow.append(element('th', '', title))
    head.append(headRow)
    const body = element('tbody')
    for (const voice of report.sources) {
      const row = element('tr', 'voice-row')
      row.tabIndex = 0
      row.dataset.side = String(voice.side)
      const name = element('td', 'voice-name', String(voice.name))
      const side = element('td', 'voice-side')
      side.append(
        element('span', 'side-label', SIDES[voice.side] || String(voice.side)),
        element('span', 'side-reason', String(voice.sideReason))
      )
      row.append(
        name,
        element('td', 'voice-who', voice.description ? String(voice.description) : '—'),
        side,
        element('td', 'number', String(voice.sentences)),
        element('td', 'number', `${voice.words}${voice.quotedWords > 0 ? ` (${voice.quotedWords} quoted)` : ''}`),
        element('td', 'voice-how', String(voice.speech))
      )
      const lines = Array.isArray(voice.lines) ? voice.lines : []
      row.title = `Select ${voice.sentences === 1 ? 'its sentence' : `its ${voice.sentences} sentences`} in the article${lines.length > 0 ? ` (line ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? '…' : ''})` : ''}`
      const reveal = () =>
        vscode.postMessage({
          type: 'reveal-voice',
          spans: voice.spans.map((/** @type {any} */ span) => ({start: span.start, end: span.end}))
        })
      row.addEventListener('click', reveal)
      row.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault()
          reveal()
        }
      })
      body.append(row)
    }
    table.append(head, body)
    section.append(table)
    return section
  }

  window.addEventListener('message', (event) => {
    const message = event.data
    if (message && message.type === 'report') render(message.report, String(message.fileName))
  })
})()
