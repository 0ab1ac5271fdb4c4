import type { Random } from './random';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞建国志文斌宇浩凯健俊帆晨阳昊然婷雪琳佳怡欣悦子涵梓轩嘉诚宏亮海波金良晓东新民卫东春燕海燕丹奕寻锋勤泓恬惠铭凡贤江';

/** A population of distinct generated personal names, two or three characters long. */
export function generatePeople(random: Random, count: number): string[] {
  const names = new Set<string>();
  const surnames = [...SURNAMES];
  const given = [...GIVEN];
  while (names.size < count) {
    const name = random.pick(surnames) + random.pick(given) + (random.chance(0.7) ? random.pick(given) : '');
    names.add(name);
  }
  return [...names];
}

/** How bylines print a name: two-character names padded to the width of three (周 奕). */
export function padName(name: string): string {
  return name.length === 2 ? `${name[0]} ${name[1]}` : name;
}
