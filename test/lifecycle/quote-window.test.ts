import { describe, expect, it } from 'vitest';
import { can, classify, purchaseIntentMachine } from '../../src/index.js';

describe('the quote reply window: the guard and the classifier agree at the boundary', () => {
  const quoted = (days: number) => ({
    transactions: [],
    contacts: [{ at: `2024-06-${String(30 - days).padStart(2, '0')}`, kind: 'quote_sent' as const }],
  });

  it('a quote is pending on the last day of its window and unanswered the day after', () => {
    for (const [days, unanswered] of [
      [6, false],
      [7, false],
      [8, true],
    ] as const) {
      const guard = can(purchaseIntentMachine, 'interested', 'quote_unanswered', { facts: { quoteSent: true, daysSinceQuote: days }, policy: { quoteReplyDays: 7 } });
      expect(guard.ok).toBe(unanswered);
      const intent = classify(quoted(days), { asOf: '2024-06-30', policy: { purchaseIntent: { replyWindowDays: 7 } } }).dimensions.purchase_intent.value;
      expect(intent === 'quoted_no_reply').toBe(unanswered);
    }
  });
});
