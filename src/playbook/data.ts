import type { LocalizedText } from '../i18n/legacy.js';
import type { DimensionId, DimensionValue } from '../taxonomy/index.js';
import type { SourceRef } from '../taxonomy/index.js';

/**
 * One treatment of the playbook: a dimension value, what the seeds advise doing with such a
 * customer (in the three built-in locales), and the seed passages it comes from.
 *
 * @example
 * ```ts
 * import { PLAYBOOK, type PlaybookEntry } from 'crm-taxonomy';
 *
 * const entry: PlaybookEntry | undefined = PLAYBOOK.find((e) => e.dimension === 'loyalty' && e.value === 'new');
 * entry?.source[0]?.seed; //=> '000'
 * ```
 */
export interface PlaybookEntry<K extends DimensionId = DimensionId> {
  readonly dimension: K;
  readonly value: DimensionValue<K>;
  readonly treatment: LocalizedText;
  readonly source: readonly SourceRef[];
}

/* @__NO_SIDE_EFFECTS__ */
function entry<K extends DimensionId>(
  dimension: K,
  value: DimensionValue<K>,
  treatment: LocalizedText,
  source: readonly SourceRef[],
): PlaybookEntry {
  return { dimension, value, treatment, source } as PlaybookEntry;
}

const COST_TO_SERVE: LocalizedText = {
  en: 'Serve low-profit customers through cheaper channels (an agent-handled call averages USD 5 per contact, an IVR contact USD 0.36), but watch the relationship: pushing them away can backfire',
  'zh-Hans': '将赢利少的客户转到更具成本效益的服务渠道（座席处理的呼叫每次联络平均 5 美元，交互式语音应答 0.36 美元），但要留意客户关系：这样做可能适得其反',
  'zh-Hant': '將贏利少的客戶轉到更具成本效益的服務渠道（座席處理的呼叫每次聯絡平均 5 美元，交互式語音應答 0.36 美元），但要留意客戶關係：這樣做可能適得其反',
};

/**
 * The seeds' recommended treatments, one entry per dimension value they give a treatment for
 * (seeds 000–004). Values the seeds give no treatment for have no entry: {@link playbook} returns
 * `undefined` for them. The texts paraphrase the seeds; `source` names the passage.
 *
 * @example
 * ```ts
 * import { PLAYBOOK } from 'crm-taxonomy';
 *
 * PLAYBOOK.filter((e) => e.dimension === 'purchase_intent').map((e) => e.value);
 * //=> ['interested', 'hesitating', 'not_now', 'never', 'quoted_no_reply']
 * ```
 */
export const PLAYBOOK: readonly PlaybookEntry[] = [
  // Loyalty (000): the attention they deserve runs from heavy to light: established, new, potential.
  entry(
    'loyalty',
    'loyal',
    {
      en: 'Strengthen the interaction with the customer, with a CRM system (the seed names WukongCRM)',
      'zh-Hans': '运用CRM系统（例如悟空CRM）加强与客户之间的互动',
      'zh-Hant': '運用CRM系統（例如悟空CRM）加強與客戶之間的互動',
    },
    [{ seed: '000', term: '对于忠诚客户，企业可运用CRM系统(例:悟空CRM)加强与客户之间的互动' }],
  ),
  entry(
    'loyalty',
    'established',
    {
      en: 'Maintain: keep the relationship in good shape; old customers come first in attention',
      'zh-Hans': '以维护为主，关系一定要搞好；重视度最高',
      'zh-Hant': '以維護為主，關係一定要搞好；重視度最高',
    },
    [{ seed: '000', term: '老客户主要是维护,关系一定要搞好' }],
  ),
  entry(
    'loyalty',
    'new',
    {
      en: 'Care for them and deepen communication, so they become established customers',
      'zh-Hans': '注意关怀，加深沟通，使其变为老客户',
      'zh-Hant': '注意關懷，加深溝通，使其變為老客戶',
    },
    [{ seed: '000', term: '新客户要注意关怀,加深沟通,使其变为老客户' }],
  ),
  entry(
    'loyalty',
    'potential',
    {
      en: 'Do not neglect them: they are the target for opening the market; develop and mine them with CRM software, then maintain them',
      'zh-Hans': '不能忽视，这是开发市场、提高业务的目标；利用CRM软件进行开发和挖掘以及后期的维护',
      'zh-Hant': '不能忽視，這是開發市場、提高業務的目標；利用CRM軟體進行開發和挖掘以及後期的維護',
    },
    [
      { seed: '000', term: '潜在客当然也不能忽视,这可是你开发市场提高业务的目标' },
      { seed: '000', term: '可以利用crm客户关系管理软件进行潜在客户的开发和挖掘以及后期的维护' },
    ],
  ),
  // Purchase intent (002, 1樓).
  entry(
    'purchase_intent',
    'interested',
    {
      en: 'Speed up: follow up and communicate actively, win their trust, then move them to the next stage as soon as possible',
      'zh-Hans': '加速处理：积极跟进、沟通，取得客户的信任后，尽快将客户过渡到下一阶段',
      'zh-Hant': '加速處理：積極跟進、溝通，取得客戶的信任後，儘快將客戶過渡到下一階段',
    },
    [{ seed: '002', term: '有興趣購買的客戶:對此類客戶應加速處理' }],
  ),
  entry(
    'purchase_intent',
    'hesitating',
    {
      en: 'Talk and keep in touch; do not push products. Learn their needs and interests, and after a few contacts classify them as interested, not now or never',
      'zh-Hans': '以沟通、联络为目的，不要过多地营销产品；了解客户的需求和兴趣，通过几次沟通将客户区分为有兴趣购买、暂时不买、肯定不买',
      'zh-Hant': '以溝通、聯絡為目的，不要過多地行銷產品；瞭解客戶的需求和興趣，通過幾次溝通將客戶區分為有興趣購買、暫時不買、肯定不買',
    },
    [{ seed: '002', term: '考慮、猶豫的客戶' }],
  ),
  entry(
    'purchase_intent',
    'not_now',
    {
      en: 'Aim for a good relationship and never give up: record when they expect to buy, keep the channel open, and with their permission send product material regularly',
      'zh-Hans': '以建立良好关系为目标，千万不要放弃；记录客户预计购买的时间，保持联络渠道畅通，经客户允许定期寄送产品介绍等宣传资料',
      'zh-Hant': '以建立良好關係為目標，千萬不要放棄；記錄客戶預計購買的時間，保持聯絡渠道暢通，經客戶允許定期寄送產品介紹等宣傳資料',
    },
    [{ seed: '002', term: '暫時不買的客戶' }],
  ),
  entry(
    'purchase_intent',
    'never',
    {
      en: 'Get past their defences and learn why they will not buy; explain product questions, and record the features they ask for for product development',
      'zh-Hans': '排除客户的心理防线，了解不购买的原因；产品功能方面的问题要解释清楚，并记录客户要求的扩展功能，汇总提供给业务开发部门',
      'zh-Hant': '排除客戶的心理防線，瞭解不購買的原因；產品功能方面的問題要解釋清楚，並記錄客戶要求的擴展功能，彙總提供給業務開發部門',
    },
    [{ seed: '002', term: '肯定不買的客戶' }],
  ),
  entry(
    'purchase_intent',
    'quoted_no_reply',
    {
      en: 'Follow up on after-sales service, quality and usage; stress the advantages over rivals; hint at price flexibility only against a return (5% off for cash on delivery, 3% off for a large order)',
      'zh-Hans': '跟进询问售后服务、产品品质、使用细则等；着重介绍产品优点与同行产品的不同之处；价格上可暗示伸缩性，但一定要强调回报（现款提货优惠 5%，订货量大下调 3%）',
      'zh-Hant': '跟進詢問售後服務、產品品質、使用細則等；著重介紹產品優點與同行產品的不同之處；價格上可暗示伸縮性，但一定要強調回報（現款提貨優惠 5%，訂貨量大下調 3%）',
    },
    [{ seed: '002', term: '已經報過價沒有資訊回饋的客戶' }],
  ),
  // Value tier, ABC class (002, 004).
  entry(
    'value_tier',
    'vip',
    {
      en: 'Talk with them more actively, and ask them which special products or services the firm could offer them',
      'zh-Hans': '与他们更主动地对话，征求他们的意见，看企业可以向他们提供哪些特殊的产品或服务',
      'zh-Hant': '與他們更主動地對話，徵求他們的意見，看企業可以向他們提供哪些特殊的產品或服務',
    },
    [
      { seed: '002', term: '哪些客戶給企業帶來了更高的價值?與他們更主動的對話' },
      { seed: '002', term: '徵求名列前十位的客戶的意見' },
    ],
  ),
  entry(
    'value_tier',
    'key',
    {
      en: 'Customers who bring higher value deserve a more active dialogue',
      'zh-Hans': '为企业带来更高价值的客户，要与他们更主动地对话',
      'zh-Hant': '為企業帶來更高價值的客戶，要與他們更主動地對話',
    },
    [{ seed: '002', term: '哪些客戶給企業帶來了更高的價值?與他們更主動的對話' }],
  ),
  entry('value_tier', 'ordinary', COST_TO_SERVE, [{ seed: '004', term: '能够识别出赢利少的客户,并将他们转到更具成本效益的服务选项中' }]),
  entry(
    'abc_class',
    'a',
    {
      en: 'Ask the top customers (the top ten) which special products or services the firm could offer them, and talk with them more actively',
      'zh-Hans': '征求名列前十位的客户的意见，看企业可以向他们提供哪些特殊的产品或服务，并与他们更主动地对话',
      'zh-Hant': '徵求名列前十位的客戶的意見，看企業可以向他們提供哪些特殊的產品或服務，並與他們更主動地對話',
    },
    [{ seed: '002', term: '徵求名列前十位的客戶的意見' }],
  ),
  entry('abc_class', 'c', COST_TO_SERVE, [{ seed: '004', term: '能够识别出赢利少的客户,并将他们转到更具成本效益的服务选项中' }]),
  // Kotler's levels (000, 004): what the firm does at each level.
  entry(
    'kotler_level',
    'basic',
    {
      en: 'Sell and have no further contact (a street vendor selling a newspaper)',
      'zh-Hans': '把产品销售出去后就不再与顾客接触（如街头小贩卖出一份报纸）',
      'zh-Hant': '把產品銷售出去後就不再與顧客接觸（如街頭小販賣出一份報紙）',
    },
    [{ seed: '000', term: '基本型' }],
  ),
  entry(
    'kotler_level',
    'reactive',
    {
      en: 'After the sale, encourage the customer to call with problems or opinions (a free hotline, a complaint desk)',
      'zh-Hans': '售后鼓励顾客在遇到问题或有意见时给公司打电话（如免费电话、客户投诉处理机构）',
      'zh-Hant': '售後鼓勵顧客在遇到問題或有意見時給公司打電話（如免費電話、客戶投訴處理機構）',
    },
    [
      { seed: '000', term: '被动型' },
      { seed: '004', term: '宝洁设立客户抱怨处理机构' },
    ],
  ),
  entry(
    'kotler_level',
    'accountable',
    {
      en: 'Call the customer soon after the sale to check the product meets expectations, and ask for improvements and defects',
      'zh-Hans': '售后不久给顾客打电话，检查产品是否符合期望，并征求产品改进的建议以及缺陷与不足',
      'zh-Hant': '售後不久給顧客打電話，檢查產品是否符合期望，並徵求產品改進的建議以及缺陷與不足',
    },
    [{ seed: '000', term: '负责型' }],
  ),
  entry(
    'kotler_level',
    'proactive',
    {
      en: 'Keep contacting the customer with suggestions on better use and news of useful new products',
      'zh-Hans': '经常与顾客联系，提供改进产品用途的建议和有用的新产品信息',
      'zh-Hant': '經常與顧客聯繫，提供改進產品用途的建議和有用的新產品資訊',
    },
    [{ seed: '000', term: '能动型' }],
  ),
  entry(
    'kotler_level',
    'partnership',
    {
      en: 'Work continuously with the customer to solve its problems, find sensible ways to spend and support its success',
      'zh-Hans': '与顾客共同努力，寻求合理开支的方法，帮助客户解决问题，支持客户成功',
      'zh-Hant': '與顧客共同努力，尋求合理開支的方法，幫助客戶解決問題，支持客戶成功',
    },
    [
      { seed: '000', term: '伙伴型' },
      { seed: '004', term: '伙伴型' },
    ],
  ),
  // B2B relationship types (000, 001, 002).
  entry(
    'b2b_relationship',
    'transactional',
    {
      en: 'Keep the cost of the relationship very low: its value is very low too, and losing each other barely matters',
      'zh-Hans': '维护关系的成本保持极低：关系创造的价值同样极低，失去对方对双方业务并无太大影响',
      'zh-Hant': '維護關係的成本保持極低：關係創造的價值同樣極低，失去對方對雙方業務並無太大影響',
    },
    [{ seed: '001', term: '维护关系的成本与关系创造的价值均极低' }],
  ),
  entry(
    'b2b_relationship',
    'preferred_supplier',
    {
      en: 'Invest in the relationship: preferential sales terms for key customers, priority for their deliveries, a team, more exchange between both sides’ people',
      'zh-Hans': '投入较多资源维护关系：给予重点客户销售优惠政策、优先考虑其交付需求、建立团队、加强双方人员交流',
      'zh-Hant': '投入較多資源維護關係：給予重點客戶銷售優惠政策、優先考慮其交付需求、建立團隊、加強雙方人員交流',
    },
    [{ seed: '000', term: '在供应关系的水平上,企业需要投入较多的资源维护客户关系' }],
  ),
  entry(
    'b2b_relationship',
    'partnership',
    {
      en: 'Understand the customer’s needs deeply, invest for the customer, draw up joint action plans, and create new value together',
      'zh-Hans': '深刻了解客户的需求并进行客户导向的投资，双方人员共同制订行动计划，共同创造新价值',
      'zh-Hant': '深刻了解客戶的需求並進行客戶導向的投資，雙方人員共同制訂行動計劃，共同創造新價值',
    },
    [{ seed: '002', term: '合作夥伴' }],
  ),
  entry(
    'b2b_relationship',
    'strategic_alliance',
    {
      en: 'Pursue market share and profit through joint arrangements, possibly cross-shareholding or a joint venture',
      'zh-Hans': '通过共同安排争取更大的市场份额与利润，可能有相互的股权关系或成立合资企业',
      'zh-Hant': '通過共同安排爭取更大的市場份額與利潤，可能有相互的股權關係或成立合資企業',
    },
    [{ seed: '002', term: '戰略聯盟' }],
  ),
  // Bond layers (000).
  entry(
    'bond_layer',
    'trust',
    {
      en: 'Be honest and upright and keep your promises; do what the customer asks, and do it well',
      'zh-Hans': '对人诚实、正直、信守承诺；对于客户的要求，不但要尽力完成，并且完成得漂亮',
      'zh-Hant': '對人誠實、正直、信守承諾；對於客戶的要求，不但要盡力完成，並且完成得漂亮',
    },
    [{ seed: '000', term: '第一个层次为Trust' }],
  ),
  entry(
    'bond_layer',
    'value',
    {
      en: 'Let the customer feel your value: help the client’s business, and make your value the contact person’s own',
      'zh-Hans': '让客户感觉到你的价值：不仅对客户的业务有帮助，还要让你的价值成为客户个人的价值',
      'zh-Hant': '讓客戶感覺到你的價值：不僅對客戶的業務有幫助，還要讓你的價值成為客戶個人的價值',
    },
    [{ seed: '000', term: '第二个层次为Value' }],
  ),
  entry(
    'bond_layer',
    'emotion',
    {
      en: 'Build an emotional bank account little by little: the more you put in, the more you can draw',
      'zh-Hans': '建立情感银行帐户，从点滴做起、日积月累：投入越多，能支取的就越多',
      'zh-Hant': '建立情感銀行帳戶，從點滴做起、日積月累：投入越多，能支取的就越多',
    },
    [{ seed: '000', term: '第三个层次为Emotion' }],
  ),
  entry(
    'bond_layer',
    'vision',
    {
      en: 'Share long-term plans and exchange resources: shareholding, resource integration, a common direction',
      'zh-Hans': '共享长远规划、互换资源：以股份、资源整合、共同的发展方向为标准',
      'zh-Hant': '共享長遠規劃、互換資源：以股份、資源整合、共同的發展方向為標準',
    },
    [{ seed: '000', term: '第四个层次为Vision' }],
  ),
  // Effectiveness (002).
  entry(
    'effectiveness',
    'effective',
    {
      en: 'Managing the relationship means keeping these customers loyal: handle product and service problems',
      'zh-Hans': '管理好客户关系实际上就是稳定有效客户的忠诚度：处理好产品问题和服务问题',
      'zh-Hant': '管理好客戶關係實際上就是穩定有效客戶的忠誠度：處理好產品問題和服務問題',
    },
    [{ seed: '002', term: '管理好客戶關係實際上就是穩定有效客戶的忠誠度' }],
  ),
  entry(
    'effectiveness',
    'ineffective',
    {
      en: 'Do not waste time on them: they neither promote the firm nor bring it profit',
      'zh-Hans': '不要在他身上浪费时间：既不能帮你宣传，也不能给你带来利润',
      'zh-Hant': '不要在他身上浪費時間：既不能幫你宣傳，也不能給你帶來利潤',
    },
    [{ seed: '002', term: '就不要在他身上浪費時間了' }],
  ),
  // Status (000).
  entry(
    'status',
    'potential',
    {
      en: 'Develop and mine them with CRM software, and maintain them afterwards; they must be won with effort',
      'zh-Hans': '利用CRM软件进行开发和挖掘以及后期的维护；需要企业大力争取',
      'zh-Hant': '利用CRM軟體進行開發和挖掘以及後期的維護；需要企業大力爭取',
    },
    [{ seed: '000', term: '可以利用crm客户关系管理软件进行潜在客户的开发和挖掘以及后期的维护' }],
  ),
  entry(
    'status',
    'target',
    {
      en: 'Work to turn them into current customers',
      'zh-Hans': '力图将其开发为现实客户',
      'zh-Hant': '力圖將其開發為現實客戶',
    },
    [{ seed: '000', term: '力图开发为现实客户' }],
  ),
  // Demeanor (001).
  entry(
    'demeanor',
    'confused',
    {
      en: 'Explain the point they are unclear or mistaken about',
      'zh-Hans': '客户对某个问题不清楚或有误会，需要你替他解释清楚',
      'zh-Hant': '客戶對某個問題不清楚或有誤會，需要你替他解釋清楚',
    },
    [{ seed: '001', term: '困惑型客户' }],
  ),
  // Relationship to the firm, position (000, 001).
  entry(
    'relationship_to_firm',
    'internal',
    {
      en: 'Do not overlook them (the most neglected customers); serve them well first, since good outside service starts with good internal service',
      'zh-Hans': '不要忽略这类最容易被忽略的客户；要真正做好客户服务，首先要做好内部的客户服务',
      'zh-Hant': '不要忽略這類最容易被忽略的客戶；要真正做好客戶服務，首先要做好內部的客戶服務',
    },
    [
      { seed: '000', term: '这是最容易被企业忽略的一类客户' },
      { seed: '001', term: '如果要真正做好客户服务工作,就应该首先保证做好内部的客户服务' },
    ],
  ),
  entry(
    'position',
    'internal',
    {
      en: 'Serve them well first: good outside service starts with internal harmony and good internal service',
      'zh-Hans': '首先做好内部的客户服务：要取得最佳的客户服务效果，应先保证内部和谐与团结',
      'zh-Hant': '首先做好內部的客戶服務：要取得最佳的客戶服務效果，應先保證內部和諧與團結',
    },
    [{ seed: '001', term: '企业要想取得最佳的客户服务效果,应该先保证内部和谐与团结' }],
  ),
  // Why relationships break (000): the seed's remedies.
  entry(
    'breakdown_cause',
    'unprofitable_terms',
    {
      en: 'Make the client see why the agency must make a profit: payment terms and profitable work go together',
      'zh-Hans': '让客户意识到让代理公司盈利的重要性：支付方式与业务上的赢利密切相关',
      'zh-Hant': '讓客戶意識到讓代理公司盈利的重要性：支付方式與業務上的贏利密切相關',
    },
    [{ seed: '000', term: '公司应该让客户意识到让代理公司盈利的重要性' }],
  ),
  entry(
    'breakdown_cause',
    'layer_breakdown',
    {
      en: 'Plan the management contacts: name who contacts whom, and keep more of your managers in touch with the client',
      'zh-Hans': '明确管理层接触计划：确定接触的具体人选，使更多的公司管理层人员保持与客户的接触',
      'zh-Hant': '明確管理層接觸計劃：確定接觸的具體人選，使更多的公司管理層人員保持與客戶的接觸',
    },
    [{ seed: '000', term: '管理层的接触' }],
  ),
];
