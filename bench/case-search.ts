import 'reflect-metadata';
import { Client } from 'pg';
import { Role } from '../src/auth/actor';
import { caseListCountSql, caseListPageSql, DEFAULT_ORDER, sortOf } from '../src/cases/joint-case-list';
import { startBenchEnvironment } from './environment';

/*
 * The work list's search (案件列表检索) measured at 10k, 100k and 1M joint cases: the hub's own
 * list SQL (caseListPageSql / caseListCountSql, as the centre runs it) on an embedded Postgres
 * with the hub's migrations, the cases and their parties made in bulk by generate_series.
 * Searches by part of a case number and by a party's 2- and 3-character Chinese name; the plan
 * shows the bigram indexes (migration CaseListSearch) in use; at 1M the same searches again with
 * those indexes dropped. `npm run bench:search` (SCALES=10000,100000 for a shorter run).
 */

const SCALES = (process.env.SCALES ?? '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 15);
const CENTRE = { user: 'bench-clerk', department: 'GOVERNANCE_CENTRE', role: Role.CLERK };
const SEARCH_INDEXES = {
  create: [
    'CREATE INDEX joint_case_number_search_idx ON joint_case USING gin (search_bigrams(case_number))',
    'CREATE INDEX joint_case_party_name_search_idx ON joint_case_party USING gin (search_bigrams(name))',
  ],
  drop: ['DROP INDEX IF EXISTS joint_case_number_search_idx', 'DROP INDEX IF EXISTS joint_case_party_name_search_idx'],
};

// 100 common surnames and 200 given-name characters: names of two or three characters, as in the demo.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬辉鹏飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国文斌海峰志刚春梅晓东金凤雪琴云海新民德福荣生永胜学军小红淑珍桂兰秀兰玉兰丽华海燕晓明婷婷雨欣子涵梓萱一诺依诺欣怡佳怡语桐诗涵浩然宇轩子轩梓轩俊杰雨泽皓轩博文天佑嘉怡思远梦瑶紫涵晨曦若汐';

/** Adds cases numbered from+1 … to, each with an applicant and a respondent, in one statement each. */
async function addCases(db: Client, from: number, to: number): Promise<void> {
  await db.query(
    `INSERT INTO joint_case (id, case_number, title, category, status, participating_departments, people_involved,
                             source_channel, urgency, risk_reasons, risk_provenance, risk_unavailable_sources,
                             consent_to_mediate, extension_count, version, created_at, updated_at)
     SELECT md5('case' || g)::uuid, '(2026)西湖联调' || lpad(g::text, 7, '0') || '号', '邻里纠纷 ' || g,
            (ARRAY['NEIGHBOUR','FAMILY_MARRIAGE','LAND_HOUSING','WAGES','CONSUMER','MEDICAL','OTHER'])[1 + g % 7],
            (ARRAY['INTAKE','ASSESSED','ASSIGNED','IN_MEDIATION','AGREEMENT_REACHED','FOLLOW_UP','CLOSED'])[1 + g % 7],
            '{}', 2, 'WALK_IN', 'NORMAL', '[]', '{}', '{}', true, 0, 1,
            timestamptz '2026-01-01 08:00+08' + (g % 300000) * interval '1 minute',
            timestamptz '2026-01-01 08:00+08' + (g % 300000) * interval '1 minute'
       FROM generate_series($1::int + 1, $2::int) g`,
    [from, to],
  );
  await db.query(
    `INSERT INTO joint_case_party (joint_case_id, position, role, name)
     SELECT md5('case' || g)::uuid, r.position, r.role,
            substr($3, 1 + (g * 7 + r.position) % char_length($3), 1)
              || substr($4, 1 + (g * 13 + r.position * 5) % char_length($4), 1)
              || CASE WHEN (g + r.position) % 2 = 0 THEN substr($4, 1 + (g * 31 + r.position) % char_length($4), 1) ELSE '' END
       FROM generate_series($1::int + 1, $2::int) g,
            (VALUES (0, 'APPLICANT'), (1, 'RESPONDENT')) AS r(position, role)`,
    [from, to, SURNAMES, GIVEN],
  );
}

interface Search {
  kind: string;
  terms: string[];
}

/** Search terms that exist in the data: parts of case numbers, and 2- and 3-character names. */
async function searchTerms(db: Client, scale: number): Promise<Search[]> {
  const numbers = Array.from({ length: RUNS }, (_, i) => `${String(1 + ((i * 7919) % scale)).padStart(7, '0')}号`);
  const names = async (length: number) =>
    (
      await db.query<{ name: string }>(
        `SELECT name FROM joint_case_party TABLESAMPLE SYSTEM (1) WHERE char_length(name) = $1 LIMIT $2`,
        [length, RUNS],
      )
    ).rows.map((r) => r.name);
  return [
    { kind: 'case number (part, 8 chars)', terms: numbers },
    { kind: 'party name, 2 characters', terms: await names(2) },
    { kind: 'party name, 3 characters', terms: await names(3) },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function timed(db: Client, sql: string, values: unknown[]): Promise<{ ms: number; rows: number }> {
  const began = process.hrtime.bigint();
  const result = await db.query(sql, values);
  return { ms: Number(process.hrtime.bigint() - began) / 1e6, rows: result.rowCount ?? 0 };
}

/** The work list's first page (20) and its total for each term, as the centre's console asks them. */
async function measure(db: Client, searches: Search[]): Promise<string[]> {
  const lines: string[] = [];
  const sort = sortOf(DEFAULT_ORDER);
  for (const { kind, terms } of searches) {
    const page: number[] = [];
    const count: number[] = [];
    let found = 0;
    for (const search of terms) {
      const p = caseListPageSql(
        { actor: CENTRE, filter: { search }, sort, page: { first: 20 }, now: new Date() },
        'c.id',
      );
      const c = caseListCountSql(CENTRE, { search }, new Date());
      const first = await timed(db, p.sql, p.values);
      page.push(first.ms);
      count.push((await timed(db, c.sql, c.values)).ms);
      found += first.rows;
    }
    page.sort((a, b) => a - b);
    count.sort((a, b) => a - b);
    lines.push(
      `| ${kind} | ${terms.length} | ${percentile(page, 0.5).toFixed(1)} | ${percentile(page, 0.95).toFixed(1)} | ` +
        `${percentile(count, 0.5).toFixed(1)} | ${percentile(count, 0.95).toFixed(1)} | ${(found / terms.length).toFixed(1)} |`,
    );
  }
  return lines;
}

async function plan(db: Client, search: string): Promise<string> {
  const p = caseListPageSql(
    { actor: CENTRE, filter: { search }, sort: sortOf(DEFAULT_ORDER), page: { first: 20 }, now: new Date() },
    'c.id',
  );
  const rows = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${p.sql}`, p.values);
  return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
}

async function main(): Promise<void> {
  const environment = await startBenchEnvironment();
  const db = new Client({ connectionString: environment.databases.adminUrls.hub });
  await db.connect();
  const header =
    '| search | terms | page p50 ms | page p95 ms | count p50 ms | count p95 ms | cases on page (mean) |\n|---|---|---|---|---|---|---|';
  try {
    let have = 0;
    for (const scale of SCALES) {
      const began = Date.now();
      // Bulk load as a centre would restore one: without the search indexes, built afterwards.
      for (const sql of SEARCH_INDEXES.drop) await db.query(sql);
      for (let from = have; from < scale; from += 100_000) await addCases(db, from, Math.min(scale, from + 100_000));
      have = scale;
      for (const sql of SEARCH_INDEXES.create) await db.query(sql);
      await db.query('VACUUM ANALYZE joint_case');
      await db.query('VACUUM ANALYZE joint_case_party');
      const searches = await searchTerms(db, scale);
      console.log(
        `\n### ${scale.toLocaleString('en')} cases (${2 * scale} parties; loaded and indexed in ${((Date.now() - began) / 1000).toFixed(0)} s)\n`,
      );
      console.log(header);
      for (const line of await measure(db, searches)) console.log(line);
      if (scale === SCALES[SCALES.length - 1]) {
        console.log(
          `\nPlan of a 3-character name search at ${scale.toLocaleString('en')} cases:\n\n\`\`\`\n${await plan(db, searches[2].terms[0])}\n\`\`\``,
        );
        for (const sql of SEARCH_INDEXES.drop) await db.query(sql);
        await db.query('ANALYZE joint_case_party');
        console.log(`\n### ${scale.toLocaleString('en')} cases, search indexes dropped\n`);
        console.log(header);
        for (const line of await measure(
          db,
          searches.map((s) => ({ ...s, terms: s.terms.slice(0, 3) })),
        ))
          console.log(line);
        console.log(`\nPlan without the indexes:\n\n\`\`\`\n${await plan(db, searches[2].terms[0])}\n\`\`\``);
      }
    }
  } finally {
    await db.end();
    await environment.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
