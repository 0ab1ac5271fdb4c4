import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../electron/shared/api';
import { getApi } from '../api';

/** Reading settings from the backend, applied to the page as CSS variables and data attributes. */
export function useSettings(): [Settings, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    const api = getApi();
    api.getSettings().then(setSettings, () => undefined);
    return api.on('settingsChanged', setSettings);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.typeface = settings.typeface;
    root.dataset.vertical = String(settings.vertical);
    root.lang = settings.language === 'en' ? 'en' : 'zh-CN';
    root.style.setProperty('--reader-scale', String(settings.fontScale));
    root.style.setProperty('--reader-leading', String(settings.lineHeight));
    root.style.setProperty('--reader-columns', String(settings.columns));
  }, [settings]);
  const update = (patch: SettingsPatch) => {
    setSettings((s) => ({ ...s, ...patch }));
    getApi().updateSettings(patch).then(setSettings, () => undefined);
  };
  return [settings, update];
}
