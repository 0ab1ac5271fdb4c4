import { useEffect, useRef } from 'react';
import type { LastView } from '../../electron/shared/api';
import { getApi } from '../api';

/**
 * Saves where the reader is whenever it changes, so the next start opens there. One save is in
 * flight at a time and the latest view is saved last; the view the reader started with is not
 * written back. A failed save is not retried: the next change saves again.
 */
export function useRememberedView(view: LastView): void {
  const json = JSON.stringify(view);
  const latest = useRef(json);
  const saved = useRef(json);
  const saving = useRef(false);
  useEffect(() => {
    latest.current = json;
    if (saving.current) return;
    const saveLatest = () => {
      const sending = latest.current;
      if (sending === saved.current) {
        saving.current = false;
        return;
      }
      saving.current = true;
      const done = () => {
        saved.current = sending;
        saveLatest();
      };
      getApi().saveLastView(JSON.parse(sending) as LastView).then(done, done);
    };
    saveLatest();
  }, [json]);
}
