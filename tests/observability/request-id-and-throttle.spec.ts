import { residentIdCheckCharacter } from '../../src/common/resident-id';
import { safeRequestId } from '../../src/observability/request-observation';
import { WarningThrottle } from '../../src/observability/warning-throttle';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it.each([
    'desk-7.case_page-0001',
    'a1b2c3d4',
    'X'.repeat(64),
    '0af7651916cd43dd8448eb211c80319c',
    `probe-${(1764311234567).toString(36)}`,
    'order-20261128000001',
  ])('keeps a plain token: %s', (id) => {
    expect(safeRequestId(id)).toBe(id);
  });

  it.each([
    ['a resident ID number', '33010619800101234' + residentIdCheckCharacter('33010619800101234')],
    ['an ID number inside a longer id', `req-${'11010519491231002X'}-1`],
    ['a mobile number', 'call-13812345678'],
    ['a mobile number with the country code', 'n-8613812345678'],
    ['a millisecond timestamp (the logs would mask it as a possible mobile number)', `probe-${1764311234567}`],
    ['too long', 'a'.repeat(65)],
    ['too short', 'abc'],
    ['spaces and markup', 'abc def<script>'],
    ['non-ASCII', '请求编号一二三四五六'],
    ['a repeated header', ['desk-7.case_page-0001', 'desk-7.case_page-0002']],
    ['nothing', undefined],
  ])('replaces %s with a new UUID', (_what, given) => {
    const id = safeRequestId(given);
    expect(id).toMatch(UUID);
    expect(id).not.toEqual(given);
  });
});

describe('warning throttle', () => {
  it('lets one warning per key through per interval and reports how many it left out', () => {
    let now = 0;
    const throttle = new WarningThrottle(10_000, () => now);
    expect(throttle.admit('POLICE')).toEqual({ log: true, suppressed: 0 });
    for (let i = 0; i < 99; i++) expect(throttle.admit('POLICE').log).toBe(false);
    // Another body is not held back by the first.
    expect(throttle.admit('COURT')).toEqual({ log: true, suppressed: 0 });
    now = 9_999;
    expect(throttle.admit('POLICE').log).toBe(false);
    now = 10_000;
    expect(throttle.admit('POLICE')).toEqual({ log: true, suppressed: 100 });
    now = 25_000;
    expect(throttle.admit('POLICE')).toEqual({ log: true, suppressed: 0 });
  });
});
