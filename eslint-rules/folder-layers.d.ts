import type { Rule } from 'eslint'

/** ESLint rule: src/ folders are layers; imports only point down. */
declare const rule: Rule.RuleModule
export default rule
