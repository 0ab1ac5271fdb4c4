import { useEffect, useState } from 'react';
import type { LibraryUpgrade } from '../../electron/shared/api';
import { getApi } from '../api';

/** How far the upgrade of an older library file has come while the app opens it; null if none was reported. */
export function useLibraryUpgrade(): LibraryUpgrade | null {
  const [upgrade, setUpgrade] = useState<LibraryUpgrade | null>(null);
  useEffect(() => getApi().on('libraryUpgrade', setUpgrade), []);
  return upgrade;
}
