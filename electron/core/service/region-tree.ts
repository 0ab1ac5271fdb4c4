import type { RegionNode } from '../../shared/api';

interface RegionCount {
  city: string | null;
  county: string | null;
  town: string | null;
  /** Left out, the tree stops at towns. */
  village?: string | null;
  count: number;
}

const byCount = (a: RegionNode, b: RegionNode) => b.count - a.count || a.name.localeCompare(b.name, 'zh-Hans-CN');

/**
 * Builds 市 → 县 → 镇 → 村 from per-story counts. A node counts every story filed under it, including
 * those filed at its own level only (a county-wide story counts for the county, not for a town).
 */
export function regionTree(rows: readonly RegionCount[]): RegionNode[] {
  const cities = new Map<string, RegionNode>();
  const child = (parent: RegionNode, name: string, level: RegionNode['level']) => {
    let node = parent.children.find((c) => c.name === name);
    if (!node) parent.children.push((node = { name, level, count: 0, children: [] }));
    return node;
  };
  for (const row of rows) {
    if (!row.city) continue;
    let city = cities.get(row.city);
    if (!city) cities.set(row.city, (city = { name: row.city, level: 'city', count: 0, children: [] }));
    city.count += row.count;
    if (!row.county) continue;
    const county = child(city, row.county, 'county');
    county.count += row.count;
    if (!row.town) continue;
    const town = child(county, row.town, 'town');
    town.count += row.count;
    if (row.village) child(town, row.village, 'village').count += row.count;
  }
  const sort = (nodes: RegionNode[]): RegionNode[] => nodes.sort(byCount).map((n) => ({ ...n, children: sort(n.children) }));
  return sort([...cities.values()]);
}
