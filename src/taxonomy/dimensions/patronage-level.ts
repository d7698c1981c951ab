import { defineDimension } from '../define.js';

/**
 * Patronage level (客户关系级别, seed 003): five levels of a customer's attachment, from a passer-by
 * (过客) through customer, regular and honoured guest to a devotee (香客). The seed names the levels
 * only; the descriptions read their plain meaning. Ordered: `passer_by` < `customer` < `regular` <
 * `honored` < `devotee`.
 *
 * @example
 * ```ts
 * import { patronageLevel } from 'crm-taxonomy';
 *
 * patronageLevel.values.map((v) => v.id); //=> ['passer_by', 'customer', 'regular', 'honored', 'devotee']
 * ```
 */
export const patronageLevel = defineDimension({
  id: 'patronage_level',
  kind: 'relationship',
  ordered: true,
  label: { en: 'Patronage level', 'zh-Hans': '客户关系级别', 'zh-Hant': '客戶關係級別' },
  description: {
    en: 'Five levels of attachment, from a passer-by to a devotee',
    'zh-Hans': '从客户关系的角度划分的五个级别：过客、顾客、常客、上客、香客',
    'zh-Hant': '從客戶關係的角度劃分的五個級別：過客、顧客、常客、上客、香客',
  },
  source: [{ seed: '003', term: '过客、顾客、常客、上客、香客' }],
  values: [
    {
      id: 'passer_by',
      label: { en: 'Passer-by', 'zh-Hans': '过客', 'zh-Hant': '過客' },
      description: {
        en: 'Passes by or comes once, with no relationship yet',
        'zh-Hans': '路过或偶尔光顾，尚未建立关系',
        'zh-Hant': '路過或偶爾光顧，尚未建立關係',
      },
      source: [{ seed: '003', term: '过客' }],
    },
    {
      id: 'customer',
      label: { en: 'Customer', 'zh-Hans': '顾客', 'zh-Hant': '顧客' },
      description: {
        en: 'Has bought from the firm',
        'zh-Hans': '已经在企业消费过',
        'zh-Hant': '已經在企業消費過',
      },
      source: [{ seed: '003', term: '顾客' }],
    },
    {
      id: 'regular',
      label: { en: 'Regular', 'zh-Hans': '常客', 'zh-Hant': '常客' },
      description: {
        en: 'Comes back and buys often',
        'zh-Hans': '经常光顾、重复消费',
        'zh-Hant': '經常光顧、重複消費',
      },
      source: [{ seed: '003', term: '常客' }],
    },
    {
      id: 'honored',
      label: { en: 'Honoured guest', 'zh-Hans': '上客', 'zh-Hant': '上客' },
      description: {
        en: 'A valued customer the firm treats as an honoured guest',
        'zh-Hans': '被企业视为贵客的重要客户',
        'zh-Hant': '被企業視為貴客的重要客戶',
      },
      source: [{ seed: '003', term: '上客' }],
    },
    {
      id: 'devotee',
      label: { en: 'Devotee', 'zh-Hans': '香客', 'zh-Hant': '香客' },
      description: {
        en: 'Devoted like a pilgrim: keeps coming back out of trust',
        'zh-Hans': '像香客一样虔诚，出于信赖而持续光顾',
        'zh-Hant': '像香客一樣虔誠，出於信賴而持續光顧',
      },
      source: [{ seed: '003', term: '香客' }],
    },
  ],
});
