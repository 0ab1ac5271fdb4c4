import { useState } from 'react';
import type { RegionNode } from '../../electron/shared/api';

interface Props {
  nodes: readonly RegionNode[];
  selected: string | null;
  onSelect: (name: string) => void;
}

/** 嘉兴市 → 县(市、区) → 镇(街道): cities and counties open, towns behind their county's disclosure button. */
export function RegionTree({ nodes, selected, onSelect }: Props) {
  return (
    <ul className="tree" role="list">
      {nodes.map((node) => (
        <RegionItem key={node.name} node={node} selected={selected} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function RegionItem({ node, selected, onSelect }: { node: RegionNode; selected: string | null; onSelect: (name: string) => void }) {
  const holdsSelection = node.children.some((c) => c.name === selected);
  const [open, setOpen] = useState(node.level === 'city');
  const expanded = open || holdsSelection;
  return (
    <li className={`tree-item level-${node.level}`}>
      <div className="tree-row">
        {node.children.length > 0 ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={expanded}
            aria-label={`${expanded ? '收起' : '展开'}${node.name}`}
            onClick={() => setOpen(!expanded)}
          >
            {expanded ? '▾' : '▸'}
          </button>
        ) : (
          <span className="disclosure-space" aria-hidden="true" />
        )}
        <button type="button" className="facet" aria-pressed={selected === node.name} onClick={() => (onSelect(node.name), setOpen(true))}>
          <span className="facet-name">{node.name}</span>
          <span className="count">{node.count}</span>
        </button>
      </div>
      {expanded && node.children.length > 0 && (
        <ul className="tree" role="list">
          {node.children.map((child) => (
            <RegionItem key={child.name} node={child} selected={selected} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
