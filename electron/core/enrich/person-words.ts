/** Word lists for finding people's names; data, so that a miss is fixed here rather than in code. */

/** Common Chinese surnames (single characters), about four hundred; rare ones that are everyday words (公, 全, 都, 和) are left out. */
export const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂焦向柴岳齐祝詹阎柏骆芮钮茅富仰杭宣查盛戚滕巫蓝单包乔耿关' +
  '左牟房路易凌解时霍邢池缪费卜奚裴甘卓童舒麻屈娄管储嵇柯丛吉晏窦宁巩郁荣应蔺连谷储鲍虞祁苗纪阮虞劳黎胥冉瞿应宗丰游练冷晋邬佘邰佟阙鞍桂于景鄢隋郦景湛谈尚' +
  '辛伊贝丘符帅邝冼沙卫桑郎薄厉习麦占褚励竺莘楼忻胥岑娄楚项简蒲苑边谌闵揭綦惠仲荀卞琚宓屠晁郏敖乐臧訾谯翁桑贲俸植车成计饶';

export const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '西门', '南宫', '端木', '闻人', '申屠'];

/**
 * Titles and roles written right before a name: 县委书记江海洋, 市长周军波, 民警沈冬. The longest
 * title wins, so 副县长 is read before 县长.
 */
export const TITLES = [
  '总书记', '书记', '副书记', '县长', '副县长', '市长', '副市长', '区长', '副区长', '镇长', '副镇长', '乡长', '省长', '副省长',
  '主席', '副主席', '主任', '副主任', '常务副主任', '局长', '副局长', '所长', '副所长', '院长', '副院长', '常务副院长', '校长',
  '副校长', '会长', '副会长', '秘书长', '社长', '董事长', '总经理', '副总经理', '经理', '主委', '部长', '副部长', '科长', '副科长',
  '处长', '厅长', '队长', '大队长', '中队长', '站长', '馆长', '园长', '厂长', '主管', '总监', '教授', '副教授', '研究员', '医生',
  '医师', '主任医师', '护士长', '护士', '民警', '辅警', '网格员', '网格长', '微网格长', '志愿者', '负责人', '教导员', '指导员',
  '乡贤', '老师', '教师', '班主任', '传承人', '领导', '专家', '商户', '店主', '村民', '居民', '党员', '老党员', '队员', '代表',
  '联络员', '调解员', '宣讲员', '讲解员', '主播', '工程师', '技术员', '农户', '大学生', '学生', '同学', '法官', '检察官', '律师',
  '工作人员', '工人', '市民', '游客', '家长', '委员', '大队委员', '先进个人',
];

/**
 * Titles that also name groups (党员管理, 居民占用人行道, 代表发言): a name after them needs a
 * word that ends it, never the lax reading.
 */
export const GROUP_TITLES = new Set(['志愿者', '党员', '老党员', '村民', '居民', '代表', '队员', '农户', '商户', '学生', '大学生', '同学', '专家', '领导', '网格员', '民警', '辅警', '医生', '护士', '老师', '教师', '乡贤', '负责人', '工作人员', '工人', '市民', '游客', '家长', '委员', '大队委员', '先进个人']);

/** Titles written after the name. */
export const TITLES_AFTER_NAME = ['总书记', '同志'];

/** Words that can follow a name and end it: 张斌介绍, 陆荣杰热情地…, 顾新宇主持. */
export const AFTER_NAME = [
  '说', '表示', '介绍', '强调', '指出', '坦言', '认为', '告诉', '透露', '主持', '出席', '参加', '代表', '带领', '带队', '率队',
  '等', '在', '和', '与', '及', '对', '也', '还', '都', '就', '是', '的', '热情', '自豪', '笑着', '一边', '看到', '得知',
  '同志', '一行', '讲述', '作', '提出', '要求', '希望', '陪同', '调研', '检查', '走访', '发言', '汇报', '部署', '宣读', '先后',
  '把', '将', '从', '带头', '主动', '给', '被', '让', '找到', '回', '虽', '深有', '感慨', '坚定', '会见', '当成', '得到',
  '看望', '慰问', '赴', '到', '进', '深入', '点评', '解读', '讲话', '致辞', '颁奖', '揭牌', '担任', '获得', '荣获',
];

/** After a name at the start of a headline: 江海洋赴大云镇调研, 张锡锋主持召开…, 仲旭东在全市…推进会上强调. */
export const HEADLINE_VERBS = ['赴', '到', '在', '深入', '走访', '调研', '主持', '会见', '看望', '慰问', '检查', '督查', '进', '参加', '出席', '率队', '带队', '宣讲', '强调', '指出', '要求', '会见', '接待'];

/** After a name opening a clause or following a quotation: “……”陈惠雪说. */
export const SPEECH_VERBS = ['说', '表示', '介绍', '强调', '指出', '坦言', '认为', '告诉记者', '透露', '笑着说', '说道', '感慨', '回忆'];

/**
 * Characters that follow a verb, not a name: in 王瑛淋着雨 the 淋 is the verb, so the name is 王瑛.
 */
export const AFTER_VERB = new Set(['着', '了', '过', '地', '到', '得', '起', '完', '好']);

/** Characters that do not occur in given names as written in these papers (function words, units of government). */
export const NOT_IN_GIVEN_NAME = new Set(
  '的了是在和与及等也都就还又将把被让给对从已便却则并而或以于到去来上下里外前后时说表介指出参主回找得看听走笑感县市区镇村乡省局委会部办所院队社组站公司厂场年月日号个名位次们这那其该各每全本我他她它你'.split(''),
);

/** Two- or three-character words that look like surname + name but are not people. */
export const NOT_A_NAME = new Set(['公司', '记者', '会议', '大家', '群众', '市民', '村民', '居民', '企业', '部门', '政府', '领导', '专家', '同志', '老师', '医生', '党员', '干部', '工作', '单位', '项目', '金额', '钱款', '江南', '黄金', '万元', '高度', '高效', '高质量', '安全', '常态化', '严格', '方面', '周边', '周围', '周年', '时间', '时代', '应急', '宁波', '石门', '路线']);

/**
 * Forms of address written after a surname in place of a name (王女士, 李师傅, 张大爷): anyone, not
 * a person to count or follow; a thousand stories with a 王女士 are about a thousand women.
 */
export const FORMS_OF_ADDRESS = new Set(['女士', '先生', '小姐', '师傅', '大爷', '大妈', '大娘', '大姐', '大哥', '阿姨', '叔叔', '阿婆', '阿公', '老伯', '奶奶', '爷爷', '老汉', '老人', '同学', '老师', '医生', '书记', '主任', '某']);

/** Last characters of organisations a speaker is named after: 海宁市公安局钮震山说. */
export const ORGANISATION_ENDINGS = new Set('局所院会办部委司厂站队处科室馆'.split(''));
