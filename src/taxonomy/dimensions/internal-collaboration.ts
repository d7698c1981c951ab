import { defineDimension } from '../define.js';

/**
 * Internal collaboration (内部客户协作类型, seed 001): how internal customers work with one another:
 * independently with mutual help, in a chain that hands work on, or as one team.
 *
 * @example
 * ```ts
 * import { internalCollaboration } from 'crm-taxonomy';
 *
 * internalCollaboration.values.map((v) => v.id); //=> ['horizontal_support', 'upstream_downstream', 'team']
 * ```
 */
export const internalCollaboration = defineDimension({
  id: 'internal_collaboration',
  kind: 'classification',
  ordered: false,
  label: {
    en: 'Internal collaboration',
    'zh-Hans': '内部客户协作类型',
    'zh-Hant': '內部客戶協作類型',
  },
  description: {
    en: 'How internal customers work with one another',
    'zh-Hans': '内部客户之间的协作方式',
    'zh-Hant': '內部客戶之間的協作方式',
  },
  source: [{ seed: '001', term: '内部客户分类' }],
  values: [
    {
      id: 'horizontal_support',
      label: { en: 'Horizontal support', 'zh-Hans': '水平支援型', 'zh-Hant': '水平支援型' },
      description: {
        en: 'Work independently and help one another when in difficulty',
        'zh-Hans': '彼此独立工作，遇到困难时相互帮助',
        'zh-Hant': '彼此獨立工作，遇到困難時相互幫助',
      },
      source: [{ seed: '001', term: '水平支援型' }],
    },
    {
      id: 'upstream_downstream',
      label: { en: 'Upstream and downstream', 'zh-Hans': '上下源流型', 'zh-Hant': '上下源流型' },
      description: {
        en: 'Hands its finished work on to the next person',
        'zh-Hans': '自己的工作完成后，转给下一位员工',
        'zh-Hant': '自己的工作完成後，轉給下一位員工',
      },
      source: [{ seed: '001', term: '上下源流型' }],
    },
    {
      id: 'team',
      label: { en: 'Team collaboration', 'zh-Hans': '小组合作型', 'zh-Hant': '小組合作型' },
      description: {
        en: 'A team completes one piece of work together',
        'zh-Hans': '一个团队共同协作完成一项工作',
        'zh-Hant': '一個團隊共同協作完成一項工作',
      },
      source: [{ seed: '001', term: '小组全作型' }],
    },
  ],
});
