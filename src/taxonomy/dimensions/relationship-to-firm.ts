import { defineDimension } from '../define.js';

/**
 * Relationship to the firm (客户与企业的关系, seed 000): what the customer is to the firm, an end
 * consumer, an intermediary who resells, a person or department inside the firm, or a party such
 * as government that represents the public interest.
 *
 * @example
 * ```ts
 * import { relationshipToFirm } from 'crm-taxonomy';
 *
 * relationshipToFirm.values.map((v) => v.id);
 * //=> ['consumer', 'intermediary', 'internal', 'public_interest']
 * ```
 */
export const relationshipToFirm = defineDimension({
  id: 'relationship_to_firm',
  kind: 'classification',
  ordered: false,
  label: {
    en: 'Relationship to the firm',
    'zh-Hans': '客户与企业的关系',
    'zh-Hant': '客戶與企業的關係',
  },
  description: {
    en: 'What the customer is to the firm: an end consumer, a reseller, a part of the firm itself, or a party representing the public interest',
    'zh-Hans': '按客户与企业的关系划分：终端消费者、中间商、企业内部或代表公众利益的一方',
    'zh-Hant': '按客戶與企業的關係劃分：終端消費者、中間商、企業內部或代表公眾利益的一方',
  },
  source: [{ seed: '000', term: '根据客户与企业的关系' }],
  values: [
    {
      id: 'consumer',
      label: { en: 'Consumer customer', 'zh-Hans': '消费者客户', 'zh-Hant': '消費者客戶' },
      description: {
        en: 'Buys the final product or service, usually an individual or household (an end customer); numerous, low spend each',
        'zh-Hans':
          '购买企业最终产品与服务，通常是个人或家庭，又称终端客户；数量众多，但消费额一般不高',
        'zh-Hant':
          '購買企業最終產品與服務，通常是個人或家庭，又稱終端客戶；數量眾多，但消費額一般不高',
      },
      source: [
        { seed: '000', term: '消费者客户' },
        { seed: '000', term: '终端客户' },
      ],
    },
    {
      id: 'intermediary',
      label: { en: 'Intermediary customer', 'zh-Hans': '中间商客户', 'zh-Hant': '中間商客戶' },
      description: {
        en: 'Buys the offer to add to its own and resell; sits between the firm and consumers, as distributors and dealers do',
        'zh-Hans':
          '购买企业的产品或服务，附加到自己的产品或服务上再进行销售，处于企业与消费者之间，如经销商',
        'zh-Hant':
          '購買企業的產品或服務，附加到自己的產品或服務上再進行銷售，處於企業與消費者之間，如經銷商',
      },
      source: [{ seed: '000', term: '中间商客户' }],
    },
    {
      id: 'internal',
      label: { en: 'Internal customer', 'zh-Hans': '内部客户', 'zh-Hant': '內部客戶' },
      description: {
        en: "A person or department inside the firm: purchasing serves production, production serves sales, salespeople are the sales department's internal customers",
        'zh-Hans':
          '企业内部的个人或业务部门：采购部门为生产部门服务，生产部门为销售部门服务，销售人员又是销售部门的内部客户',
        'zh-Hant':
          '企業內部的個人或業務部門：採購部門為生產部門服務，生產部門為銷售部門服務，銷售人員又是銷售部門的內部客戶',
      },
      source: [{ seed: '000', term: '内部客户' }],
    },
    {
      id: 'public_interest',
      label: { en: 'Public-interest customer', 'zh-Hans': '公利客户', 'zh-Hant': '公利客戶' },
      description: {
        en: "Represents the public, provides resources and takes a share of the firm's gains directly or indirectly, as government and industry associations do",
        'zh-Hans':
          '代表公众利益，向企业提供资源，并直接或间接从企业获利中收取一定比例的费用，如政府、行业协会',
        'zh-Hant':
          '代表公眾利益，向企業提供資源，並直接或間接從企業獲利中收取一定比例的費用，如政府、行業協會',
      },
      source: [{ seed: '000', term: '公利客户' }],
    },
  ],
});
