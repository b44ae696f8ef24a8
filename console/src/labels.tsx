import { createContext, useContext } from 'react';

/**
 * The Chinese labels of enum values and bodies, as the hub gives them (`enumLabels`,
 * `departments`): the console keeps no list of its own, so a body or value added to the hub is
 * named here without a new console.
 */
export interface Labels {
  of(enumName: string, value: string | null | undefined): string;
  body(code: string | null | undefined): string;
}

export function makeLabels(
  enumLabels: ReadonlyArray<{ enum: string; value: string; label: string }>,
  departments: ReadonlyArray<{ code: string; displayName: string; label?: string }>,
): Labels {
  const byEnum = new Map(enumLabels.map((l) => [`${l.enum}:${l.value}`, l.label]));
  const bodies = new Map(departments.map((d) => [d.code, d.label ?? d.displayName]));
  return {
    of: (enumName, value) => (value == null ? '—' : (byEnum.get(`${enumName}:${value}`) ?? value)),
    body: (code) => (code == null ? '—' : (byEnum.get(`Body:${code}`) ?? bodies.get(code) ?? code)),
  };
}

export const LabelsContext = createContext<Labels>(makeLabels([], []));

export const useLabels = () => useContext(LabelsContext);

/** Who is signed in, as the hub says (`me`). */
export interface Me {
  user: string;
  department: string;
  role: string;
}

export const MeContext = createContext<Me>({ user: '', department: '', role: '' });

export const useMe = () => useContext(MeContext);
