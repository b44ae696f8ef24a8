import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DemoBody, SeededRecordRef } from './demo-body';
import { JointCaseHistoryEntity } from '../cases/joint-case-history.entity';
import { JointCasePartyEntity } from '../cases/joint-case-party.entity';
import { JointCaseRecordLinkEntity } from '../cases/joint-case-record-link.entity';
import { JointCaseEntity } from '../cases/joint-case.entity';
import { JointSessionEntity } from '../cases/joint-session.entity';
import { MediationAgreementEntity } from '../cases/agreement/mediation-agreement.entity';
import { insertEntityRows } from './bulk-insert';
import { progressDemoCase } from './demo-case-progress';
import { demoCaseParties } from './demo-case-parties';
import { seedDemoAgreements } from './demo-agreements';
import { DEMO_DISTRICT, type DemoDispute, DISPUTES_PER_CHUNK, scenarioChunks } from './scenario';

export interface SeedTargets {
  /** Administrator URL of the hub database. */
  hubUrl: string;
  /** Administrator URL of each demo department database (the seed writes; the hub never does). */
  departmentAdminUrls: Record<string, string>;
}

export interface SeedOptions {
  /** The simulated bodies to fill (those with a database in the targets). */
  bodies: readonly DemoBody[];
  scale: number;
  personHashKey: Buffer;
  onProgress?: (doneChunks: number, totalChunks: number) => void;
}

/** Which body leads a joint case of each kind when the demo assigns it (the judicial office mediates most). */
const LEAD_PREFERENCE = ['JUDICIAL_OFFICE', 'COURT', 'WOMENS_FEDERATION', 'POLICE', 'SECURITY_COMMITTEE'];

/** How each kind of dispute usually reaches the centre. */
const CHANNEL: Record<string, string> = {
  NEIGHBOUR: 'GRID_SCREENING',
  FAMILY_MARRIAGE: 'WALK_IN',
  DOMESTIC_VIOLENCE: 'POLICE_110_REFERRAL',
  LAND_HOUSING: 'PETITION',
  WAGES: 'COURT_PRE_LITIGATION_REFERRAL',
  CONSUMER: 'WALK_IN',
  MEDICAL: 'COURT_PRE_LITIGATION_REFERRAL',
  OTHER: 'GRID_SCREENING',
};
function caseNumber(dispute: DemoDispute): string {
  return `(2026)${DEMO_DISTRICT.name.slice(0, 2)}联调${dispute.key.slice(1)}号`;
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/**
 * Fills every demo body's own database and the hub's joint cases from one scenario, chunk
 * by chunk, each chunk in one transaction per database. Joint cases link to the records
 * the bodies' seeds wrote, by reference only.
 */
export async function seedDemoData(targets: SeedTargets, options: SeedOptions): Promise<{ jointCases: number }> {
  const demoDepartments = options.bodies.filter((b) => targets.departmentAdminUrls[b.code]);
  const hub = await connect(targets.hubUrl);
  const departmentClients = new Map<string, Client>();
  let jointCases = 0;
  try {
    for (const d of demoDepartments) departmentClients.set(d.code, await connect(targets.departmentAdminUrls[d.code]));
    await seedDemoAgreements(hub);
    let done = 0;
    for (const chunk of scenarioChunks(options.scale)) {
      const refsByDispute = new Map<string, Array<SeededRecordRef & { department: string }>>();
      for (const department of demoDepartments) {
        const client = departmentClients.get(department.code)!;
        await client.query('BEGIN');
        const refs = await department.seed(client, chunk);
        await client.query('COMMIT');
        for (const ref of refs) {
          const list = refsByDispute.get(ref.disputeKey) ?? [];
          list.push({ ...ref, department: department.code });
          refsByDispute.set(ref.disputeKey, list);
        }
      }

      const cases: Array<Record<string, unknown>> = [];
      const parties: Array<Record<string, unknown>> = [];
      const links: Array<Record<string, unknown>> = [];
      const history: Array<Record<string, unknown>> = [];
      const sessions: Array<Record<string, unknown>> = [];
      const agreements: Array<Record<string, unknown>> = [];
      // One applicant of the demo is a Hong Kong resident (港澳居民来往内地通行证): the patient of a medical dispute.
      let hkResidentSeeded = chunk.index > 0;
      chunk.disputes.forEach((dispute, i) => {
        const refs = refsByDispute.get(dispute.key) ?? [];
        const bodies = [...new Set(refs.map((r) => r.department))];
        if (bodies.length < 2) return; // one body handles it alone: not a joint case
        const id = randomUUID();
        const lead = LEAD_PREFERENCE.find((code) => bodies.includes(code)) ?? bodies[0];
        // Taken in a day or three after it happened, never in the future.
        const createdAt = new Date(
          Math.min(dispute.occurredAt.getTime() + (1 + (i % 3)) * 86_400_000, Date.now() - 3_600_000),
        );
        const progress = progressDemoCase({
          id,
          index: chunk.index * DISPUTES_PER_CHUNK + i,
          category: dispute.category,
          leadDepartment: lead,
          participatingDepartments: bodies,
          createdAt,
        });
        cases.push({
          id,
          case_number: caseNumber(dispute),
          title: dispute.summary,
          category: dispute.category,
          description: `${dispute.place}：${dispute.summary}`,
          lead_department: progress.fields.handler ? lead : null,
          participating_departments: bodies,
          community: dispute.community,
          grid: dispute.grid,
          people_involved: dispute.peopleInvolved,
          occurred_at: dispute.occurredAt.toISOString(),
          created_at: createdAt.toISOString(),
          updated_at: progress.history.at(-1)!.at,
          source_channel: CHANNEL[dispute.category],
          urgency: dispute.category === 'DOMESTIC_VIOLENCE' ? 'URGENT' : 'NORMAL',
          place: dispute.place,
          handler: null,
          handler_department: null,
          assigned_at: null,
          deadline: null,
          agreement_terms: null,
          agreement_reached_at: null,
          confirmation_number: null,
          confirmed_on: null,
          failure_reason: null,
          referral_channel: null,
          follow_up_note: null,
          closed_at: null,
          extension_count: 0,
          ...progress.fields,
        });
        history.push(...progress.history);
        sessions.push(...progress.sessions);
        const hkResident = !hkResidentSeeded && dispute.category === 'MEDICAL';
        if (hkResident) hkResidentSeeded = true;
        const caseParties = demoCaseParties(
          id,
          dispute,
          chunk.index * DISPUTES_PER_CHUNK + i,
          options.personHashKey,
          hkResident,
        );
        parties.push(...caseParties);
        if (progress.agreement) {
          const { obligations, ...agreement } = progress.agreement as {
            obligations: Array<{ obligorPosition: number } & Record<string, unknown>>;
          };
          agreements.push({
            ...agreement,
            obligations: obligations.map(({ obligorPosition, ...o }) => ({
              obligorPartyId: caseParties[obligorPosition].id,
              ...o,
            })),
          });
        }
        for (const ref of refs)
          links.push({
            joint_case_id: id,
            department: ref.department,
            record_type: ref.recordType,
            record_id: ref.recordId,
          });
      });
      await hub.query('BEGIN');
      await insertEntityRows(hub, JointCaseEntity, cases);
      await insertEntityRows(hub, JointCasePartyEntity, parties);
      await insertEntityRows(hub, JointCaseRecordLinkEntity, links);
      await insertEntityRows(hub, JointCaseHistoryEntity, history);
      await insertEntityRows(hub, JointSessionEntity, sessions);
      await insertEntityRows(hub, MediationAgreementEntity, agreements);
      await hub.query('COMMIT');
      jointCases += cases.length;
      options.onProgress?.(++done, options.scale);
    }
    // New cases taken in at the window continue the demo's numbering.
    await hub.query(`SELECT setval('joint_case_number_seq', $1)`, [options.scale * DISPUTES_PER_CHUNK]);
  } finally {
    await hub.end();
    await Promise.all([...departmentClients.values()].map((c) => c.end()));
  }
  return { jointCases };
}
