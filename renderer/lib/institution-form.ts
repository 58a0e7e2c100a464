/**
 * The institution drawer's values ↔ InstitutionInput, and the inline USCC check. Small clinics may
 * have no USCC (domain.md §5), so an empty code is allowed; a code that is given must pass GB 32100.
 */
import type { Institution, InstitutionInput, Ownership } from '../../shared/domain/institution';
import { CATEGORY_GROUPS, INSTITUTION_CATEGORIES } from '../../shared/domain/institution-category';
import { checkUscc } from '../../shared/domain/uscc';

export interface InstitutionFormValues {
  name: string;
  aliases: string[];
  uscc: string;
  licenceNo: string;
  districtCode: string | undefined;
  category: string | undefined;
  ownership: Ownership;
  level: string;
  provincialDirect: boolean;
  contactPerson: string;
  contactPhone: string;
}

/** Category choices grouped as the statistics group them (labels are what the backend stores). */
export function categoryOptions(): { label: string; options: { value: string; label: string }[] }[] {
  return CATEGORY_GROUPS.map((g) => ({
    label: g,
    options: INSTITUTION_CATEGORIES.filter((c) => c.group === g).map((c) => ({ value: c.label, label: c.label })),
  })).filter((g) => g.options.length > 0);
}

export const INSTITUTION_LABELS: Record<string, string> = {
  name: '机构名称', aliases: '别名', uscc: '统一社会信用代码', licenceNo: '执业许可证登记号', districtCode: '所属区县',
  category: '机构类别', ownership: '经济类型', level: '医院等级', provincialDirect: '省直省管',
  contactPerson: '联系人', contactPhone: '联系电话',
};

/** Column headers as the roster template / clerks name them → form field keys. */
export const INSTITUTION_ALIASES: Record<string, string> = Object.fromEntries(
  Object.entries(INSTITUTION_LABELS).map(([k, v]) => [v, k]),
);

export function emptyInstitution(): InstitutionFormValues {
  return {
    name: '', aliases: [], uscc: '', licenceNo: '', districtCode: undefined, category: undefined, ownership: '公立',
    level: '未定级', provincialDirect: false, contactPerson: '', contactPhone: '',
  };
}

export function institutionToForm(i: Institution): InstitutionFormValues {
  return {
    name: i.name, aliases: [...i.aliases], uscc: i.uscc ?? '', licenceNo: i.licenceNo ?? '', districtCode: i.districtCode,
    category: i.category, ownership: i.ownership, level: i.level, provincialDirect: i.provincialDirect,
    contactPerson: i.contactPerson ?? '', contactPhone: i.contactPhone ?? '',
  };
}

const clean = (s: string | undefined | null) => (s ?? '').replace(/[\u3000\u00a0]/g, ' ').trim();
const orNull = (s: string | undefined | null) => (clean(s) ? clean(s) : null);

/** What roster:save receives; the USCC is normalised (upper case, no spaces, half-width). */
export function formToInput(v: InstitutionFormValues): InstitutionInput {
  const uscc = clean(v.uscc);
  const aliases = [...new Set((v.aliases ?? []).map(clean).filter((a) => a && a !== clean(v.name)))];
  return {
    name: clean(v.name),
    aliases,
    uscc: uscc ? checkUscc(uscc).code : null,
    licenceNo: orNull(v.licenceNo),
    districtCode: clean(v.districtCode),
    category: clean(v.category),
    ownership: v.ownership,
    level: clean(v.level) || '未定级',
    provincialDirect: !!v.provincialDirect,
    contactPerson: orNull(v.contactPerson),
    contactPhone: orNull(v.contactPhone),
  };
}

export type UsccFieldState =
  | { status: 'empty' }
  | { status: 'ok'; code: string }
  | { status: 'warning'; code: string; message: string }
  | { status: 'error'; message: string };

export const USCC_OR_LICENCE_MESSAGE = '统一社会信用代码不能为空（个体诊所等确无代码的，可只填执业许可证登记号）';

/**
 * Inline USCC state for the drawer: shown while typing, and blocks submit when 'error'. Empty is
 * allowed only when a licence number identifies the institution instead (the roster rule).
 */
export function usccFieldState(raw: string | undefined | null, licenceNo?: string | null): UsccFieldState {
  const s = clean(raw);
  if (!s) return licenceNo === undefined || clean(licenceNo) ? { status: 'empty' } : { status: 'error', message: USCC_OR_LICENCE_MESSAGE };
  const r = checkUscc(s);
  if (!r.ok) return { status: 'error', message: r.reason };
  if (r.orgCheckWarning) return { status: 'warning', code: r.code, message: r.orgCheckWarning };
  return { status: 'ok', code: r.code };
}

/** Row-level wording for the table's 状态 column and tooltips. */
export function statusText(i: Pick<Institution, 'retiredAt'>): string {
  return i.retiredAt ? `已停用（${i.retiredAt.slice(0, 10)}）` : '在册';
}
