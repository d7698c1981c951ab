import type { SourceRef } from '../taxonomy/provenance.js';
import type { DimensionId, DimensionValue } from '../taxonomy/index.js';
import { deepFreeze } from '../shape/index.js';

type Row = { readonly [K in DimensionId]: readonly [K, DimensionValue<K>, readonly SourceRef[]] }[DimensionId];

/**
 * The seeds' treatments: one row per dimension value the seeds give a treatment for, with the seed
 * passages it comes from (the seed's own words). The texts are in the message tables under
 * `playbook.<dimension>.<value>`; the tests hold every row to a text in every locale.
 * @internal
 */
export const PLAYBOOK_ROWS: readonly Row[] = /* @__PURE__ */ (() => deepFreeze([
  ['loyalty', 'loyal', [{ seed: '000', term: '对于忠诚客户,企业可运用CRM系统(例:悟空CRM)加强与客户之间的互动' }]],
  ['loyalty', 'established', [{ seed: '000', term: '老客户主要是维护,关系一定要搞好' }, { seed: '000', term: '这三者的重视度是由重到轻' }]],
  ['loyalty', 'new', [{ seed: '000', term: '新客户要注意关怀,加深沟通,使其变为老客户' }]],
  ['loyalty', 'potential', [ { seed: '000', term: '潜在客当然也不能忽视,这可是你开发市场提高业务的目标' }, { seed: '000', term: '需要企业大力争取的客户' }, { seed: '000', term: '可以利用crm客户关系管理软件进行潜在客户的开发和挖掘以及后期的维护' }, ]],
  ['purchase_intent', 'interested', [{ seed: '002', term: '有興趣購買的客戶:對此類客戶應加速處理' }]],
  ['purchase_intent', 'hesitating', [{ seed: '002', term: '考慮、猶豫的客戶' }]],
  ['purchase_intent', 'not_now', [{ seed: '002', term: '暫時不買的客戶' }]],
  ['purchase_intent', 'never', [{ seed: '002', term: '肯定不買的客戶' }]],
  ['purchase_intent', 'quoted_no_reply', [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }]],
  ['value_tier', 'vip', [ { seed: '002', term: '哪些客戶給企業帶來了更高的價值?' }, { seed: '002', term: '與他們更主動的對話' }, { seed: '002', term: '徵求名列前十位的客戶的意見' }, ]],
  ['value_tier', 'key', [{ seed: '002', term: '哪些客戶給企業帶來了更高的價值?' }, { seed: '002', term: '與他們更主動的對話' }]],
  ['value_tier', 'ordinary', [{ seed: '004', term: '能够识别出赢利少的客户,并将他们转到更具成本效益的服务选项中' }]],
  ['abc_class', 'a', [{ seed: '002', term: '徵求名列前十位的客戶的意見' }]],
  ['abc_class', 'c', [{ seed: '004', term: '能够识别出赢利少的客户,并将他们转到更具成本效益的服务选项中' }]],
  ['kotler_level', 'basic', [{ seed: '000', term: '基本型' }]],
  ['kotler_level', 'reactive', [ { seed: '000', term: '被动型' }, { seed: '004', term: '宝洁设立客户抱怨处理机构' }, ]],
  ['kotler_level', 'accountable', [{ seed: '000', term: '负责型' }]],
  ['kotler_level', 'proactive', [{ seed: '000', term: '能动型' }]],
  ['kotler_level', 'partnership', [ { seed: '000', term: '伙伴型' }, { seed: '004', term: '伙伴型' }, ]],
  ['b2b_relationship', 'transactional', [{ seed: '001', term: '关系创造的价值均极低' }]],
  ['b2b_relationship', 'preferred_supplier', [{ seed: '000', term: '在供应关系的水平上,企业需要投入较多的资源维护客户关系' }]],
  ['b2b_relationship', 'partnership', [{ seed: '002', term: '合作伙伴' }]],
  ['b2b_relationship', 'strategic_alliance', [{ seed: '002', term: '戰略聯盟' }]],
  ['bond_layer', 'trust', [{ seed: '000', term: '第一个层次为Trust' }]],
  ['bond_layer', 'value', [{ seed: '000', term: '第二个层次为Value' }]],
  ['bond_layer', 'emotion', [{ seed: '000', term: '第三个层次为Emotion' }]],
  ['bond_layer', 'vision', [{ seed: '000', term: '第四个层次为Vision' }]],
  ['effectiveness', 'effective', [{ seed: '002', term: '管理好客戶關係實際上就是穩定有效客戶的忠誠度' }]],
  ['effectiveness', 'ineffective', [{ seed: '002', term: '就不要在他身上浪費時間了' }]],
  ['status', 'target', [{ seed: '000', term: '力图开发为现实客户' }]],
  ['demeanor', 'confused', [{ seed: '001', term: '困惑型客户' }]],
  ['relationship_to_firm', 'internal', [ { seed: '000', term: '这是最容易被企业忽略的一类客户' }, { seed: '001', term: '如果要真正做好客户服务工作,就应该首先保证做好内部的客户服务' }, ]],
  ['position', 'internal', [{ seed: '001', term: '企业要想取得最佳的客户服务效果,应该先保证内部和谐与团结' }]],
  ['breakdown_cause', 'client_business_decline', [{ seed: '000', term: '现有客户业务的发展报告' }, { seed: '000', term: '近三年客户的营业额、收入、支出和盈利' }, { seed: '000', term: '客户的业务决定服务客户的人员的数量' }]],
  ['breakdown_cause', 'client_leadership_change', [{ seed: '000', term: '客户组织中管理层的较大变动' }, { seed: '000', term: '管理层的接触' }, { seed: '000', term: '要使更多的公司管理层人员保持与客户的接触' }]],
  ['breakdown_cause', 'own_operations', [{ seed: '000', term: '公司评估有:年度评估和半年一度的评估' }, { seed: '000', term: '半年度较为理想' }, { seed: '000', term: '评估的目的是使公司和客户双方的主要人员坦率地讨论他们之间的关系' }]],
  ['breakdown_cause', 'strategy_disagreement', [{ seed: '000', term: '对一种品牌或服务的广告战略有不同意见或误解造成的' }, { seed: '000', term: '探讨客户在广告运作过程中应做出的' }, { seed: '000', term: '减少级层的方法是提前使客户高层管理介入广告决策过程' }]],
  ['breakdown_cause', 'layer_breakdown', [{ seed: '000', term: '过多的客户层级有碍好创意的产生' }, { seed: '000', term: '减少级层的方法是提前使客户高层管理介入广告决策过程' }, { seed: '000', term: '管理层的接触' }]],
  ['breakdown_cause', 'policy_breach', [{ seed: '000', term: '当客户认为广告公司违反了客户有关原则、政策时' }, { seed: '000', term: '公司应尽量避免从其他客户那里获得仅仅是眼前利益的协议' }]],
  ['breakdown_cause', 'merger_acquisition', [{ seed: '000', term: '企业间的兼并和收购' }, { seed: '000', term: '现有客户业务的发展报告' }, { seed: '000', term: '管理层的接触' }]],
  ['breakdown_cause', 'competitor', [{ seed: '000', term: '广告公司间的竞争能够导致公司与客户间的问题' }, { seed: '000', term: '报告应列出客户与公司间可能出现的问题' }]],
  ['breakdown_cause', 'unprofitable_terms', [{ seed: '000', term: '公司应该让客户意识到让代理公司盈利的重要性' }]],
  ['breakdown_cause', 'captive_supplier', [{ seed: '000', term: '客户本着“肥水不流外人田” 的心理建立了客户所属的广告公司' }, { seed: '000', term: '半年度较为理想' }, { seed: '000', term: '报告应建立在公司内及公司与客户讨' }]],
  ['breakdown_cause', 'price_war', [{ seed: '000', term: '国内广告公司间的恶性竞争也破坏了客户与广告公司间的伙伴关系' }, { seed: '000', term: '公司应该让客户意识到让代理公司盈利的重要性' }]],
] as const satisfies readonly Row[]))();

