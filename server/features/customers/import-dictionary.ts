/**
 * The words a Chinese sales team's spreadsheets use, as data: header synonyms per field, and the value words of
 * the columns whose cells name a choice. Matching ignores letter case, spaces, `*` and bracketed notes such as
 * （必填）, so 「客户名称*」 and 「客户名称（必填）」 are both the name.
 */
import type { ContactRole, Segment, Tier } from '@shared/domain/customers';
import type { ImportField } from '@shared/schemas/customers-import';

export const headerSynonyms: Record<ImportField, readonly string[]> = {
  name: [
    '客户名称',
    '客户',
    '客户名',
    '公司名称',
    '公司',
    '企业名称',
    '企业',
    '单位名称',
    'customer',
    'name',
    'company',
  ],
  industry: ['行业', '所属行业', '行业分类', 'industry'],
  tier: ['客户等级', '价值等级', '等级', '客户价值', '客户分级', 'tier', 'valuetier'],
  segment: ['规模', '客户规模', '企业规模', '公司规模', 'segment', 'size'],
  owner: ['负责人', '销售', '客户经理', '销售负责人', '归属销售', '跟进人', 'owner'],
  address: ['地址', '客户地址', '公司地址', '详细地址', 'address'],
  contractValue: ['合同金额', '签约金额', '合同额', '金额', 'contractvalue'],
  tags: ['标签', '客户标签', 'tags'],
  coCreation: ['共创', '共创客户', 'cocreation'],
  angel: ['天使', '天使客户', 'angel'],
  benchmark: ['标杆', '标杆客户', 'benchmark'],
  contactName: ['联系人', '联系人姓名', '姓名', '联系人名称', 'contact', 'contactname'],
  contactPhone: ['手机', '手机号', '手机号码', '电话', '联系电话', '联系方式', 'phone', 'mobile'],
  contactTitle: ['职务', '职位', '岗位', 'title'],
  contactRole: ['角色', '联系人角色', '决策角色', 'role'],
  contactEmail: ['邮箱', '电子邮箱', '邮件', 'email'],
};

export const tierWords: Record<Tier, readonly string[]> = {
  high: ['高价值', '高', 'a', 'a类', 'a级', '重点', '重点客户', '重要', 'vip', 'high'],
  general: ['一般', '一般价值', '普通', '中', 'b', 'b类', 'b级', 'general'],
  low: ['低价值', '低', 'c', 'c类', 'c级', 'low'],
};

export const segmentWords: Record<Segment, readonly string[]> = {
  smb: ['小微', '小微企业', '中小', '中小企业', '小型', '小', 'smb', 'small'],
  mid: ['中型', '中型企业', '中等', '腰部', 'mid', 'medium'],
  large: ['大型', '大型企业', '大', '集团', '大客户', 'ka', 'large', 'enterprise'],
};

export const contactRoleWords: Record<ContactRole, readonly string[]> = {
  decision_maker: ['决策人', '决策者', 'kp', '关键人', '拍板人', '老板', 'decisionmaker'],
  user: ['使用者', '用户', '业务', '业务人员', 'user'],
  it: ['it', '信息部', '信息化', '技术', 'it部门'],
};

export const yesWords = ['是', 'y', 'yes', '1', 'true', '√', '✓', '✔'];
export const noWords = ['否', 'n', 'no', '0', 'false', '×', '✗'];

/** Tags in one cell are separated by any of these. */
export const tagSeparators = /[、,，;；|]/;

/** What matching compares: lower case, without spaces, `*` or a bracketed note. */
export const normalizedWord = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*_-]/g, '');

/** Each word → its value, for looking a cell up in one step. */
export function wordIndex<V extends string>(words: Record<V, readonly string[]>): Map<string, V> {
  const index = new Map<string, V>();
  for (const [value, list] of Object.entries(words) as [V, readonly string[]][])
    for (const word of list) index.set(normalizedWord(word), value);
  return index;
}
