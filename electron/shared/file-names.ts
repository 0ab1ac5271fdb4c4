/** Characters no file system accepts in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;

/**
 * The stem of a file name made from a title a person typed (a book, a list of references): without
 * what file systems refuse, at most 60 characters, and `fallback` when nothing is left.
 */
export const fileStemOf = (title: string, fallback: string): string => title.replace(UNSAFE, '').trim().slice(0, 60) || fallback;
