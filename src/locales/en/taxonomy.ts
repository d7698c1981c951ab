import type { BuiltinTexts } from '../keys.js';
import { flatTexts } from '../flat.js';

/** Labels and one-line descriptions of every built-in dimension and value, in en. */
export const taxonomyEn = /* @__PURE__ */ flatTexts({
  relationship_to_firm: [
    'Relationship to the firm',
    'What the customer is to the firm: an end consumer, a reseller, a part of the firm itself, or a party representing the public interest',
    {
      consumer: ['Consumer customer', 'Buys the final product or service, usually an individual or household (an end customer); numerous, low spend each'],
      intermediary: ['Intermediary customer', 'Buys the offer to add to its own and resell; sits between the firm and consumers, as distributors and dealers do'],
      internal: ['Internal customer', 'A person or department inside the firm: purchasing serves production, production serves sales, salespeople are the sales department\'s internal customers'],
      public_interest: ['Public-interest customer', 'Represents the public, provides resources and takes a share of the firm\'s gains directly or indirectly, as government and industry associations do'],
    },
  ],
  value_tier: [
    'Value tier',
    'How much the customer is worth to the firm, from ordinary through key to VIP customers',
    {
      ordinary: ['Ordinary customer', 'Small total spend, little or even negative profit; numerous'],
      key: ['Key customer', 'Besides VIP customers, buys often and much at a high margin; affects the firm\'s results'],
      vip: ['VIP customer', 'A very high share of the firm\'s total sales and the largest contribution; very few'],
    },
  ],
  abc_class: [
    'ABC class',
    'Customers ranked A, B or C by their value to the firm: marketing spend, sales revenue, years of business',
    {
      c: ['Class C', 'The lowest class by value to the firm: the customers below classes A and B'],
      b: ['Class B', 'The middle class by value to the firm, below the top customers of class A'],
      a: ['Class A', 'The top class, the tip of the pyramid: often ten customers or fewer, leading in sales and long-term profit'],
    },
  ],
  membership_tier: [
    'Membership tier',
    'Tier by spending level and amount, as in membership programmes; the thresholds are the host\'s policy',
    {
      ordinary: ['Ordinary customer', 'Buys in small volume'],
      silver: ['Silver-card customer', 'A high spending level and a stable purchase frequency'],
      vip: ['VIP customer', 'A stable purchase volume and cumulative spend above a set level'],
    },
  ],
  loyalty: [
    'Loyalty',
    'How attached the customer is to the firm, judged by its purchase behaviour',
    {
      potential: ['Potential customer', 'Has a need for the offer but has not traded yet; must be won'],
      new: ['New customer', 'Has just started trading and knows the offer little'],
      established: ['Established customer', 'Long trading history and knows the offer well, but also buys from others'],
      loyal: ['Loyal customer', 'Satisfied and trusting; buys repeatedly over the long term: directed, repeat, related and referral purchases'],
    },
  ],
  status: [
    'Status',
    'Where the customer stands in its lifecycle, from non-customer to current or lost customer',
    {
      non_customer: ['Non-customer', 'Has no direct trade with the firm and cannot buy its products or services'],
      potential: ['Potential customer', 'Has a need or desire, a motive and the ability to pay, but has not bought yet'],
      target: ['Target customer', 'Can bring the firm revenue; the firm works to turn it into a current customer'],
      current: ['Current customer', 'Buys the firm\'s products or services now'],
      lost: ['Lost customer', 'Used to be a customer of the firm but no longer buys'],
    },
  ],
  acquaintance: [
    'Acquaintance',
    'How far the firm already knows and works with the customer: unknown, potential, target or existing',
    {
      unknown: ['Unknown customer', 'Not yet identified or known by the firm'],
      potential: ['Potential customer', 'May have a need; a target for developing the market and growing the business'],
      target: ['Target customer', 'Chosen by the firm as one to win'],
      existing: ['Existing customer', 'Already trades with the firm'],
    },
  ],
  position: [
    'Position',
    'Whether the customer is inside or outside the firm',
    {
      internal: ['Internal customer', 'Colleagues in the firm\'s own departments, who serve one another'],
      external: ['External customer', 'Customers outside the firm, such as end consumers and distributors'],
    },
  ],
  internal_collaboration: [
    'Internal collaboration',
    'How internal customers work with one another',
    {
      horizontal_support: ['Horizontal support', 'Work independently and help one another when in difficulty'],
      upstream_downstream: ['Upstream and downstream', 'Hands its finished work on to the next person'],
      team: ['Team collaboration', 'A team completes one piece of work together'],
    },
  ],
  external_directness: [
    'External directness',
    'Whether an external customer buys directly now or is an indirect prospect',
    {
      direct: ['Direct customer', 'Knows the offer and where to buy it, brings revenue now; contested by competitors'],
      indirect: ['Indirect customer', 'Has enough purchasing power and a need for the product'],
    },
  ],
  time_state: [
    'Time state',
    'When the customer trades with the firm: in the past, now or in the future',
    {
      past: ['Past customer', 'Has any earlier transaction record with the firm, once or often'],
      present: ['Present customer', 'Is in a transaction with the firm now, even the first, closed or not'],
      future: ['Future customer', 'May buy in the future'],
    },
  ],
  demeanor: [
    'Demeanor',
    'How the customer behaves in a sales contact, so that the salesperson can adapt',
    {
      demanding: ['Demanding', 'Wants to know the offer; opinionated, clear-headed, controlling, with many ideas and questions'],
      confused: ['Confused', 'Is unclear or mistaken about something and needs it explained'],
      agitated: ['Agitated', 'Emotional and dissatisfied with the offer; speaks fast'],
    },
  ],
  purchase_intent: [
    'Purchase intent',
    'Where a prospect stands after contact, which sets how to follow it up',
    {
      interested: ['Interested', 'Wants to buy: follow up actively, win its trust and move it to the next stage soon'],
      hesitating: ['Hesitating', 'Considering: talk and learn its needs without pushing products; after a few contacts re-classify it as interested, not now or never'],
      not_now: ['Not now', 'Keep the relationship: record when it expects to buy, keep the channel open, send material with its permission'],
      never: ['Never', 'Learn why it will not buy; record the features it asks for and pass them to product development'],
      quoted_no_reply: ['Quoted, no reply', 'Quoted but silent: follow up on after-sales service and use, stress advantages over rivals, give on price only for a return'],
    },
  ],
  effectiveness: [
    'Effectiveness',
    'Whether the customer promotes the firm or brings it profit',
    {
      effective: ['Effective customer', 'Promotes the firm or brings it profit; its loyalty is worth managing'],
      ineffective: ['Ineffective customer', 'Neither promotes the firm nor brings it profit; not worth the time'],
    },
  ],
  acquisition_source: [
    'Acquisition source',
    'The way through which the customer was first reached or came to the firm',
    {
      promotion: ['Promotion', 'A sales promotion'],
      search_engine: ['Search engine', 'Found the firm through a search engine'],
      advertising: ['Advertising', 'Advertising in the media'],
      outdoor_ads: ['Outdoor advertising', 'Billboards and other outdoor advertising'],
      flyer: ['Flyers', 'Flyers handed out'],
      radio: ['Radio', 'Radio broadcasts'],
      referral: ['Referral', 'Referred by an existing customer or an acquaintance'],
      online_signup: ['Online sign-up', 'Signed up online'],
      online_inquiry: ['Online inquiry', 'Asked for a price online'],
      appointment_visit: ['Appointment visit', 'Met in a visit arranged by appointment'],
      cold_visit: ['Cold visit', 'A sales visit in person to a stranger, without an appointment'],
      telemarketing: ['Telemarketing', 'Outbound sales calls'],
      phone_inquiry: ['Phone inquiry', 'The customer called to ask'],
      email_inquiry: ['Email inquiry', 'The customer asked by email'],
      social_local: ['Local social promotion', 'Local promotion on WeChat Moments, reaching people within about 5 km'],
    },
  ],
  kotler_level: [
    'Kotler relationship level',
    'Kotler\'s five levels of relationship with customers; the right one depends on the number of customers and the margin, not a ranking from good to bad',
    {
      basic: ['Basic', 'Sells the product and has no further contact with the customer'],
      reactive: ['Reactive', 'Sells and encourages the customer to get in touch with problems or opinions'],
      accountable: ['Accountable', 'Contacts the customer soon after the sale to check expectations; asks for improvements and defects'],
      proactive: ['Proactive', 'Keeps contacting the customer with suggestions on use and news of new products'],
      partnership: ['Partnership', 'Works continuously with the customer to solve its problems and support its success'],
    },
  ],
  b2b_relationship: [
    'B2B relationship type',
    'The four types of relationship between a firm and a business customer, from buying and selling to a strategic alliance',
    {
      transactional: ['Transactional', 'A plain seller: low-level contact, very little information, cost and value both very low; losing each other barely matters'],
      preferred_supplier: ['Preferred supplier', 'Good ties with many key people and priority or even exclusive chances; the firm invests and shares value, yet the customer could leave without losing competitiveness'],
      partnership: ['Partnership', 'Ties between top managements, long-term trade and shared understanding; value created and shared jointly; breaking up is costly for both'],
      strategic_alliance: ['Strategic alliance', 'A formal or informal alliance with aligned goals and vision, possibly cross-shareholding or a joint venture; rivals can hardly enter'],
    },
  ],
  bond_layer: [
    'Bond layer',
    'The four layers of a client relationship, from low to high: Trust, Value, Emotion, Vision',
    {
      trust: ['Trust', 'Honesty, integrity, keeping promises; measured by verbal, written, personal or company credit'],
      value: ['Value', 'Value and value added to the client\'s business and to the person; measured by the added value created'],
      emotion: ['Emotion', 'An emotional bank account, the end state of lifetime value; measured by brand loyalty and the emotional account'],
      vision: ['Vision', 'Long-term plans and exchange of resources; measured by shareholding, resource integration and a common direction'],
    },
  ],
  patronage_level: [
    'Patronage level',
    'Five levels of attachment, from a passer-by to a devotee',
    {
      passer_by: ['Passer-by', 'Passes by or comes once, with no relationship yet'],
      customer: ['Customer', 'Has bought from the firm'],
      regular: ['Regular', 'Comes back and buys often'],
      honored: ['Honoured guest', 'A valued customer the firm treats as an honoured guest'],
      devotee: ['Devotee', 'Devoted like a pilgrim: keeps coming back out of trust'],
    },
  ],
  breakdown_cause: [
    'Breakdown cause',
    'Reason codes a host attaches to the downgrade or loss of a relationship',
    {
      client_business_decline: ['Client business decline', 'The client\'s own business is in poor shape'],
      client_leadership_change: ['Client leadership change', 'Major changes in the client\'s management'],
      own_operations: ['Own operations', 'Problems in the firm\'s own operations'],
      strategy_disagreement: ['Strategy disagreement', 'Disagreement or misunderstanding over the strategy for a brand or service'],
      layer_breakdown: ['Breakdown across levels', 'Relationships collapse at the levels of contact, causing dissatisfaction and damage'],
      policy_breach: ['Policy breach', 'The client believes the firm broke its principles or policies'],
      merger_acquisition: ['Merger or acquisition', 'Mergers and acquisitions between companies change the relationship'],
      competitor: ['Competitor', 'Competition from other firms in the trade causes problems'],
      unprofitable_terms: ['Unprofitable terms', 'The client\'s payment terms or the work it commissions do not make the firm a profit'],
      captive_supplier: ['Captive supplier', 'The client sets up a company of its own to keep the business in house'],
      price_war: ['Price war', 'Cut-throat competition in the trade damages the partnership'],
    },
  ],
} satisfies BuiltinTexts);
