import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, Settings, SettingsPatch } from '../shared/api';

export type MenuLanguage = 'zh' | 'en';

export interface MenuActions {
  /** Sent to the page, which knows the selection and shows dialogs in its own style. */
  command: (command: MenuCommand) => void;
  changeSettings: (patch: SettingsPatch) => void;
}

const LABELS = {
  zh: {
    file: '文件', importFolder: '导入文件夹…', importFiles: '导入文件…', exportPdf: '导出所选为 PDF…', quit: '退出',
    edit: '编辑', find: '搜索',
    view: '视图', zoomIn: '放大', zoomOut: '缩小', zoomReset: '实际大小', theme: '主题外观', system: '跟随系统', light: '浅色', dark: '深色',
    reading: '阅读设置', bigger: '放大正文', smaller: '缩小正文', serif: '宋体(衬线)', sans: '黑体(无衬线)', fullscreen: '全屏',
    help: '帮助', shortcuts: '键盘快捷键', about: '关于报览',
  },
  en: {
    file: 'File', importFolder: 'Import folder…', importFiles: 'Import files…', exportPdf: 'Export selection to PDF…', quit: 'Quit',
    edit: 'Edit', find: 'Find',
    view: 'View', zoomIn: 'Zoom in', zoomOut: 'Zoom out', zoomReset: 'Actual size', theme: 'Theme', system: 'System', light: 'Light', dark: 'Dark',
    reading: 'Reading settings', bigger: 'Larger text', smaller: 'Smaller text', serif: 'Serif', sans: 'Sans-serif', fullscreen: 'Full screen',
    help: 'Help', shortcuts: 'Keyboard shortcuts', about: 'About Broadsheet',
  },
} as const;

export const menuLanguage = (locale: string): MenuLanguage => (locale.toLowerCase().startsWith('zh') ? 'zh' : 'en');

const scaled = (scale: number, by: number) => Math.min(1.6, Math.max(0.8, Math.round((scale + by) * 10) / 10));

/** The native menu: File, Edit, View (zoom, theme, reading settings), Help, in the system's language. */
export function menuTemplate(lang: MenuLanguage, settings: Settings, actions: MenuActions, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const t = LABELS[lang];
  const theme = (value: Settings['theme'], label: string): MenuItemConstructorOptions => ({
    id: `theme-${value}`, label, type: 'radio', checked: settings.theme === value, click: () => actions.changeSettings({ theme: value }),
  });
  const typeface = (value: Settings['typeface'], label: string): MenuItemConstructorOptions => ({
    id: `typeface-${value}`, label, type: 'radio', checked: settings.typeface === value, click: () => actions.changeSettings({ typeface: value }),
  });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      id: 'file',
      label: t.file,
      submenu: [
        { id: 'import-folder', label: t.importFolder, accelerator: 'CmdOrCtrl+O', click: () => actions.command('importFolder') },
        { id: 'import-files', label: t.importFiles, accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.command('importFiles') },
        { type: 'separator' },
        { id: 'export-pdf', label: t.exportPdf, accelerator: 'CmdOrCtrl+P', click: () => actions.command('exportSelection') },
        { type: 'separator' },
        { id: 'quit', label: t.quit, role: 'quit' },
      ],
    },
    {
      id: 'edit',
      label: t.edit,
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' },
        { type: 'separator' },
        { id: 'find', label: t.find, accelerator: 'CmdOrCtrl+F', click: () => actions.command('focusSearch') },
      ],
    },
    {
      id: 'view',
      label: t.view,
      submenu: [
        { id: 'zoom-in', label: t.zoomIn, role: 'zoomIn' },
        { id: 'zoom-out', label: t.zoomOut, role: 'zoomOut' },
        { id: 'zoom-reset', label: t.zoomReset, role: 'resetZoom' },
        { type: 'separator' },
        { id: 'theme', label: t.theme, submenu: [theme('system', t.system), theme('light', t.light), theme('dark', t.dark)] },
        {
          id: 'reading',
          label: t.reading,
          submenu: [
            { id: 'text-bigger', label: t.bigger, accelerator: 'CmdOrCtrl+Shift+=', click: () => actions.changeSettings({ fontScale: scaled(settings.fontScale, 0.1) }) },
            { id: 'text-smaller', label: t.smaller, accelerator: 'CmdOrCtrl+Shift+-', click: () => actions.changeSettings({ fontScale: scaled(settings.fontScale, -0.1) }) },
            { type: 'separator' },
            typeface('serif', t.serif),
            typeface('sans', t.sans),
          ],
        },
        { type: 'separator' },
        { id: 'fullscreen', label: t.fullscreen, role: 'togglefullscreen' },
      ],
    },
    {
      id: 'help',
      label: t.help,
      role: 'help',
      submenu: [
        { id: 'shortcuts', label: t.shortcuts, click: () => actions.command('showShortcuts') },
        { id: 'about', label: t.about, click: () => actions.command('showAbout') },
      ],
    },
  ];
}
