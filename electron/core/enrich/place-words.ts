/**
 * Word lists that steer place recognition. Kept as data so that a wrong hit is fixed by adding a
 * word here, not by changing the matcher.
 */

/** County-level names that are also ordinary words in running text (老城区, 主城区, 城郊区...). */
export const GENERIC_COUNTY_NAMES: ReadonlySet<string> = new Set([
  '城区', '郊区', '矿区', '新区', '新城区', '老城区', '城关区', '城中区', '城东区', '城西区', '城南区', '城北区',
  '市中区', '开发区', '高新区', '新华区', '和平区', '向阳区', '红旗区', '胜利区', '中心区', '桥东区', '桥西区',
  '河东区', '河西区', '铁东区', '铁西区', '东区', '西区', '南区', '北区', '中区', '长安区', '白云区', '青山区',
]);

/**
 * Short town names (the name without 镇/街道/乡) that are everyday words: 惠民 (惠民政策), 建设,
 * 大桥, 梧桐 (“梧桐”栽得好), 新仓 (新仓库). They count only when the story also writes the town's full
 * name (惠民街道), never on their own.
 */
export const COMMON_WORD_TOWN_SHORTS: ReadonlySet<string> = new Set([
  '惠民', '新城', '建设', '解放', '新兴', '城南', '城东', '城西', '城北', '城关', '长水', '七星', '新丰', '大桥',
  '梧桐', '河山', '高桥', '凤鸣', '望海', '百步', '石门', '长安', '海洲', '海昌', '通元', '马桥', '新仓', '大麻',
  '新嘉', '东栅', '嘉北', '余新', '新塘', '中心', '开发', '工业', '和平', '胜利', '光明', '幸福',
]);

/** How a county-level unit calls itself: 县 (嘉善县), 市 (a county-level city: 平湖市) or 区 (秀洲区). */
export type CountyKind = '县' | '市' | '区';

/**
 * Words by which a story refers to its own county without naming it. In a 平湖 story 市委 is the
 * 平湖市委; in a 嘉善 story it is the prefecture's (嘉兴市委). `strong` forms are used to infer a
 * page's county when the masthead is missing.
 */
export function deicticWords(kind: CountyKind): { word: string; strong: boolean }[] {
  const strong = ['我', '本', '全'].map((prefix) => prefix + kind);
  const institutions = ['委', '政府', '政协', '人大', '纪委', '长', '领导'].map((suffix) => kind + suffix);
  const weak = [`副${kind}长`, `${kind}级`, `${kind}里`, `${kind}直`, ...(kind === '县' ? ['县域', '县城'] : [])];
  return [...strong.map((word) => ({ word, strong: true })), ...institutions.map((word) => ({ word, strong: true })), ...weak.map((word) => ({ word, strong: false }))];
}

export const COUNTY_KINDS: readonly CountyKind[] = ['县', '市', '区'];

/**
 * A lone 县/市/区 opening a clause (县公安局天凝派出所, 市人大常委会召开) is the story's own county,
 * unless the character starts another word: 市场, 市民, 区域; the same goes for 全市场, 全区域.
 */
export const NOT_DEICTIC_AFTER: Record<CountyKind, ReadonlySet<string>> = {
  县: new Set(['城']),
  市: new Set(['场', '民', '值', '面', '井', '容', '区', '内', '外', '中', '郊']),
  区: new Set(['域', '位', '别', '块', '间', '内', '外']),
};
