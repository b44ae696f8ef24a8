import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { LabelsContext, makeLabels, MeContext } from './labels';
import { MeQuery } from './operations';
import { CaseDetailPage, CaseListPage } from './pages-cases';
import { AuditPage, IntakePage, PersonPage, StatisticsPage, SubjectAccessPage, WarningsPage } from './pages-other';
import { type DevelopmentChoices, developmentChoices, developmentToken, storedToken, storeToken } from './session';
import { ErrorNote } from './ui';

function useHashRoute(): [string, (to: string) => void] {
  const [route, setRoute] = useState(() => location.hash.slice(1) || '/cases');
  useEffect(() => {
    const onChange = () => setRoute(location.hash.slice(1) || '/cases');
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (to) => (location.hash = to)];
}

/** 登录: paste a token; in development, pick a body, role and user and the hub issues one. */
function SignIn({ signedIn }: { signedIn: () => void }) {
  const [token, setToken] = useState('');
  const [choices, setChoices] = useState<DevelopmentChoices | null>(null);
  const [department, setDepartment] = useState('GOVERNANCE_CENTRE');
  const [role, setRole] = useState('CLERK');
  const [user, setUser] = useState('王受理');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => void developmentChoices().then(setChoices), []);
  return (
    <div className="signin card">
      <h1>综治中心工作台</h1>
      <p className="muted">矛盾纠纷“3+N”联合调解 · 数据枢纽</p>
      <form onSubmit={(e) => (e.preventDefault(), storeToken(token.trim()), signedIn())}>
        <label className="wide">
          令牌（Bearer token）
          <textarea name="token" rows={3} value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="submit" name="sign-in">
          登录
        </button>
      </form>
      {choices ? (
        <form
          className="picker"
          onSubmit={async (e) => {
            e.preventDefault();
            try {
              storeToken(await developmentToken(department, role, user));
              signedIn();
            } catch (error) {
              setProblem((error as Error).message);
            }
          }}
        >
          <h2>开发环境：选择身份</h2>
          <label>
            单位{' '}
            <select name="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
              {choices.departments.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            角色{' '}
            <select name="role" value={role} onChange={(e) => setRole(e.target.value)}>
              {choices.roles.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            姓名 <input name="user" value={user} onChange={(e) => setUser(e.target.value)} />
          </label>
          <button type="submit" name="dev-sign-in">
            以此身份登录
          </button>
          {problem ? <div className="error">{problem}</div> : null}
        </form>
      ) : null}
    </div>
  );
}

function Workbench({ signOut }: { signOut: () => void }) {
  const [route, go] = useHashRoute();
  const [{ data, error }] = useQuery({ query: MeQuery });
  const labels = useMemo(() => makeLabels(data?.enumLabels ?? [], data?.departments ?? []), [data]);
  if (error && !data) {
    return (
      <div className="card">
        <ErrorNote error={error} />
        <button onClick={signOut}>重新登录</button>
      </div>
    );
  }
  if (!data) return <p className="card">加载中…</p>;
  const { me } = data;
  const caseId = /^\/cases\/([0-9a-f-]{36})$/.exec(route)?.[1];
  const nav: Array<[string, string, boolean]> = [
    ['/cases', '案件列表', true],
    ['/intake', '受理登记', me.department === 'GOVERNANCE_CENTRE'],
    ['/warnings', '预警', true],
    ['/statistics', '统计与台账', me.department === 'GOVERNANCE_CENTRE' || ['CHIEF', 'SUPERVISOR'].includes(me.role)],
    ['/person', '人员查询', true],
    ['/audit', '审计记录', me.role === 'AUDITOR'],
    [
      '/subject-access',
      '查阅记录报告',
      me.department === 'GOVERNANCE_CENTRE' && ['CLERK', 'CHIEF', 'AUDITOR'].includes(me.role),
    ],
  ];
  return (
    <LabelsContext.Provider value={labels}>
      <MeContext.Provider value={me}>
        <header className="top">
          <strong>综治中心工作台</strong>
          <nav>
            {nav
              .filter(([, , shown]) => shown)
              .map(([to, label]) => (
                <a key={to} href={`#${to}`} className={route.startsWith(to) ? 'active' : ''}>
                  {label}
                </a>
              ))}
          </nav>
          <span className="who" data-testid="who">
            {me.departmentLabel} · {me.roleLabel} · {me.user}
          </span>
          <button onClick={signOut}>退出</button>
        </header>
        <main>
          {caseId ? <CaseDetailPage key={caseId} id={caseId} /> : null}
          {route === '/cases' ? <CaseListPage open={(id) => go(`/cases/${id}`)} /> : null}
          {route === '/intake' ? <IntakePage opened={(id) => go(`/cases/${id}`)} /> : null}
          {route === '/warnings' ? <WarningsPage open={(id) => go(`/cases/${id}`)} /> : null}
          {route === '/statistics' ? <StatisticsPage /> : null}
          {route === '/person' ? <PersonPage /> : null}
          {route === '/audit' ? <AuditPage /> : null}
          {route === '/subject-access' ? <SubjectAccessPage /> : null}
        </main>
      </MeContext.Provider>
    </LabelsContext.Provider>
  );
}

export function App() {
  const [signedIn, setSignedIn] = useState(() => storedToken() !== null);
  if (!signedIn) return <SignIn signedIn={() => setSignedIn(true)} />;
  return <Workbench signOut={() => (storeToken(null), setSignedIn(false))} />;
}
