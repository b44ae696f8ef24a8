import type { Mask } from './agreement.enums';

/** One field of one record type, and how it is shown. Paths name list items' fields as `parties.name`. */
export interface FieldGrant {
  field: string;
  mask: Mask;
}

/** What an agreement grants of one of the provider's record types. */
export interface RecordTypeGrant {
  recordType: string;
  fields: FieldGrant[];
}
