/**
 * Chinese surnames, most common first (the single-character ones cover about 99% of people);
 * used to tell a line of bare personal names (`徐卉婷 吴颖娟`) from a short headline.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由';
/** Traditional forms of the surnames above that differ, for pages set in traditional characters. */
const TRADITIONAL = '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸錢顧龔嚴湯溫樊葛喬龐顏聶鄒賀龍閆賈韋賴廖魯翟詹閔鄺譚歐蔣萬覃項連蘆麥婁竇費衛欒隋劉鄔瞿邵岳饒鄔閻';
const COMPOUND = ['欧阳', '歐陽', '司马', '司馬', '上官', '诸葛', '諸葛', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '长孙', '長孫', '宇文', '司徒', '令狐', '夏侯', '端木', '独孤', '獨孤', '南宫', '西门', '西門'];

const singles = new Set(SINGLE + TRADITIONAL);

/** Length of the surname `name` starts with (2 for 欧阳), or 0 when it starts with none. */
export function surnameLength(name: string): number {
  if (COMPOUND.some((s) => name.startsWith(s))) return 2;
  return singles.has(name[0] ?? '') ? 1 : 0;
}

const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** A token shaped like a Chinese personal name: a surname and one or two given characters. */
export function looksLikePersonName(token: string): boolean {
  if (!HAN_NAME.test(token)) return false;
  const surname = surnameLength(token);
  return surname > 0 && token.length - surname >= 1 && token.length - surname <= 2;
}
