/**
 * The hub's dependency rules, checked by `npm test` (tests/architecture/dependency-rules.spec.ts).
 *
 * The hub's first promise — anything drawn from a body's records, or naming a person, leaves
 * only through one governed path (decided, shaped, recorded) — is kept by construction: only the
 * read room (src/read-room) may reach what holds such data. Type-only imports are allowed: a
 * type reads nothing.
 *
 * Paths are matched with a leading `(^|/)src/` so the same rules judge the deliberately wrong
 * fixture under tests/architecture/fixtures.
 */
const WIRING = '(^|/)src/(server/hub|graphql/request-context)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'body-reads-only-in-the-read-room',
      comment:
        "A body's database is read only by the read room, which decides under agreements, shapes and records every look. " +
        'The connectors themselves and the wiring that constructs the read room\'s loaders are the exceptions.',
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: ['(^|/)src/(read-room|connectors)/', WIRING] },
      to: {
        path: ['(^|/)src/connectors/(record-query|department-database|department-sources)\\.ts$', '(^|/)src/read-room/record-loaders\\.ts$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'case-data-only-through-the-read-room',
      comment:
        "Parties' particulars, stored risk reasons and link references are read raw only by the read room and by the " +
        'case service that loads a case for it; everything else shows them through the read room.',
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: ['(^|/)src/read-room/', '(^|/)src/cases/joint-case\\.(service|loaders)\\.ts$', WIRING] },
      to: { path: '(^|/)src/cases/joint-case\\.(loaders|sql)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'resolvers-reach-bodies-through-services',
      comment: 'Resolvers are thin: arguments in, one service call out. They never import a connector (its API types aside).',
      severity: 'error',
      from: { path: '\\.resolver\\.ts$' },
      to: { path: '(^|/)src/connectors/', pathNot: '\\.type\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'product-never-imports-the-demo',
      comment:
        'The demo (src/demo: the scenario, the simulated bodies, the embedded installation) is apart from the product, ' +
        'which must build without it. Only the command line wires it in.',
      severity: 'error',
      from: { path: '(^|/)src/', pathNot: ['(^|/)src/demo/', '(^|/)src/cli/(main|reseed)\\.ts$'] },
      to: { path: '(^|/)src/demo/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
