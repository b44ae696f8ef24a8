/**
 * The hub's dependency rules, checked by `npm test` (tests/architecture/dependency-rules.spec.ts).
 *
 * The layers, top to bottom; a module imports only from its own layer or the layers below:
 *
 *   entry       src/server, src/cli (and the start-up they own: src/config, src/runtime);
 *               src/server/composition-root.ts builds every service once
 *   graphql     src/graphql (schema, request context, plugins, the agreement dry run) and
 *               every *.resolver.ts: arguments in, one service call out
 *   services    every *.service.ts, the risk assessor and worker, statistics, the ledger
 *   reads       src/read-room: the one governed way out for anything drawn from a body or
 *               naming a person (decide → read → shape → record)
 *   model       src/connectors, src/agreements, src/audit, the case model (entities, types, SQL,
 *               loaders, vocabulary, visibility, risk rules), src/persons, src/observability
 *   common      src/common and the actor (src/auth/actor.ts)
 *
 * Within the model, connectors stand alone: they know bodies' databases, never agreements,
 * cases or the read room. The demo (src/demo) is apart from the product and only the command
 * line wires it in. No import cycles.
 *
 * One exception runs through every layer: the request context's *type*
 * (src/graphql/request-context.ts) is what each service and read takes as its first argument;
 * a type-only import of it reads nothing and builds nothing. Other type-only imports are held
 * to the layers like any import.
 *
 * Paths are matched with a leading `(^|/)src/` so the same rules judge the deliberately wrong
 * fixtures under tests/architecture/fixtures.
 */
const SRC = '(^|/)src/';
const ENTRY = '(^|/)src/(server|cli|config|runtime)/';
const GRAPHQL = ['(^|/)src/graphql/', '\\.resolver\\.ts$'];
const SERVICES = [
  '(^|/)src/.+\\.service\\.ts$',
  '(^|/)src/cases/risk/(risk-assessor|risk-screening\\.worker)\\.ts$',
  '(^|/)src/cases/(statistics|ledger)/',
];
const READS = '(^|/)src/read-room/';
const DEMO = '(^|/)src/demo/';
const COMMON = ['(^|/)src/common/', '(^|/)src/auth/actor\\.ts$'];
const REQUEST_CONTEXT = '(^|/)src/graphql/request-context\\.ts$';
/** The wiring that builds the read room's loaders for each request. */
const WIRING = '(^|/)src/(server/(hub|composition-root)|graphql/request-context)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'No import cycles. A type-only edge closes none at run time: a TypeORM part names its case by a type ' +
        '(the case imports its parts), and that is the only kind of type-only cycle the code has.',
      severity: 'error',
      from: { path: SRC },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'entry-at-the-top',
      comment: 'The server, the command line and the start-up they own are imported by nothing else in the product.',
      severity: 'error',
      from: { path: SRC, pathNot: [ENTRY, DEMO] },
      to: { path: ENTRY },
    },
    {
      name: 'graphql-above-services',
      comment:
        'Services, reads and the model never import the graphql layer (schema, resolvers, plugins); ' +
        'the request context is passed to them, and only its type may be imported.',
      severity: 'error',
      from: { path: SRC, pathNot: [ENTRY, DEMO, ...GRAPHQL] },
      to: { path: GRAPHQL, pathNot: REQUEST_CONTEXT },
    },
    {
      name: 'request-context-as-a-type-below-graphql',
      comment:
        'Below the graphql layer the request context is only a type: contexts are made by createRequestContext in the layers above.',
      severity: 'error',
      from: { path: SRC, pathNot: [ENTRY, DEMO, ...GRAPHQL] },
      to: { path: REQUEST_CONTEXT, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-above-reads',
      comment:
        'Reads and the model never import a domain service: the services use them, and are given to each other in the composition root.',
      severity: 'error',
      from: { path: SRC, pathNot: [ENTRY, DEMO, ...GRAPHQL, ...SERVICES] },
      to: { path: SERVICES },
    },
    {
      name: 'reads-above-the-model',
      comment:
        'The model (connectors, agreements, audit, the case model, persons) never imports the read room, which is built on it.',
      severity: 'error',
      from: { path: SRC, pathNot: [ENTRY, DEMO, ...GRAPHQL, ...SERVICES, READS] },
      to: { path: READS },
    },
    {
      name: 'connectors-stand-alone',
      comment:
        "A connector knows one body's database and how to map it; it never imports agreements, cases, persons, " +
        'the audit or the read room (those decide about what connectors read).',
      severity: 'error',
      from: { path: '(^|/)src/connectors/' },
      to: { path: '(^|/)src/(agreements|cases|persons|audit|read-room|graphql|server|cli|demo)/' },
    },
    {
      name: 'common-at-the-bottom',
      comment: 'src/common holds what every layer shares; it imports nothing of the hub but the actor (as a type).',
      severity: 'error',
      from: { path: '(^|/)src/common/' },
      to: { path: SRC, pathNot: [...COMMON] },
    },
    {
      name: 'body-reads-only-in-the-read-room',
      comment:
        "A body's database is read only by the read room, which decides under agreements, shapes and records every look. " +
        "The connectors themselves and the wiring that constructs the read room's loaders are the exceptions.",
      severity: 'error',
      from: { path: SRC, pathNot: ['(^|/)src/(read-room|connectors)/', WIRING] },
      to: {
        path: [
          '(^|/)src/connectors/(record-query|department-database|department-sources)\\.ts$',
          '(^|/)src/read-room/record-loaders\\.ts$',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'case-data-only-through-the-read-room',
      comment:
        "Parties' particulars, stored risk reasons and link references are read raw only by the read room and by the " +
        'case service that loads a case for it (with the page read that picks what a page of cases selects); ' +
        'everything else shows them through the read room.',
      severity: 'error',
      from: {
        path: SRC,
        // The page read as JSON text (joint-case-page-json.ts) is the page read of the fast path: it reads the
        // same columns and parties' decision inputs, and only the read room sends its text.
        pathNot: [
          '(^|/)src/read-room/',
          '(^|/)src/cases/joint-case(\\.(service|loaders)|-page-(read|json))\\.ts$',
          WIRING,
        ],
      },
      to: { path: '(^|/)src/cases/joint-case\\.(loaders|sql)\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'resolvers-reach-bodies-through-services',
      comment:
        'Resolvers are thin: arguments in, one service call out. They never import a connector (its API types aside).',
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
      from: { path: SRC, pathNot: [DEMO, '(^|/)src/cli/(main|reseed)\\.ts$'] },
      to: { path: DEMO },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
