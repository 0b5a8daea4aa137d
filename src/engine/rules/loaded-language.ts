import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {LOADED_LANGUAGE, LOADED_LANGUAGE_CLASSES} from './loaded-language.data'

/**
 * Emotive, judging or contentious words in the writer's own voice, each with
 * the neutral wording an editor would use. Quotations are the speaker's and
 * are left alone (the engine drops findings inside them).
 */
const loadedLanguage = createLexiconRule({
  ruleId: 'loaded-language',
  entries: LOADED_LANGUAGE,
  classes: LOADED_LANGUAGE_CLASSES,
  message: '“{actual}” is loaded: it judges rather than describes. Use neutral wording or attribute the judgement.',
  skipNames: true,
  note: 'Loaded words tell readers what to feel before the facts do. In news copy the writer describes; opinions belong to named sources.'
})

export default loadedLanguage
