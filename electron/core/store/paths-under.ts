import { resolve, sep } from 'node:path';

/**
 * The range of stored paths inside `folder`, for `path >= from AND path < to` on the pages' path
 * index: they sort from "folder/" up to "folder0" (the character after the separator), and a
 * folder whose name merely starts the same ("folder2/") falls outside.
 */
export function pathsUnder(folder: string): [from: string, to: string] {
  const from = resolve(folder) + sep;
  return [from, from.slice(0, -1) + String.fromCharCode(sep.charCodeAt(0) + 1)];
}
