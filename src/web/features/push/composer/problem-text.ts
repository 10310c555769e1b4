/**
 * A composer problem in the operator's language. Contract rules are worded in English by the contract;
 * the push-specific ones are translated here, the common ones by `ruleText`, anything else shown as is.
 */
import type { Language } from '../../../lib/i18n/i18n';
import { ruleText } from '../../../lib/rule-text';
import type { composerMessages } from './messages';
import type { Problem } from './validate';

type Messages = (typeof composerMessages)['en'];

const zhPushRules: [RegExp, (...groups: string[]) => string][] = [
  [/^must list at most (\d+) tags \((\d+)\)$/, (n, code) => `最多 ${n} 个标签（${code}）`],
  [/^must list at least one tag.*$/, () => '至少需要一个标签'],
  [/^must not also be in TagsAnd \("(.*)", 90022\)$/, (tag) => `“${tag}”不能同时出现在 TagsAnd 中（90022）`],
  [
    /^must not combine attribute and tag conditions \(90039\)$/,
    () => '不能同时使用属性条件和标签条件（90039）',
  ],
  [/^must be at most (\d+) seconds \(7 days\)$/, (n) => `最多 ${n} 秒（7 天）`],
  [/^must be 0 or more$/, () => '不能小于 0'],
  [/^must be a whole number of seconds$/, () => '必须是整数秒'],
  [/^must be at most (\d+) bytes of JSON \(is (\d+)\)$/, (max, n) => `JSON 最多 ${max} 字节（当前 ${n}）`],
  [/^must contain at most one TIMCustomElem$/, () => '最多只能包含一个自定义元素（TIMCustomElem）'],
  [/^must hold at least one message element$/, () => '至少需要一个消息元素'],
  [/^must name at most (\d+) attributes.*$/, (n) => `最多 ${n} 个属性`],
];

/** The text of one problem (without the field's label). */
export function problemText(problem: Problem, lang: Language, m: Messages): string {
  if ('rule' in problem) {
    if (lang === 'zh') {
      for (const [pattern, render] of zhPushRules) {
        const match = pattern.exec(problem.rule);
        if (match) return render(...match.slice(1));
      }
    }
    return ruleText(problem.rule, lang);
  }
  const p = m.problems;
  switch (problem.local) {
    case 'number':
      return p.number;
    case 'json':
      return p.json(problem.detail ?? '');
    case 'rawElement':
      return p.rawElement;
    case 'noElements':
      return p.noElements;
    case 'noCondition':
      return p.noCondition;
    case 'unknownAttr':
      return p.unknownAttr(problem.detail ?? '');
    case 'repeatedAttr':
      return p.repeatedAttr(problem.detail ?? '');
    case 'attrNameMissing':
      return p.attrNameMissing;
    case 'required':
      return p.required;
  }
}

/** Problems shown before the operator first tries to send: not the ones an untouched form has. */
export function shownBeforeSubmit(problem: Problem): boolean {
  return !('local' in problem && ['required', 'noCondition', 'attrNameMissing'].includes(problem.local));
}
