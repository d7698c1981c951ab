import { defineDimension } from '../define.js';

/**
 * Demeanor (客户表现类型, seed 001): how the customer behaves in a sales contact (demanding, confused or
 * agitated), so that the salesperson can adapt to it.
 *
 * @example
 * ```ts
 * import { demeanor } from 'crm-taxonomy';
 *
 * demeanor.values.map((v) => v.id); //=> ['demanding', 'confused', 'agitated']
 * ```
 */
export const demeanor = defineDimension({
  id: 'demeanor',
  kind: 'classification',
  ordered: false,
  label: { en: 'Demeanor', 'zh-Hans': '客户表现类型', 'zh-Hant': '客戶表現類型' },
  description: {
    en: 'How the customer behaves in a sales contact, so that the salesperson can adapt',
    'zh-Hans': '按客户在销售过程中的表现划分，以便采取不同的应对方式',
    'zh-Hant': '按客戶在銷售過程中的表現劃分，以便採取不同的應對方式',
  },
  source: [{ seed: '001', term: '按照客户的表现类型' }],
  values: [
    {
      id: 'demanding',
      label: { en: 'Demanding', 'zh-Hans': '要求型客户', 'zh-Hant': '要求型客戶' },
      description: {
        en: 'Wants to know the offer; opinionated, clear-headed, controlling, with many ideas and questions',
        'zh-Hans': '想了解产品和服务，较有主见，思路清晰，控制欲较强，通常会提出很多想法和疑问',
        'zh-Hant': '想了解產品和服務，較有主見，思路清晰，控制慾較強，通常會提出很多想法和疑問',
      },
      source: [{ seed: '001', term: '要求型客户' }],
    },
    {
      id: 'confused',
      label: { en: 'Confused', 'zh-Hans': '困惑型客户', 'zh-Hant': '困惑型客戶' },
      description: {
        en: 'Is unclear or mistaken about something and needs it explained',
        'zh-Hans': '对某个问题不清楚或有误会，需要为其解释清楚',
        'zh-Hant': '對某個問題不清楚或有誤會，需要為其解釋清楚',
      },
      source: [{ seed: '001', term: '困惑型客户' }],
    },
    {
      id: 'agitated',
      label: { en: 'Agitated', 'zh-Hans': '激动型客户', 'zh-Hant': '激動型客戶' },
      description: {
        en: 'Emotional and dissatisfied with the offer; speaks fast',
        'zh-Hans': '情绪激动，对产品或服务不满意，语速较快',
        'zh-Hant': '情緒激動，對產品或服務不滿意，語速較快',
      },
      source: [{ seed: '001', term: '激动型客户' }],
    },
  ],
});
