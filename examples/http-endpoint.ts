/**
 * A small HTTP endpoint (Node's own `http`) that classifies a posted customer and answers 400 with
 * the library's error on bad input, in the language the client asks for (`Accept-Language`, any
 * BCP 47 tag: it falls back, never fails). Run with `npx tsx examples/http-endpoint.ts`: it starts
 * on a free port on 127.0.0.1, sends itself a few requests, prints the answers and stops.
 *
 *   POST /classify  { "asOf": "2024-06-30", "facts": { "transactions": [...], ... } }
 *   200 { "profile": { "customerId", "dimensions": { "loyalty": { "value", "reasons": [...] }, ... } },
 *         "explained": { "loyalty": "Loyal customer: …", ... } }
 *   400 { "error": { "name": "CrmTaxonomyError", "code", "message", "path", "details" } }
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { classify, explain, isCrmTaxonomyError, message, type CustomerFacts, type DateInput } from 'crm-taxonomy';
import { zhHans } from 'crm-taxonomy/locales/zh-Hans';
import { zhHant } from 'crm-taxonomy/locales/zh-Hant';

async function body(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

// #region server
const server = createServer(async (request, response) => {
  const send = (status: number, payload: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(payload));
  };
  if (request.method !== 'POST' || request.url !== '/classify') return send(404, { error: 'POST /classify' });
  // The first tag of Accept-Language; explain and message negotiate it (zh-TW → zh-Hant, de → en)
  // over the built-in English and the Chinese locale modules.
  const locale = request.headers['accept-language']?.split(',')[0]?.split(';')[0]?.trim() || 'en';
  try {
    const input = (await body(request)) as { asOf: DateInput; facts: CustomerFacts };
    // The library checks everything it is given and throws a CrmTaxonomyError with the path of
    // the offending field: the request body is passed as it came, unchecked.
    const profile = classify(input.facts, { asOf: input.asOf });
    send(200, { profile, explained: explain(profile, { locale, texts }) });
  } catch (error) {
    // The error is data (code, path, details); its message is rendered in the client's language.
    if (isCrmTaxonomyError(error)) return send(400, { error: { ...error.toJSON(), message: message(error, { locale, texts }) } });
    if (error instanceof SyntaxError) return send(400, { error: { code: 'invalid_json', message: error.message } });
    send(500, { error: 'internal error' });
  }
});
// #endregion server

await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
/** The texts the endpoint speaks besides the built-in English. */
const texts = [zhHans, zhHant];

const post = async (payload: unknown, locale = 'en'): Promise<{ status: number; json: Record<string, any> }> => {
  const response = await fetch(`http://127.0.0.1:${port}/classify`, { method: 'POST', body: JSON.stringify(payload), headers: { 'accept-language': locale } });
  return { status: response.status, json: (await response.json()) as Record<string, any> };
};

// A good request: the profile (every dimension with its value and its reasons as data) and the
// reasons as text in the client's language.
const ok = await post({
  asOf: '2024-06-30',
  facts: {
    customerId: 'c-7',
    transactions: [
      { at: '2024-02-01', amount: 3900 },
      { at: '2024-05-12', amount: 5200 },
    ],
    given: { relationship_to_firm: 'consumer' },
  },
}, 'zh-TW,zh;q=0.9');
assert.equal(ok.status, 200);
assert.equal(ok.json.profile.dimensions.status.value, 'current');
console.log(`200 ${ok.json.explained.status}`);

// Bad input: a date that is not a date, an id that is not in the taxonomy, no asOf.
for (const bad of [
  { asOf: '2024-06-30', facts: { transactions: [{ at: 'yesterday', amount: 100 }] } },
  { asOf: '2024-06-30', facts: { transactions: [], given: { relationship_to_firm: 'reseller' } } },
  { facts: { transactions: [] } },
]) {
  const answer = await post(bad, 'zh-CN');
  assert.equal(answer.status, 400);
  assert.equal(answer.json.error.name, 'CrmTaxonomyError');
  console.log(`400 ${answer.json.error.code} at ${JSON.stringify(answer.json.error.path)}: ${answer.json.error.message}`);
}
server.close();
