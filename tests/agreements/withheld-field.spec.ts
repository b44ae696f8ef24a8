import { buildSchema, executeSync, GraphQLError, parse } from 'graphql';
import {
  resolveWithheldFields,
  WithheldField,
  withheldByAgreement,
  withheldField,
} from '../../src/agreements/withheld-field';
import { ErrorCode } from '../../src/common/error-code';
import { HubError } from '../../src/common/hub-error';

const SCHEMA = `type Person { name: String phone: String }
type Incident { incidentNumber: String place: String persons: [Person] }
type Query { incidents: [Incident] }`;

const QUERY = `{ incidents {
  incidentNumber place
  persons { name phone }
} }`;

function forbidden(field: string): HubError {
  return new HubError(ErrorCode.FORBIDDEN_BY_AGREEMENT, `No agreement grants the field ${field}`, {
    department: 'POLICE',
    recordType: 'INCIDENT',
    field,
  });
}

describe(WithheldField.name, () => {
  const schema = buildSchema(SCHEMA);
  resolveWithheldFields(schema);
  const place = withheldField('test\u0000place', () => forbidden('place'));
  const phone = withheldField('test\u0000persons.phone', () => forbidden('persons.phone'));

  it('answers a withheld field null with its error at its path and place in the query, in the order met', () => {
    const incidents = [
      { incidentNumber: 'J1', place, persons: [{ name: '张**', phone }] },
      { incidentNumber: 'J2', place: '西湖区', persons: [{ name: '李**', phone: '139****0000' }] },
    ];
    const result = executeSync({ schema, document: parse(QUERY), rootValue: { incidents } });
    expect(result).toEqual(
      expect.objectContaining({
        data: {
          incidents: [
            { incidentNumber: 'J1', place: null, persons: [{ name: '张**', phone: null }] },
            { incidentNumber: 'J2', place: '西湖区', persons: [{ name: '李**', phone: '139****0000' }] },
          ],
        },
      }),
    );
    const errors = result.errors!;
    expect(errors.map((e) => e.toJSON())).toEqual([
      {
        message: 'No agreement grants the field place',
        locations: [{ line: 2, column: 18 }],
        path: ['incidents', 0, 'place'],
        extensions: { department: 'POLICE', recordType: 'INCIDENT', field: 'place' },
      },
      {
        message: 'No agreement grants the field persons.phone',
        locations: [{ line: 3, column: 18 }],
        path: ['incidents', 0, 'persons', 0, 'phone'],
        extensions: { department: 'POLICE', recordType: 'INCIDENT', field: 'persons.phone' },
      },
    ]);
    // The error edge maps it by its original HubError (code FORBIDDEN_BY_AGREEMENT).
    expect(errors[0].originalError).toBe(place.error);
  });

  it('places the error of a field withheld in every record of a page at each record, as graphql-js would', () => {
    const incidents = Array.from({ length: 3 }, (_, i) => ({
      incidentNumber: `J${i}`,
      place,
      persons: [{ name: '张**', phone }],
    }));
    const document = parse(QUERY);
    const asWithheld = executeSync({ schema, document, rootValue: { incidents } }).errors!;
    // The same answers with each denial thrown (graphql-js builds and locates every error itself).
    const throwing = incidents.map((incident) => ({
      ...incident,
      get place(): string {
        throw place.error;
      },
      persons: [
        {
          name: '张**',
          get phone(): string {
            throw phone.error;
          },
        },
      ],
    }));
    const thrown = executeSync({ schema: buildSchema(SCHEMA), document, rootValue: { incidents: throwing } }).errors!;
    expect(asWithheld.map((e) => JSON.stringify(e))).toEqual(thrown.map((e) => JSON.stringify(e)));
    expect(new Set(asWithheld.map((e) => JSON.stringify(e.path))).size).toBe(6);
    for (const error of asWithheld) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect(error.originalError).toBeInstanceOf(HubError);
    }
  });

  it('builds the error of a key once and shares it', () => {
    const again = withheldField('test\u0000place', () => forbidden('something else'));
    expect(again).toBe(place);
    expect(again.reason).toBe('No agreement grants the field place');
  });

  it("withholds a body's records by body and reason: one error per pair, naming the body", () => {
    const refused = withheldByAgreement('COURT', 'No data-sharing agreement grants POLICE access');
    expect(withheldByAgreement('COURT', 'No data-sharing agreement grants POLICE access')).toBe(refused);
    expect(withheldByAgreement('COURT', 'The joint case is closed')).not.toBe(refused);
    expect(withheldByAgreement('CIVIL_AFFAIRS', 'No data-sharing agreement grants POLICE access')).not.toBe(refused);
    expect(refused.error).toBeInstanceOf(HubError);
    expect(refused.error.code).toBe(ErrorCode.FORBIDDEN_BY_AGREEMENT);
    expect(refused.error.extensions).toEqual({ department: 'COURT' });
    expect(refused.reason).toBe('No data-sharing agreement grants POLICE access');
  });
});
