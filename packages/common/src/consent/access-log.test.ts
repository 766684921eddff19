import { accessLogHash, GENESIS_HASH, type AccessLogRow } from './access-log';

/**
 * The access log's hash chain: `audit verify` re-computes every row's hash from its content and
 * the row before it, so any change, removal or reordering of a row is found.
 */
const row = (overrides: Partial<AccessLogRow> = {}): AccessLogRow => ({
  at: new Date('2026-05-04T10:11:12.345Z'),
  requestId: 'req-1',
  subgraph: 'cases',
  operation: 'CasePage',
  actor: 'synthetic-user',
  partner: 'astra',
  caseId: '00000000-0000-4000-8000-000000000001',
  decision: 'ALLOWED',
  categories: ['IDENTITY', 'CONTACT'],
  basis: 'grant:00000000-0000-4000-8000-000000000002',
  breakGlass: false,
  audience: [],
  prevHash: GENESIS_HASH,
  ...overrides,
});

const chain = (rows: AccessLogRow[]) => {
  let prevHash = GENESIS_HASH;
  return rows.map((r) => {
    const hash = accessLogHash({ ...r, prevHash });
    prevHash = hash;
    return hash;
  });
};

describe('the access log hash', () => {
  it('keeps its canonical form, which logs already written were hashed with', () => {
    // Changing the canonical content would make `audit verify` reject every stored log. The value
    // is SHA-256 of the documented form, worked out apart from this code (Python's hashlib).
    expect(accessLogHash(row())).toBe(
      '67738f4fc11dedeb85ecba2a5f64af758dc12500f3e0edc3b3ea9a338e713a78',
    );
  });

  it.each<[string, Partial<AccessLogRow>]>([
    ['time', { at: new Date('2026-05-04T10:11:12.346Z') }],
    ['request', { requestId: 'req-2' }],
    ['subgraph', { subgraph: 'legal' }],
    ['operation', { operation: null }],
    ['actor', { actor: 'someone-else' }],
    ['partner', { partner: 'atina' }],
    ['case', { caseId: '00000000-0000-4000-8000-000000000009' }],
    ['decision', { decision: 'DENIED' }],
    ['categories', { categories: ['IDENTITY'] }],
    ['category order', { categories: ['CONTACT', 'IDENTITY'] }],
    ['basis', { basis: 'break-glass' }],
    ['break-glass flag', { breakGlass: true }],
    ['audience', { audience: ['astra'] }],
    ['link to the row before', { prevHash: 'f'.repeat(64) }],
  ])('changes when the %s changes', (_what, change) => {
    expect(accessLogHash(row(change))).not.toBe(accessLogHash(row()));
  });

  it('does not let one field bleed into the next (the separator is part of the content)', () => {
    expect(accessLogHash(row({ actor: 'ab', partner: 'c' }))).not.toBe(
      accessLogHash(row({ actor: 'a', partner: 'bc' })),
    );
  });

  it('makes every later hash depend on each earlier row, so reordering shows', () => {
    const first = row({ requestId: 'req-1' });
    const second = row({ requestId: 'req-2' });
    const third = row({ requestId: 'req-3' });
    const original = chain([first, second, third]);
    const changed = chain([row({ requestId: 'req-1', decision: 'DENIED' }), second, third]);
    expect(changed.every((hash, i) => hash !== original[i])).toBe(true);
    expect(chain([second, first, third])[2]).not.toBe(original[2]);
    expect(chain([first, third])[1]).not.toBe(original[2]);
  });
});
