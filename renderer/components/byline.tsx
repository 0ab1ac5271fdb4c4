import { useI18n } from '../i18n';
import type { Author } from '../../electron/shared/model';

/** Consecutive authors with the same role share it, as printed: 全媒体记者 周奕 胡凌霄 通讯员 张斌. */
export function groupByRole(authors: readonly Author[]): { role: string | null; names: string[] }[] {
  const groups: { role: string | null; names: string[] }[] = [];
  for (const a of authors) {
    const last = groups.at(-1);
    if (last && last.role === a.role) last.names.push(a.name);
    else groups.push({ role: a.role, names: [a.name] });
  }
  return groups;
}

export function Byline({ authors }: { authors: readonly Author[] }) {
  const { t } = useI18n();
  if (authors.length === 0) return null;
  return (
    <p className="byline" aria-label={t('reader.authors')}>
      {groupByRole(authors).map((g, i) => (
        <span key={i} className="byline-group">
          {g.role && <span className="byline-role">{g.role}</span>}
          {g.names.map((n) => (
            <span key={n} className="byline-name">
              {n}
            </span>
          ))}
        </span>
      ))}
    </p>
  );
}
