/**
 * The stories checked in the list for export: explicit ids, or "all of the current list" (which
 * may be far more stories than are loaded, so it is kept as a flag, not as ids).
 */
export type Checked = { all: true } | { all: false; ids: ReadonlySet<number> };

export const NONE: Checked = { all: false, ids: new Set() };

export const isChecked = (checked: Checked, id: number): boolean => checked.all || checked.ids.has(id);

export const checkedCount = (checked: Checked, total: number): number => (checked.all ? total : checked.ids.size);

/** A click on one box; with shift, every story from the last clicked one to this one takes its new state. */
export function clickBox(checked: Checked, loadedIds: readonly number[], id: number, range: readonly number[] | null): Checked {
  const ids = new Set(checked.all ? loadedIds : checked.ids);
  const on = !ids.has(id);
  for (const each of range ?? [id]) {
    if (on) ids.add(each);
    else ids.delete(each);
  }
  return { all: false, ids };
}
