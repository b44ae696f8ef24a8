import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter } from '../common/credit-code';
import { particularsFromResidentId } from '../common/identity-document';
import { hashResidentId } from '../persons/resident-id-hash';
import type { DemoDispute } from './scenario';

/** A credit code (GB 32100) for a demo organisation: authority and type code, the district, a 9-digit organisation code. */
export function demoCreditCode(authorityAndType: string, serial: number): string {
  const first17 = `${authorityAndType}330106${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

const HOSPITALS = ['杭州市西湖区北山街道社区卫生服务中心', '杭州西溪医院', '杭州市西湖区翠苑口腔门诊部'];
/** Employers of the demo's wage disputes; the labour and petitions bodies' demo names them too (demo-employers.ts). */
export const EMPLOYERS = ['杭州西湖装饰工程有限公司', '杭州北山餐饮管理有限公司', '杭州文新物业服务有限公司'];

/**
 * The parties of a demo joint case as the centre took them in. Medical and wage disputes have an
 * organisation as respondent (a hospital, an employer) identified by its credit code, with the
 * dispute's respondent as its 法定代表人; `hkResident` makes the applicant a Hong Kong resident
 * (港澳居民来往内地通行证). Natural persons carry 性别 and 出生日期 from their ID number.
 */
export function demoCaseParties(
  caseId: string,
  dispute: DemoDispute,
  index: number,
  hashKey: Buffer,
  hkResident: boolean,
): Array<Record<string, unknown>> {
  return dispute.parties.map((party, position) => {
    const person = party.person;
    const base = {
      id: randomUUID(),
      joint_case_id: caseId,
      position,
      role: party.role,
      mobile: person.mobile,
      address: person.address,
      elected_representative: dispute.category === 'WAGES' && position === 0,
      agent_name: null as string | null,
      agent_relation: null as string | null,
    };
    const organisation =
      party.role === 'RESPONDENT' && (dispute.category === 'MEDICAL' || dispute.category === 'WAGES');
    if (organisation) {
      const names = dispute.category === 'MEDICAL' ? HOSPITALS : EMPLOYERS;
      const creditCode = demoCreditCode(dispute.category === 'MEDICAL' ? '12' : '91', 470_000_000 + index);
      return {
        ...base,
        name: names[index % names.length],
        kind: 'LEGAL_PERSON',
        document_type: 'UNIFIED_SOCIAL_CREDIT_CODE',
        resident_id: null,
        document_number: creditCode,
        resident_id_hash: hashResidentId(hashKey, creditCode),
        gender: null,
        ethnicity: null,
        birth_date: null,
        legal_representative: person.name,
        agent_name: `${person.name.slice(0, 1)}律师`,
        agent_relation: '律师',
        address: `杭州市西湖区${person.street}${person.community}`,
      };
    }
    if (hkResident && position === 0) {
      const permit = `H${String(60_000_000 + index).padStart(8, '0')}`;
      return {
        ...base,
        name: person.name,
        kind: 'NATURAL_PERSON',
        document_type: 'HK_MACAO_PERMIT',
        resident_id: null,
        document_number: permit,
        resident_id_hash: hashResidentId(hashKey, `HK_MACAO_PERMIT:${permit}`),
        gender: person.gender === 'M' ? 'MALE' : 'FEMALE',
        ethnicity: '汉族',
        birth_date: person.birthDate,
        legal_representative: null,
        agent_name: '陈律师',
        agent_relation: '律师',
      };
    }
    const derived = particularsFromResidentId(person.residentId);
    return {
      ...base,
      name: person.name,
      kind: 'NATURAL_PERSON',
      document_type: 'RESIDENT_ID',
      resident_id: person.residentId,
      document_number: null,
      resident_id_hash: hashResidentId(hashKey, person.residentId),
      gender: derived.gender,
      ethnicity: '汉族',
      birth_date: derived.birthDate,
      legal_representative: null,
    };
  });
}
