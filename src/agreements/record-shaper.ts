import { ErrorCode } from '../common/error-code';
import { HubError } from '../common/hub-error';
import {
  isMinorByResidentId,
  maskAddressToCommunity,
  maskDateToYearMonth,
  maskMobile,
  maskName,
  maskResidentId,
  minorName,
  scrubContacts,
} from '../common/masks';
import { fieldPaths, type PersonFields, type RecordTypeSource } from '../connectors/department-definition';
import type { DepartmentRecord } from '../connectors/department-record.type';
import { Mask } from './agreement.enums';
import type { AccessDecision, FieldAccess } from './access-decision';
import { type FieldDecision, fieldDecisionOfMask } from './field-decision';
import { withheldField } from './withheld-field';
export type ProtectionKind = 'DOMESTIC_VIOLENCE_VICTIM' | 'MINOR';

const MASKS: Record<Exclude<Mask, Mask.NONE>, (value: string) => string> = {
  [Mask.RESIDENT_ID]: maskResidentId,
  [Mask.MOBILE]: maskMobile,
  [Mask.NAME]: maskName,
  [Mask.ADDRESS_TO_COMMUNITY]: maskAddressToCommunity,
  [Mask.DATE_TO_YEAR_MONTH]: maskDateToYearMonth,
  [Mask.CONTACTS_IN_TEXT]: scrubContacts,
  [Mask.MINOR_NAME]: minorName,
};

export function applyMask(mask: Mask, value: unknown): unknown {
  if (mask === Mask.NONE || typeof value !== 'string') return value;
  return MASKS[mask](value);
}

type GrantedDecision = Extract<AccessDecision, { kind: 'GRANTED' }>;

/**
 * The fields to select for a granted kind: the granted ones, plus the ID number of every person
 * the record names — read only to hash it (the audit's subjects are the persons a record names)
 * and to check whether that person is protected, and dropped before the record leaves unless it
 * is granted itself.
 */
export function projectionFor(source: RecordTypeSource, decision: AccessDecision): Set<string> {
  if (decision.kind !== 'GRANTED') return new Set(fieldPaths(source));
  const projection = new Set(decision.fields.keys());
  for (const person of source.persons ?? []) projection.add(person.residentId);
  return projection;
}

export interface ShapedRecord {
  record: DepartmentRecord;
  fields: Record<string, FieldDecision>;
  /** Keyed hashes of the persons the record names: the subjects of a look at it. */
  subjectHashes: string[];
}

interface ShapeContext {
  department: string;
  source: RecordTypeSource;
  decision: GrantedDecision;
  hashResidentId(residentId: string): string;
  protectionOf(residentIdHash: string): ReadonlySet<ProtectionKind>;
}

const PROTECTED_REASON = 'The person is protected: their address and contact are shown only to the owner';

/**
 * The field is withheld: it holds a WithheldField, which answers `null` with FORBIDDEN_BY_AGREEMENT
 * wherever a query selects it. `key` names the error (body, kind, field, reason): it is built once
 * per key, by `error`, and shared.
 */
export function deny(target: Record<string, unknown>, field: string, key: string, error: () => HubError): void {
  target[field] = withheldField(key, error);
}

/** Splits `parties.name` into list and field; top-level fields have no list. */
function splitPath(path: string): { list: string | null; field: string } {
  const dot = path.indexOf('.');
  return dot < 0 ? { list: null, field: path } : { list: path.slice(0, dot), field: path.slice(dot + 1) };
}

const pathsByList = new WeakMap<RecordTypeSource, Map<string | null, readonly string[]>>();

/** The field paths of the record itself (list null) or of one of its lists, worked out once per record type. */
function pathsOf(source: RecordTypeSource, list: string | null): readonly string[] {
  let byList = pathsByList.get(source);
  if (!byList) {
    byList = new Map();
    for (const path of fieldPaths(source)) {
      const of = splitPath(path).list;
      byList.set(of, [...(byList.get(of) ?? []), path]);
    }
    pathsByList.set(source, byList);
  }
  return byList.get(list) ?? [];
}

/**
 * Shapes one item (the record, or one element of one of its lists) in place: masks granted
 * fields, withholds every other field (FORBIDDEN_BY_AGREEMENT when a query selects it), and
 * suppresses protected persons' address and contact.
 */
function shapeItem(
  item: Record<string, unknown>,
  list: string | null,
  context: ShapeContext,
  decisions: Record<string, FieldDecision>,
  persons: PersonFields[],
  recordNamesProtected: boolean,
): void {
  const { department, source, decision } = context;
  const paths = pathsOf(source, list);
  const overrides = new Map<string, { value?: unknown; reason?: string }>();
  if (list === null && recordNamesProtected) {
    // An incident's place may be the victim's home, a summary may quote her number.
    for (const path of source.addressFields ?? []) overrides.set(path, { reason: PROTECTED_REASON });
    for (const path of source.freeTextFields ?? []) {
      if (typeof item[path] === 'string') overrides.set(path, { value: scrubContacts(item[path]) });
    }
  }
  for (const person of persons) {
    const idField = splitPath(person.residentId).field;
    const residentId = item[idField];
    if (typeof residentId !== 'string') continue;
    const kinds = protectionKinds(context, residentId);
    if (kinds.size === 0) continue;
    for (const contact of [person.address, person.phone]) {
      if (contact) overrides.set(contact, { reason: PROTECTED_REASON });
    }
    if (kinds.has('MINOR') && person.name && typeof item[splitPath(person.name).field] === 'string') {
      overrides.set(person.name, { value: minorName(item[splitPath(person.name).field] as string) });
    }
  }
  for (const path of paths) {
    const { field } = splitPath(path);
    const access = decision.fields.get(path);
    const override = overrides.get(path);
    const error = (reason: string) =>
      new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, reason, { department, recordType: source.name, field: path });
    if (!access || override?.reason) {
      decisions[path] = 'DENIED';
      const reason =
        override?.reason ?? `No agreement grants the field ${path} of ${source.name} records of ${department}`;
      deny(item, field, `${department}\u0000${source.name}\u0000${path}\u0000${reason}`, () => error(reason));
    } else if (override && 'value' in override) {
      decisions[path] = 'MASKED';
      item[field] = override.value;
    } else {
      decisions[path] = grantedDecision(access);
      item[field] = applyMask(access.mask, item[field]);
    }
  }
}

const SEVERITY: Record<FieldDecision, number> = { GRANTED: 0, MASKED: 1, DENIED: 2 };

function grantedDecision(access: FieldAccess | undefined): FieldDecision {
  return fieldDecisionOfMask(access?.mask);
}

function protectionKinds(context: ShapeContext, residentId: string): Set<ProtectionKind> {
  const kinds = new Set(context.protectionOf(context.hashResidentId(residentId)));
  if (isMinorByResidentId(residentId)) kinds.add('MINOR');
  return kinds;
}

/** The resident ID numbers of the persons a record names, read before any field is shaped. */
export function residentIdsNamedIn(record: Record<string, unknown>, source: RecordTypeSource): string[] {
  const ids = new Set<string>();
  for (const person of source.persons ?? []) {
    const { list, field } = splitPath(person.residentId);
    const items =
      list === null ? [record] : Array.isArray(record[list]) ? (record[list] as Array<Record<string, unknown>>) : [];
    for (const item of items) if (typeof item[field] === 'string') ids.add(item[field]);
  }
  return [...ids];
}

/** Shapes a record read under a granted decision; returns the per-field decisions for the audit. */
export function shapeGrantedRecord(record: DepartmentRecord, context: ShapeContext): ShapedRecord {
  const decisions: Record<string, FieldDecision> = {};
  const target = record as unknown as Record<string, unknown>;
  const persons = context.source.persons ?? [];
  const named = residentIdsNamedIn(target, context.source);
  const subjectHashes = named.map((id) => context.hashResidentId(id));
  const recordNamesProtected = named.some((id) => protectionKinds(context, id).size > 0);
  const inList = (list: string | null) => (p: PersonFields) => splitPath(p.residentId).list === list;
  shapeItem(target, null, context, decisions, persons.filter(inList(null)), recordNamesProtected);
  for (const list of Object.keys(context.source.lists ?? {})) {
    const listPaths = pathsOf(context.source, list);
    // Before the elements: what the agreement says; elements can only make a path stricter.
    for (const path of listPaths) decisions[path] = grantedDecision(context.decision.fields.get(path));
    if (!listPaths.some((p) => context.decision.fields.has(p))) {
      // Read only for the ID numbers of the persons it names (hashed above); never shown.
      deny(
        target,
        list,
        `${context.department}\u0000${context.source.name}\u0000${list}\u0000list`,
        () =>
          new HubError(
            ErrorCode.FORBIDDEN_BY_AGREEMENT,
            `No agreement grants the ${list} of ${context.source.name} records of ${context.department}`,
            {
              department: context.department,
              recordType: context.source.name,
              field: list,
            },
          ),
      );
      continue;
    }
    const listPersons = persons.filter(inList(list));
    for (const item of target[list] as Array<Record<string, unknown>>) {
      const itemDecisions: Record<string, FieldDecision> = {};
      shapeItem(item, list, context, itemDecisions, listPersons, recordNamesProtected);
      for (const [path, d] of Object.entries(itemDecisions)) {
        if (SEVERITY[d] > SEVERITY[decisions[path]]) decisions[path] = d;
      }
    }
  }
  return { record, fields: decisions, subjectHashes };
}
