import { creditCodeProblem, normaliseCreditCode } from './credit-code';
import { normaliseResidentId, residentIdCheckCharacter, residentIdProblem } from './resident-id';

/**
 * The identity documents a party to a mediation shows (身份证件), each with the check its
 * issuing rule allows: a checksum where the standard defines one (居民身份证 GB 11643,
 * 统一社会信用代码 GB 32100, the 2023 外国人永久居留身份证), the published format where it
 * does not (通行证, 护照).
 */
export enum IdentityDocumentType {
  /** 居民身份证 (GB 11643). */
  RESIDENT_ID = 'RESIDENT_ID',
  /** 统一社会信用代码 (GB 32100): the document of a 法人 or 非法人组织. */
  UNIFIED_SOCIAL_CREDIT_CODE = 'UNIFIED_SOCIAL_CREDIT_CODE',
  /** 港澳居民来往内地通行证 (回乡证): H or M and 8 digits (10 on older cards). */
  HK_MACAO_PERMIT = 'HK_MACAO_PERMIT',
  /** 台湾居民来往大陆通行证 (台胞证): 8 digits. */
  TAIWAN_PERMIT = 'TAIWAN_PERMIT',
  /** 外国人永久居留身份证: 15 characters (3 letters, 12 digits) or, from 2023, 18 digits starting with 9 with a GB 11643 check character. */
  FOREIGNER_PERMANENT_RESIDENCE_ID = 'FOREIGNER_PERMANENT_RESIDENCE_ID',
  /** 护照: 5 to 17 letters and digits (formats differ by country; no checksum). */
  PASSPORT = 'PASSPORT',
}

export const IDENTITY_DOCUMENT_ZH: Readonly<Record<IdentityDocumentType, string>> = {
  RESIDENT_ID: '居民身份证',
  UNIFIED_SOCIAL_CREDIT_CODE: '统一社会信用代码',
  HK_MACAO_PERMIT: '港澳居民来往内地通行证',
  TAIWAN_PERMIT: '台湾居民来往大陆通行证',
  FOREIGNER_PERMANENT_RESIDENCE_ID: '外国人永久居留身份证',
  PASSPORT: '护照',
};

/** Upper-cases and trims a document number (a trailing x of an ID number, letters of a code). */
export function normaliseDocumentNumber(type: IdentityDocumentType, value: string): string {
  if (type === IdentityDocumentType.RESIDENT_ID) return normaliseResidentId(value);
  if (type === IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE) return normaliseCreditCode(value);
  return value.trim().toUpperCase();
}

/** Why a (normalised) number is not a valid document of this type, or null when it is. */
export function documentNumberProblem(type: IdentityDocumentType, value: string): string | null {
  switch (type) {
    case IdentityDocumentType.RESIDENT_ID:
      return residentIdProblem(value);
    case IdentityDocumentType.UNIFIED_SOCIAL_CREDIT_CODE:
      return creditCodeProblem(value);
    case IdentityDocumentType.HK_MACAO_PERMIT:
      return /^[HM](\d{8}|\d{10})$/.test(value) ? null : 'must be H or M followed by 8 digits (10 on older cards)';
    case IdentityDocumentType.TAIWAN_PERMIT:
      return /^\d{8}$/.test(value) ? null : 'must be 8 digits';
    case IdentityDocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID:
      if (/^[A-Z]{3}\d{12}$/.test(value)) return null;
      if (/^9\d{16}[\dX]$/.test(value))
        return residentIdCheckCharacter(value) === value[17] ? null : 'has a wrong check character';
      return 'must be 3 letters and 12 digits, or 18 characters starting with 9';
    case IdentityDocumentType.PASSPORT:
      return /^[A-Z0-9]{5,17}$/.test(value) ? null : 'must be 5 to 17 letters and digits';
    default:
      return 'is of an unknown document type';
  }
}

/** 性别 and 出生日期 as a resident ID number states them (odd sequence digit: male). */
export function particularsFromResidentId(residentId: string): { gender: 'MALE' | 'FEMALE'; birthDate: string } {
  const gender = Number(residentId[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
  return { gender, birthDate: `${residentId.slice(6, 10)}-${residentId.slice(10, 12)}-${residentId.slice(12, 14)}` };
}
