import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuLanguage, menuTemplate } from '../../../electron/main/menu-template';
import { DEFAULT_SETTINGS } from '../../../electron/shared/api';

const actions = () => ({ command: vi.fn(), changeSettings: vi.fn() });
const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
const byId = (menu: MenuItemConstructorOptions[], id: string) => items(menu).find((i) => i.id === id);
const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();

describe('the native menu', () => {
  it('has File, Edit, View and Help, in English or Chinese by system locale', () => {
    const en = menuTemplate('en', DEFAULT_SETTINGS, actions(), 'linux');
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect((en[0]?.submenu as MenuItemConstructorOptions[]).map((i) => i.label).filter(Boolean)).toEqual([
      'Import folder…',
      'Import files…',
      'Export selection to PDF…',
      'Quit',
    ]);
    expect(menuTemplate('zh', DEFAULT_SETTINGS, actions(), 'linux').map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(menuLanguage('zh-CN')).toBe('zh');
    expect(menuLanguage('en-US')).toBe('en');
  });

  it('sends import, export and help commands to the page', () => {
    const a = actions();
    const menu = menuTemplate('en', DEFAULT_SETTINGS, a, 'linux');
    for (const [id, command] of [
      ['import-folder', 'importFolder'],
      ['import-files', 'importFiles'],
      ['export-pdf', 'exportSelection'],
      ['find', 'focusSearch'],
      ['shortcuts', 'showShortcuts'],
      ['about', 'showAbout'],
    ] as const) {
      click(byId(menu, id));
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
  });

  it('offers zoom, theme and reading settings under View, reflecting the current settings', () => {
    const a = actions();
    const menu = menuTemplate('en', { ...DEFAULT_SETTINGS, theme: 'dark', fontScale: 1.6 }, a, 'linux');
    expect(['zoomIn', 'zoomOut', 'resetZoom'].every((role) => items(menu).some((i) => i.role === role))).toBe(true);
    expect(byId(menu, 'theme-dark')?.checked).toBe(true);
    expect(byId(menu, 'theme-light')?.checked).toBe(false);
    click(byId(menu, 'theme-light'));
    expect(a.changeSettings).toHaveBeenLastCalledWith({ theme: 'light' });
    click(byId(menu, 'text-bigger'));
    expect(a.changeSettings).toHaveBeenLastCalledWith({ fontScale: 1.6 });
    click(byId(menu, 'typeface-sans'));
    expect(a.changeSettings).toHaveBeenLastCalledWith({ typeface: 'sans' });
  });

  it('adds the application menu on macOS only', () => {
    expect(menuTemplate('en', DEFAULT_SETTINGS, actions(), 'darwin')[0]?.role).toBe('appMenu');
    expect(menuTemplate('en', DEFAULT_SETTINGS, actions(), 'win32')[0]?.role).toBeUndefined();
  });
});
