import { registerEnumType } from 'type-graphql';
import { SourceChannel } from '../cases/case-enums';

/** The three hand-overs (对接) of the 3+N model. */
export enum HandoverKind {
  COURT_PRE_LITIGATION = 'COURT_PRE_LITIGATION',
  POLICE_INCIDENT = 'POLICE_INCIDENT',
  PETITION_MATTER = 'PETITION_MATTER',
}
registerEnumType(HandoverKind, {
  name: 'HandoverKind',
  description: 'A hand-over to joint mediation (对接).',
  valuesConfig: {
    COURT_PRE_LITIGATION: {
      description: '诉调对接: the court delegates a dispute before filing (委派调解 / 诉前调解).',
    },
    POLICE_INCIDENT: { description: '警调对接: the police station hands a 110 incident to mediation (移交调解).' },
    PETITION_MATTER: { description: '访调对接: the petitions body refers a petition matter (信访事项) to mediation.' },
  },
});

/** What the case's outcome was, as returned to the sender. */
export enum HandoverOutcome {
  SETTLED = 'SETTLED',
  JUDICIALLY_CONFIRMED = 'JUDICIALLY_CONFIRMED',
  NOT_SETTLED = 'NOT_SETTLED',
  REFERRED = 'REFERRED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}
registerEnumType(HandoverOutcome, {
  name: 'HandoverOutcome',
  description: 'An outcome of a handed-over case returned to the sender (反馈).',
  valuesConfig: {
    SETTLED: { description: '调解成功: a mediation agreement was reached.' },
    JUDICIALLY_CONFIRMED: { description: '司法确认: the agreement was confirmed by the court.' },
    NOT_SETTLED: { description: '调解不成功: mediation failed (for a court delegation, back to filing 转立案).' },
    REFERRED: { description: '转其他渠道: referred to litigation or another channel.' },
    WITHDRAWN: { description: '撤回: the case was withdrawn.' },
    CLOSED: { description: '结案: the case was closed after follow-up.' },
  },
});

/** How each hand-over is made: who sends it, from which of its record kinds, as which channel. */
export const HANDOVER_RULES: Record<
  HandoverKind,
  {
    sender: string;
    recordTypes: readonly string[];
    channel: SourceChannel;
    dueDays: number | null;
    reference: RegExp | null;
  }
> = {
  [HandoverKind.COURT_PRE_LITIGATION]: {
    sender: 'COURT',
    recordTypes: ['CASE_FILING'],
    channel: SourceChannel.COURT_PRE_LITIGATION_REFERRAL,
    // 《最高人民法院关于人民法院特邀调解的规定》(法释〔2016〕14号): a delegated mediation is finished within 30 days.
    dueDays: 30,
    // （2026）浙0106民诉前调123号
    reference: /^[（(]\d{4}[）)][\u4e00-\u9fa5]\d{4}民诉前调\d+号$/,
  },
  [HandoverKind.POLICE_INCIDENT]: {
    sender: 'POLICE',
    recordTypes: ['INCIDENT'],
    channel: SourceChannel.POLICE_110_REFERRAL,
    dueDays: null,
    reference: null,
  },
  [HandoverKind.PETITION_MATTER]: {
    sender: 'PETITIONS',
    recordTypes: ['PETITION_MATTER'],
    channel: SourceChannel.PETITION,
    dueDays: null,
    reference: null,
  },
};
