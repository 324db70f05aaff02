import { Typography } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RichTextNode } from '../../../../../shared/schemas';

const MARK_TAGS = { bold: 'strong', italic: 'em', underline: 'u' } as const;

function withMarks(node: RichTextNode): ReactNode {
  return (node.marks ?? []).reduce<ReactNode>((inner, mark) => {
    const Tag = MARK_TAGS[mark.type];
    return <Tag>{inner}</Tag>;
  }, node.text);
}

const BLOCK_TAGS = { paragraph: 'p', bulletList: 'ul', orderedList: 'ol', listItem: 'li' } as const;

function RichNode({ node }: { node: RichTextNode }): ReactNode {
  if (node.type === 'text') return withMarks(node);
  if (node.type === 'hardBreak') return <br />;
  const children = node.content?.map((child, index) => <RichNode key={index} node={child} />);
  if (node.type === 'doc') return children;
  const Tag = BLOCK_TAGS[node.type];
  return <Tag>{children}</Tag>;
}

/** Stored notes, read-only, as the editor shows them. */
export function RichTextView({ value }: { value: RichTextNode }) {
  return (
    <Typography fz="sm">
      <RichNode node={value} />
    </Typography>
  );
}
