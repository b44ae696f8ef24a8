import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { JointCasePartyEntity } from './joint-case-party.entity';
import { JointCaseRecordLinkEntity } from './joint-case-record-link.entity';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Per-request loaders for the parts of joint cases, so a list of cases costs one query per part. */
export class JointCaseLoaders {
  readonly parties: DataLoader<string, JointCasePartyEntity[]>;
  readonly recordLinks: DataLoader<string, JointCaseRecordLinkEntity[]>;

  constructor(hub: DataSource) {
    this.parties = new DataLoader(async (caseIds) => {
      const rows = await hub.getRepository(JointCasePartyEntity).find({
        where: { jointCaseId: In([...caseIds]) },
        order: { position: 'ASC' },
      });
      const byCase = groupBy(rows, (r) => r.jointCaseId);
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
    this.recordLinks = new DataLoader(async (caseIds) => {
      const rows = await hub.getRepository(JointCaseRecordLinkEntity).find({
        where: { jointCaseId: In([...caseIds]) },
        order: { department: 'ASC', recordType: 'ASC', linkedAt: 'ASC', id: 'ASC' },
      });
      const byCase = groupBy(rows, (r) => r.jointCaseId);
      return caseIds.map((id) => byCase.get(id) ?? []);
    });
  }
}
