import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Mask } from '../agreements/agreement.enums';
import type { AccessDecision } from '../agreements/access-decision';
import type { FieldDecision } from '../agreements/field-decision';
import { fieldPaths, type RecordTypeSource } from '../connectors/department-definition';

/** How one field of a record reached the caller: the same decision the audit records for the look. */
export enum FieldAccessDecision {
  GRANTED = 'GRANTED',
  MASKED = 'MASKED',
  DENIED = 'DENIED',
}
registerEnumType(FieldAccessDecision, {
  name: 'FieldAccessDecision',
  description: "How a field of a body's record reached the caller (字段访问决定).",
  valuesConfig: {
    GRANTED: { description: 'Shown as the owner holds it (已授权).' },
    MASKED: { description: 'Shown masked, as `mask` says (已脱敏).' },
    DENIED: {
      description: 'Not shown: selecting it gives null and FORBIDDEN_BY_AGREEMENT; `reason` says why (已拒绝).',
    },
  },
});

@ObjectType({
  description:
    'One field of a record and how it reached the caller (字段访问情况), so a screen can render granted, masked and denied fields without reading errors — and not select denied fields at all.',
  simpleResolvers: true,
})
export class RecordFieldAccess {
  @Field({
    description:
      "The field's path in the record type, e.g. `summary` or `parties.name` for a field of each list item (字段).",
  })
  field: string;

  @Field(() => FieldAccessDecision, { description: 'Granted, masked or denied (决定).' })
  decision: FieldAccessDecision;

  @Field(() => Mask, {
    nullable: true,
    description: 'For a masked field, how it is masked (脱敏方式); null otherwise.',
  })
  mask: Mask | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a denied field, why (拒绝理由); for a masked one, why beyond the agreement, if so; null otherwise.',
  })
  reason: string | null;
}

const PROTECTED_REASON = 'The person is protected: their address and contact are shown only to the owner';

/**
 * The access list of a record as shaped: every field of its kind with the decision the audit
 * records (`fields`, from shapeGrantedRecord), the agreement's mask and the reason of a denial.
 * The owner's own records are granted in full.
 */
export function recordAccess(
  source: RecordTypeSource,
  decision: AccessDecision,
  fields: Record<string, FieldDecision> | undefined,
): RecordFieldAccess[] {
  return fieldPaths(source).map((path) => {
    if (decision.kind !== 'GRANTED' || !fields)
      return { field: path, decision: FieldAccessDecision.GRANTED, mask: null, reason: null };
    const granted = decision.fields.get(path);
    const outcome = (fields[path] ?? 'DENIED') as FieldAccessDecision;
    if (outcome === FieldAccessDecision.DENIED) {
      return {
        field: path,
        decision: outcome,
        mask: null,
        reason: granted ? PROTECTED_REASON : `No agreement grants the field ${path} of ${source.name} records`,
      };
    }
    if (outcome === FieldAccessDecision.MASKED) {
      // Masked beyond the agreement: a protected minor's name, or contacts scrubbed from free text.
      if (!granted || granted.mask === Mask.NONE) {
        const isName = (source.persons ?? []).some((p) => p.name === path);
        return {
          field: path,
          decision: outcome,
          mask: isName ? Mask.MINOR_NAME : Mask.CONTACTS_IN_TEXT,
          reason: isName ? 'The person is a minor' : 'The record names a protected person',
        };
      }
      return { field: path, decision: outcome, mask: granted.mask, reason: null };
    }
    return { field: path, decision: outcome, mask: null, reason: null };
  });
}
