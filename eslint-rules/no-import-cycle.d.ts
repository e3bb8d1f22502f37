import type { Rule } from 'eslint'

/** ESLint rule: no module may reach itself through relative imports. */
declare const rule: Rule.RuleModule
export default rule
