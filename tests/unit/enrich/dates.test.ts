import { describe, expect, it } from 'vitest';
import { dateFromSource, inferDateFromText } from '../../../electron/core/enrich/dates';

describe('dates from the file name or folder', () => {
  it.each([
    ['archive/2024-01-02/page1.txt', '2024-01-02'],
    ['archive/20240102_03.txt', '2024-01-02'],
    ['archive/2024/01/02/003.txt', '2024-01-02'],
    ['C:\\papers\\2023\\12\\31\\a.txt', '2023-12-31'],
    ['archive/2024_03/page.txt', '2024-03'],
    ['archive/2024/03/page.txt', '2024-03'],
  ])('%s → %s', (source, expected) => {
    expect(dateFromSource(source)).toBe(expected);
  });

  it.each([['seeds/000_0a73ae1694179353.txt'], ['archive/20241399.txt'], ['archive/2023-02-30.txt'], ['page-12.txt']])('finds none in %s', (source) => {
    expect(dateFromSource(source)).toBeNull();
  });
});

describe('dates inferred from the text', () => {
  it('takes the latest full date, marked as inferred', () => {
    expect(inferDateFromText('2023年12月1日召开筹备会,2023年12月12日正式开幕。')).toEqual({ value: '2023-12-12', precision: 'day', inferred: true, evidence: '2023年12月12日' });
  });

  it('falls back to a month, then to the year named most often', () => {
    expect(inferDateFromText('2022年8月,小镇列入名单。')?.value).toBe('2022-08');
    expect(inferDateFromText('即将过去的2023年,2024年是关键之年,2024年要再接再厉。')).toMatchObject({ value: '2024', precision: 'year' });
  });

  it('gives null when the text names no year', () => {
    expect(inferDateFromText('昨天下午,茶话会举行。12月12日出发。')).toBeNull();
  });
});
