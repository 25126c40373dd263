/**
 * Requirement text as search terms: Intl.Segmenter words, CJK character bigrams and English words, after a small
 * product thesaurus so 移动端/手机/APP count as one word.
 */

/** Words that ride along in almost every requirement and say nothing about which one it is. */
const stopWords = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '是',
  '在',
  '把',
  '被',
  '让',
  '给',
  '对',
  '也',
  '都',
  '就',
  '能',
  '会',
  '要',
  '我们',
  '他们',
  '客户',
  '希望',
  '需要',
  '可以',
  '能够',
  '能否',
  '是否',
  '支持',
  '一下',
  '一个',
  '这个',
  '那个',
  '功能',
  '现在',
  '目前',
  '时候',
  '比如',
  '如果',
  '因为',
  '所以',
  '还是',
  '没有',
  '不能',
  '直接',
  '自动',
  '进行',
  'the',
  'a',
  'an',
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'for',
  'with',
  'be',
  'is',
  'are',
  'can',
  'should',
  'please',
  'support',
  'need',
  'want',
  'able',
  'feature',
]);

/** Phrase → the word it means here; longer phrases are replaced first. */
const thesaurus: Record<string, string> = {
  移动端: '手机',
  手机端: '手机',
  手机上: '手机',
  app: '手机',
  小程序: '手机',
  移动: '手机',
  下载: '导出',
  导成: '导出',
  输出: '导出',
  表格: 'excel',
  xlsx: 'excel',
  xls: 'excel',
  电子表格: 'excel',
  审核: '审批',
  批准: '审批',
  核准: '审批',
  签批: '审批',
  提醒: '通知',
  推送: '通知',
  消息提示: '通知',
  提示: '通知',
  告警: '预警',
  报警: '预警',
  报告: '报表',
  统计表: '报表',
  看板: '仪表盘',
  大屏: '仪表盘',
  dashboard: '仪表盘',
  登陆: '登录',
  登入: '登录',
  单点登录: 'sso',
  统一登录: 'sso',
  企微: '企业微信',
  wecom: '企业微信',
  dingtalk: '钉钉',
  lark: '飞书',
  feishu: '飞书',
  断网: '离线',
  没网: '离线',
  无网络: '离线',
  没信号: '离线',
  网络不好: '离线',
  签字: '签名',
  手签: '签名',
  电子签: '签名',
  位置: '定位',
  gps: '定位',
  地理位置: '定位',
  图片: '照片',
  拍照: '照片',
  相片: '照片',
  查找: '搜索',
  检索: '搜索',
  查询: '搜索',
  搜不到: '搜索',
  英文版: '多语言',
  国际化: '多语言',
  英文界面: '多语言',
  一次性: '批量',
  成批: '批量',
  多选: '批量',
  对接: '集成',
  打通: '集成',
  同步到: '集成',
  接口: 'api',
  开放接口: 'api',
  二维码: '扫码',
  扫一扫: '扫码',
  条码: '扫码',
  条形码: '扫码',
  权限控制: '权限',
  角色权限: '权限',
  数据权限: '权限',
  卡顿: '慢',
  很慢: '慢',
  加载慢: '慢',
  太慢: '慢',
  速度慢: '慢',
  闪退: '崩溃',
  崩了: '崩溃',
  crash: '崩溃',
  库存量: '库存',
  存货: '库存',
  发票: '开票',
  开发票: '开票',
  字段: '自定义字段',
  自定义项: '自定义字段',
};
const thesaurusKeys = Object.keys(thesaurus).sort((a, b) => b.length - a.length);
const thesaurusPattern = new RegExp(thesaurusKeys.map(escapeRegExp).join('|'), 'g');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(thesaurusPattern, (match) => ` ${thesaurus[match] ?? match} `);
}

/**
 * Term → count. Words count twice (they carry meaning); character bigrams inside a word catch what the segmenter
 * splits differently, and a bigram across two neighbouring words counts half (often, not always, noise).
 */
export function termsOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  let previousChar: string | null = null;
  for (const { segment, isWordLike } of segmenter.segment(normalizeText(text))) {
    if (!isWordLike || !cjk.test(segment)) {
      previousChar = null;
      if (isWordLike && !stopWords.has(segment)) addLatinWord(segment, add);
      continue;
    }
    if (stopWords.has(segment)) {
      previousChar = null;
      continue;
    }
    add(segment.length > 1 ? `w:${segment}` : `c:${segment}`, segment.length > 1 ? 2 : 1);
    for (let i = 0; i + 1 < segment.length; i++) add(`b:${segment.slice(i, i + 2)}`, 1);
    if (previousChar) add(`b:${previousChar}${segment[0]}`, 0.5);
    previousChar = segment.at(-1) ?? null;
  }
  return counts;
}

function addLatinWord(segment: string, add: (term: string, weight: number) => void): void {
  const word = segment.length > 3 ? segment.replace(/s$/, '') : segment;
  if (word.length > 1 || /\d/.test(word)) add(`w:${word}`, 2);
}

/** The text a requirement is matched on: the title counts twice as much as the description. */
export function requirementTerms(title: string, description: string | null): Map<string, number> {
  const terms = termsOf(title);
  for (const [term, count] of terms) terms.set(term, count * 2);
  for (const [term, count] of termsOf(description ?? '')) terms.set(term, (terms.get(term) ?? 0) + count);
  return terms;
}
