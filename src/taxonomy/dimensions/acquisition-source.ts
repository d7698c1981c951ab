import { defineDimension } from '../define.js';

/**
 * Acquisition source (客户来源): the way through which the customer was first reached or came to the
 * firm. Added by this library after WukongCRM's 客户来源 field, with the channels seed 003 names for
 * winning customers (拓客): outdoor advertising, flyers, radio, telemarketing and local promotion on
 * WeChat Moments.
 *
 * @example
 * ```ts
 * import { acquisitionSource } from 'crm-taxonomy';
 *
 * acquisitionSource.values.map((v) => v.id);
 * //=> ['promotion', 'search_engine', 'advertising', 'outdoor_ads', 'flyer', 'radio', 'referral', 'online_signup', 'online_inquiry', 'appointment_visit', 'cold_visit', 'telemarketing', 'phone_inquiry', 'email_inquiry', 'social_local']
 * ```
 */
export const acquisitionSource = defineDimension({
  id: 'acquisition_source',
  kind: 'classification',
  ordered: false,
  label: { en: 'Acquisition source', 'zh-Hans': '客户来源', 'zh-Hant': '客戶來源' },
  description: {
    en: 'The way through which the customer was first reached or came to the firm',
    'zh-Hans': '客户最初是经由什么途径接触或来到企业的',
    'zh-Hant': '客戶最初是經由什麼途徑接觸或來到企業的',
  },
  source: [
    { seed: 'added', term: '客户来源' },
    { seed: '003', term: '拓客' },
  ],
  values: [
    {
      id: 'promotion',
      label: { en: 'Promotion', 'zh-Hans': '促销', 'zh-Hant': '促銷' },
      description: {
        en: 'A sales promotion',
        'zh-Hans': '来自促销活动',
        'zh-Hant': '來自促銷活動',
      },
      source: [{ seed: 'added', term: '促销' }],
    },
    {
      id: 'search_engine',
      label: { en: 'Search engine', 'zh-Hans': '搜索引擎', 'zh-Hant': '搜尋引擎' },
      description: {
        en: 'Found the firm through a search engine',
        'zh-Hans': '经搜索引擎找到企业',
        'zh-Hant': '經搜尋引擎找到企業',
      },
      source: [{ seed: 'added', term: '搜索引擎' }],
    },
    {
      id: 'advertising',
      label: { en: 'Advertising', 'zh-Hans': '广告', 'zh-Hant': '廣告' },
      description: {
        en: 'Advertising in the media',
        'zh-Hans': '来自媒体广告',
        'zh-Hant': '來自媒體廣告',
      },
      source: [{ seed: 'added', term: '广告' }],
    },
    {
      id: 'outdoor_ads',
      label: { en: 'Outdoor advertising', 'zh-Hans': '户外广告', 'zh-Hant': '戶外廣告' },
      description: {
        en: 'Billboards and other outdoor advertising',
        'zh-Hans': '来自户外广告',
        'zh-Hant': '來自戶外廣告',
      },
      source: [{ seed: '003', term: '户外广告' }],
    },
    {
      id: 'flyer',
      label: { en: 'Flyers', 'zh-Hans': '传单派发', 'zh-Hant': '傳單派發' },
      description: {
        en: 'Flyers handed out',
        'zh-Hans': '来自派发的传单',
        'zh-Hant': '來自派發的傳單',
      },
      source: [{ seed: '003', term: '传单派发' }],
    },
    {
      id: 'radio',
      label: { en: 'Radio', 'zh-Hans': '电台广播', 'zh-Hant': '電臺廣播' },
      description: { en: 'Radio broadcasts', 'zh-Hans': '来自电台广播', 'zh-Hant': '來自電臺廣播' },
      source: [{ seed: '003', term: '电台广播' }],
    },
    {
      id: 'referral',
      label: { en: 'Referral', 'zh-Hans': '转介绍', 'zh-Hant': '轉介紹' },
      description: {
        en: 'Referred by an existing customer or an acquaintance',
        'zh-Hans': '由老客户或熟人转介绍',
        'zh-Hant': '由老客戶或熟人轉介紹',
      },
      source: [{ seed: 'added', term: '转介绍' }],
    },
    {
      id: 'online_signup',
      label: { en: 'Online sign-up', 'zh-Hans': '线上注册', 'zh-Hant': '線上註冊' },
      description: {
        en: 'Signed up online',
        'zh-Hans': '在线上自行注册',
        'zh-Hant': '在線上自行註冊',
      },
      source: [{ seed: 'added', term: '线上注册' }],
    },
    {
      id: 'online_inquiry',
      label: { en: 'Online inquiry', 'zh-Hans': '线上询价', 'zh-Hant': '線上詢價' },
      description: {
        en: 'Asked for a price online',
        'zh-Hans': '在线上询价',
        'zh-Hant': '在線上詢價',
      },
      source: [{ seed: 'added', term: '线上询价' }],
    },
    {
      id: 'appointment_visit',
      label: { en: 'Appointment visit', 'zh-Hans': '预约上门', 'zh-Hant': '預約上門' },
      description: {
        en: 'Met in a visit arranged by appointment',
        'zh-Hans': '经预约后上门接触',
        'zh-Hant': '經預約後上門接觸',
      },
      source: [{ seed: 'added', term: '预约上门' }],
    },
    {
      id: 'cold_visit',
      label: { en: 'Cold visit', 'zh-Hans': '陌拜', 'zh-Hant': '陌拜' },
      description: {
        en: 'A sales visit in person to a stranger, without an appointment',
        'zh-Hans': '陌生拜访：未经预约直接上门拜访陌生客户',
        'zh-Hant': '陌生拜訪：未經預約直接上門拜訪陌生客戶',
      },
      source: [{ seed: 'added', term: '陌拜' }],
    },
    {
      id: 'telemarketing',
      label: { en: 'Telemarketing', 'zh-Hans': '电话推销', 'zh-Hant': '電話推銷' },
      description: {
        en: 'Outbound sales calls',
        'zh-Hans': '来自电话推销',
        'zh-Hant': '來自電話推銷',
      },
      source: [{ seed: '003', term: '电话推销' }],
    },
    {
      id: 'phone_inquiry',
      label: { en: 'Phone inquiry', 'zh-Hans': '电话咨询', 'zh-Hant': '電話諮詢' },
      description: {
        en: 'The customer called to ask',
        'zh-Hans': '客户主动来电咨询',
        'zh-Hant': '客戶主動來電諮詢',
      },
      source: [{ seed: 'added', term: '电话咨询' }],
    },
    {
      id: 'email_inquiry',
      label: { en: 'Email inquiry', 'zh-Hans': '邮件咨询', 'zh-Hant': '郵件諮詢' },
      description: {
        en: 'The customer asked by email',
        'zh-Hans': '客户以邮件咨询',
        'zh-Hant': '客戶以郵件諮詢',
      },
      source: [{ seed: 'added', term: '邮件咨询' }],
    },
    {
      id: 'social_local',
      label: {
        en: 'Local social promotion',
        'zh-Hans': '微信朋友圈本地推广',
        'zh-Hant': '微信朋友圈本地推廣',
      },
      description: {
        en: 'Local promotion on WeChat Moments, reaching people within about 5 km',
        'zh-Hans': '微信朋友圈的本地推广，可精确到约5公里范围内',
        'zh-Hant': '微信朋友圈的本地推廣，可精確到約5公里範圍內',
      },
      source: [{ seed: '003', term: '微信朋友圈的本地推广' }],
    },
  ],
});
