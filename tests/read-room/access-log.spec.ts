import { RequestAccessLog } from '../../src/agreements/access-log';

describe(RequestAccessLog.name, () => {
  const look = {
    department: 'POLICE',
    recordType: 'INCIDENT',
    recordId: '7',
    jointCaseId: 'c1',
    decision: 'GRANTED' as const,
    subjectHashes: ['a'],
  };

  it('keeps one entry per agreement when a record is reached under two', () => {
    const log = new RequestAccessLog();
    log.add({ ...look, agreementIds: ['agreement-1'], fields: { place: 'MASKED' } });
    log.add({ ...look, agreementIds: ['agreement-2'], purpose: 'RISK_SCREENING', fields: { calledAt: 'GRANTED' } });
    expect(log.entries.map((e) => [e.agreementIds, e.fields])).toEqual([
      [['agreement-1'], { place: 'MASKED' }],
      [['agreement-2'], { calledAt: 'GRANTED' }],
    ]);
  });

  it('merges two looks under the same agreement, keeping every field shown in its least masked form and every subject', () => {
    const log = new RequestAccessLog();
    log.add({ ...look, agreementIds: ['agreement-1'], fields: { place: 'MASKED', summary: 'DENIED' } });
    log.add({
      ...look,
      agreementIds: ['agreement-1'],
      fields: { summary: 'GRANTED', category: 'GRANTED' },
      subjectHashes: ['b'],
    });
    expect(log.entries).toEqual([
      {
        ...look,
        agreementIds: ['agreement-1'],
        fields: { place: 'MASKED', summary: 'GRANTED', category: 'GRANTED' },
        subjectHashes: ['a', 'b'],
      },
    ]);
  });

  it('keeps a denial apart from a grant of the same record', () => {
    const log = new RequestAccessLog();
    log.add({ ...look, agreementIds: ['agreement-1'], fields: {} });
    log.add({ ...look, decision: 'DENIED', reason: 'closed', agreementIds: [] });
    expect(log.entries.map((e) => e.decision)).toEqual(['GRANTED', 'DENIED']);
  });
});
