import { defineDimension } from '../define.js';

/**
 * Effectiveness (客户有效性, seed 002): whether the customer promotes the firm or brings it profit. An
 * ineffective customer does neither and is not worth the time; managing relationships means
 * keeping effective customers loyal.
 *
 * @example
 * ```ts
 * import { effectiveness } from 'crm-taxonomy';
 *
 * effectiveness.values.map((v) => v.id); //=> ['effective', 'ineffective']
 * ```
 */
export const effectiveness = defineDimension({
  id: 'effectiveness',
  kind: 'classification',
  ordered: false,
  label: { en: 'Effectiveness', 'zh-Hans': '客户有效性', 'zh-Hant': '客戶有效性' },
  description: {
    en: 'Whether the customer promotes the firm or brings it profit',
    'zh-Hans': '按客户能否为企业宣传或带来利润划分：有效客户、无效客户',
    'zh-Hant': '按客戶能否為企業宣傳或帶來利潤劃分：有效客戶、無效客戶',
  },
  source: [{ seed: '002', term: '有效客戶' }],
  values: [
    {
      id: 'effective',
      label: { en: 'Effective customer', 'zh-Hans': '有效客户', 'zh-Hant': '有效客戶' },
      description: {
        en: 'Promotes the firm or brings it profit; its loyalty is worth managing',
        'zh-Hans': '能为企业宣传或带来利润，值得维护其忠诚度',
        'zh-Hant': '能為企業宣傳或帶來利潤，值得維護其忠誠度',
      },
      source: [{ seed: '002', term: '有效客戶' }],
    },
    {
      id: 'ineffective',
      label: { en: 'Ineffective customer', 'zh-Hans': '无效客户', 'zh-Hant': '無效客戶' },
      description: {
        en: 'Neither promotes the firm nor brings it profit; not worth the time',
        'zh-Hans': '既不能为企业宣传，也不能带来利润，不值得在其身上浪费时间',
        'zh-Hant': '既不能為企業宣傳，也不能帶來利潤，不值得在其身上浪費時間',
      },
      source: [{ seed: '002', term: '無效客戶' }],
    },
  ],
});
