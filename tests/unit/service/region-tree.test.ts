import { describe, expect, it } from 'vitest';
import { regionTree } from '../../../electron/core/service/region-tree';

describe('the sidebar region tree', () => {
  it('nests villages under towns under counties under cities, counting every story filed under a node', () => {
    const tree = regionTree([
      { city: '嘉兴市', county: '嘉善县', town: null, count: 10 },
      { city: '嘉兴市', county: '嘉善县', town: '西塘镇', count: 1 },
      { city: '嘉兴市', county: '嘉善县', town: '西塘镇', village: '红菱村', count: 1 },
      { city: '嘉兴市', county: '嘉善县', town: '罗星街道', count: 3 },
      { city: '嘉兴市', county: '平湖市', town: null, count: 7 },
      { city: '嘉兴市', county: null, town: null, count: 1 },
      { city: null, county: null, town: null, count: 4 },
    ]);
    expect(tree).toEqual([
      {
        name: '嘉兴市',
        level: 'city',
        count: 23,
        children: [
          {
            name: '嘉善县',
            level: 'county',
            count: 15,
            children: [
              { name: '罗星街道', level: 'town', count: 3, children: [] },
              { name: '西塘镇', level: 'town', count: 2, children: [{ name: '红菱村', level: 'village', count: 1, children: [] }] },
            ],
          },
          { name: '平湖市', level: 'county', count: 7, children: [] },
        ],
      },
    ]);
  });
});
