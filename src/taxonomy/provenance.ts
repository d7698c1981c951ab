import type { BUILTIN_DIMENSIONS } from './dimensions/index.js';
import type { TaxonomyDocument } from './taxonomy.js';

/** A seed document (`../shared/seeds/000…004`): the Chinese articles the taxonomy was distilled from. */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/**
 * Where a built-in dimension, value or treatment comes from: a seed document with the seed's own
 * words, an outside system by name (`by: 'WukongCRM'`), or the library's own design
 * (`by: 'crm-taxonomy'`). `covers` says which part a source backs when they mix — the seed's term,
 * the library's definition, order or classifier; all of it when absent.
 */
export interface SourceRef {
  /** The seed document, or `'added'` for what the seeds do not give. */
  readonly seed: SeedId | 'added';
  /** The seed's own words (in the seed's script), or the outside system's term. */
  readonly term?: string;
  /** Who added it, when not a seed: an outside system, or `'crm-taxonomy'` (the library's own design). */
  readonly by?: string;
  /** Where in the outside source: a file and line, a table. */
  readonly where?: string;
  /** What this source backs: the name (`term`), the meaning (`definition`), the rank (`order`), the rule that assigns it (`classifier`). */
  readonly covers?: readonly ('term' | 'definition' | 'order' | 'classifier')[];
}

/** The library's own design, for the part named. */
const library = (...covers: NonNullable<SourceRef['covers']>): SourceRef => ({ seed: 'added', by: 'crm-taxonomy', covers });
/** A seed's term only: the name comes from the seed, the rest from elsewhere. */
const termOf = (seed: SeedId, term: string, ...more: NonNullable<SourceRef['covers']>): SourceRef => ({ seed, term, covers: ['term', ...more] });
/** WukongCRM's default 客户来源 option (`wk_crm_field` 1101828). */
const wukongSource = (term: string): SourceRef => ({ seed: 'added', by: 'WukongCRM', term, where: 'WukongCRM-11.0-JAVA DB/wk_crm_single.sql:5928 (客户来源)' });
/** The classifier of this dimension is the library's (docs/classification.md): the seeds define the values, not the rule that assigns them from facts. */
const CLASSIFIER = /* @__PURE__ */ library('classifier');

type Dims = (typeof BUILTIN_DIMENSIONS)[number];
type Provenance = {
  readonly [D in Dims as D['id']]: {
    readonly source: readonly SourceRef[];
    readonly values: { readonly [V in D['values'][number]['id']]: readonly SourceRef[] };
  };
};

/** The provenance of every built-in dimension and value (written into `spec/taxonomy.json` by {@link withSources}); the tests check each seed term against the seeds. @internal */
export const PROVENANCE: Provenance = /* @__PURE__ */ (() => ({
  relationship_to_firm: {
    source: [{ seed: '000', term: '根据客户与企业的关系' }],
    values: {
      consumer: [{ seed: '000', term: '消费者客户' }, { seed: '000', term: '终端客户' }],
      intermediary: [{ seed: '000', term: '中间商客户' }],
      internal: [{ seed: '000', term: '内部客户' }],
      public_interest: [{ seed: '000', term: '公利客户' }],
    },
  },
  value_tier: {
    source: [{ seed: '000', term: '根据客户对企业的价值大小' }, CLASSIFIER],
    values: {
      ordinary: [{ seed: '000', term: '普通客户' }],
      key: [{ seed: '000', term: '重要客户' }],
      vip: [{ seed: '000', term: '贵宾客户' }],
    },
  },
  abc_class: {
    source: [{ seed: '002', term: '分為a、b、c三類' }, { seed: '003', term: 'A类客户' }, CLASSIFIER],
    values: {
      // The seeds name b and c and rank them; their one-line definitions are the library's.
      c: [termOf('002', 'c', 'order'), library('definition')],
      b: [termOf('002', 'b', 'order'), library('definition')],
      a: [{ seed: '002', term: 'a' }, { seed: '003', term: 'A类客户' }],
    },
  },
  membership_tier: {
    // 003 lists 普通, VIP, 银卡 without ranking silver against VIP: the order is the library's.
    source: [termOf('003', '按消费水平和金额区分客户', 'definition'), { seed: '004', term: '会员管理' }, library('order')],
    values: {
      ordinary: [{ seed: '003', term: '普通客户' }],
      silver: [{ seed: '003', term: '银卡客户' }],
      vip: [{ seed: '003', term: 'VIP客户' }],
    },
  },
  loyalty: {
    source: [{ seed: '000', term: '根据客户的忠诚度' }, { seed: '000', term: '这三者的重视度是由重到轻', covers: ['order'] }, CLASSIFIER],
    values: {
      potential: [{ seed: '000', term: '潜在客户' }],
      new: [{ seed: '000', term: '新客户' }],
      established: [{ seed: '000', term: '老客户' }],
      loyal: [{ seed: '000', term: '忠诚客户' }],
    },
  },
  status: {
    source: [{ seed: '000', term: '根据客户状态' }, CLASSIFIER],
    values: {
      non_customer: [{ seed: '000', term: '非客户' }],
      potential: [{ seed: '000', term: '潜在客户' }],
      target: [{ seed: '000', term: '目标客户' }],
      current: [{ seed: '000', term: '现实客户' }],
      lost: [{ seed: '000', term: '流失客户' }],
    },
  },
  acquaintance: {
    // 000 names the four kinds only: their order and definitions are the library's.
    source: [termOf('000', '已有客户,目标客户,潜在客户和未知客户'), library('order', 'definition')],
    values: {
      unknown: [termOf('000', '未知客户'), library('definition')],
      potential: [termOf('000', '潜在客户'), library('definition')],
      target: [termOf('000', '目标客户'), library('definition')],
      existing: [termOf('000', '已有客户'), library('definition')],
    },
  },
  position: {
    source: [{ seed: '001', term: '按照客户所处的位置' }],
    values: {
      internal: [{ seed: '001', term: '内部客户' }],
      external: [{ seed: '001', term: '外部客户' }],
    },
  },
  internal_collaboration: {
    source: [{ seed: '001', term: '内部客户分类' }],
    values: {
      horizontal_support: [{ seed: '001', term: '水平支援型' }],
      upstream_downstream: [{ seed: '001', term: '上下源流型' }],
      team: [{ seed: '001', term: '小组全作型' }],
    },
  },
  external_directness: {
    source: [{ seed: '001', term: '外部客户分类' }],
    values: {
      direct: [{ seed: '001', term: '直接客户' }],
      indirect: [{ seed: '001', term: '间接客户' }],
    },
  },
  time_state: {
    source: [{ seed: '001', term: '按照客户所处的时间状态' }, CLASSIFIER],
    values: {
      past: [{ seed: '001', term: '过去客户' }],
      present: [{ seed: '001', term: '现在客户' }],
      future: [{ seed: '001', term: '将来客户' }],
    },
  },
  demeanor: {
    source: [{ seed: '001', term: '按照客户的表现类型' }],
    values: {
      demanding: [{ seed: '001', term: '要求型客户' }],
      confused: [{ seed: '001', term: '困惑型客户' }],
      agitated: [{ seed: '001', term: '激动型客户' }],
    },
  },
  purchase_intent: {
    source: [{ seed: '002', term: '1樓' }, CLASSIFIER],
    values: {
      interested: [{ seed: '002', term: '有興趣購買的客戶' }],
      hesitating: [{ seed: '002', term: '考慮、猶豫的客戶' }],
      not_now: [{ seed: '002', term: '暫時不買的客戶' }],
      never: [{ seed: '002', term: '肯定不買的客戶' }],
      quoted_no_reply: [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
    },
  },
  effectiveness: {
    source: [{ seed: '002', term: '有效客戶' }, CLASSIFIER],
    values: {
      effective: [{ seed: '002', term: '有效客戶' }],
      ineffective: [{ seed: '002', term: '無效客戶' }],
    },
  },
  acquisition_source: {
    source: [{ seed: 'added', by: 'WukongCRM', term: '客户来源', where: 'WukongCRM-11.0-JAVA DB/wk_crm_single.sql:5928' }, { seed: '003', term: '拓客' }],
    values: {
      promotion: [wukongSource('促销')],
      search_engine: [wukongSource('搜索引擎')],
      advertising: [wukongSource('广告')],
      outdoor_ads: [{ seed: '003', term: '户外广告' }],
      flyer: [{ seed: '003', term: '传单派发' }],
      radio: [{ seed: '003', term: '电台广播' }],
      referral: [wukongSource('转介绍')],
      online_signup: [wukongSource('线上注册')],
      online_inquiry: [wukongSource('线上询价')],
      appointment_visit: [wukongSource('预约上门')],
      cold_visit: [wukongSource('陌拜')],
      telemarketing: [{ seed: '003', term: '电话推销' }],
      phone_inquiry: [wukongSource('电话咨询')],
      email_inquiry: [wukongSource('邮件咨询')],
      social_local: [{ seed: '003', term: '微信朋友圈的本地推广' }],
    },
  },
  kotler_level: {
    source: [
      { seed: '004', term: '五种不同程度的关系水平' },
      { seed: '000', term: '客户的关系有哪些' },
      { seed: '003', term: '基本型、负责型、能动型、伙伴型' },
      // 004 says Kotler gave a table by customers and margin without printing it; the table is Kotler's, the numeric cut points the library's.
      { seed: 'added', by: 'Kotler, Marketing Management', term: 'relationship levels by number of customers and margin', covers: ['classifier'] },
    ],
    values: {
      basic: [{ seed: '004', term: '基本型' }],
      reactive: [{ seed: '004', term: '被动型' }],
      accountable: [{ seed: '004', term: '负责型' }],
      proactive: [{ seed: '004', term: '能动型' }],
      partnership: [{ seed: '004', term: '伙伴型' }],
    },
  },
  b2b_relationship: {
    source: [{ seed: '000', term: '客户关系有四种类型' }, { seed: '001', term: '客户关系的重点类型' }, { seed: '002', term: '包括四種關係' }],
    values: {
      transactional: [{ seed: '000', term: '买卖关系' }, { seed: '001', term: '买卖关系' }],
      preferred_supplier: [{ seed: '001', term: '优先供应关系' }, { seed: '000', term: '供应关系' }],
      partnership: [{ seed: '000', term: '合作伙伴' }, { seed: '001', term: '合作伙伴关系' }],
      strategic_alliance: [{ seed: '000', term: '战略联盟' }],
    },
  },
  bond_layer: {
    source: [{ seed: '000', term: '客户关系的四个层次' }, { seed: '000', term: '从低到高依次是Trust、Value、Emotion、Vision', covers: ['order'] }],
    values: {
      trust: [{ seed: '000', term: 'Trust' }],
      value: [{ seed: '000', term: 'Value' }],
      emotion: [{ seed: '000', term: 'Emotion' }],
      vision: [{ seed: '000', term: 'Vision' }],
    },
  },
  patronage_level: {
    // 003 names the five levels in order and says no more: definitions and classifier are the library's.
    source: [termOf('003', '过客、顾客、常客、上客、香客', 'order'), library('definition', 'classifier')],
    values: {
      passer_by: [termOf('003', '过客'), library('definition')],
      customer: [termOf('003', '顾客'), library('definition')],
      regular: [termOf('003', '常客'), library('definition')],
      honored: [termOf('003', '上客'), library('definition')],
      devotee: [termOf('003', '香客'), library('definition')],
    },
  },
  breakdown_cause: {
    source: [{ seed: '000', term: '客户关系中存在的问题' }],
    values: {
      client_business_decline: [{ seed: '000', term: '客户的业务状况不佳' }],
      client_leadership_change: [{ seed: '000', term: '客户组织中管理层的较大变动' }],
      own_operations: [{ seed: '000', term: '公司的运作问题' }],
      strategy_disagreement: [{ seed: '000', term: '有不同意见或误解' }],
      layer_breakdown: [{ seed: '000', term: '各级层关系的崩溃' }],
      policy_breach: [{ seed: '000', term: '违反了客户有关原则、政策' }],
      merger_acquisition: [{ seed: '000', term: '企业间的兼并和收购' }],
      competitor: [{ seed: '000', term: '广告公司间的竞争' }],
      unprofitable_terms: [{ seed: '000', term: '客户的支付方式或者委托的业务不能使广告公司盈利' }],
      captive_supplier: [{ seed: '000', term: '建立了客户所属的广告公司' }],
      price_war: [{ seed: '000', term: '恶性竞争' }],
    },
  },
}))();

/**
 * A taxonomy document with each dimension's and value's `source`: the built-in ones from
 * {@link PROVENANCE}, `{ seed: 'added' }` for a host's. How `spec/taxonomy.json` is written; the
 * runtime's `toJSON()` leaves provenance out of every bundle.
 * @internal
 */
export function withSources(document: TaxonomyDocument): TaxonomyDocument {
  const provenance = new Map(Object.entries(PROVENANCE as Readonly<Record<string, { source: readonly SourceRef[]; values: Readonly<Record<string, readonly SourceRef[]>> }>>));
  const added: readonly SourceRef[] = [{ seed: 'added' }];
  return {
    ...document,
    dimensions: document.dimensions.map((d) => {
      const known = provenance.get(d.id);
      const values = new Map(Object.entries(known?.values ?? {}));
      const { values: list, ...rest } = d;
      return { ...rest, source: known?.source ?? added, values: list.map((v) => ({ ...v, source: values.get(v.id) ?? added })) };
    }),
  };
}
