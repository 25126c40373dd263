/**
 * Malformed inputs for the fuzz test: path ids, query strings and bodies a careless client or an attacker may send.
 * Random choices come from a seeded generator, so a failure names a case that happens again on the next run.
 */

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: () => number, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)] as T;

const base64Url = (text: string) => Buffer.from(text).toString('base64url');

/** Path segments where an id belongs, already as they appear in a URL (%-escapes included, some broken). */
export const malformedIds = [
  'not-an-id',
  '-1',
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%AF',
  '%ED%A0%80',
  '%00',
  '..%2f..%2fpackage.json',
  encodeURIComponent('客户😀'),
  'a'.repeat(3000),
  '01a20000-0000-7000-8000-00000000000g',
  encodeURIComponent("1' or '1'='1"),
  '__proto__',
];

/** Claims a status-page token can carry when someone holding the key signs nonsense. */
export const malformedStatusTokens = [
  'st_',
  `st_${'a'.repeat(5000)}`,
  'st_not-base64url!!',
  'st_%00',
  'st_%ED%A0%80',
  'eyJhbGciOiJIUzI1NiJ9.e30.sig',
];

/** Path segments where a template version number belongs. */
export const malformedVersions = ['0', '-1', '1.5', '1e3', '99999999999999999999', 'NaN', 'abc', '%zz'];

/** Query strings the brief calls out by name, sent to every GET route. */
export const namedQueries = [
  'limit=-1',
  'limit=NaN',
  'limit=1e309',
  'limit=99999999999999999999',
  'limit=1.5',
  'limit=1&limit=2',
  'cursor=garbage',
  'cursor=%zz',
  `cursor=${base64Url('{"a":1}')}`,
  `cursor=${base64Url('[null,{}]')}`,
  `cursor=${base64Url('["2026-13-45T99:99:99Z","not-an-id"]')}`,
  `cursor=${base64Url('[1e400,-1]')}`,
  'from=2026-13-45',
  'to=2026-02-30',
  'from=2026-02-30&to=2026-13-45',
  'date=2026-13-45',
  'status=bogus',
  'status=',
  // Long, but under the 16 kB of headers Node accepts before it answers 431 itself.
  `q=${'x'.repeat(8_000)}`,
  'q=%ED%A0%80',
  'q=%',
];

const queryKeys = [
  'limit',
  'cursor',
  'q',
  'from',
  'to',
  'date',
  'status',
  'kind',
  'format',
  'customerId',
  'ownerId',
  'connectionId',
  'excludeId',
  'flagged',
  'mine',
  'inbox',
  'overdue',
  'includeDrafts',
  'category',
  'sort',
  'segment',
  'tier',
  'lat',
  'lng',
  'url',
  'platform',
  'code',
  'exp',
  'sig',
  '__proto__',
];

const queryValues = [
  '-1',
  '0',
  'NaN',
  '1e309',
  '99999999999999999999',
  '',
  'abc',
  '2026-13-45',
  '2026-02-30',
  '0000-00-00',
  '2026-2-3',
  '9999-12-31T25:61:61Z',
  '%zz',
  '%ED%A0%80',
  '%00',
  encodeURIComponent('😀'.repeat(50)),
  'x'.repeat(5000),
  '__proto__',
  'true',
  '[]',
  base64Url('{"a":1}'),
  base64Url('[]'),
  'not-an-id',
  'http%3A%2F%2F127.0.0.1%3A1%2F',
  'javascript:alert(1)',
];

/** A query string of one to three random key=value pairs. */
export function randomQuery(random: () => number): string {
  const count = 1 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => `${pick(random, queryKeys)}=${pick(random, queryValues)}`).join(
    '&',
  );
}

export interface RawBody {
  body: string;
  contentType: string;
}

const json = (body: string): RawBody => ({ body, contentType: 'application/json' });

/** Bodies the brief calls out by name, sent to every route that takes one. */
export const namedBodies: [label: string, body: RawBody][] = [
  ['non-JSON', json('not json{')],
  ['an empty body', json('')],
  ['truncated JSON', json('{"a":')],
  ['an array instead of an object', json('[]')],
  ['an array of objects', json('[{}]')],
  ['null', json('null')],
  ['a string', json('"x"')],
  ['a number', json('123')],
  ['a NUL character', json('\u0000')],
  ['deep nesting', json(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)],
  ['deep nesting in a field', json(`{"name":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)],
  ['a __proto__ key', json('{"__proto__":{"role":"admin"},"constructor":{"prototype":{"x":1}}}')],
  ['a 200 kB string', json(JSON.stringify({ name: 'x'.repeat(200_000), title: 'x'.repeat(200_000 / 4) }))],
  ['a body over the limit', json(JSON.stringify({ name: 'x'.repeat(300_000) }))],
  ['text/plain', { body: '{"name":"x"}', contentType: 'text/plain' }],
  ['a form', { body: 'name=x&ids[]=1', contentType: 'application/x-www-form-urlencoded' }],
  [
    'multipart without its boundary',
    { body: '--x\r\n\r\nx', contentType: 'multipart/form-data; boundary=x' },
  ],
  ['an unknown charset', { body: '{}', contentType: 'application/json; charset=klingon' }],
];

const bodyFields = [
  'name',
  'title',
  'description',
  'clientId',
  'customerId',
  'importance',
  'kind',
  'status',
  'note',
  'notes',
  'version',
  'ids',
  'items',
  'phases',
  'targetId',
  'ownerId',
  'memberIds',
  'assigneeId',
  'done',
  'blocker',
  'evidence',
  'quote',
  'goLive',
  'visitedAt',
  'followUpAt',
  'dueDate',
  'startDate',
  'goLiveTarget',
  'date',
  'checkIn',
  'location',
  'attachmentIds',
  'participantIds',
  'flags',
  'tags',
  'segment',
  'tier',
  'contractValue',
  'subject',
  'externalId',
  'role',
  'platform',
  'corpId',
  'baseUrl',
  'code',
  'url',
  'tenantId',
  'userId',
  'customerCap',
];

/** Values of the wrong type, out of range, malformed dates and ids, unicode oddities; a function for fresh ids. */
const bodyValues: ((ids: readonly string[]) => unknown)[] = [
  () => [],
  () => ({}),
  () => null,
  () => -1,
  () => 0,
  () => 1e308,
  () => -1e308,
  () => 1.5,
  () => true,
  () => '',
  () => ' ',
  () => 'x'.repeat(50_000),
  () => '\u0000',
  () => '\ud800',
  () => '😀'.repeat(20),
  () => '2026-13-45',
  () => '2026-02-30',
  () => '2026-02-30T25:61:00Z',
  () => 'not-a-date',
  () => 'not-an-id',
  () => '%zz',
  () => ['x'],
  () => [{}],
  () => [[[]]],
  () => ({ lat: 'a', lng: [] }),
  () => ({ lat: 91, lng: 181 }),
  () => ({ a: { b: { c: [null] } } }),
  () => "'; drop table users;--",
  () => '__proto__',
  (ids) => [...ids],
  (ids) => ids[0],
];

/** Dates that match a date pattern but name no day, and instants that name no time. */
export const malformedDates = [
  '2026-02-30',
  '2026-13-45',
  '2025-02-29',
  '0000-00-00',
  '9999-12-31',
  '2026-02-30T10:00:00Z',
  '2026-11-23T25:61:00Z',
  '2026-11-23T10:00:00+99:00',
];

/** A value from the pool of wrong values, for one field of an otherwise valid body. */
export const wrongValue = (random: () => number, ids: readonly string[]): unknown =>
  pick(random, bodyValues)(ids);

/** A JSON object of one to four fields with values that are wrong in one way or another. */
export function randomBody(random: () => number, ids: readonly string[]): RawBody {
  const count = 1 + Math.floor(random() * 4);
  const fields = Array.from({ length: count }, () => [
    pick(random, bodyFields),
    pick(random, bodyValues)(ids),
  ]);
  return json(JSON.stringify(Object.fromEntries(fields)));
}
