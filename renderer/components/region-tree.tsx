import { useState } from 'react';
import type { RegionNode } from '../../electron/shared/api';
import { useI18n } from '../i18n';

interface Props {
  nodes: readonly RegionNode[];
  /** Counts for the current search and other choices; null shows the whole library's. */
  counts: ReadonlyMap<string, number> | null;
  selected: string | null;
  onSelect: (name: string) => void;
}

/** 嘉兴市 → 县(市、区) → 镇(街道) → 村(社区): cities open, lower levels behind their parent's disclosure button. */
export function RegionTree({ nodes, counts, selected, onSelect }: Props) {
  return (
    <ul className="tree" role="list">
      {nodes.map((node) => (
        <RegionItem key={node.name} node={node} counts={counts} selected={selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function RegionItem({ node, counts, selected, onSelect }: { node: RegionNode } & Omit<Props, 'nodes'>) {
  const { t } = useI18n();
  const holdsSelection = node.children.some((c) => c.name === selected);
  const [open, setOpen] = useState(node.level === 'city');
  const expanded = open || holdsSelection;
  const count = !counts ? node.count : (counts.get(node.name) ?? 0);
  return (
    <li className={`tree-item level-${node.level}${count === 0 ? ' empty' : ''}`}>
      <div className="tree-row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-label={t(expanded ? 'tree.collapse' : 'tree.expand', { name: node.name })}
            onClick={() => setOpen(!expanded)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="disclosure-space" aria-hidden="true" />
        )}
        <button type="button" className="facet" aria-pressed={selected === node.name} onClick={() => (onSelect(node.name), setOpen(true))}>
          <span className="facet-name">{node.name}</span>
          <span className="count">{count}</span>
        </button>
      </div>
      {expanded && node.children.length > 0 && (
        <ul className="tree" role="list">
          {node.children.map((child) => (
            <RegionItem key={child.name} node={child} counts={counts} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
