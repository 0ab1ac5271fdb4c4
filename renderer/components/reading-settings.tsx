import type { Settings, SettingsPatch } from '../../electron/shared/api';

interface Props {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: '跟随系统' },
  { value: 'light', label: '浅色' },
  { value: 'dark', label: '深色' },
];

const FONT_STEP = 0.1;
const clampScale = (v: number) => Math.min(1.6, Math.max(0.8, Math.round(v * 10) / 10));

/** Theme and text size, kept by the backend so the desktop menu and the page agree. */
export function ReadingSettings({ settings, onChange }: Props) {
  return (
    <div className="reading-settings" role="group" aria-label="阅读设置">
      <label>
        <span className="visually-hidden">主题外观</span>
        <select value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <button type="button" aria-label="缩小字号" disabled={settings.fontScale <= 0.8} onClick={() => onChange({ fontScale: clampScale(settings.fontScale - FONT_STEP) })}>
        A−
      </button>
      <button type="button" aria-label="放大字号" disabled={settings.fontScale >= 1.6} onClick={() => onChange({ fontScale: clampScale(settings.fontScale + FONT_STEP) })}>
        A+
      </button>
    </div>
  );
}
