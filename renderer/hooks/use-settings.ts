import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../electron/shared/api';
import { getApi } from '../api';

const DARK_SYSTEM = '(prefers-color-scheme: dark)';

/** Whether the operating system is in dark mode, following it as it changes. */
function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia(DARK_SYSTEM).matches);
  useEffect(() => {
    const query = window.matchMedia(DARK_SYSTEM);
    const follow = () => setDark(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return dark;
}

/**
 * Reading settings from the backend, applied to the page as CSS variables and data attributes.
 * The system theme is resolved here, so the stylesheet holds the dark palette once.
 */
export function useSettings(): [Settings, (patch: SettingsPatch) => void] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const systemDark = useSystemDark();
  useEffect(() => {
    const api = getApi();
    api.getSettings().then(setSettings, () => undefined);
    return api.on('settingsChanged', setSettings);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = settings.theme === 'system' && systemDark ? 'dark' : settings.theme;
    root.dataset.typeface = settings.typeface;
    root.dataset.vertical = String(settings.vertical);
    root.lang = settings.language === 'en' ? 'en' : 'zh-CN';
    root.style.setProperty('--reader-scale', String(settings.fontScale));
    root.style.setProperty('--reader-leading', String(settings.lineHeight));
    root.style.setProperty('--reader-columns', String(settings.columns));
  }, [settings, systemDark]);
  const update = (patch: SettingsPatch) => {
    setSettings((s) => ({ ...s, ...patch }));
    getApi().updateSettings(patch).then(setSettings, () => undefined);
  };
  return [settings, update];
}
