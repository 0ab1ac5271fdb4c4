import type { Settings, SettingsPatch } from '../../electron/shared/api';
import { useI18n } from '../i18n';

interface Props {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  onClose: () => void;
}

const THEMES: Settings['theme'][] = ['system', 'paper', 'light', 'sepia', 'dark'];
const round = (v: number) => Math.round(v * 10) / 10;

/** How the reader sets the story: theme, size, spacing, typeface, columns, 竖排, language. Kept by the backend. */
export function ReadingSettings({ settings, onChange, onClose }: Props) {
  const { t } = useI18n();
  return (
    <section className="settings-panel" role="dialog" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings.heading')}</h2>
      <fieldset>
        <legend>{t('settings.theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} className={`swatch swatch-${theme}`}>
            <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => onChange({ theme })} />
            {t(`settings.theme.${theme}`)}
          </label>
        ))}
      </fieldset>
      <div className="setting-row">
        <span id="font-size-label">{t('settings.fontSize')}</span>
        <button type="button" aria-label={t('settings.smaller')} disabled={settings.fontScale <= 0.8} onClick={() => onChange({ fontScale: Math.max(0.8, round(settings.fontScale - 0.1)) })}>
          A−
        </button>
        <output aria-labelledby="font-size-label">{Math.round(settings.fontScale * 100)}%</output>
        <button type="button" aria-label={t('settings.bigger')} disabled={settings.fontScale >= 1.6} onClick={() => onChange({ fontScale: Math.min(1.6, round(settings.fontScale + 0.1)) })}>
          A+
        </button>
      </div>
      <label className="setting-row">
        {t('settings.lineHeight')}
        <input type="range" min={1.4} max={2.4} step={0.1} value={settings.lineHeight} onChange={(e) => onChange({ lineHeight: Number(e.target.value) })} />
        <output>{settings.lineHeight.toFixed(1)}</output>
      </label>
      <fieldset>
        <legend>{t('settings.typeface')}</legend>
        {(['serif', 'sans'] as const).map((typeface) => (
          <label key={typeface}>
            <input type="radio" name="typeface" checked={settings.typeface === typeface} onChange={() => onChange({ typeface })} />
            {t(`settings.${typeface}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('settings.columns')}</legend>
        {([1, 2, 3] as const).map((columns) => (
          <label key={columns}>
            <input type="radio" name="columns" checked={settings.columns === columns} disabled={settings.vertical} onChange={() => onChange({ columns })} />
            {columns}
          </label>
        ))}
      </fieldset>
      <label className="setting-row">
        <input type="checkbox" checked={settings.vertical} onChange={(e) => onChange({ vertical: e.target.checked })} />
        {t('settings.vertical')}
      </label>
      <label className="setting-row">
        {t('settings.language')}
        <select value={settings.language} onChange={(e) => onChange({ language: e.target.value === 'en' ? 'en' : 'zh' })}>
          <option value="zh" lang="zh-CN">
            中文
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </section>
  );
}
