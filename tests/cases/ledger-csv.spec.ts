import { csvField, toCsv } from '../../src/cases/ledger/csv';
import { shanghaiDate } from '../../src/cases/labels-zh';
import { outcomeZh } from '../../src/cases/ledger/work-ledger.service';

describe(toCsv.name, () => {
  it('starts with a UTF-8 byte-order mark and ends every record, the last included, with CRLF', () => {
    const csv = toCsv([
      ['序号', '案件编号'],
      [1, 'A'],
    ]);
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('序号,案件编号\r\n1,A\r\n');
  });

  it('quotes a field holding a comma, a double quote, CR or LF and doubles its quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField('plain 文字')).toBe('plain 文字');
  });

  it('keeps a text field that a spreadsheet would run as a formula as text, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
    expect(csvField('2025-01-01')).toBe('2025-01-01');
  });
});

describe(shanghaiDate.name, () => {
  it('gives the calendar date in Asia/Shanghai, eight hours ahead of UTC', () => {
    expect(shanghaiDate(new Date('2025-01-31T16:00:00Z'))).toBe('2025-02-01');
    expect(shanghaiDate(new Date('2025-01-31T15:59:59.999Z'))).toBe('2025-01-31');
    expect(shanghaiDate(null)).toBe('');
  });
});

describe(outcomeZh.name, () => {
  const none = {
    agreement_reached_at: null,
    confirmation_number: null,
    failure_reason: null,
    referral_channel: null,
    status: 'IN_MEDIATION',
  };

  it('writes 调解成功, with 已司法确认 once the court confirmed it', () => {
    expect(outcomeZh({ ...none, agreement_reached_at: new Date(), status: 'AGREEMENT_REACHED' })).toBe('调解成功');
    expect(
      outcomeZh({
        ...none,
        agreement_reached_at: new Date(),
        confirmation_number: '(2025)浙0106民特1号',
        status: 'CLOSED',
      }),
    ).toBe('调解成功（已司法确认）');
  });

  it('writes 调解不成 with the referral and the recorded reason, and nothing while there is no outcome', () => {
    expect(
      outcomeZh({ ...none, failure_reason: '双方分歧过大', referral_channel: 'LITIGATION', status: 'REFERRED' }),
    ).toBe('调解不成（转诉讼）：双方分歧过大');
    expect(outcomeZh({ ...none, status: 'FAILED' })).toBe('调解不成');
    expect(outcomeZh(none)).toBe('');
  });
});
