import { describe, expect, it } from 'vitest';
import { playbook } from '../../src/playbook/index.js';
import { inLocale } from '../support/locales.js';

// A fidelity review against the seeds: seed 000's treatment of potential customers (000:25) sits
// in its loyalty section (3. 根据客户的忠诚度划分), not its status section (4.), which only defines
// them; two texts said other than the seeds.

describe('the playbook as the seeds give it', () => {
  it("potential customers' treatment belongs to loyalty; status gives none", () => {
    expect(playbook('status', 'potential')).toBeUndefined();
    const potential = playbook('loyalty', 'potential', inLocale('zh-Hans'))!;
    expect(potential.treatment).toBe('不能忽视，这是开发市场、提高业务的目标；需要企业大力争取，可以利用CRM软件进行开发和挖掘以及后期的维护');
    expect(potential.source.map((s) => s.term)).toContain('需要企业大力争取的客户');
  });

  it('a transactional relationship is described as the seed describes it, not turned into an instruction', () => {
    expect(playbook('b2b_relationship', 'transactional', inLocale('zh-Hans'))?.treatment).toMatch(/^维护关系的成本与关系创造的价值均极低/);
  });

  it('in a strategy disagreement, the client is the one whose efforts are discussed (探讨客户…应做出的努力)', () => {
    expect(playbook('breakdown_cause', 'strategy_disagreement')?.treatment).toContain('the efforts the client should make');
  });
});

describe('treatments in the seeds’ words', () => {
  it('a quote with no reply: worth the money, and service and quality win customers (seed 002)', () => {
    expect(playbook('purchase_intent', 'quoted_no_reply', inLocale('zh-Hans'))?.treatment).toMatch(/让客户觉得物有所值.*更好的服务、更高的产品质量才是赢得客户的法宝$/);
  });

  it('not every firm needs an alliance; for most, a preferred supplier is enough (seed 002)', () => {
    expect(playbook('b2b_relationship', 'strategic_alliance', inLocale('zh-Hans'))?.treatment).toContain('并不是所有企业都需要与客户建立战略联盟');
    expect(playbook('b2b_relationship', 'preferred_supplier')?.treatment).toMatch(/for most firms this level is enough$/);
  });
});
