import type { DepartmentDefinition, ListSource, RecordTypeSource } from '../department-definition';
import { isoDate } from '../sql';
import { PetitionMatter } from './petition-matter.type';

export const PETITIONS = 'PETITIONS';

/** The petitioners of the matter `m` (the register's xf_petitioner rows). */
const petitionersOfMatter: ListSource = {
  from: 'xf_petitioner p',
  where: 'p.matter_id = m.id',
  orderBy: 'p.id',
  fields: {
    name: 'p.petitioner_name',
    residentId: 'p.id_card_no',
    phone: 'p.phone',
    address: 'p.address',
    representative: 'p.is_representative',
  },
};

const petitionMatters: RecordTypeSource<PetitionMatter> = {
  name: 'PETITION_MATTER',
  graphqlType: PetitionMatter,
  from: 'xf_matter m',
  id: 'm.id',
  fields: {
    matterNumber: 'm.matter_no',
    form: 'm.petition_form',
    registeredOn: isoDate('m.registered_on'),
    headcount: 'm.headcount',
    collective: 'm.is_collective',
    repeated: 'm.is_repeated',
    skipLevel: 'm.is_skip_level',
    earlierPetitions: 'm.earlier_petitions',
    request: 'm.request_content',
    concernsOrganisation: 'm.concerns_org_name',
    concernsCreditCode: 'm.concerns_credit_code',
    responsibleUnit: 'm.responsible_unit',
    stage: 'm.stage',
    leaderInCharge: 'm.leader_in_charge',
    acceptanceDueOn: isoDate('m.acceptance_due_on'),
    handlingDueOn: isoDate('m.handling_due_on'),
    resolution: 'm.resolution_status',
    backlog: 'm.is_backlog',
  },
  lists: { petitioners: petitionersOfMatter },
  persons: [
    {
      residentId: 'petitioners.residentId',
      name: 'petitioners.name',
      phone: 'petitioners.phone',
      address: 'petitioners.address',
    },
  ],
  freeTextFields: ['request'],
};

/** The petitions bureau (信访局/信访办), one of the "N": the register of petition matters (信访事项). */
export const petitionsDepartment: DepartmentDefinition = {
  code: PETITIONS,
  displayName: '信访局 (petitions bureau)',
  recordTypes: [petitionMatters],
  personRecordsQuery: `SELECT p.id_card_no::text AS "residentId", 'PETITION_MATTER' AS "recordType", m.id::text AS "recordId"
       FROM xf_petitioner p JOIN xf_matter m ON m.id = p.matter_id
      WHERE p.id_card_no = ANY($1::bpchar[])
      ORDER BY m.registered_on DESC, m.id DESC`,
};
