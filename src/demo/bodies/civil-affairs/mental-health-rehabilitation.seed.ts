import type { ClientBase } from 'pg';
import { allocateIds, insertRows } from '../../bulk-insert';
import { SeededRandom } from '../../random';
import type { ScenarioChunk } from '../../scenario';
import type { SeededRecordRef } from '../../demo-body';

const DAY = 86_400_000;
const COLUMNS = {
  id: 'bigint',
  person_name: 'text',
  id_card_no: 'text',
  residence_address: 'text',
  is_serious: 'boolean',
  risk_grade: 'smallint',
  management_status: 'text',
  guardian_name: 'text',
  guardian_phone: 'text',
  registered_on: 'date',
};

/**
 * Civil affairs' rehabilitation register for one scenario chunk: a respondent of about one
 * dispute in twenty, and in the first chunk always the respondent of the first neighbour dispute
 * after the showcases (a serious disorder under management, risk grade 3). Risk screening finds
 * these through the party; the showcase's record is also linked to its joint case, as the
 * centre links a record it relies on.
 */
export async function seedMentalHealthRehabilitation(
  client: ClientBase,
  chunk: ScenarioChunk,
): Promise<SeededRecordRef[]> {
  const random = new SeededRandom(chunk.index * 31 + 451);
  const showcase = chunk.index === 0 ? chunk.disputes.find((d, i) => i >= 3 && d.category === 'NEIGHBOUR') : undefined;
  const chosen = chunk.disputes.filter(
    (d) => d === showcase || (d.category !== 'DOMESTIC_VIOLENCE' && random.chance(0.05)),
  );
  const ids = await allocateIds(client, 'mental_rehab_subject', chosen.length);
  const rows = chosen.map((dispute, i) => {
    const person = dispute.parties.find((p) => p.role === 'RESPONDENT')!.person;
    const guardian = dispute.parties.find((p) => p.role === 'RELATED_PERSON')?.person;
    const serious = dispute === showcase || random.chance(0.7);
    return {
      id: ids[i],
      person_name: person.name,
      id_card_no: person.residentId,
      residence_address: person.address,
      is_serious: serious,
      risk_grade: dispute === showcase ? 3 : random.int(0, 3),
      management_status:
        dispute === showcase ? 'MANAGED' : random.pick(['MANAGED', 'MANAGED', 'LOST_CONTACT', 'DISCHARGED']),
      guardian_name: guardian?.name ?? null,
      guardian_phone: guardian?.mobile ?? null,
      registered_on: new Date(dispute.occurredAt.getTime() - random.int(200, 2000) * DAY).toISOString().slice(0, 10),
    };
  });
  await insertRows(client, 'mental_rehab_subject', COLUMNS, rows);
  return showcase
    ? [
        {
          disputeKey: showcase.key,
          recordType: 'MENTAL_HEALTH_REHABILITATION',
          recordId: String(ids[chosen.indexOf(showcase)]),
        },
      ]
    : [];
}
