import type { Article, Edition, ParsedPage } from '../../../electron/shared/model';
import { blankArticle } from '../../support/article';
import { Gazetteer } from '../../../electron/core/enrich/gazetteer';
import type { GazetteerFile } from '../../../electron/core/enrich/gazetteer-file';

/**
 * A small gazetteer with the traps of the real one: two 华联村 (嘉善 西塘镇, 秀洲 王江泾镇), two 大桥镇
 * (嘉兴 南湖区, 扬州 江都区), 和县 (a real county that hides in 县委县政府和县政协), 西塘 inside 西塘桥街道,
 * and a village name found all over (幸福社区).
 */
export function fixtureGazetteerFile(): GazetteerFile {
  const provinces = ['浙江省', '江苏省', '上海市', '安徽省'];
  const cities: [string, number][] = [['嘉兴市', 0], ['杭州市', 0], ['扬州市', 1], ['上海市', 2], ['马鞍山市', 3], ['宁波市', 0], ['金华市', 0]];
  const counties: [string, number, number][] = [
    ['南湖区', 0, 0], ['秀洲区', 0, 0], ['嘉善县', 0, 0], ['海宁市', 0, 0], ['平湖市', 0, 0], ['海盐县', 0, 0],
    ['江都区', 2, 1], ['青浦区', 3, 2], ['和县', 4, 3], ['西湖区', 1, 0],
  ];
  const towns: [string, number][] = [
    ['大桥镇', 0], ['王江泾镇', 1], ['西塘镇', 2], ['大云镇', 2], ['惠民街道', 2], ['罗星街道', 2], ['黄湾镇', 3],
    ['当湖街道', 4], ['林埭镇', 4], ['西塘桥街道', 5], ['大桥镇', 6], ['新城街道', 0], ['长安镇', 3],
  ];
  const villages: [string, number][] = [
    ['华联村', 2], ['华联村', 1], ['缪家村', 3], ['鑫锋村', 5], ['大宁村', 9],
    ['幸福社区', 4], ['幸福社区', 1], ['幸福社区', 6], ['幸福社区', 7],
  ];
  return {
    format: 1,
    source: 'fixture',
    villageProvinces: ['浙江省'],
    provinces,
    cities: cities.map(([name]) => name),
    cityProvince: cities.map(([, province]) => province),
    counties: counties.map(([name]) => name),
    countyCity: counties.map(([, city]) => city),
    countyProvince: counties.map(([, , province]) => province),
    towns: towns.map(([name]) => name),
    townCounty: towns.map(([, county]) => county),
    villages: villages.map(([name]) => name),
    villageTown: villages.map(([, town]) => town),
  };
}

export const gazetteer = new Gazetteer(fixtureGazetteerFile());

/** A story as the parser hands it over, before enrichment. */
export function story(fields: Partial<Article> & { title: string }): Article {
  return blankArticle(fields);
}

export function page(articles: Article[], edition: Partial<Edition> = {}, source = 'pages/page.txt'): ParsedPage {
  return { source, edition: { paper: null, name: null, county: null, date: null, ...edition }, articles, unplaced: [] };
}
