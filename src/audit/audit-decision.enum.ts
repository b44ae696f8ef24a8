import { registerEnumType } from 'type-graphql';

/** What the hub decided about one look at another body's records, as the audit records it. */
export enum AuditDecision {
  GRANTED = 'GRANTED',
  DENIED = 'DENIED',
}
registerEnumType(AuditDecision, {
  name: 'AuditDecision',
  description: "What the hub decided about a look at a body's records (查阅决定); per-field detail is in `fields`.",
  valuesConfig: {
    GRANTED: { description: 'Read under an agreement (some fields may be masked or denied) (已授权).' },
    DENIED: { description: 'Refused: nothing was read (已拒绝).' },
  },
});
